"""Slashed dates ("12/03/2022"): day first or month first?

Outlets write both, and "12/03/2022" reads either way. A page writes all its slashed dates one way, so an
unambiguous one ("25/03/2022" can only be day first, "03/25/2022" only month first) tells how to read the others
on the same page: ``page_order`` counts them. When a page says nothing either way, the reading nearer the anchor
(the page's day) wins, as it does for the dates in headings and stamps. A page with no day to be near to is read
the way the source's region writes dates (``zone_order``): month first in the United States, Canada and the
Philippines, day first elsewhere.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from chronik.dates import anchor as cal
from chronik.dates.lexicon import lexicon

DAY_FIRST = "day-first"
MONTH_FIRST = "month-first"

_SLASHED = re.compile(r"(?<![\d/.])([0-3]?\d)/([0-3]?\d)/(?:\d{4}|\d{2})(?![/\d])"
                      r"|(?<![\d/.-])([0-3]?\d)-([0-3]?\d)-(?:1[0-9]|20|21)\d\d(?![\d-])")


def page_order(texts: Iterable[str]) -> str | None:
    """``DAY_FIRST`` or ``MONTH_FIRST`` when the unambiguous slashed dates of a page's ``texts`` are mostly written
    that way; None when it writes none (or as many each way)."""
    counts = {DAY_FIRST: 0, MONTH_FIRST: 0}
    for text in texts:
        if "/" not in text and "-" not in text:
            continue
        for m in _SLASHED.finditer(text):
            first, second = int(m.group(1) or m.group(3)), int(m.group(2) or m.group(4))
            if 12 < first <= 31 and 1 <= second <= 12:
                counts[DAY_FIRST] += 1
            elif 12 < second <= 31 and 1 <= first <= 12:
                counts[MONTH_FIRST] += 1
    if counts[DAY_FIRST] == counts[MONTH_FIRST]:
        return None
    return max(counts, key=counts.__getitem__)


def zone_order(zone: str | None) -> str | None:
    """How pages of a source in ``zone`` (an IANA name) write slashed dates when they show nothing either way:
    ``MONTH_FIRST`` for the zones of ``month_first_zones`` in ``chronik/data/dates.yaml`` (America/, US/, Canada/,
    Asia/Manila...) except its ``day_first_zones`` (Latin America), else ``DAY_FIRST``; None without a zone."""
    if not zone:
        return None
    lex = lexicon()
    if _listed(zone, lex.day_first_zones):
        return DAY_FIRST
    return MONTH_FIRST if _listed(zone, lex.month_first_zones) else DAY_FIRST


def _listed(zone: str, names: tuple[str, ...]) -> bool:
    """``zone`` is one of ``names``, or under one ending in "/"."""
    return any(zone == name or (name.endswith("/") and zone.startswith(name)) for name in names)


def read_slashed(first: int, second: int, year: int, order: str | None, anchor: dt.date) -> tuple[dt.date | None, str]:
    """The day ``first/second/year`` names, and how it was read: the only valid reading; else the page's ``order``;
    else the reading nearer ``anchor``."""
    month_first, day_first = cal.safe_date(year, first, second), cal.safe_date(year, second, first)
    if day_first is None or month_first is None or day_first == month_first:
        return (month_first, "month/day/year") if month_first else (day_first, "day/month/year")
    if order == DAY_FIRST:
        return day_first, "day/month/year, as the page writes its slashed dates"
    if order == MONTH_FIRST:
        return month_first, "month/day/year, as the page writes its slashed dates"
    if abs((day_first - anchor).days) < abs((month_first - anchor).days):
        return day_first, f"day/month/year, the reading nearer the anchor {anchor.isoformat()}"
    return month_first, f"month/day/year, the reading nearer the anchor {anchor.isoformat()}"
