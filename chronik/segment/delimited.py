"""Spreadsheet exports saved as text: an event log kept in a sheet (Google Sheets, Excel, an ACLED-style download)
and saved as ``.csv``/``.txt``, its cells split by commas or semicolons, a cell holding the delimiter quoted
(``"Kherson, Kherson oblast"``) and a quote in a cell doubled (``"so-called ""referendums"" held"``).

Such an export is read as a table only in its own shape, so that prose with commas is never taken for one: a
header row of short column names, one of them naming the day (``date``, ``event_date``), then two rows or more
that split (by Python's ``csv`` module) into as many fields. Each such row is one update: its cells read in the
order the day, the clock (``time``, ``time_local``; none when the cell is empty), then the others as they stand,
as a pipe table's rows do (chronik.segment.markup). When the header names the column of who reports the row
(``source``, ``reported_by``, ``claimed_by``, ``actor1``), that cell is the row's claimant.

What the sheet holds besides its rows is not an update: the header row and rows of empty cells (``,,,,``), a note
row (a text in the first cell alone: ``"Note: all times UTC",,,``) and the line of the workbook's sheet tabs
pasted after it (``Sheet1 | Sept | Oct``).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

from chronik.segment.table_columns import day_clock_first

DELIMITERS = (",", ";")
MIN_ROWS = 2  # data rows under the header, at least
MIN_COLUMNS = 3  # a day, a text and one more, at least
NAME_WORDS = 3  # words of a column name, at most ("time_local", "event date", "reported by")
TAB_LINES = 3  # lines after an export's last row the line of its sheet tabs may stand on
TAB_WORDS = 3  # words of a sheet tab's name, at most

# a column name as sheets write them: "date", "time_local", "Event date", "actor1", "Time (UTC)"
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9 _./()-]*$")
# after "_" → " ": "date", "event date", "Date/time"; "time local", "Time (UTC)"
_DAY = re.compile(r"^(?:\w+ )?(?:date|day)\b|^when$", re.I)
_CLOCK = re.compile(r"^(?:\w+ )?(?:time|hour|clock)\b", re.I)
_CLAIMANT = re.compile(r"^(?:sources?|reported by|claimed by|claimant|claim(?:ed)? source|attributed to|"
                       r"actor ?1|actor|reporter|source name)$", re.I)
_TAB = re.compile(r"^\s*[A-Za-z][\w .-]*(?:\s\|\s[A-Za-z0-9][\w .-]*)+\s*$")


@dataclass(frozen=True)
class Row:
    """One line of an export: ``cells`` of a data row in the order day, clock, the rest (empty for the sheet's
    furniture), ``columns`` the header's names in that order, ``claimant`` the cell of its source column, ``only``
    what a line that is no update is."""

    cells: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    claimant: str | None = None
    only: str | None = None


def _fields(line: str, delimiter: str) -> list[str]:
    return [c.strip() for c in next(csv.reader([line], delimiter=delimiter, skipinitialspace=True), [])]


def _column(name: str) -> str:
    return " ".join(name.replace("_", " ").replace("-", " ").split())


def _header(line: str) -> tuple[str, list[str]] | None:
    """The delimiter and the column names of a header row, or None for a line that is not one."""
    for delimiter in DELIMITERS:
        if delimiter not in line:
            continue
        names = [_column(n) for n in _fields(line, delimiter)]
        if len(names) >= MIN_COLUMNS and all(_NAME.match(n) and len(n.split()) <= NAME_WORDS for n in names) \
                and any(_DAY.match(n) for n in names):
            return delimiter, names
    return None


def read_exports(lines: list[str]) -> dict[int, Row]:
    """Line index → what it is in a spreadsheet export, for the lines of the exports on a page (see the module
    docstring); other lines are not in it."""
    found: dict[int, Row] = {}
    k = 0
    while k < len(lines):
        header = _header(lines[k]) if "," in lines[k] or ";" in lines[k] else None
        if header is None:
            k += 1
            continue
        delimiter, names = header
        end = k + 1
        while end < len(lines) and lines[end].strip() and len(_fields(lines[end], delimiter)) == len(names):
            end += 1
        rows = [_fields(lines[j], delimiter) for j in range(k + 1, end)]
        if sum(1 for r in rows if _data(r)) < MIN_ROWS:
            k += 1
            continue
        order = day_clock_first(names, _DAY, _CLOCK) or list(range(len(names)))  # (a header names its day)
        source = next((i for i, n in enumerate(names) if _CLAIMANT.match(n)), None)
        found[k] = Row(only="table header")
        for j, row in zip(range(k + 1, end), rows, strict=True):
            if _data(row):
                found[j] = Row(tuple(row[i] for i in order), tuple(names[i] for i in order),
                               row[source] or None if source is not None else None)
            else:
                found[j] = Row(only="empty row" if not any(row) else "sheet note")
        for j in range(end, min(end + TAB_LINES, len(lines))):
            if _tabs(lines[j]):
                found[j] = Row(only="sheet tabs")
                break
        k = end
    return found


def _data(row: list[str]) -> bool:
    """A row of data: cells past its first filled in (a note fills the first alone)."""
    return any(row[1:])


def _tabs(line: str) -> bool:
    """The names of a workbook's sheets, pasted as one line ("Sheet1 | Sept | Oct | Sources")."""
    return bool(_TAB.match(line)) and all(len(t.split()) <= TAB_WORDS for t in line.split("|"))
