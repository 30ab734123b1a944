"""Round 57 of attribution: a group named with a describing phrase the sides file also lists among its forms ("the
Tuareg separatist MNLA", "the Hutu rebel FDLR") is the group by its name, not the authority the sides file
gives as its government (examples of other groups, places and wordings than the blind pages)."""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, wars_fixture

WARS = {"rebels": ("""
    defaults: extend
    sides:
      mnla: the Tuareg separatist movement
      fdlr: the Hutu rebels in eastern Congo
      states: the governments of Mali and Congo
    polities:
      - {name: MNLA, side: mnla, adjective: Tuareg, government: National Movement for the Liberation of Azawad,
         forms: [MNLA, Tuareg separatist, Tuareg rebels, National Movement for the Liberation of Azawad,
                 Bilal Ag Acherif]}
      - {name: FDLR, side: fdlr, adjective: FDLR, government: Forces Combattantes Abacunguzi,
         forms: [FDLR, Hutu rebel, Democratic Forces for the Liberation of Rwanda]}
      - {name: Mali, side: states, adjective: Malian, government: Government of Mali,
         forms: [Mali, Malian, Goita, Assimi Goita]}
""", """
    defaults: extend
    places:
      - {name: Anefis}
      - {name: Rutshuru}
"""), "kosovo": ("""
    defaults: extend
    sides:
      nato: NATO and its member states in Operation Allied Force
      yugoslav: the Federal Republic of Yugoslavia
    polities:
      - {name: NATO, side: nato, adjective: NATO, government: North Atlantic Council,
         forms: [NATO, Operation Allied Force, Allied Force, alliance]}
      - {name: Yugoslavia, side: yugoslav, adjective: Yugoslav, government: Government of Yugoslavia,
         forms: [Yugoslavia, Yugoslav, Belgrade, Serb forces]}
""", """
    defaults: extend
    places:
      - {name: Pristina}
""")}

wars = wars_fixture(WARS)


@pytest.mark.parametrize(("text", "who", "side"), [
    ("The Tuareg separatist MNLA said it had taken Anefis after a day of fighting.", "MNLA", "mnla"),
    ("The Hutu rebel FDLR said its fighters had repelled an attack near Rutshuru.", "FDLR", "fdlr"),
    # named alone, as before
    ("The MNLA said it had taken Anefis after a day of fighting.", "MNLA", "mnla"),
])
def test_a_group_described_by_another_of_its_forms_speaks_by_its_name(wars, text, who, side):
    assert annotated(wars["rebels"], "Reuters", text) == (who, side)



@pytest.mark.parametrize("text", [
    "3. Aircraft conducted 17 strikes near Anefis between May 31 and June 2, striking MNLA tactical units, fighting "
    "positions, VBIEDs, and a tunnel system, according to daily Malian army strike reports.",
    "3. Aircraft conducted 17 strikes near Anefis between May 31 and June 2, striking MNLA tactical units, fighting "
    "positions, VBIEDs, and a tunnel system, according to Malian army reports.",
])
def test_a_reporting_word_in_the_source_s_name_after_according_to_is_no_verb(wars, text):
    # "reports" names what the source issues; the list before it ("..., VBIEDs") says nothing
    assert annotated(wars["rebels"], "Reuters", text) == ("Malian military", "states")


@pytest.mark.parametrize(("publisher", "text", "who", "side"), [
    ("Reuters", "NATO said its aircraft had struck an ammunition depot near Pristina overnight.", "NATO", "nato"),
    # the alliance's own page: its own account, for the side the war gives it
    ("North Atlantic Treaty Organization (NATO)", "Since the beginning of the NATO operation, a total of 1,906 "
     "sorties have been flown.", "NATO", "nato"),
    ("North Atlantic Treaty Organization (NATO)", "In the vicinity of Pristina: 2 tanks, 1 ammunition depot.", "NATO",
     "nato"),
])
def test_a_body_the_war_makes_a_side_speaks_for_that_side(wars, publisher, text, who, side):
    assert annotated(wars["kosovo"], publisher, text) == (who, side)


def test_the_same_body_in_another_war_keeps_the_gazetteer_s_side(wars):
    assert annotated(wars["rebels"], "Reuters", "NATO said it was watching the fighting near Anefis closely.") == \
        ("NATO", "third-party")



@pytest.mark.parametrize("word", ["Press", "Statement", "Update", "Briefing"])
def test_the_kind_of_text_a_title_names_is_no_claimant(wars, word):
    # ("Press Statement: Ethiopia's claim is a ploy": no one called Press says it)
    named = wars["rebels"].attributor.named(word)
    assert named is None or named.who is None


@pytest.mark.parametrize("text", [
    "The MNLA's secretary-general Bilal Ag Acherif said the group would not hand over Anefis.",
    "MNLA's leader Bilal Ag Acherif warns that the ceasefire will not hold.",
])
def test_a_listed_name_described_by_another_form_s_possessive_speaks(wars, text):
    assert annotated(wars["rebels"], "Reuters", text) == ("Bilal Ag Acherif", "mnla")


def test_a_full_name_listed_beside_its_surname_is_that_person(wars):
    text = "Assimi Goita, speaking on state television, says the army will retake Anefis within days."
    assert annotated(wars["rebels"], "Reuters", text) == ("Assimi Goita", "states")


@pytest.mark.parametrize(("text", "who"), [
    # a plural subject qualified by where it is, in a live page's present tense
    ("Residents in Anefis tell Reuters they have heard heavy gunfire since dawn.", "residents in Anefis"),
    ("Witnesses near the market confirm that two vehicles were burnt.", "witnesses"),
])
def test_a_plural_subject_and_its_place_report_in_the_present(wars, text, who):
    assert annotated(wars["rebels"], "Reuters", text)[0] == who


def test_what_a_speaker_can_tell_is_no_claim_of_the_one_addressed(wars):
    text = "Mark, what I can tell you is that one vehicle was hit near Anefis."
    assert annotated(wars["rebels"], "Reuters", text)[0] != "Mark"


@pytest.mark.parametrize("text", [
    "BILAL AG ACHERIF: Our forces responded and silenced the guns near Anefis.",
    "BILAL AG ACHERIF: What I can say is that no attack came from our side last night.",
])
def test_a_turn_s_first_person_is_its_speaker(wars, text):
    who, side = annotated(wars["rebels"], "Reuters", text)
    assert who not in ("Our forces", "What I") and side == "mnla"


def test_a_listed_person_then_a_role_owned_by_a_place_is_that_person(wars):
    text = "Bilal Ag Acherif, Azawad's self-declared president, told reporters that the MNLA held Anefis."
    assert annotated(wars["rebels"], "Reuters", text) == ("Bilal Ag Acherif", "mnla")
