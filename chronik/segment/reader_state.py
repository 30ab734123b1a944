"""What the structure reader holds between one block and the next, and the moves that change it.

The state is a little: the *section* (the date the page structure gives to what follows), the *tags* (the text of the
section label above), the *current update* a paragraph may continue, and a headline or a stamp line waiting for the
update under it. The moves: open an update (taking the waiting title and stamp), close it, emit an aside, and turn
what waited for an update that never came into an aside (:meth:`ReaderState.flush`).
"""

from __future__ import annotations

import re

from chronik.dates import Timex
from chronik.segment.blocks import Block
from chronik.segment.classify import BULLET, HEADLINE, LABEL, LEAD_IN, LINK, PARA, POST, Info
from chronik.segment.finder import DateFinder
from chronik.segment.pageview import STAMPS, PageView
from chronik.segment.posts import post_header
from chronik.segment.releases import RELEASE_DATELINE
from chronik.segment.timestamps import Stamp
from chronik.segment.units import Section, Unit


def norm(text: str) -> str:
    """``text`` as words only, lowercased: to compare a line with the configured page title."""
    return " ".join(re.findall(r"\w+", text.lower()))


class ReaderState(PageView):
    """The reader's state over a page's blocks; the handlers of each kind of block are in its subclasses."""

    def __init__(self, infos: list[Info], title: str | None, finder: DateFinder):
        super().__init__(infos, finder)
        self.page_title = norm(title) if title else None
        self.units: list[Unit] = []
        self.section: Section | None = None
        self.tags: list[str] = []
        self.current: Unit | None = None
        self.in_item = False
        self.item_story = False  # the item a date line opened is told in paragraphs, each read as a story's
        self.in_related = False
        self.pending_title: Block | None = None
        self.pending_stamp: Info | None = None
        self.skip: set[int] = set()
        self.intros: set[int] = set()  # blocks that only introduce what follows ("Here are the latest updates:")
        self.list_label = False  # the tags are a list's label ("Key points"), for the list's items only
        self.chapter_day = False  # the section is a chapter's day its heading gave with its subject ("July 8: ...")
        self.span_label = False  # the section is the span a section label named ("The attack: 6 to 10 July 1995")
        self.figures_day = False  # the section is the day a note says the figures below it stand at (sections.py)
        self.listing = False  # reading the summary lines under a post's lead-in ("Here are the latest developments:")
        self.listing_stamp: Stamp | None = None  # the stamp of that post, which its summary lines keep
        self.colon_list: Unit | None = None  # the paragraph whose list ("... have:" / "• ...") is read now
        self.addressed: Unit | None = None  # the list a label addresses ("To the Government of Azerbaijan:")
        self.digest = False  # the page's headlines name a digest's sections, over paragraphs that are reports each
        # the page's news headlines each title the first of the reports under them ("ERITREA: Government announces
        # pull-back" over two reports of their own days): so do its next headlines, none a subheading (titles.py)
        self.headline_reports = False
        self.pinned = False  # "Pinned" was read: the next post is shown first on purpose, out of the timeline's order
        self.turn_label: str | None = None  # in a transcript, the label of the last turn read ("COL. JANE ROE")

    def aside(self, info: Info, what: str, timex: Timex | None = None) -> Unit:
        unit = Unit("aside", what, section=self.section, tags=list(self.tags), timex=timex)
        unit.add(info.block)
        self.units.append(unit)
        return unit

    def start(self, what: str, title: Block | None = None) -> Unit:
        if title is None:
            title, self.pending_title = self.pending_title, None
        if self.pending_stamp is not None:
            self.stamp_section(self.pending_stamp)
        unit = Unit("update", what, title=title, section=self.section, tags=list(self.tags))
        if self.pending_stamp is not None:
            self.take_bylines(unit, self.pending_stamp.block)
            unit.stamp, unit.stamp_line = self.pending_stamp.stamp, self.pending_stamp.block
            unit.release = self.pending_stamp.what == RELEASE_DATELINE
            header = post_header(self.pending_stamp.what.removeprefix(POST)) \
                if self.pending_stamp.what.startswith(POST) else None
            unit.poster = header.name if header is not None else None
            unit.pinned, self.pinned = self.pinned, False
            self.pending_stamp = None
        self.units.append(unit)
        self.current = unit
        return unit

    def take_bylines(self, unit: Unit, stamp: Block) -> None:
        """A post's byline between its headline and its stamp ("Kremlin says ..." / "By Jane Doe" / "10:45 AEST")
        signs the post: its line, read as an aside while the headline waited, goes to the post's marks."""
        title = unit.title
        while (title is not None and self.units and self.units[-1].kind == "aside" and self.units[-1].what == "byline"
               and len(self.units[-1].blocks) == 1 and title.index < self.units[-1].blocks[0].index < stamp.index):
            unit.marks.insert(0, self.units.pop().blocks[0])

    def close(self) -> None:
        self.current = None
        self.in_item = self.item_story = False

    def stamp_section(self, info: Info) -> None:
        """A timestamp that gives its date ("23:18 GMT 10.10.2020") dates it and the undated ones after it."""
        if info.timex is not None and info.timex.start is not None:
            label = info.stamp.label if info.stamp else info.block.text.strip()  # (a post's "@handle · May 9")
            self.section = Section(info.timex.start, None, "timestamp", f"the timestamp '{label}'")

    def flush(self, kind: str | None, byline: bool = False) -> None:
        """A stamp line or a headline left waiting for an update that never came becomes an aside (a byline
        between a headline and its timestamp does not stop the wait)."""
        emptied = False  # a stamp over nothing: the headline waiting above it is that stamp's, not the next one's
        if self.pending_stamp is not None and kind not in (PARA, BULLET, HEADLINE, LABEL, LINK, LEAD_IN) and not byline:
            stamp, self.pending_stamp = self.pending_stamp, None
            self.aside(stamp, "timestamp", stamp.timex)
            emptied = True
        if self.pending_title is not None and (emptied or kind not in (*STAMPS, PARA, BULLET)) and (
                self.pending_stamp is None) and not byline:
            self.drop_title()

    def drop_title(self) -> None:
        """The headline left waiting, if any, becomes an aside: no update takes it for its title."""
        if self.pending_title is not None:
            unit = Unit("aside", "headline", section=self.section, tags=list(self.tags))
            unit.add(self.pending_title)
            self.units.append(unit)
            self.pending_title = None

    def set_section(self, section: Section | None, tags: list[str] | None = None) -> None:
        if section is not None:
            self.section = section
        if tags is not None:
            self.tags = tags
