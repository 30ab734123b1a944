"""The classified blocks of one page as the structure reader asks about them: the kind at a position, what follows it
(a timestamp, a byline, a dated entry, paragraphs set apart), and the page's traits (timestamped, a thread of posts,
paragraphs spaced by blank lines).

Read-only: nothing here changes what the reader has read.
"""

from __future__ import annotations

from chronik.dates import Timex
from chronik.segment import prose
from chronik.segment.classify import (
    BULLET,
    CLOCKED_TITLE,
    DATE_HEADING,
    DATELINE,
    FEED,
    FURNITURE,
    HEADLINE,
    LABEL,
    PARA,
    SOURCE_CREDIT,
    STAMP,
    STAMP_LINE,
    Info,
)
from chronik.segment.finder import DateFinder
from chronik.segment.metaline import meta_day
from chronik.segment.speaker_labels import TRANSCRIPT_TURNS

STAMPS = (STAMP, STAMP_LINE)
_DAY_RUN = (DATE_HEADING, PARA, BULLET)  # a day heading and the lines under it
# what a news list item's meta line may read as alone: a title, a label, a dateline, a byline or publication line
_META_KINDS = (HEADLINE, LABEL, DATELINE, FURNITURE)

# how many posts (a headline over a date line over the post's text) make a page a listing of posts
MIN_DATED_POSTS = 2
# how many day headings with an unstamped note right under them make a page a diary whose inline stamps time one
# note each ("August 8" / "00:45 – ..." / "Morning – ..." / "August 10" / "Georgia says ...")
DIARY_DAYS = 3
# how long before the page's own date its day headings must all fall for the page to be a timeline looking back
# ("Day 1: Monday, June 5" on a page of 2017): written in one go, it has no live posts running over paragraphs
LOOKING_BACK_DAYS = 365
# how many of a page's paragraphs must follow a blank line for the page to count as spacing its paragraphs
SPACED_SHARE = 0.75
SPACED_MIN = 4


def _spaced(infos: list[Info]) -> bool:
    """Whether the page separates its paragraphs by blank lines (most pages saved from a browser either do or
    never do): then a line break with no blank line is a break inside one paragraph."""
    paras = [i for i in infos[1:] if i.kind == PARA]
    return len(paras) >= SPACED_MIN and sum(1 for i in paras if i.block.blank_before) >= SPACED_SHARE * len(paras)


class PageView:
    """A page's classified blocks, by position (``finder`` tells whether a paragraph names its day)."""

    def __init__(self, infos: list[Info], finder: DateFinder):
        self.infos = infos
        self.finder = finder
        # a thread of posts, each stamped below its text (or a digest's items, each closed by its source's credit)
        self.posts = any(i.trailing or i.what == SOURCE_CREDIT for i in infos)
        self.spaced = _spaced(infos)
        # a page with no blank line at all (copied without them): its layout tells no paragraph under another
        self.unbroken = not any(i.block.blank_before for i in infos[1:])
        self.turns = {i.block.index for i in infos if i.kind == STAMP and i.what == "turn"}  # "[11:05] ANCHOR: ..."
        # a transcript's turns, each a speaker in capitals over what they say ("QUESTION: ...", "SPOKESMAN: ...");
        # one whose turns a clock stamps ("[11:05] ANCHOR: ...") is cut into segments by its stamps instead
        self.spoken = {i.block.index for i in infos if i.kind == PARA and i.what == "turn"}
        self.transcript = len(self.spoken) >= TRANSCRIPT_TURNS and not self.turns
        self.stamped = any(i.kind in STAMPS for i in infos)
        self.dated_posts = sum(1 for k in range(len(infos)) if self._post_shape(k)) >= MIN_DATED_POSTS
        heads = [k for k, i in enumerate(infos) if i.kind == DATE_HEADING]
        self.diary = (sum(1 for k in heads if self.kind_at(k + 1) == PARA) >= DIARY_DAYS
                      or self._looking_back([infos[k] for k in heads]))
        # a line in capitals over a paragraph ("ANKARA"): a wire's dateline when the page has one such line, the
        # labels of a brief's sections when it has several ("BATTLEFIELD", "DIPLOMACY")
        capitals = [k for k, i in enumerate(infos) if i.kind == LABEL and self.kind_at(k + 1) == PARA
                    and prose.WIRE_PLACE.match(i.block.raw)]
        self.wire_dateline = capitals[0] if len(capitals) == 1 else None
        self.last_day_heading = heads[-1] if heads else len(infos)
        # the first post's title closed by its clock ("Announcement No. 1 – 08:10 hours"), if the page has such posts
        self.first_clocked_title = next((k for k, i in enumerate(infos) if i.what == CLOCKED_TITLE), None)
        # the run of day headings that closes with the last one, each over its paragraphs or bullets: its end (the
        # first block after it of another kind: a label, a headline, furniture) and how many day headings it holds (a
        # page's own date over its introduction, "Published" / "14 January 2021", is no day of the run below)
        self.day_run_end = next((j for j in range(heads[-1], len(infos)) if infos[j].kind not in _DAY_RUN), len(infos)
                                ) if heads else -1
        run_start = next((j + 1 for j in range(heads[-1], -1, -1) if infos[j].kind not in _DAY_RUN), 0) if heads else 0
        self.day_run_headings = sum(1 for k in heads if k >= run_start)

    def _looking_back(self, heads: list[Info]) -> bool:
        """Whether the page's day headings, two or more, all name days a year or more before the page's own date: a
        timeline of a past war, each of its paragraphs one note, stamped or not."""
        anchor = self.finder.anchor
        days = [i.timex.end for i in heads if i.timex is not None and i.timex.end is not None]
        return (anchor is not None and len(heads) >= 2 and len(days) == len(heads)
                and all((anchor - day).days >= LOOKING_BACK_DAYS for day in days))

    def kind_at(self, k: int) -> str | None:
        return self.infos[k].kind if 0 <= k < len(self.infos) else None

    def what_at(self, k: int) -> str | None:
        return self.infos[k].what if 0 <= k < len(self.infos) else None

    def _post_shape(self, k: int) -> bool:
        """Whether block ``k`` is a headline right over a line naming one day, itself right over a paragraph."""
        if not (self.kind_at(k) == HEADLINE and self.kind_at(k + 2) == PARA):
            return False
        timex = self.post_day(k + 1)
        return timex is not None and timex.start is not None and timex.start == timex.end

    def post_day(self, k: int) -> Timex | None:
        """The day line ``k`` dates a post by: a date heading's, the day a byline ends with ("by Agence France
        Presse  Oct 3, 2024" under a news list's headline, over the item's text), or the day of a meta line giving
        it with the item's place, author or section ("June 12 - 2024 | KHARTOUM", "News · 3 min read · 12.06.2024")."""
        if self.kind_at(k) == DATE_HEADING:
            return self.infos[k].timex
        if self.byline_at(k):
            found = self.finder.find(self.infos[k].block.text)
            if len(found) == 1:
                return found[0].timex
        if self.kind_at(k) in _META_KINDS:
            return meta_day(self.infos[k].block.text, self.finder)
        return None

    def dated_post(self, k: int) -> bool:
        """Whether headline ``k`` opens a post of a listing of posts, each its headline, the day it was posted and
        its text, often closed by a "Read More" link ("Shelling resumes on the outskirts of Aleppo" / "March 3, 2020"
        / "Activists reported that ..."): the date line is the post's, not a section's heading, and the headline
        titles the post. A page is such a listing when it has at least ``MIN_DATED_POSTS`` of them."""
        return self.dated_posts and self._post_shape(k)

    def byline_at(self, k: int) -> bool:
        return self.kind_at(k) == FURNITURE and self.infos[k].what == "byline"

    def stamp_below(self, k: int) -> bool:
        """Whether a timestamp follows block ``k`` right below it, or below its byline ("By TOI Staff"), with
        no furniture left out between them."""
        j = k + 1
        while self.byline_at(j):
            j += 1
        return (self.kind_at(j) in STAMPS and (self.infos[j].block.index == self.infos[k].block.index + j - k
                                               or (j == k + 1 and self.infos[j].bridged))
                and not self.infos[j].what.startswith(FEED)  # a feed's item is its own headline
                and not self.infos[j].trailing)  # (a message's footer stamps the message it closes)

    def footer_below(self, k: int) -> bool:
        """Whether the footer of a message ("👁 15.7K · Oct 13, 2020 21:35") is right below block ``k``."""
        return self.kind_at(k + 1) in STAMPS and self.infos[k + 1].trailing

    def paragraphs_apart(self, k: int) -> bool:
        """Whether two paragraphs or more follow block ``k``, a blank line between them: a section's, not one
        story's (a story's lines broken without a blank line are one paragraph's)."""
        j = k + 1
        while self.kind_at(j) == PARA:
            if j > k + 1 and self.infos[j].block.blank_before:
                return True
            j += 1
        return False

    def signed(self, k: int) -> bool:
        """Whether a byline or a dateline comes within the next three blocks from ``k``, as under a story's title."""
        return any(self.byline_at(j) or self.kind_at(j) == DATELINE for j in range(k, k + 3))

    def entry_below(self, k: int) -> bool:
        """Whether a dated entry comes right under block ``k``: a date heading over a paragraph, or over a title and
        its paragraph."""
        if self.kind_at(k + 1) != DATE_HEADING:
            return False
        return self.kind_at(k + 2) == PARA or (self.kind_at(k + 2) in (HEADLINE, LABEL) and self.kind_at(k + 3) == PARA)
