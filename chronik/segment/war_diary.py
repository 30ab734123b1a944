"""A unit's war diary transcribed line by line, as the army form sets it out in columns: "Place Date Hour Summary of
Events" ("LA BRECHE 6 Jun 0725 A and B Coys landed ...", then "0745 C Coy landed ..." under it), the place and the date
written only when they change, the hour in the 24-hour clock without a colon ("0725", "2330", "0600 hrs").

Each line of the diary is one update: the hour it leads with is its time, and the date its own date column gives, or
else the last one written above it (the date carries down the page until the next one). A line with no hour is an
untimed entry of that day ("Padre held burial service ..."), and a line wholly in square brackets is the
transcriber's note on the original, not the diary's.

The shape tells a diary apart, not its words: lines opening with an hour, some of them under a date column, and hours
written with a leading zero ("0530"), which a list of years ("1944 Allied troops land ...") never has.
"""

from __future__ import annotations

import datetime as dt
import re

from chronik.dates import Timex
from chronik.dates.rules import month
from chronik.dates.timex import day_timex
from chronik.segment.classify import PARA, Info
from chronik.segment.finder import DateFinder
from chronik.segment.records import RECORD_START

# what ``Info.what`` says of a transcriber's note in brackets between the diary's lines
TRANSCRIBER_NOTE = "transcriber's note"

# the date column: "6 Jun", "14 April", "6 Jun 44", "1.7.16"
_DATE = rf"(?:\d{{1,2}}\s+{month()}(?:\s+(?:19|20)?\d\d(?!\d))?|\d{{1,2}}\.\d{{1,2}}\.\d\d(?:\d\d)?)"
# a diary line: its place (in capitals) and date when they change, its hour, then the summary of events
_LINE = re.compile(
    rf"^(?:(?P<place>(?-i:[A-Z][A-Z'’./-]*(?:\s+[A-Z][A-Z'’./-]*){{0,3}}))\s+)?(?P<date>{_DATE})?\s*"
    r"(?:(?P<hour>(?:[01]\d|2[0-3])[0-5]\d)(?:\s*hrs\.?)?(?!\d))?\s+(?P<text>\S)", re.I)
_BRACKETED = re.compile(r"^\s*\[.*\]\s*$", re.S)
MIN_HOURS = 4  # lines opening with an hour that make a page a diary
MIN_ZERO_HOURS = 2  # of those, hours written with a leading zero ("0530")
MIN_DATES = 1  # lines whose date column is filled


def _parse(text: str) -> re.Match[str] | None:
    """The diary line's columns, or None for a line that opens with neither a date nor an hour."""
    m = _LINE.match(text.strip())
    if m is None or (m.group("date") is None and m.group("hour") is None):
        return None
    if m.group("place") and m.group("date") is None:
        return None  # "LA BRECHE" alone is no date column: the hour of a line opens it
    return m


def war_diary(infos: list[Info], finder: DateFinder) -> None:
    """Mark a transcribed war diary's lines (see the module docstring): each becomes a record that the structure
    reader opens as an update, dated by its date column or the one above and timed by its hour."""
    lines = {k: m for k, info in enumerate(infos) if info.kind == PARA and (m := _parse(info.block.text))}
    hours = [m.group("hour") for m in lines.values() if m.group("hour")]
    dates = [k for k, m in lines.items() if m.group("date")]
    if len(hours) < MIN_HOURS or sum(h.startswith("0") for h in hours) < MIN_ZERO_HOURS or len(dates) < MIN_DATES:
        return
    day: dt.date | None = None
    for k in range(dates[0], _diary_end(infos, max(lines))):
        info = infos[k]
        if info.kind != PARA:
            continue
        if _BRACKETED.match(info.block.text):
            infos[k] = Info(info.block, PARA, what=TRANSCRIBER_NOTE)
            continue
        m = lines.get(k)
        own = finder.resolve(m.group("date")) if m is not None and m.group("date") else None
        if own is not None and own.start is not None:
            day = own.start
        if day is not None:
            infos[k] = Info(info.block, PARA, timex=_timex(day, m, own is not None), what=RECORD_START)


def _diary_end(infos: list[Info], last: int) -> int:
    """Where the diary ends: after its last line with an hour, and the paragraphs right under it (the day's closing
    lines with no hour: "Morale very good."), up to the first line of another kind (the signature, the site's)."""
    end = last + 1
    while end < len(infos) and infos[end].kind == PARA and not _BRACKETED.match(infos[end].block.text):
        end += 1
    return end


def _timex(day: dt.date, m: re.Match[str] | None, own: bool) -> Timex:
    """The day and hour of one diary line."""
    hour = m.group("hour") if m is not None else None
    time = f"{hour[:2]}:{hour[2:]}" if hour else None
    why = "its date column" if own else "the diary's date column above it"
    return day_timex(day, "timestamp" if own else "heading", f"{why}: {day.isoformat()}", time=time)
