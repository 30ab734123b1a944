"""The order of a live page's timestamps: which way the page runs, past midnight, and updates out of order.

A live page lists its updates newest-first or oldest-first; the order is read from the timestamps
themselves (the majority of neighbouring pairs). An update listed against that order (9:25 p.m. after
9:35 p.m. on an oldest-first page) is flagged ``out-of-order`` and keeps its stated time. On a page with
no date headings (or under a day's heading, oldest first) a drop of more than twelve hours between neighbours (23:40,
then 00:15) is the next day: the
publication day is the one most updates are on (the oldest update's on a tie: a blog for the 13th may open late on
the 12th, an evening's blog run on past midnight), unless the page gives the clock of its last update ("Live Updated
14 April 2024 4.20pm BST"), the day of its newest update (a newest-first page published on the 14th that runs back
past midnight to "11.05pm" began on the 13th). The items of a news feed ("Title — Source — 12 Mar 2024 14:05")
each carry their own date and are listed by relevance: they are in no order to check, nor is a post pinned above a
timeline ("Pinned"). The page's way is read from the timestamps' days as well as their clocks when each has a day of
its own (a timeline's posts "Jan 15, 19:40", "Jan 14, 21:05": the clock alone goes up and down from one day to the
next).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections import Counter

from chronik.dates import EXPLICIT
from chronik.model import Update
from chronik.segment.structure import Unit
from chronik.segment.units import FEED_ITEM

OUT_OF_ORDER = "out-of-order"
MIDNIGHT_JUMP = 12 * 60  # minutes


def _minutes(unit: Unit) -> int:
    assert unit.stamp is not None
    hours, minutes = unit.stamp.time.split(":")
    return int(hours) * 60 + int(minutes)


def _direction(values: list[int], tie: int | None = 1) -> int | None:
    """+1 oldest-first, -1 newest-first, None when there is nothing to compare (``tie`` when the pairs split
    evenly)."""
    up = sum(1 for a, b in itertools.pairwise(values) if b > a)
    down = sum(1 for a, b in itertools.pairwise(values) if b < a)
    if up == down == 0:
        return None
    if up == down:
        return tie
    return 1 if up >= down else -1


def _longest_run(keys: list[int]) -> set[int]:
    """Indexes of a longest non-decreasing subsequence; on ties the later elements are kept (patience sort)."""
    tails: list[int] = []
    tail_at: list[int] = []
    before = [-1] * len(keys)
    for i, value in enumerate(keys):
        pos = bisect.bisect_right(tails, value)
        before[i] = tail_at[pos - 1] if pos else -1
        if pos == len(tails):
            tails.append(value)
            tail_at.append(i)
        else:
            tails[pos] = value
            tail_at[pos] = i
    kept = set()
    i = tail_at[-1] if tail_at else -1
    while i != -1:
        kept.add(i)
        i = before[i]
    return kept


def _kept(keys: list[int], keep_first: bool) -> set[int]:
    """A longest non-decreasing run of ``keys``; on ties keep the first (or the last) elements."""
    if not keep_first:
        return _longest_run(keys)
    n = len(keys)
    return {n - 1 - i for i in _longest_run([-k for k in reversed(keys)])}


# how many days after the publication date a page's "Updated" clock may be and still date its newest update
CLOCK_DAYS = 2


def _anchor(offsets: list[int], minutes: list[int], newest: int, publication: dt.date | None,
            clock: dt.datetime | None) -> int:
    """Days to add to every offset so that the newest update falls on the day of the page's last-update clock (at
    or before it); when there is no such clock, or it is not within ``CLOCK_DAYS`` after the publication date, so
    that the publication day is the one most updates are on (see ``_covered_day``)."""
    if publication is None or clock is None or not 0 <= (clock.date() - publication).days <= CLOCK_DAYS:
        return _covered_day(offsets)
    day = (clock.date() - publication).days - (minutes[newest] > clock.hour * 60 + clock.minute)
    return day - offsets[newest]


def _covered_day(offsets: list[int]) -> int:
    """Days to add to every offset (0 or fewer: the oldest update's day is 0) so that the publication date is the day
    most of the page's updates are on: a live page is dated by the day it covers, which it may open the evening
    before (a blog for 13 October whose first posts, "21:00 GMT", "23:35 GMT", are stamped late on the 12th) or run
    on past (an evening's blog whose last post is "00:20" the next day). On a tie the oldest update is on the
    publication day."""
    counts = Counter(offsets)
    return -max(sorted(counts), key=lambda day: counts[day])


def _carried(group: list[Unit], minutes: list[int], way: int) -> list[int]:
    """Days from the date a stamp writes ("UPDATE 00:35 Oct 5 (Yerevan):"), or the day's heading above them, for the
    undated stamps under it, which carry it on: on a newest-first page a clock that jumps up by more than twelve hours
    below it is the day before, on an oldest-first page a clock that drops so is the day after; a stamp with a date
    of its own starts again."""
    offsets = [0] * len(group)
    offset = 0
    for i in range(1, len(group)):
        stamp = group[i].stamp
        if stamp is not None and stamp.date_text:
            offset = 0
        elif way == -1 and minutes[i] > minutes[i - 1] + MIDNIGHT_JUMP:
            offset -= 1
        elif way == 1 and minutes[i] < minutes[i - 1] - MIDNIGHT_JUMP:
            offset += 1
        offsets[i] = offset
    return offsets


def order_stamps(units: list[Unit], publication: dt.date | None = None, clock: dt.datetime | None = None) -> None:
    """Set ``day_offset`` past midnight and flag ``out-of-order`` on the timestamped updates of one page
    (``clock``: when the page says it was last updated, on a page published on ``publication``)."""
    groups: dict[dt.date | None, list[Unit]] = {}
    for unit in units:
        if unit.kind == "update" and unit.stamp is not None and unit.what != FEED_ITEM and not unit.pinned:
            groups.setdefault(unit.section.date if unit.section else None, []).append(unit)
    page = _direction([_minutes(u) for group in groups.values() for u in group]) or 1
    if None not in groups and len(groups) > 1:  # every stamp under a day: the days say the way as well
        place = {id(u): k for k, u in enumerate(units)}  # (units.index would make this quadratic)
        dated = sorted(((place[id(u)], day.toordinal() * 1440 + _minutes(u)) for day, group in groups.items()
                        if day is not None for u in group))
        page = _direction([value for _, value in dated]) or page
    for day, group in groups.items():
        minutes = [_minutes(u) for u in group]
        way = (_direction(minutes, tie=None) if len(group) > 2 else None) or page  # (a day split evenly: the page's)
        oriented = list(range(len(group)))[::way]
        offsets = [0] * len(group)
        if day is not None and all(u.section is not None and u.section.basis == "timestamp" for u in group):
            offsets = _carried(group, minutes, way)
        elif day is not None and way == 1:
            offsets = _carried(group, minutes, way)  # a day's heading over posts running on past its midnight
        elif day is None:
            offset = 0
            for prev, cur in itertools.pairwise(oriented):
                if minutes[cur] < minutes[prev] - MIDNIGHT_JUMP:
                    offset += 1
                offsets[cur] = offset
            if offset:
                shift = _anchor(offsets, minutes, oriented[-1], publication, clock)
                offsets = [o + shift for o in offsets]
        keys = [offsets[i] * 1440 + minutes[i] for i in oriented]
        kept = _kept(keys, keep_first=way == 1)  # the update listed later is the one out of place
        for position, i in enumerate(oriented):
            group[i].day_offset = offsets[i]
            if position not in kept:
                group[i].flags.append(OUT_OF_ORDER)


# how many rows a table needs before the way its days run can be read
TABLE_ROWS = 3


def flag_rows_out_of_order(units: list[Unit], updates: list[Update]) -> None:
    """Flag ``out-of-order`` the rows of a chronology table listed against the way its days run (a row for 30
    September added under the rows of 4 October on an oldest-first table): the table's way is the majority of its
    neighbouring rows' days, and the rows outside a longest run of days that way are the ones out of place, as for a
    live page's stamps. A table here is a run of units, one row each, dated by the day each row gives (``units`` and
    ``updates`` pair up in page order)."""
    table: list[tuple[int, Update]] = []
    for unit, update in zip(units, updates, strict=True):
        day = _row_day(unit, update)
        if day is not None:
            table.append((day, update))
            continue
        _flag_table(table)
        table = []
    _flag_table(table)


def _row_day(unit: Unit, update: Update) -> int | None:
    """The day (as an ordinal) of a unit that is one table row dated by its own day cell, else None."""
    if (len(unit.blocks) != 1 or not unit.blocks[0].row or unit.title is not None or update.date is None
            or update.date_end is not None or update.date_basis != EXPLICIT):
        return None
    return dt.date.fromisoformat(update.date).toordinal()


def _flag_table(table: list[tuple[int, Update]]) -> None:
    days = [day for day, _ in table]
    way = _direction(days, tie=None) if len(table) >= TABLE_ROWS else None
    if way is None:
        return
    kept = _kept([day * way for day in days], keep_first=way == 1)
    for i, (_, update) in enumerate(table):
        if i not in kept and OUT_OF_ORDER not in update.flags:
            update.flags.append(OUT_OF_ORDER)
