"""Who speaks, eighty-fourth round: a body's vote is its own deed.

- a body that passes a resolution or ratifies a treaty ("The Security Council passed a resolution ...", "The Verkhovna
  Rada ratified the agreement ...") is the source of the update its sentence opens, as one that signs or votes is; a
  thing that "passed" a place is no body and sources nothing.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, ukraine_sides, wars_fixture

wars = wars_fixture({"ukraine": (ukraine_sides(defaults="extend"), "\n    defaults: extend\n")})


@pytest.mark.parametrize(("text", "who"), [
    ("The Verkhovna Rada ratified the agreement on the Black Sea grain corridor on Thursday.", "Verkhovna Rada"),
    ("The UN General Assembly passes a resolution on the return of deported Ukrainian children.",
     "UN General Assembly"),
    ("The Security Council passed a resolution calling for the safe passage of grain ships.", "Security Council"),
])
def test_a_bodys_vote_is_its_deed(wars, text, who):
    assert annotated(wars["ukraine"], "UN News", text)[0] == who


def test_a_convoy_that_passed_a_town_is_no_source(wars):
    text = "A convoy of 40 trucks passed the town of Izium on Tuesday, a local official said."
    assert annotated(wars["ukraine"], "UN News", text)[0] != "A convoy"
