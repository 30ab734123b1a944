"""When a transcript's session began, as its header gives it under the office's letterhead ("THURSDAY, JANUARY 31,
1991 -- 3:00 P.M. (EST)", "WEDNESDAY, JANUARY 2, 1980, 12:40 P.M."): every statement made at the session is of that
day and that clock, the briefing's, unless it names a time of its own.

A page is a transcript when it holds :data:`~chronik.segment.pageview.TRANSCRIPT_TURNS` speakers' turns or more; the
header is the last line before the first turn that gives a day and a clock and nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.model import Update
from chronik.segment.briefings import TURN
from chronik.segment.classify import PARA, Info
from chronik.segment.finder import DateFinder
from chronik.segment.pageview import TRANSCRIPT_TURNS
from chronik.segment.timestamps import find_stamp

# a header's separators that a stamp line does not write: a dash between the day and the clock ("... 1991 -- 3:00
# P.M."), the zone after a comma or in brackets ("10:00 A.M., EST", "3:00 P.M. (EST)")
_DAY_CLOCK_DASH = re.compile(r"(?<=\d{4})\s*(?:--?|–|—)\s*(?=\d)")
_ZONE_AFTER = re.compile(r"(?<=[MmHh.])\s*,?\s*\(\s*([A-Z]{2,4})\s*\)\s*$|(?<=[Mm.])\s*,\s*([A-Z]{2,4})\s*$")


@dataclass(frozen=True)
class SessionClock:
    """The day, clock (``HH:MM``) and zone (an IANA name, or None: the source's) a transcript's session began at."""

    day: str
    time: str
    zone: str | None
    label: str
    lines: tuple[int, ...]  # the header's own lines

    def clock(self, updates: list[Update], source_zone: str) -> None:
        """Give the session's clock to its statements: the updates of its day with no clock of their own (not the
        header itself)."""
        for update in updates:
            if update.kind != "aside" and update.time is None and update.date == self.day \
                    and not set(update.lines) & set(self.lines):
                update.time, update.timezone = self.time, self.zone or source_zone
                update.why += f"; time from the session's header '{self.label}'"


def session_clock(infos: list[Info], finder: DateFinder) -> SessionClock | None:
    """The clock a transcript's header gives its session (see the module docstring); None for any other page."""
    turns = [k for k, info in enumerate(infos) if info.kind == PARA and info.what == TURN]
    if len(turns) < TRANSCRIPT_TURNS:
        return None
    for info in reversed(infos[:turns[0]]):
        text = info.block.text.strip()
        text = _ZONE_AFTER.sub(lambda m: " " + (m.group(1) or m.group(2)), _DAY_CLOCK_DASH.sub(", ", text))
        stamp = find_stamp(text)
        if stamp is None or not stamp.standalone or stamp.date_text is None:
            continue
        day = finder.resolve(stamp.date_text)
        if day is not None and day.start is not None and day.start == day.end:
            return SessionClock(day.start.isoformat(), stamp.time, stamp.zone, info.block.text.strip(),
                                tuple(info.block.lines))
    return None
