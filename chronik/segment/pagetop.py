"""The top of a page: its title, and the dek, byline and dateline under it, read as asides before the body.

The page title is the configured one, however far down under the site's menus and a series' label, or a first line
shaped like a title. A live page's standfirst may sum up the news when it ends by inviting the reader to follow the
page ("Follow our updates throughout the day."): a dek too.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from chronik.segment import prose
from chronik.segment.blocks import Block
from chronik.segment.classify import (
    BULLET,
    BYLINE_STAMP,
    COUNTER,
    DATE_HEADING,
    DATELINE,
    FURNITURE,
    HEADLINE,
    LABEL,
    LEAD_IN,
    LINK,
    NAMES,
    PARA,
    STAMP,
    STAMP_LINE,
    Info,
)
from chronik.segment.headings import DISPATCH_DAY, labelled, lead_in, names_month
from chronik.segment.lexicon import lexicon
from chronik.segment.pageview import STAMPS
from chronik.segment.prose import SENTENCE_BOUNDARY
from chronik.segment.reader_state import ReaderState, norm
from chronik.segment.units import section_of

if TYPE_CHECKING:
    from chronik.segment.structure import Reader

TOP_ZONE = 6  # how many blocks under the page title may still be its dek, byline and dateline
_BYLINE_KINDS = (LABEL, HEADLINE, FURNITURE, LINK)  # the short lines of a byline: a name, a role, "Share"...


def title_index(reader: ReaderState) -> int | None:
    """The page title: the line equal to the configured title, or a first line shaped like one."""
    for k, info in enumerate(reader.infos):
        if reader.page_title and norm(info.block.text) == reader.page_title and not (
                reader.posts and (k == 0 or reader.infos[k - 1].what == "handle")):
            return k  # (under the site's menus and topic labels, however many; a post's text under its handle is
            # the post, however like the page's title)
        if k >= TOP_ZONE and info.kind not in (LABEL, HEADLINE, FURNITURE, LINK, LEAD_IN, DATELINE):
            break  # the body has begun (not at a series' label over the title: "Russia-Ukraine war: what we know";
            # nor at the day a release is dated over its title: "SC/15894" / "18 November 2024" / the title)
    first = reader.infos[0] if reader.infos else None
    if (first is not None and first.kind in (HEADLINE, LABEL, COUNTER) and reader.kind_at(1) not in STAMPS
            and (not labelled(first.block) or reader.signed(1))
            and (first.timex is None or not names_month(first.timex))  # ("March 2021" heads a section)
            and not reader.dated_post(0)):  # (the first post of a listing of posts, under the site's menus)
        return 0  # ("Border clashes: The latest" over a byline is the story's title, not a section label)
    return None


def read_top(reader: Reader) -> int:
    """Emit the page title, its dek, byline and dateline as asides; return where the body starts."""
    t = title_index(reader)
    if t is None:
        return 0
    if _stamp_over_title(reader, t):
        for k, info in enumerate(reader.infos[:t - 1]):
            reader.read_one(info, k)
        reader.infos[t - 1].kind = STAMP_LINE
        return t - 1
    for k, info in enumerate(reader.infos[:t]):
        reader.read_one(info, k)
    if reader.what_at(t + 1) == BYLINE_STAMP and not _wire_story(reader, t):
        return t  # a liveblog entry's own page: its headline over "By Jane Doe Today, 3:12 pm" titles the entry
    title = reader.infos[t]
    section = section_of(title, "day-counter") if title.kind == COUNTER else None
    reader.aside(title, "page title", title.timex)
    reader.set_section(section, tags=[])  # (a topic label above the title, "Israel-Gaza war", tags no entry)
    after = t + 1
    window = reader.infos[after:after + TOP_ZONE]
    _author_over_dateline(window)
    for j, info in enumerate(window):
        if (info.kind == DATE_HEADING and info.lone and not DISPATCH_DAY.search(info.block.text)) \
                or _publication_stamp(reader, info, after + j):
            info.kind = DATELINE  # a story's only date, under its title: a dateline, not a section (a dispatch's
            # place and day, "Beirut, June 7", heads the story filed that day: its "today" is that day)
        if _post_stamp(window, j):
            window = window[:j]  # the first post has begun: the headline and byline under it are its own
            _own_stamp_over_post(reader, window, after + j)
            break
        if _signed_post(window, j):
            window = window[:j]
            break
        if info.kind in (STAMP, BULLET) or (info.kind == PARA and not (
                j == 0 and (_signed_below(reader, after + 1) or _dated_below(reader, window)))):
            break  # (the dek right under the title, over the story's byline or date, is still the top of the page)
    # the page's dateline and byline; a byline right above a timestamp is the first entry's, not the page's
    # (a byline over the first stamp with share buttons between them signs the page: "By OC Media" / "Share")
    marks = [k for k, i in enumerate(window) if i.kind == DATELINE or (i.kind == FURNITURE and (
        i.what == "publication line" or (i.what == "byline" and not reader.stamp_below(after + k))))]
    if marks:
        last = marks[-1]
        # the byline's neighbours below it that are bylines or datelines too
        while last + 1 < len(window) and window[last + 1].kind in (DATELINE, FURNITURE):
            last += 1
        for j, info in enumerate(window[:last + 1]):
            if info.kind == DATE_HEADING:
                reader.on_date_heading(info, after + j)  # a live page's first day, under its title: its section
                continue
            name = {DATELINE: "dateline", FURNITURE: info.what}.get(info.kind, "dek")
            reader.aside(info, name, info.timex)
        after += last + 1
        if window[last].kind == DATELINE and _deck(reader, after):
            reader.aside(reader.infos[after], "dek")
            after += 1
    return after + _read_dek(reader, after)


def _post_stamp(window: list[Info], j: int) -> bool:
    """Whether stamp line ``j`` under the page title stamps the first post: it comes under the page's own stamp and
    a line of text below that ("Updated 10:42 GMT" / "Follow our live coverage." / "10:31 GMT"), so the headline and
    byline under it are that post's, not the page's. (A lone stamp under the dek may still be the page's own.)"""
    if window[j].kind != STAMP_LINE:
        return False
    own = next((k for k, i in enumerate(window[:j]) if i.kind in (STAMP_LINE, DATELINE)
                or (i.kind == FURNITURE and i.what == "publication line")), None)
    return own is not None and any(i.kind in (PARA, LEAD_IN, HEADLINE, BULLET) for i in window[own + 1:j])


def _signed_post(window: list[Info], j: int) -> bool:
    """Whether stamp line ``j`` under the page title opens a post its headline and byline follow ("Posted at 11:40"
    / "Kremlin signals it wants talks" / "Olena Marsh" / "Eastern Europe analyst"): the byline signs that post, not
    the page, as a headline under a stamp is its post's."""
    return (window[j].kind == STAMP_LINE and j + 2 < len(window) and window[j + 1].kind == HEADLINE
            and window[j + 2].kind == FURNITURE and window[j + 2].what == "byline")


def _own_stamp_over_post(reader: Reader, window: list[Info], post: int) -> None:
    """The page's own stamp under its title, with only the first post's headline and byline between it and that
    post's stamp ``post``, over the post's text ("Published 11:02 a.m. GMT" / "Drones hit Odesa port" / "By Jane Doe"
    / "Published 11:02 a.m. GMT" / the text): the page's dateline, read with the top of the page, not a post of its
    own that would take the first post's headline for its text and leave that post untitled. (In a feed of clocks
    and headlines, "19:47" / "Drones downed" / "19:12" / "Port hit", each headline is its clock's item.)"""
    own = next((k for k, i in enumerate(window) if i.kind == STAMP_LINE), None)
    if own is None or reader.kind_at(post + 1) != PARA:
        return
    between = window[own + 1:]
    if any(i.kind == HEADLINE for i in between) and all(
            i.kind == HEADLINE or (i.kind == FURNITURE and i.what == "byline") for i in between):
        window[own].kind = DATELINE


def _signed_below(reader: Reader, k: int) -> bool:
    """Whether block ``k`` is the story's byline ("By Jane Doe"), as under an article's headline and dek."""
    info = reader.infos[k] if k < len(reader.infos) else None
    return info is not None and info.kind == FURNITURE and info.what == "byline"


def _dated_below(reader: Reader, window: list[Info]) -> bool:
    """Whether the dek opening ``window`` (the blocks under the page title) stands over the story's date: the page's
    only date heading, naming the day the story was published, past nothing but the short lines of its byline
    ("Residents describe ..." / "Jane Doe" / "Freelance journalist based in Kyiv" / "20 June 2024"). An article's
    date line, its day of publication, not a heading over a digest's items of that day: the paragraphs under it
    are dated as a story's are, each by its own day. (A day right under an intro paragraph, with no byline between,
    heads a digest's items: "Fighting spread across the north, aid groups said." / "15 August 2023" / the items.)"""
    anchor = reader.finder.anchor
    for j, info in enumerate(window[1:], 1):
        if info.kind == DATE_HEADING:
            timex = info.timex
            return (j > 1 and info.lone and anchor is not None and timex is not None
                    and timex.start == timex.end == anchor)
        if info.kind not in _BYLINE_KINDS:
            return False
    return False


def _author_over_dateline(window: list[Info]) -> None:
    """A name right over the story's only date under its title, past a dek that may name the news's day ("Staff
    Reporter" / "January 10, 2024" under "Drones downed over the Red Sea on Tuesday, ..."): the story's byline, not a
    section label, so the dek above it stays the top of the page and the date its dateline (the classifier finds
    such an author only at the very top of a page, above a site's menus)."""
    for info, below in itertools.pairwise(window):
        if (info.kind == LABEL and below.lone
                and NAMES.match(info.block.text.strip()) and not labelled(info.block)):
            info.kind, info.what = FURNITURE, "byline"


def _stamp_over_title(reader: Reader, t: int) -> bool:
    """Whether the line right over the page title is the story's stamp, its day and clock ("Monday, 29 March, 1999,
    14:12 GMT"), not a publication line ("Updated ..."): it stamps the story, the title its headline."""
    if t == 0:
        return False
    info = reader.infos[t - 1]
    stamp = info.stamp
    return (info.kind in (DATELINE, STAMP_LINE) and stamp is not None and stamp.time is not None
            and stamp.date_text is not None and not stamp.metadata and not _wire_story(reader, t))


def _wire_story(reader: Reader, t: int) -> bool:
    """Whether the story under title ``t`` opens as a wire story does, with its place ("TEHRAN – The IRGC said ...",
    "KYIV, May 3 (Reuters) - ...", a rights group's "(Nairobi) – The RSF ...", or a byline that closes on it): an
    article, whose paragraphs each report their own act, and a stamp over its title is when it was published, not
    one post's."""
    lede = next((i for i in reader.infos[t + 1:] if i.kind == PARA), None)  # (past a share bar's buttons)
    text = lede.block.text if lede is not None else ""
    below = reader.infos[t + 1].block.text if t + 1 < len(reader.infos) else ""
    return prose.opens_with_place(text) or _PLACED_BYLINE.match(below) is not None


# a wire story's byline closing on its place in capitals: "By Stephen Kalin and Saif Hameed | BAGHDAD"
_PLACED_BYLINE = re.compile(r"^\s*By\s+[^|]{3,120}\|\s*[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3}\s*$")


def _deck(reader: Reader, k: int) -> bool:
    """Whether headline ``k``, right under the story's dateline, is its deck: the one line summing up the story
    ("Kyiv says two drones downed, Moscow claims eight" over "KYIV, May 3 (Reuters) - ..."), over the story's
    paragraphs, with no other headline in the story under it (a headline among others heads a section)."""
    if reader.kind_at(k) != HEADLINE or reader.kind_at(k + 1) != PARA:
        return False
    for below in reader.infos[k + 1:]:
        if below.kind == FURNITURE and below.what == "see also":
            return True
        if below.kind in (HEADLINE, *STAMPS, DATE_HEADING):
            return False
    return True


def _publication_stamp(reader: Reader, info: Info, k: int) -> bool:
    """Whether stamp line ``k`` under the page title is when the story was published, not a live post's stamp: a
    day with its year and a time ("April 02, 2016, 14:21 UTC+3", "12.03.2022 18:40"), with no other stamp under it
    that stamps any text: the stamps of a box of related links ("Read also") below the story time teasers only."""
    stamp = info.stamp
    if info.kind != STAMP_LINE or stamp is None or stamp.date_text is None or not _YEAR.search(stamp.date_text):
        return False
    return not any(below.kind in STAMPS and _stamps_text(reader, j)
                   for j, below in enumerate(reader.infos[k + 1:], k + 1))


def _stamps_text(reader: Reader, k: int) -> bool:
    """Whether a paragraph comes under stamp ``k`` (past its headline, labels and links) before the next stamp."""
    j = k + 1
    while reader.kind_at(j) in (HEADLINE, LABEL, FURNITURE, LINK):
        j += 1
    return reader.kind_at(j) in (PARA, BULLET)


_YEAR = re.compile(r"(?<!\d)(1[89]|20)\d\d(?!\d)")


def _read_dek(reader: Reader, after: int) -> int:
    """Read the dek right under the title (and its byline) as asides, and return how many paragraphs it has: a
    paragraph or two over the first entry (a timestamp, a headline, a day's heading) that describe how things stand,
    invite the reader to follow, or end by announcing what follows ("... Here is how the week unfolded.")."""
    openers = sum(1 for i in reader.infos if i.kind in (*STAMPS, HEADLINE, DATE_HEADING))
    intro = []
    for info in reader.infos[after:]:
        if info.kind != PARA:
            break
        intro.append(info)
    nxt = reader.kind_at(after + len(intro))
    if (openers >= 2 and 0 < len(intro) <= 2 and nxt in (*STAMPS, HEADLINE, DATE_HEADING)
            and all(prose.timeless(i.block.text) or lexicon().follow_invitation.search(i.block.text)
                    or _announces(i.block.text) for i in intro)):
        for info in intro:
            reader.aside(info, "dek")
        return len(intro)
    return 0


def _announces(text: str) -> bool:
    """Whether a paragraph ends with a sentence announcing what follows ("Here is how the week unfolded.")."""
    sentences = SENTENCE_BOUNDARY.split(text.strip())
    return len(sentences) >= 2 and lead_in(Block(-1, [], sentences[-1]))
