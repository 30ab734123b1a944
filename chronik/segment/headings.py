"""What a short line is: a date heading, a day counter, a lead-in, a section label, a headline, a byline...

Each question looks at one block on its own; where a block sits on the page (what comes before and
after it) is decided in :mod:`chronik.segment.structure`.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable

from chronik.dates import DAY_COUNTER, EXPLICIT, Mention, Timex
from chronik.dates.lexicon import lexicon as date_lexicon
from chronik.segment.blocks import Block
from chronik.segment.finder import DateFinder, named_event
from chronik.segment.lexicon import lexicon
from chronik.segment.numbered_items import BRACKETED_NUMBER
from chronik.segment.printed import outline_heading
from chronik.segment.prose import PLACE_COLON, PLACE_DASH, SENTENCE_BOUNDARY, has_past_verb

_CLOSING = re.compile(r"[.!;,…]\s*[\"”’»)]*\s*$")
_COLON_END = re.compile(r":\s*$")
_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:st|nd|rd|th)?|[^\w\s]", re.I)
_LETTERS = re.compile(r"[^\W\d_]+")  # a word of letters only
_DAY = re.compile(r"\bday\b", re.I)
_ORDINAL = re.compile(r"^\d{1,4}(?:st|nd|rd|th)?$", re.I)
# reference marks closing a sentence or a heading: "...killing 10 people.[12][13]", "1 March[edit]"
_MARKS = re.compile(r"(?:\[(?:\d{1,4}|[a-z]|edit|edit source|citation needed|note \d+)\])+\s*$", re.I)
_MONTH_VALUE = re.compile(r"^\d{4}-\d{2}$")
_ORDINAL_DOT = re.compile(r"\d\.\s*$")  # "25.09.2023.": a date ends with a dot where it is written as ordinals
_RELATIVE_HEADING = re.compile(r"^\W*(today|yesterday)\W*$", re.I)  # a news feed's "Today", "Yesterday"


def shape_text(text: str) -> str:
    """The text without the reference marks an encyclopedia puts after it, for judging its shape."""
    return _MARKS.sub("", text).rstrip() if "[" in text else text.rstrip()


def headline_shaped(block: Block) -> bool:
    """A short line without closing punctuation: a headline, a label, a page title or a link."""
    if block.headline_shaped is None:  # asked of a block several times: worked out once
        block.headline_shaped = _headline_shaped(block)
    return block.headline_shaped


def _headline_shaped(block: Block) -> bool:
    if block.bullet or block.words == 0 or block.words > lexicon().headline_max_words:
        return False
    text = shape_text(block.text)
    if block.words > 6 and _COLON_END.search(text):
        return False  # "The total losses of the enemy were approximately:" introduces a list; it heads nothing
    if BRACKETED_NUMBER.match(text) and text.isupper():  # a digest's numbered headline in capitals, closed by a
        text = text.removesuffix(".")  # stop ("[01] SERBS CLAIM ZEPA.")
    return not _CLOSING.search(text)


def colon_label(block: Block) -> bool:
    """A short line ending in a colon ("Information from Baku:"): a label for what follows."""
    return not block.bullet and block.words <= 6 and bool(_COLON_END.search(block.text))


@functools.cache
def _date_words() -> frozenset[str]:
    lex = date_lexicon()
    return frozenset(lex.months) | frozenset(lex.weekdays) | frozenset(lex.ordinals)


_DATELINE_PLACE_WORDS = 3
# a correspondent's dispatch line before its day: the desk's credit and the place it was filed from ("From our own
# Correspondent: Tel Aviv, ", "By our Correspondent: Amman, "); a place and day alone ("KYIV, 6 August 2014") is a
# page's dateline
_DISPATCH_PLACE = re.compile(r"^\s*(?i:(?:from|by)\s+(?:our|a)\s+(?:own\s+)?(?:special\s+|staff\s+|diplomatic\s+|"
                             r"political\s+)?correspondents?\s*[:,-]?\s*(?:in\s+)?)"
                             r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s+(?=\S)")
# the kind of an office's document: "Press Release", "Statement", "Communiqué", "News release"
DOCUMENT_KIND = (r"(?:(?:joint|official|press|news|media)\s+)?(?:press\s+release|release|statement|communiqu[eé]|"
                 r"announcement|readout|declaration)")
# a release's posting line gives its kind and number beside its day ("21-07-1994 News Release 94/31", "Press release
# No. 45 | 12 March 2024"): the kind and number are no part of the day
_DOCUMENT_NUMBER = re.compile(rf"(?i)\b{DOCUMENT_KIND}\s*(?:no\.?\s*)?\d+(?:[/.-]\d+)*\b")


def _capital_place(token: str) -> bool:
    """A word of a place written in capitals, as a dateline writes it ("EL", "FASHER"): not a month or weekday."""
    return len(token) >= 2 and token.isalpha() and token.isupper() and not _is_date_token(token)


# the same day in another calendar after a bar, as an Indian or a Gulf office dates its releases ("04 December 1971 |
# Agrahayana 13, 1893 (Saka)", "Friday 12 April 2024 | 3 Shawwal 1445 AH"): a number and a month no Gregorian one
_OTHER_CALENDAR = re.compile(r"\s+\|\s+(?P<other>[^|]*\d[^|]*)$")


def _without_other_calendar(text: str) -> str:
    m = _OTHER_CALENDAR.search(text)
    if m is None:
        return text
    words = re.findall(r"[^\W\d_]+", m.group("other"))
    return text[:m.start()] if words and not any(w.lower() in date_lexicon().months for w in words) else text


def _is_date_token(token: str) -> bool:
    low = token.lower().rstrip(".")
    if low in _date_words() or _ORDINAL.match(low) or not re.match(r"\w", low):
        return True
    m = re.match(r"^([a-z]+)(\d{1,2})$", low)  # "oct7"
    return bool(m and m.group(1) in date_lexicon().months)


def date_heading(block: Block, finder: DateFinder) -> Timex | None:
    """The day a heading such as ``november 3 update``, ``Sunday, October 11th``, ``March 22, 2022`` names.

    The line must be nothing but a calendar date and heading words ("update", "live"...), so a headline
    that merely mentions a date is not a heading.
    """
    timex = calendar_heading(block, finder)
    return timex if timex is not None and names_days(timex) else None


def numbered_document(text: str) -> bool:
    """Whether a line gives a document's kind and number ("21-07-1994 News Release 94/31", "COMMUNIQUE NO. 33-68")."""
    return _DOCUMENT_NUMBER.search(text) is not None


def month_heading(block: Block, finder: DateFinder) -> Timex | None:
    """The month a heading such as ``March 2022`` names: it gives its year to the day headings under it."""
    timex = calendar_heading(block, finder)
    return timex if timex is not None and names_month(timex) else None


def names_days(timex: Timex) -> bool:
    """A day, or a few days (not a month): what a date heading names (a value that is no calendar span names none)."""
    if timex.start is None or timex.end is None:
        return False
    return (timex.end - timex.start).days <= lexicon().max_span_days


def names_month(timex: Timex) -> bool:
    return bool(_MONTH_VALUE.match(timex.value))


def calendar_heading(block: Block, finder: DateFinder) -> Timex | None:
    """The calendar date or span a line of nothing but a date and heading words names (a day or a month)."""
    if block.words > 8 or not (headline_shaped(block) or colon_label(block) or _ORDINAL_DOT.search(block.text)):
        return None
    if finder.anchor is not None and _RELATIVE_HEADING.match(block.text):
        return finder.resolve(block.text.strip(" :"))
    # ("From our own Correspondent: Tel Aviv, June 5": the day it was filed; "21-07-1994 News Release 94/31": the day
    # it was issued)
    text = _DOCUMENT_NUMBER.sub("", _DISPATCH_PLACE.sub("", _without_other_calendar(block.text)))
    tokens = list(_TOKEN.finditer(text))
    heading = lexicon().heading_words

    def skip(m: re.Match[str]) -> bool:
        return m.group().lower() in heading or not re.match(r"\w", m.group())

    while tokens and skip(tokens[0]):
        tokens.pop(0)
    while tokens and skip(tokens[-1]):
        tokens.pop()
    place = 0  # a dateline's place in capitals after the day ("May 12 - 2024 EL FASHER"): where, not part of the day
    while len(tokens) > place + 1 and place < _DATELINE_PLACE_WORDS and _capital_place(tokens[-1 - place].group()):
        place += 1
    if place and all(_is_date_token(t.group()) for t in tokens[:-place]):
        tokens = tokens[:-place]
    if not tokens or not all(_is_date_token(t.group()) or t.group().lower() in heading for t in tokens):
        return None
    if not any(re.search(r"\d", t.group()) or t.group().lower() in date_lexicon().ordinals for t in tokens):
        return None  # a lone month or weekday is not a day
    core = text[tokens[0].start():tokens[-1].end()]
    core = re.sub(r"(?i)\b([a-z]{3,9})(\d{1,2})\b", r"\1 \2", core)  # "oct7" -> "oct 7"
    timex = finder.resolve(core)
    if timex is None or timex.kind != EXPLICIT or timex.start is None or timex.end is None:
        return None
    return timex


def yearless_headings(blocks: list[Block], finder: DateFinder,
                      period: tuple[dt.date, dt.date] | None = None) -> dict[int, Timex]:
    """On a page without a date (``finder`` has no anchor), the date headings written without a year ("Monday 14
    March"), by their position in ``blocks``: each read against the nearest month heading above it ("March 2022"),
    else as the day inside the ``period`` the page's title names ("what happened from 4 to 10 November 2020"), else
    against the date written with its year nearest to it on the page (the following one when two are as near: a
    heading's items come after it), else, for a heading naming its weekday ("Friday, June 13"), in the one year of
    the configured wars' (``finder.epochs``) where that day is that weekday. Empty without any."""
    full = [(k, m.timex.start) for k, block in enumerate(blocks) for m in finder.find(block.text, day_precise=True)
            if m.timex.kind == EXPLICIT and m.timex.start is not None and m.timex.start == m.timex.end]
    found: dict[int, Timex] = {}
    at = [k for k, _ in full]
    month: dt.date | None = None
    for k, block in enumerate(blocks):
        written = calendar_heading(block, finder)
        if written is not None:
            if names_month(written):
                month = written.start
            continue
        if month is not None or (period is None and full):
            timex = calendar_heading(block, finder.with_anchor(month or _nearest(full, at, k)))
            said = "the month heading above it" if month else "the date written with its year nearest to the heading"
        elif period is not None:
            timex = _in_span(block, finder, period)
            said = "the period the page's title names"
        else:
            timex = _weekday_year(block, finder)
            said = "the one year of the configured wars in which its day is its weekday"
        if timex is not None and timex.kind == EXPLICIT and names_days(timex):
            found[k] = dataclasses.replace(timex, why=f"{timex.why}, the year of {said} on a page without a date")
    return found


# a date heading written without a year that, read against the page's publication date, lands this many days or more
# from it is no day of a live page's: the page tells a past period (a timeline of August 2008 saved in 2024)
FAR_DAYS = 92
_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def written_dates(blocks: list[Block], finder: DateFinder) -> list[tuple[int, dt.date]]:
    """The dates ``blocks`` write with their year ("On 1 August 2008", "fought in August 2008": a day or a month),
    as (block index, first day), in page order."""
    return [(block.index, m.timex.start) for block in blocks if _WRITTEN_YEAR.search(block.text)
            for m in finder.find(block.text)
            if m.timex.kind == EXPLICIT and m.timex.start is not None and m.timex.end is not None
            and (m.timex.end - m.timex.start).days <= 31 and _WRITTEN_YEAR.search(m.text)]


def far_from(day: dt.date, publication: dt.date) -> bool:
    """Whether ``day`` is too far from the publication date to be a day a page written then reports as news."""
    return abs((day - publication).days) >= FAR_DAYS


def told_year(timex: Timex, written: dt.date | None, publication: dt.date,
              read: Callable[[dt.date], Timex | None]) -> Timex | None:
    """A date written without its year read in the year the page's text establishes: when ``timex`` (its reading
    against the publication date) lies far from it, and the latest date the page wrote with its year above it,
    ``written``, does too, ``read(written)`` (the date read against that one), if that lands within ``FAR_DAYS`` of
    it. "7 August" under a lead "fought in August 2008" and "On 1 August 2008, ..." on a page saved on 3 February
    2024 is 7 August 2008, not 2023. A reading after the publication date counts as far: "burned on May 14" in a
    report of May 9, 2024 telling 2023 ("On May 12, 2023, ...") is no day to come. None when the publication date
    stands."""
    if (timex.start is None or written is None
            or not (far_from(timex.start, publication) or timex.start > publication)
            or not far_from(written, publication)):
        return None
    again = read(written)
    if again is None or again.start is None or far_from(again.start, written) or again.start == timex.start:
        return None
    return dataclasses.replace(again, why=f"{again.why}: the page tells the days around {written.isoformat()}, "
                                          f"a date it writes with its year above, far from its publication date")


def past_headings(blocks: list[Block], finder: DateFinder, headings: dict[int, Timex]) -> dict[int, Timex]:
    """On a page with a publication date (``finder``'s anchor), the date headings (``headings``, by position in
    ``blocks``) written without a year that :func:`told_year` reads in the year the page's text establishes."""
    publication = finder.anchor
    if publication is None or not any(t.start is not None and far_from(t.start, publication)
                                      for t in headings.values()):
        return {}  # (the common case, a live page's days: the page's dates are not read again)
    written = written_dates(blocks, finder)
    at = [k for k, _ in written]
    found: dict[int, Timex] = {}
    for k, timex in headings.items():
        block = blocks[k]
        if _WRITTEN_YEAR.search(block.text):
            continue
        before = bisect.bisect_left(at, block.index)
        latest = written[before - 1][1] if before else None

        def read(day: dt.date, block: Block = block) -> Timex | None:
            return calendar_heading(block, finder.with_anchor(day))

        again = told_year(timex, latest, publication, read)
        if again is not None and names_days(again):
            found[k] = again
    return {k: timex for k, timex in found.items() if not _leads_the_run(k, blocks, headings, found)}


def _leads_the_run(k: int, blocks: list[Block], headings: dict[int, Timex], found: dict[int, Timex]) -> bool:
    """Whether heading ``k``, which ``past_headings`` would read in a year told above it, instead opens the run of
    the headings below it: the next date heading stays in the publication's year and comes after ``k`` read there.
    "27 January" under "invaded in December 1975 and annexed the following year" on a timeline of 1999 whose next
    heading is "5 May" (1999) is 27 January 1999: a page telling 1976 would move its next heading too."""
    after = sorted(j for j in headings if j > k)
    if not after or after[0] in found or _WRITTEN_YEAR.search(blocks[after[0]].text):
        return False
    mine, next_one = headings[k].start, headings[after[0]].start
    return mine is not None and next_one is not None and 0 <= (next_one - mine).days <= 366


def period_headings(blocks: list[Block], finder: DateFinder, headings: dict[int, Timex],
                    period: tuple[dt.date, dt.date] | None) -> dict[int, Timex]:
    """On a page saved or last edited outside the ``period`` its title names ("Timeline of the Tigray war (November
    2020)", edited in 2023; ``finder``'s anchor is the page's date), the date headings (``headings``, by position in
    ``blocks``) written without a year read as days inside that period: the page covers it, whenever it was saved."""
    publication = finder.anchor
    if publication is None or period is None or period[0] <= publication <= period[1]:
        return {}
    def inside(timex: Timex | None) -> bool:
        return timex is not None and timex.start is not None and period[0] <= timex.start <= period[1]

    found: dict[int, Timex] = {}
    for k, timex in headings.items():
        if _WRITTEN_YEAR.search(blocks[k].text) or inside(timex):
            continue
        again = _in_span(blocks[k], finder, period)
        if again is not None and inside(again) and names_days(again):
            found[k] = dataclasses.replace(again, why=f"{again.why}, a day of the period the page's title names")
    return found


def _in_span(block: Block, finder: DateFinder, period: tuple[dt.date, dt.date]) -> Timex | None:
    """The heading read as a day inside ``period`` (else against its first day)."""
    readings = [calendar_heading(block, finder.with_anchor(a)) for a in period]
    inside = [t for t in readings if t is not None and t.start is not None and period[0] <= t.start <= period[1]]
    return inside[0] if inside else readings[0]


# how many years after a war's start a heading's weekday is looked for when the war has no end
WEEKDAY_OPEN_YEARS = 5


def _weekday_year(block: Block, finder: DateFinder) -> Timex | None:
    """A heading naming its weekday and its day without a year ("Sunday 31 December"), dated in the one year of the
    configured wars (``finder.epochs``: their start to their end, or a few years on) in which the day falls on that
    weekday; None when no war is configured, or none or several years fit."""
    weekdays = date_lexicon().weekdays
    named = {weekdays[w.lower().rstrip(".")] for w in _LETTERS.findall(block.text)
             if w.lower().rstrip(".") in weekdays}
    if len(named) != 1 or not finder.epochs:
        return None
    years = {y for e in finder.epochs for y in range(e.start.year, (e.end.year if e.end else
                                                                    e.start.year + WEEKDAY_OPEN_YEARS) + 1)}
    fits = {}
    for year in sorted(years):
        timex = calendar_heading(block, finder.with_anchor(dt.date(year, 7, 1)))
        for t in (timex, calendar_heading(block, finder.with_anchor(dt.date(year, 1, 1))),
                  calendar_heading(block, finder.with_anchor(dt.date(year, 12, 31)))):
            if t is not None and t.start is not None and t.start.year == year and t.start.weekday() in named:
                fits[t.start] = t
    return next(iter(fits.values())) if len(fits) == 1 else None


def _nearest(full: list[tuple[int, dt.date]], at: list[int], k: int) -> dt.date:
    """The date of ``full`` (sorted by block, ``at`` its blocks) nearest to block ``k``, the following one when two
    are as near, the first of a block: ``min(full, key=lambda f: (abs(f[0] - k), f[0] < k))[1]`` by bisection,
    so that a page is read in time linear in its length."""
    after = bisect.bisect_left(at, k)
    if after == 0:
        return full[0][1]
    before = bisect.bisect_left(at, at[after - 1])  # the first date of the block above
    if after == len(at) or k - at[before] < at[after] - k:
        return full[before][1]
    return full[after][1]


def day_counter(block: Block, finder: DateFinder) -> Mention | None:
    """The day-of-war counter in a short line ("Thirty ninth day of the ... war", "Karabakh, day 11")."""
    if not finder.epochs or block.bullet or block.words > 12 or _CLOSING.search(block.text):
        return None
    if not _DAY.search(block.text):
        return None  # every day counter says "day"; this spares the grammar on other short lines
    for mention in finder.find(block.text):
        if mention.timex.kind == DAY_COUNTER and mention.timex.start is not None and _plausible(
                mention.timex.start, finder.anchor) and counts_the_war(block.text, mention):
            return mention
    return None


def period_counter(block: Block, finder: DateFinder, period: tuple[dt.date, dt.date]) -> Mention | None:
    """The day-of-war counter in a short line of a page looking back on the days its title names ("Victory Diary:
    the last days of the war, 14–17 December 1971" / "Day 12"), written long after them: counted against the
    period's last day, and believed when it falls in the period."""
    start, end = period
    found = day_counter(block, finder.with_anchor(end))
    return found if found is not None and found.timex.start is not None and \
        (start - found.timex.start).days <= 1 else None


_DAY_FIRST = re.compile(r"^\W*day\b", re.I)
_OF_AFTER = re.compile(r"^\s+of\b", re.I)


def counts_the_war(text: str, mention: Mention) -> bool:
    """Whether an ordinal day counts the days of a war: "Day 100", "the 100th day of the war", or the line is the
    ordinal alone — not a headline's "Telecommunications blackout enters second day" (the blackout's day)."""
    if _DAY_FIRST.match(mention.text) or _OF_AFTER.match(text[mention.end:]):
        return True
    heading = lexicon().heading_words
    rest = text[:mention.start] + " " + text[mention.end:]
    return all(t.lower() in heading for t in _LETTERS.findall(rest))


def _plausible(day: dt.date, publication: dt.date | None) -> bool:
    """A counted day on or before the page's publication (a day's slack for time zones), and not long before."""
    if publication is None:
        return True
    before = (publication - day).days
    return -1 <= before <= lexicon().counter_max_days_before


def dated_mention(text: str, finder: DateFinder) -> Mention | None:
    """The first date of one day (or a few) named in a short line such as a lead-in; not a day that names an event
    ("Chronology of the January 6 Invasion" dates nothing under it)."""
    for mention in finder.find(text):
        t = mention.timex
        if t.start is not None and t.end is not None and (t.end - t.start).days <= lexicon().max_span_days \
                and not named_event(text, mention):
            return mention
    return None


def lead_in(block: Block) -> bool:
    """"Here is a chronology of official updates.", "A short overview of events as of October 7"."""
    lex = lexicon()
    short = not block.bullet and block.words <= lex.lead_in_max_words
    ends = not block.bullet and block.words <= lex.lead_in_ends_max_words and block.text.rstrip().endswith(":")
    return ((short and _lead_in_words(block)) or page_note(block)
            or (ends and (bool(lex.lead_in_ends.search(block.text)) or _opens_lead_in(block.text)))
            or welcome(block) or valid_as_of(block) or _lead_in_then_note(block))


# the words a note may add after a lead-in's sentence ("Here is this morning's compilation of wire reports ... .
# Comments off-list please.")
_NOTE_WORDS = 6


def _lead_in_then_note(block: Block) -> bool:
    """A lead-in's sentence opening a paragraph with its words ("Here is this morning's compilation of wire reports on
    Kargil, in the order I received them."), and a short note after it of no more than a few words."""
    if block.bullet:
        return False
    lex = lexicon()
    parts = SENTENCE_BOUNDARY.split(block.text.strip(), maxsplit=1)
    if len(parts) != 2 or len(parts[1].split()) > _NOTE_WORDS or len(parts[0].split()) > lex.lead_in_max_words:
        return False
    m = lex.lead_ins.search(parts[0])
    return m is not None and m.start() == 0


# a verb before "as of": the sentence states a figure of that day ("More than 50,000 refugees had crossed into Sudan
# as of 9 December, according to UNHCR."), it introduces nothing
_VERB_BEFORE = re.compile(r"\b(?:had|has|have|was|were|is|are|been|will)\b", re.I)


def _lead_in_words(block: Block) -> bool:
    """Whether a short line holds a lead-in's words ("Here is ...", "A short overview of events as of October 7"), "as
    of" only after a noun phrase, no verb (not "Some 3,000 people have been displaced as of Monday.")."""
    m = lexicon().lead_ins.search(block.text, block.folded)
    if m is None:
        return False
    if m.group().lower() != "as of":
        return True
    before = block.text[:m.start()]
    return _VERB_BEFORE.search(before) is None and not has_past_verb(before)


def _opens_lead_in(text: str) -> bool:
    """Whether a sentence ending with a colon opens with a lead-in's words or a list's label, after any wire's credit
    or place, however long it is ("(Reuters) - Following are key events in Libya since a revolt ... broke out in
    mid-February:", "Main developments reported by the field office and the media:")."""
    credit = PLACE_DASH.match(text) or PLACE_COLON.match(text)  # ("ISLAMABAD, July 14: The following is ...")
    rest = text[credit.end():] if credit else text
    return any(m is not None and m.start() == 0 for m in (lexicon().lead_ins.search(rest),
                                                          lexicon().list_intros.search(rest)))


def valid_as_of(block: Block) -> bool:
    """A report's note of the day its information runs to, first in a short paragraph whatever caveat follows ("All
    information valid as of 19 November 2024 at 22:30. All figures are preliminary and may change.")."""
    lex = lexicon()
    return (not block.bullet and block.words <= lex.page_note_max_words
            and bool(lex.valid_as_of.match(block.text)))


GREETING = "greeting"  # the furniture a greeting alone is ("Good morning.", boilerplate.yaml keep: greeting)
# how many sentences a welcome may say between its greeting and its lead-in ("Good morning. <the day in a line>.
# Here is what you need to know today.")
WELCOME_MIDDLE = 1


def welcome(block: Block) -> bool:
    """A page's welcome: a greeting or welcome sentence first, a lead-in sentence last, at most one sentence between
    ("Good morning and welcome to our live coverage of ... Here is a recap of the latest developments."): it opens
    the page, it reports nothing of its own."""
    lex = lexicon()
    if block.bullet or block.words > lex.page_note_max_words:
        return False
    sentences = SENTENCE_BOUNDARY.split(block.text.strip())
    if not 2 <= len(sentences) <= 2 + WELCOME_MIDDLE or not lex.lead_ins.search(sentences[-1]):
        return False
    return bool(lex.lead_ins.search(sentences[0])) or furniture(Block(-1, [], sentences[0])) == GREETING


def page_note(block: Block) -> bool:
    """A paragraph about the page itself ("This timeline covers the period from ..."), or a briefing's housekeeping
    ("Moderator: Thank you. The next briefing will be held tomorrow at 14:00."): its dates are not events."""
    lex = lexicon()
    return not block.bullet and ((block.words <= lex.page_note_max_words and bool(lex.page_notes.match(block.text)))
                                 or (block.words <= lex.briefing_note_max_words
                                     and bool(lex.briefing_notes.search(block.text, block.folded))))


def heading_words_only(block: Block) -> bool:
    """A line of heading words alone ("News", "Live feed", "Latest updates")."""
    words = _LETTERS.findall(block.text.lower())
    return bool(words) and block.words <= 4 and all(w in lexicon().heading_words for w in words)


def labelled(block: Block) -> bool:
    """A label by its wording: a colon at the end, a label phrase ("developments", "background"), or heading
    words alone ("Live feed"), or a report's section letter or numeral ("B. Interdiction of weapons at sea")."""
    return (colon_label(block) or (block.words <= 6 and bool(lexicon().labels.search(block.text, block.folded)))
            or heading_words_only(block) or outline_heading(block.text))


# a release's serial number before its title ("№ 4. On casualties", "No. 12 – Statement", "#3: Update"): the title of
# one release of a numbered series, whatever its words ("casualties" alone would be a section's label)
_SERIAL = re.compile(r"^(?:№|no\.|nr\.|#)\s*\d{1,4}\s*[.:–—-]?\s+\S", re.I)


def serial_title(block: Block) -> bool:
    """Whether ``block`` opens with a release's serial number ("№ 4. On casualties")."""
    return bool(_SERIAL.match(block.text))


def name_heading(block: Block) -> bool:
    """A heading that only names ("Iraq and Syria", "Iran and the Axis of Resistance"): a few capitalised words
    and the words joining them, no verb in lower case, no closing punctuation."""
    lex = lexicon()
    if not headline_shaped(block) or colon_label(block):
        return False
    words = re.findall(r"[^\W_][\w’'.-]*|&", block.text)
    names = [w for w in words if w.lower() not in lex.name_heading_joiners]
    return 0 < len(names) <= lex.name_heading_max and all(w[0].isupper() for w in names)


def title_cased(block: Block) -> bool:
    """Whether every word of a heading but its joiners is capitalised ("Ukrainian Operations in the Russian
    Federation"): a section's name, where a news headline writes its verb in lower case ("Ethiopia says Zalambessa
    captured")."""
    joiners = lexicon().name_heading_joiners
    words = [w for w in re.findall(r"[^\W\d_][\w’'.-]*", block.text) if w.lower() not in joiners]
    return bool(words) and all(w[0].isupper() for w in words)


def question_heading(block: Block) -> bool:
    """"How did the offensive unfold?", "What happens next": a heading asking the reader's question, which the
    paragraphs under it answer (an explainer's section), not a headline reporting an act."""
    return not block.bullet and bool(lexicon().question_heading.search(shape_text(block.text)))


def section_label(block: Block) -> bool:
    """"Military developments", "See Also", "Information from Baku:" — a label, not a headline."""
    lex = lexicon()
    if block.bullet or not (headline_shaped(block) or colon_label(block)):
        return False
    return labelled(block) or block.words <= lex.label_max_words


def furniture(block: Block) -> str | None:
    """The kind of page furniture kept as an aside (``byline``, ``credit``, ``see also``), or None."""
    category = lexicon().keep.first(block.text, block.words, block.tokens, block.folded)
    return None if category is None else category.name


def points_away(block: Block) -> bool:
    """Words that send the reader to another page ("previous day's coverage", "read our ...")."""
    return bool(lexicon().other_day_away.search(block.text, block.folded))


# what a news feed writes after a headline in capitals, of what the story holds ("... strike on 2 January PHOTO",
# "... this year VIDEO", "... killed – Prokudin UPDATED"): no word of a link to another day's page
_MEDIA_LABEL = re.compile(r"(?:\s+(?-i:PHOTOS?|VIDEOS?|UPDATED|AUDIO|INFOGRAPHICS?|DOCUMENT))+\s*$")


def other_day_link(block: Block, finder: DateFinder) -> bool:
    """A line linking to another day's page ("News, reports, photos / videos ... for October 5, 2020")."""
    lex = lexicon()
    if block.words < lex.other_day_min_words or not headline_shaped(block):
        return False
    labelled = _MEDIA_LABEL.search(block.text)
    if not (lex.other_day_words.search(block.text[:labelled.start()]) if labelled
            else lex.other_day_words.search(block.text, block.folded)):
        return False
    return any(m.timex.kind == EXPLICIT and m.timex.start is not None for m in finder.find(block.text))


# where and on what day a statement was issued, a line of its own: "Bamako, 29 July 2024", "Done at Kyiv, 3 March 2022"
_PLACE_DAY = re.compile(r"^(?:done\s+(?:at|in)\s+)?(?-i:[A-Z])[\w'’.-]+(?:\s+[\w'’.-]+){0,2},\s*(?:on\s+|le\s+)?"
                        r"(\S.*?)\.?$", re.I)
PLACE_DAY_WORDS = 8


# a day written without its year as a newspaper's dispatch dates it ("Jan 2", "Dec. 27", "2 January")
DISPATCH_DAY = re.compile(r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s*$")


def place_day(block: Block, finder: DateFinder) -> Timex | None:
    """The day of a short line naming a statement's place and day, the day written in full with its year or as a
    newspaper's dispatch dates it ("Islamabad, Jan 2"), or None."""
    m = _PLACE_DAY.match(block.text.strip())
    if m is None or block.words > PLACE_DAY_WORDS or not (re.search(r"\d{4}$", m.group(1))
                                                            or DISPATCH_DAY.search(block.text)):
        return None
    timex = finder.resolve(m.group(1))
    return timex if timex is not None and timex.start is not None and timex.start == timex.end else None
