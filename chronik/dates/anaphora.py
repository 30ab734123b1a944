"""The reference time of anaphoric expressions: which date said before an expression it refers to, and moving a
date by calendar units while keeping its granularity.

"That day", "the following year", "a year earlier" name no date by themselves: they lean on a date the discourse
mentioned before (HeidelTime's reference time in narratives). The reference is the latest date mentioned that is
fine enough for the expression: "that day" needs a day, "that year" anything within one year, "then" anything.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from chronik.dates import anchor as cal
from chronik.dates.timex import (
    Timex,
    day_timex,
    half_timex,
    month_timex,
    quarter_timex,
    season_timex,
    week_timex,
    year_timex,
)


def _bucket(day: dt.date, unit: str) -> tuple[int, ...]:
    """The ``unit`` (e.g. the month) holding ``day``, as a comparable key."""
    if unit == "day":
        return (day.toordinal(),)
    if unit == "week":
        return tuple(day.isocalendar()[:2])
    if unit == "month":
        return day.year, day.month
    if unit == "quarter":
        return day.year, (day.month - 1) // 3
    return (day.year,)


def within(timex: Timex, unit: str) -> bool:
    """True when ``timex`` is a calendar span inside one ``unit`` ("2020-10" is within a month, a quarter, a year)."""
    if timex.start is None or timex.end is None:
        return False
    return _bucket(timex.start, unit) == _bucket(timex.end, unit)


def latest(earlier: Sequence[Timex], unit: str | None = None) -> Timex | None:
    """The latest of ``earlier`` that is a calendar span, inside one ``unit`` when one is given."""
    for timex in reversed(earlier):
        if timex.start is not None and (unit is None or within(timex, unit)):
            return timex
    return None


def period(reference: Timex, unit: str, steps: int, kind: str, why: str) -> Timex | None:
    """The ``unit`` holding the reference's start, ``steps`` units later (earlier when negative):
    "the following month" of 2020-10-24 is 2020-11."""
    start = reference.start
    if start is None:
        return None
    if unit == "day":
        return day_timex(cal.add_days(start, steps), kind, why)
    if unit == "week":
        return week_timex(cal.add_days(start, 7 * steps), kind, why)
    if unit == "month":
        return month_timex(*cal.add_months(start.year, start.month, steps), kind, why)
    if unit == "quarter":
        index = start.year * 4 + (start.month - 1) // 3 + steps
        return quarter_timex(index // 4, index % 4 + 1, kind, why)
    return year_timex(start.year + steps, kind, why)


_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?")
_SPAN = re.compile(r"(?P<year>\d{4})(?:-(?:(?P<month>\d\d)|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<season>SP|SU|FA|WI)))?")


def moved(reference: Timex, unit: str, count: int, kind: str, why: str) -> Timex | None:
    """The reference moved by ``count`` ``unit``s, at its own granularity: "a year earlier" than 2020-Q3 is 2019-Q3,
    than 2020-08-12 is 2019-08-12. None when the move does not fit the reference ("two days earlier" than a month)."""
    value, start = reference.value, reference.start
    if start is None:
        return None
    if unit in ("day", "week"):
        days = count * (7 if unit == "week" else 1)
        if within(reference, "day"):
            return day_timex(cal.add_days(start, days), kind, why)
        if unit == "week" and within(reference, "week") and re.fullmatch(r"\d{4}-W\d\d", value):
            return week_timex(cal.add_days(start, days), kind, why)
        return None
    months = count * (12 if unit == "year" else 1)
    if _DAY.fullmatch(value) and within(reference, "day"):
        year_no, month_no = cal.add_months(start.year, start.month, months)
        day = cal.safe_date(year_no, month_no, start.day) or cal.safe_date(year_no, month_no, 28)
        return day_timex(day, kind, why) if day else None
    span = _SPAN.fullmatch(value)
    if span is None:
        return None
    if span["month"]:
        return month_timex(*cal.add_months(start.year, start.month, months), kind, why)
    if months % 12:
        return None  # "two months earlier" than a quarter or a year is no quarter or year
    year_no = int(span["year"]) + months // 12
    if span["q"]:
        return quarter_timex(year_no, int(span["q"]), kind, why)
    if span["h"]:
        return half_timex(year_no, int(span["h"]), kind, why)
    if span["season"]:
        return season_timex(year_no, span["season"], kind, why)
    return year_timex(year_no, kind, why)
