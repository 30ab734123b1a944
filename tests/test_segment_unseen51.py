"""Formats met after the blind sets ZZZZZS (Côte d'Ivoire 2002-04) and ZZZZZT (India-Pakistan 2019) were opened,
each on pages written for these tests:

- a timeline's item opening with its day and a clock of four digits before its zone ("Feb 2, 1300 GMT - ...",
  "3 February, 2130 WAT – ...") is dated that day of the page's year, at that time; the four digits are no year.
  An item with its year ("Feb 1, 2008 - ...") still has it (a guard).
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
