"""The order a table's cells are read in: a dated row opens with its day, then its clock, as a dated item does
("2022-10-04 | 08:20 | Kyiv | ..."), whatever order the sheet or the page set its columns in. Shared by the tables
a page writes with pipes or tabs (chronik.segment.markup) and the exports a sheet writes with commas
(chronik.segment.delimited), each with its own patterns for the names of a day's and a clock's column."""

from __future__ import annotations

import re


def day_clock_first(names: list[str], day: re.Pattern[str], clock: re.Pattern[str]) -> list[int] | None:
    """The indices of ``names`` in reading order: the first column ``day`` matches, the first other one ``clock``
    matches, then the rest as they stand; None when no column names the day."""
    first_day = next((i for i, n in enumerate(names) if day.match(n)), None)
    if first_day is None:
        return None
    first_clock = next((i for i, n in enumerate(names) if i != first_day and clock.match(n)), None)
    first = [first_day] if first_clock is None else [first_day, first_clock]
    return first + [i for i in range(len(names)) if i not in first]
