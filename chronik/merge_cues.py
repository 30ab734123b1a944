"""What a report says about its event beyond its words, for :mod:`chronik.merge`: the names it writes
(with their acronyms), the places it puts the act in, the part of day, a denial, the earlier days its
text dates the act to, and the moment of its stamp in UTC. Word lists: ``chronik/data/merge.yaml``.

Reports of other wars name places the gazetteer does not know, so names are also read from the text
(capitalised runs); "Rapid Support Forces" also gives "RSF", the form another outlet writes.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from chronik.dates import find_dates

_PARTICLE = r"(?:al|el|ad|ash|as|an|ar|at|az)-"
_NAME = re.compile(rf"[A-Z][\w'\u2019-]*(?:\s+(?:{_PARTICLE})?[A-Z][\w'\u2019-]*)*")
_OPENS_WITH_PARTICLE = re.compile(rf"\b{_PARTICLE}$")
# a date the text gives may date the act, unless it dates the saying ("said on Monday")
_SAYING = re.compile(r"\b(?:said|says|told|announced|reported|added|stated|statement|wrote|posted)\s+(?:on\s+|late\s+|"
                     r"early\s+)?$", re.I)
_LEAD_END = re.compile(r"(?:\s+[a-z]+)?:\s")
# the words without one of which a text gives no day (find_dates, the costly part, is not run)
DATE_WORDS = frozenset(w.lower() for w in [*calendar.day_name, *calendar.month_name[1:], *calendar.month_abbr[1:],
                                          "sept", "yesterday", "night"])


@dataclass(frozen=True)
class CueWords:
    """The word lists of merge.yaml this module reads."""

    place_before: tuple[str, ...]
    early: frozenset[str]
    late: frozenset[str]
    morning_until: int  # minutes after midnight
    denial: frozenset[str]
    lookback: int
    people_endings: tuple[str, ...] = ()

    @functools.cached_property
    def place(self) -> frozenset[tuple[str, ...]]:
        """``place_before`` as tuples of words."""
        return frozenset(tuple(p.lower().split()) for p in self.place_before)

    def says_place(self, before: str) -> bool:
        """Whether ``before`` (the text just before a name) ends with words saying the name is a place."""
        tail = before.lower().split()[-4:]
        return any(tuple(tail[i:]) in self.place for i in range(len(tail)))


def names_and_places(text: str, stopwords: frozenset[str], words: CueWords) -> tuple[set[str], set[str]]:
    """The capitalised names of ``text`` with the acronyms of those of three words or more, and the
    lower-case words of the names the act is put in ("in Deir al-Balah": deir, al-balah; a post opening
    "Bilozerka: ..."). A stopword opening a name is not part of it ("The"); a word of a people ("in
    Russian shelling") is no place."""
    found: set[str] = set()
    where: set[str] = set()
    lead = len(text) - len(text.lstrip())
    for m in _NAME.finditer(text):
        start = m.start()
        if start and (particle := _OPENS_WITH_PARTICLE.search(text, max(0, start - 4), start)):
            start = particle.start()
        parts = text[start:m.end()].split()
        while parts and parts[0].lower() in stopwords:
            parts.pop(0)
        if not parts:
            continue
        found.add(" ".join(parts))
        if len(parts) > 2:
            found.add("".join(w[0] for w in parts if w[0].isupper()))
        if words.says_place(text[max(0, start - 40):start]) or (start == lead and _LEAD_END.match(text, m.end())):
            where.update(w.lower() for w in parts if not w.lower().endswith(words.people_endings))
    return found, where


def part_of_day(tokens: Sequence[str], minute: int | None, words: CueWords) -> str | None:
    """"early" or "late" when the text (its lower-case ``tokens``) puts the act in one of them only; a
    report stamped in the morning with no word of it tells of the early part of its day."""
    early, late = not words.early.isdisjoint(tokens), not words.late.isdisjoint(tokens)
    if early != late:
        return "early" if early else "late"
    if not early and minute is not None and minute < words.morning_until:
        return "early"
    return None


def act_days(text: str, tokens: Sequence[str], day: int, words: CueWords) -> frozenset[int]:
    """The earlier days (ordinals) within ``lookback`` that the text dates the act to, not the day of a saying
    (``tokens``: the lower-case words of the text)."""
    if DATE_WORDS.isdisjoint(tokens):
        return frozenset()
    anchor = dt.date.fromordinal(day)
    out = set()
    for m in find_dates(text, anchor):
        t = m.timex
        if t.start is None or t.start != t.end or _SAYING.search(text[max(0, m.start - 30):m.start]):
            continue
        d = t.start.toordinal()
        if day - words.lookback <= d < day:
            out.add(d)
    return frozenset(out)


@functools.lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return None


def instant(day: int | None, minute: int | None, zone: object) -> int | None:
    """The report's stamp in minutes since 0001-01-01 UTC, when its day, time and zone are known."""
    if day is None or minute is None or not isinstance(zone, str) or not zone or (tz := _zone(zone)) is None:
        return None
    local = dt.datetime.fromordinal(day).replace(tzinfo=tz)
    offset = local.utcoffset() or dt.timedelta()
    return day * 1440 + minute - int(offset.total_seconds() // 60)
