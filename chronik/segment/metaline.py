"""A news list item's meta line: the short line under its headline that gives the item's day among a few other
facts set apart by separators, in any order: its place, its author, its section, its reading time ("June 12 - 2024 |
EL FASHER", "KHARTOUM, 12 June 2024", "By Jane Doe | June 12, 2024", "News · 3 min read · 12.06.2024").
"""

from __future__ import annotations

import re

from chronik.dates import Mention, Timex
from chronik.segment.finder import DateFinder

# what sets a meta line's facts apart: a bar, a middle dot, a bullet, a comma, a slash, a dash, two spaces
_SEPARATORS = re.compile(r"\s*(?:[|·•,/—–]|\s-\s|\s{2,})\s*")
_BEFORE = re.compile(r"(?:^|[|·•,/—–-]|\s{2})\s*$")
_AFTER = re.compile(r"^\s*(?:$|[|·•,/—–-]|\s{2})")
META_WORDS = 14  # a meta line's words at most, its date's included
FACT_WORDS = 5  # the words of one of its other facts at most ("Sudan Liberation Movement", "3 min read")
OTHER_WORDS = 8  # the words of all its other facts together at most


def meta_day(text: str, finder: DateFinder) -> Timex | None:
    """The one day a meta line names, set apart from its other facts, each a few words at most; None for any other
    line (a headline naming a day within its words: "Seven killed in El Fasher on June 12")."""
    line = text.strip()
    if not line or len(line.split()) > META_WORDS or line.endswith((".", "?", "!", ":")):
        return None
    mentions = finder.find(line)
    days = [m for m in mentions if m.timex.start is not None and m.timex.start == m.timex.end]
    if len(days) != 1:
        return None
    day = days[0]
    if not all(m is day or _covers(m, day.timex) for m in mentions) or not _set_apart(line, day):
        return None
    rest = _without(line, mentions)
    facts = [f for f in _SEPARATORS.split(rest) if f.strip(" -")]
    if any(len(f.split()) > FACT_WORDS for f in facts) or sum(len(f.split()) for f in facts) > OTHER_WORDS:
        return None
    return day.timex


def _covers(mention: Mention, day: Timex) -> bool:
    """Whether ``mention`` is a span holding ``day`` (the year the line repeats: "June 12 - 2024")."""
    start, end = mention.timex.start, mention.timex.end
    return start is not None and end is not None and day.start is not None and start <= day.start <= end


def _set_apart(line: str, day: Mention) -> bool:
    return bool(_BEFORE.search(line[:day.start])) and bool(_AFTER.match(line[day.end:]))


def _without(line: str, mentions: list[Mention]) -> str:
    """The line with its dates cut out, a separator where each was."""
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        line = f"{line[:m.start]} | {line[m.end:]}"
    return line
