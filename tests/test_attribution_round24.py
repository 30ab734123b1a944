"""Who speaks, twenty-fourth round.

- a delegate's role: a meetings record's speaker named by the state it represents keeps the state when a role in
  apposition follows ("The representative of Ecuador, Council President for May, said"): the role describes it;
- a delegate speaking for others: "The representative of Ghana, speaking also for Gabon and Mozambique, said" is
  Ghana's statement; the states after the participle are whom it speaks for, not who speaks;
- a feed's badges: "... - Prokudin PHOTO", "... - the army UPDATED": the capitals after a headline's closing dash
  say what the item holds, they are no part of its speaker's name;
- a surname alone after a headline's dash in a national outlet ("Two injured in shelling - Prokudin") is how its
  feed names its own country's officials: that country's side. In an outlet of no country it names no one;
- a leader's full name: a sides file that names a polity by its leader's surname ("Chérizier") makes "Jimmy
  Chérizier, the leader of the coalition," the leader speaking for it, not the body his apposition names.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, war_cases, wars_fixture

WARS = {"haiti": ("""
    defaults: replace
    sides:
      haitian: Haiti's transitional government and police
      gangs: the Viv Ansanm gang coalition
      third-party: other states and intergovernmental bodies
      independent: the outlet, NGOs, residents
    narrative: independent
    polities:
      - {name: Haiti, side: haitian, adjective: Haitian, government: Government of Haiti,
         forms: [Haiti, Haitian, Port-au-Prince]}
      - {name: Viv Ansanm, side: gangs, adjective: Viv Ansanm, government: Viv Ansanm leadership,
         forms: [Viv Ansanm, Chérizier]}
      - {name: Ecuador, side: third-party, adjective: Ecuadorian, government: Government of Ecuador, forms: [Ecuador]}
      - {name: Ghana, side: third-party, adjective: Ghanaian, government: Government of Ghana, forms: [Ghana]}
      - {name: Gabon, side: third-party, adjective: Gabonese, government: Government of Gabon, forms: [Gabon]}
      - {name: Mozambique, side: third-party, adjective: Mozambican, government: Government of Mozambique,
         forms: [Mozambique]}
      - {name: Kenya, side: third-party, adjective: Kenyan, government: Government of Kenya, forms: [Kenya]}
      - {name: United States, side: third-party, adjective: American, government: Government of the United States,
         forms: [United States, US]}
""", """
    defaults: replace
    places:
      - {name: Port-au-Prince}
""")}

wars = wars_fixture(WARS)

test_a_delegates_role_describes_the_state = war_cases("haiti", [
    ("The representative of Ecuador, Council President for May, said that the gangs' blockade of the port must end.",
     "Ecuador", "third-party"),
    ("The representative of the United States, penholder on Haiti, said her delegation would table a draft on the "
     "arms embargo.", "United States", "third-party"),
    ("The representative of Haiti, Minister for Foreign Affairs, said that the police had retaken two districts.",
     "Haiti", "haitian"),
])

test_a_delegate_speaking_for_others_speaks = war_cases("haiti", [
    ("The representative of Ghana, speaking also for Gabon and Mozambique, said that the mission needed predictable "
     "funding.", "Ghana", "third-party"),
    ("The representative of Kenya, speaking on behalf of the contributing countries, Gabon, Ghana and Mozambique, "
     "said the force would reach full strength by June.", "Kenya", "third-party"),
])


@pytest.mark.parametrize(("publisher", "text", "who", "side"), [
    ("Haiti News Network", "Police retake the road to Croix-des-Bouquets after a night of fighting - Mondesir PHOTO",
     "Mondesir", "haitian"),
    ("Haiti News Network", "Two schools burned in Carrefour, 300 families displaced - Dorval UPDATED",
     "Dorval", "haitian"),
    ("Haiti News Network", "Gangs open fire on a convoy near the airport: four wounded - Civil Protection VIDEO, MAP",
     "Civil Protection", None),
    # an outlet of no country: one unknown word may be a place
    ("Caribbean Wire", "Police retake the road to Croix-des-Bouquets after a night of fighting - Mondesir",
     None, "independent"),
])
def test_a_feeds_badges_and_its_own_officials_by_surname(wars, publisher, text, who, side):
    assert annotated(wars["haiti"], publisher, text) == (who, side)


test_a_leader_named_in_full_speaks_for_his_polity = war_cases("haiti", [
    ("Jimmy Chérizier, the leader of the Viv Ansanm gang coalition, said in a video that his men would not lay down "
     "their arms.", "Jimmy Chérizier", "gangs"),
    ("Jimmy Chérizier, the coalition's best-known leader, said the police had attacked first.", "Jimmy Chérizier",
     "gangs"),
])
