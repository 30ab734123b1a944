"""A monthly conflict tracker's entry: under the month's heading, a synopsis sentence naming no day sums up the
paragraphs below it, each of which reports an act of a day of that month. The synopsis is an aside; the acts are
updates. A month's first paragraph with no act of a day below it is kept as an update."""

from __future__ import annotations

import pytest
from test_dates_in_pages import of, parse

TRACKER = """
    Sahel Conflict Tracker
    March 2024
    Violence escalated in central Mali as jihadists blockaded towns and the army stepped up drone strikes.
    Jihadists besieged Boni. JNIM militants 4 March attacked a convoy near Boni, killing at least 9 soldiers.
    Army drone strikes killed civilians. Drone strike 17 March hit wedding near Tatakarat, killing 15, residents said.
"""


@pytest.mark.parametrize("published", ["2024-04-01", None])
def test_a_tracker_s_synopsis_over_dated_acts_is_an_aside(published: str | None) -> None:
    updates = parse(TRACKER, published)
    assert of(updates, "Violence escalated").kind == "aside"
    assert (of(updates, "Jihadists besieged").kind, of(updates, "Jihadists besieged").date) == ("update", "2024-03-04")
    assert (of(updates, "Army drone strikes").kind, of(updates, "Army drone strikes").date) == ("update", "2024-03-17")


def test_a_month_s_first_paragraph_over_undated_ones_stays_an_update() -> None:
    updates = parse("""
        March 2024
        Jihadists besieged the town of Boni in Mopti region and cut its roads, residents said.
        The army carried out drone strikes across the region throughout the month, officials said.
        Aid convoys could not reach Boni for most of the month.
    """, "2024-04-01")
    assert of(updates, "Jihadists besieged").kind != "aside"
