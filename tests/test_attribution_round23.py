"""Who speaks, twenty-third round.

- title-case datelines: a story that opens with its city in title case and a dash ("Addis Abeba – X said", "Port
  Sudan — The army said") names the place it is filed from, not who speaks, as an upper-case dateline does;
- residents of a city's part: "Residents of Odesa's Peresyp district" are residents; the part's name ("Peresyp") is
  where they are, as in "Residents of Peresyp", not a person who speaks.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import ukraine_sides, war_cases, wars_fixture

WARS = {"ukraine": (ukraine_sides(), """
    defaults: replace
    places:
      - {name: Odesa}
""")}

wars = wars_fixture(WARS)

test_a_title_case_dateline_names_no_one = war_cases("ukraine", [
    ("Kyiv – Ukraine's Foreign Minister Andrii Sybiha said on Tuesday that talks would resume next week.",
     "Andrii Sybiha", "ukrainian"),
    ("Odesa — Ukrainian Navy spokesman Dmytro Pletenchuk said two drones were downed over the port.",
     "Dmytro Pletenchuk", "ukrainian"),
    ("Nizhny Novgorod – Russian regional governor Gleb Nikitin said a Ukrainian drone hit a refinery.",
     "Gleb Nikitin", "russian"),
])

test_residents_of_a_citys_part_are_residents = war_cases("ukraine", [
    ("Residents of Kharkiv's Saltivka district reported several loud explosions overnight.", "residents",
     "independent"),
    ("Residents of Odesa's Peresyp area said the blast shattered windows along the street.", "residents",
     "independent"),
    ("Witnesses in Kyiv's Podil neighbourhood said a drone hit a warehouse.", "witnesses", "independent"),
    ("Residents of the Holosiivskyi district said the power went out.", "residents", "independent"),
])
