"""Who speaks, eighty-fourth round: a body's vote is its own deed.

- a body that passes a resolution or ratifies a treaty ("The Security Council passed a resolution ...", "The Verkhovna
  Rada ratified the agreement ...") is the source of the update its sentence opens, as one that signs or votes is; a
  thing that "passed" a place is no body and sources nothing;
- a participle's phrase between commas after the subject describes it ("Officers of the Korean Military Advisory
  Group, reached by telephone, said ...", "Britain, joined by the United States, vetoes ..."): the subject speaks,
  not a name inside the phrase, nor one in the clause said;
- a name the default gazetteer knows inside a longer one of the war's sides file ("Sudanese army" in "the South
  Sudanese army") is not that name: the army is South Sudan's;
- an owner's post in lower case before a name ("witnessed by IGAD's chief mediator Seyoum Mesfin") introduces the name
  with the owner's side, which a later update naming them by one name keeps ("Seyoum told the ceremony ..."); a
  former post tells no side ("South Sudan's former vice-president Riek Machar");
- a person the sides file lists among a side's forms, after a descriptor in lower case ("Nobel peace laureate Jose
  Ramos-Horta told ..."), is that person, as after a title;
- an office of a party written out in full, however long ("a commander of the rebel Liberians United for
  Reconciliation and Democracy"), is that party's office, as with its short name.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, page_of, ukraine_sides, wars_fixture

wars = wars_fixture({"ukraine": (ukraine_sides(defaults="extend"), "\n    defaults: extend\n"),
                     "south-sudan": ("""
    defaults: extend
    sides:
      government: the Government of South Sudan and the SPLA
      opposition: the SPLM/A-in-Opposition
    polities:
      - {name: South Sudan, side: government, adjective: South Sudanese, government: Government of South Sudan,
         forms: [SPLA, Juba government]}
      - {name: SPLM/A-in-Opposition, side: opposition, adjective: rebel, government: null, forms: [SPLM-IO]}
""", "\n    defaults: extend\n"),
                     "timor": ("""
    defaults: extend
    sides:
      indonesia: the Indonesian government, army and militias
      independence: the East Timorese independence movement and its leaders
    polities:
      - {name: Indonesia, side: indonesia, adjective: Indonesian, government: Government of Indonesia, forms: [Jakarta]}
      - {name: East Timorese resistance, side: independence, adjective: pro-independence, government: null,
         forms: [Falintil, CNRT, Jose Ramos-Horta, Xanana Gusmao]}
""", "\n    defaults: extend\n"),
                     "liberia": ("""
    defaults: extend
    sides:
      government: the Government of Liberia
      rebels: the LURD and MODEL rebels
    polities:
      - {name: Liberia, side: government, adjective: Liberian, government: Government of Liberia, forms: [AFL]}
      - {name: LURD, side: rebels, adjective: LURD, government: null,
         forms: [Liberians United for Reconciliation and Democracy]}
""", "\n    defaults: extend\n")}, default=True)


@pytest.mark.parametrize(("text", "who"), [
    ("The Verkhovna Rada ratified the agreement on the Black Sea grain corridor on Thursday.", "Verkhovna Rada"),
    ("The UN General Assembly passes a resolution on the return of deported Ukrainian children.",
     "UN General Assembly"),
    ("The Security Council passed a resolution calling for the safe passage of grain ships.", "Security Council"),
])
def test_a_bodys_vote_is_its_deed(wars, text, who):
    assert annotated(wars["ukraine"], "UN News", text)[0] == who


def test_a_convoy_that_passed_a_town_is_no_source(wars):
    text = "A convoy of 40 trucks passed the town of Izium on Tuesday, a local official said."
    assert annotated(wars["ukraine"], "UN News", text)[0] != "A convoy"


@pytest.mark.parametrize(("text", "who"), [
    ("Officers of the Korean Military Advisory Group, reached by telephone, said the Seventh Division had fallen back.",
     "Officers of the Korean Military Advisory Group"),
    ("Britain, joined by the United States, vetoes a Security Council resolution calling for a cease-fire.",
     "UK government"),
])
def test_a_participles_phrase_after_the_subject_describes_it(wars, text, who):
    assert annotated(wars["karabakh-default"], "Wire", text)[0] == who


def test_a_known_name_inside_a_longer_one_of_the_sides_file_is_not_that_name(wars):
    text = "The South Sudanese army has confirmed that its troops have pulled out of Bor after heavy fighting."
    who, side = annotated(wars["south-sudan"], "Wire", text)
    assert "Sudanese Armed Forces" not in (who or "") and side == "government"


def test_an_owners_post_in_lower_case_introduces_the_name_with_the_owners_side(wars):
    found = page_of(wars["south-sudan"], "Radio Tamazuj", [
        "The deal was signed in Addis Ababa and witnessed by IGAD's chief mediator Seyoum Mesfin.",
        "Seyoum told the ceremony that the ceasefire would take effect within 24 hours.",
    ])
    assert found[1] == ("Seyoum Mesfin", "third-party")


def test_a_former_post_tells_no_side(wars):
    found = page_of(wars["south-sudan"], "Radio Tamazuj", [
        "Army units loyal to South Sudan's former vice-president Riek Machar took control of Bor.",
        "Machar denied any coup attempt, speaking by phone from an undisclosed location.",
    ])
    assert found[1][1] != "government"


def test_a_listed_person_after_a_descriptor_in_lower_case_is_that_person(wars):
    text = "Nobel peace laureate Jose Ramos-Horta told a rally in Darwin last night that the force had arrived."
    assert annotated(wars["timor"], "ABC News", text) == ("Jose Ramos-Horta", "independence")


def test_an_office_of_a_party_written_out_in_full_is_that_partys(wars):
    text = ("A commander of the rebel Liberians United for Reconciliation and Democracy told VOA by satellite "
            "telephone that his fighters had reached the edge of Bushrod Island.")
    assert annotated(wars["liberia"], "Voice of America", text)[1] == "rebels"
