"""Rules for dates said relative to the anchor: ``yesterday``, ``tonight``, ``Saturday evening``,
``last Friday``, ``last week``, ``earlier this month``, ``two weeks ago``, ``Thanksgiving``, and day
counters (``day 11``, ``the 19th day``, ``thirty ninth day``) against the configured epochs.

A bare weekday in a news report is the most recent such day on or before the anchor ("Saturday" on a
Sunday page is the day before; "Sunday" is that day), unless the text speaks of the future.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from chronik.dates import anchor as cal
from chronik.dates.clock import CLOCK, CLOCK_CUE, clock_value
from chronik.dates.cues import Cue, cue
from chronik.dates.lexicon import alternation, lexicon, number_words_pattern, ordinal_words_pattern, words_to_int
from chronik.dates.rules import (
    OVERNIGHT,
    PARTS,
    SENTENCE_END,
    VAGUE_COUNT,
    Context,
    Rule,
    at_night,
    count,
    count_value,
    part_code,
    rule,
    weekday,
    weekday_cue,
    weekday_number,
)
from chronik.dates.timex import (
    DAY_COUNTER,
    RELATIVE,
    Timex,
    day_timex,
    describe,
    month_part,
    month_timex,
    reference_timex,
    week_timex,
    year_timex,
)

SHIFT = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}


def _relative_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """``yesterday``, ``tomorrow night``, ``mid-afternoon yesterday``: the part of day from either side.
    ``overnight`` is the night before the anchor, or the coming one in a clause about the future."""
    phrase = re.sub(r"\s+", " ", m.group("rel").lower())
    offset, part = lexicon().relative_days[phrase]
    part = part or part_code(m.group("part") or m.group("part2"))
    why = f"'{m.group(0).strip()}' against the anchor {describe(ctx.anchor)}"
    future = lexicon().future_days.get(phrase)
    if future is not None and ctx.tense_of(m.start(), m.end()) == cal.FUTURE:
        offset, why = future, why + ", future tense"
    return day_timex(cal.add_days(ctx.anchor, offset), RELATIVE, why, part=part)


def _weekday(m: re.Match[str], ctx: Context) -> Timex | None:
    """``Saturday``, ``last Friday``, ``Monday next week``, ``the day before last Tuesday``."""
    name = m.group("wd")
    number = weekday_number(name)
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
    if mod in ("last", "the previous", "this past", "past"):
        direction = "last"
    elif mod in ("next", "the following", "this coming", "coming"):
        direction = "next"
    else:
        # past tense changes nothing: a report's bare weekdays are in the past already
        direction = "future" if ctx.tense_of(m.start(), m.end()) == cal.FUTURE else "news"
    day = cal.add_days(cal.weekday_near(number, ctx.anchor, direction), 7 if m.group("week") else 0)
    where = {"past": "on or before", "last": "before", "next": "after", "future": "on or after",
             "news": "on or before" if day <= ctx.anchor else "the day after"}[direction]
    why = f"weekday '{name}' {where} the anchor {describe(ctx.anchor)}"
    side = (m.group("side") or "").lower()
    if side:
        day = cal.add_days(day, -1 if side == "before" else 1)
        why += f"; the day {side} it"
    day, part, why = at_night(m, day, part_code(m.groupdict().get("part")), why)
    return day_timex(day, RELATIVE, why, part=part)


def _week(m: re.Match[str], ctx: Context) -> Timex | None:
    """``last week``, ``the past week``, ``this weekend``; ``the weekend`` is the nearest one: the one just
    past early in the week (Monday to Wednesday), else the one of the anchor's week. A tense moves ``the weekend``
    and ``this weekend`` to its side of the anchor: "shelling over the weekend killed three" on a Thursday is the
    weekend before it, "talks this weekend will ..." on a Monday the one after it (ISO weeks end on Sunday, so on a
    Monday "this weekend" of the anchor's week is six days ahead)."""
    mod = re.sub(r"\s+", " ", m.group("mod").lower())
    shift = -1 if mod in ("the last", "the past") else SHIFT.get(mod.split()[-1], 0)
    weekend = m.group("unit").lower() == "weekend"
    if weekend and mod == "the" and ctx.anchor.weekday() <= 2:
        shift = -1
    if weekend and mod in ("the", "this"):
        saturday = cal.add_days(ctx.anchor, 7 * shift + 5 - ctx.anchor.weekday())
        tense = ctx.tense_of(m.start(), m.end())
        if tense == cal.PAST and saturday > ctx.anchor:
            shift -= 1
        elif tense == cal.FUTURE and cal.add_days(saturday, 1) < ctx.anchor:
            shift += 1
    day = cal.add_days(ctx.anchor, 7 * shift)
    return week_timex(day, RELATIVE, f"'{m.group(0).strip()}': the {'weekend' if weekend else 'week'} of "
                                     f"{day.isoformat()}", weekend=weekend)


def _month_rel(m: re.Match[str], ctx: Context) -> Timex | None:
    mod = (m.groupdict().get("mod") or "this").lower()
    year_no, month_no = cal.add_months(ctx.anchor.year, ctx.anchor.month, SHIFT.get(mod, 0))
    return month_part(month_timex(year_no, month_no, RELATIVE, f"'{m.group(0).strip()}' against the anchor month "
                                                               f"{ctx.anchor:%Y-%m}"),
                      m.groupdict().get("part") or m.groupdict().get("part2"))


def _year_rel(m: re.Match[str], ctx: Context) -> Timex | None:
    mod = (m.group("mod") or "this").lower()
    year_no = ctx.anchor.year + SHIFT.get(mod, 0)
    return year_timex(year_no, RELATIVE, f"'{m.group(0).strip()}' against the anchor year {ctx.anchor.year}")


def _year_end(m: re.Match[str], ctx: Context) -> Timex | None:
    year_no = ctx.anchor.year + SHIFT.get((m.group("mod") or "this").lower(), 0)
    day = cal.safe_date(year_no, 12, 31)
    return day_timex(day, RELATIVE, f"'{m.group(0).strip()}': the last day of {year_no}") if day else None


# beyond this many weeks back, "N weeks ago" names a week, no longer a day
DAY_PRECISE_WEEKS = 2


def _ago(m: re.Match[str], ctx: Context) -> Timex | None:
    """``10 days ago`` -> that day; ``two weeks ago`` -> that day, ``six weeks ago`` -> that week;
    ``five months ago`` -> that month; ``a year ago`` -> that day (one year back), ``four years ago`` ->
    that year, ``a decade ago`` -> that year. ``several years ago`` is no year (see the lexicon's PAST_REF).
    (``a year earlier`` counts back from another time: see ``anaphoric_rules``.)"""
    number = count_value(m.group("n"))
    if number is None:
        return None
    unit = m.group("unit").lower().rstrip("s")
    why = f"'{m.group(0).strip()}' before the anchor {ctx.anchor.isoformat()}"
    if unit in ("year", "decade") and VAGUE_COUNT.fullmatch(m.group("n")):
        return None
    if unit == "week" and number > DAY_PRECISE_WEEKS:
        return week_timex(cal.add_days(ctx.anchor, -7 * number), RELATIVE, why)
    if unit in ("day", "week"):
        return day_timex(cal.add_days(ctx.anchor, -number * (7 if unit == "week" else 1)), RELATIVE, why)
    if unit == "decade":
        return year_timex(ctx.anchor.year - 10 * number, RELATIVE, why)
    if unit == "month":
        year_no, month_no = cal.add_months(ctx.anchor.year, ctx.anchor.month, -number)
        return month_timex(year_no, month_no, RELATIVE, why)
    if number == 1:
        day = cal.safe_date(ctx.anchor.year - 1, ctx.anchor.month, ctx.anchor.day) or \
            cal.add_days(ctx.anchor, -365)
        return day_timex(day, RELATIVE, why)
    return year_timex(ctx.anchor.year - number, RELATIVE, why)


REPEATED_DAY_BEFORE = re.compile(r"\b(?:for|on)\s+(?:a|another)\s+$|\ba\s+$", re.I)
REPEATED_DAY_AFTER = re.compile(r"\s+(?:in\s+a\s+row|running|straight|in\s+succession)\b", re.I)


def _day_counter(m: re.Match[str], ctx: Context) -> Timex | None:
    """``day 11``, ``the 19th day``: day N of the epoch in force. Not "for a second day running",
    which counts repetitions, not the days of a war."""
    token = m.group("n") or m.group("n2")
    digits = re.match(r"\d+(?:,\d{3})?", token)  # "day 1,000"
    number = int(digits.group().replace(",", "")) if digits else words_to_int(token)
    text = m.string
    repeated = REPEATED_DAY_BEFORE.search(text, max(0, m.start() - 15), m.start()) or \
        REPEATED_DAY_AFTER.match(text, m.end())
    if number is None or (m.group("n") and repeated) or (ctx.running and _counts_an_event(m)):
        return None
    found = cal.epoch_day(number, ctx.epochs, ctx.anchor)
    if found is None:
        if ctx.running or not m.group("n") or number < 1:
            return None
        # "the eighth day" of a strike or a summit, with no epoch to count from: a report tells of its own day
        return day_timex(ctx.anchor, RELATIVE, f"'{m.group(0).strip()}' with no epoch begun: the day of the report, "
                                               f"the anchor {describe(ctx.anchor)}")
    day, epoch = found
    return day_timex(day, DAY_COUNTER, f"day {number} of '{epoch.name}' (day one = {epoch.start.isoformat()})")


_OF_AFTER = re.compile(r"\s+of\b", re.I)
COUNTED_WORDS = 6  # how far after "the 12th day of" the counted thing is named ("of the nationwide hunger strike")


@functools.cache
def _counted() -> re.Pattern[str]:
    lex = lexicon()
    return re.compile(rf"\b(?:(?P<event>{alternation(lex.counted_events)})|{alternation(lex.war_words)})\b", re.I)


def _counts_an_event(m: re.Match[str]) -> bool:
    """Whether a day counter in running text counts the days of something else than a war: the first thing its
    sentence names before it is a siege, a strike, a protest ("The siege of X, which began on 6 October, entered its
    45th day"), or after "of" ("on day 12 of the hunger strike"); a war named first ("The war, which began with the
    siege of X, entered its 45th day") makes it the war's."""
    text = m.string
    if _OF_AFTER.match(text, m.end()):
        named = " ".join(text[m.end():].split()[:COUNTED_WORDS + 1])
    else:
        start = max((s.end() for s in SENTENCE_END.finditer(text, 0, m.start())), default=0)
        named = text[start:m.start()]
    first = _counted().search(named)
    return first is not None and first.group("event") is not None


def _holiday(m: re.Match[str], ctx: Context) -> Timex | None:
    name = re.sub(r"\s+", " ", m.group("name").lower()).replace("’", "'")
    spec = lexicon().holidays.get(name)
    if spec is None:
        return None
    if m.group("year"):
        day = cal.holiday_in(spec, int(m.group("year")))
    else:
        mod = (m.group("mod") or "").lower()
        tense = ctx.tense_of(m.start(), m.end())
        day = cal.infer_holiday(spec, ctx.anchor, tense, {"last": "last", "next": "next"}.get(mod))
    if day is None:
        return None
    if m.group("week"):
        return week_timex(day, RELATIVE, f"'{m.group(0).strip()}': the week of {day.isoformat()}")
    return day_timex(day, RELATIVE, f"holiday '{m.group(0).strip()}' = {day.isoformat()}")


def _reference(m: re.Match[str], ctx: Context) -> Timex | None:
    phrase = re.sub(r"\s+", " ", m.group(0).lower())
    value = lexicon().references[phrase]
    return reference_timex(value, f"'{m.group(0)}' names no calendar date: {value}")


def _clock_only(m: re.Match[str], ctx: Context) -> Timex | None:
    time = clock_value(m)
    if time is None:
        return None
    return day_timex(ctx.anchor, RELATIVE, f"clock time '{m.group(0).strip()}' on the anchor day", time=time)


def _last_words(phrases: Iterable[str]) -> Cue:
    """A cue for a lexicon of phrases: the last word of each (every match holds its whole phrase)."""
    return cue(p.split()[-1] for p in phrases)


def _rules() -> list[Rule]:
    lex = lexicon()
    rel_days = alternation(lex.relative_days)
    edge = r"(?:(?:early|late|earlier|later|mid)(?:[\s-]+on)?[\s-]+)"
    return [
        rule("relative-day", rf"""{edge}?(?:{PARTS}\s+)?(?P<rel>{rel_days})(?:\s+{PARTS.replace("part", "part2")})?""",
             _relative_day, cue=_last_words(lex.relative_days)),
        rule("weekday", rf"""{OVERNIGHT}?(?:(?:the\s+)?day\s+(?P<side>before|after)\s+)?
             {edge}?(?:(?P<mod>last|next|this(?:\s+past|\s+coming)?|past|coming|the\s+previous|the\s+following)\s+)?
             {weekday()}(?:['’]s)?(?:\s+(?:{PARTS}|(?P<overnight2>overnight)))?(?:\s+(?P<week>next\s+week))?""",
             _weekday,
             cue=weekday_cue()),
        rule("week", r"""(?:(?:early|late|earlier|later)\s+)?(?:the\s+end\s+of\s+)?
             (?P<mod>this|last|next|the\s+last|the\s+past|the\s+previous|the\s+following|the|this\s+past|this\s+coming)
             \s+(?P<unit>week|weekend)(?!s|\s+(?:of|before|after))""", _week, cue=cue(["week"])),
        rule("month-relative", r"""(?:(?P<part>early|late|mid|the\s+(?:end|beginning|middle|start)\s+of)[\s-]+
             |(?:earlier|later)\s+)?(?P<mod>this|last|next)\s+month(?!s)""", _month_rel, cue=cue(["month"])),
        # a digest's "Mid-month, ...", "late month", "the end of the month": a part of the month it is about
        rule("month-part", r"""(?:(?P<part>early|mid|late|the\s+(?:end|beginning|middle|start)\s+of
             |(?:the\s+)?(?:first|second)\s+half\s+of)[\s-]+|(?P<part2>early|late)\s+in\s+)(?:the\s+)?month\b(?!s)""",
             _month_rel, cue=cue(["month"])),
        rule("year-relative", r"""(?:(?:early|late|earlier|later|sometime)\s+|the\s+(?:end|beginning|middle|start)
             \s+of\s+)?(?P<mod>this|last|next)\s+year(?!s|['’]s\s+(?:first|second|third|fourth))""", _year_rel,
             cue=cue(["year"])),
        rule("year-end", r"""(?:the\s+)?(?:(?P<mod>this|last|next)\s+)?year[\s-]end""", _year_end,
             cue=cue(["year"])),
        rule("ago", rf"""(?:(?:nearly|almost|about|some|roughly|around|more\s+than|less\s+than|just|only)\s+)?
             {count()}(?:\s+or\s+so)?[\s-]+(?P<unit>days?|weeks?|months?|years?|decades?)(?:\s+or\s+so)?
             \s+ago""",
             _ago, cue=cue(["ago"])),
        rule("day-counter", rf"""(?:the\s+)?(?P<n>\d{{1,4}}(?:st|nd|rd|th)|{ordinal_words_pattern()})\s+day(?!s)
             |day\s+(?P<n2>\d,\d{{3}}(?![\d,])|\d{{1,4}}|{number_words_pattern()})(?!\s*(?:%|,\d|:\d))""", _day_counter,
             cue=cue(["day"])),
        rule("holiday", rf"""(?:(?P<mod>last|next|this)\s+)?(?P<name>{alternation(lex.holidays).replace("'", "['’]")})
             (?P<week>\s+week)?(?:\s+(?P<year>(?:19|20)\d\d))?""", _holiday, cue=_last_words(lex.holidays)),
        rule("reference", alternation(lex.references), _reference, cue=_last_words(lex.references), standalone=True),
        rule("clock", CLOCK, _clock_only, cue=CLOCK_CUE, standalone=True),
    ]


RULES: list[Rule] = _rules()
