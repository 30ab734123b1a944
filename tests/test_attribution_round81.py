"""Who speaks, eighty-first round: common news attributions that named no one before.

- unit: an armed unit by its own name and its kind in lower case ("the Azov battalion", "the Kraken volunteer
  regiment") is that unit, not the outlet's voice; a polity's adjective or a place before the kind only describes
  it ("the Ukrainian battalion");
- diplomats: a polity's diplomats speak as its officials do ("Russian diplomats said"), named as written;
- rescue group: "according to a local rescue group" is a group of no party, as rescuers are;
- owned body: a body by its own name after the office that owns it ("the Ministry of Health's Emergency Medicine
  and Support Centre said") is that body;
- a name with its particles ("Jacques de Maio, the ICRC's head of operations, said") is the speaker before its post,
  and where a post works ("head of operations for South Asia") is no one who holds it;
- a span of time opening a sentence ("Hours later, ...") is no one's name;
- "the government" that no polity owns, in a civil war whose sides file lists one state and armed groups that speak
  as themselves, is that state's government; in a war of two states it stays unnamed;
- an officer of a polity's forces, unnamed ("a Ukrainian officer told Reuters"), speaks as that officer.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, wars_fixture

wars = wars_fixture({"ukraine": ("""
    defaults: extend
    sides:
      ukrainian: the government of Ukraine
      russian: the government of Russia
    polities:
      - {name: Ukraine, side: ukrainian, adjective: Ukrainian, government: Government of Ukraine, forms: [Kyiv]}
      - {name: Russia, side: russian, adjective: Russian, government: Government of Russia, forms: [Moscow]}
""", "\n    defaults: extend\n    places:\n      - {name: Mariupol}\n      - {name: Kharkiv}\n"), "mozambique": ("""
    defaults: extend
    sides:
      mozambican: the government of Mozambique and its forces
      insurgents: Ahlu Sunnah Wa-Jama
    polities:
      - {name: Mozambique, side: mozambican, adjective: Mozambican, government: Government of Mozambique,
         forms: [Maputo]}
      - {name: Ahlu Sunnah Wa-Jama, side: insurgents, adjective: insurgent, government: null, forms: [ASWJ]}
""", "\n    defaults: extend\n    places:\n      - {name: Palma}\n")})


@pytest.mark.parametrize(("text", "who"), [
    ("The Azov battalion said on its Telegram channel that its fighters had repelled an assault near Mariupol.",
     "Azov battalion"),
    ("8:05 p.m. The Azov volunteer battalion said its fighters had taken up positions east of Mariupol.",
     "Azov battalion"),
    ("The Kraken regiment said on Sunday that its men had entered the village of Tsyrkuny.", "Kraken regiment"),
])
def test_a_unit_by_its_name_and_kind_speaks(wars, text, who):
    assert annotated(wars["ukraine"], "Wire desk", text)[0] == who


@pytest.mark.parametrize("text", [
    "The Ukrainian battalion said it had withdrawn from the village.",
    "The Kharkiv brigade said it had withdrawn from the village.",
])
def test_a_polity_or_a_place_before_the_kind_names_no_unit(wars, text):
    assert annotated(wars["ukraine"], "Wire desk", text)[0] not in ("Ukrainian battalion", "Kharkiv brigade")


def test_a_polity_s_diplomats_speak_as_its_officials(wars):
    assert annotated(wars["ukraine"], "Wire desk", "Russian diplomats said on Monday that the talks had stalled.") \
        == ("Russian diplomats", "russian")


def test_a_rescue_group_is_of_no_party(wars):
    text = "Shelling killed four people in Kharkiv overnight, according to a local rescue group."
    who, side = annotated(wars["ukraine"], "Wire desk", text)
    assert who is not None and "rescue group" in who and side == "independent"


def test_a_body_after_the_office_that_owns_it(wars):
    text = "The Ministry of Health's Emergency Medicine and Support Centre said it had recovered six bodies in Kharkiv."
    assert annotated(wars["ukraine"], "Wire desk", text)[0] == "Emergency Medicine and Support Centre"


@pytest.mark.parametrize("text", [
    "In Geneva, Jacques de Maio, the ICRC's head of operations for Europe, called on both parties to spare civilians.",
    "Jacques de Maio, the ICRC's head of operations, said the convoy had reached Mariupol.",
])
def test_a_name_with_its_particles_before_its_post_speaks(wars, text):
    assert annotated(wars["ukraine"], "Wire desk", text) == ("Jacques de Maio", "independent")


def test_the_place_a_post_works_for_is_no_holder(wars):
    text = "The ICRC's head of operations for South Asia called on both parties to spare civilians."
    assert annotated(wars["ukraine"], "Wire desk", text)[0] != "South Asia"


def test_a_span_of_time_opening_a_sentence_is_no_name(wars):
    text = ('Hours later, Russian TV broadcasts a defiant speech by a tired general, who calls the attack a "shameful '
            'crime."')
    assert annotated(wars["ukraine"], "Wire desk", text)[0] != "Hours"


@pytest.mark.parametrize("text", [
    "The Government estimates that 20,000 people remain in Palma.",
    "The government said on Monday that the displaced would return to Palma within weeks.",
])
def test_the_government_of_a_civil_war_is_its_one_states(wars, text):
    assert annotated(wars["mozambique"], "Relief desk", text) == ("Government of Mozambique", "mozambican")


def test_the_government_of_a_war_of_two_states_is_no_ones(wars):
    assert annotated(wars["ukraine"], "Relief desk", "The government said the convoy had reached Kharkiv.")[0] is None


def test_an_unnamed_officer_of_a_polity_speaks_as_such(wars):
    text = "Russian troops were pushed out of the village on Saturday, a Ukrainian officer told Reuters."
    assert annotated(wars["ukraine"], "Wire desk", text) == ("Ukrainian officer", "ukrainian")
