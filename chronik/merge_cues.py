"""What a report says about its event beyond its words, for :mod:`chronik.merge`: the names it writes
(with their acronyms), the places it puts the act in and the regions that hold them, the kinds of act,
target and weapon it tells of, the part of day, a denial, the earlier days its text dates the act to,
and the moment of its stamp in UTC. Word lists: ``chronik/data/merge.yaml``.

Reports of other wars name places the gazetteer does not know, so names are also read from the text
(capitalised runs); "Rapid Support Forces" also gives "RSF", the form another outlet writes, and
"Maarat al-Nu'man" is "Maarat al-Numan" (apostrophes are dropped, as transliterations differ on them).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple
from zoneinfo import ZoneInfo

from chronik.dates import find_dates

_PARTICLE = r"(?:al|el|ad|ash|as|an|ar|at|az)-"
_NAME = re.compile(rf"[A-Z][\w'\u2019-]*(?:\s+(?:{_PARTICLE})?[A-Z][\w'\u2019-]*)*")
_OPENS_WITH_PARTICLE = re.compile(rf"\b{_PARTICLE}$")
# a date the text gives may date the act, unless it dates the saying ("said on Monday")
_SAYING = re.compile(r"\b(?:said|says|told|announced|reported|added|stated|statement|wrote|posted)\s+(?:on\s+|late\s+|"
                     r"early\s+)?$", re.I)
_LEAD_END = re.compile(r"(?:\s+[a-z]+)?:\s")
# apostrophes: a possessive is dropped, one inside a word joins it ("Nu'man" → "Numan")
APOSTROPHES = re.compile(r"['\u2019\u02bc]s\b|['\u2019\u02bc]")
# what may stand between a place and a name right after it that holds it ("Minova in eastern Congo",
# "Sabreen market in Omdurman", "Omdurman, Khartoum State", "the Daraj neighbourhood of Gaza City")
_HELD_BY = re.compile(r"\s*(?:[a-z]+\s+)?(?:in|of|,)\s+(?:[a-z]+\s+)?$")
_AND = re.compile(r",?\s+(?:and|or)\s+$")  # "near Anjagovo and Annetine": the second is a place as well
_AFTER = re.compile(r"[\W_]*(\w+)(?:[\W_]+(\w+))?")  # the two words after a name
_NON_WORD = re.compile(r"[\W_]+")
# the words without one of which a text gives no day (find_dates, the costly part, is not run)
DATE_WORDS = frozenset(w.lower() for w in [*calendar.day_name, *calendar.month_name[1:], *calendar.month_abbr[1:],
                                          "sept", "yesterday", "night"])


class Written(NamedTuple):
    """What a name as written tells by itself (see :meth:`CueWords.written`)."""

    name: str  # without an opening stopword or apostrophes
    acronym: str | None  # of a name of three words or more
    site: bool  # its last word names a site ("Sabreen Market")
    place: str  # the name without words of a people ("Russian Kursk" → "Kursk")


@dataclass(frozen=True)
class CueWords:
    """The word lists of merge.yaml this module reads."""

    place_before: tuple[str, ...]
    early: frozenset[str]
    late: frozenset[str]
    morning_until: int  # minutes after midnight
    denial: frozenset[str]
    lookback: int
    people_endings: tuple[str, ...]
    settlement_nouns: frozenset[str]
    site_nouns: frozenset[str]
    region_nouns: frozenset[str]
    landmark_before: tuple[str, ...]

    @functools.cached_property
    def nouns(self) -> frozenset[str]:
        return self.settlement_nouns | self.site_nouns

    @functools.cached_property
    def place(self) -> frozenset[tuple[str, ...]]:
        """``place_before`` as tuples of words."""
        return frozenset(tuple(p.lower().split()) for p in self.place_before)

    @functools.cached_property
    def landmark(self) -> frozenset[tuple[str, ...]]:
        """``landmark_before`` as tuples of words."""
        return frozenset(tuple(p.lower().split()) for p in self.landmark_before)

    def says(self, before: str) -> str | None:
        """"place" when ``before`` (the text just before a name) ends with words saying the name is a place
        ("in", "in the", "village of"), "landmark" when with words saying it is one ("west of")."""
        # most names follow no such word: the last word (before a "the") tells, at little cost
        last = before.rsplit(None, 2)
        word = last[-1].lower() if last else ""
        if word == "the":
            word = last[-2].lower() if len(last) > 1 else ""
        if word not in self.last_words:
            return None
        tail = before.lower().split()[-4:]
        if tail and tail[-1] == "the":
            tail.pop()
        if not tail or tail[-1] not in self.last_words:
            return None
        ends = [tuple(tail[i:]) for i in range(len(tail))]
        return "landmark" if any(e in self.landmark for e in ends) else \
            "place" if any(e in self.place for e in ends) else None

    @functools.cached_property
    def last_words(self) -> frozenset[str]:
        """The last words of ``place_before`` and ``landmark_before``."""
        return frozenset(p[-1] for p in self.place | self.landmark)

    def written(self, span: str, stopwords: frozenset[str]) -> Written | None:
        """What the name written as ``span`` is (None when it is only stopwords), judged once a span:
        names recur from report to report."""
        key = (span, stopwords)
        if key not in self._written:
            parts = span.split()
            while parts and parts[0].lower() in stopwords:
                parts.pop(0)
            name = no_apostrophes(" ".join(parts))
            self._written[key] = Written(
                name, "".join(w[0] for w in parts if w[0].isupper()) if len(parts) > 2 else None,
                parts[-1].lower() in self.site_nouns,
                " ".join(w for w in name.split() if not w.lower().endswith(self.people_endings))) if parts else None
        return self._written[key]

    @functools.cached_property
    def _written(self) -> dict[tuple[str, frozenset[str]], Written | None]:
        return {}


class Lexicon:
    """Words and phrases → their kind, in several tables (merge.yaml ``acts_by_kind``, ``targets``,
    ``weapons``), found in the lower-case words of a text, the longest phrase of each table first."""

    def __init__(self, *tables: dict[str, list[str]]):
        self.size = len(tables)
        self.phrases: dict[str, list[tuple[tuple[str, ...], int, str]]] = {}
        for n, table in enumerate(tables):
            for kind, phrases in table.items():
                for phrase in phrases:
                    words = tuple(words_of(str(phrase)))
                    if words:
                        self.phrases.setdefault(words[0], []).append((words, n, str(kind)))
        for found in self.phrases.values():
            found.sort(key=lambda p: -len(p[0]))
        self.first = frozenset(self.phrases)

    def kinds(self, tokens: Sequence[str]) -> list[set[str]]:
        """The kinds of each table in ``tokens``."""
        out: list[set[str]] = [set() for _ in range(self.size)]
        if self.first.isdisjoint(tokens):
            return out
        free = [0] * self.size  # where each table may match again
        phrases, first = self.phrases, self.first
        for i, t in enumerate(tokens):
            if t not in first:
                continue
            for words, n, kind in phrases[t]:
                if i >= free[n] and (len(words) == 1 or tuple(tokens[i:i + len(words)]) == words):
                    out[n].add(kind)
                    free[n] = i + len(words)
        return out


def no_apostrophes(text: str) -> str:
    """``text`` without its apostrophes (see ``APOSTROPHES``); most texts have none, and are not searched."""
    return APOSTROPHES.sub("", text) if "'" in text or "\u2019" in text or "\u02bc" in text else text


def words_of(text: str) -> list[str]:
    """The lower-case words of ``text`` as merging compares them (no apostrophes, hyphens split)."""
    return [w for w in _NON_WORD.split(no_apostrophes(text.lower())) if w]


def names_and_places(text: str, stopwords: frozenset[str], words: CueWords) -> tuple[set[str], list[tuple[str, str]]]:
    """The capitalised names of ``text`` (without apostrophes) with the acronyms of those of three words or
    more, and the names of the places the act is put in, each with its level: "place" ("in Deir al-Balah",
    "Wad Ashib village", a post opening "Bilozerka: ..."), "site" ("Sabreen market"), "region", one that
    holds the place ("Kherson region", "in Al Jazirah" after "Wad Ashib"), or "landmark" ("west of Khan
    Younis"). A stopword opening a name is not
    part of it ("The"); a word of a people ("in Russian shelling") is no place."""
    found: set[str] = set()
    where: list[tuple[str, str]] = []
    lead = len(text) - len(text.lstrip())
    last_place = -1  # where the last place found ends
    for m in _NAME.finditer(text):
        start = m.start()
        # a particle ("al-") ends right before the name, or before a newline there ("$" matches before one)
        if start and text[start - 1] in "-\n" \
                and (particle := _OPENS_WITH_PARTICLE.search(text, max(0, start - 4), start)):
            start = particle.start()
        written = words.written(text[start:m.end()], stopwords)
        if written is None:
            continue
        name = written.name
        found.add(name)
        if written.acronym is not None:
            found.add(written.acronym)
        says = words.says(text[max(0, start - 40):start])
        if says == "landmark":
            where.append((name, "landmark"))
            continue
        after = _AFTER.match(text, m.end())
        nxt = (after[1].lower(), (after[2] or "").lower()) if after else ("", "")
        region = nxt[0] in words.region_nouns
        # "Wad Ashib village", "Sabreen market", "Minova, a town": the noun after the name
        nouns = words.nouns
        noun = 1 if nxt[0] in nouns else 2 if nxt[0] in ("a", "an") and nxt[1] in nouns else 0
        site = written.site or (noun > 0 and nxt[noun - 1] in words.site_nouns)
        held = also = False
        if last_place >= 0:
            held = bool(_HELD_BY.fullmatch(text, last_place, start))
            also = bool(_AND.fullmatch(text, last_place, start))
            if also and where:
                held = where[-1][1] == "region"
        if not (region or noun or site or held or also or says
                or (start == lead and _LEAD_END.match(text, m.end()))):
            continue
        place = written.place
        if place:
            where.append((place, "region" if region or held else "site" if site else "place"))
            last_place = after.end(noun) if noun and after else m.end()
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


def local_day(moment: int, zone: object) -> int | None:
    """The day (ordinal) in ``zone`` of ``moment`` (minutes since 0001-01-01 UTC), when the zone is known."""
    if not isinstance(zone, str) or not zone or (tz := _zone(zone)) is None:
        return None
    utc = dt.datetime.fromordinal(moment // 1440).replace(tzinfo=dt.UTC) + dt.timedelta(minutes=moment % 1440)
    return utc.astimezone(tz).date().toordinal()


def instant(day: int | None, minute: int | None, zone: object) -> int | None:
    """The report's stamp in minutes since 0001-01-01 UTC, when its day, time and zone are known."""
    if day is None or minute is None or not isinstance(zone, str) or not zone or (tz := _zone(zone)) is None:
        return None
    local = dt.datetime.fromordinal(day).replace(tzinfo=tz)
    offset = local.utcoffset() or dt.timedelta()
    return day * 1440 + minute - int(offset.total_seconds() // 60)
