"""The resolver's results: a TIMEX3-style value with the calendar span it covers, and its place in a text.

The constructors here are the only place that spells TIMEX3 values, so every rule writes the same
format: ``2020-10-24``, ``2020-10-24TEV``, ``2020-10``, ``2020-W43``, ``2020-W43-WE``, ``2020-Q3``,
``2020-SU``, ``2020``, ``202`` (a decade), ``20`` (a century), ``PAST_REF``...
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

EXPLICIT = "explicit"
RELATIVE = "relative"
DAY_COUNTER = "day-counter"

# meteorological seasons: (first month, number of months)
SEASON_MONTHS = {"SP": (3, 3), "SU": (6, 3), "FA": (9, 3), "WI": (12, 3)}


@dataclass(frozen=True)
class Timex:
    """A resolved date expression.

    ``start``/``end`` are the first and last day covered (equal for one day; None when the value is
    not a calendar span, e.g. ``PAST_REF``). ``kind`` is ``explicit`` (the text names the calendar
    date), ``relative`` (weekday, yesterday, last week... against the anchor) or ``day-counter``.
    """

    value: str
    start: dt.date | None
    end: dt.date | None
    kind: str
    why: str


@dataclass(frozen=True)
class Mention:
    """A date expression found in a text, with its character offsets."""

    start: int
    end: int
    text: str
    timex: Timex


def describe(day: dt.date) -> str:
    """``Sunday 2020-10-25``: how explanations name a day."""
    return f"{day:%A} {day.isoformat()}"


def day_timex(day: dt.date, kind: str, why: str, *, end: dt.date | None = None,
              part: str | None = None, time: str | None = None) -> Timex:
    """One day (or a range of days when ``end`` is later), optionally with a part of day or a clock time."""
    value = day.isoformat()
    if end is not None and end > day:
        return Timex(value, day, end, kind, why)
    if time:
        value += "T" + time
    elif part:
        value += "T" + part
    return Timex(value, day, day, kind, why)


def month_timex(year: int, month: int, kind: str, why: str) -> Timex:
    last = calendar.monthrange(year, month)[1]
    return Timex(f"{year:04d}-{month:02d}", dt.date(year, month, 1), dt.date(year, month, last), kind, why)


# the days a part of a month covers: "early March" the 1st to the 10th, "mid-March" the 11th to the 20th, "late
# March" the 21st to its end (the value stays the month's: TimeML writes the part as a modifier, not a date)
_PARTS = {"early": (1, 10), "beginning": (1, 10), "start": (1, 10), "mid": (11, 20), "middle": (11, 20),
          "late": (21, 31), "end": (21, 31), "first half": (1, 15), "second half": (16, 31)}


def month_part(month: Timex, part: str | None) -> Timex:
    """``month`` narrowed to the days its ``part`` ("early", "mid", "late", "the end of") covers; as it is without
    one."""
    word = " ".join(w for w in (part or "").lower().split() if w not in ("the", "of"))
    days = _PARTS.get(word)
    if days is None or month.start is None or month.end is None:
        return month
    first = month.start.replace(day=days[0])
    last = month.start.replace(day=min(days[1], month.end.day))
    return Timex(month.value, first, last, month.kind, f"{month.why}, its {word} days ({first.day}-{last.day})")


def year_timex(year: int, kind: str, why: str, *, last: int | None = None) -> Timex:
    """The year, or the years from it to ``last`` (its value stays the first year's, as TIMEX3 gives a span none)."""
    return Timex(f"{year:04d}", dt.date(year, 1, 1), dt.date(last or year, 12, 31), kind, why)


def week_timex(day: dt.date, kind: str, why: str, *, weekend: bool = False) -> Timex:
    """The ISO week holding ``day`` (or its weekend, Saturday and Sunday)."""
    iso_year, week, weekday = day.isocalendar()
    monday = day - dt.timedelta(days=weekday - 1)
    if weekend:
        return Timex(f"{iso_year:04d}-W{week:02d}-WE", monday + dt.timedelta(days=5),
                     monday + dt.timedelta(days=6), kind, why)
    return Timex(f"{iso_year:04d}-W{week:02d}", monday, monday + dt.timedelta(days=6), kind, why)


def quarter_timex(year: int, quarter: int, kind: str, why: str) -> Timex:
    first = 3 * (quarter - 1) + 1
    last = first + 2
    return Timex(f"{year:04d}-Q{quarter}", dt.date(year, first, 1),
                 dt.date(year, last, calendar.monthrange(year, last)[1]), kind, why)


def half_timex(year: int, half: int, kind: str, why: str) -> Timex:
    start = dt.date(year, 1, 1) if half == 1 else dt.date(year, 7, 1)
    end = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
    return Timex(f"{year:04d}-H{half}", start, end, kind, why)


def season_days(year: int, code: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a season of ``year``; winter starts in December of that year (meteorological
    seasons)."""
    first, count = SEASON_MONTHS[code]
    start = dt.date(year, first, 1)
    last_month = (first + count - 2) % 12 + 1
    last_year = year + (1 if last_month < first else 0)
    return start, dt.date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])


def season_timex(year: int, code: str, kind: str, why: str) -> Timex:
    """A season of ``year`` (see :func:`season_days`)."""
    start, end = season_days(year, code)
    return Timex(f"{year:04d}-{code}", start, end, kind, why)


def decade_timex(first_year: int, kind: str, why: str) -> Timex:
    return Timex(f"{first_year // 10:03d}", dt.date(first_year, 1, 1), dt.date(first_year + 9, 12, 31), kind, why)


def century_timex(century: int, kind: str, why: str) -> Timex:
    """The ``century``-th century (the 20th is 1900-1999, value ``19``, as TIMEX3 writes it)."""
    first = max(1, (century - 1) * 100)
    return Timex(f"{century - 1:02d}", dt.date(first, 1, 1), dt.date((century - 1) * 100 + 99, 12, 31), kind, why)


def reference_timex(value: str, why: str) -> Timex:
    """``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF``: no calendar span."""
    return Timex(value, None, None, RELATIVE, why)
