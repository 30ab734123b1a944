"""The period a page's title names: a few days ("Weekly overview: 2–8 March 2024", "what happened from 1 to 7 May
2024"), a month ("Timeline of the Gaza war, October 2023"), a span of full dates ("(1 January 2024 – 31 March
2024)") or a year ("2024 in Sudan").

A title's period gives its year to the dates written without one under it, each read as the day inside the period
("21 March" on a page of the first quarter of 2024 is 21 March 2024, whatever tense it is told in). A period of a
week or two also dates what under it names no day of its own: the report covers that week.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from chronik.dates import EXPLICIT, RELATIVE, Mention
from chronik.segment.blocks import Block
from chronik.segment.finder import DateFinder
from chronik.segment.headings import calendar_heading, headline_shaped, page_note
from chronik.segment.prose import SENTENCE_BOUNDARY

# how many blocks at the top of a page may hold its title, and how many words a title has at most
TOP_BLOCKS = 12
TITLE_WORDS = 16
NOTE_BLOCKS = 30  # how far down the page a note on the period it covers may stand
# what a page's note says of the period it covers ("It covers the period from ...", "covering 1 to 7 May")
_COVERS = re.compile(r"\b(?:covers|covered|covering|period)\b", re.I)
# a period of at most this many days dates the items under it that name no day of their own (a weekly overview)
ITEM_PERIOD_DAYS = 16
# a title of at most this many words that names only a year ("2024 in Sudan") names that year
YEAR_TITLE_WORDS = 6
_JOIN = re.compile(r"^\s*(?:[–—-]|to|until|till)\s*$", re.I)
_YEAR = re.compile(r"(?<![\d/.:-])((?:19|20)\d{2})(?![\d/.:-])")


@dataclasses.dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    why: str
    block: int  # the index of the title's block

    @property
    def dates_items(self) -> bool:
        return (self.end - self.start).days < ITEM_PERIOD_DAYS

    def holds(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


def named_period(text: str, finder: DateFinder) -> tuple[dt.date, dt.date] | None:
    """The span of more than one day a short line names with its year, or None."""
    return _span(text, finder.find(text))


def named_span(text: str, finder: DateFinder, relative: bool = True) -> tuple[dt.date, dt.date] | None:
    """The span of more than one day a short line names, its year given or taken from the finder's anchor ("Week 3:
    11–17 October"), or None; without ``relative``, only one it names by its dates, not from the anchor ("Incidents
    this week")."""
    spans = [days for m in finder.find(text)
             if (relative or m.timex.kind != RELATIVE) and (days := _days(m)) is not None]
    if len(spans) == 1 and spans[0][1] > spans[0][0]:
        return spans[0]
    return None


def _span(text: str, found: list[Mention]) -> tuple[dt.date, dt.date] | None:
    """:func:`named_period` of ``text`` from the dates ``found`` in it."""
    spans = [(m, days) for m in found if m.timex.kind == EXPLICIT and (days := _days(m)) is not None]
    if len(spans) == 1:
        start, end = spans[0][1]
        return (start, end) if end > start else None
    if len(spans) == 2 and _joined(text, spans[0][0], spans[1][0]):
        (start, first_end), (second_start, end) = spans[0][1], spans[1][1]
        return (start, end) if first_end < second_start else None
    return None


def _days(mention: Mention) -> tuple[dt.date, dt.date] | None:
    """The first and last day ``mention`` names, or None when it names no calendar span (``PAST_REF``)."""
    start, end = mention.timex.start, mention.timex.end
    return (start, end) if start is not None and end is not None else None


def _joined(text: str, first: Mention, second: Mention) -> bool:
    return bool(_JOIN.match(text[first.end:second.start]))


def title_period(blocks: list[Block], finder: DateFinder) -> Period | None:
    """The period the page's title (a short line among its first blocks) names, or None."""
    for block in blocks[:TOP_BLOCKS]:
        if block.words > TITLE_WORDS or block.bullet or not headline_shaped(block) or calendar_heading(block, finder):
            continue  # (a line of nothing but a date, "March 2024", is a heading, not a title)
        found = finder.find(block.text)
        span = _span(block.text, found)
        if span is None and block.words <= YEAR_TITLE_WORDS and not found:
            years = _YEAR.findall(block.text)
            digits = sum(c.isdigit() for c in block.text)
            if len(years) == 1 and digits == 4:
                span = dt.date(int(years[0]), 1, 1), dt.date(int(years[0]), 12, 31)
        if span is not None:
            return Period(span[0], span[1], f"the page title '{block.text.strip()}'", block.index)
    return None


def noted_period(blocks: list[Block], finder: DateFinder) -> Period | None:
    """The period a note on the page itself says the page covers, among its first blocks ("This report is based on
    information received from ... It covers the period from 29 December 2006 to 5 January 2007."), or None."""
    for block in blocks[:NOTE_BLOCKS]:
        if not page_note(block):
            continue
        for sentence in SENTENCE_BOUNDARY.split(block.text):
            span = _span(sentence, finder.find(sentence)) if _COVERS.search(sentence) else None
            if span is not None:
                return Period(span[0], span[1], f"the page's note '{sentence.strip()}'", block.index)
    return None


def in_period(find: Callable[[DateFinder], Mention | None], finder: DateFinder,
              anchors: list[dt.date | None]) -> Mention | None:
    """``find(finder)`` read against each anchor in turn (a period's first and last day): the first reading that
    falls between the anchors, else the first reading."""
    found = [find(finder.with_anchor(a)) for a in anchors]
    if len(anchors) > 1 and anchors[0] is not None and anchors[-1] is not None:
        for m in found:
            if m is not None and m.timex.start is not None and anchors[0] <= m.timex.start <= anchors[-1]:
                return m
    return found[0]
