"""A party's own names: a channel or a movement a sides file lists among a party's forms speaks by its own name,
a backer named before a body's name is not part of it, and an acronym the text brackets after a name is its other
name, whatever language it was made in. Sahel and Myanmar sides, as a user would write them."""

from __future__ import annotations

import pytest

from chronik.extract.data import load_files
from chronik.extract.text import normalize
from tests.conftest import write

SIDES = """
    defaults: extend
    sides:
      malian: Mali's junta and armed forces, and the Russian forces fighting for it
      azawad: the Tuareg-led separatist alliance
      jnim: al-Qaeda's affiliate in the Sahel
      resistance: Myanmar's resistance
    polities:
      - {name: Mali, side: malian, adjective: Malian, government: Government of Mali,
         forms: [Mali, Malian, Bamako, Africa Corps, Grey Zone, Islamic Republic, Gao regional administration]}
      - {name: Azawad rebels, side: azawad, adjective: Azawad, government: null,
         forms: [CSP-DPA, Strategic Framework for the Defense of the People of Azawad, Mountainous Azawad]}
      - {name: JNIM, side: jnim, adjective: JNIM, government: null, forms: [JNIM, Support Group for Islam and Muslims]}
      - {name: Myanmar resistance, side: resistance, adjective: resistance, government: National Unity Government,
         forms: [NUG, National Unity Government, Three Brotherhood Alliance]}
      - {name: Arakan Army, side: resistance, adjective: Arakan Army, government: United League of Arakan,
         forms: [Arakan Army, AA, United League of Arakan]}
"""


@pytest.fixture(scope="module")
def attributor(tmp_path_factory):
    return load_files(write(tmp_path_factory.mktemp("sahel") / "sides.yaml", SIDES)).attributor


@pytest.mark.parametrize(("text", "who", "side"), [
    # a channel, a coalition: their own names, for the party's side (not "Government of Mali")
    ("Grey Zone, a Telegram channel linked to Wagner, acknowledged on Saturday that fighters had been lost.",
     "Grey Zone", "malian"),
    ("The Three Brotherhood Alliance said on 13 November that its troops had seized 12 more positions.",
     "Three Brotherhood Alliance", "resistance"),
    # a local office a sides file lists: as written
    ("The Gao regional administration said 12 civilians had been killed in the attack.",
     "Gao regional administration", "malian"),
    # the polity's own names, its capital, a name holding another of its forms, a state's title: its government
    ("Mali said on Sunday that the convoy had been ambushed.", "Government of Mali", "malian"),
    ("Bamako said on Sunday that the convoy had been ambushed.", "Government of Mali", "malian"),
    ("The Islamic Republic said on Sunday that the convoy had been ambushed.", "Government of Mali", "malian"),
    # an armed group named by its name or initials speaks itself, not the authority it set up; named by that
    # authority, the authority speaks
    ("The Arakan Army said on Friday that it had taken the last junta base in Maungdaw.", "Arakan Army", "resistance"),
    ("The AA said on Friday that it had taken the last junta base in Maungdaw.", "Arakan Army", "resistance"),
    ("The AA now says it has taken the last junta base in Maungdaw.", "Arakan Army", "resistance"),  # "now" between
    ("Junta troops burned 200 houses in Sagaing, Myanmar Now reported.", "Myanmar Now", "independent"),  # a name
    # words that only describe the group, its country's possessive: still the group
    ("Rakhine's powerful Arakan Army said on Friday that it had taken the last junta base in Maungdaw.",
     "Arakan Army", "resistance"),
    ("The ethnic armed AA said on Friday that it had taken the base.", "Arakan Army", "resistance"),
    ("The United League of Arakan said on Friday that civilians in Maungdaw were safe.", "United League of Arakan",
     "resistance"),
    # a backer before the name is dropped; the bracketed acronym is the name's other name
    ("The al-Qaeda-linked Support Group for Islam and Muslims (JNIM) also claimed on Sunday that it had ambushed "
     "the convoy.", "Support Group for Islam and Muslims – JNIM", "jnim"),
    ("The Strategic Framework for the Defense of the People of Azawad (CSP-DPA), an alliance of mainly Tuareg "
     "groups, said its fighters had inflicted heavy losses.",
     "Strategic Framework for the Defense of the People of Azawad – CSP-DPA", "azawad"),
])
def test_own_names(attributor, text, who, side):
    found = attributor.attribute(normalize(text))
    assert (found.who, found.side) == (who, side)


def test_a_bracket_that_is_no_acronym_is_not_a_name(attributor):
    found = attributor.attribute(normalize("The Support Group for Islam and Muslims (in a statement) said on "
                                           "Sunday that it had ambushed the convoy."))
    assert (found.who, found.side) == ("Support Group for Islam and Muslims", "jnim")


@pytest.mark.parametrize(("text", "who"), [
    ("Foreign Secretary Shri Vikram Misri said the talks had been held at the request of the other side.",
     "Vikram Misri"),
    ("Smt. Nirmala Sitharaman said the allocation for defence would rise.", "Nirmala Sitharaman"),
    ("The Hon. Richard Marles said Australia would send more aircraft.", "Richard Marles"),
])
def test_an_honorific_is_no_part_of_the_name(attributor, text, who):
    assert attributor.attribute(normalize(text)).who == who


SOUTH_ASIA = """
    defaults: extend
    sides:
      indian: India's government and armed forces
      pakistani: Pakistan's government and armed forces (ISPR)
    polities:
      - {name: India, side: indian, adjective: Indian, government: Government of India,
         forms: [India, Indian, New Delhi]}
      - {name: Pakistan, side: pakistani, adjective: Pakistani, government: Government of Pakistan,
         forms: [Pakistan, Pakistani, Islamabad, ISPR, Inter-Services Public Relations]}
"""


@pytest.fixture(scope="module")
def south_asia(tmp_path_factory):
    return load_files(write(tmp_path_factory.mktemp("south-asia") / "sides.yaml", SOUTH_ASIA)).attributor


@pytest.mark.parametrize(("text", "who", "side"), [
    # a capital a sides file lists among the forms speaks as the government, however many words it has
    ("New Delhi said on Sunday that it would respond to any further attack.", "Government of India", "indian"),
    # a story's dateline in capitals over its own state's act is no claimant, and no acronym of a body
    ("ISLAMABAD: Pakistan on Saturday launched a military operation against India, the military's media wing, the "
     "Inter-Services Public Relations (ISPR), said.", "Inter-Services Public Relations – ISPR", "pakistani"),
    # a party over another party's act still claims it, as a headline does
    ("Islamabad: India fired missiles at three airbases overnight.", "Government of Pakistan", "pakistani"),
])
def test_a_capital_is_a_place_and_a_dateline_no_speaker(south_asia, text, who, side):
    found = south_asia.attribute(normalize(text))
    assert (found.who, found.side) == (who, side)


def test_a_body_the_gazetteer_knows_keeps_its_canonical_name():
    # (a body noun of a name's own, "Service", once named this one as written, not as the gazetteer does)
    found = load_files().attributor.attribute(normalize(
        "According to the State Emergency Service of Artsakh, a new type of weapon was found in the territory."))
    assert (found.who, found.side) == ("Artsakh State Service of Emergency Situations", "armenian")


@pytest.mark.parametrize(("text", "who"), [
    ("The match was called off after an air raid alert, the BCCI said.", "BCCI"),
    ("The convoy reached the camp on Sunday, the DRCF said.", "DRCF"),
])
def test_a_body_no_file_knows_speaks_by_its_initials_after_the_claim(attributor, text, who):
    # (side null and the flag unknown-claimant: add it to a gazetteer to give it one)
    found = attributor.attribute(normalize(text))
    assert found.who == who and found.unknown == (found.side is None)


def test_a_state_s_initials_are_no_unknown_body(attributor):
    assert attributor.attribute(normalize("The convoy was stopped, the US said.")).who != "US"
