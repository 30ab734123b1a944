"""The date resolver as the parser uses it: against the page's anchor day, never against today.

A page without a publication date has no anchor. Its dates still count when the text gives the year
("March 22, 2022") or a day-of-war counter (the epochs are absolute); "Saturday" or "November 2" then
stay unresolved rather than borrowing the year from the day the parser happens to run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from chronik.config import Epoch
from chronik.dates import DAY_COUNTER, Mention, Timex, find_dates, resolve

_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|'\d\d\b")
_PLACEHOLDER = dt.date(2000, 1, 1)


@dataclass(frozen=True)
class DateFinder:
    """``find`` and ``resolve`` with one anchor (None when the page's date is unknown) and the epochs."""

    anchor: dt.date | None
    epochs: tuple[Epoch, ...] = ()

    def with_anchor(self, anchor: dt.date | None) -> DateFinder:
        return self if anchor == self.anchor else DateFinder(anchor, self.epochs)

    def _usable(self, timex: Timex, text: str) -> bool:
        return self.anchor is not None or timex.kind == DAY_COUNTER or bool(_YEAR.search(text))

    def find(self, text: str) -> list[Mention]:
        """Every date in running ``text`` that can be resolved without guessing the year."""
        mentions = find_dates(text, self.anchor or _PLACEHOLDER, self.epochs)
        return [m for m in mentions if self._usable(m.timex, m.text)]

    def resolve(self, expr: str) -> Timex | None:
        """One isolated expression (a heading, the date in a timestamp), or None."""
        timex = resolve(expr, self.anchor or _PLACEHOLDER, self.epochs)
        return timex if timex is not None and self._usable(timex, expr) else None


def make_finder(anchor: dt.date | None, epochs: Sequence[Epoch]) -> DateFinder:
    return DateFinder(anchor, tuple(epochs))
