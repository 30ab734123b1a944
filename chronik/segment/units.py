"""The units the structure reader groups blocks into, and the section dates the page structure gives them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from chronik.dates import Timex
from chronik.segment.blocks import Block
from chronik.segment.classify import Info
from chronik.segment.info import ISSUE_DATE
from chronik.segment.timestamps import Stamp

FEED_ITEM = "feed item"  # ``Unit.what`` of an item of a news feed: dated by its own stamp, in no order to check


@dataclass(frozen=True)
class Section:
    """The date the page structure gives to the units under it, and where it comes from."""

    date: dt.date
    end: dt.date | None
    basis: str  # heading | day-counter | timestamp
    why: str
    year_heading: bool = False  # a heading of nothing but a year ("2025") over a timeline's items
    issued: bool = False  # the day the document under it was issued ("Date: 08 August 2005"), not its events' day


@dataclass
class Unit:
    """A group of blocks that becomes one update (or aside)."""

    kind: str  # update | aside
    what: str  # item | paragraph | bullet | FEED_ITEM, or what the aside is (page title, section label...)
    blocks: list[Block] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    title: Block | None = None
    stamp: Stamp | None = None
    stamp_line: Block | None = None
    section: Section | None = None
    tags: list[str] = field(default_factory=list)
    timex: Timex | None = None  # the date an aside names (a heading, a counter)
    awaiting_lead: bool = False
    day_offset: int = 0  # days after the section's date, when the times pass midnight
    source_date: Info | None = None  # the line naming the item's outlet and date ("Haaretz, 13 January 2024")
    flags: list[str] = field(default_factory=list)
    pinned: bool = False  # a post the account pins above its timeline: out of order on purpose
    marks: list[Block] = field(default_factory=list)  # a post's lines that are none of its words: byline, flag
    speaker: str | None = None  # the member a parliament's record names over these words
    turn: str | None = None  # the label of the transcript's turn whose words go on in this unit (see Context.turn)
    post_stamp: Stamp | None = None  # the stamp of the post a summary line sums up under ("Here is what we learnt:")
    poster: str | None = None  # the account's name a timeline's post header gives ("Rapid Support Forces @RSFSudan")
    release: bool = False  # a numbered release under its number and date line (see chronik.segment.releases)
    title_apart: bool = False  # its title's line is an aside of its own; the title's words still title it

    def add(self, block: Block, text: str | None = None) -> None:
        self.blocks.append(block)
        self.texts.append(block.text if text is None else text)
        self.awaiting_lead = False

    @property
    def lead(self) -> str:
        """The unit's first text (a date line added without its words, as an item's is, does not count)."""
        return next((text for text in self.texts if text), "")


def section_of(info: Info, basis: str) -> Section | None:
    """The section a heading, counter or lead-in opens, dated by the date it names (None when it names none)."""
    t = info.timex
    if t is None or t.start is None:
        return None
    end = t.end if t.end and t.end > t.start else None
    what = {"heading": "the page heading", "day-counter": "the day counter in"}.get(basis, "the line")
    why = f"{what} '{info.block.text.strip()}'"
    if basis == "day-counter":
        why += f" ({t.why})"
    return Section(t.start, end, basis, why, issued=info.what == ISSUE_DATE)
