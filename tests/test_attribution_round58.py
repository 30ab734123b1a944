"""Round 58 of attribution: a polity's officials named by no office of their own ("Colombian officials said", "the
Venezuelan authorities say", "a senior Peruvian official told AFP") are the officials as the text names them, with
their polity's adjective and side, not the government they serve: a page says no more than that, and a reader looks
for the words it used. For the same reason a defence office keeps the text's spelling ("Defence Ministry"). A polity
that speaks by its name ("Colombia said") is still its government, and a person named after the officials still
speaks for them (examples of a war and wordings the blind pages do not have). A command of a body the gazetteer
knows, the body in brackets after it ("Allied Joint Force Command Brunssum (NATO)"), publishes in its own voice, for
the body's side."""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, wars_fixture

WARS = {"andes": ("""
    defaults: extend
    sides:
      colombian: the Colombian state
      farc: the FARC guerrillas
      neighbours: Venezuela and Ecuador
    polities:
      - {name: Colombia, side: colombian, adjective: Colombian, government: Government of Colombia,
         forms: [Colombia, Colombian, Bogota, Bogotá]}
      - {name: FARC, side: farc, adjective: FARC, government: FARC Secretariat,
         forms: [FARC, Revolutionary Armed Forces of Colombia]}
      - {name: Ecuador, side: neighbours, adjective: Ecuadorean, government: Government of Ecuador,
         forms: [Ecuador, Ecuadorean, Ecuadorian, Quito]}
""", """
    defaults: extend
    places:
      - {name: Putumayo}
      - {name: Angostura}
""")}

WARS["isles"] = ("""
    defaults: extend
    sides:
      british: the United Kingdom
      argentine: the Argentine junta
    polities:
      - {name: United Kingdom, side: british, adjective: British, government: Government of the United Kingdom,
         forms: [United Kingdom, Britain, Great Britain, British, London]}
      - {name: Argentina, side: argentine, adjective: Argentine, government: Government of Argentina,
         forms: [Argentina, Argentine, Buenos Aires, Galtieri, Leopoldo Galtieri]}
""", """
    defaults: extend
    places:
      - {name: Port Stanley}
""")

wars = wars_fixture(WARS)


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Colombian officials said the bombing of the camp near Angostura had killed 17 guerrillas.",
     "Colombian officials", "colombian"),
    ("The Ecuadorean authorities say the raid violated their territory.", "Ecuadorean authorities", "neighbours"),
    ("A senior Colombian official told Reuters that the army had crossed the border in pursuit.",
     "Colombian official", "colombian"),
    ("Two Ecuadorean officials, who asked not to be named, said troops had been sent to Angostura.",
     "Ecuadorean officials", "neighbours"),
])
def test_officials_named_by_their_polity_are_named_as_written(wars, text, who, side):
    assert annotated(wars["andes"], "Reuters", text) == (who, side)


@pytest.mark.parametrize(("text", "who", "side"), [
    # the polity by its name or its government by the word: the government, as before
    ("Colombia said the bombing of the camp near Angostura had killed 17 guerrillas.", "Government of Colombia",
     "colombian"),
    ("Ecuador's government said the raid violated its territory.", "Government of Ecuador", "neighbours"),
    # an office of the polity keeps its name
    ("Colombia's Defence Ministry said the army had crossed the border in pursuit.", "Colombian Defence Ministry",
     "colombian"),
    # ... spelt as the text spells it
    ("Colombia's Defense Ministry said the army had crossed the border in pursuit.", "Colombian Defense Ministry",
     "colombian"),
    ("The Ministry of Defence in Bogota said the army had crossed the border.", "Colombian Defence Ministry",
     "colombian"),
])
def test_a_polity_by_its_name_or_government_is_still_its_government(wars, text, who, side):
    assert annotated(wars["andes"], "Reuters", text) == (who, side)


def test_a_person_named_after_the_officials_speaks_for_them(wars):
    text = ("Colombian officials said 17 guerrillas were killed in Putumayo. Colombia's defence minister, Juan "
            "Manuel Santos, told reporters the operation had been a success.")
    assert annotated(wars["andes"], "Reuters", text) == ("Juan Manuel Santos", "colombian")


@pytest.mark.parametrize(("publisher", "text", "who", "side"), [
    # a command of a body the gazetteer knows, the body in brackets: its page's own voice is the command's
    ("Allied Joint Force Command Brunssum (NATO)", "Allied aircraft flew 120 sorties over the region on Tuesday.",
     "Allied Joint Force Command Brunssum", "third-party"),
    # a claimant the text names keeps their own voice
    ("Allied Joint Force Command Brunssum (NATO)", "Colombian officials said the border had been closed.",
     "Colombian officials", "colombian"),
    # an outlet with its wire in brackets is no command of anyone
    ("El Tiempo (AFP)", "Allied aircraft flew 120 sorties over the region on Tuesday.", None, "independent"),
])
def test_a_command_of_a_body_named_in_brackets_speaks_for_the_body_s_side(wars, publisher, text, who, side):
    assert annotated(wars["andes"], publisher, text) == (who, side)


@pytest.mark.parametrize(("text", "who"), [
    # a civic body's proper name the gazetteer does not know, ending in a civic noun: of no party, whatever place
    # or polity its name holds
    ("The Putumayo Bar Association said at least 40 farmers had been detained without charge.",
     "Putumayo Bar Association"),
    ("Colombia Doctors Network reported that two clinics near Angostura had closed.", "Colombia Doctors Network"),
    ("The Victims and Missing Families Forum said in a statement that the talks must include them.",
     "Victims and Missing Families Forum"),
])
def test_a_civic_body_by_its_name_speaks_for_no_party(wars, text, who):
    assert annotated(wars["andes"], "Reuters", text) == (who, "independent")


def test_a_body_ending_in_another_noun_is_not_civic_for_that(wars):
    # (a front, an army: a party's names, which the sides file would list)
    text = "The Putumayo Southern Front said its fighters had taken the bridge."
    assert annotated(wars["andes"], "Reuters", text)[1] != "independent"


@pytest.mark.parametrize(("text", "who", "side"), [
    # the members of an armed group after its name: the group speaks
    ("FARC guerrillas said they had freed two soldiers near Angostura.", "FARC Secretariat", "farc"),
    ("FARC rebels said on Monday they would observe a truce.", "FARC Secretariat", "farc"),
    # a state's rebels fight against it: not its government
    ("Colombian rebels said on Monday they would observe a truce.", None, "independent"),
    # a dateline in title case with its country before the dash is where, not who
    ("Putumayo, Colombia – FARC rebels said on Monday they would observe a truce.", "FARC Secretariat", "farc"),
])
def test_an_armed_group_s_members_speak_for_it(wars, text, who, side):
    assert annotated(wars["andes"], "Reuters", text) == (who, side)


@pytest.mark.parametrize(("text", "who", "side"), [
    # the outlet that reached, contacted or quoted a speaker reports; the speaker speaks
    ("Residents reached by El Tiempo on Wednesday said gunfire could still be heard in Angostura.", "residents",
     "independent"),
    ("A FARC commander quoted by Reuters said the group would observe the truce.", "FARC official", "farc"),
])
def test_the_outlet_that_reached_a_speaker_does_not_speak_for_them(wars, text, who, side):
    assert annotated(wars["andes"], "Reuters", text) == (who, side)


@pytest.mark.parametrize(("text", "who", "side"), [
    # a place listed with its longer name is no surname of a person ("Britain" and "Great Britain")
    ("Britain said it would send more ships to Port Stanley.", "Government of the United Kingdom", "british"),
    # a surname listed with the full name still names the person
    ("Galtieri said the islands would be defended.", "Leopoldo Galtieri", "argentine"),
])
def test_a_place_listed_in_full_is_no_person_s_name(wars, text, who, side):
    assert annotated(wars["isles"], "UPI", text) == (who, side)


@pytest.mark.parametrize(("text", "who"), [
    # where a person speaks, between their post and their name, is no part of the name
    ("A UN spokeswoman in Villagarzon Ana Rojas said the convoy had been stopped at a checkpoint.", "Ana Rojas"),
    ("A teacher from Mocoa Luis Pardo said the school had been closed since Monday.", "Luis Pardo"),
])
def test_a_place_before_a_name_is_not_the_name(wars, text, who):
    assert annotated(wars["andes"], "Reuters", text)[0] == who
