"""An item's line of record under its title: its kind and number, a bar, its day and its clock ("Announcement 222 |
14/08/2006 | 16:05", "Communiqué No. 31 · 3 Feb 2024 · 9:40 am"). The line stamps the item: the title above is its
title and the paragraphs below, to the next title, are its text. A page's own dateline in that shape ("New Delhi |
Updated: May 8, 2025 23:05 IST") stays the page's. A report's kind, a bar, and where and when it was issued ("Daily
report | Kyiv, 17 February 2015") is the report's dateline, no title of its first paragraph; and a pointer to another
part of the report ("* Please see the section at the end of this report ...") is the report's note. A page's
stamp followed by a note of its change ("Posted at Oct 23 2017 05:48 PM | Updated as of Oct 23 2017 07:15 PM") is
its dateline, and a day written with its year and no comma ("Oct 23 2017") is that day.

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.dates import resolve
from chronik.segment.timestamps import find_stamp, signed_dateline
from tests.page_cases import of, parse_page


@pytest.mark.parametrize(("text", "time", "date"), [
    ("Announcement 222 | 14/08/2006 | 16:05", "16:05", "14/08/2006"),
    ("Communiqué No. 31 · 3 Feb 2024 · 9:40 am", "09:40", "3 Feb 2024"),
    ("Press release 12 | 14 August 2006 | 16:05", "16:05", "14 August 2006"),
    ("Update #3 | 14 Aug 2006, 16:05", "16:05", "14 Aug 2006"),
    ("Khmer Times | July 26, 2025 | 09:10", "09:10", "July 26, 2025"),
])
def test_a_label_then_a_day_and_a_clock_is_a_stamp(text, time, date):
    stamp = find_stamp(text)
    assert stamp is not None
    assert (stamp.time, stamp.date_text, stamp.body) == (time, date, "")


@pytest.mark.parametrize("text", [
    "New Delhi | Updated: May 8, 2025 23:05 IST",  # the page's own dateline
    "The army said | 14/08/2006 | 16:05 it struck",  # words after the clock
    "Khmer Times | July 26, 2025",  # no clock: a signed date line (see test_segment_statement_days)
    "One two three four five | 14/08/2006 | 16:05",  # more than a label's four words
])
def test_what_is_no_labelled_stamp(text):
    stamp = find_stamp(text)
    assert stamp is None or stamp.date_text is None or not stamp.time


COMMUNIQUES = """
Ministry of Defence
Communiqués
The latest communiqué appears first.

Air Defence Intercepts Two Drones Over the Capital
Communiqué No. 31 · 3 Feb 2024 · 9:40 am
Air defence units intercepted two drones over the northern districts of the capital overnight.
Debris fell on a warehouse; no casualties were reported.

Border Crossing Reopened to Aid Convoys
Communiqué No. 30 · 2 Feb 2024 · 6:15 pm
The northern border crossing reopened to humanitarian convoys this afternoon.
Convoys will be inspected at the crossing before entering.
"""


def test_a_communique_list_is_one_update_per_communique():
    updates = [u for u in parse_page(COMMUNIQUES, dt.date(2024, 2, 3), "Asia/Baghdad") if u.kind != "aside"]
    drones = of(updates, "Air defence units intercepted")
    assert (drones.date, drones.time, drones.date_basis) == ("2024-02-03", "09:40", "timestamp")
    assert drones.title == "Air Defence Intercepts Two Drones Over the Capital"
    assert "Debris fell on a warehouse" in drones.text  # the second paragraph continues the communiqué
    crossing = of(updates, "The northern border crossing reopened")
    assert (crossing.date, crossing.time) == ("2024-02-02", "18:15")
    assert "Convoys will be inspected" in crossing.text
    assert len(updates) == 2


@pytest.mark.parametrize(("text", "date"), [
    ("Daily report | Kyiv, 17 February 2015", "17 February 2015"),
    ("Situation report | Port Sudan, 3 May 2024", "3 May 2024"),
    ("Khmer Times | July 26, 2025", "July 26, 2025"),
    ("Daily report | Kyiv", None),  # no date
])
def test_a_reports_issued_dateline(text, date):
    assert signed_dateline(text) == date


DAILY_REPORT = """
Latest from the Monitoring Mission based on information received as of 18:00, 2 March 2024
Daily report | Dnipro, 3 March 2024
The Mission monitored the ceasefire along the contact line.
1. On 2 March the Mission observed fresh craters near the bridge east of the town.
* Please see the section at the end of this report entitled "Restrictions" for further information.
"""


def test_a_daily_reports_dateline_and_pointer_are_the_reports():
    updates = parse_page(DAILY_REPORT, dt.date(2024, 3, 3), "Europe/Kyiv")
    dateline = of(updates, "Daily report | Dnipro")
    pointer = of(updates, "Please see the section")
    assert (dateline.kind, pointer.kind) == ("aside", "aside")
    assert of(updates, "The Mission monitored").title in (None, "")


@pytest.mark.parametrize(("text", "value"), [
    ("Oct 23 2017", "2017-10-23"),
    ("October 23 2017", "2017-10-23"),
    ("Oct 23 2017 05:48 PM", "2017-10-23T17:48"),
    ("26 JAN 24 1945 UTC", "2024-01-26T19:45"),  # a clock of four digits after the day, no year
])
def test_a_year_after_the_day_without_a_comma(text, value):
    assert resolve(text, dt.date(2024, 1, 27) if "JAN" in text else dt.date(2017, 10, 23)).value == value


STORY = """
TIMELINE: The siege of the city
Posted at Oct 23 2017 05:48 PM | Updated as of Oct 23 2017 07:15 PM
Soldiers leave the main battle area on Monday. Jane Roe, Example News
MANILA - The defense secretary on Monday announced the end of combat operations in the city.
"""


def test_a_stamp_with_a_note_of_its_change_is_the_pages_dateline():
    stamp = find_stamp("Posted at Oct 23 2017 05:48 PM | Updated as of Oct 23 2017 07:15 PM")
    assert stamp is not None and (stamp.time, stamp.date_text, stamp.metadata) == ("17:48", "Oct 23 2017", True)
    updates = parse_page(STORY, dt.date(2017, 10, 23), "Asia/Manila")
    assert of(updates, "Posted at Oct 23").kind == "aside"
    assert of(updates, "MANILA - The defense secretary").date == "2017-10-23"
