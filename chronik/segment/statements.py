"""Statements an outlet republishes one after another, each under a heading that names who issued it and on what day
("Statement issued by the Islamic Resistance on Tuesday 8-10-2024", "Communiqué released by the Presidency on 12 March
2024"), as a movement's or an army's communiqués are collected on a news page through the day.

Each statement is one update: its heading dates it (as a stamp line would) and opens it; an opening formula right
under the heading ("In the name of Allah, the Most Gracious, the Most Merciful") and the signature closing it, the
issuer's name with the day again ("Islamic Resistance  Tuesday 8-10-2024"), are its lines but none of its words, so
that its text opens with its report ("At 10:30 am, the fighters ..."). The outlet's own paragraphs after a signature
are read as any paragraph is: the statement is closed.
"""

from __future__ import annotations

import re

from chronik.dates import Timex
from chronik.segment.blocks import SENTENCE_END
from chronik.segment.finder import DateFinder
from chronik.segment.info import BULLET, DATE_HEADING, DATELINE, HEADLINE, LABEL, PARA, STAMP_LINE, Info

_HEADING = re.compile(r"^\s*(?:(?:a|the)\s+)?(?:statement|communiqu[eé]|press\s+release|announcement|declaration)\s+"
                      r"(?:no\.?\s*\d{1,4}\s+)?(?:issued|released|published|made)\s+by\s+(?P<by>[^,;:.]{2,80}?)\s+"
                      r"on\s+(?P<day>[^,;:]{4,40}?)\s*$", re.I)
MIN_STATEMENTS = 2  # such headings that make the page a series of statements
MARK_WORDS = 14  # the most words of an opening formula or of a signature line
STATEMENT_HEAD = "statement heading"  # what ``Info.what`` says of a statement's heading ...
STATEMENT_MARK = "statement mark"  # ... and of its opening formula and its signature
_LINES = (HEADLINE, LABEL, PARA, BULLET, DATE_HEADING, DATELINE)  # the kinds a statement's lines may be taken for


def _heading_day(text: str, finder: DateFinder) -> Timex | None:
    """The day a statement's heading names, or None when ``text`` is none."""
    m = _HEADING.match(text)
    timex = finder.resolve(m.group("day")) if m else None
    return timex if timex is not None and timex.start is not None and timex.start == timex.end else None


def _mark(text: str, words: int) -> bool:
    return words <= MARK_WORDS and not SENTENCE_END.search(text)


def _signature(info: Info, day: Timex, finder: DateFinder) -> bool:
    """Whether a short line names the statement's day again, with no sentence: its signature."""
    found = finder.find(info.block.text)
    return _mark(info.block.text, info.block.words) and any(m.timex.start == day.start for m in found)


def statement_series(infos: list[Info], finder: DateFinder) -> None:
    """Mark a page's series of statements (see the module docstring): each heading a stamp line dating its statement,
    the formula and signature its marks, the lines between them paragraphs of the statement."""
    heads = {k: day for k, info in enumerate(infos) if (day := _heading_day(info.block.text, finder)) is not None}
    if len(heads) < MIN_STATEMENTS:
        return
    for k, day in heads.items():
        infos[k] = Info(infos[k].block, STAMP_LINE, timex=day, what=STATEMENT_HEAD)
        j = k + 1
        if j < len(infos) and infos[j].kind in _LINES and _mark(infos[j].block.text, infos[j].block.words):
            infos[j] = Info(infos[j].block, PARA, what=STATEMENT_MARK)  # the opening formula
            j += 1
        while j < len(infos) and j not in heads and infos[j].kind in _LINES:
            if _signature(infos[j], day, finder):
                infos[j] = Info(infos[j].block, PARA, what=STATEMENT_MARK)
                break
            infos[j] = Info(infos[j].block, PARA)
            j += 1
