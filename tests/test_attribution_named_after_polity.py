"""A state that speaks by its name or capital in the lead ("Kiev has denied that its troops are encircled.") and a
person of the same side named speaking after it in the same paragraph ("..., the operation's spokesman, X, said"):
the person speaks for the update; a person of another side named after it does not.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from tests.attribution_cases import ukraine_sides, wars_fixture
from tests.test_attribution_wars import who_and_side

WARS = {"ukraine": (ukraine_sides(), """
    defaults: replace
    places:
      - {name: Kharkiv}
    people:
      - {name: Dmitry Peskov, side: russian}
""")}

wars = wars_fixture(WARS)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kyiv has denied that its troops near Kharkiv are encircled. Speaking at a briefing on Tuesday, the Ukrainian "
     "army's spokesman, Andriy Melnyk, said the situation was difficult but under control.",
     ("Andriy Melnyk", "ukrainian")),
    # a person of the other side answers the state's claim: the state keeps it
    ("Kyiv has denied that its troops near Kharkiv are encircled. Kremlin spokesman Dmitry Peskov said the town had "
     "fallen.", ("Government of Ukraine", "ukrainian")),
    # no person named after it
    ("Kyiv has denied that its troops near Kharkiv are encircled.", ("Government of Ukraine", "ukrainian")),
])
def test_the_person_named_after_the_state_speaks(wars, text, expected):
    assert who_and_side(wars["ukraine"], text) == expected
