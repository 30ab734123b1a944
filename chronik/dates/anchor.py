"""Calendar arithmetic against the anchor (the day the page was published).

News rarely says the year or the week of what it reports; the missing part is taken from the anchor,
choosing the reading nearest to it, with a bias to the past: reports look back more often than
ahead. A known tense shifts the bias ("was shelled on October 30" on an October 25 page is last
year's October 30; "will vote on January 3" on a December page is next year's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from chronik.config import Epoch

PAST = "past"
FUTURE = "future"

# How far (in days) a date without a year may lie from the anchor, by tense: (before, after).
DAY_WINDOWS: dict[str | None, tuple[int, int]] = {None: (240, 125), PAST: (300, 60), FUTURE: (30, 330)}
# The same for a month without a year, in months.
MONTH_WINDOWS: dict[str | None, tuple[int, int]] = {None: (7, 4), PAST: (11, 0), FUTURE: (0, 11)}


def add_days(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_year(make: Callable[[int], dt.date | None], anchor: dt.date, tense: str | None) -> dt.date | None:
    """The date ``make(year)`` for the year around the anchor that falls in the tense's window;
    failing that, the nearest one."""
    before, after = DAY_WINDOWS.get(tense, DAY_WINDOWS[None])
    candidates = [d for d in (make(anchor.year + k) for k in (0, -1, 1)) if d is not None]
    for day in candidates:
        if -before <= (day - anchor).days <= after:
            return day
    # none in the window: a past act is the latest one before it ("On June 14, the governor was abducted" on a page of
    # 9 May is last year's), a plan the first one after it
    if tense == PAST and (past := [d for d in candidates if (d - anchor).days <= after]):
        return max(past)
    if tense == FUTURE and (ahead := [d for d in candidates if (d - anchor).days >= -before]):
        return min(ahead)
    return min(candidates, key=lambda d: abs((d - anchor).days), default=None)


def infer_day(month: int, day: int, anchor: dt.date, tense: str | None = None) -> dt.date | None:
    """``October 30`` with no year: the October 30 nearest the anchor (within the tense's window)."""
    return _nearest_year(lambda year: safe_date(year, month, day), anchor, tense)


def infer_month(month: int, anchor: dt.date, tense: str | None = None) -> int:
    """The year of a month named without one (``in March``)."""
    before, after = MONTH_WINDOWS.get(tense, MONTH_WINDOWS[None])
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        gap = (year - anchor.year) * 12 + month - anchor.month
        if -before <= gap <= after:
            return year
    return anchor.year


def last_month(month: int, anchor: dt.date) -> int:
    """The year of ``last March``: the latest March before the anchor's month."""
    return anchor.year if month < anchor.month else anchor.year - 1


def next_month(month: int, anchor: dt.date) -> int:
    """The year of ``next March``: the first March after the anchor's month."""
    return anchor.year if month > anchor.month else anchor.year + 1


def weekday_near(weekday: int, anchor: dt.date, direction: str) -> dt.date:
    """The day named ``weekday`` (0 = Monday) near the anchor.

    ``direction``: ``past`` on or before the anchor, ``future`` on or after it, ``last`` strictly
    before, ``next`` strictly after, ``news`` (a bare weekday, tense unknown) the nearest one within
    the past five days or else tomorrow: a report says "Thursday" on a Wednesday page for the next
    day, and "last Thursday" for the one six days back.
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "past" or (direction == "news" and back <= 5):
        return add_days(anchor, -back)
    if direction == "last":
        return add_days(anchor, -(back or 7))
    if direction == "next":
        return add_days(anchor, ahead or 7)
    return add_days(anchor, ahead)


def epoch_day(number: int, epochs: Sequence[Epoch], anchor: dt.date) -> tuple[dt.date, Epoch] | None:
    """Day ``number`` of the epoch in force (day one is the epoch's start): the latest one begun whose day
    ``number`` is not after ``anchor`` (a day's slack for time zones) — "Day 645" on a page of January 2024 counts
    the war begun in 2022, not one begun in October 2023 — else the latest one begun."""
    if number < 1:
        return None
    begun = sorted((e for e in epochs if e.start <= anchor), key=lambda e: e.start, reverse=True)
    epoch = next((e for e in begun if add_days(e.start, number - 2) <= anchor), begun[0] if begun else None)
    if epoch is None:
        return None
    return add_days(epoch.start, number - 1), epoch


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` of the month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return add_days(first, (weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = add_days(following, -1)
    return add_days(last, -((last.weekday() - weekday) % 7))


def holiday_in(spec: dict[str, Any], year: int) -> dt.date | None:
    """The date of a holiday (as the lexicon describes it) in ``year``."""
    if "date" in spec:
        month, day = (int(x) for x in str(spec["date"]).split("-"))
        return safe_date(year, month, day)
    if "nth" in spec:
        n, weekday, month = spec["nth"]
        return nth_weekday(year, month, weekday, n)
    if "easter" in spec:
        return add_days(easter(year), int(spec["easter"]))
    if spec.get("election"):
        return add_days(nth_weekday(year, 11, 0, 1), 1)  # the Tuesday after the first Monday of November
    return None


def infer_holiday(spec: dict[str, Any], anchor: dt.date, tense: str | None = None,
                  direction: str | None = None) -> dt.date | None:
    """A holiday named without a year; ``direction`` ``last``/``next`` forces the one before/after."""
    if direction == "last":
        for year in (anchor.year, anchor.year - 1):
            day = holiday_in(spec, year)
            if day is not None and day < anchor:
                return day
    if direction == "next":
        for year in (anchor.year, anchor.year + 1):
            day = holiday_in(spec, year)
            if day is not None and day > anchor:
                return day
    return _nearest_year(lambda year: holiday_in(spec, year), anchor, tense)
