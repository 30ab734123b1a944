"""Rules for anaphoric expressions, resolved on their own: ``that day``, ``the following year``, ``a year earlier``,
``the previous Friday``, ``then``, and a bare day (``25`` after ``April 24``).

They name a date only against a reference time: the latest date of the discourse fine enough for them (see
``anaphora``; ``Context.earlier`` holds the discourse). With none, the anchor is the reference ("the day
before" on its own is the day before the anchor), except where the anchor would be a guess: ``then``,
``that Friday`` and a bare day number need a date said before them. They come first in the grammar, so that
with a reference they win over readings of the same words against the anchor ("that year" is not the
anchor's year once "1988" has been said).
"""

from __future__ import annotations

import dataclasses
import re

from chronik.dates import anaphora
from chronik.dates import anchor as cal
from chronik.dates.cues import cue
from chronik.dates.rules import Context, Rule, count, count_value, day_value, part_code, rule, weekday, weekday_number
from chronik.dates.timex import RELATIVE, Timex, day_timex, describe

DIRECTION = {"following": 1, "next": 1, "after": 1, "later": 1,
             "previous": -1, "preceding": -1, "prior": -1, "before": -1, "earlier": -1}
UNIT_WORDS = "day|week|month|quarter|year"
PART_WORDS = "morning|afternoon|evening|night"


def _reference(ctx: Context, unit: str | None) -> Timex:
    """The latest date of the discourse within one ``unit``; failing that, the anchor day."""
    found = anaphora.latest(ctx.earlier, unit)
    return found or day_timex(ctx.anchor, RELATIVE, f"the anchor {describe(ctx.anchor)}")


def _why(m: re.Match[str], reference: Timex, ctx: Context) -> str:
    if any(reference is said for said in ctx.earlier):
        return f"'{m.group(0).strip()}' refers to {reference.value}, said before"
    return f"'{m.group(0).strip()}' with no date said before: from the anchor {describe(ctx.anchor)}"


def _whole(m: re.Match[str]) -> bool:
    """True when the match is the whole expression (but for a closing full stop or comma)."""
    return m.start() == 0 and m.end() >= len(m.string.rstrip(" .,;"))


def _same(m: re.Match[str], ctx: Context) -> Timex | None:
    """``that day``, ``the same month``, ``later that year``, ``that night``, ``the day``, ``the morning``; ``day``
    alone ("a great day") only as the whole expression, not the word of "day 11"."""
    if m.group("bare") and not _whole(m):
        return None
    unit = (m.group("unit") or "day").lower()
    reference = _reference(ctx, unit)
    part = part_code(m.group("part") or m.group("part2"))
    if part:
        return day_timex(reference.start, RELATIVE, _why(m, reference, ctx), part=part) if reference.start else None
    return anaphora.period(reference, unit, 0, RELATIVE, _why(m, reference, ctx))


def _next(m: re.Match[str], ctx: Context) -> Timex | None:
    """``the following month``, ``the next day``, ``the previous year``, ``the next morning``, ``the day after``."""
    steps = DIRECTION[(m.group("dir") or m.group("dir2") or m.group("side")).lower()]
    unit = "day" if m.group("part") or m.group("side") else m.group("unit").lower()
    reference = _reference(ctx, unit)
    found = anaphora.period(reference, unit, steps, RELATIVE, _why(m, reference, ctx))
    part = part_code(m.group("part"))
    if found is None or not part or found.start is None:
        return found
    return day_timex(found.start, RELATIVE, found.why, part=part)


def _days_after(m: re.Match[str], ctx: Context) -> Timex | None:
    """``in the days that followed``, ``the following days``, ``over the next few days``: from the day after the
    latest day of the discourse (the first of them is the day the text can tell)."""
    reference = _reference(ctx, "day")
    if reference.start is None:
        return None
    return day_timex(cal.add_days(reference.start, 1), RELATIVE, _why(m, reference, ctx))


# a word after "five days after" that opens the event it counts from ("a military coup", "the attack"), not a
# pronoun of the discourse's date ("that", "this") nor the sentence going on ("..., and", "... when")
_EVENT_AFTER = re.compile(r"\s+(?!(?:that|this|then|and|or|but|when|while|as|in|on|at)\b)[A-Za-z]")


def _shift(m: re.Match[str], ctx: Context) -> Timex | None:
    """``a year earlier``, ``two days later``, ``three months before``: the latest date of the discourse that the shift
    fits, moved at its own granularity (a year earlier than a quarter is that quarter a year before). Not "five days
    after a military coup": an event named after it is the reference, and the text gives it no date here."""
    number = count_value(m.group("n"))
    if number is None or (m.group("dir").lower() in ("after", "before") and _EVENT_AFTER.match(m.string, m.end())):
        return None
    unit = m.group("unit").lower().rstrip("s")
    if unit == "decade":
        unit, number = "year", number * 10
    steps = number * DIRECTION[m.group("dir").lower()]
    for reference in (*reversed(ctx.earlier), _reference(ctx, "day")):
        found = anaphora.moved(reference, unit, steps, RELATIVE, _why(m, reference, ctx))
        if found is not None:
            return found
    return None


def _weekday(m: re.Match[str], ctx: Context) -> Timex | None:
    """``the previous Friday`` (before the reference day), ``the following Monday`` (after it), ``that Friday``
    (the one nearest to it: needs a day said before)."""
    reference = anaphora.latest(ctx.earlier, "day")
    which = (m.group("dir") or "that").lower()
    if reference is None and which == "that":
        return None
    reference = reference or _reference(ctx, "day")
    number = weekday_number(m.group("wd"))
    day = reference.start
    if day is None:
        return None
    if which == "that":
        ahead = (number - day.weekday()) % 7
        found = cal.add_days(day, ahead if ahead <= 3 else ahead - 7)
    else:
        found = cal.weekday_near(number, day, "next" if DIRECTION[which] > 0 else "last")
    return day_timex(found, RELATIVE, _why(m, reference, ctx))


def _then(m: re.Match[str], ctx: Context) -> Timex | None:
    """``then``: the date said last, whatever its granularity."""
    reference = anaphora.latest(ctx.earlier)
    if reference is None:
        return None
    return dataclasses.replace(reference, kind=RELATIVE, why=_why(m, reference, ctx))


def _day_of_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """A day number alone (``25``, ``the 25th``), as in "April 24 and 25": that day of the month of the latest date
    within a month. Only as a whole expression; a bare number needs such a date, ``the 25th`` may take the
    anchor's month."""
    if not _whole(m):
        return None
    reference = anaphora.latest(ctx.earlier, "month")
    if reference is None and not m.group("the"):
        return None
    reference = reference or _reference(ctx, "month")
    number = day_value(m.group("day"))
    day = cal.safe_date(reference.start.year, reference.start.month, number) if reference.start and number else None
    return day_timex(day, RELATIVE, _why(m, reference, ctx)) if day else None


def _rules() -> list[Rule]:
    return [
        rule("anaphor-same", rf"""(?:(?:earlier|later)\s+(?:in\s+|on\s+)?|on\s+)?(?:that|the\s+same|that\s+same)\s+
             (?:(?P<unit>{UNIT_WORDS})|(?P<part>{PART_WORDS}))|the\s+(?:day|(?P<part2>{PART_WORDS}))|(?P<bare>day)""",
             _same,
             cue=cue(["that", "same", "day", *PART_WORDS.split("|")]), standalone=True),
        rule("anaphor-next", rf"""the\s+(?:(?P<dir>following|previous|preceding|prior)\s+(?P<unit>{UNIT_WORDS})
             |(?P<dir2>following|next|previous|preceding|prior)\s+(?P<part>day|{PART_WORDS})
             |day\s+(?P<side>before|after))""",
             _next, cue=cue(["following", "previous", "preceding", "prior", "next", "day"]), standalone=True),
        rule("anaphor-days-after", r"""the\s+(?:(?:following|next|ensuing|subsequent)(?:\s+(?:few|several|two|three))?
             \s+days|days\s+(?:that\s+)?(?:followed|ensued))""", _days_after,
             cue=cue(["following", "next", "ensuing", "subsequent", "followed", "ensued"]), standalone=True),
        rule("anaphor-shift", rf"""{count()}[\s-]+(?P<unit>days?|weeks?|months?|years?|decades?)\s+
             (?P<dir>earlier|later|before|after)""", _shift, cue=cue(["earlier", "later", "before", "after"]),
             standalone=True),
        rule("anaphor-weekday", rf"""(?:the\s+(?P<dir>following|previous|preceding|prior)|that)\s+{weekday()}""",
             _weekday, cue=cue(["following", "previous", "preceding", "prior", "that"]), standalone=True),
        rule("anaphor-then", r"then", _then, cue=cue(["then"]), standalone=True),
        rule("anaphor-day-number", r"(?P<the>the\s+)?(?P<day>[0-3]?\d(?:st|nd|rd|th)?)", _day_of_month,
             cue=cue(pattern=r"\d"), standalone=True),
    ]


RULES: list[Rule] = _rules()


def _at_the_time(m: re.Match[str], ctx: Context) -> Timex | None:
    """``at the time``, ``at that time``: the day said last, as "then" refers to it; none without one."""
    reference = anaphora.latest(ctx.earlier, "day")
    if reference is None or reference.start is None:
        return None
    return day_timex(reference.start, RELATIVE, _why(m, reference, ctx))


# "The ministry said at the time that ...": the time of the news told just before. Not "at the time of writing" (a
# time it names), nor "at the same time" (meanwhile, or as well). Kept out of the grammar (``RULES``): a dating of
# the text's items asks for it with the day the item before it was at (``finder.find_anaphors``), not a reading of
# running text against its anchor.
AT_THE_TIME = rule("anaphor-at-the-time", r"at\s+(?:the|that)\s+time(?!\s+of\b)", _at_the_time, cue=cue(["time"]),
                   standalone=True)


def _hours_apart(m: re.Match[str], ctx: Context) -> Timex | None:
    """``hours earlier``, ``a few hours later``: the day said last, a few hours off it (more than ``DAY_HOURS``,
    "36 hours later", is another day)."""
    number = count_value(m.group("n")) if m.group("n") else None
    if number is not None and number > DAY_HOURS:
        return None
    return _at_the_time(m, ctx)


DAY_HOURS = 12


# "Hours earlier, the prosecutor's office had reported ...", "Two hours later the mayor said ...": an item told hours
# from the one before it, on its day. Kept out of the grammar as ``AT_THE_TIME`` is: an item's reference, not a
# reading of running text; at most a day's hours ("36 hours later" is another day)
HOURS_APART = rule("anaphor-hours", rf"""(?:(?:{count()}|some|many)\s+)?hours\s+(?P<dir>earlier|later)""",
                   _hours_apart, cue=cue(["hours"]), standalone=True)
