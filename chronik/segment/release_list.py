"""A list of press releases, one under another, each with its posting line: an office's release page lists the day's
releases as a title over "Posted On: 07 MAY 2025 1:44AM by PIB Delhi" (or "Issued on: 12 March 2024, 09:15", "Published
on: 3 June 2023 17:40 by Newsroom") over the release's text, then the next title over its own posting line.

Each release is one update: its title titles it, its posting line stamps it (day and clock), and its text, paragraphs,
numbered points and the lead-in over them, is its own down to the first line of another kind (the footer of release
numbers and signatures, the next title).
"""

from __future__ import annotations

import re
from dataclasses import replace

from chronik.segment.classify import BULLET, HEADLINE, LABEL, LEAD_IN, PARA, STAMP_LINE, Info
from chronik.segment.finder import DateFinder
from chronik.segment.timestamps import Stamp, find_stamp

# a release's posting line: the verb, "on", the day and clock, and the office that posted it
_POSTING = re.compile(r"^\s*(?:posted|published|issued|released)\s+on\s*:?\s*(?P<stamp>\S.*?)"
                      r"(?:\s+by\s+\D{2,60})?\s*$", re.I)
MIN_RELEASES = 2  # titled posting lines that make the page a list of releases
_TITLES = (HEADLINE, LABEL)  # the kinds a release's title is taken for
_TEXT = (PARA, BULLET, LEAD_IN)  # the kinds a release's lines are taken for


def _posting_stamp(info: Info) -> Stamp | None:
    """The day and clock of a release's posting line, or None when the line is not one."""
    m = _POSTING.match(info.block.text)
    stamp = find_stamp(m.group("stamp")) if m else None
    if stamp is None or not stamp.standalone or not stamp.date_text:
        return None
    return replace(stamp, label=info.block.text.strip())


def posted_releases(infos: list[Info], finder: DateFinder) -> None:
    """Mark a page's list of posted releases (see the module docstring): each title a headline over its posting line,
    a stamp line; the release's text below it its paragraphs. A title and posting line over no text is a teaser of
    another release ("Other communiqués"), not a release of the list."""
    heads = [k for k in range(1, len(infos) - 1) if infos[k - 1].kind in _TITLES and infos[k + 1].kind in _TEXT
             and _posting_stamp(infos[k]) is not None]
    if len(heads) < MIN_RELEASES:
        return
    for k in heads:
        stamp = _posting_stamp(infos[k])
        if stamp is None or stamp.date_text is None:
            continue
        infos[k - 1] = Info(infos[k - 1].block, HEADLINE)
        infos[k] = Info(infos[k].block, STAMP_LINE, stamp=stamp, timex=finder.resolve(stamp.date_text),
                        what="release posting")
        j = k + 1
        while j < len(infos) and j + 1 not in heads and infos[j].kind in _TEXT:
            infos[j] = Info(infos[j].block, PARA)
            j += 1
