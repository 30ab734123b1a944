"""The headings and lead-ins that set the section of what follows: its date and its tags.

The *section* is the date the page structure gives to what follows: a date heading, a day-of-war counter, a lead-in
"as of October 7", a month heading over a timeline's items, a label naming a few days over a chronology's items
("Week 3: 11–17 October": an item naming no day is of that week). The *tags* are the text of the section label above
("Military developments"). Section labels and lead-ins are asides; under a timestamp a lead-in is the update's title
("Summary of the day so far") or its intro ("Here are ...:"), and a post that only opens the page ("Welcome to our
coverage ... Here are the latest developments:") over summary lines makes each line an update of its own.
"""

from __future__ import annotations

import datetime as dt
import re

from chronik.segment.citations import strip_marks
from chronik.segment.classify import BULLET, DATED_LABEL, HEADLINE, LABEL, PARA, STAMP, TITLED_DAY, Info
from chronik.segment.headings import headline_shaped, names_month, page_note, welcome
from chronik.segment.lexicon import lexicon
from chronik.segment.lists import ListReading
from chronik.segment.newslist import clockless_stamp
from chronik.segment.pageview import STAMPS
from chronik.segment.period import ITEM_PERIOD_DAYS, named_span
from chronik.segment.prose import leaves_quote_open
from chronik.segment.teasers import teaser_date
from chronik.segment.units import Section, section_of

WEEK_HEADING_WORDS = 8  # a heading naming a few days ("Week 3: 11–17 October") is a section's, not a long headline
RECENT_DAYS = 7  # a run of day headings ending this close to the page's day is the week it sends
MIN_DAY_RUN = 2  # day headings one after the other, each over its own lines: a run a later label may close

MONTH_SPAN_DAYS = 27  # a heading's span shorter than a month names a stage of days, not the month it falls in
_YEAR_HEADING = re.compile(r"\s*((?:1[89]|20)\d\d)\s*:?\s*$")  # "1999", "2000:" alone on its line
# a box's label with the day its figures stand at in brackets ("FUNDING (AS OF 28 MAY 2024)"): it dates the box, not
# the report's sections below it
_BOX_AS_OF = re.compile(r"\(\s*as\s+(?:of|at)\b[^()]*\)\s*:?\s*$", re.I)
# a note of the day the figures listed under it stand at ("Figures updated as of 26 March 2021." over its bullets): it
# dates the figures, up to the next section's label, not the report's sections below them
_FIGURES_AS_OF = re.compile(r"^\W*(?:the\s+)?(?:figures|data|numbers|statistics|totals)\b[^.:]{0,30}\bas\s+(?:of|at)\b",
                            re.I)
# a time named in words, not a number alone: "spring 2014", "the 1990s" (in "REF: NICOSIA 1831", 1831 is no year)
_IN_WORDS = re.compile(r"[^\W\d]{3}")
# a briefing's window of a day and a night, up to the morning its lead-in names ("in the 24 hours to Thursday
# morning", "over the past 24 hours until 8 a.m. on 7 November"): its items are of that day or the day before
_DAY_TO = re.compile(r"\b(?:24|twenty-four)\s+hours\s+(?:up\s+)?(?:to|until|till|ending)\b", re.I)


class SectionReading(ListReading):
    """The reader's handling of date headings, day counters, lead-ins and section labels."""

    def on_headline(self, info: Info, k: int) -> None:
        """A headline: read by :class:`~chronik.segment.titles.TitleReading`, the reader built on this one."""
        raise NotImplementedError

    def on_date_heading(self, info: Info, k: int) -> None:
        if teaser_date(self, k):
            self.aside(info, "related link")
            return
        self.close()
        self.set_section(section_of(info, "heading"), tags=[])
        self.chapter_day = info.what == TITLED_DAY
        if clockless_stamp(self, k):  # a news list's item posted without a clock: its day, headline and summary
            unit = self.start("item", title=self.infos[k + 1].block)
            unit.stamp_line, unit.awaiting_lead = info.block, True
            self.skip.add(k + 1)
            return
        self.aside(info, "date heading", info.timex)

    def on_day_counter(self, info: Info, k: int) -> None:
        if teaser_date(self, k):
            self.aside(info, "related link")  # "Russia-Ukraine war: List of key events, day 411" under "Related"
            return
        self.close()
        self.set_section(section_of(info, "day-counter"), tags=[info.block.text.strip(" :")])
        if self.posts and self.kind_at(k + 1) in (PARA, BULLET):
            # a channel's post opening with the day ("Day 80. Morning update from the governor:" over its points),
            # in a thread of posts each stamped below its text: the post's first line
            self.start("item").add(info.block)
            return
        self.aside(info, "section label", info.timex)

    def stamped_headline_text(self, info: Info, k: int) -> bool:
        """Whether a sentence worded as a lead-in ("As of 05:00, 65,000 people had crossed, the government said.") is
        the text of the stamped headline right above it ("[09:10] Morning figure"): a report, not a note on the page."""
        cur = self.current
        return (cur is not None and cur.stamp is not None and self.in_item and info.timex is None
                and len(cur.blocks) == 1 and self.kind_at(k - 1) == STAMP and cur.blocks[0] is self.infos[k - 1].block
                and info.block.text.rstrip().endswith(".") and not cur.lead.rstrip().endswith((".", "!", "?"))
                and not (page_note(info.block) or welcome(info.block)))

    def on_lead_in(self, info: Info, k: int) -> None:
        if self.in_related:
            self.aside(info, "related link")
            return
        cur = self.current
        introduces = info.block.text.rstrip().endswith(":") or (
            cur is not None and cur.title is not None and cur.title.index in self.intros)
        if cur is not None and self.stamped_headline_text(info, k):
            cur.add(info.block)  # "[09:10] Morning figure" / "As of 05:00, ... said."
            return
        if introduces and self.kind_at(k + 1) == PARA and leaves_quote_open(self.infos[k + 1].block.text):
            self.close()  # "The full text of resolution 1298 reads as follows:" over the text it quotes, paragraph by
            self.start("paragraph").add(info.block)  # paragraph: the report of the text, the text its part
            return
        if self.stamped_dated_title(info, k, introduces) or self.signed_post_title(info, k, introduces):
            self.on_headline(info, k)  # "14:05" / "'No retreat as of today', commander says" / its paragraph
            return
        # (a lead-in right under a stamped post's headline is its intro, whatever day it names: "17.24 GMT" /
        # "Evening summary" / "Here are the main developments on the first day of the campaign:")
        titled = cur is not None and cur.stamp is not None and self.in_item and introduces and not cur.blocks \
            and cur.title is not None and cur.title is self.infos[k - 1].block and self.lists_below(info, k)
        # (and one further down a stamped post, over the post's own list, whatever day it names: "20/11/2020 - 13:05"
        # / its paragraph / "Advanced detachments ... carried out the following attacks on Thursday, 19 November:" /
        # the attacks, one bullet each)
        listed = cur is not None and cur.stamp is not None and self.in_item and introduces and bool(cur.blocks) \
            and self.kind_at(k + 1) == BULLET
        if (info.timex is None or titled or listed) and (self.pending_stamp is not None or (
                cur is not None and cur.stamp is not None and self.in_item and introduces)):
            # under a timestamp, "Summary of the day so far" is the update's title, "Here are ...:" its intro
            self.intros.add(info.block.index)
            if self.pending_stamp is None and cur is not None:  # (with no stamp pending, cur is the stamped update)
                cur.add(info.block)
                self.listing, self.listing_stamp = titled, cur.stamp
                if titled and cur.title is not None:  # ("Summary" over its lead-in: the post only introduces its lines)
                    self.intros.add(cur.title.index)
            elif self.pending_title is None:
                unit = self.start("item", title=info.block)
                unit.awaiting_lead = True
                # "Welcome to our coverage ... Here are the latest developments:" right under a post's stamp, over
                # two summary lines or more: each line is an update of its own, the stamp and lead-in an aside
                # (a post's label may stand between over a welcome: "06.41 GMT" / "Opening summary" / "Good morning
                # and welcome ...:"; a recap under "Summary" that welcomes no one is read above, as a titled post's)
                under_stamp = self.kind_at(k - 1) in STAMPS or (
                    self.kind_at(k - 1) == LABEL and self.kind_at(k - 2) in STAMPS and welcome(info.block))
                self.listing = under_stamp and self.lists_below(info, k)
                self.listing_stamp = unit.stamp
            else:
                self.start("item").add(info.block)
            self.in_item = True
            return
        self.flush(None)
        self.close()
        if info.block.text.rstrip().endswith(":") and self.tags and lexicon().background_labels.match(self.tags[0]):
            self.tags = []  # "Here's the latest:" under "WHAT TO KNOW" opens the news again: not background
        if info.timex is not None and not _BOX_AS_OF.search(info.block.text):
            section = section_of(info, "heading")
            if section is not None:
                start, end = section.date, section.end
                if _DAY_TO.search(info.block.text):
                    start, end = start - dt.timedelta(days=1), end or start
                section = Section(start, end, "heading", f"the lead-in '{info.block.text.strip()}'")
            self.set_section(section)
            # (its day ends at the next label over its own list of figures, "Figures correct as at ..." / list /
            # "Highlights", and for a short label naming its day over its rows, "Key Hits 11 APRIL:"; otherwise the
            # note over a report's sections dates them all)
            self.figures_day = section is not None and (info.what == DATED_LABEL or (
                _FIGURES_AS_OF.search(info.block.text) is not None and self.kind_at(k + 1) == BULLET))
        self.aside(info, "lead-in", info.timex)

    def lists_below(self, info: Info, k: int) -> bool:
        """Whether lead-in ``k`` closes with a colon over two summary lines or more ("Here is what we learnt:")."""
        return info.block.text.rstrip().endswith(":") and self.kind_at(k + 1) == PARA and self.kind_at(k + 2) == PARA

    def stamped_dated_title(self, info: Info, k: int, introduces: bool) -> bool:
        """Whether lead-in ``k``, right under a post's stamp and over its paragraph, is the post's headline: it names a
        day ("'The city holds as of today', governor says", "Strikes on Odesa overnight, Monday's toll rises") but
        is shaped like a title (no closing punctuation) and introduces nothing."""
        return (info.timex is not None and self.pending_stamp is not None and self.pending_title is None
                and not introduces and self.kind_at(k - 1) in STAMPS and self.kind_at(k + 1) == PARA
                and headline_shaped(info.block))

    def signed_post_title(self, info: Info, k: int, introduces: bool) -> bool:
        """Whether lead-in ``k`` heads a post as its headline, over the post's byline and stamp ("Welcome to our live
        coverage" / "By Jane Doe" / "07:02 AEST"): shaped like a title, introducing nothing."""
        return not introduces and self.byline_at(k + 1) and self.stamp_below(k) and headline_shaped(info.block)

    def label(self, info: Info, k: int) -> None:
        """A section label: its text tags the entries under it (a list's label, only the list's items)."""
        self.close()
        if self.ends_days(k) or (self.chapter_day and self.kind_at(k - 1) in (PARA, BULLET)):
            # the days are over (a chapter named by its subject alone after chapters named by day and subject, "What
            # the footage shows"): what follows is dated by its own words, or the page's day
            self.section, self.chapter_day = None, False
        if self.figures_day:  # the figures' day ends with their box ("Figures updated as of ..." / list / "Summary")
            self.section, self.figures_day = None, False
        if self.span_label:  # the next section of the document, on its own subject ("The fall of the enclave")
            self.section, self.span_label = None, False
        if self.names_other_time(info):
            self.section = None  # "How it began: spring 2014" after a timeline's days: its items are of their own
        if self.section is not None and self.section.basis == "heading" and \
                lexicon().reference_label.match(strip_marks(info.block.text)):
            self.section = None  # the timeline's end matter ("Notes", "Sources"): of none of its years or days
        self.tags = [strip_marks(info.block.text).strip(" :")]
        self.list_label = self.kind_at(k + 1) == BULLET and bool(lexicon().list_intros.search(info.block.text))
        self.month_section(info, k)
        self.year_section(info)
        self.week_section(info)
        self.aside(info, "section label")

    def names_other_time(self, info: Info) -> bool:
        """Whether label ``info`` under a day's heading names a longer time the day is not in ("How it began: spring
        2014", "Background: the 1990s" after "August 24"): a section on another time, which the day does not date."""
        section = self.section
        if section is None or section.basis != "heading" or section.end not in (None, section.date):
            return False
        for m in self.finder.find(strip_marks(info.block.text)):
            start, end = m.timex.start, m.timex.end
            if start is not None and end is not None and start != end and not start <= section.date <= end \
                    and _IN_WORDS.search(m.text):
                return True
        return False

    def ends_days(self, k: int) -> bool:
        """Whether label ``k`` closes a run of day headings rather than naming a topic inside the last day: two day
        headings or more, each right over its paragraphs with no label between them, none after the label (a
        newsletter's "Mon 4/8" ... "Fri 4/12" over a line or two each, then "ANALYSIS" or "In case you missed it"),
        the last day within a week of the page's (a timeline's days long past go on into its "Aftermath")."""
        anchor, section = self.finder.anchor, self.section
        return (self.day_run_headings >= MIN_DAY_RUN and self.last_day_heading < k <= self.day_run_end
                and self.kind_at(k - 1) in (PARA, BULLET)
                and anchor is not None and section is not None and abs((anchor - section.date).days) <= RECENT_DAYS)

    def month_section(self, info: Info, k: int) -> None:
        """A month heading ("March 2021", "March 2021[edit]") over a timeline's items: the month is their section, so
        an item "On 4 March, ..." is read in that month's year and an item naming no day is of that month. Not on a
        live page (its stamps need a day), nor in a list of months (a table of contents)."""
        timex = info.timex
        if (timex is None or timex.start is None or timex.end is None or not names_month(timex) or self.stamped
                or (self.kind_at(k + 1) in (LABEL, HEADLINE) and self.infos[k + 1].timex is not None)):
            return
        self.section = Section(timex.start, timex.end, "heading", f"the month heading '{info.block.text.strip()}'")
        self.span_label = (timex.end - timex.start).days < MONTH_SPAN_DAYS  # (a few days: "The attack: 6 to 10 July")

    def year_section(self, info: Info) -> None:
        """A heading of nothing but a year ("1999", "2000[edit]") over a timeline's items: the year is their section, so
        an item "7 August – ..." or "4–16 September – ..." is read in that year, not the publication's. Not on a live
        page, whose stamps need a day."""
        m = _YEAR_HEADING.match(strip_marks(info.block.text))
        if m is None or self.stamped:
            return
        year = int(m.group(1))
        self.section = Section(dt.date(year, 1, 1), dt.date(year, 12, 31), "heading",
                               f"the year heading '{info.block.text.strip()}'", year_heading=True)

    def week_section(self, info: Info) -> None:
        """A label naming a span of a few days ("Week 3: 11–17 October", "Fighting from 2 to 8 March") over a
        chronology's items: the span is their section, so an item naming no day is of that week and "On Thursday"
        is the Thursday inside it. Not on a live page, whose stamps need a day."""
        # (a week named from the page's date, "Incidents this week", is the week its title names, if any: the page's
        # period dates the items, not the week the page was saved in)
        span = self.week_span(info, relative=False)
        if span is not None:
            self.section = Section(span[0], span[1], "heading", f"the section heading '{info.block.text.strip()}'")
            self.span_label = True

    def week_span(self, info: Info, relative: bool = True) -> tuple[dt.date, dt.date] | None:
        """The few days a short heading names ("Week 3: 11–17 October"), on a page without timestamps, or None
        (``relative``: see :func:`named_span`)."""
        if self.stamped or info.timex is not None or info.block.words > WEEK_HEADING_WORDS:
            return None
        span = named_span(info.block.text, self.finder, relative)
        return span if span is not None and 0 < (span[1] - span[0]).days < ITEM_PERIOD_DAYS else None
