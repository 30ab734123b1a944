"""Formats met on the blind set ZZZZA (the Six-Day War) and those after it, each on pages written for these tests:

- a timeline looking back on a war, years after it, under day headings ("Day 1: Monday, October 6"), with a clock
  opening some of its notes ("2:05pm: ..."): every paragraph is a note of its own, stamped or not; on a live page of
  the same days the paragraph under a stamped post is the rest of that post
"""

from __future__ import annotations

import datetime as dt

from chronik.config import Epoch
from chronik.model import Update
from tests.page_cases import of, parse_page

TIMELINE = """
    1973 war: Nineteen days that shook the Middle East

    On October 6, 1973, Egypt and Syria attacked Israel on Yom Kippur. All times are Israel time.

    Day 1: Saturday, October 6

    2:05pm: Egyptian artillery opens fire along the whole length of the Suez Canal.

    Throughout the afternoon, Damascus radio claims that Syrian tanks are advancing on the Golan.

    6:00pm: Israel calls up its reserves.

    Day 2: Sunday, October 7

    10:00am: Syrian armour reaches the edge of the Golan plateau.

    In New York, Egypt's envoy tells the Security Council that Israel started the war.
"""


def _notes(text: str, published: dt.date) -> list[Update]:
    war = (Epoch("October war", dt.date(1973, 10, 6), dt.date(1973, 10, 25)),)
    return [u for u in parse_page(text, published, "Asia/Jerusalem", None, war) if u.kind != "aside"]


def test_a_timeline_looking_back_reads_each_paragraph_as_a_note() -> None:
    notes = _notes(TIMELINE, dt.date(2013, 10, 6))
    radio = of(notes, "Throughout the afternoon")
    assert (radio.date, radio.time) == ("1973-10-06", None)
    council = of(notes, "In New York")
    assert (council.date, council.time) == ("1973-10-07", None)
    assert of(notes, "Egyptian artillery").text.endswith("Suez Canal.")


def test_a_live_page_of_those_days_keeps_a_post_s_paragraphs_together() -> None:
    notes = _notes(TIMELINE, dt.date(1973, 10, 7))
    assert of(notes, "Egyptian artillery").date == "1973-10-06"
    post = of(notes, "Egyptian artillery")
    assert "Damascus radio claims" in post.text
