"""The date of each unit, how it was decided, and what a person should check.

Order of evidence: the page structure first (a timestamp with its section's day, a date heading, a
day-of-war counter, a lead-in "as of ..."); else the date of the update's main act in its lead paragraph
("On 4 November, ...", "said Thursday"; a wire's dateline before it, "KYIV, March 3 (AP) — ", is the filing day, not
the act's); else the day a report's title gives its information as of ("Flash Update No. 3 (as of 14 June 2018)",
issued the 15th); else the publication date. An item whose title leads with its day ("12 May | ..." over the rest of its
cell) is dated by it; one led by a year alone ("1975 - ... On November 6, ...") by the day its text names, read in
that year, or by that year when it names none. A date in a subordinate clause
("since the fighting began on September 27"; not a "when" clause saying when casualties fell, "two were killed when
shells hit Shusha on Tuesday"), in a quote, hanging on an event noun ("an offensive on
September 19-20"), counted from another event ("a day earlier") or vaguer than a few days ("earlier
this month", "in 2020") never dates an act. When the text's act date is more than a few days from the
structural date, the structural date stays and the update is flagged ``date-conflict``. When it is a few days
from the heading, counter or lead-in above an update without a timestamp and opens the update ("On Sunday, ..."
or "Overnight on March 12, ..." under "Tuesday 15 March"), the update reports an event of that day, and the
act's date wins; so does a date opening such an update up to a week before the structure's day (``DIGEST_DAYS``:
a digest covers the days since the last one, "On April 5, ..." under April 11), while one further back ("On
October 2" under November 2) stays flagged. The act's date wins as well further into the sentence when it is the
main verb's own day ("Russian forces shelled Kharkiv on Sunday": the verb, a short object, "on", "over" or "at"
and the day; a place between them, "killed two in the southern city of Kherson on Monday", does not count against
it, and a day closing its sentence or its clause before the source, ", the governor said", may follow a longer
object); a date that follows a longer object, a preposition tying it to a noun, or a participle hanging on a noun
may belong to something the act only mentions ("called a fake message from the army on October 6 a provocation",
"reviewed footage of drones launched at Haifa on Monday"), and the structural date stays. A weekend dates an
update from its Saturday to its Sunday, and a range of days the text writes out ("between 1 and 10 June") from its
first to its last day. A timestamp keeps its own day whatever day the text names ("10.05 Netanyahu said yesterday
..." is dated by the stamp), as the seed gold dates stamped posts. A night touches the morning after it:
"overnight" under the heading of that morning agrees with it, and "overnight" in a story with no heading is the
night into the morning the story came out (its publication day), unless the text is at another day or names the
night's. A day ahead of the page's date said in the future tense ("talks are set to resume on Monday") is a plan,
not the act: the update is the announcement, dated as if
the text named no day, and never flagged for it. An unstamped item dated by the day it opens with takes the clock
right after that day as its time ("On October 4, at about 10:30 a.m., two rockets hit ..."): the act's, as its day
is; a clock further into the text is an incident's, not the item's (as a stamp's update keeps the stamp's time).

The page's text is read in order (``Told``). An item naming no day of its own that opens with an anaphor of one ("Later
that day", "The following day", "Two days later", or "that evening" and "at the time" said with its main verb: "The army
said at the time that ...") is dated from the day of the item before it. An item under a day's heading that opens with a
clock ("At 14:00, ...", "Around 05:30 local time, ...") or says its main act at one ("began shelling the town at 23:35")
has that time. A page telling a past period (a timeline of August 2008 saved in 2024) writes its year once ("On 1 August
2008, ..."); its dates and day headings without a year that, read against the publication date, land months away from it
take the year of the latest date above them written with one (``headings.told_year``). Under the last day's heading of
such a timeline, an item opening with a later day told in the past, before the page's date, is its aftermath and takes
that day.
In a report on a past period, a chapter's heading naming one day a month or more before the page's date ("3. The
shelling of 22 January") dates the paragraphs under it naming no day of their own (``Told.topic``), up to the next
heading.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from chronik.dates import DAY_COUNTER, EXPLICIT, RELATIVE, Mention, Timex
from chronik.dates.anchor import FUTURE, PAST, safe_date
from chronik.dates.clock import opening_clock
from chronik.dates.lexicon import alternation, part_of_day_opening
from chronik.dates.lexicon import lexicon as date_lexicon
from chronik.dates.tense import tense_at
from chronik.dates.timex import day_timex
from chronik.segment import ago, almanac, prose
from chronik.segment.finder import DateFinder
from chronik.segment.headings import FAR_DAYS, counts_the_war, told_year
from chronik.segment.item_clock import item_clock, night_clock
from chronik.segment.kinds import history_lead
from chronik.segment.lexicon import lexicon
from chronik.segment.main_verb import evening_saying, noun_tied, opens, verbs_day
from chronik.segment.period import ITEM_PERIOD_DAYS, Period, in_period
from chronik.segment.speaker_labels import MEETING_STATEMENT
from chronik.segment.structure import Unit
from chronik.segment.time_check import time_check
from chronik.segment.units import Section

DATE_CONFLICT = "date-conflict"
NO_DATE = "no-date"
ASIDE_BASIS = {"date heading": "heading", "lead-in": "heading", "section label": "day-counter",
               "page title": "day-counter", "dateline": "explicit", "timestamp": "timestamp"}


@dataclass
class Told:
    """Where the page's text has got to, unit by unit: the day it was at last (a heading's, an item's dated by its
    text or its heading; None after a span of days), the reference of an anaphor opening the next item ("Later that
    day", "The next day"), and the latest date it wrote with its year ("On 1 August 2008"), which gives its year to
    the dates after it written without one on a page telling a past period."""

    day: Timex | None = None
    written: dt.date | None = None
    led: dt.date | None = None  # the latest date with its year an item led with ("April 15, 2023 - Fighting ...")
    almanac: dt.date | None = None  # the day of the year an almanac column is framed by (``segment.almanac``)
    topic: Mention | None = None  # the day a heading of a report on a past period names (see ``_topic_day``)
    by_lead: bool = False  # whether ``day`` is the day the last update led with ("Day 3 (June 15): ...")
    # the day the last item led with inside a month's section, and that month's first and last day ("16 January:
    # ..." under "January 1999"): the day of the paragraphs after it, until the next item that leads with its day
    lead_day: tuple[dt.date, tuple[dt.date, dt.date]] | None = None


@dataclass(frozen=True)
class PageDates:
    """What dates a page: its publication day (None when unknown), how that is known, and the resolver; ``told``
    follows the page's text as its units are dated in page order."""

    publication: dt.date | None
    publication_why: str
    finder: DateFinder
    period: Period | None = None  # the span the page's title names ("Weekly overview: 2–8 March 2024")
    told: Told = field(default_factory=Told)
    as_of: Mention | None = None  # the day the title gives its information as of (see ``information_day``)
    printed: PageDates | None = None  # the page as printed, while a story filed before it is dated (``filed_story``)
    # the one heading of a page with no other, naming its publication day ("28 June 1950" under a release's title):
    # the day the page came out, not a section's day its acts must keep to (``_before_dateline``)
    dateline: Section | None = None
    # the day of each item (by ``id``) of a week told day by day, led by its weekday (``weekday_runs``)
    weekday_days: dict[int, dt.date] = field(default_factory=dict)


@dataclass
class Dated:
    date: dt.date | None
    basis: str
    why: str
    end: dt.date | None = None
    flags: list[str] = field(default_factory=list)
    act: Mention | None = None
    time: str | None = None  # an unstamped item's clock, when it follows the day the item opens with
    clock_zone: str | None = None  # the zone that clock names ("at 2140 EDT"), None: the source's own
    in_told_night: bool = False  # dated by a clock in the night (or day) the text was at, where the text stays
    by_lead: bool = False  # dated by the day the item leads with
    carried: bool = False  # dated by the day the item above led with (a timeline's next paragraph)


def _distance(day: dt.date, act: Mention, last: dt.date | None = None) -> int:
    """Days between ``day`` (to ``last``, a heading's span of days "9–12 August") and the act's span; a night
    (``...TNI``) runs into the morning after it, unless the text names its day (see ``_NAMED_NIGHT``)."""
    start, end = act.timex.start, act.timex.end
    assert start is not None and end is not None
    if act.timex.value.endswith("TNI") and not _NAMED_NIGHT.search(act.text):
        end = end + dt.timedelta(days=1)
    last = max(day, last or day)
    if start <= last and day <= end:
        return 0
    return (start - last).days if start > last else (day - end).days


# a night named by its day, "on Tuesday night", "on the night of 18 October", is that day's, as the seed gold dates
# it, even under the heading of the morning after; "overnight", "last night" (and "overnight Tuesday") reach into it
_NAMED_NIGHT = re.compile(r"^(?!.*\b(?:overnight|last|tonight)\b)"
                          r".*(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)", re.I)


# a digest (a heading, a day-of-war counter, a lead-in "Here is the situation on ...") covers the news of the days
# since the last one, a week at most: an item that opens with a day that many days before it reports that day's
# news ("On April 5, Brazil's president suggested ..." under April 11); a day further back ("On October 2 ..." under
# November 2) is more likely a slip or background, and stays flagged
DIGEST_DAYS = 7


def _recent_opening(lead: str, act: Mention, day: dt.date) -> bool:
    """Whether ``act`` opens ``lead`` and ends before ``day`` by at most ``DIGEST_DAYS`` days."""
    end = act.timex.end
    return end is not None and end < day and 0 < _distance(day, act) <= DIGEST_DAYS and opens(lead, act)


def _later_opening(lead: str, act: Mention, day: dt.date, last: dt.date | None, publication: dt.date | None) -> bool:
    """Whether ``act`` opens ``lead`` with a day after the structure's (``day``, or ``last``, the last day of its
    span) told in the past tense, or in the present with its year, and not after the page's date: under the last
    day's heading of a timeline, its aftermath ("On 26 August, the president signed ..." under "9–12 August" on a page
    of the next year), not a plan."""
    start = act.timex.start
    tense = tense_at(lead, act.start, act.end)
    # (a history's timeline tells in the present: "On May 1, 2003, Bush declares ...", its day written in full)
    return (publication is not None and start is not None and act.timex.end is not None
            and start > (last or day) and act.timex.end <= publication and opens(lead, act)
            and (tense == PAST or (tense is None and _YEAR.search(act.text) is not None)))


def _posted_news(unit: Unit, act: Mention, day: dt.date) -> bool:
    """Whether ``unit`` is the lead of a listed story under the date line it was posted on, with no clock ("Army
    retakes Ceel Buur" / "March 3, 2024 | Outlet" / its text), whose act is a day up to ``DIGEST_DAYS`` before that
    date ("said on Friday", "on March 1"): the story's news, as a page's act dates a story without a list around it
    ("on Friday" in the story posted on Saturday is Friday). So is a paragraph of a release under the date line it
    was issued on ("Date: 06 August 2005" / "1. In an encounter ... on 5 August 2005, three terrorists were
    killed.")."""
    end = act.timex.end
    listed = (unit.stamp_line is not None and unit.what == "item") or (
        unit.section is not None and unit.section.issued)
    return (_unstamped(unit) and listed and end is not None and end < day and 0 < _distance(day, act) <= DIGEST_DAYS)


def _unstamped(unit: Unit) -> bool:
    """Whether ``unit`` has no stamp of its post: no clock, and no age over it ("6 hours ago", counted back to a day
    and no clock), which dates its post as a clock does."""
    return unit.stamp is None and (unit.stamp_line is None or ago.age(unit.stamp_line.text) is None)


def _within(day: dt.date, last: dt.date | None, act: Mention) -> bool:
    """Whether the act's days lie inside the span of days the structure gives (``day`` to ``last``: a weekly
    overview's week), other than its first day."""
    start, end = act.timex.start, act.timex.end
    return (last is not None and start is not None and end is not None and day < start
            and end <= last)


def _before_dateline(unit: Unit, page: PageDates, act: Mention) -> bool:
    """Whether ``unit`` is under the page's dateline (``PageDates.dateline``) and its act is a few days before it: the
    day the page came out heads no section its acts must keep to ("The Security Council late last night adopted ..."
    under "28 June 1950" is of the 27th), unless the day is a noun's the act only mentions (``noun_tied``)."""
    return unit.section is not None and unit.section is page.dateline and act.timex.start is not None \
        and act.timex.start < unit.section.date and not noun_tied(unit.lead, act)


def _act_dated(act: Mention, why: str) -> Dated:
    """The update dated by its act (a day or a few days)."""
    assert act.timex.start is not None and act.timex.end is not None
    end = act.timex.end if act.timex.end > act.timex.start else None
    return Dated(act.timex.start, act.timex.kind, why, end=end, act=act)


def _said(act: Mention) -> str:
    assert act.timex.start is not None
    return f"'{act.text.strip(' .,')}' ({act.timex.start.isoformat()})"


def _structural(unit: Unit, page: PageDates) -> Dated | None:
    """The date the page structure gives ``unit`` (None when it gives none)."""
    section, stamp = unit.section, unit.stamp
    shift = dt.timedelta(days=unit.day_offset)
    past_midnight = "; the times before it passed midnight, so the next day" if unit.day_offset > 0 else (
        "; the times ran back past midnight before this one, so the day before" if unit.day_offset < 0
        and section is not None and section.basis == "timestamp" else
        "; the page's date is the day after the midnight its times pass after this one (the day of its last-update "
        "clock, or of most of its updates), so the day before" if unit.day_offset < 0 else "")
    if stamp is not None:
        if section is not None:
            return Dated(section.date + shift, "timestamp",
                         f"time from the timestamp '{stamp.label}'; date from {section.why}{past_midnight}")
        if page.publication is not None:
            return Dated(page.publication + shift, "timestamp",
                         f"time from the timestamp '{stamp.label}'; date from {page.publication_why}{past_midnight}")
        return None
    if section is not None:
        return Dated(section.date, section.basis, f"dated by {section.why}", end=section.end)
    return None


# a time of the day opening an item under its day's heading, no day with it: "Late in the afternoon, ...", "In the
# evening ...", "At 4 p.m., ..."
@functools.cache
def _time_of_day_opening() -> re.Pattern[str]:
    """An opening on a part of the day (:func:`part_of_day_opening`), or the part alone, maybe after "this"."""
    parts = alternation(date_lexicon().parts_of_day)
    return re.compile(rf"^\W*(?:{part_of_day_opening()}|(?:this\s+)?{parts}\b)", re.I)


def _opens_on_time_of_day(lead: str, act: Mention) -> bool:
    """Whether ``lead`` opens on a time of the day with no day of its own, its act's day named only in a later sentence
    ("Late in the afternoon, police brought in a prisoner. ... he said his officers had fled on Friday"): the item is
    of its heading's day; the later day is what someone in it tells of."""
    first = prose.SENTENCE_BOUNDARY.search(lead)
    return first is not None and act.start >= first.end() \
        and (_time_of_day_opening().match(lead) is not None or opening_clock(lead) is not None)


def _reporting_period(section: Section, publication: dt.date | None) -> bool:
    """Whether ``section`` is the few days a report covers up to the day it was issued ("21 – 24 April 2009" under a
    situation report of 24 April): what it tells without a day of its own is as of that day, not of the first."""
    return section.basis == "heading" and section.end is not None and section.end == publication \
        and 0 < (section.end - section.date).days < ITEM_PERIOD_DAYS


def _source_dated(unit: Unit) -> Dated | None:
    """An item dated by the outlet and date under it ("Haaretz, 13 January 2024"): the date it was reported, which
    its section (a press review's day) may not be; flagged when the two are far apart."""
    line = unit.source_date
    if line is None or line.timex is None or line.timex.start is None:
        return None
    day = line.timex.start
    dated = Dated(day, line.timex.kind, f"dated by its source line '{line.block.text.strip()}'")
    if unit.what == "record":
        dated.time = _clock_of(line.timex)  # a record's date field with its time ("Date/Time: 26 JAN 24 1945 UTC")
    section = unit.section
    if section is not None and not (section.end is not None and section.date <= day <= section.end) and abs(
            (section.date - day).days) > lexicon().conflict_days:
        dated.flags.append(DATE_CONFLICT)
        dated.why += f"; the page puts it under {section.why} — flagged for review"
    return dated


# a document's heading closing on the day it was issued, after a comma: "43 Statement in the Knesset by Prime Minister
# Begin, 8 June 1982", "Communique of the Revolutionary Council, 12 March 1979"
_TITLE_DAY = re.compile(r",\s*(?P<day>(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4})\s*\.?$")


def _under_titled_day(unit: Unit, page: PageDates) -> Unit:
    """``unit`` as dated under the day its title closes on (see ``_TITLE_DAY``), a selection of documents each headed
    by what it is and when it was issued: the document's day is the structure's, as a day heading's would be, not
    the day the collection came out."""
    title = unit.title.text.strip() if unit.title is not None else ""
    m = _TITLE_DAY.search(title)
    if m is None or not _unstamped(unit):
        return unit
    day = page.finder.resolve(m.group("day"))
    if day is None or day.start is None or day.start != day.end:
        return unit
    return _on_day(unit, day.start, f"the day its title closes on, '{m.group('day')}'")


def _on_day(unit: Unit, day: dt.date, why: str) -> Unit:
    """``unit`` under a section of the one day ``day`` the structure gives it (``why``), as under a day heading."""
    return dataclasses.replace(unit, section=Section(day, None, "heading", why))


def _month_span(section: Section | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of ``section`` when it is a calendar month's ("January 1999"), else None."""
    if section is None or section.end is None or section.date.day != 1 or section.end.month != section.date.month \
            or (section.end + dt.timedelta(days=1)).day != 1:
        return None
    return section.date, section.end


def _under_led_day(unit: Unit, page: PageDates) -> Unit:
    """``unit`` as dated under the day the item above it led with, inside the same month's section: a news
    archive's month page whose days lead their first paragraph ("16 January: ECOMOG troops ..." under "January
    1999"), the paragraphs after it being that day's news, their weekdays counted from it, until the next day that
    leads an item."""
    led = page.told.lead_day
    if led is None or not _unstamped(unit) or _month_span(unit.section) != led[1] or unit.what == "bullet" \
            or ((act := page.finder.with_anchor(led[1][1]).act(unit.lead)) is not None and act.timex.kind == EXPLICIT):
        return unit  # (a bullet is the list's next item; an act's day written out is read in the section's span)
    return _on_day(unit, led[0], f"the day the item above led with, {led[0].isoformat()}")


def _clock_of(timex: Timex) -> str | None:
    """The clock time a timex of one day gives ("2024-01-26T19:45"), None when it gives none."""
    clock = timex.value.partition("T")[2]
    return clock if re.fullmatch(r"\d\d:\d\d", clock) else None


def date_update(unit: Unit, page: PageDates) -> Dated:
    """Decide the date of an update (see the module docstring)."""
    sourced = _source_dated(unit)
    if sourced is not None:
        return sourced
    lead = without_dateline(unit.lead)
    entry = _almanac_entry(unit, page, lead)
    if entry is not None:
        return entry
    run_day = page.weekday_days.get(id(unit))
    unit = _under_led_day(_under_titled_day(unit, page), page)
    anchors = _anchors(unit, page)
    anchor = anchors[0]
    leading = in_period(lambda f: f.leading(lead), page.finder, anchors) if _unstamped(unit) else None
    leading = _in_told_year(unit, page, leading, lambda f: f.leading(lead))
    title = unit.title.text if unit.title is not None else None
    if leading is None and _unstamped(unit) and title is not None:  # "12 May | Shelling of ..." over its text
        leading = in_period(lambda f: f.leading(title), page.finder, anchors)
        leading = _in_told_year(unit, page, leading, lambda f: f.leading(title))
    leading = _in_led_year(unit, page, leading)
    leading = _in_past_year(page, leading)
    leading = _in_past_week(page, leading, lead)
    if leading is not None and run_day is not None and leading.timex.start != run_day:
        leading = dataclasses.replace(leading, timex=day_timex(
            run_day, leading.timex.kind, f"weekday '{leading.text.strip()}' of the days in a row the page's items lead "
                                         f"with, the last of them on or before the page's date"))
    if leading is not None and leading.timex.start is not None:  # a list item that leads with its own date
        if _YEAR.search(leading.text):
            page.told.led = leading.timex.start
        span = _month_span(unit.section)
        if span is not None and span[0] <= leading.timex.start <= span[1] and leading.timex.end == leading.timex.start:
            page.told.lead_day = (leading.timex.start, span)
        dated = _act_dated(leading, f"dated by {_said(leading)}, the date the item leads with: {leading.timex.why}")
        item_clock(unit, dated)  # ("26 Mar | From around 02:00, ...": the clock right after that day)
        dated.by_lead = True
        return dated
    month = _led_month(unit, page, lead, anchors) or _led_year_act(unit, page, lead)
    if month is not None:
        return month
    act = in_period(lambda f: f.act(lead), page.finder, anchors)
    act = _in_told_year(unit, page, act, lambda f: f.act(lead))
    if act is not None and (_known(lead, act) or _described(lead, act) or _elsewhere_now(lead, act)
            or MEETING_STATEMENT.match(lead) or history_lead(lead, act, page.finder.with_anchor(anchor))
            or (_unstamped(unit) and unit.section is None and _war_start(lead, act, anchor))):
        act = None
    plan = ""
    if act is not None and _planned(lead, act, anchor):
        plan, act = f"; the text names a plan for {_said(act)}, not the day of the news: {act.timex.why}", None
    if _unstamped(unit) and page.told.day is not None:
        act = _earlier(lead, page.finder.with_anchor(anchor).anaphor(lead, page.told.day), act)
    night = (_in_told_night(unit, page, lead) or _later_in_told_day(unit, page, lead)) if act is None else None
    if night is not None:
        return night
    dated = _dated_by_structure_or_act(unit, page, act, lead)
    dated.by_lead = act is not None and dated.act is act and dated.date == act.timex.start and opens(lead, act) \
        and _DAY_LABEL_END.match(lead, act.end) is not None
    undated = dated.basis == "publication" or (dated.basis == "heading" and _spans(unit.section))
    # (one item led by its day is enough: the day is set off as a label, "Monday, 3 March: ...", which an article's
    # "On Sunday, ..." is not; the blind set ZZZZZW: a paragraph under a chronology's first item tells its day)
    if undated and act is None and not plan and page.told.by_lead \
            and page.told.day is not None and _unstamped(unit) \
            and not any(lexicon().reference_label.match(tag) for tag in unit.tags):  # (not its "Notes", "Sources")
        dated = _led_day_goes_on(page.told.day)
    dated.why += plan
    item_clock(unit, dated)
    return dated


# what ends a day that labels its item, rather than opening a sentence ("Day 3 (June 15): ...", "June 15 – ...";
# not "On 20 March, the mission ...")
_DAY_LABEL_END = re.compile(r"\s*(?:\([^()]{1,30}\))?\s*(?::|[–—]|-\s)")


_OVERNIGHT = re.compile(r"overnight", re.I)
NIGHT_DAY_GAP = 40  # how far after "overnight" a day may name the night ("Overnight (~20:45 UTC, 23 June): ...")


def _night_into(act: Mention, page: PageDates, lead: str) -> bool:
    """Whether ``act`` is "overnight", a night not named by its day, the one before the page's date, on a page whose
    text is at no other day. ("Last night" is the evening before: its day, as the sets' gold dates it; a page telling
    an earlier day, "Here is what happened on 19 November", tells that day's night; "Overnight (~20:45 UTC, 23
    June)" names its night's day.)"""
    day, told = page.publication, page.told.day.start if page.told.day is not None else None
    return (day is not None and told in (None, day) and act.timex.value.endswith("TNI")
            and _OVERNIGHT.fullmatch(act.text.strip()) is not None
            and act.timex.end is not None and act.timex.end + dt.timedelta(days=1) == day
            and not any(m.timex.kind == EXPLICIT for m in page.finder.find(lead[act.end:act.end + NIGHT_DAY_GAP])))


def _spans(section: Section | None) -> bool:
    """Whether ``section`` is a span of days (a year heading "2025", a magazine issue's "Nov. 20 - Dec. 03, 1993"):
    under it, a timeline's paragraph with no date of its own tells the day the item above led with, not the span's
    first."""
    return section is not None and section.end is not None and section.end > section.date


def _led_day_goes_on(day: Timex) -> Dated:
    """A paragraph naming no day of its own right after an item that led with its day, in a timeline ("Day 3 (June
    15): Iran's Health Ministry says ..." / "An Iranian missile hits a building in Bat Yam, ..."): the next news of
    that day, told on, as the items under a day's heading are; not the day the page came out."""
    assert day.start is not None
    return Dated(day.start, day.kind, f"no date of its own; dated by the day the item above led with, "
                                      f"{day.start.isoformat()}: a timeline's next paragraph tells that day on",
                 end=day.end if day.end != day.start else None, carried=True)


def _elsewhere_now(lead: str, act: Mention) -> bool:
    """Whether the day a text names is the clock of now somewhere else, in the sentence of a time check ("It's 9 p.m.
    here, five o'clock Saturday morning in Baghdad"): no act's day."""
    found = time_check(lead)
    return found is not None and found[2] <= act.start < found[3]


def _almanac_entry(unit: Unit, page: PageDates, lead: str) -> Dated | None:
    """An unstamped paragraph of an almanac column opening with its year ("In 1999, ...", "Ten years ago: ..."):
    that year with the column's month and day (see ``segment.almanac``); None elsewhere."""
    day = page.told.almanac
    if day is None or unit.stamp is not None:
        return None
    found = almanac.entry_day(lead, day)
    if found is None:
        return None
    date, said = found
    basis = RELATIVE if said.lower().endswith("ago") else EXPLICIT
    return Dated(date, basis, f"dated by '{said}' with the month and day of the almanac column's "
                              f"{day.isoformat()}: {date.isoformat()}")


def _in_told_night(unit: Unit, page: PageDates, lead: str) -> Dated | None:
    """An unstamped item under no heading naming no day, after an item dated by a night or an evening ("Gunmen
    attacked a checkpoint outside the town on Friday night, police said."), whose first sentence says a clock in
    it ("A police officer said the attackers opened fire at about 10:15 pm ..."): the item tells that night's act,
    dated by its day (the morning after for a clock in its small hours) at that clock; None otherwise."""
    told = page.told.day
    if told is None or told.start is None or unit.stamp is not None or unit.section is not None:
        return None
    found = night_clock(lead, told.value[-3:])
    if found is None:
        return None
    clock, after, said = found
    date = told.start + dt.timedelta(days=after)
    dated = Dated(date, told.kind, f"no day of its own in the text; '{said}' is in the night the text was at, "
                                   f"{told.value} ({told.why}): {date.isoformat()}")
    dated.time, dated.in_told_night = clock, True
    return dated


def _later_in_told_day(unit: Unit, page: PageDates, lead: str) -> Dated | None:
    """An unstamped item under no heading naming no day that opens with a clock ("At 14:10, the president wrote
    ..."), after an item dated by a day and a clock earlier than it ("At 09:40 on 5 October, a missile struck ..."):
    a narration going on by the clock through the day the text was at, dated by that day at its clock (the text
    stays at that day); None otherwise, and for a clock not later than the told one (the next day's, perhaps)."""
    told = page.told.day
    if told is None or told.start is None or unit.stamp is not None or unit.section is not None:
        return None
    told_clock, opening = _clock_of(told), opening_clock(lead)
    if told_clock is None or opening is None or opening[0] <= told_clock:
        return None
    clock, said = opening
    dated = Dated(told.start, told.kind, f"no day of its own in the text; it opens with '{said}', later in the day "
                                         f"the text was at, {told.value} ({told.why})")
    dated.time, dated.in_told_night = clock, True
    return dated


def without_dateline(lead: str) -> str:
    """``lead`` with its wire dateline blanked out (the offsets of its words kept, see ``prose.WIRE_DATELINE``): the
    story's own days are its news's, the dateline's is the filing day, which the page's date already gives."""
    m = prose.WIRE_DATELINE.match(lead)
    return lead if m is None else " " * m.end() + lead[m.end():]


def _in_told_year(unit: Unit, page: PageDates, found: Mention | None,
                  find: Callable[[DateFinder], Mention | None]) -> Mention | None:
    """``found`` (a date written without its year, read against the publication date: no section above it) read
    instead in the year the page's text has established (see ``headings.told_year``): "Between 3 and 5 August" after
    "On 1 August 2008, ..." on a timeline saved in 2024."""
    if (found is None or unit.section is not None or page.publication is None or found.timex.kind != EXPLICIT
            or _YEAR.search(found.text)):
        return found
    publication = page.publication

    def read(day: dt.date) -> Timex | None:
        # (read as of the end of the weeks after that day, which a story told on from it reaches: "On Oct. 1" after
        # "On July 29, 1950" is an act of October 1950, no plan)
        as_of = min(day + dt.timedelta(days=FAR_DAYS - 1), publication)
        again = find(page.finder.with_anchor(as_of))
        return again.timex if again is not None and again.start == found.start else None

    timex = told_year(found.timex, page.told.written, publication, read)
    return found if timex is None else dataclasses.replace(found, timex=timex)


_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _in_past_year(page: PageDates, found: Mention | None) -> Mention | None:
    """``found``, the date a list item leads with written without its year ("Jan. 14: North Korea fires ..."), in the
    year before when it would otherwise come after the page's date: a chronology lists what has happened (a date
    read forward from the page, as a plan or an appointment is, heads no item of it)."""
    publication = page.publication
    if (found is None or publication is None or found.timex.kind != EXPLICIT or _YEAR.search(found.text)
            or found.timex.start is None or found.timex.end is None or found.timex.start <= publication):
        return found
    start, end = _years_on(found.timex, -1)
    if start is None or end is None or end > publication:
        return found
    why = f"{found.timex.why}; in {start.year}, as a chronology's item is of a day gone by"
    return dataclasses.replace(found, timex=day_timex(start, found.timex.kind, why, end=end))


def _in_past_week(page: PageDates, found: Mention | None, lead: str) -> Mention | None:
    """``found``, a weekday a list item leads with ("Saturday: Government and Unita delegations ended four days of
    talks ..."), read as the one before the page's date when it was read as the one after and the item tells a
    past act: a round-up of the week lists its days gone by (read alone, "Saturday" on a Friday is the next day)."""
    publication = page.publication
    if (found is None or publication is None or found.timex.kind != RELATIVE or found.timex.start is None
            or found.timex.end != found.timex.start or not 0 < (found.timex.start - publication).days < WEEK_DAYS
            or date_lexicon().weekdays.get(found.text.strip().lower().rstrip(".")) is None
            or tense_at(lead, found.start, found.end) != PAST):
        return found
    start = found.timex.start - dt.timedelta(days=WEEK_DAYS)
    why = f"{found.timex.why}; the week before, as the item tells a past act"
    return dataclasses.replace(found, timex=day_timex(start, found.timex.kind, why))


WEEK_DAYS = 7


def _years_on(timex: Timex, years: int) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of ``timex`` (both set) ``years`` on, back when negative; None for a day that year
    has not (29 February)."""
    assert timex.start is not None and timex.end is not None
    return (safe_date(timex.start.year + years, timex.start.month, timex.start.day),
            safe_date(timex.end.year + years, timex.end.month, timex.end.day))


def _year_after(section: Section | None, led: dt.date) -> bool:
    """Whether ``section`` is a year heading's ("2025") of a year after ``led``."""
    return section is not None and section.year_heading and section.date.year > led.year


def _in_led_year(unit: Unit, page: PageDates, found: Mention | None) -> Mention | None:
    """``found``, the date an item leads with written without its year ("Dec. 18 - RSF seizes Wad Madani"), in the
    year of the latest date with its year an item above it led with ("April 15, 2023 - Fighting erupts ..."): a
    chronological list writes the year once for the items after it, and the publication year is no item's unless
    said; the year after it when the day would come before that date (the list has run on into the next year).
    Unchanged when that day would come after the page's date (a list of past events), when no item said a year, or
    under a heading that begins after that date (a year heading, "2025", over "Jan. 4 - ...": its year is the item's).
    """
    led = page.told.led
    if (found is None or led is None or _year_after(unit.section, led)
            or found.timex.kind != EXPLICIT or _YEAR.search(found.text) or found.timex.start is None
            or found.timex.end is None or found.timex.start.year == led.year):
        return found
    years = led.year - found.timex.start.year
    start, end = _years_on(found.timex, years)
    if start is not None and start < led:
        years += 1  # "Jan. 4" after "Dec. 15, 2024": the list runs on into the next year, not back to that January
        start, end = _years_on(found.timex, years)
    if start is None or end is None or (page.publication is not None and end > page.publication) \
            or start == found.timex.start:
        return found
    why = f"{found.timex.why}; in {start.year}, told on from the latest date with its year an item above led with, " \
          f"{led.isoformat()}"
    return dataclasses.replace(found, timex=day_timex(start, found.timex.kind, why, end=end))


MONTH_DAYS = 31


def _led_month(unit: Unit, page: PageDates, lead: str, anchors: list[dt.date | None]) -> Dated | None:
    """A list item led by a month with its year, set off by a dash or a colon ("August 2019 - The military and ...
    sign a power-sharing deal", "Early November 2023 – ..."): dated by that month, its first day to its last, as a
    timeline gives no day to an event it dates by the month, not by the page's date. A month without its year leads
    such an item only under a year heading ("Late February: ..." under "1999": that year's); a season leads none
    here; a year alone is :func:`_led_year_act`'s."""
    if not _unstamped(unit):
        return None
    under_year = unit.section is not None and unit.section.year_heading
    found = in_period(lambda f: f.lead_period(lead), page.finder, anchors) if under_year \
        else page.finder.lead_period(lead)
    if (found is None or (found.timex.kind != EXPLICIT and not under_year)
            or not (under_year or _YEAR.search(found.text)) or found.timex.start is None
            or found.timex.end is None or (found.timex.end - found.timex.start).days > MONTH_DAYS):
        return None
    return _act_dated(found, f"dated by {_said(found)}, the month the item leads with: {found.timex.why}")


# a year alone leading a list item, set off by a dash or a colon: "1975 - Spain prepares ...", "1984: The OAU ..."
_LED_YEAR = re.compile(r"^\s*(?P<year>(?:1[5-9]|20)\d\d)\s*(?:[-–—:]|\s-)\s+(?=\S)")


def _led_year_act(unit: Unit, page: PageDates, lead: str) -> Dated | None:
    """A list item led by a year alone ("1975 - Spain prepares to leave the territory. On November 6, King Hassan II
    sends ..."), dated by the day its text names read in that year: the year the item leads with is its days' (not
    the page's), as a year heading's is; by the whole year when the text names no day and the year is before the
    page's. None otherwise (a day the text names in another year)."""
    m = _LED_YEAR.match(lead) if _unstamped(unit) else None
    if m is None:
        return None
    year = int(m.group("year"))
    act = page.finder.with_anchor(dt.date(year, 7, 1)).act(lead[m.end():])
    if act is None and (page.publication is None or year < page.publication.year):
        return Dated(dt.date(year, 1, 1), EXPLICIT, f"dated by the year the item leads with, {year}: its text names "
                     f"no day of it", end=dt.date(year, 12, 31))
    if act is None or act.timex.kind != EXPLICIT or act.timex.start is None or act.timex.end is None \
            or act.timex.end.year != act.timex.start.year:
        return None
    start, end = _years_on(act.timex, year - act.timex.start.year)
    if start is None or end is None or (_YEAR.search(act.text) and act.timex.start.year != year):
        return None
    why = f"'{act.text}' read in {year}, the year the item leads with"
    act = dataclasses.replace(act, timex=day_timex(start, act.timex.kind, why, end=end))
    return _act_dated(act, f"dated by {_said(act)} in the text: {why}")


def _anchors(unit: Unit, page: PageDates) -> list[dt.date | None]:
    """The days a date written without its year is read against: its section's (the first and last day of a span),
    else the page's publication day, else the first and last day of the period the page's title names."""
    section = unit.section
    if section is not None:
        return [section.date, section.end] if section.end is not None else [section.date]
    filed = _dateline_day(unit.lead, page)
    if filed is not None:
        return [filed]
    if page.publication is None and page.period is not None:
        return [page.period.start, page.period.end]
    return [page.publication]


def filed_story(unit: Unit, page: PageDates) -> PageDates:
    """``page`` as it dates a story from ``unit`` on, when ``unit`` opens a story with a wire dateline naming a day
    before the page's ("ZAGREB, Croatia, Aug. 4— Croatia today launched ..." in the paper of 5 August): the story's
    "today", "tonight" and "yesterday" count from that day, and its paragraphs that name no day of their own are that
    day's, as a paper prints the day's story the morning after. A stamped or sectioned unit keeps its own day; the
    next dateline opens the next story, against the page as printed (a list of an office's releases, each filed on
    its own day)."""
    filed = _dateline_day(unit.lead, page) if _unstamped(unit) and unit.section is None else None
    if filed is None:
        return page
    printed = page.printed or page
    if printed.publication is None or filed >= printed.publication:
        return printed
    why = f"the day its story's dateline names, {filed.isoformat()}"
    return dataclasses.replace(printed, publication=filed, publication_why=why,
                               finder=printed.finder.with_anchor(filed), printed=printed)


def _dateline_day(lead: str, page: PageDates) -> dt.date | None:
    """The day a story's wire dateline names ("LAKE SUCCESS, N. Y., June 25--", "GENEVA, 12 November 2020 — "), the
    day its "today" and "yesterday" count from (a paper's second story may be filed a day before the paper's date);
    None for a dateline naming no single day."""
    m = prose.WIRE_DATELINE.match(lead)
    if m is None:
        return None
    days = [f.timex.start for f in page.finder.find(m.group(0))
            if f.timex.start is not None and f.timex.start == f.timex.end and f.timex.kind == EXPLICIT]
    return days[0] if len(days) == 1 else None


def _earlier(lead: str, anaphor: Mention | None, act: Mention | None) -> Mention | None:
    """Of an anaphor of the day the text was at ("The rebels' spokesman said the same day that ...") and the act's
    day the text names, the one its first sentence says: the lead tells its own act first, and a day the next
    sentence names ("... On 13 April, the envoy condemned ...") is another act's. In one sentence the day written
    out stands ("Two days later, on 14 May, ...") and an anaphor counted from an event is none ("This comes a day
    after the strike on ..., yesterday at 8 a.m.")."""
    if anaphor is None:
        return act
    if act is None:
        return anaphor
    return anaphor if act.start > anaphor.start and prose.SENTENCE_BOUNDARY.search(lead, anaphor.end, act.start) \
        else act


# a sentence opening with what its audience already knows tells background, not news: "As you know, the ministers
# met on Monday ...", "As I said this morning, ...", "As we reported on Sunday, ..." (after a transcript's speaker,
# "SPOKESMAN: As you know, ...")
_KNOWN = re.compile(r"^\W*(?:[A-Z][A-Z .'’-]+:\s*)?as\s+(?:you|we|I)\s+(?:(?:all|already|may|will)\s+)?"
                    r"(?:know|knew|said|mentioned|reported|told\s+you|are\s+aware)\b", re.I)


# a subject described by a participle clause between commas that dates it, and the present tense after it ("Resolution
# 1975, adopted unanimously on 30 March, authorizes UNOCI ...", "The accord, signed in Doha in 2020, remains ..."):
# the clause tells when the subject came about, the sentence what holds now
_DESCRIBED = re.compile(r"^(?P<subject>[^,.;:]{2,60}),\s+(?P<participle>[a-z]+)\b(?P<clause>[^,;]{0,100}),\s+"
                        r"(?:still\s+|now\s+)?(?P<verb>is|are|has|have|remains|remain|[a-z]{3,}s)\b")


def _described(lead: str, act: Mention) -> bool:
    """Whether ``act`` is the day of a participle clause describing the sentence's subject, the sentence told in the
    present (:data:`_DESCRIBED`): background, not the day of the news."""
    m = _DESCRIBED.match(lead)
    return m is not None and prose.past_shaped(m.group("participle")) and not prose.past_shaped(m.group("verb")) \
        and m.start("participle") <= act.start < m.end("clause")


def _known(lead: str, act: Mention) -> bool:
    """Whether ``act`` is in the first sentence of ``lead`` and that sentence opens with what its audience already
    knows (see ``_KNOWN``): the day of background, not of the update's news."""
    return bool(_KNOWN.match(lead)) and not prose.SENTENCE_BOUNDARY.search(lead, 0, act.start)


# a war, a rising or a round of fighting said to begin ("The rebellion began on August 2 when ...", "The Kurdish
# uprising began in early March ...", "The war resumed on 7 April, the day after ...")
_WAR_BEGAN = re.compile(r"\b(?:war|rebellion|uprising|revolt|insurgency|mutiny|intifada|conflict|fighting|hostilities"
                        r"|offensive|invasion)\s+(?:had\s+)?(?:began|started|erupted|broke\s+out|resumed)\b", re.I)
RECALLED_START_DAYS = 7  # how long before the page's day a war's start must be to be recalled, not reported
WAR_SUBJECT_CHARS = 60  # how far into its sentence the war's beginning may be said: its subject and verb open it


def _war_start(lead: str, act: Mention, anchor: dt.date | None) -> bool:
    """Whether ``act`` is the day a war or a rising began, its sentence opening on that beginning, weeks before the
    page's day: a story's recall of how the war came about, background dated by the page, not that day's news (as the
    seed gold has "The recent outburst of fighting ..., which broke out on Sept. 27, has gone on ..."). Not a day
    the sentence's own act is of, the war's beginning said after it ("Fighting reached El Geneina on April 24, nine
    days after the war began")."""
    if anchor is None or act.timex.end is None or act.timex.end >= anchor - dt.timedelta(days=RECALLED_START_DAYS):
        return False
    start = max((m.end() for m in prose.SENTENCE_BOUNDARY.finditer(lead, 0, act.start)), default=0)
    began = _WAR_BEGAN.search(lead, start, act.start)
    return began is not None and began.start() - start <= WAR_SUBJECT_CHARS


def _planned(lead: str, act: Mention, anchor: dt.date | None) -> bool:
    """Whether ``act`` is a day ahead of the anchor said in the future tense: a plan, announced now."""
    assert act.timex.start is not None
    return anchor is not None and act.timex.start > anchor and tense_at(lead, act.start, act.end) == FUTURE


def _dated_by_structure_or_act(unit: Unit, page: PageDates, act: Mention | None, lead: str) -> Dated:
    dated = _structural(unit, page)
    unstamped = _unstamped(unit)
    if dated is not None and dated.date is not None:  # (the structure always gives a day: a section's, the page's)
        dated.act = act
        distance = _distance(dated.date, act, dated.end) if act is not None else 0
        if act is not None and unstamped and _within(dated.date, dated.end, act):
            return _act_dated(act, f"dated by {_said(act)} in the text, a day of the period of "
                                   f"{dated.why.removeprefix('dated by ')}: {act.timex.why}")
        if act is not None and _posted_news(unit, act, dated.date):
            return _act_dated(act, f"dated by {_said(act)} in the text, {distance} day{'s' * (distance > 1)} before "
                                   f"{dated.why.removeprefix('dated by ')}, the day its item was posted: a listed "
                                   f"story tells its news from its own date, as a story does from the page's; "
                                   f"{act.timex.why}")
        if act is not None and unstamped and _recent_opening(lead, act, dated.date):
            return _act_dated(act, f"dated by {_said(act)} in the text, {distance} day{'s' * (distance > 1)} before "
                                   f"{dated.why.removeprefix('dated by ')}: the item opens with the day of its news, "
                                   f"within the week a digest covers; {act.timex.why}")
        if act is not None and unstamped and _later_opening(lead, act, dated.date, dated.end,
                                                                     page.publication):
            return _act_dated(act, f"dated by {_said(act)} in the text, after "
                                   f"{dated.why.removeprefix('dated by ')}: the item opens with a later day told in "
                                   f"the past, before the page's date, as a timeline runs on past its last day's "
                                   f"heading; {act.timex.why}")
        if act is not None and distance > lexicon().conflict_days:
            dated.flags.append(DATE_CONFLICT)
            dated.why += f"; the text says {_said(act)} — flagged for review"
        elif act is not None and unstamped and act.timex.end is not None and act.timex.end < dated.date \
                and evening_saying(lead, act):
            return _act_dated(act, f"dated by {_said(act)} in the text, the evening before "
                                   f"{dated.why.removeprefix('dated by ')}: a statement or vote of that night, "
                                   f"not a night running into the morning; {act.timex.why}")
        elif act is not None and unstamped and act.timex.start == dated.date:
            dated.basis, dated.end = act.timex.kind, _act_dated(act, "").end  # a span's first day: that day
            dated.why = f"dated by {_said(act)} in the text, the day of {dated.why.removeprefix('dated by ')}"
        elif act is not None and unstamped and distance and (opens(lead, act) or verbs_day(lead, act)
                                                              or _before_dateline(unit, page, act)) \
                and not _opens_on_time_of_day(lead, act):
            return _act_dated(act, f"dated by {_said(act)} in the text, {distance} day{'s' * (distance > 1)} from "
                                   f"{dated.why.removeprefix('dated by ')}: the update reports that day's event; "
                                   f"{act.timex.why}")
        part = page.finder.month_part(lead, dated.date, dated.end) \
            if act is None and unstamped and dated.end is not None else None
        if part is not None:
            return _act_dated(part, f"dated by {_said(part)} in the text, the part of the month of "
                                    f"{dated.why.removeprefix('dated by ')} it names: {part.timex.why}")
        if act is None and unstamped and unit.section is not None and page.publication is not None \
                and _reporting_period(unit.section, page.publication):
            return Dated(page.publication, "publication", f"no date of its own in the text; dated by "
                         f"{page.publication_why}, the last day of the period {unit.section.why} names: the day "
                         f"the report tells it as of")
        return dated
    if act is not None and page.publication is not None and _night_into(act, page, lead):
        return Dated(page.publication, RELATIVE, f"dated by {_said(act)} in the text, the night that ran into the "
                                                 f"morning of {page.publication.isoformat()}, the day the page came "
                                                 f"out (as a night under that morning's heading is): {act.timex.why}",
                     act=act)
    if act is not None:
        return _act_dated(act, f"dated by {_said(act)} in the text: {act.timex.why}")
    topic = page.told.topic
    if topic is not None and topic.timex.start is not None and _unstamped(unit):
        return Dated(topic.timex.start, "heading", f"no date of its own in the text; dated by the heading above it, "
                                                   f"which names the day of its subject, {_said(topic)}")
    if page.as_of is not None:
        basis = DAY_COUNTER if page.as_of.timex.kind == DAY_COUNTER else "heading"
        return Dated(page.as_of.timex.start, basis,
                     f"no date of its own in the text; dated by the day the page title gives its information as of, "
                     f"{_said(page.as_of)}")
    if page.publication is not None:
        return Dated(page.publication, "publication",
                     f"no date of its own in the text; dated by {page.publication_why}")
    return Dated(None, "publication", "no date in the text, and the page's publication date is unknown",
                 flags=[NO_DATE])


# "as of" / "as at" and a day within a few words after it: "(as of 14 June 2018)", "as of 18:00 (local time), 2 March
# 2015", "as at 24:00 on 11 June 2023"
_AS_OF = re.compile(r"\bas\s+(?:of|at)\b", re.I)
AS_OF_GAP = 30  # characters between "as of" and its day: a clock and its zone ("18:00 (local time), ")


def information_day(title: str | None, finder: DateFinder, publication: dt.date | None) -> Mention | None:
    """The day a report's title says its information runs to ("Yemen: Flash Update No. 3 (as of 14 June 2018)",
    "Daily report based on information received as of 18:00 (local time), 2 March 2015"), on the page's date or up
    to ``DIGEST_DAYS`` before it: the day the report tells, which its paragraphs naming no day take ("Shelling
    continued near the airport."), not the day it was issued under its dateline ("GENEVA, 3 March 2015"), as a
    digest's undated items take the digest's day. None without one."""
    if title is None or publication is None:
        return None
    said = _AS_OF.search(title)
    if said is None:
        return _counted_day(title, finder, publication)
    for m in finder.find(said.string):
        t = m.timex
        if (said.end() <= m.start <= said.end() + AS_OF_GAP and t.start is not None and t.start == t.end
                and 0 <= (publication - t.start).days <= DIGEST_DAYS):
            return m
    return None


def _counted_day(title: str, finder: DateFinder, publication: dt.date) -> Mention | None:
    """The one day a title counts in a war's days ("Ukraine daily review, day 1,000: ...", "Russia-Ukraine war: list
    of key events, day 812"), on the page's date or up to ``DIGEST_DAYS`` before it: the day the daily digest tells,
    often published the morning after."""
    counted = [m for m in finder.find(title) if m.timex.kind == DAY_COUNTER and m.timex.start is not None
               and m.timex.start == m.timex.end and counts_the_war(title, m)]  # (not "clash for second day")
    day = counted[0].timex.start if len(counted) == 1 else None
    return counted[0] if day is not None and 0 <= (publication - day).days <= DIGEST_DAYS else None


def date_aside(unit: Unit, page: PageDates) -> Dated:
    """An aside's date: the one it names (a heading, a counter, a dateline), else its section's or the page's."""
    t = unit.timex
    if t is not None and t.start is not None:
        basis = DAY_COUNTER if t.kind == DAY_COUNTER else ASIDE_BASIS.get(unit.what, "heading")
        end = t.end if t.end and t.end > t.start else None
        return Dated(t.start, basis, f"{unit.what}: the date it names ({t.why})", end=end)
    if unit.section is not None:
        s = unit.section
        return Dated(s.date, s.basis, f"{unit.what}, under {s.why}", end=s.end)
    if page.publication is not None:
        return Dated(page.publication, "publication", f"{unit.what}; dated by {page.publication_why}")
    return Dated(None, "publication", f"{unit.what}; the page's publication date is unknown")


def date_unit(unit: Unit, page: PageDates) -> Dated:
    """The date of ``unit``, the page's units dated in page order (``page.told`` follows them)."""
    dated = date_aside(unit, page) if unit.kind == "aside" else date_update(unit, page)
    if almanac.frames(unit.lead) and dated.date is not None:
        page.told.almanac = dated.date
    if unit.kind == "aside":
        if unit.timex is not None and unit.timex.start is not None:
            _tell(page.told, unit.timex, unit.lead)
            page.told.by_lead = False  # (a day's heading: its items are dated by it)
        elif unit.what in _TOPIC_HEADINGS:
            page.told.topic = _topic_day(unit.lead, page)
        return dated
    page.told.by_lead = dated.by_lead or dated.carried
    if dated.basis != "publication" and dated.date is not None and _unstamped(unit) and not dated.in_told_night:
        act = dated.act
        if act is not None and act.timex.start == dated.date:
            _tell(page.told, act.timex, act.text)
        else:
            _tell(page.told, Timex(dated.date.isoformat(), dated.date, dated.end or dated.date, dated.basis, dated.why),
                  "")
    return dated


_TOPIC_HEADINGS = ("headline", "section label")
# how long before the page's date the day a heading names must be for the page to be a report on a past period
TOPIC_PAST_DAYS = 30


def _topic_day(heading: str, page: PageDates) -> Mention | None:
    """The one day a chapter's heading names in a report on a past period ("3. The shelling of 4 March", a month or
    more before the page's date): its paragraphs naming no day of their own (a second witness's account) tell that
    day, not the day the report came out. None for a heading naming no day, or one close to the page's date (a
    news page's "Strikes on Kharkiv on Tuesday" heads no chapter), which ends the chapter of the one before."""
    if page.publication is None:
        return None
    days = [m for m in page.finder.find(heading, day_precise=True)
            if m.timex.start is not None and m.timex.start == m.timex.end]
    if len(days) != 1:
        return None
    start = days[0].timex.start
    assert start is not None
    return days[0] if (page.publication - start).days >= TOPIC_PAST_DAYS else None


def _tell(told: Told, timex: Timex, text: str) -> None:
    """``told`` moved on to the date ``timex`` a unit names in ``text`` (or its structure gives it)."""
    assert timex.start is not None and timex.end is not None
    told.day = timex if timex.end == timex.start else None
    if timex.kind == EXPLICIT and _YEAR.search(text) and (timex.end - timex.start).days <= 31:
        told.written = timex.start
