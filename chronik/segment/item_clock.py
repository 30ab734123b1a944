"""The clock of an update without a stamp, told by its text.

An unstamped item dated by the day it opens with takes the clock right after that day as its time ("On October 4,
at about 10:30 a.m., two rockets hit ..."), or before it ("At around 01:00 on 8 August, ..."); an item under a day's
heading that opens with a clock ("At 14:00, ...") or says its main act at one ("began shelling the town at 23:35")
has that time. A clock further into the text is an incident's, not the item's, as a stamp's update keeps the
stamp's time; but an act whose day the text gives with a vague time of day ("shortly after midnight on Sunday") takes
the clock its lead says the act began at ("The air force said the attack began at 00:20").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chronik.dates.clock import CLOCK_CORE, MILITARY, clock_value, opening_clock
from chronik.segment import prose
from chronik.segment.hearings import sitting_clock
from chronik.segment.lexicon import lexicon
from chronik.segment.main_verb import OPENING_WORDS, verbs_span
from chronik.segment.structure import Unit
from chronik.segment.time_check import time_check
from chronik.segment.timestamps import act_clock

if TYPE_CHECKING:
    from chronik.dates import Mention
    from chronik.segment.dating import Dated


def item_clock(unit: Unit, dated: Dated) -> None:
    """Give ``dated`` the clock its unstamped ``unit`` tells (see the module docstring), if any."""
    _clock_of_act(unit, dated)
    _verb_day_clock(unit, dated)
    _begun_clock(unit, dated)
    _night_span_clock(unit, dated)
    _dateline_clock(unit, dated)
    _opening_clock(unit, dated)
    _time_check(unit, dated)


def _act_day(unit: Unit, dated: Dated) -> Mention | None:
    """The act's mention when it is the one day an unstamped item is dated by, else None."""
    act = dated.act
    if (unit.stamp is not None or act is None or act.timex.start is None or dated.date != act.timex.start
            or act.timex.end != act.timex.start):
        return None
    return act


def _give(dated: Dated, clock: str | None, why: str) -> bool:
    """Give ``dated`` the time ``clock`` and say ``why`` (the clock's words first, in quotes), with the zone those
    words name ("at 2140 EDT", "0430Z"); False (nothing given) for no clock or midnight's 24:00 ("shortly after
    midnight on Sunday" is early on Sunday, not its end)."""
    if clock in (None, "24:00"):
        return False
    dated.time = clock
    dated.clock_zone = named_zone(why.split("'")[1] if why.startswith("'") else "")
    dated.why += f"; its time from {why}"
    return True


# a zone's abbreviation after a clock: "0430Z", "21:40 EDT", "(02:10 UTC)"
_ZONE_ABBREVIATION = re.compile(r"(?<=[\d\s(])(Z|[A-Z]{2,4})(?![A-Za-z])")


def named_zone(words: str) -> str | None:
    """The IANA zone an abbreviation after a clock in ``words`` names ("at 2215Z" UTC, "2140 EDT" New York), or None
    (no zone named, or "local time": the source's own)."""
    zones = lexicon().zones
    return next((zones[w.lower()] for w in _ZONE_ABBREVIATION.findall(words) if zones.get(w.lower())), None)


# a dateline's name: a place or an outlet in capitals or in title case, maybe its agency in brackets ("DONETSK
# (TASS)", "TEMPO Interactive", "Banda Aceh")
_DATELINE_NAME = r"(?-i:[A-Z])[\w.'’&-]*(?:[ \t]+(?-i:[A-Z])[\w.'’&-]*){0,4}(?:[ \t]*\([^()\n]{2,30}\))?"
# a wire's dateline with the item's clock before its text: "TEMPO Interactive, Banda Aceh, 11:20 WIB: ...", "KYIV,
# 14:05 – ...", "DONETSK (TASS), 12:10 - ..."
_DATELINE_CLOCK = re.compile(rf"^\s*{_DATELINE_NAME}(?:,[ \t]*{_DATELINE_NAME}){{0,2}},[ \t]*"
                             rf"(?P<words>(?P<h24>[01]?\d|2[0-3])[:.](?P<m24>[0-5]\d)(?:[ \t]*(?-i:[A-Z]{{2,5}}))?)"
                             rf"[ \t]*[:–—-][ \t]+\S")


def _dateline_clock(unit: Unit, dated: Dated) -> None:
    """An unstamped item opening with a wire's dateline that gives its clock ("TEMPO Interactive, Banda Aceh, 11:20
    WIB: The military said ..."): that clock is its time, in the zone it names, as a stamp's would be."""
    if unit.stamp is not None or dated.time is not None:
        return
    m = _DATELINE_CLOCK.match(unit.lead)
    if m is not None:
        _give(dated, f"{int(m.group('h24')):02d}:{m.group('m24')}", f"'{m.group('words')}', its dateline's clock")


def _opening_clock(unit: Unit, dated: Dated) -> None:
    """An unstamped item of a day's section that opens with a clock ("At 14:00, the minister arrived ...", "Around
    05:30 local time, ...") or says its main act at one ("Georgian artillery began shelling the town at 23:35"),
    under a date heading or dated by its text: that clock is its time, as a stamp's would be."""
    if unit.stamp is not None or dated.time is not None or dated.end is not None:
        return
    sitting = sitting_clock(unit.lead)  # a hearing's record of its sitting: the day of the hearing, the page's own
    if sitting is not None and _give(dated, sitting[0], f"'{sitting[1]}' the sitting's record opens with"):
        return
    if dated.basis == "publication":
        return
    clock = opening_clock(unit.lead)
    if clock is not None and _give(dated, clock[0], f"'{clock[1]}' it opens with"):
        return
    if dated.act is not None:
        return  # a clock further into an item dated by its text is an incident's, not the item's
    sentence = prose.SENTENCE_BOUNDARY.split(unit.lead, maxsplit=1)[0]
    said = _VERB_CLOCK.search(sentence)
    if said is not None and verbs_span(sentence, said.end(1), said.end()):
        _give(dated, _hh_mm(said), f"'{said.group(0).strip()}', the main verb's")


def _time_check(unit: Unit, dated: Dated) -> None:
    """An unstamped update whose first sentences say what time it is now ("It's 9:30 p.m. here on the East Coast"):
    that time is its own (see :mod:`chronik.segment.time_check`)."""
    if unit.stamp is not None or dated.time is not None or dated.act is not None:
        return
    found = time_check(unit.lead)
    if found is not None:
        _give(dated, found[0], f"'{found[1]}', the time the text says it is now")


def _night_span_clock(unit: Unit, dated: Dated) -> None:
    """An unstamped item under a heading of two days in a row ("Night of May 10-11", "10/11 March") that opens with
    a clock of the night between them ("At 11 pm, ...", "Around 2:30 am, ..."): the evening's clock is of the first
    day, the small hours' of the second, so the clock gives the item its one day and its time."""
    if (unit.stamp is not None or dated.time is not None or dated.date is None or dated.end is None
            or (dated.end - dated.date).days != 1):
        return
    clock = opening_clock(unit.lead)
    if clock is None:
        return
    found = night_clock(clock[1], "TNI")
    if found is None:
        return
    value, after, words = found
    if after:
        dated.date = dated.end
    dated.end = None
    _give(dated, value, f"'{words}' it opens with, in the night of its heading's two days")


def _clock_of_act(unit: Unit, dated: Dated) -> None:
    """An unstamped item dated by the day it opens with, the clock right after that day ("On October 4, at about
    10:30 a.m., two rockets hit ...") or before it ("At around 01:00 on 8 August, ...") is its time: the time of
    the act the item reports, as its day is; so is a clock the sentence opening with that day says with its verb a
    few words on ("On November 4th it began at around 5am")."""
    act = _act_day(unit, dated)
    if act is None or not _opens_sentence(unit.lead, act):
        return
    cell = _CELL_CLOCK.match(unit.lead, act.end)
    if cell is not None and _give(dated, clock_value(cell), f"'{cell.group('clock').strip()}', its clock cell"):
        return
    clock = act_clock(unit.lead[act.end:])
    if clock is None and _give(dated, _written_clock(act), f"'{act.text.strip()}'"):
        return
    if clock is not None and _give(dated, clock[0], f"'{clock[1]}' after that day"):
        return
    said = _AFTER_DAY_CLOCK.match(unit.lead, act.end)
    if said is not None and _give(dated, clock_value(said), f"'{said.group(0).strip(' ,')}' after that day"):
        return
    start = _FROM_CLOCK.match(unit.lead, act.end)
    if start is not None:
        _give(dated, _hh_mm(start), f"'{start.group(0).strip(' ,')}', when the act began")


# the hedge before a clock: "at about 13:00", "from around 04:30", "began at approximately 5 a.m."
_HEDGE = r"(?:about|around|approximately|roughly)"


def _verb_day_clock(unit: Unit, dated: Dated) -> None:
    """An unstamped item dated by a day its main verb is said with, the clock written with that day is its time ("the
    ministry announced the operation at about 13:00 Kyiv time on 19 September", "a truce was reached at 13:00 on 20
    September"): the act's clock, as the day is its day (see ``main_verb.verbs_day``)."""
    act = _act_day(unit, dated)
    if dated.time is not None or act is None or _written_clock(act) in (None, "24:00"):
        return
    hedge = _ABOUT.search(unit.lead[:act.start])
    assert hedge is not None  # (it matches every text, if only at its end)
    start = act.start - len(hedge.group(0))  # "at about 13:00": from "at"
    if verbs_span(unit.lead, start, act.end, clocked=True):
        _give(dated, _written_clock(act), f"'{act.text.strip()}', said with the main verb")
    elif _lead_clause_clock(unit.lead, start, act.end):
        _give(dated, _written_clock(act), f"'{act.text.strip()}', closing the clause of the lead's act")


def _lead_clause_clock(lead: str, start: int, end: int) -> bool:
    """A clock and day said with "at" in the lead's first sentence and closing its clause: "Jets struck a crowd
    gathered for the opening of a school in the village at around 8 am on Tuesday, killing ...": the time of the act
    the item reports, however long the object before it."""
    return (_AT_END.search(lead[:start]) is not None and not prose.SENTENCE_BOUNDARY.search(lead[:start])
            and _CLAUSE_END.match(lead, end) is not None)


_AT_END = re.compile(r"\sat\s+$", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[,.;]|$)")


# the hedge between "at" and a clock: "at about 13:00", "at around 5 p.m."
_ABOUT = re.compile(rf"(?:\b{_HEDGE}\s+)?$", re.I)


def _begun_clock(unit: Unit, dated: Dated) -> None:
    """An unstamped item dated by its act's day said with a time of day but no clock ("shortly after midnight on
    Sunday", "on Monday night") takes the clock a sentence of its lead says the act began at ("The air force said the
    attack began at 00:20"): the precise time of the same act."""
    act = _act_day(unit, dated)
    if dated.time is not None or act is None or not _VAGUE_TIME.search(act.timex.value):
        return
    began = _BEGAN_AT.search(unit.lead, act.end)
    if began is not None:
        _give(dated, clock_value(began), f"'{began.group(0).strip()}', when the act began")


# a clock said in a sentence: "detonated a car bomb at around 9:30 pm", "shelling resumed at 02:15"
_SAID_CLOCK = re.compile(rf"\b(?:at|around|about)\s+(?:{_HEDGE}\s+)?" + CLOCK_CORE
                         + r"(?![\w:])", re.I | re.X)
# the hours of a part of the day a night's or an evening's clock may be at: the evening's own day, and for a night
# the small hours of the morning after it
_EVENING_HOURS = {"TNI": range(18, 24), "TEV": range(17, 24)}
_SMALL_HOURS = {"TNI": range(0, 6)}


def night_clock(lead: str, part: str) -> tuple[str, int, str] | None:
    """The clock the first sentence of ``lead`` says, when it lies in the part of the day ``part`` ("TNI", "TEV"):
    ``HH:MM``, the days after the night's own day (0 in its evening, 1 in the small hours) and the words; else
    None."""
    sentence = prose.SENTENCE_BOUNDARY.split(lead, maxsplit=1)[0]
    said = _SAID_CLOCK.search(sentence)
    if said is None:
        return None
    clock, words = clock_value(said), said.group(0).strip()
    if clock is None or clock == "24:00":
        return None
    hour = int(clock[:2])
    if hour in _EVENING_HOURS.get(part, ()):
        return clock, 0, words
    return (clock, 1, words) if hour in _SMALL_HOURS.get(part, ()) else None


def _written_clock(act: Mention) -> str | None:
    """The clock the act's own expression writes ("at 13:00 on 19 September": 13:00), or None."""
    written = _CLOCK_VALUE.search(act.timex.value)
    return written.group(1) if written is not None else None


def _hh_mm(m: re.Match[str]) -> str:
    """A match's ``h`` and ``m`` groups as HH:MM."""
    if m.groupdict().get("hmil"):
        return f"{m.group('hmil')}:{m.group('mmil')}"
    return f"{int(m.group('h')):02d}:{m.group('m')}"


def _opens_sentence(lead: str, act: Mention) -> bool:
    """True when ``act`` opens a sentence of ``lead`` (at most ``OPENING_WORDS`` words before it in its sentence):
    "On 4 June, ..." or "Shelling usually starts at dawn. On 4 June it began at 5am"."""
    sentence = prose.SENTENCE_BOUNDARY.split(lead[:act.start])[-1]
    return len(prose.words(sentence)) <= OPENING_WORDS


# a clock a few words after the day a sentence opens with, said with its verb: "On November 4th it began at around
# 5am", "On 4 June shelling resumed at 06:10"
_AFTER_DAY_CLOCK = re.compile(r"\s*,?\s*(?:(?!at\b)[\w'’]+\s+){1,3}(?:at|around)\s+"
                              rf"(?:{_HEDGE}\s+)?" + CLOCK_CORE + r"(?![\w:])",
                              re.I | re.X)


# a clock said with the main verb: "began shelling the town at 23:35", "shut down at around 14:00"
_VERB_CLOCK = re.compile(rf"\b(at\s+)(?:{_HEDGE}\s+)?(?:(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])|{MILITARY}"
                         rf"(?:\s*(?-i:Z|UTC|GMT|[A-Z]{{2,4}}T)(?![\w]))?)", re.I)
# the clock an act began at, right after its day: "On Saturday 27 July, from 06h00, the groups launched ...", a
# chronology's row "12 May | From about 04:30, ..." (its separator between)
_FROM_CLOCK = re.compile(r"\s*[,|:–—]?\s*(?:from|starting\s+at|beginning\s+at)\s+"
                         rf"(?:{_HEDGE}\s+)?(?P<h>[01]?\d|2[0-3])[:h.](?P<m>[0-5]\d)"
                         r"(?![\d:])", re.I)
_CLOCK_VALUE = re.compile(r"T(\d\d:\d\d)$")
# a table row's clock cell after its day cell: "2022-10-04 | 08:20 | Kyiv | ..." (a header naming the day and the
# clock puts them first, see chronik.segment.markup)
_CELL_CLOCK = re.compile(r"\s*\|\s*" + CLOCK_CORE + r"\s*\|", re.I | re.X)
# a day said with a part of the day or midnight, no clock: "2024-03-17TNI", "2022-09-13T24:00"
_VAGUE_TIME = re.compile(r"T(?:MO|AF|EV|NI|24:00)$")
# the clock an act began at, said later in the lead: "the attack began at 00:20", "the shelling started at around 5am"
_BEGAN_AT = re.compile(rf"\b(?:began|started|commenced)\s+(?:at|around)\s+(?:{_HEDGE}\s+)?"
                       + CLOCK_CORE + r"(?![\w:])", re.I | re.X)
