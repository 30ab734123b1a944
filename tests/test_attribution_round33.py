"""Who speaks, thirty-third round: civic bodies named with a country, and a name between the claim and its post.

- civic body: a doctors' union, a national Red Cross or Red Crescent society and a human rights commission are
  named with their country's adjective ("the Yemeni Doctors' Union", "the Iraqi Red Crescent Society") but speak
  for no party: independent, named as written;
- name between: a trailing speaker after a phrase in apposition to the claim ("..., the heaviest attack in weeks,
  X, head of the city administration, said") is the person named, not the post that describes them.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import ukraine_sides, war_cases, wars_fixture

WARS = {"ukraine": (ukraine_sides(), """
    defaults: replace
    bodies:
      - {name: United Nations, side: third-party, aliases: [UN]}
""")}

wars = wars_fixture(WARS)

test_a_civic_body_named_with_its_country_is_independent = war_cases("ukraine", [
    ("The Ukrainian Red Cross Society said its volunteers had handed out food to 300 families in Izium.",
     "Ukrainian Red Cross Society", "independent"),
    ("The Russian Doctors' Union said on Tuesday that hospitals in the border towns were short of blood.",
     "Russian Doctors' Union", "independent"),
    ("The Ukrainian Human Rights Commission said in a report that 14 detainees had been beaten in custody.",
     "Ukrainian Human Rights Commission", "independent"),
    # control: a state's own ministry keeps its side
    ("The Ukrainian Health Ministry said hospitals in the border towns were short of blood.",
     "Ukrainian Health Ministry", "ukrainian"),
])

test_a_name_between_the_claim_and_its_post_speaks = war_cases("ukraine", [
    ("Russian drones hit a substation in Kyiv overnight, the third such attack this month, Olena Kovalenko, head of "
     "the Kyiv City Military Administration, said.", "Olena Kovalenko", "ukrainian"),
    ("Shelling damaged two schools and a clinic on Monday, leaving one guard wounded, Petro Hnatiuk, a spokesman "
     "for the Ukrainian army, said.", "Petro Hnatiuk", "ukrainian"),
])
