"""Who speaks, twenty-seventh round.

- a state body's list of its releases ("Press Releases: Northern Front", "Press releases, page 2") marks a release
  as a single release's title does: its items are told in the body's own voice.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from chronik.extract.gazetteer import Name
from chronik.extract.publisher import state_release


@pytest.mark.parametrize(("title", "polity", "release"), [
    ("Press Releases: Operations in the North", "Ukraine", True),
    ("Latest press releases, page 3", "Azerbaijan", True),
    ("Releases and statistics of the season", "Ukraine", False),  # no press release
    ("Press Releases", None, False),  # an international body's list: no state's
])
def test_a_list_of_press_releases_marks_a_release(title, polity, release):
    assert state_release(title, Name("Some Body", "body", polity=polity)) is release
