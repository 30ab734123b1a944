"""Rules for dates the text writes out: ``2020-10-10``, ``10.10.2020``, ``Sunday 25 October 2020``,
``March 22, 2022``, ``September 19-20``, ``between 3 and 5 March``, ``the week of March 6``, ``August 1988``,
``1996`` (longer spans, from decades to seasons, are in ``span_rules``).

A missing year comes from the anchor (see ``anchor.infer_day``), never from today.
"""

from __future__ import annotations

import datetime as dt
import re

from chronik.dates import anaphoric_rules, slashes, span_rules
from chronik.dates import anchor as cal
from chronik.dates.cues import cue
from chronik.dates.rules import (
    OVERNIGHT,
    RANGE_JOIN,
    Context,
    Rule,
    at_night,
    day_number,
    day_value,
    month,
    month_cue,
    month_number,
    month_words,
    part_code,
    rule,
    token_ok,
    two_digit_year,
    two_months_cue,
    weekday,
    weekday_number,
    year,
    year_cue,
    year_of,
    year_words,
)
from chronik.dates.timex import (
    EXPLICIT,
    RELATIVE,
    Timex,
    day_timex,
    month_part,
    month_timex,
    week_timex,
    year_timex,
)

NIGHT_OF = r"(?:(?:on\s+)?the\s+(?P<part>night|morning|evening|afternoon)\s+of\s+)"


def _why_weekday(wd: str | None, day: dt.date) -> str:
    """A note when the weekday written next to a date does not match it (the date still wins)."""
    if wd and weekday_number(wd) != day.weekday():
        return f" (the text says {wd}, but it is a {day:%A})"
    return ""


def _calendar_day(m: re.Match[str], ctx: Context) -> Timex | None:
    """Day-month or month-day, with an optional year, weekday, second day (range) and part of day."""
    if not token_ok(m.group("month"), ctx):
        return None
    month_no = month_number(m.group("month"))
    first = day_value(m.group("day"))
    if first is None:
        return None
    groups = m.groupdict()
    last = day_value(groups["day2"]) if groups.get("day2") else None
    if groups.get("day2") and (last is None or last <= first):
        return None
    year_no = year_of(m, ctx)
    if year_no is not None:
        start = cal.safe_date(year_no, month_no, first)
        how = "the text gives the year"
    else:
        tense = ctx.tense_of(m.start(), m.end())
        wd = groups.get("wd")
        start = _with_weekday(month_no, first, weekday_number(wd), ctx.anchor) if wd else None
        start = start or cal.infer_day(month_no, first, ctx.anchor, tense)
        how = f"year from the anchor {ctx.anchor.isoformat()}" + (f", {tense} tense" if tense else "")
    if start is None:
        return None
    end = cal.safe_date(start.year, month_no, last) if last else None
    if last and end is None:
        return None
    span = f"{start.isoformat()} to {end.isoformat()}" if end else start.isoformat()
    why = f"calendar date '{m.group(0).strip()}' = {span}; {how}{_why_weekday(groups.get('wd'), start)}"
    part = part_code(groups.get("part"))
    if end is None:
        start, part, why = at_night(m, start, part, why)
    return day_timex(start, EXPLICIT, why, end=end, part=part)


def _with_weekday(month_no: int, day: int, weekday_no: int, anchor: dt.date) -> dt.date | None:
    """A year-less date written with its weekday ("Sunday, October 11"): the year near the anchor
    where the weekday fits, if one does."""
    for year_no in (anchor.year, anchor.year - 1, anchor.year + 1):
        candidate = cal.safe_date(year_no, month_no, day)
        if candidate and candidate.weekday() == weekday_no:
            return candidate
    return None


def _cross_month(m: re.Match[str], ctx: Context) -> Timex | None:
    """``September 30 - October 2``, ``30 September to 2 October 2020``."""
    if not (token_ok(m.group("month"), ctx) and token_ok(m.group("month2"), ctx)):
        return None
    first, last = day_value(m.group("day")), day_value(m.group("day2"))
    if first is None or last is None:
        return None
    year_no = year_of(m, ctx)
    m1, m2 = month_number(m.group("month")), month_number(m.group("month2"))
    if year_no is not None:
        start = cal.safe_date(year_no - (m2 < m1), m1, first)
    else:
        start = cal.infer_day(m1, first, ctx.anchor, ctx.tense_of(m.start(), m.end()))
    if start is None:
        return None
    end = cal.safe_date(start.year + (m2 < m1), m2, last)
    if end is None or end <= start:
        return None
    return day_timex(start, EXPLICIT, f"date range '{m.group(0).strip()}' = {start} to {end}", end=end)


def _numeric(m: re.Match[str], ctx: Context) -> Timex | None:
    """``10.10.2020`` (day first), ``2020-10-10``, and slashed ``12/03/2022`` or hyphened ``21-07-1994``: day or
    month first as the page writes its slashed dates, else whichever lands nearer the anchor (see ``slashes``)."""
    if m.group("iso_year"):
        day = cal.safe_date(int(m.group("iso_year")), int(m.group("iso_month")), int(m.group("iso_day")))
        order = "ISO year-month-day"
    elif m.group("hyear"):  # "21-07-1994": day or month first, as slashed dates are read
        day, order = slashes.read_slashed(int(m.group("ha")), int(m.group("hb")), int(m.group("hyear")),
                                          ctx.slash_order, ctx.anchor)
    else:
        a, b, sep = int(m.group("a")), int(m.group("b")), m.group("sep")
        text_year = m.group("nyear")
        year_no = int(text_year) if len(text_year) == 4 else two_digit_year(text_year, ctx.anchor)
        if sep == "/":
            day, order = slashes.read_slashed(a, b, year_no, ctx.slash_order, ctx.anchor)
        else:
            day, order = cal.safe_date(year_no, b, a), "day.month.year"
    if day is None:
        return None
    return day_timex(day, EXPLICIT, f"numeric date '{m.group(0)}' read as {order} = {day.isoformat()}")


def _weekday_and_anchor(m: re.Match[str], ctx: Context) -> tuple[int, dt.date] | None:
    """The weekday a yearless day is written with and the anchor it is read near; None in running text for a weekday
    in lower case ("sat 4/8"), and without an anchor (a yearless day needs the publication date)."""
    token = m.group("wd")
    if (ctx.running and not token[0].isupper()) or ctx.anchor is None:
        return None
    return weekday_number(token), ctx.anchor


def _weekday_slashed(m: re.Match[str], ctx: Context) -> Timex | None:
    """``Mon 4/8``, ``Tuesday 9/4``: a weekday and a slashed day and month without a year, as a digest heads its days;
    the weekday tells which of month/day and day/month it is (each the one nearest the anchor); when both readings
    fall on it, the page's order, else the nearer one. None when neither does, and in running text for a weekday in
    lower case ("sat 4/8")."""
    found = _weekday_and_anchor(m, ctx)
    if found is None:
        return None
    number, anchor = found
    a, b = int(m.group("a")), int(m.group("b"))
    tense = ctx.tense_of(m.start(), m.end())
    readings = {slashes.MONTH_FIRST: cal.infer_day(a, b, anchor, tense),
                slashes.DAY_FIRST: cal.infer_day(b, a, anchor, tense)}
    fits = {order: day for order, day in readings.items() if day is not None and day.weekday() == number}
    if not fits:
        return None
    order = ctx.slash_order if ctx.slash_order in fits else min(fits, key=lambda o: abs((fits[o] - anchor).days))
    day = fits[order]
    assert day is not None
    return day_timex(day, EXPLICIT, f"weekday and slashed date '{m.group(0).strip()}' = {day.isoformat()}, read "
                                    f"{order} on that weekday, nearest the anchor {anchor.isoformat()}")


def _weekday_ordinal(m: re.Match[str], ctx: Context) -> Timex | None:
    """``Monday 25th``, ``Tuesday the 26th``: a weekday and an ordinal day of no month, as a diary heads its days; the
    day of that number on that weekday nearest the anchor, within two months of it. None when none is, and in running
    text for a weekday in lower case."""
    found = _weekday_and_anchor(m, ctx)
    if found is None:
        return None
    number, anchor = found
    day_no = int(m.group("n"))
    first = anchor.replace(day=1)
    months = [cal.add_days(first, days) for days in (-40, -10, 0, 35)]
    fits = [day for month in months if (day := cal.safe_date(month.year, month.month, day_no)) is not None
            and day.weekday() == number and abs((day - anchor).days) <= 62]
    if not fits:
        return None
    day = min(fits, key=lambda d: abs((d - anchor).days))
    return day_timex(day, EXPLICIT, f"weekday and day '{m.group(0).strip()}' = {day.isoformat()}, the one on that "
                                    f"weekday nearest the anchor {anchor.isoformat()}")


def _dtg_time(m: re.Match[str]) -> str:
    """A date-time group's clock, ``HH:MM``."""
    return f"{m.group('dtg_h')}:{m.group('dtg_m')}"


def _military(m: re.Match[str], ctx: Context) -> Timex | None:
    """``26 JAN 24`` (``11-12 JAN 24``) and the date-time group ``270600Z JAN 24`` (day, hour and minute, zone letter,
    month, year) of military and maritime messages; the group's clock is its time."""
    text_year = m.group("myear")
    year_no = int(text_year) if len(text_year) == 4 else two_digit_year(text_year, ctx.anchor)
    month_no = month_number(m.group("month"))
    day = cal.safe_date(year_no, month_no, int(m.group("day")))
    first = cal.safe_date(year_no, month_no, int(m.group("day0"))) if m.group("day0") else day
    if day is None or first is None or first > day:
        return None
    time = _dtg_time(m) if m.group("dtg_h") else None
    why = f"military date '{m.group(0)}' = {first.isoformat()}" + (f" to {day.isoformat()}" if first < day else "")
    return day_timex(first, EXPLICIT, why + (f"; at {time}" if time else ""), end=day, time=time)


def _bare_dtg(m: re.Match[str], ctx: Context) -> Timex | None:
    """A date-time group without its month (``232150B``: day 23 at 21:50, zone letter B), as a situation report writes
    the hours of its own period: that day of the anchor's month, or of the month before when the day is after the
    anchor's; the group's clock is its time."""
    day_no = int(m.group("day"))
    day = cal.safe_date(ctx.anchor.year, ctx.anchor.month, day_no)
    if day is None or day > ctx.anchor:
        before = cal.add_days(ctx.anchor.replace(day=1), -1)
        day = cal.safe_date(before.year, before.month, day_no)
    if day is None:
        return None
    time = _dtg_time(m)
    return day_timex(day, EXPLICIT, f"date-time group '{m.group(0)}' = {day.isoformat()} at {time}, the month of "
                                    f"the anchor {ctx.anchor.isoformat()}", time=time)


def _month_year(m: re.Match[str], ctx: Context) -> Timex | None:
    """A month and its year, either way round ("August 1988", "1960 August"), maybe a part of it or a year told
    relative to the anchor ("late March this year")."""
    if not token_ok(m.group("month"), ctx):
        return None
    groups = m.groupdict()
    month_no = month_number(m.group("month"))
    year_no = year_of(m, ctx)
    rel = (groups.get("rel") or "").lower()
    if year_no is None:
        year_no = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}.get(rel, 0)
    return month_part(month_timex(year_no, month_no, EXPLICIT, f"month '{m.group(0).strip()}' = "
                                                                f"{year_no}-{month_no:02d}"), groups.get("part"))


def _bare_month(m: re.Match[str], ctx: Context) -> Timex | None:
    token = m.group("month")
    if ctx.running and not token[0].isupper():
        return None
    month_no = month_number(token)
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if rel in ("last", "this past"):
        year_no, how = cal.last_month(month_no, ctx.anchor), "the latest before the anchor"
    elif rel in ("next", "this coming"):
        year_no, how = cal.next_month(month_no, ctx.anchor), "the first after the anchor"
    elif rel == "this":
        year_no, how = ctx.anchor.year, "the anchor's year"
    else:
        tense = ctx.tense_of(m.start(), m.end())
        year_no, how = cal.infer_month(month_no, ctx.anchor, tense), "the one nearest the anchor"
    return month_part(month_timex(year_no, month_no, RELATIVE, f"month '{m.group(0).strip()}' without a year: {how}"),
                      m.group("part"))


def _year(m: re.Match[str], ctx: Context) -> Timex | None:
    year_no = year_of(m, ctx)
    if year_no is None:
        return None
    if ctx.running and not m.group("pre") and not _year_context_ok(m):
        return None
    return year_timex(year_no, EXPLICIT, f"year {year_no} named in the text")


_TIME_WORDS = r"(?:in|since|of|by|until|till|from|during|before|after|through|to|and|or|between|early|late|mid|" \
              r"fiscal|year|spring|summer|autumn|fall|winter|around|circa)"


def _year_context_ok(m: re.Match[str]) -> bool:
    """A bare 4-digit number in running text is a year after a time word ("in 2014", "since 1991")
    or before punctuation or "'s"; "2000 soldiers" is a quantity."""
    text, start, end = m.string, m.start(), m.end()
    before = text[max(0, start - 12):start]
    if re.search(rf"\b{_TIME_WORDS}[\s-]+$", before, re.I):
        return True
    after = text[end:end + 12]
    if re.match(r"['’]s\b|\s*(?:[.,;:)!?\]\"”]|$|-\d|–\d)", after):
        return not re.match(r"\s*%|,\d", after)
    return False


def _week_of(m: re.Match[str], ctx: Context) -> Timex | None:
    """``the week of March 6``: the ISO week holding that day."""
    day = _calendar_day(m, ctx)
    if day is None or day.start is None:
        return None
    return week_timex(day.start, EXPLICIT, f"'{m.group(0).strip()}': the week of {day.start.isoformat()}")


DAY_MONTH = rf"""
    {OVERNIGHT}?(?:{weekday(full_only=False)},?\s+(?:the\s+)?)?
    (?:{NIGHT_OF}|(?:between|from)\s+)?
    (?:the\s+)?{day_number()}(?:{RANGE_JOIN}(?:the\s+)?{day_number("day2")})?
    \s+(?:of\s+)?{month()}
    (?:,?\s+(?:{year()}|(?P<short>'\d\d)))?
"""
MONTH_DAY = rf"""
    {OVERNIGHT}?(?:{weekday(full_only=False)},?\s+(?:the\s+)?)?
    (?:{NIGHT_OF}|(?:between|from)\s+)?
    {month()}\s*(?:the\s+)?{day_number()}
    (?:{RANGE_JOIN}{day_number("day2")})?
    # (a year may follow without its comma, "Oct 23 2017"; not a clock of four digits, "26 JAN 24 1945 UTC")
    (?!\s*(?::\d|%|,\d{{3}}|\d(?!\d{{3}}(?!\d)(?!\s*(?:UTC|GMT|Z|hrs|hours|local)\b))))
    (?:,?\s+{year()}|\s+(?P<short>'\d\d))?
"""
CROSS_MONTH_MD = rf"""
    (?:(?:between|from)\s+)?{month()}\s*{day_number()}{RANGE_JOIN}{month("month2")}\s*{day_number("day2")}
    (?:,?\s+{year()})?
"""
CROSS_MONTH_DM = rf"""
    (?:(?:between|from)\s+)?{day_number()}\s+{month()}{RANGE_JOIN}{day_number("day2")}\s+{month("month2")}
    (?:,?\s+{year()})?
"""
# a date-time group's hour and minute, after its day and before its zone letter ("270600Z")
_DTG_CLOCK = r"(?P<dtg_h>[01]\d|2[0-3])(?P<dtg_m>[0-5]\d)"
# a military date in capitals with a two- or four-digit year, "26 JAN 24" ("11-12 JAN 24"), or a date-time group
# "270600Z JAN 24" (not "12 MAR 24 people", a day and a count)
MILITARY_DATE = rf"""
    (?:(?P<day0>[0-3]?\d){RANGE_JOIN})?(?P<day>[0-3]?\d)(?:{_DTG_CLOCK}(?-i:[A-Z]))?
    \s*(?-i:(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))\s*(?P<myear>\d\d(?:\d\d)?)(?![\d.,]\d)
    (?!\s+(?-i:[a-z]))
"""
# ... or a date-time group alone, its day, hour and minute and its zone letter (no "J"): "At 232150B the heaviest ..."
BARE_DTG = rf"""(?<![\w/.:-])(?P<day>[0-3]\d){_DTG_CLOCK}(?-i:[A-IK-Z])(?![\w/.:-])"""
# a dateline's day, month and year in two digits after the month's full stop, as Somali and other agencies write it
# ("Mogadishu 24, Dec.06 (Sh. M. Network) -": 24 December 2006, not 6 December)
DAY_MONTH_DOTTED_YEAR = rf"""(?<![\d.]){day_number()},?\s*{month()}(?<=\.)(?P<short>\d\d)(?![\d.:])"""
# the month's name between slashes, as some agencies stamp their stories: "15/April/2015", "3/Mar/2021"
DAY_MONTH_SLASHED = rf"""(?<![\w/]){day_number()}/{month()}/{year()}(?![\w/])"""
WEEK_OF_MD = rf"""(?:the\s+)?week\s+of\s+{month()}\s*(?:the\s+)?{day_number()}(?!\s*\d)(?:,?\s+{year()})?"""
WEEK_OF_DM = rf"""(?:the\s+)?week\s+of\s+(?:the\s+)?{day_number()}\s+(?:of\s+)?{month()}(?:,?\s+{year()})?"""
NUMERIC = r"""
    (?:(?P<iso_year>(?:1[0-9]|20|21)\d\d)-(?P<iso_month>[01]?\d)-(?P<iso_day>[0-3]?\d)(?![\d-])
      |(?<![\d./])(?P<a>[0-3]?\d)(?P<sep>[./])\ ?(?P<b>[0-3]?\d)(?P=sep)\ ?(?P<nyear>\d{4}|\d{2})(?![./]?\d)
      |(?<![\d./-])(?P<ha>[0-3]?\d)-(?P<hb>[0-3]?\d)-(?P<hyear>(?:1[0-9]|20|21)\d\d)(?![\d-]))
"""
# (hyphens only with the year in four digits: "21-07-1994" is a day, "12-03-22" may be a score or a range)
WEEKDAY_SLASHED = rf"""{weekday(full_only=False)},?\s+(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?![/\d])"""
# a weekday and an ordinal day of no month: "Monday 25th", "Tuesday, the 26th" (not "Monday 25th November")
WEEKDAY_ORDINAL = rf"""{weekday(full_only=False)},?\s+(?:the\s+)?(?P<n>[0-3]?\d)(?:st|nd|rd|th)\b
    (?!\s*(?:of\s+)?{month_words()})"""
EDGE = r"""(?:(?P<part>early|mid|late|the\s+(?:beginning|start|middle|end)\s+of
    |(?:the\s+)?(?:first|second)\s+half\s+of)[\s-]+)"""
MONTH_YEAR = rf"""
    {EDGE}?{month()}(?:\s+of)?,?\s+(?:{year()}|(?P<year2>{year_words()})|(?P<rel>this|last|next)\s+year)
"""
# the year before the month, as a timeline writes its items ("1960 August - Independence", "2013 March - ...")
YEAR_MONTH = rf"""(?<![\d$£€#.,/-]){year()}\s+{month(full_only=True)}(?![\w-]|\s*\d)"""
BARE_MONTH = rf"""
    (?:(?P<rel>last|next|this(?:\s+past|\s+coming)?)\s+|{EDGE})?{month(full_only=True)}(?!\s*\d)
"""
YEAR = rf"""
    (?:(?P<pre>(?:fiscal|FY|mid-|pre-|post-|the\s+year)\s*)|(?<![$£€#.,-]))
    (?:{year()}(?!\s*(?:%|per\s*cent|percent))|(?P<year2>{year_words()}))
"""


RULES: list[Rule] = [
    *anaphoric_rules.RULES,  # first: with a date said before them, they win over readings of the same words
    rule("numeric", NUMERIC, _numeric, cue=cue(pattern=r"\d[-./] ?\d")),  # ("08/ 08/ 2008", "8. 8. 2008")
    rule("weekday-slashed", WEEKDAY_SLASHED, _weekday_slashed, cue=cue(pattern=r"\d/\d")),
    rule("weekday-ordinal", WEEKDAY_ORDINAL, _weekday_ordinal, cue=cue(pattern=r"\d(?:st|nd|rd|th)\b")),
    rule("cross-month", CROSS_MONTH_MD, _cross_month, cue=two_months_cue()),
    rule("cross-month", CROSS_MONTH_DM, _cross_month, cue=two_months_cue()),
    rule("military", MILITARY_DATE, _military, cue=month_cue()),
    rule("date-time group", BARE_DTG, _bare_dtg, cue=cue(pattern=r"\d{6}[a-z]")),
    rule("day-month", DAY_MONTH_DOTTED_YEAR, _calendar_day, cue=month_cue()),
    rule("day-month", DAY_MONTH_SLASHED, _calendar_day, cue=month_cue()),
    rule("day-month", DAY_MONTH, _calendar_day, cue=month_cue()),
    rule("month-day", MONTH_DAY, _calendar_day, cue=month_cue()),
    rule("week-of", WEEK_OF_MD, _week_of, cue=month_cue()),
    rule("week-of", WEEK_OF_DM, _week_of, cue=month_cue()),
    rule("month-year", MONTH_YEAR, _month_year, cue=month_cue()),
    rule("year-month", YEAR_MONTH, _month_year, cue=month_cue()),
    rule("month", BARE_MONTH, _bare_month, cue=month_cue()),
    *span_rules.RULES,  # after the months, before the bare year, as the grammar has always tried them
    rule("year", YEAR, _year, cue=year_cue()),
]
