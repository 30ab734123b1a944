"""A wire's dateline in title case with its day and its name in brackets ("Pemba, 1 Apr (Lusa) – ") is where and when
the story was filed, not who speaks, and so is a place with its wire and no day ("Palma (AIM) - "); and a form a
sides file lists for one polity ("Ministry of National Defence") that another polity's possessive owns ("Portugal's
Ministry of National Defence") is the owner's.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from chronik.segment.prose import WIRE_DATELINE
from tests.attribution_cases import wars_fixture
from tests.test_attribution_page_bodies import page

WARS = {"coast": ("""
    defaults: replace
    sides:
      government: the government of Lusitania and its forces
      insurgents: the insurgents
      third-party: other states
      independent: the outlet, NGOs, residents
    narrative: independent
    polities:
      - {name: Lusitania, side: government, adjective: Lusitanian, government: Government of Lusitania,
         forms: [Lusitania, Lusitanian, Ministry of National Defence, Defence and Security Forces]}
      - {name: Portugal, side: third-party, adjective: Portuguese, government: Government of Portugal,
         forms: [Portugal, Portuguese, Lisbon]}
""", """
    defaults: replace
    places:
      - {name: Pemba}
      - {name: Palma}
""")}

wars = wars_fixture(WARS)


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Pemba, 1 Apr (Lusa) – A ship carrying 1,200 people docked in the port this morning, the Lusitanian governor, "
     "Ana Tembe, told journalists.", "Ana Tembe", "government"),
    ("Palma, March 29 (AIM) - The Defence and Security Forces said they had retaken the town.",
     "Defence and Security Forces", "government"),
    ("Lisbon, 30 Mar (Lusa) – Portugal's Ministry of National Defence said today that 60 soldiers will leave.",
     "Portuguese Defense Ministry", "third-party"),
    # a place and its wire in brackets, no day: "Palma (AIM) - "
    ("Palma (AIM) - Lusitanian defence spokesman Lt. Col. Omar Saranga said the troops had retaken the town.",
     "Omar Saranga", "government"),
])
def test_a_title_case_wire_dateline_is_no_speaker(wars, text, who, side):
    found_who, found_side = page(wars["coast"], [text])[0]
    assert found_side == side and found_who is not None and who.split()[-1] in found_who


@pytest.mark.parametrize(("text", "dateline"), [
    ("Pemba, 1 Apr (Lusa) – A ship docked.", True),
    ("Maputo, March 29, 2021 (AIM) - The spokesman said.", True),
    ("Pemba, the provincial capital, was calm - residents said.", False),
])
def test_which_lines_open_with_a_wire_dateline(text, dateline):
    assert bool(WIRE_DATELINE.match(text)) is dateline
