"""Who speaks: officials and offices named by the region they run (chronik/data/regions.yaml, extract/regions.py).

- an official or civil office named by a region ("Bryansk governor X", "the head of the Zaporizhzhia regional
  military administration, X", "the governor of North Kordofan", "Balochistan police") whose words name no state is
  the region's state's, for the side that state has in the war's sides file (Russia on a side of its own moves its
  regions with it); an office is kept as written;
- a polity the words name wins ("the Russian-installed governor of Zaporizhzhia"); a region's armed group is not
  its state's ("Shan State Army"); a name that is a region of two states ("Punjab") gives no side;
- a region the outlet's own state holds and calls its own ("Kherson governor X" in a Moscow outlet) is that state's
  there, the region's state's elsewhere; a region of another state is that state's in a national outlet too
  ("Bryansk governor X" in a Kyiv outlet);
- a region alone, as the place of an event ("shelling in Kharkiv region"), makes no one a claimant.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from chronik.extract.data import load_files
from tests.attribution_cases import annotated, ukraine_sides, war_cases, wars_fixture
from tests.test_attribution_wars import who_and_side

WARS = {
    "ukraine": (ukraine_sides(), "defaults: replace\nplaces: []\n"),
    "sudan": ("""
    defaults: replace
    sides:
      saf: the Sudanese Armed Forces and the government in Port Sudan
      rsf: the Rapid Support Forces
      third-party: other states and intergovernmental bodies
      independent: the outlet, NGOs, experts, residents
    narrative: independent
    polities:
      - {name: Sudan, side: saf, adjective: Sudanese, government: Sovereignty Council, forms: [Sudan, SAF]}
      - {name: Rapid Support Forces, side: rsf, adjective: RSF, government: Rapid Support Forces, forms: [RSF]}
""", "defaults: replace\nplaces: []\n"),
    "sudan-split": ("""
    defaults: extend
    sides:
      saf: the Sudanese army
      rsf: the Rapid Support Forces
    polities:
      - {name: Sudanese army, side: saf, adjective: army, government: Sudanese army, forms: [Sudanese army, SAF]}
      - {name: Rapid Support Forces, side: rsf, adjective: RSF, government: Rapid Support Forces, forms: [RSF]}
""", "defaults: replace\nplaces: []\n"),
    "pakistan": ("""
    defaults: extend
    sides:
      pakistani: Pakistan's government, army and police
      indian: India's government, army and police
      ttp: Tehrik-i-Taliban Pakistan
    polities:
      - {name: Pakistan, side: pakistani, adjective: Pakistani, government: Government of Pakistan,
         forms: [Pakistan, Pakistani, Islamabad]}
      - {name: India, side: indian, adjective: Indian, government: Government of India,
         forms: [India, Indian, New Delhi]}
      - {name: Tehrik-i-Taliban Pakistan, side: ttp, adjective: TTP, government: TTP leadership, forms: [TTP]}
""", "defaults: replace\nplaces: []\n"),
    "myanmar": ("""
    defaults: extend
    sides:
      junta: Myanmar's military regime
      resistance: the anti-junta forces
    polities:
      - {name: Myanmar, side: junta, adjective: Myanmar, government: State Administration Council,
         forms: [junta, Tatmadaw]}
      - {name: Myanmar resistance, side: resistance, adjective: resistance, government: National Unity Government,
         forms: [National Unity Government, Arakan Army, People's Defence Force]}
""", "defaults: replace\nplaces: []\n"),
}

wars = wars_fixture(WARS)

test_an_official_named_by_a_region_is_its_states = war_cases("ukraine", [
    ("Bryansk governor Alexander Bogomaz said a drone had hit a power substation near the border.",
     "Alexander Bogomaz", "russian"),
    ("Acting Kursk governor Alexander Khinshtein said 12 villages had been evacuated.", "Alexander Khinshtein",
     "russian"),
    ("A drone struck a bus depot overnight, said the head of the Zaporizhzhia regional military administration, "
     "Ivan Fedorov.", "Ivan Fedorov", "ukrainian"),
    ("The Mykolaiv Oblast Military Administration said the port had been shelled twice.",
     "Mykolaiv Oblast Military Administration", "ukrainian"),
    ("The Chernihiv regional governor said two people were wounded in the attack.", "Chernihiv regional governor",
     "ukrainian"),
    ("Dnipropetrovsk regional police said a 70-year-old man was killed by a drone.", "Dnipropetrovsk regional police",
     "ukrainian"),
    ("Governor of the Belgorod region Vyacheslav Gladkov said the village of Zhuravlyovka had lost power.",
     "Vyacheslav Gladkov", "russian"),
    # a polity the words name wins over the region
    ("The Russian-installed governor of Zaporizhzhia, Yevgeny Balitsky, said the plant's staff were safe.",
     "Yevgeny Balitsky", "russian"),
])

test_a_region_alone_as_a_place_names_no_one = war_cases("ukraine", [
    ("Shelling in Kharkiv region killed two people overnight, residents said.", "residents", "independent"),
    ("Two people were killed in the Belgorod region on Sunday.", None, "independent"),
    ("Ukrainian drones hit an oil depot in the Bryansk region, the Russian Defence Ministry said.",
     "Russian Defence Ministry", "russian"),
])

test_a_region_in_other_wars = war_cases("sudan", [
    ("The governor of North Kordofan said the RSF had shelled the market in El Obeid.", "governor of North Kordofan",
     "saf"),
    ("River Nile state health authorities said 14 people died in the drone strike on the power station.",
     "River Nile state health authorities", "saf"),
])

test_a_region_of_a_state_the_war_splits_gives_no_side = war_cases("sudan-split", [
    # (an office with no side and no name is no one's: the update gets neither)
    ("The governor of North Kordofan said the market in El Obeid was shelled.", None, None),
])

test_a_region_in_south_asia = war_cases("pakistan", [
    ("Balochistan police said 11 passengers were taken off a bus and shot.", "Balochistan police", "pakistani"),
    ("The Khyber Pakhtunkhwa information minister said three policemen were killed in the attack.",
     "Khyber Pakhtunkhwa information minister", "pakistani"),
    ("Jammu and Kashmir police said two militants were killed in an encounter in Kupwara.",
     "Jammu and Kashmir police", "indian"),
    # Punjab is a province of Pakistan and a state of India: its police are neither's by the name alone
    ("Punjab police said a drone carrying weapons was shot down near the border.", "Punjab police", None),
])

test_a_regions_armed_group_is_not_its_states = war_cases("myanmar", [
    ("The Rakhine State government said 12 people were killed when the market was bombed.",
     "Rakhine State government", "junta"),
    ("The Shan State Army said its fighters had taken two outposts.", "Shan State Army", None),
])


@pytest.mark.parametrize(("publisher", "text", "who", "side"), [
    # a region of another state is that state's in a national outlet too
    ("Kyiv Post", "Bryansk governor Alexander Bogomaz claimed a Ukrainian drone had hit a car in Klimovo.",
     "Alexander Bogomaz", "russian"),
    ("Kyiv Post", "Kherson governor Oleksandr Prokudin said a drone attack killed a woman in the city.",
     "Oleksandr Prokudin", "ukrainian"),
    # a region its state holds and calls its own is that state's in its outlets, the region's state's elsewhere
    ("Moscow Herald", "Kherson region governor Vladimir Saldo said the ferry crossing had been shelled.",
     "Vladimir Saldo", "russian"),
    ("Reuters", "Kherson governor Oleksandr Prokudin said a drone attack killed a woman in the city.",
     "Oleksandr Prokudin", "ukrainian"),
])
def test_a_region_in_a_national_outlet(wars, publisher, text, who, side):
    assert annotated(wars["ukraine"], publisher, text) == (who, side)


def test_the_packaged_states_place_a_region_on_their_side():
    """With the packaged sides alone Russia is a third party, and so is its governor."""
    assert who_and_side(load_files(), "Kursk acting governor Alexei Smirnov said the situation was under control.") \
        == ("Alexei Smirnov", "third-party")

test_a_region_whose_officials_may_be_either_states_gives_no_side = war_cases("ukraine", [
    # Crimea's offices are run by Russia and claimed by Ukraine: the name alone does not say whose official speaks
    ("Crimea head Sergei Aksyonov said air defences shot down 12 drones over the peninsula.", "Sergei Aksyonov", None),
    ("Sevastopol governor Mikhail Razvozhayev said a drone was shot down.", "Mikhail Razvozhayev", None),
    ("Crimea's Russian-installed head Sergei Aksyonov said 12 drones were shot down.", "Sergei Aksyonov", "russian"),
])
