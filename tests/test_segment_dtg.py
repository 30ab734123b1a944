"""Military date-time groups as stamps: naval and military notices stamp each warning with the day, the clock, the
zone's letter, the month and the year ("181810Z JAN 24" = 18 January 2024, 18:10 UTC), on a line of its own under
the notice's heading or opening an update note ("UPDATE 001 - 161530Z JAN 24: ...").

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.segment.timestamps import find_stamp
from tests.page_cases import of, parse_page


@pytest.mark.parametrize(("text", "time", "zone", "date", "body"), [
    ("181810Z JAN 24", "18:10", "UTC", "18 Jan 2024", ""),
    ("051430ZMAR2023", "14:30", "UTC", "5 Mar 2023", ""),  # written without spaces
    ("220915Z Aug 2022", "09:15", "UTC", "22 Aug 2022", ""),
    ("121200C FEB 15", "12:00", "Etc/GMT-3", "12 Feb 2015", ""),  # C: three hours east of UTC
    ("030600R OCT 23", "06:00", "Etc/GMT+5", "3 Oct 2023", ""),  # R: five hours west
    ("UPDATE 002 - 091145Z JUN 24: The crew has been evacuated.", "11:45", "UTC", "9 Jun 2024",
     "The crew has been evacuated."),
])
def test_a_date_time_group_is_a_stamp_with_its_day_and_zone(text, time, zone, date, body):
    stamp = find_stamp(text)
    assert stamp is not None
    assert (stamp.time, stamp.zone, stamp.date_text, stamp.body) == (time, zone, date, body)


@pytest.mark.parametrize("text", [
    "311200Z APR 24",  # no 31 April
    "181810 JAN 24",  # no zone letter: a number and a month
    "181810J JAN 24",  # J is the reader's own clock, which the group does not name
    "The vessel reported 181810Z JAN 24 as the time of the attack.",  # not at the start
    "2024 JAN 18",
])
def test_what_is_no_date_time_group(text):
    stamp = find_stamp(text)
    assert stamp is None or stamp.date_text is None


NOTICES = """
Maritime Security Notices
The notices below are issued for the eastern Mediterranean.

NOTICE 044/MAR/2023 - DRONE SIGHTING
072230Z MAR 23
A merchant vessel reports sighting a drone circling at low altitude 40NM west of Latakia.
No damage has been reported. The vessel continued its passage.
Vessels are advised to keep a close watch.

NOTICE 043/MAR/2023 - HAIL BY WARSHIP
060815Z MAR 23
A tanker was hailed on VHF by a warship identifying itself as a naval vessel and ordered to alter course.
UPDATE 001 - 061140Z MAR 23: The tanker reports that it resumed its course after the warship departed.
Vessels are advised to keep a close watch.
"""


def test_a_notice_list_is_one_update_per_group():
    updates = [u for u in parse_page(NOTICES, dt.date(2023, 3, 8), "Europe/Istanbul") if u.kind != "aside"]
    sighting = of(updates, "A merchant vessel reports sighting")
    assert (sighting.date, sighting.time, sighting.timezone, sighting.date_basis) == (
        "2023-03-07", "22:30", "UTC", "timestamp")
    assert sighting.title == "NOTICE 044/MAR/2023 - DRONE SIGHTING"
    assert "No damage has been reported" in sighting.text  # the notice's text is one update
    hail = of(updates, "A tanker was hailed")
    assert (hail.date, hail.time) == ("2023-03-06", "08:15")
    note = of(updates, "The tanker reports that it resumed")  # an update note opens its own update
    assert (note.date, note.time, note.timezone) == ("2023-03-06", "11:40", "UTC")
