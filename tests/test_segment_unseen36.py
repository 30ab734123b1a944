"""Formats met on the blind sets ZZZY (Cyprus 1974) and ZZZZ (Ladakh 2020), each on pages written for these tests:

- a live page's byline line of parts, its section, its editor and when the page was updated ("World | Edited by
  Maria Costa | Updated: March 4, 2021 9:15 pm IST"), is the page's dateline: no feed item stamped with its clock
  that would swallow the summary paragraphs under it
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.segment.feed import feed_item
from tests.page_cases import of, parse_page

LIVE = """
    World
    Border Talks LIVE Updates: Ministers Agree To Meet Again Next Week
    World | Edited by Maria Costa | Updated: March 4, 2021 9:15 pm IST
    Share

    New Delhi: The foreign minister told parliament this evening that talks with the neighbouring state would resume
    next week, after a day of shelling along the frontier.

    Two soldiers wounded in Tuesday's shelling were flown to the capital for treatment on Wednesday evening, army
    sources said.

    Here are the LIVE updates on the border talks:

    Mar 04, 2021 21:15 (IST)
    Minister Sums Up Talks
    The foreign minister said both sides had agreed to keep talking.

    Mar 04, 2021 20:40 (IST)
    Opposition Demands Debate
    The leader of the opposition asked the government to explain the shelling to parliament.

    Mar 04, 2021 19:05 (IST)
    Army Chief Visits Forward Posts
    The army chief visited forward posts along the frontier, the army said in a statement.
"""


def test_a_byline_line_with_the_page_s_update_time_is_its_dateline() -> None:
    updates = parse_page(LIVE, dt.datetime(2021, 3, 4, 21, 15), "Asia/Kolkata")
    byline = of(updates, "World | Edited by")
    assert byline.kind == "aside"
    minister, soldiers = of(updates, "New Delhi: The foreign minister"), of(updates, "Two soldiers wounded")
    assert minister is not soldiers and minister.kind == soldiers.kind == "update"
    assert (minister.date, minister.time) == ("2021-03-04", None)  # "this evening": the page's day, no post's clock


@pytest.mark.parametrize(("line", "source"), [
    ("World | Edited by Maria Costa | Updated: March 4, 2021 9:15 pm IST", None),
    ("By Jane Roe | Reuters | March 4, 2021 9:15 pm", None),
    # a feed's item: headline, outlet, stamp
    ("Ministers agree to meet again next week | Reuters | March 4, 2021 21:15", "Reuters"),
])
def test_a_byline_is_no_feed_item(line: str, source: str | None) -> None:
    item = feed_item(line)
    assert (item.source if item is not None else None) == source
