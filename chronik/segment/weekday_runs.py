"""A week told day by day, each day named by its weekday alone: a weekly diary's headings ("THURSDAY" / what happened
/ "FRIDAY" / ...) or a round-up's items led by their weekday ("Friday: The Security Council voted ..." / "Saturday:
Government and Unita delegations ended ..."). Weekdays that follow one another are days in a row, the latest on or
before the page's day: a Friday's round-up "for the week to Thursday" opens on the Friday a week before it, not on
the day it came out (read alone, "Friday" on a Friday is that day, and "Saturday" the next).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re

from chronik.dates.lexicon import lexicon as date_lexicon
from chronik.segment.units import Unit

RUN_DAYS = 3  # weekdays in a row, each leading its item, that make a week told day by day


def days_of_weekdays(weekdays: list[int], anchor: dt.date) -> list[dt.date]:
    """The days weekdays (0 for Monday, in page order) name: days in a row when each follows the one above (or each
    precedes it, the newest first), the latest on or before ``anchor``; else each the last such day on or before
    it."""
    def last(weekday: int) -> dt.date:
        return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)

    steps = {(b - a) % 7 for a, b in itertools.pairwise(weekdays)}
    if steps == {1}:
        end = last(weekdays[-1])
        return [end - dt.timedelta(days=len(weekdays) - 1 - i) for i in range(len(weekdays))]
    if steps == {6}:
        start = last(weekdays[0])
        return [start - dt.timedelta(days=i) for i in range(len(weekdays))]
    return [last(w) for w in weekdays]


@functools.cache
def _leading_weekday() -> re.Pattern[str]:
    """A weekday written in full leading an item, set off by a colon or a dash ("Friday: ...", "Monday – ...")."""
    days = "|".join(w for w in date_lexicon().weekdays if len(w) > 4 and w.endswith("day"))
    return re.compile(rf"^\W*(?P<day>{days})\s*(?::|[–—]|-\s)", re.I)


def weekday_items(units: list[Unit], anchor: dt.date | None) -> dict[int, dt.date]:
    """The day of each item (by ``id``) of a run of ``RUN_DAYS`` or more items in page order, each led by the
    weekday after the one before it: days in a row, the latest on or before ``anchor``."""
    if anchor is None:
        return {}
    weekdays = date_lexicon().weekdays
    led = [(unit, weekdays[m.group("day").lower()]) for unit in units
           if unit.kind == "update" and unit.stamp is None and (m := _leading_weekday().match(unit.lead))]
    days: dict[int, dt.date] = {}
    run: list[tuple[Unit, int]] = []
    for item in [*led, None]:
        if item is not None and (not run or (item[1] - run[-1][1]) % 7 == 1):
            run.append(item)
            continue
        if len(run) >= RUN_DAYS:
            dates = days_of_weekdays([w for _, w in run], anchor)
            days.update({id(unit): day for (unit, _), day in zip(run, dates, strict=True)})
        run = [item] if item is not None else []
    return days
