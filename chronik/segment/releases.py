"""A series of numbered releases set out one after another: "Statement No. 40" over its dateline "Khartoum, 12 April
2024" over the statement's text, then "Statement No. 41" over its own, as a party's communiqués are republished or
translated by an outlet.

Each release is one update: its number titles it, its dateline dates it (as a post's stamp would), and every line down
to the next release is its own (an opening formula, the text, the signature, the embed of the original post),
whatever shape the line has. Only an editor's bracketed note that reports a claim of its own ("[Note: On Monday, the
army's spokesman told us ...]") is read apart; a note that only comments on the release ("[Could not be independently
verified.]") stays with it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from chronik.dates import Timex
from chronik.segment import prose
from chronik.segment.blocks import Block
from chronik.segment.classify import BULLET, DATE_HEADING, HEADLINE, LABEL, PARA, STAMP_LINE, Info
from chronik.segment.finder import DateFinder
from chronik.segment.headings import place_day
from chronik.segment.timestamps import Stamp, find_stamp
from chronik.segment.units import Unit

# the heading of one release of a numbered series: a few capitalised words and its number, nothing else ("Statement No.
# 42", "Press Release No. 12", "Communiqué #7", "Operational Update Nr. 3", "Bulletin № 5"), or its number alone in the
# office's code ("No PR-218/2025-ISPR", "No. 14/2024")
_CODE = r"(?:no\.?|nr\.?|№)\s*(?:[A-Z]{1,6}-?)?\d{1,4}(?:/\d{2,4})?(?:-[A-Z]{2,8})?"
_NUMBERED = re.compile(rf"^(?:(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){{0,3}}\s+(?:no\.?|nr\.?|number|№|#)\s*\d{{1,4}}"
                       rf"|{_CODE})\s*$", re.I)
_CODE_ALONE = re.compile(rf"^{_CODE}\s*$", re.I)  # the number alone, no document's name: a reference, not a title
# a release's date line: "Dated: 17 Oct 2025", "Date: 3 March 2024", "Issued on: 5 June 2023"
_DATED = re.compile(r"^\s*(?:dated|date|issued(?:\s+on)?)\s*:\s*(?P<day>\S.{5,30}?)\s*$", re.I)
MIN_RELEASES = 2  # numbered headings over a dateline each that make the page a series of releases
# what ``Info.what`` says of an editor's note inside a release that reports a claim of its own
RELEASE_NOTE = "release note"
RELEASE_DATELINE = "release dateline"  # ``Info.what`` of a numbered release's date line
# a release's place and day on a line of their own over its text, joined by a dash: "Rawalpindi - February 26, 2019:"
# (joined by a comma, "Kathmandu, 5 August 2005", headings.place_day reads them)
_PLACE_DASH_DAY = re.compile(r"^(?-i:[A-Z])[\w'’.-]+(?:\s+[\w'’.-]+){0,2}\s+[-–—]\s*(?P<day>[^:]{5,30}?)\s*:?\s*$")
_RELEASE_LINES = (HEADLINE, LABEL, PARA, BULLET)  # the kinds a release's lines may have been taken for, alone
_BRACKETED = re.compile(r"^\s*\[.*\]\s*$", re.S)
# an editor's note of when the release was posted, in brackets: "[Posted on X at 22:05 Khartoum time]", "[Published on
# Telegram at 9.40 pm]": the clock of the release its dateline dates
_POSTED_AT = re.compile(r"^\s*\[\s*(?:posted|published|issued|released|tweeted)\b[^\]]{0,40}?\bat\s+"
                        r"([^\]]{3,30})\]\s*$", re.I)


# a line by which a page says it is a press release: "FOR IMMEDIATE RELEASE", "PRESS RELEASE", "News Release", "Release
# Number: 20240111-02", "Release No. 24-017"
_MARKER = re.compile(r"^\s*(?:for\s+immediate\s+release|(?:press|news|media)\s+release"
                     r"|release\s+(?:number|no\.?|nr\.?|#)\s*:?\s*[\w-]*\d[\w/-]*)\s*[.:]?\s*$", re.I)
MARKER_BLOCKS = 40  # how far down the page such a line says so (further down, a list of releases may name one)


def release_marker(text: str) -> bool:
    """Whether ``text`` is a line by which a page says it is a press release ("FOR IMMEDIATE RELEASE"): the release's
    furniture, no title of what is under it."""
    return _MARKER.match(text) is not None


def marked_release(texts: list[str]) -> bool:
    """Whether one of the first blocks of a page (``texts``, in page order) marks it as a press release."""
    return any(release_marker(text) for text in texts[:MARKER_BLOCKS])


def _release_day(info: Info, finder: DateFinder) -> Timex | None:
    """The day a release's dateline names: a date alone ("12 April 2024") or a place and a date ("Khartoum, 12 April
    2024")."""
    if info.kind == DATE_HEADING and info.timex is not None and info.timex.start is not None:
        return info.timex if info.timex.start == info.timex.end else None
    dated = _DATED.match(info.block.text)
    if dated is not None:
        timex = finder.resolve(dated.group("day"))
        return timex if timex is not None and timex.start is not None and timex.start == timex.end else None
    return place_day(info.block, finder)


def numbered_releases(infos: list[Info], finder: DateFinder) -> None:
    """Mark a page's series of numbered releases (see the module docstring): each number a headline over its dateline,
    a stamp line; the release's lines below it paragraphs of the release, down to the next number, to the first line
    of another kind (furniture, a lead-in, a link) or to a line dropped as the page's furniture ("Share", the list's
    page numbers)."""
    heads = [k for k in range(len(infos) - 1)
             if _NUMBERED.match(infos[k].block.text.strip()) and _release_day(infos[k + 1], finder) is not None]
    if len(heads) < MIN_RELEASES:
        return
    for k in heads:
        day = _release_day(infos[k + 1], finder)
        infos[k] = Info(infos[k].block, HEADLINE)
        dateline = Info(infos[k + 1].block, STAMP_LINE, timex=day, what=RELEASE_DATELINE)
        infos[k + 1] = dateline
        j = k + 2
        while j < len(infos) and j not in heads and infos[j].kind in _RELEASE_LINES and (
                infos[j].block.index == infos[j - 1].block.index + 1):  # (to a line the page's furniture was cut at)
            if infos[j].kind in (HEADLINE, LABEL):
                infos[j] = Info(infos[j].block, PARA)
            if infos[j].kind == PARA and _own_note(infos[j].block.text, finder):
                infos[j].what = RELEASE_NOTE
            dateline.stamp = dateline.stamp or _posted_at(dateline, infos[j])
            j += 1


def _own_note(text: str, finder: DateFinder) -> bool:
    """Whether a bracketed editor's note reports a claim made or an act of its own day, not a comment on the release
    ("[The original post is embedded below.]" speaks of the post in the present: it reports nothing)."""
    return bool(_BRACKETED.match(text)) and ((prose.reports(text) and not prose.timeless(text))
                                             or finder.act(text) is not None)


def _posted_at(dateline: Info, note: Info) -> Stamp | None:
    """The stamp a release's posting note gives its dateline ("[Posted on X at 22:05 Khartoum time]"), or None."""
    m = _POSTED_AT.match(note.block.text)
    stamp = find_stamp(m.group(1).strip()) if m else None
    if stamp is None or not stamp.standalone:
        return None
    return replace(stamp, label=f"{dateline.block.text.strip()}, {stamp.label}")


def release_heads_apart(units: list[Unit], finder: DateFinder) -> list[Unit]:
    """``units`` with the heads of each release numbered by its office's code alone set apart as asides: its number,
    its date line and a line of its place and day over its text ("No PR-64/2019-ISPR" / "Dated: February 26, 2019" /
    "Rawalpindi - February 26, 2019:") tell which release it is and when, no report. The release keeps its number as
    its title's words and is dated as before. A number with the document's name ("Statement No. 40") titles the
    release, its first line."""
    out: list[Unit] = []
    for unit in units:
        if unit.kind == "update" and unit.release and unit.title is not None \
                and _CODE_ALONE.match(unit.title.text.strip()):
            heads = [b for b in (unit.title, unit.stamp_line) if b is not None]
            if len(unit.blocks) > 1 and _place_line(unit.blocks[0], finder):
                heads.append(unit.blocks.pop(0))
                unit.texts.pop(0)
            for block in heads:
                aside = Unit("aside", "release head", section=unit.section, tags=list(unit.tags))
                aside.add(block)
                out.append(aside)
            unit.stamp_line, unit.title_apart = None, True
        out.append(unit)
    return out


def _place_line(block: Block, finder: DateFinder) -> bool:
    """Whether ``block`` is a release's place and day alone ("Rawalpindi - February 26, 2019:", "Kathmandu, 5 August
    2005")."""
    m = _PLACE_DASH_DAY.match(block.text.strip())
    timex = finder.resolve(m.group("day")) if m is not None else place_day(block, finder)
    return timex is not None and timex.start is not None and timex.start == timex.end
