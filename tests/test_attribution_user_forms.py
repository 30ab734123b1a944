"""A name a user's sides file takes for a party outweighs what the packaged files know it as: a war whose sides file
lists "AFP" for the Armed Forces of the Philippines reads "the AFP said" and "AFP spokesperson X" as the army's, not
the news agency's; in a war whose sides file does not, AFP is still the agency. A party's medium named by a form
the sides file lists and its kind ("the Island Front's Sabah news agency") speaks for the party. And an outlet's clock
("Asia/Manila") tells its home country for a party whose domain the states file does not list (see
test_attribution_home_zone.py).

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from tests.attribution_cases import wars_fixture
from tests.test_attribution_wars import who_and_side

ISLANDS = """
    defaults: extend
    sides:
      government: the Government of the Philippines and its forces
      insurgents: the insurgent group
    polities:
      - {name: Philippines, side: government, adjective: Philippine, government: Government of the Philippines,
         forms: [Philippines, Philippine, Manila, AFP, Armed Forces of the Philippines]}
      - {name: Island Front, side: insurgents, adjective: Island Front, government: null,
         forms: [Island Front, Sabah, Front Radio]}
"""
OTHER = """
    defaults: extend
    sides:
      north: the north
      south: the south
    polities:
      - {name: North, side: north, adjective: Northern, government: Government of the North, forms: [North]}
      - {name: South, side: south, adjective: Southern, government: Government of the South, forms: [South]}
"""

wars = wars_fixture({"islands": (ISLANDS, "defaults: extend\n"), "other": (OTHER, "defaults: extend\n")})


@pytest.mark.parametrize(("war", "text", "expected"), [
    ("islands", "AFP spokesperson Brigadier General Jose Ramos said the troops had cleared two districts.",
     ("Jose Ramos", "government")),
    ("islands", "Two more districts were cleared on Sunday, the AFP said.",
     ("Armed Forces of the Philippines – AFP", "government")),  # both its names, as the sides file gives them
    # the news agency where no sides file takes its name
    ("other", "Two more districts were cleared on Sunday, AFP reported.", ("Agence France-Presse", "independent")),
])
def test_a_sides_files_form_outweighs_the_packaged_outlet(wars, war, text, expected):
    assert who_and_side(wars[war], text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a party's medium by the form the sides file lists and the kind of medium
    ("The Island Front's Sabah news agency said its fighters had taken the bridge.", ("Sabah", "insurgents")),
    ("Front Radio said its fighters had taken the bridge.", ("Front Radio", "insurgents")),
    ("The Front Radio television said its fighters had taken the bridge.", ("Front Radio", "insurgents")),
])
def test_a_partys_medium_speaks_for_it(wars, text, expected):
    assert who_and_side(wars["islands"], text) == expected
