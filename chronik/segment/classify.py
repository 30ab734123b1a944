"""What each block of a page is on its own: a timestamped update, a heading, a label, a bullet, a paragraph...

The answer looks at the block alone (and, for stamp lines and datelines, at how many there are on the
page); :mod:`chronik.segment.structure` then reads the sequence.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import re
from dataclasses import replace
from zoneinfo import ZoneInfo

from chronik.dates import anchor as cal
from chronik.dates import zones
from chronik.dates.lexicon import lexicon as date_lexicon
from chronik.dates.rules import ABBREVIATION_DOT, month_words
from chronik.dates.timex import Mention, Timex, day_timex
from chronik.segment import ago, almanac, headings, prose
from chronik.segment.age_units import DAY, HOUR, MINUTE, MONTH, SECOND, WEEK, YEAR, unit
from chronik.segment.blocks import Block
from chronik.segment.comments import footed_comments
from chronik.segment.dated_items import item_dates
from chronik.segment.embedded_cards import embedded_cards
from chronik.segment.feed import feed_item, source_line
from chronik.segment.finder import DateFinder
from chronik.segment.forum import numbered_notes, quoted_lines
from chronik.segment.info import (
    BULLET,
    CLOCKED_TITLE,
    COUNTER,
    DATE_HEADING,
    DATELINE,
    FEED,
    FURNITURE,
    HEADLINE,
    ISSUE_DATE,
    LABEL,
    LEAD_IN,
    LINK,
    MESSAGE_HEADER,
    PARA,
    POST,
    PROVENANCE,
    SOURCE_CREDIT,
    SOURCE_LINE,
    STAMP,
    STAMP_LINE,
    Info,
)
from chronik.segment.item_heads import capital_titles, monitor_notes
from chronik.segment.lexicon import lexicon
from chronik.segment.media import audio_players, media_offsets, video_chapters, video_players
from chronik.segment.numbered_items import numbered_items, numbered_sections
from chronik.segment.period import named_period
from chronik.segment.posts import page_post_header, post_header
from chronik.segment.results import mark_results
from chronik.segment.speaker_labels import speaker_turn
from chronik.segment.speakers import chair_heading, speaker_name
from chronik.segment.threads import (
    COMMENT,
    channel_headers,
    embedded_messages,
    embedded_posts,
    focused_post,
    footer_messages,
    post_clock,
    post_hashtags,
    post_stamp,
    quoted_posts,
    split_post_headers,
    stamps_over_authors,
    thread_replies,
)
from chronik.segment.timestamps import (
    Stamp,
    audience_header,
    clock_note,
    credited_dateline,
    find_stamp,
    metadata_date,
    signed_dateline,
    source_credit,
    source_line_outlet,
    titled_stamp,
    topic_dateline,
    trailing_stamp,
)
from chronik.segment.weekday_runs import days_of_weekdays

_UPDATED = re.compile(r"\b(?:updated|modified)\b", re.I)
ZONE_NOTE_WORDS = 12  # "All times stated are UK", "All times are CAT (GMT+2), local time in Goma": a clock note's most
# a page says when it was published and updated once or twice; this many dated "Posted at 17:48 28 Nov" lines are
# the stamps of its posts
POSTED_STAMPS = 3
# a photo's caption as a broadcaster's site writes it, the country first and the photo's day last ("Ukraine - Rescuers
# clear rubble of a house in Kharkiv, March 2, 2022.", "Georgia - Protesters gather outside parliament in Tbilisi,
# 28 May 2024."): what the photo shows, no report. (A wire's dateline names its place in capitals: "KYIV - ...")
_MONTH = rf"(?:{month_words()}){ABBREVIATION_DOT}"
_CAPTION_DAY = rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\.?\s*$"
_PLACE_CAPTION = re.compile(r"^(?-i:[A-Z][a-z][\w.'’-]*)(?:\s+(?-i:[A-Z])[\w.'’-]+){0,2}\s+[-–]\s+\S.{8,},\s+"
                            + _CAPTION_DAY, re.I)
# ... or a picture's description alone in one sentence, closed by its day: "Residents of Goma flee with their
# belongings as gunfire echoes near the city centre, January 28, 2025." (in the present, or naming no act at all;
# not a document's title of that shape, "Situation update on Malakal, 12 June 2024.", nor a lead-in, "Here is the
# situation on Thursday, March 14, 2024.")
# (nor a sentence naming its day twice: "... adopted by the Council yesterday, 17 May 2000.")
_DAY_CAPTION = re.compile(r"^(?-i:[A-Z])[^.!?:;|\"“”]{20,}[^\d\s](?<!yesterday)(?<!today)(?<!tonight)(?<!tomorrow),\s+"
                          + _CAPTION_DAY, re.I)
_DOCUMENT_NOUN = re.compile(rf"\b(?:{headings.DOCUMENT_KIND}|update|report|briefing|bulletin|summary|overview|digest|"
                            r"sitrep|brief|note|transcript)", re.I)
CAPTION_WORDS = 40



# the header a channel's message opens with when it passes on or answers another: "Forwarded from Shushan
# Stepanyan", "↩️ In reply to Unified Infocenter · 14.10.2020 07:40 · ..." (the quoted message, with its own stamp)
# (X's "Replying to @user" sits under a post's own header: see :mod:`chronik.segment.posts`)
_MESSAGE_HEADER = re.compile(r"^\W{0,4}(?:forwarded\s+from|in\s+reply\s+to)\s+\S", re.I)
REPLY_HEADER = re.compile(r"^\W{0,4}in\s+reply\s+to\s+\S", re.I)


# an encyclopedia's hatnote, pointing away from the article: "For the war itself, see Russo-Georgian War.", "For other
# uses, see Gaza (disambiguation).", "Not to be confused with ..."
_HATNOTE = re.compile(r"^\s*(?:for\s+[^.;:]{2,80},\s+see\s+\S|not\s+to\s+be\s+confused\s+with\s+\S)", re.I)
HATNOTE_WORDS = 25
# a transcriber's mark where a text it carries is cut, on a line of its own: "(Passage omitted)", "[portion
# indistinct]", "(...)": a line of the text around it, not a section's label that would end it
_ELISION = re.compile(r"^\s*[\[(](?:(?:passages?|portions?|sections?|words?|remainder|rest\s+of\s+(?:text|item))\s+"
                      r"(?:omitted|deleted|indistinct|not\s+transcribed)|\.{3}|…)[\])]\s*$", re.I)
ELISION = "elision"  # what ``Info.what`` says of such a mark


# a printed record's citation of its day, volume and columns or pages: "HC Deb 04 May 1982 vol 23 cc28-38 28",
# "Congressional Record, 12 March 2024, Vol. 170, No. 44, pp. S2101-S2104"
_CITATION = re.compile(r"^.{0,40}?(?P<day>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}),?"
                       r"\s+(?i:vol)\.?\s*\d{1,4}\b.{0,40}?\b(?i:cc?|cols?\.?|pp?\.?|no\.)\s*[A-Z]?\d")


def _record_citation(text: str) -> str | None:
    """The day a printed record's citation line names (see ``_CITATION``): the record's dateline, or None."""
    m = _CITATION.match(text.strip())
    return m.group("day") if m is not None and len(text) <= 100 else None


# the mark a parliament's record opens each of its paragraphs with ("§ 3.31 pm", "§ Mr. Nott The attack ...")
_SECTION_MARK = re.compile(r"^§\s+")


def classify(block: Block, finder: DateFinder) -> Info:
    """The kind of one block, looked at alone."""
    if block.furniture is not None:  # a printed page's footer, running header or footnote (chronik.segment.printed)
        return Info(block, FURNITURE, what=block.furniture)
    # (a page's timeline writes no handle: "Aug 4, 2023 · 🌎")
    header = (post_header(block.text) if "@" in block.text
              else page_post_header(block.text) if "·" in block.text else None)
    if header is not None:
        return post_stamp(block, header, finder)
    if ago.age(block.text) is not None:  # "15 min ago" heading an entry (see chronik.segment.ago)
        return Info(block, STAMP_LINE, what="ago")
    stamp = find_stamp(_SECTION_MARK.sub("", block.text))  # ("§ 3.31 pm": a parliament's record's clock)
    if stamp is not None and not stamp.standalone:  # "[11:05] CORRESPONDENT (Kabul): ...": a stamped turn
        return Info(block, STAMP, stamp=stamp, what="turn" if speaker_turn(stamp.body) else "")
    if stamp is not None:  # (a message's footer stamps the message above it)
        return Info(block, STAMP_LINE, stamp=stamp, trailing=stamp.footer)
    if _MESSAGE_HEADER.match(block.text):
        return Info(block, PARA, what=MESSAGE_HEADER)
    if _ELISION.match(block.text):
        return Info(block, PARA, what=ELISION)
    if block.words <= HATNOTE_WORDS and _HATNOTE.match(block.text):
        return Info(block, FURNITURE, what="hatnote")
    item = feed_item(block.text)
    if item is not None:  # "Title — Source — 12 Mar 2024 14:05": a stamped item, its outlet its tag
        return Info(block, STAMP, stamp=item.stamp, what=f"{FEED}{item.source}")
    if block.words <= ZONE_NOTE_WORDS and clock_note(block.text):
        return Info(block, LEAD_IN)  # "All times are GMT.": a note on the page's clock, not a report
    meta = metadata_date(block.text) or topic_dateline(block.text) or signed_dateline(block.text) \
        or _record_citation(block.text) or credited_dateline(block.text)
    if meta is not None:
        return Info(block, DATELINE, timex=finder.resolve(meta))  # "Published On 11 Apr 2023": the page's date
    calendar = headings.calendar_heading(block, finder)
    if calendar is not None and headings.names_days(calendar):
        return Info(block, DATE_HEADING, timex=calendar)
    month = calendar if calendar is not None and headings.names_month(calendar) else None
    what = headings.furniture(block) or _dated_byline(block, finder)
    signed = byline_stamp(block.text) if what == "byline" and _BY.match(block.text) else None
    if signed is not None:  # "By Jane Doe Follow Today, 3:12 pm": who wrote the entry and when
        return Info(block, STAMP_LINE, stamp=signed, what=BYLINE_STAMP)
    if what is not None:
        return Info(block, FURNITURE, what=what)
    if block.words <= SOURCES_WORDS and _SOURCES_LIST.match(block.text):
        return Info(block, FURNITURE, what="sources")  # "Sources: Reuters, AFP, ...; interviews by our staff."
    if block.words <= CAPTION_WORDS and (_PLACE_CAPTION.match(block.text) or (
            _DAY_CAPTION.match(block.text) and not prose.has_past_verb(block.text)
            and not _DOCUMENT_NOUN.search(block.text) and not headings.lead_in(block))):
        return Info(block, FURNITURE, what="caption")
    counter = headings.day_counter(block, finder)
    if counter is not None and not (block.text.rstrip().endswith(":") and headings.lead_in(block)):
        # (not "Here are the main developments on the fifth day of the invasion:", a lead-in naming its day)
        return Info(block, COUNTER, timex=counter.timex, mention=counter)
    link = headings.other_day_link(block, finder)
    if link and headings.points_away(block):
        return Info(block, LINK, what="away")
    if headings.lead_in(block):
        about_page = headings.page_note(block) or headings.welcome(block) or _long_period(block.text, finder)
        mention = None if about_page else headings.dated_mention(block.text, finder)
        return Info(block, LEAD_IN, timex=mention.timex if mention else None, mention=mention)
    if link:
        return Info(block, LINK)
    dated = _dated_label(block, finder)
    if dated is not None:  # "Key Hits 11 APRIL:" over a report's rows: their day
        return Info(block, LEAD_IN, what=DATED_LABEL, timex=dated.timex, mention=dated)
    if block.bullet:
        return Info(block, BULLET)
    if speaker_turn(block.text):
        return Info(block, PARA, what="turn")  # "ANCHOR: And at the airport?" speaks on; it heads nothing
    if headings.section_label(block) or _GLOSSED_HEADING.match(block.text):
        return Info(block, LABEL, timex=month)  # a month ("March 2022") names no day, but its year
    if headings.headline_shaped(block) and not _CREDITED_SENTENCE.search(block.text):
        return Info(block, HEADLINE, timex=month)
    return Info(block, PARA)


# a section heading with its aim in parentheses, however long the aim: "Southern Axis (Russian objective: Hold the
# left bank of the Dnipro)", "Northern Front (Ukrainian aim: Push back from the border)"
_GLOSSED_HEADING = re.compile(r"^[^.!?()]{3,80}\((?:[\w'’-]+\s+){0,3}(?:objective|aim|goal)s?\s*:[^()]+\)\s*$", re.I)


# a sentence closed by the wire it came from, in parentheses: "... when asked by reporters on Sunday. (Reuters)",
# "... the governor said. (AFP)", "... in the south.” (FRANCE 24 with AP)": a paragraph, not a headline
_CREDITED_SENTENCE = re.compile(r"[.!?][\"”’]?\s+\((?-i:[A-Z])[\w.&-]*(?:\s+[\w.&-]+){0,4}\)\s*$")


# the list of what a whole report drew on, under it: "Sources: Reuters, AFP, SANA; interviews by our researchers.",
# "Sources: UNHCR, IOM, OCHA" (one name after "Source:" closes a feed's event: see ago.provenance)
_SOURCES_LIST = re.compile(r"^\s*sources?\s*:\s*[^,;.]{1,40}(?:[,;]\s*[^,;.]{1,60}){2,}\.?\s*$", re.I)
SOURCES_WORDS = 40
_BY = re.compile(r"^by\s+\S", re.I)


DATED_LABEL = "dated label"  # an Info's ``what``: a short label naming the day of what it introduces
# the most words a label that names its day and introduces what is under it has ("Key Hits 11 APRIL:")
DATED_LABEL_WORDS = 6


def _dated_label(block: Block, finder: DateFinder) -> Mention | None:
    """The day a short label ending with a colon names ("Key Hits 11 APRIL:", "Strikes of 3 May:"), over the rows
    or paragraphs it introduces, else None. Not a dateline ("Tripoli, 8 April 2019:", "BAKU, September 20. Trend:"):
    a place and its day, over the story's first paragraph."""
    text = block.text.rstrip()
    if block.bullet or block.words > DATED_LABEL_WORDS or not text.endswith(":") or "," in text or ". " in text:
        return None
    return headings.dated_mention(block.text, finder)


def _dated_byline(block: Block, finder: DateFinder) -> str | None:
    """"byline" for a byline that ends with the day of the story, no comma between ("by OC Media   12 October 2020",
    "By Lina Haddad 3 March 2022"), else None."""
    if not _BY.match(block.text) or block.words > DATED_BYLINE_WORDS:
        return None
    found = finder.find(block.text)
    if len(found) != 1 or block.text[found[0].end:].strip(" .") or found[0].start == 0:
        return None
    return headings.furniture(Block(-1, [], block.text[:found[0].start].strip()))


DATED_BYLINE_WORDS = 14
BYLINE_STAMP = "byline stamp"  # what ``Info.what`` says of a byline ending in its entry's clock
STAMP_TAIL_WORDS = 6  # "Today, 3:12 pm", "March 3, 2022, 14:05 GMT": the most words of a clock closing a byline


def byline_stamp(text: str) -> Stamp | None:
    """The clock a byline ends with, maybe with its day ("By Jane Doe Follow Today, 3:12 pm", "By Lina Haddad |
    March 3, 2022, 14:05"): the entry's stamp, as a stamp line alone over the entry would be. None when the byline
    names no clock at its end, or when the clock is when the page was updated ("By Jane Doe, updated 14:05")."""
    words = text.split()
    for start in range(max(1, len(words) - STAMP_TAIL_WORDS), len(words)):
        stamp = find_stamp(" ".join(words[start:]).lstrip("|·•-–— "))
        if stamp is not None and stamp.standalone and not stamp.body:
            return None if stamp.prefixed else stamp
    return None


def _long_period(text: str, finder: DateFinder) -> bool:
    """Whether a line names a span of more days than a section ("Timeline of ... (1 January 2024 – 31 March 2024)"):
    its first day is no section's date."""
    span = named_period(text, finder)
    return span is not None and (span[1] - span[0]).days > lexicon().max_span_days


YEAR_ALONE = re.compile(r"^\s*((?:19|20)\d\d)\s*:?\s*$")  # a timeline's heading of a year: "2012", "2013:"


def _in_year(info: Info, year: int) -> Info:
    """A day heading that names no year, under a year's heading: that day of that year."""
    timex = info.timex
    if timex is None or timex.start is None or timex.start != timex.end or timex.start.year == year \
            or re.search(r"\d{4}", info.block.text):
        return info
    day = cal.safe_date(year, timex.start.month, timex.start.day)
    return info if day is None else Info(info.block, DATE_HEADING, timex=day_timex(
        day, timex.kind, f"{timex.why}; the year from the heading '{year}' above it"))


def _classify_all(blocks: list[Block], finder: DateFinder,
                  period: tuple[dt.date, dt.date] | None = None) -> list[Info]:
    """Each block classified in page order; a month heading ("March 2022") or a year alone ("2012") gives its year to
    what follows."""
    infos = []
    undated = finder
    year: int | None = None  # the year a timeline's heading gives the days under it ("2012" / "January 17")
    for block in blocks:
        info = classify(block, finder)
        if info.kind in (LABEL, HEADLINE) and info.timex is not None and info.timex.start is not None:
            finder, year = finder.with_anchor(info.timex.start), None
        elif info.kind == LABEL and (label := YEAR_ALONE.match(block.text)) is not None:
            year = int(label.group(1))
            finder = finder.with_anchor(dt.date(year, 7, 2))
        elif info.kind == DATE_HEADING and year is not None:
            info = _in_year(info, year)
        infos.append(info)
    if undated.anchor is None:  # no date: "Monday 14 March" above any month heading takes the year of a full date
        for k, timex in headings.yearless_headings(blocks, undated, period).items():
            if infos[k].kind in (LABEL, HEADLINE):
                infos[k] = Info(blocks[k], DATE_HEADING, timex=timex)
    for k, info in enumerate(infos):
        counter = headings.period_counter(info.block, undated, period) \
            if period is not None and info.kind in (LABEL, HEADLINE) else None
        if counter is not None:  # "Day 12" on a page of 2021 on "the last days of the war, 14–17 December 1971"
            infos[k] = Info(info.block, COUNTER, timex=counter.timex, mention=counter)
    dated = {k: i.timex for k, i in enumerate(infos) if i.kind == DATE_HEADING and i.timex is not None}
    in_period = headings.period_headings(blocks, undated, dated, period)  # "4 November" on a page of November 2020
    for k, timex in in_period.items():
        infos[k] = Info(blocks[k], DATE_HEADING, timex=timex)
    dated = {k: t for k, t in dated.items() if k not in in_period}
    for k, timex in headings.past_headings(blocks, undated, dated).items():  # "7 August" on a page of 2024 on 2008
        infos[k] = Info(blocks[k], DATE_HEADING, timex=timex)
    _titled_days(infos, undated)
    _placed_days(infos, undated)
    _weekday_days(infos, undated)
    return infos


# a chapter's heading naming its day and its subject: "July 8: The strike", "July 10–11: The fragments"
_TITLED_DAY = re.compile(r"^\s*(?P<day>[^:]{3,30}?)\s*:\s+(?P<title>[^:.!?]+)$")
TITLED_DAY_WORDS = 6  # the most words of the chapter's subject after its day
TITLED_DAYS = 2  # chapters so headed that make them the page's day headings
TITLED_DAY = "titled day"  # what ``Info.what`` says of such a heading


def _titled_days(infos: list[Info], finder: DateFinder) -> None:
    """Headings that open with the day of their chapter, then its subject ("July 8: The strike" / its paragraphs /
    "July 9: At the Security Council"), two of them or more: day headings, each dating its chapter. (A single such
    line titles one item, as "12 May: Shelling of ..." does.)"""
    found = {}
    for k, info in enumerate(infos):
        m = _TITLED_DAY.match(info.block.text) if info.kind in (LABEL, HEADLINE) else None
        if m is None or len(m.group("title").split()) > TITLED_DAY_WORDS or k + 1 == len(infos) \
                or infos[k + 1].kind != PARA:
            continue
        timex = headings.date_heading(Block(-1, [], m.group("day")), finder)
        if timex is not None:
            found[k] = timex
    _day_headings(infos, found, TITLED_DAYS, TITLED_DAY)


def _day_headings(infos: list[Info], found: dict[int, Timex], fewest: int, what: str = "") -> None:
    """Make the headings ``found`` (by index, with the day each names) the page's day headings, when there are at
    least ``fewest`` of them: one alone is no run of days."""
    if len(found) >= fewest:
        for k, timex in found.items():
            infos[k] = Info(infos[k].block, DATE_HEADING, what=what, timex=timex)


PLACED_DAYS = 2  # statements opening with their place and day that make those lines the page's day headings
PLACED_TEXT_WORDS = 12  # the fewest words of the text under such a line (a signer's post under a closing one is short)


def _placed_days(infos: list[Info], finder: DateFinder) -> None:
    """Lines naming a statement's place and day over its text ("Phnom Penh, 26 July 2025" / its numbered points),
    two of them or more: day headings, each dating the statement below it, as a ministry's page of statements sets
    them out. (A single such line is a story's dateline; under a statement's text, its closing place and day; a
    newspaper's dispatch line, "Islamabad, Jan 2" over its story, dates the story alone.)"""
    found = {}
    dispatches = True  # every one a newspaper's dispatch line, its day without a year ("Islamabad, Jan 2")
    for k, info in enumerate(infos[:-1]):
        below = infos[k + 1]
        dispatch = headings.DISPATCH_DAY.search(info.block.text) is not None
        if (info.kind in (LABEL, HEADLINE, PARA) or (dispatch and info.kind == DATELINE)) \
                and below.kind in (PARA, BULLET) and below.block.words >= PLACED_TEXT_WORDS \
                and (timex := headings.place_day(info.block, finder)):
            found[k] = timex
            dispatches = dispatches and dispatch
    _day_headings(infos, found, 1 if dispatches else PLACED_DAYS)  # (a dispatch line dates its story alone too)


WEEKDAY_DAYS = 3  # bare weekday headings, each over its text, that make them the page's day headings
_WEEKDAY_HEADING = re.compile(r"^\s*(?P<day>[A-Za-z]{6,9})\s*:?\s*$")


def _weekday_days(infos: list[Info], finder: DateFinder) -> None:
    """A run of headings each naming a weekday alone over its text ("WEDNESDAY" / what happened / "THURSDAY" / ...),
    three or more, in a page's account of the days before it: day headings, each on or before the page's date. A run
    whose days follow one another (a weekly diary's "Thursday" to "Wednesday", or a log's newest day first) is a run
    of days in a row, the latest on or before the page's date: a Friday's diary of the week to Wednesday opens on the
    Thursday eight days before it, not on the day before. (One or two are a section's label, a schedule's days
    ahead.)"""
    if finder.anchor is None:
        return
    weekdays = date_lexicon().weekdays
    named: dict[int, int] = {}
    for k, info in enumerate(infos[:-1]):
        m = _WEEKDAY_HEADING.match(info.block.text) if info.kind in (LABEL, HEADLINE) else None
        if m is not None and m.group("day").lower() in weekdays and infos[k + 1].kind in (PARA, BULLET):
            named[k] = weekdays[m.group("day").lower()]
    if len(set(named.values())) != len(named):
        return  # (the same weekday twice is no run of days)
    days = days_of_weekdays(list(named.values()), finder.anchor)
    found = {k: day_timex(day, "relative", f"weekday '{infos[k].block.text.strip()}' on or before the anchor "
                                           f"{finder.anchor:%A} {finder.anchor}")
             for k, day in zip(named, days, strict=True)}
    _day_headings(infos, found, WEEKDAY_DAYS)


def _intro_lists(infos: list[Info]) -> None:
    """Short lines listed under an intro ending in a colon ("Key developments on March 12:", "Key Takeaways:")
    are list items, even when the page lost their bullets. Under a label of its own ("Key points") too, unless they
    are the page's headlines again further down, or each with its age ("47m ago Israeli military says ..."): links
    to the entries, not a list of events."""
    intros = lexicon().list_intros
    for k, info in enumerate(infos):
        text = info.block.text.rstrip()
        colon = text.endswith(":")
        if not (info.kind == LEAD_IN and colon) and not (info.kind in (LABEL, LEAD_IN) and intros.search(text)
                                                          and (colon or info.block.words <= INTRO_LABEL_WORDS)):
            continue
        run = k + 1
        while run < len(infos) and infos[run].kind == HEADLINE:
            run += 1
        if not colon and run < len(infos) and infos[run].kind in (STAMP, STAMP_LINE) and _titled_stamps(infos) >= 2:
            run -= 1  # on a page whose stamps have their headline above them, the last line is the next stamp's
        if colon and run == k + 1 and _live_summary(infos, k, k + 1):
            run = _summary_run(infos, k)
        items = infos[k + 1:run]
        if len(items) >= 2 and _live_summary(infos, k, run):
            for item in items:
                item.kind, item.what = FURNITURE, "key points"
        elif len(items) >= 2 and (colon or not any(_jump_link(item, infos[run:]) for item in items)):
            for item in items:
                item.kind = BULLET


def _story_summary(infos: list[Info]) -> None:
    """The bullets a wire story opens with, right above its dateline ("* Rebels take presidential palace ..." / "*
    Bozize crosses river into Congo - adviser" / "BANGUI, March 24 (Reuters) - Rebels seized ..."): its summary, each
    point told in full below, asides like a live page's key points. Only bullets marked as such with no paragraph
    above them, and nothing but notes between them and the dateline ("(Adds French presidency statement)"); the lines
    a "Summary" label lists above a story are its first items, as the blind golds have them."""
    start = next((k for k, info in enumerate(infos) if info.kind in (PARA, BULLET)), None)
    if start is None or infos[start].kind != BULLET:
        return
    end = start
    while end < len(infos) and infos[end].kind == BULLET and infos[end].block.bullet:
        end += 1
    below = next((k for k in range(end, len(infos)) if infos[k].kind not in (FURNITURE, LABEL)), None)
    if end - start >= 2 and below is not None and infos[below].kind == PARA \
            and prose.WIRE_DATELINE.match(infos[below].block.text):
        for info in infos[start:end]:
            info.kind, info.what = FURNITURE, "key points"


# what ``Info.what`` says of a line that carries the update above on: a list's head ("The enemy lost:") over its items
# run on in lines, the next figure of a box of key figures
RUNS_ON = "runs on"
LIST_ITEM_WORDS = 12
LIST_ITEMS = 2  # items ending in a comma or a semicolon under the line, at least


def _list_heads(infos: list[Info]) -> None:
    """A short line ending in a colon right under a paragraph, over a list written one item to a line with the
    sentence's commas ("The enemy lost:" / "up to 195 servicemen," / "six tanks," / "three trucks."), is the
    paragraph's: the sentence goes on through the list, which is no section of its own."""
    for k, info in enumerate(infos[1:-1], start=1):
        if (info.kind != LABEL or not info.block.text.rstrip().endswith(":") or infos[k - 1].kind != PARA
                or infos[k - 1].what):
            continue
        items = itertools.takewhile(lambda i: i.kind == PARA and i.block.words <= LIST_ITEM_WORDS
                                    and i.block.text.rstrip().endswith((",", ";")), infos[k + 1:])
        if sum(1 for _ in items) >= LIST_ITEMS:
            info.kind, info.what = PARA, RUNS_ON


# a key figure with its unit ("1.2 million", "310,000+", "45%", "USD 426 million")
KEY_FIGURE = re.compile(r"^\s*(?:[A-Z]{3}\s*|[$€£]\s*)?\d{1,3}(?:[.,]\d{1,3})*\s*(?:%|[kKmM]|million|billion|thousand)?"
                        r"\+?\s*$")
BOX_FIGURES = 2  # figures over labels in a row that make a box of key figures


def _key_figure_boxes(infos: list[Info]) -> None:
    """A report's box of key figures, each number alone over its label in lower case ("1.2 million" / "people
    displaced" / "875" / "collective shelters opened"): one entry, the report's figures at its day; the first number
    opens it, every other line carries it on, however each looks alone (a number taken for a label). A box that
    only repeats figures the report's text gives, above it or in the sections below, is left as it is."""
    k = 0
    while k < len(infos) - 1:
        end = k
        while end + 1 < len(infos) and _figure_pair(infos[end], infos[end + 1]):
            end += 2
        if (end - k) // 2 >= BOX_FIGURES and not _recap(infos, k, end):
            infos[k].kind, infos[k].what = PARA, ""
            for line in infos[k + 1:end]:
                line.kind, line.what = PARA, RUNS_ON
        k = max(end, k + 1)


def _recap(infos: list[Info], start: int, end: int) -> bool:
    """Whether every figure of the box ``start``..``end`` is one the report's text gives, above or below it (highlights
    that told "18,250 people have been displaced" over "18,250" / "people displaced"): a recap of them, no entry."""
    text = " ".join(i.block.text for i in infos[:start] + infos[end:] if i.kind in (PARA, BULLET))
    return all(re.search(rf"(?<![\d.,]){re.escape(i.block.text.strip().rstrip('+'))}(?![\d])", text)
               for i in infos[start:end:2])


def _figure_pair(figure: Info, label: Info) -> bool:
    """Whether two lines are a key figure and its label: a number alone, then a few lower-case words, no sentence."""
    text = label.block.text.strip()
    return (figure.kind in (PARA, LABEL, HEADLINE) and label.kind in (PARA, LABEL, HEADLINE, LINK)
            and bool(KEY_FIGURE.match(figure.block.text)) and text[:1].islower()
            and not text.endswith((".", "!", "?", ":")))


# the line that gives when a page first came out, beside the stamp of its last update ("Originally published October
# 10, 2023 at 5:00 AM ET", "First published on 3 May 2024, 06:10")
_FIRST_PUBLISHED = re.compile(r"^\s*(?:originally|first)\s+(?:published|posted)\b(?=.*\d)", re.I)


def _publication_pairs(infos: list[Info]) -> None:
    """A stamp line beside the line that says when the page first came out ("Updated October 10, 2023 at 6:42 PM ET" /
    "Originally published October 10, 2023 at 5:00 AM ET") stamps the page, not a post under it: both are datelines,
    on a live page whose posts carry the same "Updated ..." stamps too."""
    for k, info in enumerate(infos):
        if not _FIRST_PUBLISHED.match(info.block.text):
            continue
        pair = [j for j in (k - 1, k + 1) if 0 <= j < len(infos) and infos[j].kind == STAMP_LINE
                and not infos[j].trailing]
        if pair:
            info.kind = infos[pair[0]].kind = DATELINE


SUMMARY_STAMPS = 3  # how many timestamped posts under a list of key points make it a live page's summary of them


def _prefix(text: str) -> str:
    """A stamp's words before its first digit ("posted at" of "Posted at 18:37"), lowercased."""
    return re.split(r"\d", text, maxsplit=1)[0].strip().lower()


def _lone_update_note(infos: list[Info]) -> None:
    """The page's one stamp, above its text, saying when the page was published or changed without naming a day
    ("13.09.2022" / "JAMnews, Yerevan-Baku" / "Updated at 18:40" over the story): the story's dateline, not a post
    whose clock its first paragraph would take (a live page stamps each post: more than one stamp)."""
    stamps = [k for k, i in enumerate(infos) if i.kind in (STAMP, STAMP_LINE) and not i.trailing]
    if len(stamps) != 1:
        return
    k = stamps[0]
    stamp = infos[k].stamp
    if (stamp is not None and stamp.prefixed and stamp.date_text is None and _UPDATE_NOTE.match(stamp.label)
            and not any(i.kind in (PARA, BULLET) for i in infos[:k])):
        infos[k].kind = DATELINE


def _lone_release_day(infos: list[Info]) -> None:
    """A date line giving a document's kind and number heads each release of a list of them ("21-07-1994 News Release
    94/31" over each release of an agency's archive); one alone is the document's own letterhead ("COMMUNIQUE NO.
    33-68    2 FEBRUARY 1968"), its headline, not a heading dating the paragraphs under it."""
    numbered = [i for i in infos if i.kind == DATE_HEADING and headings.numbered_document(i.block.text)]
    if len(numbered) == 1:
        numbered[0].kind, numbered[0].timex = HEADLINE, None


def _release_dates(infos: list[Info]) -> None:
    """The date lines of a page of releases one under another ("Press Release No. 147/062" / "Date: 08 August 2005" /
    its numbered paragraphs, then "Date: 07 August 2005" / ...): two or more, each right over the text it dates and
    naming a day of its own, head their releases as a day's heading does; one alone is the page's dateline."""
    dated = {k: i.timex.start for k, i in enumerate(infos[:-1])
             if i.kind == DATELINE and metadata_date(i.block.text) is not None and i.timex is not None
             and i.timex.start is not None and i.timex.start == i.timex.end and infos[k + 1].kind in (PARA, BULLET)}
    if len(dated) >= MIN_RELEASE_DATES and len(set(dated.values())) == len(dated):
        for k in dated:
            infos[k].kind, infos[k].what = DATE_HEADING, ISSUE_DATE


MIN_RELEASE_DATES = 2  # date lines over their texts that make a page a list of releases


_UPDATE_NOTE = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited|published)\b", re.I)


def _posts_prefix(infos: list[Info], info: Info) -> bool:
    """Whether a dated stamp line begins as the page's posts' stamps do ("Posted at 23:40 23 Jun" among "Posted at
    18:37" lines that name no day, the posts of the day before on a live page of today): a post's stamp, not the
    page's dateline, when that many stamp lines share its words and one of them comes above it (a dateline tops
    the posts)."""
    prefix = _prefix(info.block.text)
    same = [i.block.index for i in infos if i.kind == STAMP_LINE and i.stamp is not None and i.stamp.prefixed
            and _prefix(i.block.text) == prefix]
    return bool(prefix) and len(same) >= POSTED_STAMPS and same[0] < info.block.index


def _summary_run(infos: list[Info], k: int) -> int:
    """Where the sentences listed right under a live page's summary label ``k`` end ("Here's what we know:" / "The
    army said it took the bridge; ..." / "The UN said ..."), when the copy lost their bullets: the paragraphs that
    follow it line after line, up to the first blank line (the first post below is set apart by one)."""
    run = k + 1
    while (run < len(infos) and infos[run].kind == PARA and not infos[run].block.blank_before
           and infos[run].block.index == infos[run - 1].block.index + 1):
        run += 1
    return run


def _live_summary(infos: list[Info], k: int, run: int) -> bool:
    """Whether the list of key points under label ``k`` (up to ``run``) tops a live page: no timestamp above it and
    several under it. Its lines sum up the posts below ("Iran fires missiles at Israel, IDF says"), each reported in
    full under its stamp: asides, not events of their own."""
    stamps = [j for j, i in enumerate(infos) if i.kind in (STAMP, STAMP_LINE) and not i.trailing]
    return not any(j < k for j in stamps) and sum(1 for j in stamps if j >= run) >= SUMMARY_STAMPS


def _titled_stamps(infos: list[Info]) -> int:
    """How many stamps of the page have a headline right above them ("Kremlin rejects talks" / "14:05 GMT"), none
    when more have theirs right under them ("Posted at 22:18" / "Kremlin says ..."): a page titles its posts one way."""
    above = sum(1 for title, info in itertools.pairwise(infos)
                if title.kind in (HEADLINE, LABEL) and info.kind in (STAMP, STAMP_LINE))
    below = sum(1 for info, title in itertools.pairwise(infos)
                if info.kind == STAMP_LINE and title.kind in (HEADLINE, LABEL))
    return above if above >= below else 0


INTRO_LABEL_WORDS = 3  # "Key points", "Key events", "At a glance": a list's label without a colon


def _jump_link(item: Info, below: list[Info]) -> bool:
    """Whether a line under "Key events" links to an entry below it: it ends with the entry's headline, or it starts
    with its age."""
    text = item.block.text.strip()
    return bool(ago.age(" ".join(text.split()[:2]))) or any(
        b.block.words >= 3 and text.endswith(b.block.text.strip()) for b in below)


def _repeated_stamps(infos: list[Info]) -> None:
    """A post's clock written twice, on two lines one under the other ("5.55pm BST" / "17:55": a live page that
    shows the local clock and, for machines or another reader, the same clock in 24 hours): one stamp, of both
    lines, that keeps the zone either names. Two stamps of the same minute with a line between are two posts."""
    k = 0
    while k + 1 < len(infos):
        first, second = infos[k], infos[k + 1]
        if (first.kind == STAMP_LINE and second.kind == STAMP_LINE and first.stamp is not None
                and second.stamp is not None and first.stamp.time == second.stamp.time
                and second.stamp.date_text in (None, first.stamp.date_text)
                and not first.stamp.prefixed and not second.stamp.prefixed
                and second.block.lines[0] - first.block.lines[-1] - 1 == second.block.blank_before):
            first.block.lines = first.block.lines + second.block.lines
            if first.stamp.zone is None and second.stamp.zone is not None:
                first.stamp = replace(first.stamp, zone=second.stamp.zone)
            del infos[k + 1]
        k += 1


# a clock of four digits opening a post, as a live page of the 2000s wrote it: "2250 That is the end of our coverage."
_BARE_CLOCK = re.compile(r"^(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s+(?=[A-Z“\"‘'])")
BARE_CLOCKS = 3  # how many paragraphs opening with such a clock, in the order of time, make them the posts' stamps


def bare_clocks(infos: list[Info]) -> None:
    """A live page that stamps each post with four digits and no colon ("2250 That is the end of ...", "0905 Welcome
    to our live coverage ..."): on their own such digits may be a year or a number of troops, but several paragraphs
    opening with them, in the order of the clock (newest or oldest first), on a page with no other stamps, are the
    posts' clocks. (Read after a war diary's lines, which open with their hours too, are marked as its records.)"""
    if any(i.kind in (STAMP, STAMP_LINE) for i in infos):
        return
    found = [(i, m) for i in infos if i.kind == PARA and not i.what and (m := _BARE_CLOCK.match(i.block.text))]
    minutes = [int(m.group("hour")) * 60 + int(m.group("minute")) for _, m in found]
    if len(found) < BARE_CLOCKS or not (minutes == sorted(minutes) or minutes == sorted(minutes, reverse=True)) \
            or len(set(minutes)) < len(minutes) // 2 + 1:
        return
    for info, m in found:
        body = info.block.text[m.end():]
        info.kind = STAMP
        info.stamp = Stamp(f"{m.group('hour')}:{m.group('minute')}", None, None, m.group().strip(), body)


def _trailing_stamps(infos: list[Info]) -> None:
    """Stamp lines below what they stamp ("10:21 PM · Mar 3, 2022" under a post): every stamp line follows a
    paragraph, none is followed by one, and no paragraph comes after the last of them. A page of one post (a post
    saved on its own, its clock and day under it, "9:41 AM · Jan 11, 2025") has one such line: the post's, not a
    dateline of the page, when it is written as a post's is, the clock first and a dot before the day."""
    at = [k for k, i in enumerate(infos) if i.kind == STAMP_LINE]
    if any(i.kind == STAMP for i in infos) or not at or (len(at) == 1 and not post_clock(infos[at[0]])):
        return
    if all(k > 0 and infos[k - 1].kind in (PARA, BULLET) and (k + 1 == len(infos) or infos[k + 1].kind != PARA)
           for k in at) and not any(i.kind in (PARA, BULLET) for i in infos[at[-1] + 1:]):
        for k in at:
            infos[k].trailing = True


SENTENCE_TITLES = 2  # how many stamps with a one-sentence line over them make those lines the posts' headlines
SENTENCE_TITLE_WORDS = 20
_SECOND_SENTENCE = re.compile(r"[.!?][\"”’)]*\s+[\"“‘(]?(?-i:[A-Z])")


def _sentence_titles(infos: list[Info]) -> None:
    """A live page that writes its posts' headlines as sentences, full stop and all ("Army says it retook the
    bridge." / "March 4, 2024, 6:10 a.m. ET" / byline / text): a short line of one sentence, set apart from the
    text above by a blank line, right over a stamp line that opens a post, is that post's headline, when several
    stamps of the page have one (one such line alone may be the last paragraph of the post above). A stamp with a
    headline under it has its title there: the sentence over it ends the post above."""
    found = [infos[k - 1] for k in range(1, len(infos)) if _sentence_title(infos[k - 1], infos[k])
             and (k + 1 == len(infos) or infos[k + 1].kind not in (HEADLINE, LABEL))]
    if len(found) >= SENTENCE_TITLES:
        for info in found:
            info.kind = HEADLINE


def _sentence_title(above: Info, stamp: Info) -> bool:
    """Whether ``above`` may title the post ``stamp`` opens: a short line of one sentence right over it, a blank
    line above it."""
    return (above.kind == PARA and not above.what and stamp.kind == STAMP_LINE and not stamp.trailing
            and stamp.block.index == above.block.index + 1 and bool(above.block.blank_before)
            and above.block.words <= SENTENCE_TITLE_WORDS and not _SECOND_SENTENCE.search(above.block.text.strip()))


# how many paragraphs must close with a time before the page counts as a ticker stamped after its entries
MIN_CLOSING_STAMPS = 2
# the most words of the item above a lone source line ("Reuters, 13 May 2024"): a short item, not a long story
LONE_SOURCE_ITEM_WORDS = 60


def _closing_stamps(infos: list[Info]) -> None:
    """A ticker that stamps each entry at its end ("... the police said. — 10:05"): when several paragraphs close
    so, each is a timestamped entry (one such paragraph alone is prose that happens to end with a time)."""
    closing = [(info, stamp) for info in infos if info.kind in (PARA, BULLET, HEADLINE, LABEL)
               and (stamp := trailing_stamp(info.block.text)) is not None]
    if len(closing) >= MIN_CLOSING_STAMPS:
        for info, stamp in closing:
            info.kind, info.stamp = STAMP, stamp


def _closing_source_lines(infos: list[Info]) -> None:
    """A monitoring service's items each closed by their source line ("Text of report by Congolese state radio on 23
    August" / the text / "Source: La Voix du Peuple radio, Kinshasa, in French 1800 gmt 23 Aug 98" / the next
    item's headline): when two or more source lines stand right under paragraphs and over a headline (or close the
    page), each stamps the item above it, as a post's footer does, instead of opening the item below."""
    closing = [info for k, info in enumerate(infos) if info.kind in (STAMP, STAMP_LINE)
               and source_line_outlet(info.block.text) is not None and k > 0 and infos[k - 1].kind == PARA
               and (k + 1 == len(infos) or infos[k + 1].kind in (HEADLINE, LABEL))]
    if len(closing) >= MIN_CLOSING_STAMPS:
        for info in closing:
            info.kind, info.trailing = STAMP_LINE, True


CLOCKED_TITLES = 2  # how many titles closed by a clock make them the posts' stamps, not a schedule's line


def _clocked_titles(infos: list[Info]) -> None:
    """A page of posts each under a title that closes with its clock ("Announcement No. 1 – 08:10 hours" over the
    announcement, maybe a note between them): when several titles close so, each stamps the post under it, its
    title the post's first line. One such line alone may be a schedule's ("Press conference – 14:00")."""
    titled = [(info, stamp) for k, info in enumerate(infos) if info.kind in (HEADLINE, LABEL, PARA)
              and PARA in [i.kind for i in infos[k + 1:k + 3]] and (stamp := titled_stamp(info.block.text))]
    if len(titled) >= CLOCKED_TITLES:
        for info, stamp in titled:
            info.kind, info.stamp, info.what = STAMP, stamp, CLOCKED_TITLE


# a post's author and its day and clock closing it, the name maybe run into the day as a page copies them ("Jamie
# Ferris22 June 2025 12:47", "Sarah Whitlock 21 June 2025 22:47")
_NAME_WORD = r"[A-Z][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*"  # (no digit: the day may follow with no space)
_SIGNED_FOOTER = re.compile(rf"^(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s*"
                            r"(?P<stamp>\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4},?\s+\d{1,2}[:.]\d{2}.*)$")
SIGNED_FOOTER = "signed footer"  # what ``Info.what`` says of a post's closing line of author, day and clock


def _signed_footers(infos: list[Info]) -> None:
    """A live page that closes each post with its author's name, day and clock (see ``_SIGNED_FOOTER``): when
    several posts close so under their text, each line stamps the post above it, its headline and paragraphs, as a
    social post's footer does. One such line alone may be an article's signature."""
    found = []
    for k, info in enumerate(infos[1:], 1):
        m = _SIGNED_FOOTER.match(info.block.text.strip()) if info.kind in (HEADLINE, LABEL, PARA) else None
        stamp = find_stamp(m.group("stamp")) if m is not None else None
        if stamp is not None and stamp.standalone and stamp.date_text and infos[k - 1].kind in (PARA, BULLET):
            found.append((info, stamp))
    if len(found) >= MIN_CLOSING_STAMPS:
        for info, stamp in found:
            info.kind, info.stamp, info.trailing, info.what = STAMP_LINE, stamp, True, SIGNED_FOOTER


def _source_lines(infos: list[Info], finder: DateFinder) -> None:
    """A press review's items each followed by their outlet and date ("Haaretz, 13 January 2024"): when several
    lines under a paragraph say only that, each is its item's source line. One alone is one too under a short item
    ("Reuters, 13 May 2024") when it names an outlet, not a place in capitals as a dateline does ("KYIV, 13 May
    2024"), and it closes the item: no paragraph follows it (a place and date over more text is a dateline)."""
    found = []
    for k, info in enumerate(infos[1:], 1):
        named = source_line(info.block.text) if info.kind not in (STAMP, STAMP_LINE) else None
        timex = finder.resolve(named[1]) if named else None
        if (named and timex is not None and timex.start is not None and timex.start == timex.end
                and infos[k - 1].kind in (PARA, BULLET, STAMP)):
            found.append((info, named[0], timex, k))
    if len(found) == 1:
        info, source, _, k = found[0]
        above, below = infos[k - 1], infos[k + 1] if k + 1 < len(infos) else None
        if source.isupper() or above.block.words > LONE_SOURCE_ITEM_WORDS or (below is not None and below.kind == PARA):
            found = []
    if found:
        for info, source, timex, _ in found:
            info.kind, info.what, info.timex = SOURCE_LINE, source, timex


# a line of one or more people's names: "Isabel Kershner", "Hwaida Saad and Ben Hubbard", "A. Roe, B. Doe and C. Poe"
_NAME = r"(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+"
NAMES = re.compile(rf"^{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+(?:and|&)\s+{_NAME})?$")


def _reporter_names(infos: list[Info]) -> None:
    """The names over a byline saying where the reporters file from ("Anton Troianovski" over "Reporting from
    Berlin") or what their post is ("Lucy Tran" over "Africa correspondent, reporting from Nairobi") are that
    byline's first line: a byline, not a section label whose text would tag the entry."""
    for k, info in enumerate(infos[:-1]):
        below = infos[k + 1]
        if (info.kind in (LABEL, HEADLINE) and below.kind == FURNITURE and below.what == "byline"
                and below.block.index == info.block.index + 1
                and (lexicon().reporter_place.match(below.block.text) or lexicon().reporter_post.search(
                    below.block.text)) and NAMES.match(info.block.text.strip())):
            info.kind, info.what = FURNITURE, "byline"


AUTHOR_ZONE = 4  # how far down the page a name over the story's day may still be its author's...
MASTHEAD = 3  # ... after the site's name and slogan over the story's title, that many lines at most


def _author_over_day(infos: list[Info]) -> None:
    """A name right over the day of the story, at the top of the page ("Days 912-913: ..." / its subtitle / "Jane Doe"
    / "Aug 25, 2024", as newsletter platforms set a post's head, maybe under the site's name and slogan): the author's
    byline, not a section label."""
    title = next((k for k, i in enumerate(infos[:MASTHEAD + 1]) if i.kind == HEADLINE and k + 1 < len(infos)
                  and infos[k + 1].kind == PARA), 0)
    for k, info in enumerate(infos[:title + AUTHOR_ZONE]):
        below = infos[k + 1] if k + 1 < len(infos) else None
        if (info.kind == LABEL and below is not None and below.kind == DATE_HEADING and below.timex is not None
                and below.timex.start is not None and below.timex.start == below.timex.end
                and NAMES.match(info.block.text.strip()) and not headings.labelled(info.block)):
            info.kind, info.what = FURNITURE, "byline"


_INITIAL_END = re.compile(r"\s[A-Z]\.\s*$")  # a name ending in an initial ("Deng M."), not a sentence


def _post_authors(infos: list[Info]) -> None:
    """The display name on the line right above a post's header ("Ministry of External Affairs" over
    "@MEAIndia · 3h", or over "April 18 at 9:14 PM ·") is the post's author, a byline: not a title, nor a section
    label tagging the posts below.
    A sentence is no name, nor is a line a blank line parts from the header (the end of the post above). So is the
    name over a handle alone ("Lloyd's List" / "@LloydsList": a profile's, a box of accounts to follow)."""
    for k, info in enumerate(infos[:-1]):
        below = infos[k + 1]
        if (info.kind in (LABEL, HEADLINE, PARA) and (below.what.startswith(POST) or below.what == "handle"
                                                      or audience_header(below.block.text))
                and below.block.lines[0] == info.block.lines[-1] + 1 and info.block.words <= 8
                and (not info.block.text.rstrip().endswith((".", "!", "?")) or _INITIAL_END.search(info.block.text))):
            info.kind, info.what = FURNITURE, "byline"


POSTER = "poster's name"
# an account's name: capitalised words, maybe joined by small ones ("Local Coordination Committees in Syria"), no
# figure, no punctuation of a sentence, a list or a field ("Source: x.com", "Metula, Misgav Am")
_POSTER_NAME = re.compile(r"^\s*[A-Z][\w’'.&-]*(?:\s+[\w’'.&()-]+)*\s*$")


def _repeated_posters(infos: list[Info]) -> None:
    """A page's name repeated right over each post's stamp, as a saved page's timeline sets its posts ("Local
    Coordination Committees in Syria" / "Yesterday at 4:07pm" / the text, over and over): who posts, not each post's
    headline (a headline differs from post to post), nor a byline that lets the line above title the post (the
    page's menu is over the first). Not a line repeated under each post's text, the last post's too, but not over the
    first stamp: that signs the posts (``_sign_offs``)."""
    stamps = [k for k, i in enumerate(infos) if i.kind in (STAMP, STAMP_LINE) and k > 0]
    over = {k - 1: infos[k - 1].block.text for k in stamps
            if infos[k - 1].kind in (LABEL, HEADLINE, PARA) and infos[k - 1].block.words <= 8
            and infos[k - 1].block.lines[-1] + 1 == infos[k].block.lines[0]
            and _POSTER_NAME.match(infos[k - 1].block.text)}
    counts = collections.Counter(over.values())
    after_last = {i.block.text for i in infos[stamps[-1] + 1:]} if stamps else set()
    for name, count in counts.items():
        if (count < max(SIGN_OFFS, len(stamps) / 2)
                or (over.get(stamps[0] - 1) != name and name in after_last)):
            continue
        for k, text in over.items():
            if text == name:
                infos[k].kind, infos[k].what = FURNITURE, POSTER


PROFILE_LINE_WORDS = 4  # a profile's place or link line between its bio and "Joined April 2023"


def _profile_bios(infos: list[Info]) -> None:
    """The account's description over its profile's "Joined April 2023" line (maybe with a place or a link line
    between them) is the profile's, furniture: not a post of the timeline."""
    for k, info in enumerate(infos):
        if info.kind != FURNITURE or info.what != "profile":
            continue
        j = k - 1
        while j >= 0 and infos[j].kind != PARA and infos[j].block.words <= PROFILE_LINE_WORDS and k - j <= 3:
            j -= 1
        if j >= 0 and infos[j].kind == PARA and infos[j].block.index == info.block.index - (k - j):
            for above in infos[j:k]:
                above.kind, above.what = FURNITURE, "profile"


# a reader's comment under a forum thread, headed by its author and age: "osint_nerd_77 · 2 hr. ago", or a user
# handle with a bare age: "u/kharkiv_local · 3h"; or a video site's commenter's handle and age: "@dana.k 2 days ago",
# "@GeoNerd 1 day ago (edited)"
_AGE = rf"\d{{1,3}}\s*{unit(SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR)}\.?\s+ago"
# an old forum layout's comment: its fold button, the handle, maybe its points, its age and what follows it ("[–]
# kyiv_watcher 14 hr. ago · 3.1k points", "[–]osint_anna 212 points 3 hours ago", "[+] DeletedUser 2 hr. ago")
_POINTS = r"-?\d[\d.,]*k?\s+points?"
_FOLDED_COMMENT = rf"\[[–+-]\]\s*[\w-]{{2,40}}(?:\s+{_POINTS})?\s+{_AGE}(?:\s*[·•|]?\s+[^\n]{{0,60}})?"
# what a forum writes after a comment's age: its points, that it is pinned or edited, its awards ("· 🏅 x2")
_COMMENT_TAIL = rf"(?:\s*[·•|]\s*(?:{_POINTS}|stickied comment|edited|\W{{1,3}}\s*x\d+))*"
_COMMENT_HEADER = re.compile(rf"^\s*(?:(?:u/)?[\w\[\]-]{{2,40}}\s*[·•|]\s*{_AGE}{_COMMENT_TAIL}"
                             r"|u/[\w-]{2,40}\s*[·•|]\s*\d{1,3}\s*(?:m|h|d|w|mo|y)"
                             rf"|@[\w.-]{{2,40}}\s+{_AGE}(?:\s+\(edited\))?|{_FOLDED_COMMENT})\s*$", re.I)
# ... or by a reader's name in words ("Faraz Khan | 14 hours ago", "Maria del Mar • 2 days ago"); a news list's item
# may write its outlet so ("Al Jazeera | 2 hours ago") under the item's headline, never a comment's place
_NAMED_COMMENT_HEADER = re.compile(rf"^\s*(?-i:[A-Z])[\w.'’-]+(?:\s+[\w.'’-]+){{1,3}}\s*[·•|]\s*{_AGE}\s*$", re.I)


def _comment_header(infos: list[Info], k: int) -> bool:
    """Whether block ``k`` heads a reader's comment: a handle and its age, or a name in words and its age where no
    headline stands over it."""
    text = infos[k].block.text
    return bool(_COMMENT_HEADER.match(text)) or (bool(_NAMED_COMMENT_HEADER.match(text))
                                                 and (k == 0 or infos[k - 1].kind != HEADLINE))


def _reader_comments(infos: list[Info]) -> None:
    """Readers' comments under a thread: each header ("baku_lurker · 3 hr. ago", "Faraz Khan | 14 hours ago") and the
    paragraphs right under it are what readers say about the news, not the news: asides (the thread's own updates are
    above them)."""
    for k, info in enumerate(infos):
        if not _comment_header(infos, k):
            continue
        info.kind, info.what, info.stamp = FURNITURE, COMMENT, None
        for j in range(k + 1, len(infos)):
            below = infos[j]
            if below.kind not in (PARA, HEADLINE, BULLET) or _comment_header(infos, j):
                break
            below.kind, below.what = FURNITURE, COMMENT


def _almanac_furniture(infos: list[Info]) -> None:
    """On a page framed as an almanac column (see :mod:`chronik.segment.almanac`), its frame line and closing
    features are asides."""
    if not any(almanac.frames(i.block.text) for i in infos):
        return
    for info in infos:
        if info.kind == PARA and almanac.furniture(info.block.text):
            info.kind, info.what = FURNITURE, ALMANAC


ALMANAC = "almanac furniture"


def _item_titles(infos: list[Info]) -> None:
    """On a page without stamps, short lines each over one paragraph and the next such line ("Old friends in
    Moscow" / "Last Friday, the deputy commander met ..." / "Thingyan, regime style" / ...) are the titles of a
    column's items, not section labels: headlines of the item below. (A label over several paragraphs heads a
    section; one worded as a label, "Developments", or a sector's name, "Food security", stays one.)"""
    if any(i.kind in (STAMP, STAMP_LINE) for i in infos):
        return
    titles = [k for k in range(len(infos) - 2) if infos[k].kind == LABEL and infos[k].timex is None
              and infos[k].block.words >= ITEM_TITLE_WORDS and headings.section_label(infos[k].block)
              and not headings.labelled(infos[k].block) and infos[k + 1].kind == PARA
              and infos[k + 2].kind in (LABEL, HEADLINE)]
    if len(titles) < ITEM_TITLES:
        return
    for k in titles:
        infos[k].kind = HEADLINE


ITEM_TITLES = 2  # a column titles its items: this many short lines each over one paragraph
ITEM_TITLE_WORDS = 3  # "Old friends in Moscow", not a sector's name ("Food security", "Access")


SIGN_OFFS = 2  # a line repeated this many times between a post's text and the next stamp signs the posts


def _sign_offs(infos: list[Info]) -> None:
    """A short line repeated word for word under the text of each post, right above the next post's stamp ("Press
    Service of the Ministry of Defence", "Spokesperson of the Army, Col. Jane Doe"): the posts' signature, the end
    of the post above, not a headline over the stamp below (a headline differs from post to post). Under the last
    post too, where no stamp follows."""
    below_text = [k for k in range(1, len(infos)) if infos[k].kind in (HEADLINE, LABEL) and infos[k - 1].kind == PARA]
    counts = collections.Counter(infos[k].block.text for k in below_text
                                 if k + 1 < len(infos) and infos[k + 1].kind in (STAMP, STAMP_LINE))
    for k in below_text:
        if counts[infos[k].block.text] >= SIGN_OFFS:
            infos[k].kind = PARA


SPEAKER = "speaker"  # a member's heading in a parliament's record
RECORD_SPEAKERS = 3  # members' headings (name, seat and party) that make a page a parliament's record
CHAIR_WORDS = 30  # the longest line of the chair's that is a call, not a ruling


def _speaker_headings(infos: list[Info]) -> None:
    """A parliament's record (see :mod:`chronik.segment.speakers`): each speaker's heading titles the contribution
    under it, whose lines are what the member says, a short question too, no headline; the chair's heading and its
    call of the next speaker ("Mr Speaker" / "I call ...") are asides."""
    if sum(1 for i in infos if speaker_name(i.block.text, named_again=False)) < RECORD_SPEAKERS:
        return
    chair = turn = False
    for k, info in enumerate(infos):
        said = info.kind in (PARA, HEADLINE)
        if info.kind in (STAMP, STAMP_LINE):
            chair = turn = False
        elif chair_heading(info.block.text):
            info.kind, info.what, chair, turn = FURNITURE, "chair", True, False
        elif speaker_name(info.block.text) is not None and k + 1 < len(infos) and infos[k + 1].kind in (PARA, HEADLINE):
            info.kind, info.what, chair, turn = HEADLINE, SPEAKER, False, True
        elif chair and said and info.block.words <= CHAIR_WORDS:
            info.kind, info.what = FURNITURE, "chair"
        elif turn and said:
            info.kind = PARA


def classify_page(blocks: list[Block], finder: DateFinder, period: tuple[dt.date, dt.date] | None = None,
                  saved: dt.datetime | None = None) -> list[Info]:
    """Every content block classified; a dated stamp line that occurs once is a dateline. ``period``: the span the
    page's title names, which gives its year to headings without one on a page without a date; ``saved``: when the
    page was saved, in its own clock, if known (relative ages count back from it)."""
    infos = _classify_all(blocks, finder, period)
    _repeated_stamps(infos)
    _reporter_names(infos)
    _author_over_day(infos)
    _post_authors(infos)
    _repeated_posters(infos)
    _profile_bios(infos)
    _intro_lists(infos)
    _story_summary(infos)
    _list_heads(infos)
    _key_figure_boxes(infos)
    _trailing_stamps(infos)
    _sentence_titles(infos)
    channel_headers(infos)
    footer_messages(infos)
    embedded_messages(infos)
    embedded_posts(infos)
    embedded_cards(infos)
    _closing_stamps(infos)
    _closing_source_lines(infos)
    _clocked_titles(infos)
    _signed_footers(infos)
    _sign_offs(infos)
    _speaker_headings(infos)
    media_offsets(infos)
    video_chapters(infos)
    video_players(infos)
    audio_players(infos)
    quoted_lines(infos)
    _reader_comments(infos)
    footed_comments(infos)
    _almanac_furniture(infos)
    _source_lines(infos, finder)
    _source_credits(infos, finder)
    monitor_notes(infos)
    capital_titles(infos)
    prefixed = [i for i in infos if i.kind == STAMP_LINE and i.stamp is not None and i.stamp.metadata]
    if len(prefixed) < POSTED_STAMPS:  # ("Posted at 17:48 28 Nov" over each post of a live page: its stamps)
        for info in prefixed:
            if not _posts_prefix(infos, info):
                info.kind = DATELINE  # "Updated 11:04 p.m. ET, October 9, 2023" dates the page, not an entry
    dated_stamps = [i for i in infos if i.kind == STAMP_LINE and i.stamp and i.stamp.date_text and not i.trailing
                    and i.what != BYLINE_STAMP]  # (a byline stamps its entry, however many the page has)
    if len(dated_stamps) == 1 and not _posts_prefix(infos, dated_stamps[0]):
        dated_stamps[0].kind = DATELINE
    _lone_update_note(infos)
    _lone_release_day(infos)
    _publication_pairs(infos)  # (after the count above, in which the page's own stamp still counts)
    # (the dates of a box of related links at the foot, under no text, "Related Articles" / a title / "May 30, 2024",
    # are the teasers', not the story's)
    text_end = max((k for k, i in enumerate(infos) if i.kind in (PARA, BULLET)), default=-1)
    headings_ = [i for k, i in enumerate(infos[:text_end]) if i.kind == DATE_HEADING and not _teaser_date(infos, k)]
    stamped = any(i.kind in (STAMP, STAMP_LINE) for i in infos)
    if headings_ and (_date_bar(infos, headings_[0]) or _day_viewed(headings_[0], finder.anchor)):
        headings_[0].kind, headings_[0].what = FURNITURE, "date bar"
        headings_ = headings_[1:]
    if len(headings_) == 1 and not stamped:
        headings_[0].lone = True  # under a page title this is the story's dateline (see pagetop.read_top)
    if not stamped:
        _cover_dates(infos, headings_, finder.anchor)
    for info in infos:
        if info.timex is None and info.stamp is not None and info.stamp.date_text:
            info.timex = finder.resolve(info.stamp.date_text)
    _item_titles(infos)
    numbered_items(infos)
    numbered_sections(infos)
    numbered_notes(infos)
    stamps_over_authors(infos, finder)
    split_post_headers(infos, finder)
    quoted_posts(infos)
    focused_post(infos)
    thread_replies(infos)
    post_hashtags(infos)
    _count_back(infos, saved, finder.anchor)
    mark_results(infos, finder)  # (after the ages are counted: they date the cards)
    item_dates(infos)
    _release_dates(infos)  # (after the items: a title's date line over its text is its item's)
    _key_event_links(infos)  # (after the ages are counted: a key event's clock replaces an age's)
    _feed_days(infos)
    _provenance(infos)
    _calls(infos)
    return infos


def _date_bar(infos: list[Info], first: Info) -> bool:
    """Whether the page's first date heading is the site's date bar among its menus ("Skip to content" / "Tuesday,
    January 28, 2025" / "The New Times" / ...): no text above it, and under it, before any text, the story's title
    over its own date line ("Goma: Rwanda blames Kinshasa ..." / "Tuesday, January 28, 2025"; "18 October 2020
    12:41")."""
    k = infos.index(first)
    body = next((j for j, i in enumerate(infos) if i.kind in (PARA, BULLET, STAMP)), len(infos))
    title = next((j for j in range(k + 1, body) if infos[j].kind == HEADLINE), None)
    return k < body and title is not None and any(
        i.kind in (DATE_HEADING, DATELINE) or (i.kind == STAMP_LINE and i.stamp is not None and i.stamp.date_text)
        for i in infos[title + 1:body])


# how many days after the page's publication a date over its text must be to be the day the site was viewed
VIEWED_AFTER = 31


def _day_viewed(first: Info, page_day: dt.date | None) -> bool:
    """Whether the page's first date heading is the day its site was viewed (an archive's header saying "Tuesday, 2
    December 2025" over a digest of 26 July 1995): a day, its year written, more than a month after the page was
    published heads none of its reports. (A day without its year, "8 October", is read in the page's year.)"""
    start = first.timex.start if first.timex is not None else None
    return (page_day is not None and start is not None and (start - page_day).days > VIEWED_AFTER
            and str(start.year) in first.block.text)


def _cover_dates(infos: list[Info], headings_: list[Info], page_day: dt.date | None) -> None:
    """The page's date headings when every one names the page's own day and all stand above a title over its first
    paragraph (a day right over the paragraphs heads them, as a digest's "Wednesday 15 May"):
    the date on a document's cover ("May 9, 2024" over a report's title; "16 March" / "16 March 2022" over a court
    order's case name), its datelines, not a section of that day: the paragraphs below tell the events the document
    is about, weeks or months before it, by the days they name. Not on a page with a dateline of its own (a news
    site's header giving the day over a story stamped "Monday, 08 April 2019 15:12"): there the date is the day's."""
    first_text = next((k for k, i in enumerate(infos) if i.kind in (PARA, BULLET)), len(infos))
    if page_day is None or not headings_ or any(i.kind == DATELINE for i in infos) or not all(
            i.timex is not None and i.timex.start == i.timex.end == page_day for i in headings_):
        return
    last = max(infos.index(i) for i in headings_)
    if last < first_text and any(i.kind in (HEADLINE, LABEL) for i in infos[last + 1:first_text]):
        for info in headings_:
            info.kind = DATELINE


def _teaser_date(infos: list[Info], k: int) -> bool:
    """Whether date heading ``k`` is a related link's: under its link's title in a box of links under a "see also"
    label ("Related stories" / a title / "November 12, 2023"), past only other links' titles and dates (a reader
    appeal after the box does not make the box's dates the story's headings). A date over a paragraph is one only
    under another link's date: the first title and date under a listing's "Read more" head its next item."""
    if k == 0 or infos[k - 1].kind not in (HEADLINE, LINK):
        return False
    j, dates_above = k - 1, 0
    while j >= 0 and infos[j].kind in (HEADLINE, LINK, DATE_HEADING):
        dates_above += infos[j].kind == DATE_HEADING
        j -= 1
    over_text = k + 1 < len(infos) and infos[k + 1].kind in (PARA, BULLET, STAMP, STAMP_LINE)
    return (j >= 0 and infos[j].kind == FURNITURE and infos[j].what == "see also"
            and (dates_above > 0 or not over_text))


def _key_event(infos: list[Info], k: int) -> tuple[Stamp, str] | None:
    """The clock and headline of a line of a live page's "Key events" box at ``k``, with no text under it: a stamp
    line over a headline ("17.41 BST" / "Aliyev says ...") or one line of both ("10.41 GMT Russia says ..."), else
    None."""
    info = infos[k]
    below = infos[k + 1] if k + 1 < len(infos) else None
    if info.kind == STAMP and info.stamp is not None and info.stamp.body and (below is None or below.kind != PARA):
        return info.stamp, " ".join(info.stamp.body.split())
    if (info.kind != STAMP_LINE or info.stamp is None or below is None or below.kind != HEADLINE
            or (k + 2 < len(infos) and infos[k + 2].kind == PARA)):
        return None
    return info.stamp, below.block.squashed


def _age_line(info: Info) -> bool:
    """Whether a post's stamp line gives only its age ("44m ago", "1h ago"), counted back or not."""
    return info.what in ("ago", ago.NO_CLOCK)


def _key_event_links(infos: list[Info]) -> None:
    """A live page's "Key events" box repeats posts' headlines with their clocks, with no text under them: over two
    lines ("17.41 BST" / "Aliyev says ...") or one ("10.41 GMT Russia says ..."). Each whose headline comes again
    further down, right under a post's stamp and over its text, links to that post: it is furniture, the post below
    is the report. A post stamped with its age alone ("44m ago") takes the link's clock, the one the page writes out
    (an age in hours gives none, one in minutes only an estimate); a post with a clock of its own must have the
    link's."""
    posts: dict[str, int] = {}
    for k in range(len(infos) - 2):
        # (a short headline reads as a label, "Evening summary"; the text may open with its lead-in, "Here are ...:")
        if ((infos[k].kind == STAMP_LINE or _age_line(infos[k])) and infos[k + 1].kind in (HEADLINE, LABEL)
                and infos[k + 2].kind in (PARA, LEAD_IN)):
            posts.setdefault(infos[k + 1].block.squashed, k)
    for k in range(len(infos)):
        found = _key_event(infos, k)
        post = posts.get(found[1]) if found is not None else None
        if found is None or post is None or post <= k + 1:
            continue
        clock, post_stamp = found[0], infos[post]
        if _age_line(post_stamp):
            _clock_from_link(post_stamp, clock)
        elif post_stamp.stamp is None or post_stamp.stamp.time != clock.time:
            continue
        for line in infos[k:k + 1 + (infos[k].kind == STAMP_LINE)]:
            line.kind, line.what = FURNITURE, "key event"


def _clock_from_link(info: Info, clock: Stamp) -> None:
    """A post stamped by its age takes the clock of its key event, on the day its age counts back to."""
    label = f"{info.block.text.strip()} ({clock.label.strip()} by its key event)"
    day = info.timex.start if info.timex is not None else None
    info.kind, info.what = STAMP_LINE, "ago"
    info.stamp = Stamp(clock.time, clock.zone, None, label, "")
    info.timex = day_timex(day, "relative", f"'{label}'", time=clock.time) if day is not None else None


# how many relative ages ("12 minutes ago", "2 hours ago") stamp entries before the page counts as a feed of them
FEED_AGES = 2
FEED_DAY = "feed day"  # what ``Info.what`` says of a day line stamping one event of such a feed
FEED_SOURCES = 2  # how many events closed by their source link make a page a feed of them
CATEGORY_WORDS = 2  # "Artillery", "Air defence": the most words of an event's category label in such a feed


def _feed_days(infos: list[Info]) -> None:
    """A feed stamped by ages ("35 minutes ago", "8 hours ago") stamps its older events with their day ("19
    September", "Mar 15"): below the ages, a day line right above an event's text is that event's stamp, not a
    section heading. A one-word label right above a stamp of such a feed is its event's category, shown as an icon
    ("Artillery", "Statement"): furniture, not the event's title."""
    ages = [k for k, i in enumerate(infos) if i.what == "ago" and i.kind == STAMP_LINE]
    if len(ages) < FEED_AGES:
        return
    for k in range(ages[0] + 1, len(infos) - 1):
        info = infos[k]
        if (info.kind == DATE_HEADING and info.timex is not None and info.timex.start is not None
                and info.timex.start == info.timex.end and infos[k + 1].kind in (PARA, HEADLINE, LEAD_IN)):
            info.kind, info.what = STAMP_LINE, FEED_DAY
    for label, info in itertools.pairwise(infos[ages[0] - 1:]):
        if label.kind == LABEL and label.block.words <= CATEGORY_WORDS and info.what in ("ago", FEED_DAY):
            label.kind, label.what = FURNITURE, "category label"


CALL_WORDS = 40  # the most words of one demand under "What we are calling for" ("Safe passage for ...")
CALL = "call"  # what ``Info.what`` says of the publisher's own demands and their label


def _calls(infos: list[Info]) -> None:
    """The publisher's standing demands under their label ("What we are calling for" / "Safe passage out of the country
    for journalists at risk." / "An end to deportations."): the label and the short lines under it, up to the next
    block of another kind, are asides, not news."""
    for k, info in enumerate(infos):
        if info.kind not in (LABEL, HEADLINE, LEAD_IN) or not lexicon().call_labels.match(info.block.text):
            continue
        run = k + 1
        while run < len(infos) and infos[run].kind in (PARA, BULLET) and infos[run].block.words <= CALL_WORDS:
            run += 1
        if run > k + 1:
            for call in infos[k:run]:
                call.kind, call.what = FURNITURE, CALL


def _provenance(infos: list[Info]) -> None:
    """Lines naming only where the text above came from ("Source: t.me/...", "Via @AFP"), under each event of a feed,
    close those texts. One alone at the end of a story credits the whole story ("Source: Al Jazeera and news
    agencies"): it stays an aside."""
    found = [info for above, info in itertools.pairwise(infos)
             if info.kind in (LABEL, HEADLINE, PARA) and above.kind in (PARA, HEADLINE, LEAD_IN, BULLET)
             and ago.provenance(info.block.text)]
    if len(found) >= FEED_SOURCES:
        for info in found:
            info.kind, info.what = PARA, PROVENANCE


def _source_credits(infos: list[Info], finder: DateFinder) -> None:
    """A monitoring digest closes each item with the credit of the broadcast or agency it was taken from, when it went
    out and in what language ("... said. (Source: Channel One TV, Moscow, in Russian 1800 gmt 12 Oct 20)"), at the
    end of its last paragraph or on a line of its own: on a page with several, each credit closes its item and gives
    its day and clock (see :func:`chronik.segment.timestamps.source_credit`)."""
    found = [(info, credit) for info in infos if info.kind in (PARA, LABEL, HEADLINE, LEAD_IN, LINK)
             and (credit := source_credit(info.block.text)) is not None]
    if len(found) < FEED_SOURCES:
        return
    for info, credit in found:
        info.kind, info.what, info.stamp = PARA, SOURCE_CREDIT, credit.stamp
        info.timex = finder.resolve(credit.date_text)


def update_clock(infos: list[Info], zone: str | None = None) -> dt.datetime | None:
    """When the page says it was last updated ("Live Updated 14 April 2024 4.20pm BST"), in its stamps' clock (in
    ``zone``, their zone, when the line names another: "Updated 6:42 AM EST, December 1, 2024" over posts stamped in
    Damascus time is 14:42 there), or None."""
    for info in infos:
        at = _dateline_clock(info)
        if at is not None and info.stamp is not None and _UPDATED.search(info.stamp.label):
            own = zones.meaning(info.stamp.zone, info.stamp.label, zone)
            if own is None or zone is None or own == zone:
                return at
            return at.replace(tzinfo=ZoneInfo(own)).astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    return None


def _dateline_clock(info: Info) -> dt.datetime | None:
    """The day and clock of a dateline with both ("Last updated 14:32 GMT, 12 March 2024"), else None."""
    if info.kind != DATELINE or info.stamp is None or info.timex is None or info.timex.start is None:
        return None
    hours, minutes = map(int, info.stamp.time.split(":"))
    return dt.datetime.combine(info.timex.start, dt.time(hours, minutes))


def _clocks_after(infos: list[Info], saved: dt.datetime) -> bool:
    """Whether a page of one day stamps a post later than ``saved``: then ``saved`` is when the page was first
    published (a live page's opening post, "07:02"), not when it was saved with posts up to "12:58" on it."""
    if any(i.kind == DATE_HEADING for i in infos):
        return False
    return any(i.kind in (STAMP, STAMP_LINE) and i.stamp is not None and i.stamp.time and not i.stamp.date_text
               and i.what != "ago" and i.stamp.time > f"{saved:%H:%M}" for i in infos)


def _count_back(infos: list[Info], saved: dt.datetime | None, page_day: dt.date | None) -> None:
    """Relative stamps ("15 min ago") counted back from the page's dated clock ("Last updated 14:32 GMT, 12 March
    2024"), the first one on the page, above the ages (a post's embed further down, "9:41 PM · Aug 15, 2021", dates
    that embed, not the page), else from when it was saved (``saved``); without either they stamp nothing (see
    :mod:`chronik.segment.ago`), but among posts stamped with clocks an age still opens its post, on the page's day
    (``page_day``), or an age in days alone on its line as many days before it as it counts ("2d ·"; not a thread's
    "Posted by u/name · 1 day ago", over the thread's title)."""
    relative = [i for i in infos if i.what == "ago"]
    if not relative:
        return
    first = infos.index(relative[0])
    clock, at = next(((i, at) for i in infos[:first] if (at := _dateline_clock(i)) is not None), (None, None))
    if clock is not None and clock.stamp is not None and at is not None:
        label, zone = f"'{clock.block.text.strip()}'", clock.stamp.zone
    elif saved is not None and not _clocks_after(infos, saved):
        at, label, zone = saved, f"the page's save time {saved:%Y-%m-%d %H:%M}", None
    else:
        clocked = any(i.kind in (STAMP, STAMP_LINE) and i.stamp is not None and i.stamp.time for i in infos)
        for info in relative:
            text = info.block.text.strip()
            age = ago.age(text)
            if clocked and page_day is not None and age is not None and (age < dt.timedelta(days=1) or ago.bare(text)):
                info.timex = ago.on_page_day(text, page_day, age)
            else:
                info.kind, info.what = FURNITURE, ago.NO_CLOCK
        return
    for info in relative:
        text = info.block.text.strip()
        info.stamp, info.timex = ago.counted(ago.age(text) or dt.timedelta(), text, at, zone, label)
