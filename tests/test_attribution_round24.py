"""Who speaks, twenty-fourth round.

- a delegate's role: a meetings record's speaker named by the state it represents keeps the state when a role in
  apposition follows ("The representative of Ecuador, Council President for May, said"): the role describes it;
- a delegate speaking for others: "The representative of Ghana, speaking also for Gabon and Mozambique, said" is
  Ghana's statement; the states after the participle are whom it speaks for, not who speaks.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import war_cases, wars_fixture

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
         forms: [Viv Ansanm]}
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
