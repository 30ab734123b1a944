"""A broadcaster's time check: "It's just after 9 p.m. here on the East Coast, five o'clock Saturday morning in
Baghdad", "Welcome back. It's 9:30 here in Washington." An anchor says what time it is now, where they are, in the
first sentences of a turn: the time of the update, as a stamp's would be. The same moment's clock elsewhere, in that
sentence ("five o'clock Saturday morning in Baghdad"), is no act's day: the update's day is the broadcast's.
"""

from __future__ import annotations

import re

from chronik.dates.clock import CLOCK_CORE, clock_value
from chronik.segment import prose

_TIME_CHECK = re.compile(r"\bit['’]s\s+(?:(?:just|shortly|a\s+little|a\s+few\s+minutes)\s+)?"
                         r"(?:(?:after|past|before|about|around|nearly|almost)\s+)?" + CLOCK_CORE
                         + r"(?:\s+[\w']+)?\s+here\b", re.I | re.X)
OPENING_SENTENCES = 2  # a time check comes at a turn's start ("Welcome back. It's 9:30 p.m. here ...")


def time_check(lead: str) -> tuple[str, str, int, int] | None:
    """The clock an update's first sentences say it is now, here: ``HH:MM``, its words, and where in ``lead`` the
    sentence saying it starts and ends; None for a lead without one."""
    start = 0
    for sentence in prose.SENTENCE_BOUNDARY.split(lead, maxsplit=OPENING_SENTENCES)[:OPENING_SENTENCES]:
        at = lead.find(sentence, start)
        m = _TIME_CHECK.search(sentence)
        value = clock_value(m) if m is not None else None
        if m is not None and value not in (None, "24:00"):
            return value, m.group(0), at, at + len(sentence)
        start = at + len(sentence)
    return None
