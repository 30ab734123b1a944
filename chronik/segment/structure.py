"""Read a page's blocks in order and group them into units: updates, their titles and continuations, asides.

The page's furniture is already gone. What is left is read top to bottom with a little state:

* the *section*: the date the page structure gives to what follows (a date heading, a day-of-war
  counter, a lead-in "as of October 7", a dated timestamp, a month heading over a timeline's items, a label naming a
  few days over a chronology's items, "Week 3: 11–17 October": an item naming no day is of that week);
* the *tags*: the text of the section label above ("Military developments");
* the *current update*, which a paragraph continues when it carries no opener of its own: under a
  timestamp or a headline every paragraph continues the update until the next opener; elsewhere
  (digests, wire stories) a paragraph is an update of its own unless its wording continues the one
  above (a quote, "He said ...", see :func:`chronik.segment.prose.continues`; a line of background on a thing the
  update named, "The cause of the explosion is still unclear.", :func:`chronik.segment.prose.same_thing`).

On a page without timestamps a heading that asks the reader's question ("How did the offensive unfold?", "What
happens next") labels an explainer's section: the paragraphs under it are read by the digest rules, not glued under
it as one story. A list under a paragraph ending in a colon ("Since 4 November, the ICRC has:") is that paragraph's.

The page title (the configured one, however far down under the site's menus and a series' label), its dek, byline and
dateline at the top, section labels, lead-ins, welcome posts, teasers for other articles (and their dates and times:
"More news" / a headline / "October 10, 13:41"), notes to editors that only speak of the publisher ("does not take
sides", "B-roll ... available for download") and links to other days become asides. A live page's standfirst may sum
up the news when it ends by inviting the reader to follow the page ("Follow our updates throughout the day."). A post
that only opens the page ("Welcome to our coverage ... Here are the latest developments:") over summary lines is an
aside and each line an update of its own. A line taken for a headline on a page without timestamps heads no more than
a few paragraphs when several of them report an act of their own day (a wire story under a photo's caption): they are
read as reports.
"""

from __future__ import annotations

import datetime as dt
import re

from chronik.dates import Timex
from chronik.segment import kinds, prose
from chronik.segment.blocks import Block
from chronik.segment.citations import strip_marks
from chronik.segment.classify import (
    BULLET,
    COUNTER,
    DATE_HEADING,
    DATELINE,
    FEED,
    FURNITURE,
    HEADLINE,
    LABEL,
    LEAD_IN,
    LINK,
    PARA,
    SOURCE_LINE,
    STAMP,
    STAMP_LINE,
    Info,
)
from chronik.segment.finder import DateFinder
from chronik.segment.headings import labelled, name_heading, names_month, question_heading
from chronik.segment.lexicon import lexicon
from chronik.segment.period import ITEM_PERIOD_DAYS, named_span
from chronik.segment.units import FEED_ITEM, Section, Unit, section_of

__all__ = ["STAMPS", "TOP_ZONE", "Section", "Unit", "read_units"]

STAMPS = (STAMP, STAMP_LINE)
TOP_ZONE = 6  # how many blocks under the page title may still be its dek, byline and dateline
MAX_TEASER_PARAGRAPHS = 2
MIN_TITLE_WORDS = 3  # a label short enough to be one ("Briefings", "Statements") is a title only from three words
# a headline on a page without timestamps glues no more than this many paragraphs into one story when several of them
# report an act of their own day (a wire story under a line taken for its headline, a photo's caption)
STORY_PARAGRAPHS = 5
WEEK_HEADING_WORDS = 8  # a heading naming a few days ("Week 3: 11–17 October") is a section's, not a long headline
STORY_OWN_ACTS = 3


_LINK_AFTER_LABEL = re.compile(r"^[^:]{1,30}:\s*\S")  # "See also: <the link>"
# whom a list of recommendations is for: "To the Government of Azerbaijan:", "To all parties to the conflict:"
_ADDRESSEE = re.compile(r"^to\s+(?:the\s+|all\s+)?(?:(?-i:[A-Z])|parties\b|states\b|donors\b)[^:.]{2,100}:\s*$", re.I)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


class _Reader:
    """One pass over a page's content blocks; see the module docstring."""

    def __init__(self, infos: list[Info], title: str | None, finder: DateFinder):
        self.infos = infos
        self.finder = finder
        self.page_title = _norm(title) if title else None
        self.units: list[Unit] = []
        self.section: Section | None = None
        self.tags: list[str] = []
        self.current: Unit | None = None
        self.in_item = False
        self.in_related = False
        self.pending_title: Block | None = None
        self.pending_stamp: Info | None = None
        self.skip: set[int] = set()
        self.intros: set[int] = set()  # blocks that only introduce what follows ("Here are the latest updates:")
        self.posts = any(i.trailing for i in infos)  # a thread of posts, each stamped below its text
        self.spaced = _spaced(infos)
        self.turns = {i.block.index for i in infos if i.kind == STAMP and i.what == "turn"}  # "[11:05] ANCHOR: ..."
        self.stamped = any(i.kind in STAMPS for i in infos)
        self.list_label = False  # the tags are a list's label ("Key points"), for the list's items only
        self.listing = False  # reading the summary lines under a post's lead-in ("Here are the latest developments:")
        self.colon_list: Unit | None = None  # the paragraph whose list ("... have:" / "• ...") is read now
        self.addressed: Unit | None = None  # the list a label addresses ("To the Government of Azerbaijan:")
        self.pinned = False  # "Pinned" was read: the next post is shown first on purpose, out of the timeline's order

    # --- helpers -----------------------------------------------------------------------------

    def kind_at(self, k: int) -> str | None:
        return self.infos[k].kind if 0 <= k < len(self.infos) else None

    def byline_at(self, k: int) -> bool:
        return self.kind_at(k) == FURNITURE and self.infos[k].what == "byline"

    def stamp_below(self, k: int) -> bool:
        """Whether a timestamp follows block ``k`` right below it, or below its byline ("By TOI Staff"), with
        no furniture left out between them."""
        j = k + 1
        while self.byline_at(j):
            j += 1
        return (self.kind_at(j) in STAMPS and self.infos[j].block.index == self.infos[k].block.index + j - k
                and not self.infos[j].what.startswith(FEED))  # a feed's item is its own headline

    def paragraphs_apart(self, k: int) -> bool:
        """Whether two paragraphs or more follow block ``k``, a blank line between them: a section's, not one
        story's (a story's lines broken without a blank line are one paragraph's)."""
        j = k + 1
        while self.kind_at(j) == PARA:
            if j > k + 1 and self.infos[j].block.blank_before:
                return True
            j += 1
        return False

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
            unit.stamp, unit.stamp_line = self.pending_stamp.stamp, self.pending_stamp.block
            unit.pinned, self.pinned = self.pinned, False
            self.pending_stamp = None
        self.units.append(unit)
        self.current = unit
        return unit

    def close(self) -> None:
        self.current = None
        self.in_item = False

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
        if self.pending_title is not None and (emptied or kind not in (STAMP, STAMP_LINE, PARA, BULLET)) and (
                self.pending_stamp is None) and not byline:
            unit = Unit("aside", "headline", section=self.section, tags=list(self.tags))
            unit.add(self.pending_title)
            self.units.append(unit)
            self.pending_title = None

    def set_section(self, section: Section | None, tags: list[str] | None = None) -> None:
        if section is not None:
            self.section = section
        if tags is not None:
            self.tags = tags

    # --- the top of the page -----------------------------------------------------------------

    def title_index(self) -> int | None:
        """The page title: the line equal to the configured title, or a first line shaped like one."""
        for k, info in enumerate(self.infos):
            if self.page_title and _norm(info.block.text) == self.page_title:
                return k  # (under the site's menus and topic labels, however many)
            if k >= TOP_ZONE and info.kind not in (LABEL, HEADLINE, FURNITURE, LINK, LEAD_IN):
                break  # the body has begun (not at a series' label over the title: "Russia-Ukraine war: what we know")
        first = self.infos[0] if self.infos else None
        if (first is not None and first.kind in (HEADLINE, LABEL, COUNTER) and self.kind_at(1) not in STAMPS
                and (not labelled(first.block) or self.signed(1))
                and (first.timex is None or not names_month(first.timex))):  # ("March 2021" heads a section)
            return 0  # ("Border clashes: The latest" over a byline is the story's title, not a section label)
        return None

    def signed(self, k: int) -> bool:
        """Whether a byline or a dateline comes within the next three blocks from ``k``, as under a story's title."""
        return any(self.byline_at(j) or self.kind_at(j) == DATELINE for j in range(k, k + 3))

    def read_top(self) -> int:
        """Emit the page title, its dek, byline and dateline as asides; return where the body starts."""
        t = self.title_index()
        if t is None:
            return 0
        for k, info in enumerate(self.infos[:t]):
            self.read_one(info, k)
        title = self.infos[t]
        section = section_of(title, "day-counter") if title.kind == COUNTER else None
        self.aside(title, "page title", title.timex)
        self.set_section(section, tags=[])  # (a topic label above the title, "Israel-Gaza war", tags no entry)
        after = t + 1
        window = self.infos[after:after + TOP_ZONE]
        for info in window:
            if info.kind == DATE_HEADING and info.lone:
                info.kind = DATELINE  # a story's only date, under its title: a dateline, not a section
            if info.kind in (PARA, STAMP, BULLET):
                break
        # the page's dateline and byline; a byline right above a timestamp is the first entry's, not the page's
        # (a byline over the first stamp with share buttons between them signs the page: "By OC Media" / "Share")
        marks = [k for k, i in enumerate(window) if i.kind == DATELINE or (
            i.kind == FURNITURE and i.what == "byline" and not self.stamp_below(after + k))]
        if marks:
            last = marks[-1]
            # the byline's neighbours below it that are bylines or datelines too
            while last + 1 < len(window) and window[last + 1].kind in (DATELINE, FURNITURE):
                last += 1
            for j, info in enumerate(window[:last + 1]):
                if info.kind == DATE_HEADING:
                    self.on_date_heading(info, after + j)  # a live page's first day, under its title: its section
                    continue
                name = {DATELINE: "dateline", FURNITURE: info.what}.get(info.kind, "dek")
                self.aside(info, name, info.timex)
            return after + last + 1
        openers = sum(1 for i in self.infos if i.kind in (STAMP, STAMP_LINE, HEADLINE))
        intro = []
        for info in self.infos[after:]:
            if info.kind != PARA:
                break
            intro.append(info)
        nxt = self.kind_at(after + len(intro))
        if (openers >= 2 and 0 < len(intro) <= 2 and nxt in (STAMP, STAMP_LINE, HEADLINE, DATE_HEADING)
                and all(prose.timeless(i.block.text) or lexicon().follow_invitation.search(i.block.text)
                        for i in intro)):
            for info in intro:
                self.aside(info, "dek")
            return after + len(intro)
        return after

    # --- the body ----------------------------------------------------------------------------

    def read(self) -> list[Unit]:
        k = self.read_top()
        while k < len(self.infos):
            if k not in self.skip:
                self.read_one(self.infos[k], k)
            k += 1
        self.flush(None)
        for unit in self.units:
            if unit.kind == "update" and not unit.blocks and unit.title is not None:
                if unit.stamp is None:
                    unit.kind, unit.what = "aside", "headline"  # a headline whose update never came
                unit.add(unit.title)  # a stamped headline alone (a list of releases) is the report
                unit.title = None
            if unit.kind == "update" and (unit.title is None or unit.title.index in self.intros) and all(
                    b.index in self.intros for b in unit.blocks):
                unit.kind, unit.what = "aside", "lead-in"  # a stamped note that only introduces the page
        return self.units

    def read_one(self, info: Info, k: int) -> None:
        kind = info.kind
        if kind != PARA:
            self.listing = False
        if kind != BULLET and self.list_label:
            self.tags, self.list_label = [], False  # "Key points" labels its list only, not the entries after it
        self.flush(kind, byline=self.byline_at(k))
        teaser = ((kind in (DATE_HEADING, COUNTER) and self.teaser_date(k))
                  or (kind == STAMP_LINE and self.teaser_stamp(k)))
        if kind not in (HEADLINE, LABEL, LEAD_IN, LINK, BULLET) and not teaser:
            self.in_related = False  # (a list of links under "Read more:" is related too)
        handlers = {DATE_HEADING: self.on_date_heading, DATELINE: self.on_dateline, FURNITURE: self.on_furniture,
                    COUNTER: self.on_day_counter, LEAD_IN: self.on_lead_in, LINK: self.on_link, LABEL: self.on_label,
                    HEADLINE: self.on_headline, STAMP: self.on_stamp, STAMP_LINE: self.on_stamp_line,
                    BULLET: self.on_bullet, PARA: self.on_paragraph, SOURCE_LINE: self.on_source_line}
        handlers[kind](info, k)

    def teaser_date(self, k: int) -> bool:
        """In a list of related articles ("Read Next"), a date line or a day counter is a teaser's, not a section's
        heading, unless what follows it is an entry (a paragraph or a stamp: the next day's section)."""
        return self.in_related and self.kind_at(k + 1) not in (PARA, BULLET, STAMP, STAMP_LINE)

    def teaser_stamp(self, k: int) -> bool:
        """In a list of related articles ("More news"), a stamp line ("October 10, 13:41") is a teaser's time when no
        text comes under it before the next stamp: over a headline, its byline and a paragraph it opens an entry."""
        if not self.in_related:
            return False
        j = k + 1
        while self.kind_at(j) in (HEADLINE, LABEL, FURNITURE, LINK):
            j += 1
        return self.kind_at(j) not in (PARA, BULLET, STAMP)

    def on_date_heading(self, info: Info, k: int) -> None:
        if self.teaser_date(k):
            self.aside(info, "related link")
            return
        self.close()
        self.set_section(section_of(info, "heading"), tags=[])
        self.aside(info, "date heading", info.timex)

    def on_dateline(self, info: Info, k: int) -> None:
        self.aside(info, "dateline", info.timex)

    def on_furniture(self, info: Info, k: int) -> None:
        if info.what == "pinned":
            self.pinned = True
        if info.what == "see also":
            self.close()
            # a box's label over its links ("Read more:"), not a hatnote naming its one link ("See also: 2022
            # Kharkiv counteroffensive") over the page's own text, nor an item's own link ("Read more") over the next
            # day's entry (a date, maybe a title, and its paragraph)
            self.in_related = not (_LINK_AFTER_LABEL.search(info.block.text) or self.entry_below(k))
        self.aside(info, info.what)  # (a byline under a post's stamp or headline signs it: the post waits for its text)

    def among_subheadings(self, k: int) -> bool:
        """Whether headline ``k`` sits between a story's paragraphs, untitled, on a page whose other headings there are
        its subheadings (section labels with paragraphs above and below them): one of them, not a story's title."""
        cur = self.current
        if (self.stamped or self.kind_at(k - 1) != PARA or cur is None or cur.kind != "update" or cur.title is not None
                or cur.what != "paragraph"):
            return False
        return any(self.kind_at(j) == LABEL and self.kind_at(j - 1) == PARA and self.kind_at(j + 1) == PARA
                   and not labelled(self.infos[j].block) and not name_heading(self.infos[j].block)
                   for j in range(1, k))  # (a region's name over a digest's items is no subheading of one story)

    def addressee(self, info: Info, k: int) -> bool:
        """Whether ``info`` says whom the list under it is for ("To the Government of Azerbaijan:" over its
        recommendations); if so it titles that list, one entry."""
        if not (self.kind_at(k + 1) == BULLET and _ADDRESSEE.match(info.block.text)) or self.in_related:
            return False
        self.close()
        self.addressed = self.start("item", title=info.block)
        return True

    def entry_below(self, k: int) -> bool:
        """Whether a dated entry comes right under block ``k``: a date heading over a paragraph, or over a title and
        its paragraph."""
        if self.kind_at(k + 1) != DATE_HEADING:
            return False
        return self.kind_at(k + 2) == PARA or (self.kind_at(k + 2) in (HEADLINE, LABEL) and self.kind_at(k + 3) == PARA)

    def on_day_counter(self, info: Info, k: int) -> None:
        if self.teaser_date(k):
            self.aside(info, "related link")  # "Russia-Ukraine war: List of key events, day 411" under "Related"
            return
        self.close()
        self.set_section(section_of(info, "day-counter"), tags=[info.block.text.strip(" :")])
        self.aside(info, "section label", info.timex)

    def on_lead_in(self, info: Info, k: int) -> None:
        if self.in_related:
            self.aside(info, "related link")
            return
        cur = self.current
        introduces = info.block.text.rstrip().endswith(":") or (
            cur is not None and cur.title is not None and cur.title.index in self.intros)
        if info.timex is None and (self.pending_stamp is not None or (
                cur is not None and cur.stamp is not None and self.in_item and introduces)):
            # under a timestamp, "Summary of the day so far" is the update's title, "Here are ...:" its intro
            self.intros.add(info.block.index)
            if self.pending_stamp is None:
                cur.add(info.block)  # type: ignore[union-attr]
            elif self.pending_title is None:
                self.start("item", title=info.block).awaiting_lead = True
                # "Welcome to our coverage ... Here are the latest developments:" right under a post's stamp, over
                # two summary lines or more: each line is an update of its own, the stamp and lead-in an aside (a
                # post labelled "Summary" is one update: the summary)
                self.listing = (info.block.text.rstrip().endswith(":") and self.kind_at(k - 1) in STAMPS
                                and self.kind_at(k + 1) == PARA and self.kind_at(k + 2) == PARA)
            else:
                self.start("item").add(info.block)
            self.in_item = True
            return
        self.flush(None)
        self.close()
        if info.block.text.rstrip().endswith(":") and self.tags and lexicon().background_labels.match(self.tags[0]):
            self.tags = []  # "Here's the latest:" under "WHAT TO KNOW" opens the news again: not background
        if info.timex is not None:
            section = section_of(info, "heading")
            if section is not None:
                section = Section(section.date, section.end, "heading", f"the lead-in '{info.block.text.strip()}'")
            self.set_section(section)
        self.aside(info, "lead-in", info.timex)

    def on_link(self, info: Info, k: int) -> None:
        if self.in_related:
            self.aside(info, "related link")
            return
        if info.what != "away" and self.kind_at(k + 1) in (PARA, BULLET):
            self.on_headline(info, k)
            return
        self.close()
        self.aside(info, "link to another day")

    def on_label(self, info: Info, k: int) -> None:
        if self.in_related:
            self.aside(info, "related link")
            return
        if self.addressee(info, k):
            return
        if (self.stamp_below(k) or self.pending_stamp is not None) and not labelled(info.block):
            self.on_headline(info, k)
            return
        cur = self.current
        if (not labelled(info.block) and info.block.words >= MIN_TITLE_WORDS and self.kind_at(k + 1) == PARA
                and cur is not None and cur.kind == "update" and cur.what == "item" and cur.title is not None
                and cur.stamp is None and not self.paragraphs_apart(k)):
            self.on_headline(info, k)  # a short title among titled items ("Malaysia offers to mediate")
            return
        self.label(info, k)

    def label(self, info: Info, k: int) -> None:
        """A section label: its text tags the entries under it (a list's label, only the list's items)."""
        self.close()
        self.tags = [strip_marks(info.block.text).strip(" :")]
        self.list_label = self.kind_at(k + 1) == BULLET and bool(lexicon().list_intros.search(info.block.text))
        self.month_section(info, k)
        self.week_section(info)
        self.aside(info, "section label")

    def month_section(self, info: Info, k: int) -> None:
        """A month heading ("March 2021", "March 2021[edit]") over a timeline's items: the month is their section, so
        an item "On 4 March, ..." is read in that month's year and an item naming no day is of that month. Not on a
        live page (its stamps need a day), nor in a list of months (a table of contents)."""
        timex = info.timex
        if (timex is None or timex.start is None or timex.end is None or not names_month(timex) or self.stamped
                or (self.kind_at(k + 1) in (LABEL, HEADLINE) and self.infos[k + 1].timex is not None)):
            return
        self.section = Section(timex.start, timex.end, "heading", f"the month heading '{info.block.text.strip()}'")

    def week_section(self, info: Info) -> None:
        """A label naming a span of a few days ("Week 3: 11–17 October", "Fighting from 2 to 8 March") over a
        chronology's items: the span is their section, so an item naming no day is of that week and "On Thursday"
        is the Thursday inside it. Not on a live page, whose stamps need a day."""
        span = self.week_span(info)
        if span is not None:
            self.section = Section(span[0], span[1], "heading", f"the section heading '{info.block.text.strip()}'")

    def week_span(self, info: Info) -> tuple[dt.date, dt.date] | None:
        """The few days a short heading names ("Week 3: 11–17 October"), on a page without timestamps, or None."""
        if self.stamped or info.timex is not None or info.block.words > WEEK_HEADING_WORDS:
            return None
        span = named_span(info.block.text, self.finder)
        return span if span is not None and 0 < (span[1] - span[0]).days < ITEM_PERIOD_DAYS else None

    def on_headline(self, info: Info, k: int) -> None:
        if self.in_related:
            self.aside(info, "related link")
            return
        if self.addressee(info, k):
            return
        if (self.pending_stamp is None and self.kind_at(k + 1) != PARA
                and lexicon().media_teaser.match(info.block.text)):
            self.close()
            self.aside(info, "teaser")  # "LISTEN: Our podcast on ...", under no stamp and over no text: a promotion
            return
        nxt = self.kind_at(k + 1)
        if self.pending_stamp is not None or self.stamp_below(k):
            self.close()
            if self.pending_stamp is not None:
                unit = self.start("item", title=info.block)
                unit.awaiting_lead = True
                self.in_item = True
            else:
                self.pending_title = info.block
            return
        if nxt == PARA:
            if self.among_subheadings(k):
                self.label(info, k)  # "Convoy hit in Gaza City" between paragraphs, as "Aid trucks held up" above it
                return
            if self.week_span(info) is not None:
                self.label(info, k)  # "Week 6: 6–12 December" over paragraphs: their week, not one story's title
                return
            if not self.stamped and question_heading(info.block):
                self.label(info, k)  # an explainer's "How did the offensive unfold?": its paragraphs' section
                return
            if name_heading(info.block) and self.paragraphs_apart(k):
                self.on_label(info, k)  # "Iraq and Syria" over its paragraphs: their section, not one story
                return
            paras = k + 1
            while self.kind_at(paras) == PARA:
                paras += 1
            if (paras - (k + 1) >= 2 and all(self.finder.act(i.block.text) is not None for i in self.infos[k + 1:paras])
                    and not any(prose.continues(i.block.text) for i in self.infos[k + 2:paras])):
                self.on_label(info, k)  # a section whose paragraphs each report their own day, not one story (a
                return  # paragraph carrying the one above on, "The Minister briefed ...", tells one story)
            if not self.stamped and self.many_acts(k + 1, paras):
                self.close()  # a whole wire story under one line (a caption?): its paragraphs are read as reports,
                self.aside(info, "headline")  # and the line names no section of theirs
                return
            after = self.kind_at(paras)
            stamped_next = after in STAMPS or (after == HEADLINE and self.kind_at(paras + 1) in STAMPS)
            if paras - (k + 1) <= MAX_TEASER_PARAGRAPHS and stamped_next:
                self.close()
                teaser = Unit("aside", "teaser", title=info.block, section=self.section, tags=list(self.tags))
                for j in range(k + 1, paras):
                    teaser.add(self.infos[j].block)
                    self.skip.add(j)
                self.units.append(teaser)
                return
            self.close()
            unit = self.start("item", title=info.block)
            unit.awaiting_lead = True
            self.in_item = True
            return
        if nxt == BULLET:
            self.on_label(info, k)
            return
        self.close()
        if self.kind_at(k - 1) == DATE_HEADING and nxt not in (HEADLINE, LABEL):
            self.start("item").add(info.block)  # a dated title with nothing under it: a list of releases
            return
        self.aside(info, "headline")

    def many_acts(self, first: int, end: int) -> bool:
        """Whether the paragraphs ``first``..``end`` are too many for one story under a headline of a page without
        timestamps: more than ``STORY_PARAGRAPHS``, ``STORY_OWN_ACTS`` of them reporting an act of their own day."""
        if end - first <= STORY_PARAGRAPHS:
            return False
        own = sum(1 for i in self.infos[first:end]
                  if not prose.continues(i.block.text) and self.finder.act(i.block.text) is not None)
        return own >= STORY_OWN_ACTS

    def on_stamp(self, info: Info, k: int) -> None:
        cur = self.current
        if (info.what == "turn" and cur is not None and cur.stamp is not None and info.stamp is not None
                and cur.blocks and cur.blocks[0].index in self.turns and self.infos[k - 1].block is cur.blocks[-1]
                and (cur.stamp.time, cur.stamp.date_text) == (info.stamp.time, info.stamp.date_text)):
            cur.add(info.block, info.stamp.body)  # a transcript's next turn in the same minute: the same segment
            return
        self.close()
        self.stamp_section(info)
        unit = self.start("item")
        unit.stamp = info.stamp
        if info.what.startswith(FEED):  # a feed's item: its outlet is its tag
            unit.what, unit.tags = FEED_ITEM, [*unit.tags, info.what.removeprefix(FEED)]
        unit.add(info.block, info.stamp.body if info.stamp else info.block.text)
        self.in_item = True

    def on_stamp_line(self, info: Info, k: int) -> None:
        if self.teaser_stamp(k):
            self.aside(info, "related link", info.timex)  # the time of a teaser in a list of other stories
            return
        cur = self.current
        if info.trailing and cur is not None and cur.stamp is None:
            cur.stamp, cur.stamp_line = info.stamp, info.block  # the footer of the post above
            self.stamp_section(info)
            cur.section = self.section
            self.close()
            return
        self.close()
        self.pending_stamp = info

    def on_bullet(self, info: Info, k: int) -> None:
        if self.in_related:
            self.aside(info, "related link")
            return
        cur = self.current
        if info.block.nested and cur is not None and cur.kind == "update":
            cur.add(info.block)  # a sub-item ("** ...", an indented "- ...") belongs to the item above
            return
        if cur is not None and self.in_item and cur.texts and (cur.texts[-1].rstrip().endswith(":") or (
                cur.stamp is not None and cur.kind == "update")):
            cur.add(info.block)  # a list in a timestamped entry is the entry's
            return
        if cur is not None and cur.kind == "update" and cur.blocks and self.infos[k - 1].block is cur.blocks[-1] and (
                cur.texts[-1].rstrip().endswith(":") or self.colon_list is cur):
            cur.add(info.block)  # "Since 4 November, the ICRC has:" over its list: the list is the paragraph's
            self.colon_list = cur
            return
        if self.editor_note(info):
            self.aside(info, "note to editors")
            return
        above = self.infos[k - 1].block if k else None
        if cur is not None and cur is self.addressed and (above is cur.title or (bool(cur.blocks)
                                                          and above is cur.blocks[-1])):
            cur.add(info.block)  # a recommendation under "To the Government of X:": the list addressed to X
            return
        self.in_item = False
        self.start("bullet").add(info.block)

    def on_source_line(self, info: Info, k: int) -> None:
        cur = self.current
        if cur is None or cur.kind != "update":
            self.aside(info, "dateline", info.timex)
            return
        cur.add(info.block, "")  # the item's outlet and date: its tag and its date, not its text
        cur.tags.append(info.what)
        cur.source_date = info
        self.close()

    def continues(self, cur: Unit, text: str) -> bool:
        """Whether a paragraph carries on ``cur``: its wording says so, or it names the same person again
        and no day of its own (a new day would be a new act), or it opens on a thing the update named and only
        gives background on it ("The cause of the explosion is still unclear."), or somebody of that thing speaks
        ("The hospital's director told ..."), or the body named above goes on by its short name ("OCHA has repeatedly
        said ..." under "... (OCHA) said"), or the speaker above goes on ("..., the minister stressed."). A quote does
        not carry on a paragraph of history ("The ICRC has been present in Ethiopia since 1977"): it is a statement."""
        if prose.opens_with_quote(text) and cur.kind == "update" and cur.texts and (kinds.history(
                cur.texts[-1], self.finder) or (prose.new_quoted_speaker(text, " ".join(cur.texts))
                                                and self.finder.act(text) is not None)):
            return False  # (nor does a quote of somebody named in full after it, not named above, who spoke on a day
            # of their own: "…,” WFP Deputy Executive Director Carl Skau told reporters on Friday": a new statement)
        if prose.continues(text) or (cur.kind == "update" and bool(cur.texts)
                                     and cur.texts[-1].rstrip().endswith((":", ","))):
            return True  # (what follows a paragraph ending in a colon or a comma carries it on: a list, a quote)
        if not (cur.kind == "update" and bool(cur.texts)):
            return False
        if prose.speaker_goes_on(text, " ".join(cur.texts)):
            return True  # ("..., the minister stressed.": the same statement, whatever day it names)
        if self.finder.act(text) is not None:
            return False
        said = " ".join(cur.texts)
        return (prose.same_person(text, said) or prose.same_body(text, cur.texts[-1])
                or prose.of_the_thing(text, cur.texts[-1])
                or (prose.same_thing(text, said) and kinds.background(text, self.finder)))

    def same_paragraph(self, cur: Unit, info: Info, k: int) -> bool:
        """On a page that spaces its paragraphs with blank lines, a line right under the paragraph of ``cur``
        with no blank line between them is more of that paragraph (a line break inside it)."""
        return (self.spaced and info.block.blank_before == 0 and cur.kind == "update" and k > 0
                and self.infos[k - 1].kind == PARA and bool(cur.blocks) and cur.blocks[-1] is self.infos[k - 1].block)

    def timeline_continues(self, cur: Unit, info: Info, k: int) -> bool:
        """Right under a timeline's dated item, a paragraph with no date of its own carries the item on when the
        layout sets it under the item: no blank line between them, or indented under an item that is not. (After
        a blank line, on a page that sets its paragraphs apart, it is a paragraph of its own.)"""
        block = info.block
        if not (cur.kind == "update" and bool(cur.blocks) and self.kind_at(k - 1) == PARA
                and cur.blocks[-1] is self.infos[k - 1].block):
            return False
        if block.blank_before and not (block.indented and not cur.blocks[0].indented):
            return False
        placed = self.finder.placed()  # (the item's year may be unknown yet: its shape is what counts)
        return placed.leading(cur.blocks[0].text) is not None and placed.act(block.text) is None

    def editor_note(self, info: Info) -> bool:
        """Whether a block under a press release's "Notes to editors" only tells the press where to find footage or
        what the organisation stands for ("The ICRC does not take sides ...")."""
        lex = lexicon()
        return (bool(self.tags) and bool(lex.editor_notes_labels.match(self.tags[0]))
                and bool(lex.editor_notes_asides.search(info.block.text, info.block.folded)))

    def on_paragraph(self, info: Info, k: int) -> None:
        cur = self.current
        if cur is not None and cur is self.addressed:
            self.close()  # the text after an addressed list is not one of its recommendations
            cur = None
        if self.addressee(info, k):
            return
        if self.editor_note(info):
            self.close()
            self.aside(info, "note to editors")  # the publisher on itself for the press, not news
            return
        if self.listing and (self.kind_at(k - 1) == LEAD_IN or (
                self.kind_at(k - 1) == PARA and not (cur is not None and self.continues(cur, info.block.text)))):
            self.close()
            self.start("paragraph").add(info.block)  # a summary line under the opening post's lead-in
        elif self.pending_stamp is not None:
            self.start("item").add(info.block)
            self.in_item = True
        elif cur is not None and (cur.awaiting_lead or self.in_item or self.continues(cur, info.block.text)
                                  or (self.posts and cur.kind == "update" and cur.stamp is None)
                                  or self.same_paragraph(cur, info, k) or self.timeline_continues(cur, info, k)):
            cur.add(info.block)  # (in a thread, a post runs on until the stamp below it)
        else:
            self.start("paragraph").add(info.block)


# how many of a page's paragraphs must follow a blank line for the page to count as spacing its paragraphs
SPACED_SHARE = 0.75
SPACED_MIN = 4


def _spaced(infos: list[Info]) -> bool:
    """Whether the page separates its paragraphs by blank lines (most pages saved from a browser either do or
    never do): then a line break with no blank line is a break inside one paragraph."""
    paras = [i for i in infos[1:] if i.kind == PARA]
    return len(paras) >= SPACED_MIN and sum(1 for i in paras if i.block.blank_before) >= SPACED_SHARE * len(paras)


def read_units(infos: list[Info], title: str | None, finder: DateFinder) -> list[Unit]:
    """Group classified blocks into units, in page order (``finder`` tells whether a paragraph names its day)."""
    return _Reader(infos, title, finder).read()
