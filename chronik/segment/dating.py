"""The date of each unit, how it was decided, and what a person should check.

Order of evidence: the page structure first (a timestamp with its section's day, a date heading, a
day-of-war counter, a lead-in "as of ..."); else the date of the update's main act in its lead paragraph
("On 4 November, ...", "said Thursday"); else the publication date. A date in a subordinate clause
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
"overnight" under the heading of that morning agrees with it. A day ahead of the page's date said in the future
tense ("talks are set to resume on Monday") is a plan, not the act: the update is the announcement, dated as if
the text named no day, and never flagged for it. An unstamped item dated by the day it opens with takes the clock
right after that day as its time ("On October 4, at about 10:30 a.m., two rockets hit ..."): the act's, as its day
is; a clock further into the text is an incident's, not the item's (as a stamp's update keeps the stamp's time).

The page's text is read in order (``Told``). An item naming no day of its own that opens with an anaphor of one
("Later that day", "The following day", "Two days later", or "that evening" said with its main verb) is dated from
the day of the item before it. An item under a day's heading that opens with a clock ("At 14:00, ...", "Around 05:30
local time, ...") or says its main act at one ("began shelling the town at 23:35") has that time. A page telling a
past period (a timeline of August 2008 saved in 2024) writes its year once ("On 1 August 2008, ..."); its dates and
day headings without a year that, read against the publication date, land months away from it take the year of the
latest date above them written with one (``headings.told_year``). Under the last day's heading of such a timeline,
an item opening with a later day told in the past, before the page's date, is its aftermath and takes that day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from chronik.dates import DAY_COUNTER, EXPLICIT, Mention, Timex
from chronik.dates.anchor import FUTURE, PAST
from chronik.dates.clock import CLOCK_CORE, clock_value, opening_clock
from chronik.dates.tense import tense_at
from chronik.segment import prose
from chronik.segment.finder import DateFinder
from chronik.segment.headings import told_year
from chronik.segment.lexicon import lexicon
from chronik.segment.period import Period, in_period
from chronik.segment.structure import Unit
from chronik.segment.timestamps import act_clock

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


@dataclass(frozen=True)
class PageDates:
    """What dates a page: its publication day (None when unknown), how that is known, and the resolver; ``told``
    follows the page's text as its units are dated in page order."""

    publication: dt.date | None
    publication_why: str
    finder: DateFinder
    period: Period | None = None  # the span the page's title names ("Weekly overview: 2–8 March 2024")
    told: Told = field(default_factory=Told)


@dataclass
class Dated:
    date: dt.date | None
    basis: str
    why: str
    end: dt.date | None = None
    flags: list[str] = field(default_factory=list)
    act: Mention | None = None
    time: str | None = None  # an unstamped item's clock, when it follows the day the item opens with


def _distance(day: dt.date, act: Mention, last: dt.date | None = None) -> int:
    """Days between ``day`` (to ``last``, a heading's span of days "9–12 August") and the act's span; a night
    (``...TNI``) runs into the morning after it."""
    start, end = act.timex.start, act.timex.end
    assert start is not None and end is not None
    if act.timex.value.endswith("TNI"):
        end = end + dt.timedelta(days=1)
    last = max(day, last or day)
    if start <= last and day <= end:
        return 0
    return (start - last).days if start > last else (day - end).days


# how many words may come before a date that opens an update: "In the early hours of Sunday, ...", "Sudan's army said
# on Sunday ..."
OPENING_WORDS = 5
_CLAUSE_BREAK = re.compile(r"[,;:(—–]")


def _opens(lead: str, act: Mention) -> bool:
    """True when ``act`` opens the first sentence of ``lead`` (at most ``OPENING_WORDS`` words before it)."""
    before = lead[:act.start]
    return not prose.SENTENCE_BOUNDARY.search(before) and len(prose.words(before)) <= OPENING_WORDS


# "... shelled Kharkiv on Sunday": a past verb, at most ``VERB_OBJECT_WORDS`` words, "on" and the day
VERB_OBJECT_WORDS = 6
_ON_BEFORE = re.compile(r"\b(?:(?:late|early|overnight)\s+)?(?:on|over|at|during)\s+$", re.I)
# where the act took place, between its object and its day: "killed two civilians in the southern city of Kherson on
# Monday". A preposition of place, at most ``PLACE_WORDS`` words, a name among them, and no tie but the "of" after a
# word for a place ("the city of", not "the base of the Golani brigade", which may be what the day is about)
_PLACE_PREPOSITIONS = frozenset(("in", "near", "at", "outside", "around", "across", "along", "off", "inside"))
_PLACE_NOUNS = frozenset(("city", "town", "village", "region", "province", "district", "state", "area", "outskirts",
                          "suburbs", "oblast", "governorate", "county", "port", "capital", "republic", "enclave"))
PLACE_WORDS = 7
# what may follow a day that closes its clause: the sentence's end, or the source after a comma
_CLOSES = re.compile(r"\s*(?:[.;!?]|$|,\s+(?:saying|adding|citing)\b|"
                     r",\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|reported|added|announced|claimed|stated|confirmed|"
                     r"according)\b)", re.I)
# lower case only, and a hyphenated compound is one word: "United Nations" and "Iran-backed" are no verbs
_VERB_WORD = re.compile(r"\w+(?:-\w+)*")


def _past_verb(word: str) -> bool:
    """A past verb before an act's day: lower case, and a hyphenated compound is no verb ("Iran-backed")."""
    return word.islower() and "-" not in word and prose.past_shaped(word)


# after the verb, words that tie what follows to the object, not to the verb: "a statement by the RSF on Sunday"
_NOUN_TIES = frozenset(("of", "from", "by", "about", "for", "that", "which", "who", "whose", "with", "to", "against",
                        "over", "between", "after", "before", "since", "during", "as", "than", "and", "or"))


def _verbs_day(lead: str, act: Mention) -> bool:
    """True when ``act`` is said with the main verb of its sentence: "Russian forces shelled Kharkiv on Sunday",
    "stormed the main market in Nyala on Sunday" — not "called a statement by the RSF on Sunday a provocation"."""
    return _verbs_span(lead, act.start, act.end)


def _verbs_span(lead: str, start: int, end: int) -> bool:
    """:func:`_verbs_day` of the words ``lead[start:end]`` (a day, or a clock "at 23:35")."""
    before = lead[:start]
    on = _ON_BEFORE.search(before)
    if on is None:
        return False
    sentence = prose.SENTENCE_BOUNDARY.split(before[:on.start()])[-1]
    clause = _CLAUSE_BREAK.split(sentence)[-1]
    words = _VERB_WORD.findall(clause)
    verb = next((k for k in range(len(words) - 1, -1, -1) if _past_verb(words[k])), None)
    if verb is None or (verb == 0 and clause == sentence):  # a sentence's first word is no verb ("Displaced ...")
        return False
    if _participle(words, verb):
        return False
    after = words[verb + 1:]
    place = next((k for k, w in enumerate(after) if w in _PLACE_PREPOSITIONS and _place(after[k + 1:])), len(after))
    obj = [w.lower() for w in after[:place]]
    # a day closing its sentence, or its clause before the source (", the ministry said"), ends the verb's phrase:
    # nothing after it for it to belong to, so the object may be longer and two things joined by "and"; after the
    # act's place, a noun with its "of" too ("attended the opening of a new plant in Unterluess on Monday, saying")
    closing = bool(_CLOSES.match(lead, end))
    ties = _NOUN_TIES - {"and"} if closing else _NOUN_TIES
    if closing and place < len(after):
        ties = ties - {"of"}  # the day after the act's place is the act's, whatever noun its object has
    return len(obj) <= VERB_OBJECT_WORDS * (1 + closing) and not any(
        w in ties and not (w == "about" and obj[k + 1:k + 2] and obj[k + 1][0].isdigit())  # "about 50"
        for k, w in enumerate(obj))


# what may stand right before a second past verb of a clause that is a verb of its own: "killed two and wounded
# seven", "said it retook", "had been"
_VERB_OPENERS = frozenset(("and", "or", "then", "but", "had", "has", "have", "was", "were", "it", "they", "he", "she",
                           "we", "i", "you", "also", "later", "again", "reportedly", "allegedly"))


def _participle(words: list[str], verb: int) -> bool:
    """Whether the past-shaped ``words[verb]`` is a participle hanging on the noun before it ("reviewed footage of
    drones launched at Haifa"), not a verb of its own: the clause has a past verb before it that does not report
    (after "said", "its forces shot down" is what was said), and a noun, not "and" or a subject, stands before it.
    A verb a few words after "and" shares the first one's subject or auxiliary: "were killed and five wounded"."""
    earlier = [k for k in range(verb) if _past_verb(words[k])]
    if not earlier or words[verb - 1].lower() in _VERB_OPENERS:
        return False
    if any(lexicon().reporting.fullmatch(words[k]) for k in earlier):
        return False
    between = [w.lower() for w in words[earlier[-1] + 1:verb]]
    return not (len(between) <= ELLIPSIS_WORDS and ("and" in between or "or" in between))


ELLIPSIS_WORDS = 3  # "killed and five wounded": the words between two verbs of one clause joined by "and"


def _place(words: list[str]) -> bool:
    """Whether ``words`` (after a preposition of place, up to the act's day) name a place: "the southern city of
    Kherson", "Bakhmut", "the Donetsk region"."""
    return (0 < len(words) < PLACE_WORDS and any(w[0].isupper() for w in words)
            and not any(w.lower() in _NOUN_TIES and not (w == "of" and k and words[k - 1].lower() in _PLACE_NOUNS)
                        for k, w in enumerate(words)))


# a digest (a heading, a day-of-war counter, a lead-in "Here is the situation on ...") covers the news of the days
# since the last one, a week at most: an item that opens with a day that many days before it reports that day's
# news ("On April 5, Brazil's president suggested ..." under April 11); a day further back ("On October 2 ..." under
# November 2) is more likely a slip or background, and stays flagged
DIGEST_DAYS = 7


def _recent_opening(lead: str, act: Mention, day: dt.date) -> bool:
    """Whether ``act`` opens ``lead`` and ends before ``day`` by at most ``DIGEST_DAYS`` days."""
    end = act.timex.end
    return end is not None and end < day and 0 < _distance(day, act) <= DIGEST_DAYS and _opens(lead, act)


def _later_opening(lead: str, act: Mention, dated: Dated, publication: dt.date | None) -> bool:
    """Whether ``act`` opens ``lead`` with a day after the structure's (its last day's, for a span) told in the past
    tense and not after the page's date: under the last day's heading of a timeline, its aftermath ("On 26 August,
    the president signed ..." under "9–12 August" on a page of the next year), not a plan."""
    start = act.timex.start
    return (publication is not None and start is not None and act.timex.end is not None
            and start > (dated.end or dated.date) and act.timex.end <= publication and _opens(lead, act)
            and tense_at(lead, act.start, act.end) == PAST)


def _within(dated: Dated, act: Mention) -> bool:
    """Whether the act's days lie inside the span of days the structure gives (a weekly overview's week), other
    than its first day."""
    start, end = act.timex.start, act.timex.end
    return (dated.end is not None and start is not None and end is not None and dated.date < start
            and end <= dated.end)


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
        "; the page's newest update is on the day of its last-update clock and the times ran back past midnight "
        "before this one, so the day before" if unit.day_offset < 0 else "")
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


def _source_dated(unit: Unit) -> Dated | None:
    """An item dated by the outlet and date under it ("Haaretz, 13 January 2024"): the date it was reported, which
    its section (a press review's day) may not be; flagged when the two are far apart."""
    line = unit.source_date
    if line is None or line.timex is None or line.timex.start is None:
        return None
    dated = Dated(line.timex.start, line.timex.kind, f"dated by its source line '{line.block.text.strip()}'")
    section = unit.section
    if section is not None and not (section.end is not None and section.date <= dated.date <= section.end) and abs(
            (section.date - dated.date).days) > lexicon().conflict_days:
        dated.flags.append(DATE_CONFLICT)
        dated.why += f"; the page puts it under {unit.section.why} — flagged for review"
    return dated


def date_update(unit: Unit, page: PageDates) -> Dated:
    """Decide the date of an update (see the module docstring)."""
    sourced = _source_dated(unit)
    if sourced is not None:
        return sourced
    anchors = _anchors(unit, page)
    anchor = anchors[0]
    leading = in_period(lambda f: f.leading(unit.lead), page.finder, anchors) if unit.stamp is None else None
    leading = _in_told_year(unit, page, leading, lambda f: f.leading(unit.lead))
    if leading is not None and leading.timex.start is not None:  # a list item that leads with its own date
        return _act_dated(leading, f"dated by {_said(leading)}, the date the item leads with: {leading.timex.why}")
    act = in_period(lambda f: f.act(unit.lead), page.finder, anchors)
    act = _in_told_year(unit, page, act, lambda f: f.act(unit.lead))
    plan = ""
    if act is not None and _planned(unit.lead, act, anchor):
        plan, act = f"; the text names a plan for {_said(act)}, not the day of the news: {act.timex.why}", None
    if act is None and unit.stamp is None and page.told.day is not None:
        act = page.finder.with_anchor(anchor).anaphor(unit.lead, page.told.day)
    dated = _dated_by_structure_or_act(unit, page, act)
    dated.why += plan
    _clock_of_act(unit, dated)
    _opening_clock(unit, dated)
    return dated


def _in_told_year(unit: Unit, page: PageDates, found: Mention | None, find: object) -> Mention | None:
    """``found`` (a date written without its year, read against the publication date: no section above it) read
    instead in the year the page's text has established (see ``headings.told_year``): "Between 3 and 5 August" after
    "On 1 August 2008, ..." on a timeline saved in 2024."""
    if (found is None or unit.section is not None or page.publication is None or found.timex.kind != EXPLICIT
            or _YEAR.search(found.text)):
        return found

    def read(day: dt.date) -> Timex | None:
        again = find(page.finder.with_anchor(day))  # type: ignore[operator]
        return again.timex if again is not None and again.start == found.start else None

    timex = told_year(found.timex, page.told.written, page.publication, read)
    return found if timex is None else dataclasses.replace(found, timex=timex)


def _opening_clock(unit: Unit, dated: Dated) -> None:
    """An unstamped item of a day's section that opens with a clock ("At 14:00, the minister arrived ...", "Around
    05:30 local time, ...") or says its main act at one ("Georgian artillery began shelling the town at 23:35"),
    under a date heading or dated by its text: that clock is its time, as a stamp's would be."""
    if unit.stamp is not None or dated.time is not None or dated.basis == "publication" or dated.end is not None:
        return
    clock = opening_clock(unit.lead)
    if clock is not None:
        dated.time = clock[0]
        dated.why += f"; its time from '{clock[1]}' it opens with"
        return
    if dated.act is not None:
        return  # a clock further into an item dated by its text is an incident's, not the item's
    sentence = prose.SENTENCE_BOUNDARY.split(unit.lead, maxsplit=1)[0]
    said = _VERB_CLOCK.search(sentence)
    if said is not None and _verbs_span(sentence, said.end(1), said.end()):
        dated.time = f"{int(said.group('h')):02d}:{said.group('m')}"
        dated.why += f"; its time from '{said.group(0).strip()}', the main verb's"


def _clock_of_act(unit: Unit, dated: Dated) -> None:
    """An unstamped item dated by the day it opens with, the clock right after that day ("On October 4, at about
    10:30 a.m., two rockets hit ...") or before it ("At around 01:00 on 8 August, ...") is its time: the time of
    the act the item reports, as its day is; so is a clock the sentence opening with that day says with its verb a
    few words on ("On November 4th it began at around 5am")."""
    act = dated.act
    if (unit.stamp is not None or act is None or act.timex.start is None or dated.date != act.timex.start
            or act.timex.end != act.timex.start or not _opens_sentence(unit.lead, act)):
        return
    written = _CLOCK_VALUE.search(act.timex.value)
    if written is not None and act_clock(unit.lead[act.end:]) is None:
        dated.time = written.group(1)
        dated.why += f"; its time from '{act.text.strip()}'"
        return
    clock = act_clock(unit.lead[act.end:])
    if clock is not None:
        dated.time = clock[0]
        dated.why += f"; its time from '{clock[1]}' after that day"
        return
    said = _AFTER_DAY_CLOCK.match(unit.lead, act.end)
    value = clock_value(said) if said is not None else None
    if said is not None and value not in (None, "24:00"):
        dated.time = value
        dated.why += f"; its time from '{said.group(0).strip(' ,')}' after that day"
        return
    start = _FROM_CLOCK.match(unit.lead, act.end)
    if start is not None:
        dated.time = f"{int(start.group('h')):02d}:{start.group('m')}"
        dated.why += f"; its time from '{start.group(0).strip(' ,')}', when the act began"


def _opens_sentence(lead: str, act: Mention) -> bool:
    """True when ``act`` opens a sentence of ``lead`` (at most ``OPENING_WORDS`` words before it in its sentence):
    "On 4 June, ..." or "Shelling usually starts at dawn. On 4 June it began at 5am"."""
    sentence = prose.SENTENCE_BOUNDARY.split(lead[:act.start])[-1]
    return len(prose.words(sentence)) <= OPENING_WORDS


# a clock a few words after the day a sentence opens with, said with its verb: "On November 4th it began at around
# 5am", "On 4 June shelling resumed at 06:10"
_AFTER_DAY_CLOCK = re.compile(r"\s*,?\s*(?:(?!at\b)[\w'’]+\s+){1,3}(?:at|around)\s+"
                              r"(?:(?:about|around|approximately|roughly)\s+)?" + CLOCK_CORE + r"(?![\w:])",
                              re.I | re.X)


# a clock said with the main verb: "began shelling the town at 23:35"
_VERB_CLOCK = re.compile(r"\b(at\s+)(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])", re.I)
# the clock an act began at, right after its day: "On Saturday 27 July, from 06h00, the groups launched ..."
_FROM_CLOCK = re.compile(r"\s*,?\s*(?:from|starting\s+at|beginning\s+at)\s+(?P<h>[01]?\d|2[0-3])[:h.](?P<m>[0-5]\d)"
                         r"(?![\d:])", re.I)
_CLOCK_VALUE = re.compile(r"T(\d\d:\d\d)$")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _anchors(unit: Unit, page: PageDates) -> list[dt.date | None]:
    """The days a date written without its year is read against: its section's (the first and last day of a span),
    else the page's publication day, else the first and last day of the period the page's title names."""
    section = unit.section
    if section is not None:
        return [section.date, section.end] if section.end is not None else [section.date]
    if page.publication is None and page.period is not None:
        return [page.period.start, page.period.end]
    return [page.publication]


def _planned(lead: str, act: Mention, anchor: dt.date | None) -> bool:
    """Whether ``act`` is a day ahead of the anchor said in the future tense: a plan, announced now."""
    assert act.timex.start is not None
    return anchor is not None and act.timex.start > anchor and tense_at(lead, act.start, act.end) == FUTURE


def _dated_by_structure_or_act(unit: Unit, page: PageDates, act: Mention | None) -> Dated:
    dated = _structural(unit, page)
    if dated is not None:
        dated.act = act
        distance = _distance(dated.date, act, dated.end) if act is not None else 0  # type: ignore[arg-type]
        if act is not None and unit.stamp is None and _within(dated, act):
            return _act_dated(act, f"dated by {_said(act)} in the text, a day of the period of "
                                   f"{dated.why.removeprefix('dated by ')}: {act.timex.why}")
        if act is not None and unit.stamp is None and _recent_opening(unit.lead, act, dated.date):
            return _act_dated(act, f"dated by {_said(act)} in the text, {distance} days before "
                                   f"{dated.why.removeprefix('dated by ')}: the item opens with the day of its news, "
                                   f"within the week a digest covers; {act.timex.why}")
        if act is not None and unit.stamp is None and _later_opening(unit.lead, act, dated, page.publication):
            return _act_dated(act, f"dated by {_said(act)} in the text, after "
                                   f"{dated.why.removeprefix('dated by ')}: the item opens with a later day told in "
                                   f"the past, before the page's date, as a timeline runs on past its last day's "
                                   f"heading; {act.timex.why}")
        if act is not None and distance > lexicon().conflict_days:
            dated.flags.append(DATE_CONFLICT)
            dated.why += f"; the text says {_said(act)} — flagged for review"
        elif act is not None and unit.stamp is None and act.timex.start == dated.date:
            dated.basis, dated.end = act.timex.kind, _act_dated(act, "").end  # a span's first day: that day
            dated.why = f"dated by {_said(act)} in the text, the day of {dated.why.removeprefix('dated by ')}"
        elif act is not None and unit.stamp is None and distance and (_opens(unit.lead, act)
                                                                      or _verbs_day(unit.lead, act)):
            return _act_dated(act, f"dated by {_said(act)} in the text, {distance} day{'s' * (distance > 1)} from "
                                   f"{dated.why.removeprefix('dated by ')}: the update reports that day's event; "
                                   f"{act.timex.why}")
        return dated
    if act is not None:
        return _act_dated(act, f"dated by {_said(act)} in the text: {act.timex.why}")
    if page.publication is not None:
        return Dated(page.publication, "publication",
                     f"no date of its own in the text; dated by {page.publication_why}")
    return Dated(None, "publication", "no date in the text, and the page's publication date is unknown",
                 flags=[NO_DATE])


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
    if unit.kind == "aside":
        dated = date_aside(unit, page)
        if unit.timex is not None and unit.timex.start is not None:
            _tell(page.told, unit.timex, unit.lead)
        return dated
    dated = date_update(unit, page)
    if dated.basis != "publication" and dated.date is not None and unit.stamp is None:
        act = dated.act
        timex = act.timex if act is not None and act.timex.start == dated.date else None
        _tell(page.told, timex or Timex(dated.date.isoformat(), dated.date, dated.end or dated.date, dated.basis,
                                        dated.why), act.text if timex is not None else "")
    return dated


def _tell(told: Told, timex: Timex, text: str) -> None:
    """``told`` moved on to the date ``timex`` a unit names in ``text`` (or its structure gives it)."""
    assert timex.start is not None and timex.end is not None
    told.day = timex if timex.end == timex.start else None
    if timex.kind == EXPLICIT and _YEAR.search(text) and (timex.end - timex.start).days <= 31:
        told.written = timex.start
