"""An item's line of record under its title: its kind and number, a bar, its day and its clock ("Announcement 222 |
14/08/2006 | 16:05", "Communiqué No. 31 · 3 Feb 2024 · 9:40 am"). The line stamps the item: the title above is its
title and the paragraphs below, to the next title, are its text. A page's own dateline in that shape ("New Delhi |
Updated: May 8, 2025 23:05 IST") stays the page's.

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.segment.timestamps import find_stamp
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
