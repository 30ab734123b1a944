"""The date resolver as the parser uses it: against the page's anchor day, never against today.

A page without a publication date has no anchor. Its dates still count when the text gives the year
("March 22, 2022") or a day-of-war counter (the epochs are absolute); "Saturday" or "November 2" then
stay unresolved rather than borrowing the year from the day the parser happens to run.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from chronik.config import Epoch
from chronik.dates import DAY_COUNTER, EXPLICIT, Mention, Timex, find_dates, resolve
from chronik.dates.anchor import FUTURE, PAST
from chronik.dates.finder import find_anaphors
from chronik.dates.lexicon import alternation
from chronik.dates.lexicon import lexicon as date_lexicon
from chronik.dates.rules import month_words
from chronik.dates.slashes import MONTH_FIRST, zone_order
from chronik.dates.tense import tense_at
from chronik.segment import prose
from chronik.segment.lexicon import Phrases, lexicon

_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|'\d\d\b")
_PLACEHOLDER = dt.date(2000, 1, 1)
_POSSESSIVE = re.compile(r"^[’']s\b")
_POSSESSIVE_END = re.compile(r"\w[’']s$")  # a mention that took its possessive in: "Sunday's"
_THIS = re.compile(r"^this\s", re.I)
_THAN = re.compile(r"\bthan\s+(?:at|on|in|during|after|before)?\s*(?:the\s+)?$", re.I)
_FIRST_WORD = re.compile(r"^\W*(\w+)")


@functools.cache
def _leading_sep() -> re.Pattern[str]:
    """What sets a date leading an item off its text: "9 October – Israel ordered ...", "March 3: ...", a table row
    copied as "12 March 2022 | ..." or with a tab; its weekday, as the date lexicon writes it, may come between in
    brackets ("Oct. 22 (Friday): ..."), not a dateline's place ("June 30 (PORT SUDAN) – ")."""
    return re.compile(rf"^(?:\s*\((?i:{alternation(date_lexicon().weekdays)})\.?\))?(?:\s*[–—:|-]\s|\s*\|\s*\S|\t)")


LEAD_SENTENCES = 3  # the act of a paragraph is told in its first sentences
# a range of days the text writes out ("between 1 and 10 June", "from 3 to 5 March") names the days of its act up to
# this long; a vaguer span ("this week", "earlier this month") only up to the lexicon's max_span_days
RANGE_MAX_DAYS = 31
# ... or up to a season when it opens the paragraph, the period its act lasted ("From January 9 to March 7, 1993,
# UNITA forces besieged Huambo")
OPENING_RANGE_MAX_DAYS = 92
# how many days an anaphor may move from the day it refers to ("Two days later"; not "a year earlier")
ANAPHOR_DAYS = 7
# after a plan ("will vote later on Wednesday"), a day this close before the page's names when the plan was said
# ("..., the minister said on Monday"); one further back is the background of the plan, not its announcement
PLAN_SAID_DAYS = 7
# how many days after the page's date a past act's day may still fall (a live page saved before its last posts)
PAST_ACT_AHEAD_DAYS = 14
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
_MONTH_NAMED = re.compile(rf"\b(?:{month_words()})\b", re.I)
_WEEK = re.compile(r"-W\d\d$")
_LAST_WEEK = re.compile(r"^last\s+week\b", re.I)
_THAT = re.compile(r"\s+that\b")
_UNITS = ("day", "days", "week", "weeks", "weekend", "fortnight", "month", "months", "year", "years", "decade",
          "decades", "century", "quarter", "half", "ago")


def _opens_with_last_week(text: str, m: Mention) -> bool:
    """Whether calendar week ``m`` ("2024-W01") is "last week" opening its sentence: "Last week, a drone boat exploded
    near the port, ..." tells an act of the week before the page's (any of its days), as "On Friday, ..." tells
    that day's; "this week", "the past week" and "over the last week" run up to the page's day, and a count the
    sentence reports over last week ("Officials reported 300 cases last week") is no act of a day."""
    before = text[:m.start]
    sentences = prose.SENTENCE_BOUNDARY.split(before)
    return bool(_LAST_WEEK.match(m.text)) and not sentences[-1].strip()


@functools.cache
def _cue(day_precise: bool) -> tuple[re.Pattern[str], Phrases]:
    """Any word a date expression needs (a digit, a month, a weekday, "yesterday", "day"...): a cheap test
    that spares running the whole grammar over the many paragraphs that name no date. A date of one day
    needs a month, a weekday, a relative day, a day count or a numeric date; a bare number will not do."""
    lex = date_lexicon()
    words = {*lex.months, *lex.weekdays, "day", "days", "weekend", "week"}  # a weekend is two days, "last week" seven
    words |= {w for phrase in (*lex.relative_days, *lex.holidays) for w in phrase.split()[-1:]}
    if not day_precise:
        words |= {*lex.parts_of_day, *lex.seasons, *lex.decades, *_UNITS}
    return re.compile(r"\d{1,4}[./-]\d{1,2}" if day_precise else r"\d"), Phrases(words)


@functools.cache
def _lead_words() -> frozenset[str]:
    lex = date_lexicon()
    return frozenset(w.lower() for w in (*lex.months, *lex.weekdays))


@dataclass(frozen=True)
class DateFinder:
    """``find`` and ``resolve`` with one anchor (None when the page's date is unknown) and the epochs.

    ``slash_order`` is how the page writes its slashed dates (``chronik.dates.slashes``); None: each the way that
    lands nearer the page's day ("09/10/2023" is 9 October on a page of October 2023), or, on a page without a
    date, ``undated_order``: the way the source's region writes them (``slashes.zone_order``; month first when the
    source has no zone).
    """

    anchor: dt.date | None
    epochs: tuple[Epoch, ...] = ()
    slash_order: str | None = None
    undated_order: str = MONTH_FIRST
    # the span of a war a page looks back on, long after it ended (see ``looking_back``): the year of a day written
    # without one ("On 27 September, ...") is the one in that span, not the one nearest the page's own date
    about: tuple[dt.date, dt.date] | None = None
    # the page's own date: a day written without its year that an act told in the past tense falls on cannot be weeks
    # after it ("On June 14, the governor was abducted" on a page of 9 May is last year's June 14; see ``find``)
    latest: dt.date | None = None

    def with_anchor(self, anchor: dt.date | None) -> DateFinder:
        return self if anchor == self.anchor else replace(self, anchor=anchor)

    @property
    def news_day(self) -> dt.date | None:
        """The day the page tells its news as of, that its background is long before: its own date, or on a page
        looking back on a war, the last day of the span it is about."""
        return self.about[1] if self.about is not None else self.anchor

    def looking_back(self, period: tuple[dt.date, dt.date] | None) -> DateFinder:
        """This finder on a page that looks back on a war: its title names a span (``period``: "2020 Nagorno-Karabakh
        war", "Timeline of the 2008 war") that a configured war overlaps and that ended before the page's date (an
        encyclopedia's article edited years later)."""
        if period is None or self.anchor is None or self.anchor <= period[1] or not any(
                e.start <= period[1] and (e.end is None or e.end >= period[0]) for e in self.epochs):
            return self
        return replace(self, about=period)

    def placed(self) -> DateFinder:
        """This finder, or on a page without a date one anchored on a placeholder day: for where a text names
        dates ("10 February – ..." leads an item whatever its year), not for which days they are."""
        return self if self.anchor is not None else self.with_anchor(_PLACEHOLDER)

    def _slashes(self) -> str | None:
        return self.slash_order or (None if self.anchor is not None else self.undated_order)

    def _usable(self, timex: Timex, text: str) -> bool:
        return self.anchor is not None or timex.kind == DAY_COUNTER or bool(_YEAR.search(text))

    def find(self, text: str, day_precise: bool = False) -> list[Mention]:
        """Every date in running ``text`` that can be resolved without guessing the year (with
        ``day_precise``, the text may skip the grammar when it cannot name a single day)."""
        digits, words = _cue(day_precise)
        if not digits.search(text) and not words.search(text):
            return []
        mentions = find_dates(text, self.anchor or _PLACEHOLDER, self.epochs, slash_order=self._slashes())
        if self.about is not None and any(self._yearless(m.timex, m.text) for m in mentions):
            for day in self.about[::-1]:  # (its last day first: "On 28 September, X said" is the one before it)
                back = {(m.start, m.end): m for m in find_dates(text, day, self.epochs, slash_order=self._slashes())}
                mentions = [back.get((m.start, m.end), m) if self._yearless(m.timex, m.text) else m
                            for m in mentions]
        if self.latest is not None and any(self._after_page(m, text) for m in mentions):
            year_before = self.latest - dt.timedelta(days=365)
            back = {(m.start, m.end): m
                    for m in find_dates(text, year_before, self.epochs, slash_order=self._slashes())}
            mentions = [back.get((m.start, m.end), m) if self._after_page(m, text) else m for m in mentions]
        return [m for m in mentions if self._usable(m.timex, m.text)]

    def _after_page(self, m: Mention, text: str) -> bool:
        """Whether ``m`` is a day written without its year, told in the past tense, that was read as weeks after the
        page's own date: it is read again against the year before (a report's "On June 14, X was killed")."""
        return (self.latest is not None and m.timex.kind == EXPLICIT and m.timex.start is not None
                and (m.timex.start - self.latest).days > PAST_ACT_AHEAD_DAYS and not _YEAR.search(m.text)
                and _MONTH_NAMED.search(m.text) is not None and tense_at(text, m.start, m.end) == PAST)

    def resolve(self, expr: str) -> Timex | None:
        """One isolated expression (a heading, the date in a timestamp), or None."""
        timex = resolve(expr, self.anchor or _PLACEHOLDER, self.epochs, slash_order=self._slashes())
        for day in self.about[::-1] if self.about is not None else ():
            if timex is not None and self._yearless(timex, expr):
                timex = resolve(expr, day, self.epochs, slash_order=self._slashes()) or timex
        return timex if timex is not None and self._usable(timex, expr) else None

    def _yearless(self, timex: Timex, text: str) -> bool:
        """Whether a day or month a page looking back on a war writes without its year ("27 September", "3 October")
        was read outside that war's span: it is read again against the span (its weekdays and "yesterday" still
        count from the page's own date)."""
        return (self.about is not None and timex.start is not None and not self.about[0] <= timex.start <= self.about[1]
                and not _YEAR.search(text) and _MONTH_NAMED.search(text) is not None)


    def leading(self, text: str) -> Mention | None:
        """The date an item leads with, set off by a dash or a colon ("9 October – Israel ordered ..."):
        the item's own date, whatever section it is listed under."""
        head = text[:40]
        word = _FIRST_WORD.match(head)
        if word is None or not (word.group(1)[0].isdigit() or word.group(1).lower().rstrip(".") in _lead_words()):
            return None  # a date leading an item starts with a number, a month or a weekday
        first = self.lead_period(text, day_precise=True)
        if (first is None or first.timex.start is None or first.timex.end is None
                or (first.timex.end - first.timex.start).days > lexicon().max_span_days):  # "13–15 March –" is one
            return None
        return first

    def lead_period(self, text: str, day_precise: bool = False) -> Mention | None:
        """The date or period ``text`` opens with, set off by a dash or a colon, however long ("Late December –
        The siege begins", "Spring 2000: ..."): a timeline's entry that gives no single day."""
        head = text[:40]
        first = next(iter(self.find(head, day_precise=day_precise)), None)
        return first if first is not None and first.start == 0 and _leading_sep().match(head[first.end:]) else None

    def act(self, text: str) -> Mention | None:
        """The date of the main act of ``text``: the first date of a few days at most (or a range of days written
        out, up to ``RANGE_MAX_DAYS``, ``OPENING_RANGE_MAX_DAYS`` opening the text) in a main clause of its first
        sentences, not in a quote, not hanging on an event noun ("an offensive on September 19"), not counted from
        another event ("a day earlier"), not a possessive ("yesterday's attack"). A date said in the future tense
        that has not ended by the anchor ("will send tanks this week") is a plan: a date after it up to a week
        before the anchor names the act ("..., the minister said on Monday"); with none, the plan is returned, for
        the dating to tell it from the news. A day closing a saying before its reported clause ("said in his address
        on Saturday that Russia would ...") is read in the saying's tense."""
        lex = lexicon()
        text = _lead(text)
        quotes = prose.quoted_spans(text)
        plan: Mention | None = None
        for m in self.find(text, day_precise=True):
            t = m.timex
            longest = (OPENING_RANGE_MAX_DAYS if m.start == 0 else RANGE_MAX_DAYS) if _written_range(t) \
                else lex.max_span_days
            if t.start is None or t.end is None or (t.end - t.start).days > longest:
                continue
            after = text[m.end:m.end + 20]
            if _POSSESSIVE.match(after) or lex.event_relative_after.match(after) or lex.event_relative.search(m.text) \
                    or _recalled_event(text, m):
                continue
            if _WEEK.search(t.value) and not _opens_with_last_week(text, m):
                continue  # "this week", "the last week", "reported 300 cases last week": no act's days
            if lex.period_openers.search(text[max(0, m.start - 30):m.start]):
                continue  # "losses from 24.02.2022 to 13.03.2024": the start of a period, not the act
            if _DEADLINE.search(text[max(0, m.start - 12):m.start]):
                continue  # "requested the Secretary-General to submit, by 30 April, a report": a deadline
            if named_event(text, m):
                continue  # "killed in Hamas's Oct. 7 attack": an event named by its day, not the act
            if not _main_clause(text, m, quotes):
                continue
            m = self._said_day(text, m)
            start, end = m.timex.start, m.timex.end
            if start is None or end is None:
                continue
            if plan is not None and self.anchor is not None and (self.anchor - end).days > PLAN_SAID_DAYS:
                continue  # "is expected to vote on Wednesday on ... the ship they seized on Nov. 19": background
            if self.anchor is not None and (start > self.anchor or (
                    end >= self.anchor and tense_at(text, m.start, m.end) == FUTURE)):
                plan = plan or m  # (a day after the page's is no news yet: "a truce starting on Sunday")
                continue
            return m
        return plan


    def month_part(self, text: str, first: dt.date, last: dt.date) -> Mention | None:
        """The part of the month from ``first`` to ``last`` that a main clause of the first sentences of ``text``
        names ("Mid-month, fighting spread to ...", "President X late month launched ...", "In early March, ..."):
        a digest's item under its month heading that gives no day, only when in the month. None without one, or
        when the text names no part of that month (a part of another month is another act's)."""
        text = _lead(text)
        quotes = prose.quoted_spans(text)
        return next((m for m in self.with_anchor(first).find(text)
                     if m.timex.start is not None and m.timex.end is not None
                     and first <= m.timex.start and m.timex.end <= last
                     and (m.timex.start, m.timex.end) != (first, last)
                     and (m.timex.end - m.timex.start).days > lexicon().max_span_days
                     and m.timex.value == first.strftime("%Y-%m") and _main_clause(text, m, quotes)), None)

    def anaphor(self, text: str, reference: Timex) -> Mention | None:
        """The day of the main act of ``text`` said as an anaphor of the day the discourse was at before it,
        ``reference`` ("Later that day, ...", "The following day, ...", "... said in a video address that evening"),
        in a main clause of its first sentences and not in a quote, as :meth:`act` takes a date; None without one.
        A day back that is a report's window ("repelled 21 attacks over the previous day") is none."""
        ref = reference.start
        if self.anchor is None or ref is None:
            return None
        text = _lead(text)
        quotes = prose.quoted_spans(text)
        return next((m for m in find_anaphors(text, self.anchor, reference, self.epochs)
                     if m.timex.start is not None and m.timex.start == m.timex.end
                     and abs((m.timex.start - ref).days) <= ANAPHOR_DAYS
                     and not _POSSESSIVE.match(text[m.end:m.end + 3]) and _main_clause(text, m, quotes)
                     and not (m.timex.start < ref
                              and lexicon().window_openers.search(text[max(0, m.start - 12):m.start]))), None)

    def _said_day(self, text: str, m: Mention) -> Mention:
        """``m`` read in the tense of the saying it dates: in "X said in his address on Saturday that Russia would
        ...", the day is the address's, a past one, whatever tense the reported clause after "that" is in."""
        t = m.timex
        if (self.anchor is None or t.start is None or t.start <= self.anchor or not _THAT.match(text, m.end)
                or not any(lexicon().reporting.fullmatch(w) for w in prose.words(prose.clause_prefix(text, m.start)))):
            return m
        said = next((n for n in self.find(text[:m.end], day_precise=True) if n.start == m.start), None)
        return said if said is not None and said.timex.start is not None and said.timex.start <= self.anchor else m


# what a day naming an event stands after: a preposition, then "the" or an owner ("in the Oct. 7 attack", "since
# Russia's 24 February invasion")
_EVENT_NAMED_AFTER = re.compile(r"\b(?:in|since|after|before|of|during|by|from|on|for|to|than)\s+"
                                r"(?:the\s+|an?\s+(?:[a-z]+\s+)?|[A-Z][\w'’-]*['’]s?\s+)$"  # (not "on Saturday evening
                                # fighting"; "in a disastrous New Year's Eve assault": one word may describe it)
                                # or the object of a verb: "postpones the February 14 elections"
                                r"|(?-i:\b[a-z]{3,})\s+the\s+$", re.I)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z]+)")


def _recalled_event(text: str, m: Mention) -> bool:
    """Whether ``m`` is a day in the possessive ("Sunday's") naming an event the sentence recalls, not its act: an
    event that shows or means something now ("Saturday's attack shows that no one is safe"), or one a comparison
    looks back to ("more defiant than at Sunday's news conference"). Not the news of today ("this Monday's
    briefing"), nor an event told in the past ("five soldiers were killed in Thursday's fighting")."""
    if not _POSSESSIVE_END.search(m.text) or _THIS.match(m.text):
        return False
    return _THAN.search(text[max(0, m.start - 20):m.start]) is not None or tense_at(text, m.start, m.end) != PAST


# a document or an event named by its day after "of": "the Geneva Statement of 17 April", "the Minsk Protocol of 5
# September", "Resolution 2166 of 21 July" (a name of capitals, after "the" or another capitalised word)
_NAMED_OF = re.compile(r"(?:(?:\bthe\s+|(?-i:[A-Z])[\w'’-]*\s+)(?-i:[A-Z])[a-z]+"
                       r"|\b(?-i:[A-Z])[a-z]+\s+(?:No\.\s*)?\d+)\s+of\s+$")


# ... or a body's earlier decision recalled by its day after "of", in lower case: "reaffirms its decision of 9 February
# 1994", "in accordance with the Council's decisions of 2 and 9 August 1993", "its resolution of 6 May" (a decision
# taken now is "decided today", not "its decision of")
_DECISION_OF = re.compile(r"\b(?:its|their|his|her|the|[\w'’-]+['’]s)\s+(?:(?:earlier|previous|prior|own)\s+)?"
                          r"(?:decisions?|resolutions?)\s+of\s+$", re.I)
# ... or a meeting recalled by its day ("decided at the Harare meeting of 18 August", "the summit of 3 May"), a day
# once set for what the sentence tells has moved ("talks, originally scheduled for 10 February, have been postponed")
# (not a letter's day: "By a letter dated 5 March, the Ambassador informed the Court ..." is the act's)
_RECALLED_BY_DAY = re.compile(r"\bthe\s+(?:[\w'’-]+\s+){0,2}(?:meeting|summit|session|conference|talks)\s+of\s+$"
                              r"|\boriginally\s+(?:scheduled|planned|set|due)\s+(?:for|on)\s+$", re.I)


# a deadline set off before its day: "to submit, by 30 April, a report", "no later than 15 May"
_DEADLINE = re.compile(r"(?:,\s*by|\bno\s+later\s+than|\bnot\s+later\s+than)\s+$", re.I)


def named_event(text: str, m: Mention) -> bool:
    """Whether date ``m`` names an event by its day, before the event's noun, in a phrase hanging on a preposition
    ("1,200 people were killed in Hamas's Oct. 7 attack", "since the 24 February invasion", a title's "Chronology of
    the January 6 Invasion") or on a verb ("postpones the February 14 elections"), or after a name of capitals and
    "of" ("in violation of the Geneva Statement of 17 April"): an event the text recalls, not its act. ("Sunday
    strikes killed five", the subject of the act, is the act's day.)"""
    before = text[max(0, m.start - 40):m.start]
    if _NAMED_OF.search(before) is not None or _DECISION_OF.search(before) is not None \
            or _RECALLED_BY_DAY.search(before) is not None:
        return True
    word = _NEXT_WORD.match(text, m.end)
    return (word is not None and word.group(1).lower() in lexicon().event_nouns
            and _EVENT_NAMED_AFTER.search(before) is not None)


def _lead(text: str) -> str:
    """The first sentences of ``text``, where a paragraph tells its act (``LEAD_SENTENCES``)."""
    ends = [m.end() for m in itertools.islice(prose.SENTENCE_BOUNDARY.finditer(text), LEAD_SENTENCES)]
    return text[:ends[-1]] if len(ends) == LEAD_SENTENCES else text


def _main_clause(text: str, m: Mention, quotes: list[tuple[int, int]]) -> bool:
    """Whether the date ``m`` is said in a main clause of ``text``: not in a quote, not in a subordinate clause (but
    a "when" clause saying when casualties fell), not hanging on an event noun ("an offensive on September 19"; but
    "an attack on Monday killed three": the subject of a toll, see ``prose.toll_follows``)."""
    if any(a <= m.start < b for a, b in quotes):
        return False
    return not ((prose.in_subordinate(text, m.start) and not prose.casualties_when(text, m.start))
                or (prose.hangs_on_event(text, m.start) and not prose.toll_follows(text, m.end)))


def _written_range(timex: Timex) -> bool:
    """A range of days the text writes out ("1 to 10 June"): explicit, valued by its first day."""
    return (timex.kind == EXPLICIT and timex.end is not None and timex.start is not None and timex.end > timex.start
            and bool(_DAY_VALUE.fullmatch(timex.value)))


def make_finder(anchor: dt.date | None, epochs: Sequence[Epoch], slash_order: str | None = None,
                zone: str | None = None) -> DateFinder:
    """The page's finder; ``zone``, the source's, tells how a page without a date writes slashed dates."""
    return DateFinder(anchor, tuple(epochs), slash_order, zone_order(zone) or MONTH_FIRST, latest=anchor)
