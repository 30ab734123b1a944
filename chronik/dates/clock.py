"""Clock times (``2:30 p.m.``, ``14:30``, ``noon``, ``4 a.m. EDT``): never a date on their own in running
text, but they give a time to the day written next to them ("10 p.m. Wednesday", "Sunday at 14:00").
"""

from __future__ import annotations

import re

from chronik.dates.cues import cue
from chronik.dates.timex import Timex

# a zone: an abbreviation ("EDT", "GMT+2"), "local time", or a city's time ("Kyiv time", "Baku time": its name
# capitalised whatever the flags of the pattern it is part of)
ZONE = r"(?:\s*(?:\(?(?:[A-Z]{2,4}T|GMT|UTC|Z)(?:[+-]\d{1,2})?\)?|local\s+time|(?-i:[A-Z][a-z]+)\s+time\b))"
# a zone's abbreviation after a clock of four digits, in capitals whatever the flags: "Z", "GMT", "EDT", "MSK"
ZONE_ABBREVIATION = r"(?-i:Z|UTC|GMT|MSK|[A-Z]{2,4}T)(?![\w])"
# a military or wire clock of four digits, which only its zone letter or word tells from a year or a figure: "0430Z",
# "2140 EDT", "0605 local", "1000 Moscow time", "1430 MSK" (not "1535 hours" alone, which a statement may say of what
# it reports)
MILITARY = (rf"(?P<hmil>[01]\d|2[0-3])(?P<mmil>[0-5]\d)(?=\s*(?:{ZONE_ABBREVIATION}|local\b"
            r"|(?-i:[A-Z][a-z]+)\s+time\b))")
# the clock alone, without the preposition before it
CLOCK_CORE = r"""(?P<clock>(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>a\.?\s?m\b\.?|p\.?\s?m\b\.?)
      |(?P<h24>[012]?\d):(?P<m24>[0-5]\d)(?:\s*(?:hrs|h)\b)?
      |""" + MILITARY + r"""
      |(?P<word>noon|midday|midnight)
      |(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:o['’]clock|in\s+the\s+
        (?P<inthe>morning|afternoon|evening))
    )""" + ZONE + "?"
CLOCK = r"(?:(?:at|around|about|by|after|before|until|shortly\s+(?:after|before)|from)\s+)?" + CLOCK_CORE
# found in every clock time: a digit, a clock word, or the "o'clock"/"in the evening" of "ten o'clock"
CLOCK_CUE = cue(["noon", "midday", "midnight", "clock", "morning", "afternoon", "evening"], r"\d")

HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_WORDS = {w: i + 1 for i, w in enumerate(HOUR_WORDS)}
BEFORE_DAY = re.compile(r"(?<![\w:.])" + CLOCK + r"\s*,?\s*(?:on\s+)?$", re.I | re.X)
# (a colon may follow a clock that ends in a letter: an inline lead "May 10, 5 pm: ...", not one that ends in a digit,
# which may be the hour of a longer clock)
AFTER_DAY = re.compile(r"^\s*,?\s*" + CLOCK + r"(?!\w)(?:(?<!\d)|(?!:))", re.I | re.X)


def clock_value(m: re.Match[str]) -> str | None:
    """``HH:MM`` (``24:00`` for midnight, as TIMEX3 writes the end of a day) or None if impossible."""
    groups = m.groupdict()
    if groups.get("word"):
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[groups["word"].lower()]
    if groups.get("ampm"):
        hour, minute = int(groups["h"]), int(groups["m"] or 0)
        if not 1 <= hour <= 12:
            return None
        pm = groups["ampm"].lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    elif groups.get("h24"):
        hour, minute = int(groups["h24"]), int(groups["m24"])
    elif groups.get("hmil"):
        hour, minute = int(groups["hmil"]), int(groups["mmil"])
    else:
        word = groups["hw"].lower()
        hour, minute = (int(word) if word.isdigit() else _WORDS[word]), 0
        if groups.get("inthe") and groups["inthe"].lower() != "morning" and hour < 12:
            hour += 12
    if hour > 23:
        return None
    return f"{hour:02d}:{minute:02d}"


def with_clock(timex: Timex, text: str, start: int, end: int) -> tuple[int, int, Timex]:
    """Extend a one-day mention at ``text[start:end]`` with a clock time written just before or after
    it; return the (possibly wider) span and the timex with its time."""
    if timex.start is None or timex.start != timex.end:
        return start, end, timex
    date_part = timex.value.split("T")[0]
    if len(date_part) != 10:
        return start, end, timex
    before = BEFORE_DAY.search(text, max(0, start - 40), start)
    after = AFTER_DAY.match(text[end:end + 40])
    found = after or before
    if found is None:
        return start, end, timex
    time = clock_value(found)
    if time is None:
        return start, end, timex
    new = Timex(f"{date_part}T{time}", timex.start, timex.end, timex.kind, f"{timex.why}; at {time}")
    if found is after:
        return start, end + found.end(), new
    return found.start("clock"), end, new  # (found is before)




# a clock that opens a text, as an item of a timeline under its day's heading does ("At 14:00, ...", "Around 05:30
# local time, ...", "At about 9 p.m. the ..."): the preposition of a point in time, not of a deadline ("By 05:30")
# or a period ("From 10:00")
OPENING = re.compile(r"^\W*(?:(?:at|around|about|approximately|roughly|shortly\s+after|just\s+after)\s+){0,2}"
                     + CLOCK_CORE + r"(?![\w:])", re.I | re.X)


# a clock opening a text as the time of the occasion the act was said at: "At a 10:30 am briefing, the minister said
# ...", "At its 4 pm press conference, the army said ..."
OPENING_OCCASION = re.compile(r"^\W*at\s+(?:a|an|the|its|his|her|their)\s+" + CLOCK_CORE
                              + r"\s+(?:[\w-]+\s+)?(?:briefing|press\s+conference|news\s+conference|address|speech)\b",
                              re.I | re.X)


def opening_clock(text: str) -> tuple[str, str] | None:
    """The clock ``text`` opens with (see ``OPENING`` and ``OPENING_OCCASION``), as ``HH:MM`` and its words, or
    None."""
    m = OPENING.match(text) or OPENING_OCCASION.match(text)
    value = clock_value(m) if m is not None else None
    return (value, m.group(0).strip(" ,")) if m is not None and value not in (None, "24:00") else None
