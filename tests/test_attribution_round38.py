"""Who speaks, round 38: the wars of older and newer chronologies.

- institution: a museum, library or archive named after an office ("Air Force Museum of Ukraine") writes history in
  its own voice and issues no release of that office; the office itself still does ("Air Force of Ukraine").

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, ukraine_sides, wars_fixture

WARS = {"ukraine": (ukraine_sides(ukraine="Ukraine, Ukrainian, Kyiv, Ukrainian Air Force"), """
    defaults: replace
    places:
      - {name: Vasylkiv}
""")}

wars = wars_fixture(WARS)


@pytest.mark.parametrize(("publisher", "issues"), [
    ("Air Force Museum of Ukraine", False),
    ("National Archives of Ukraine, Ministry of Defence collection", False),
    ("Air Force of Ukraine", True),
])
def test_an_institution_issues_no_release(wars, publisher, issues):
    assert (wars["ukraine"].attributor.issuer(publisher) is not None) == issues


def test_an_institution_tells_history_in_its_own_voice(wars):
    text = "At dawn on 24 February, Russian missiles struck the airfield at Vasylkiv and set its fuel depot on fire."
    assert annotated(wars["ukraine"], "Air Force Museum of Ukraine", text) == (None, "independent")
