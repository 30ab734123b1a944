"""Formats met after the blind sets ZZZZZS (Côte d'Ivoire 2002-04) and ZZZZZT (India-Pakistan 2019) were opened,
each on pages written for these tests:

- a timeline's item opening with its day and a clock of four digits before its zone ("Feb 2, 1300 GMT - ...",
  "3 February, 2130 WAT – ...") is dated that day of the page's year, at that time; the four digits are no year.
  An item with its year ("Feb 1, 2008 - ...") still has it (a guard);
- a diary's day headings of a weekday and an ordinal day of no month ("Friday 28th", "Monday, the 3rd") date the
  paragraphs under them: the day of that number on that weekday nearest the publication, in the month before it
  when that is where the weekday falls; a weekday with its day and month ("Tuesday 4th March") reads as it says
  (a guard).
"""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page

_TIMELINE = """
    Factbox: fighting in Chad's capital
    Feb 4 (Reuters) - Following is a timeline of the fighting in N'Djamena since rebels entered the capital.
    Feb 1, 2008 - Rebel columns reach Massaguet, 50 km north-east of the capital, after a three-day advance.
    Feb 2, 1300 GMT - Rebels enter N'Djamena and fighting breaks out around the presidential palace.
    Feb 2, 1815 UTC - The French army says it has begun evacuating foreigners to Libreville.
    3 February, 2130 WAT – Government forces say they have pushed the rebels out of the city centre.
    Feb 4 - The U.N. Security Council calls on states to support the government.
"""


@pytest.mark.parametrize(("start", "date", "time"), [
    ("Feb 2, 1300 GMT", "2008-02-02", "13:00"),
    ("Feb 2, 1815 UTC", "2008-02-02", "18:15"),
    ("3 February, 2130 WAT", "2008-02-03", "21:30"),
    ("Feb 1, 2008", "2008-02-01", None),
])
def test_a_clock_of_four_digits_before_its_zone_is_no_year(start: str, date: str, time: str | None) -> None:
    item = of(parse_page(_TIMELINE, dt.date(2008, 2, 4), "Africa/Ndjamena"), start)
    assert (item.date, item.time) == (date, time)


_DIARY = """
    Simferopol diary: the week the soldiers came
    A few notes from the last days, for friends who asked. The phone network has been patchy since the weekend.
    Friday 28th
    Armed men in unmarked uniforms took over the airport before dawn. Our neighbour says they came in trucks.
    Saturday, the 1st
    The parliament voted to hold a referendum, the local radio said, and queues formed at the cash machines.
    Monday, the 3rd
    The Ukrainian base at Perevalne is surrounded. The officers' wives brought them food through the gate.
    Tuesday 4th March
    Quieter. The shops are open and the buses run again.
"""


@pytest.mark.parametrize(("start", "date"), [
    ("Armed men in unmarked uniforms", "2014-02-28"),
    ("The parliament voted", "2014-03-01"),
    ("The Ukrainian base at Perevalne", "2014-03-03"),
    ("Quieter.", "2014-03-04"),
])
def test_a_weekday_and_an_ordinal_day_head_a_diarys_day(start: str, date: str) -> None:
    item = of(parse_page(_DIARY, dt.date(2014, 3, 5), "Europe/Simferopol"), start)
    assert item.date == date
