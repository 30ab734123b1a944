"""Formats met on the blind sets ZZZS (Libya 2011) and ZZZT (Eritrea-Ethiopia 2000), each on pages written for
these tests:

- a short label that names its day and ends with a colon ("Key Hits 11 APRIL:", "Strikes 3 May:") dates the rows or
  paragraphs under it, until the next label; a dateline ("Tripoli, 8 April 2019:") is no such label.
"""

from __future__ import annotations

import datetime as dt

from tests.page_cases import of, parse_page

SITREP = """
Peacekeeping Mission - Daily Operational Update for 14 May
Key facts and figures
Since the start of the mission (1 March), a total of 812 patrols have been conducted.
Air strikes 13 MAY:
Near the northern bridge: 3 trucks, 1 fuel depot.
Near the airfield: 2 armoured vehicles.
Humanitarian access
The mission continues to escort aid convoys along the coastal road.
"""


def test_a_short_label_naming_its_day_dates_the_rows_under_it_until_the_next_label():
    updates = parse_page(SITREP, dt.date(2011, 5, 14), "Europe/Brussels")
    for row in ("Near the northern bridge", "Near the airfield"):
        assert of(updates, row).date == "2011-05-13"
    assert of(updates, "The mission continues to escort").date == "2011-05-14"  # after the next label: the page's


WIRE = """
Airport closed after strike
Tripoli, 8 April 2019:
The city's only functioning airport was closed to all traffic this afternoon after it was hit by an air strike.
The health ministry said on Sunday that 21 people had been killed in the fighting south of the city.
"""


def test_a_dateline_ending_with_a_colon_is_no_dated_label():
    updates = parse_page(WIRE, dt.date(2019, 4, 8), "Africa/Tripoli")
    assert of(updates, "Tripoli, 8 April 2019").date_basis != "heading"  # the story's place and day, no section
    assert of(updates, "The health ministry said on Sunday").date == "2019-04-07"
