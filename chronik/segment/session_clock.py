"""When a transcript's session began, as its header gives it under the office's letterhead ("THURSDAY, JANUARY 31,
1991 -- 3:00 P.M. (EST)", "WEDNESDAY, JANUARY 2, 1980, 12:40 P.M.", "Zagreb, Monday, 10 July 1995, 1200 hours"):
every turn spoken at the session is of that day, the briefing's, whatever day it tells of ("ANSWER: Dutchbat asked
for close air support on Saturday"), and every statement of that clock unless it names a time of its own.

A page is a transcript when it holds :data:`~chronik.segment.speaker_labels.TRANSCRIPT_TURNS` speakers' turns or more;
the header is the last line before the first turn that gives a day and a clock and nothing else, or a day alone when
the clock is written apart: on its own line right before the turns ("12:31 p.m. EST"), or in a note right after the last
turn ("... began at 8 p.m. in the East Room"); a header with a day and no clock at all ("New Delhi, June 2, 1999")
dates the turns with no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.model import Update
from chronik.segment.briefings import transcript_turns
from chronik.segment.classify import Info
from chronik.segment.finder import DateFinder
from chronik.segment.speaker_labels import answerer, capitals_speaker
from chronik.segment.timestamps import find_stamp

# a header's separators that a stamp line does not write: a dash between the day and the clock ("... 1991 -- 3:00
# P.M."), the zone after a comma or in brackets ("10:00 A.M., EST", "3:00 P.M. (EST)")
_DAY_CLOCK_DASH = re.compile(r"(?<=\d{4})\s*(?:--?|–|—)\s*(?=\d)")
# the place the session was held, before its day ("Zagreb, Monday, 10 July 1995"), and a clock in hours ("1200 hours")
_PLACE_BEFORE = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2},\s+(?=[A-Z][a-z]+day\b|\d"
                           r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)")
# a day alone with its year ("June 2, 1999", "Wednesday, 2 June 1999")
_DAY_LINE = re.compile(r"^(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?"
                       r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\.?$")
_HOURS = re.compile(r"\b([01]\d|2[0-3]):?([0-5]\d)\s+hours\b", re.I)  # ("1200 hours", "15:00 hours")
_ZONE_AFTER = re.compile(r"(?<=[MmHh.])\s*,?\s*\(\s*([A-Z]{2,4})\s*\)\s*$|(?<=[Mm.])\s*,\s*([A-Z]{2,4})\s*$")


# a closing note of when the session began ("... began at 8 p.m. in the East Room"), within this many lines of its last
# turn
_BEGAN_AT = re.compile(r"\b(?:began|started|opened|commenced)\s+at\s+(?P<clock>\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?)",
                       re.I)
NOTE_LINES = 3


@dataclass(frozen=True)
class SessionClock:
    """The day, clock (``HH:MM``) and zone (an IANA name, or None: the source's) a transcript's session began at."""

    day: str
    time: str | None  # (None: the header gives the day alone)
    zone: str | None
    label: str
    lines: tuple[int, ...]  # the header's own lines
    turns_only: bool = False  # only the turns a label opens are the session's (a header with a day and no clock)

    def clock(self, updates: list[Update], source_zone: str) -> None:
        """Give the session's day and clock to its statements: the updates under the header (the clock to those with
        none of their own)."""
        for update in updates:
            if update.kind == "aside" or min(update.lines) <= max(self.lines) \
                    or (self.turns_only and answerer(update.text) is None):
                continue  # (notes a briefing opens with tell the days of what they report)
            if update.date != self.day and update.context.turn is None:  # (not a paragraph of a turn told apart
                # for the act it opens on, "Yesterday, at about 21:40, a reconnaissance group ...": that act's day)
                update.date, update.date_end, update.date_basis = self.day, None, "heading"
                update.why = f"a statement of the session: dated by the session's header '{self.label}'"
            if update.time is None and self.time is not None:
                update.time, update.timezone = self.time, self.zone or source_zone
                update.why += f"; time from the session's header '{self.label}'"


def session_clock(infos: list[Info], finder: DateFinder) -> SessionClock | None:
    """The clock a transcript's header gives its session (see the module docstring); None for any other page."""
    turns = transcript_turns(infos)
    if not turns:
        return None
    for info in reversed(infos[:turns[0]]):
        text = info.block.text.strip()
        text = _HOURS.sub(r"\1:\2", _PLACE_BEFORE.sub("", text))
        text = _ZONE_AFTER.sub(lambda m: " " + (m.group(1) or m.group(2)), _DAY_CLOCK_DASH.sub(", ", text))
        stamp = find_stamp(text)
        if stamp is None or not stamp.standalone or stamp.date_text is None:
            continue
        day = finder.resolve(stamp.date_text)
        if day is not None and day.start is not None and day.start == day.end:
            return SessionClock(day.start.isoformat(), stamp.time, stamp.zone, info.block.text.strip(),
                                tuple(info.block.lines))
    clock = _lone_clock(infos[:turns[0]]) or _noted_clock(infos, turns)
    if clock is not None:
        return _day_alone(infos[:turns[0]], clock, finder)
    questions = sum(capitals_speaker(infos[k].block.text) in _QUESTION_LABELS for k in turns)
    return _day_only(infos[:turns[0]], finder) if questions >= _QUESTIONS else None


# the labels of a question, and how many a session's transcript with no clock asks at least: a briefing taking
# questions, not a page of items each under its place ("ISLAMABAD (APP): ...")
_QUESTION_LABELS = frozenset({"Q", "QUESTION", "Q."})
_QUESTIONS = 2


def _day_only(header: list[Info], finder: DateFinder) -> SessionClock | None:
    """The session of a transcript taking questions whose header gives its day and no clock at all, on a line of its
    own maybe after the place ("New Delhi, June 2, 1999"): the day, no clock, for the turns its labels open."""
    for info in reversed(header):
        text = _PLACE_BEFORE.sub("", info.block.text.strip())
        day = finder.resolve(text) if _DAY_LINE.match(text) else None
        if day is not None and day.start is not None and day.start == day.end:
            return SessionClock(day.start.isoformat(), None, None, info.block.text.strip(), tuple(info.block.lines),
                                turns_only=True)
    return None


def _lone_clock(header: list[Info]) -> tuple[str, str] | None:
    """A clock on a line of its own under the day, right before the turns ("January 9, 2007" ... "TRANSCRIPT:" /
    "12:31 p.m. EST"), as the State Department's briefings print it: the clock as written, and the line."""
    for info in reversed(header[-2:]):
        text = info.block.text.strip()
        stamp = find_stamp(text)
        if stamp is not None and stamp.standalone and stamp.date_text is None:
            return text, text
    return None


def _noted_clock(infos: list[Info], turns: list[int]) -> tuple[str, str] | None:
    """The clock a closing note gives the session ("Note: The President's 12th news conference began at 8 p.m. in
    the East Room at the White House.", as the Public Papers print it), and the note's words; None without one."""
    note = next((m for info in infos[turns[-1] + 1:turns[-1] + 1 + NOTE_LINES]
                 if (m := _BEGAN_AT.search(info.block.text)) is not None), None)
    return (note.group("clock"), note.group(0)) if note is not None else None


def _day_alone(header: list[Info], clock: tuple[str, str], finder: DateFinder) -> SessionClock | None:
    """The session of a transcript whose header gives its day alone ("July 28, 1982") and its clock apart
    (``clock``: the clock as written and where it is written)."""
    written, label = clock
    for info in reversed(header):
        text = info.block.text.strip()
        day = finder.resolve(text)
        stamp = find_stamp(f"{text}, {written}") if day is not None else None
        if day is not None and day.start is not None and day.start == day.end and stamp is not None \
                and stamp.date_text == text:
            return SessionClock(day.start.isoformat(), stamp.time, stamp.zone, f"{text} ... {label}",
                                tuple(info.block.lines))
    return None
