"""Rules for dates the text writes out: ``2020-10-10``, ``10.10.2020``, ``Sunday 25 October 2020``,
``March 22, 2022``, ``September 19-20``, ``between 3 and 5 March``, ``August 1988``, ``1996``, the
1990s, the 20th century, the third quarter, last fall.

A missing year comes from the anchor (see ``anchor.infer_day``), never from today.
"""

from __future__ import annotations

import datetime as dt
import re

from chronik.dates import anchor as cal
from chronik.dates.cues import cue
from chronik.dates.lexicon import lexicon, words_to_int, year_words_to_int
from chronik.dates.rules import (
    RANGE_JOIN,
    Context,
    Rule,
    day_number,
    day_value,
    month,
    month_cue,
    month_number,
    part_code,
    rule,
    token_ok,
    two_digit_year,
    weekday,
    weekday_number,
    year,
    year_cue,
    year_words,
)
from chronik.dates.timex import (
    EXPLICIT,
    RELATIVE,
    Timex,
    century_timex,
    day_timex,
    decade_timex,
    half_timex,
    month_timex,
    quarter_timex,
    season_timex,
    week_timex,
    year_timex,
)

NIGHT_OF = r"(?:(?:on\s+)?the\s+(?P<part>night|morning|evening|afternoon)\s+of\s+)"


def _year_of(m: re.Match[str], ctx: Context) -> int | None:
    """The year the match writes, in digits, words or as '98; None when it has none."""
    groups = m.groupdict()
    text = next((groups[g] for g in ("year", "year2", "year3", "short") if groups.get(g)), None)
    if not text:
        return None
    text = text.strip()
    if text.isdigit():
        return int(text)
    if text.startswith("'"):
        return two_digit_year(text[1:], ctx.anchor)
    return year_words_to_int(text)


def _why_weekday(m: re.Match[str], day: dt.date) -> str:
    """A note when the weekday written next to a date does not match it (the date still wins)."""
    wd = m.groupdict().get("wd")
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
    last = day_value(m.group("day2")) if m.groupdict().get("day2") else None
    if m.groupdict().get("day2") and (last is None or last <= first):
        return None
    year_no = _year_of(m, ctx)
    if year_no is not None:
        start = cal.safe_date(year_no, month_no, first)
        how = "the text gives the year"
    else:
        tense = ctx.tense_of(m.start(), m.end())
        wd = m.groupdict().get("wd")
        start = _with_weekday(month_no, first, weekday_number(wd), ctx.anchor) if wd else None
        start = start or cal.infer_day(month_no, first, ctx.anchor, tense)
        how = f"year from the anchor {ctx.anchor.isoformat()}" + (f", {tense} tense" if tense else "")
    if start is None:
        return None
    end = cal.safe_date(start.year, month_no, last) if last else None
    if last and end is None:
        return None
    span = f"{start.isoformat()} to {end.isoformat()}" if end else start.isoformat()
    why = f"calendar date '{m.group(0).strip()}' = {span}; {how}{_why_weekday(m, start)}"
    return day_timex(start, EXPLICIT, why, end=end, part=part_code(m.groupdict().get("part")))


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
    year_no = _year_of(m, ctx)
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
    """``10.10.2020`` (day first), ``10/24/2020`` (month first when it can be), ``2020-10-10``."""
    if m.group("iso_year"):
        day = cal.safe_date(int(m.group("iso_year")), int(m.group("iso_month")), int(m.group("iso_day")))
        order = "ISO year-month-day"
    else:
        a, b, sep = int(m.group("a")), int(m.group("b")), m.group("sep")
        text_year = m.group("nyear")
        year_no = int(text_year) if len(text_year) == 4 else two_digit_year(text_year, ctx.anchor)
        us_first = sep == "/" and a <= 12
        day = cal.safe_date(year_no, a, b) if us_first else None
        order = "month/day/year"
        if day is None:
            day, order = cal.safe_date(year_no, b, a), "day.month.year"
    if day is None:
        return None
    return day_timex(day, EXPLICIT, f"numeric date '{m.group(0)}' read as {order} = {day.isoformat()}")


def _month_year(m: re.Match[str], ctx: Context) -> Timex | None:
    if not token_ok(m.group("month"), ctx):
        return None
    month_no = month_number(m.group("month"))
    year_no = _year_of(m, ctx)
    rel = (m.group("rel") or "").lower()
    if year_no is None:
        year_no = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}.get(rel, 0)
    return month_timex(year_no, month_no, EXPLICIT, f"month '{m.group(0).strip()}' = {year_no}-{month_no:02d}")


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
    return month_timex(year_no, month_no, RELATIVE, f"month '{m.group(0).strip()}' without a year: {how}")


def _year(m: re.Match[str], ctx: Context) -> Timex | None:
    year_no = _year_of(m, ctx)
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


def _decade(m: re.Match[str], ctx: Context) -> Timex | None:
    if m.group("decade"):
        first = int(m.group("decade"))
    elif m.group("short"):
        first = two_digit_year(m.group("short").lstrip("'’"), ctx.anchor)
    else:
        tens = lexicon().decades[m.group("word").lower()] * 10
        first = ctx.anchor.year // 100 * 100 + tens
        if first > ctx.anchor.year:
            first -= 100
    if first % 10:
        return None
    return decade_timex(first, EXPLICIT, f"decade '{m.group(0).strip()}' = {first}-{first + 9}")


def _century(m: re.Match[str], ctx: Context) -> Timex | None:
    rel = (m.group("rel") or "").lower()
    if rel:
        number = ctx.anchor.year // 100 + 1 + {"this": 0, "last": -1, "next": 1}[rel]
    else:
        token = m.group("n")
        number = int(re.match(r"\d+", token).group()) if token[0].isdigit() else words_to_int(token)
    if not number or not 1 <= number <= 22:
        return None
    return century_timex(number, EXPLICIT, f"century '{m.group(0).strip()}'")


_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _quarter(m: re.Match[str], ctx: Context) -> Timex | None:
    """``the third quarter``, ``Q3 2020``, ``the first half of 2021``, ``next year's first quarter``."""
    is_half = bool(m.group("hn")) or "half" in m.group(0).lower()
    last = 2 if is_half else 4
    number = ({**_ORD, "last": last}).get((m.group("ord") or "").lower()) or int(m.group("qn") or m.group("hn") or 0)
    year_no = _year_of(m, ctx)
    rel = (m.group("rel") or "").lower()
    if year_no is None:
        year_no = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}.get(rel, 0) - bool(m.group("ago"))
    why = f"'{m.group(0).strip()}' of {year_no}"
    if is_half:
        return half_timex(year_no, number, EXPLICIT, why) if number in (1, 2) else None
    return quarter_timex(year_no, number, EXPLICIT, why) if 1 <= number <= 4 else None


def _period(m: re.Match[str], ctx: Context) -> Timex | None:
    """Financial reports: ``the quarter``/``the latest period`` is the last quarter completed by the
    anchor, ``the current quarter`` the one under way; ``the year-ago quarter``, ``the quarter a year
    earlier``, ``last year's period``, ``the 1988 quarter`` the same one in another year; ``the current
    (fiscal) year`` is the anchor's year."""
    which = re.sub(r"\s+", " ", (m.group("which") or "").lower())
    back = bool(m.group("ago") or m.group("ago2") or m.group("back")) or (m.group("rel") or "").lower() == "last"
    given = int(m.group("year")) if m.group("year") else None
    year_no = given or ctx.anchor.year - back + ((m.group("rel") or "").lower() == "next")
    if (m.group("unit") or "").lower() == "year":
        year_no -= given is None and which in ("last", "latest", "past", "previous")
        return year_timex(year_no, RELATIVE, f"'{m.group(0)}': {year_no}, from the anchor {ctx.anchor.isoformat()}")
    quarter = (ctx.anchor.month - 1) // 3 + 1
    if which not in ("current", "this"):
        quarter -= 1
        if quarter == 0:
            quarter, year_no = 4, year_no - (given is None)
    return quarter_timex(year_no, quarter, RELATIVE, f"'{m.group(0)}': quarter {quarter} of {year_no}, "
                                                     f"from the anchor {ctx.anchor.isoformat()}")


def _season(m: re.Match[str], ctx: Context) -> Timex | None:
    code = lexicon().seasons[m.group("season").lower()]
    year_no = _year_of(m, ctx)
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if year_no is None:
        if ctx.running and not rel:
            return None
        current = ctx.anchor.year - (ctx.anchor.month <= 2 and code == "WI")
        if rel in ("last", "this past", "past"):
            year_no = current - 1 if season_timex(current, code, RELATIVE, "").end >= ctx.anchor else current
        elif rel in ("next", "this coming", "coming"):
            year_no = current + 1 if season_timex(current, code, RELATIVE, "").start <= ctx.anchor else current
        else:
            year_no = current
    return season_timex(year_no, code, RELATIVE, f"season '{m.group(0).strip()}' of {year_no}")


def _week_of(m: re.Match[str], ctx: Context) -> Timex | None:
    """``the week of March 6``: the ISO week holding that day."""
    day = _calendar_day(m, ctx)
    if day is None or day.start is None:
        return None
    return week_timex(day.start, EXPLICIT, f"'{m.group(0).strip()}': the week of {day.start.isoformat()}")


DAY_MONTH = rf"""
    (?:{weekday(full_only=False)},?\s+(?:the\s+)?)?
    (?:{NIGHT_OF}|(?:between|from)\s+)?
    (?:the\s+)?{day_number()}(?:{RANGE_JOIN}(?:the\s+)?{day_number("day2")})?
    \s+(?:of\s+)?{month()}
    (?:,?\s+(?:{year()}|(?P<short>'\d\d)))?
"""
MONTH_DAY = rf"""
    (?:{weekday(full_only=False)},?\s+(?:the\s+)?)?
    (?:{NIGHT_OF}|(?:between|from)\s+)?
    {month()}\s*(?:the\s+)?{day_number()}
    (?:{RANGE_JOIN}{day_number("day2")})?
    (?!\s*(?::\d|%|\d|,\d{{3}}))
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
WEEK_OF_MD = rf"""(?:the\s+)?week\s+of\s+{month()}\s*(?:the\s+)?{day_number()}(?!\s*\d)(?:,?\s+{year()})?"""
WEEK_OF_DM = rf"""(?:the\s+)?week\s+of\s+(?:the\s+)?{day_number()}\s+(?:of\s+)?{month()}(?:,?\s+{year()})?"""
NUMERIC = r"""
    (?:(?P<iso_year>(?:1[0-9]|20|21)\d\d)-(?P<iso_month>[01]?\d)-(?P<iso_day>[0-3]?\d)(?![\d-])
      |(?<![\d./])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<nyear>\d{4}|\d{2})(?![./]?\d))
"""
EDGE = r"(?:(?:early|mid|late|the\s+(?:beginning|start|middle|end)\s+of)[\s-]+)"
MONTH_YEAR = rf"""
    {EDGE}?{month()}(?:\s+of)?,?\s+(?:{year()}|(?P<year2>{year_words()})|(?P<rel>this|last|next)\s+year)
"""
BARE_MONTH = rf"""
    (?:(?P<rel>last|next|this(?:\s+past|\s+coming)?)\s+|{EDGE})?{month(full_only=True)}(?!\s*\d)
"""
YEAR = rf"""
    (?:(?P<pre>(?:fiscal|FY|mid-|pre-|post-|the\s+year)\s*)|(?<![$£€#.,-]))
    (?:{year()}(?!\s*(?:%|per\s*cent|percent))|(?P<year2>{year_words()}))
"""
DECADE = r"""
    (?:the\s+)?(?:(?:early|mid|late)[\s-]+)?
    (?:(?P<decade>(?:1[0-9]|20)\d0)['’]?s|(?P<short>['’]\d0)s|(?P<word>twenties|thirties|forties|fifties|sixties|
       seventies|eighties|nineties))
"""
CENTURY = r"""
    (?:the\s+)?(?:(?P<rel>this|last|next)|(?P<n>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:[\s-][a-z]+)?))[\s-]+century
"""
QUARTER = r"""
    (?:(?:the\s+)?(?P<rel>this|last|next)\s+year['’]s\s+|the\s+(?P<year>(?:19|20)\d\d)\s+|the\s+)?
    (?P<ago>year[-\s](?:ago|earlier)\s+)?(?:(?:fiscal|calendar)\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last)[\s-]+(?:fiscal\s+)?
    (?:quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?P<year2>(?:19|20)\d\d))?
  | (?:Q(?P<qn>[1-4])|H(?P<hn>[12]))(?:\s*(?P<year3>(?:19|20)\d\d))?
"""
PERIOD = r"""
    (?:the\s+)?(?:(?P<rel>last|this|next)\s+year['’]s\s+|(?P<year>(?:19|20)\d\d)\s+)?
    (?:(?P<which>latest|last|past|previous|most\s+recent|recent|current|this|same|comparable|corresponding)\s+)?
    (?:(?P<ago>year[-\s](?:ago|earlier))\s+)?(?:(?:fiscal|full|calendar)\s+)?(?P<unit>quarter|period|year)
    (?![-\s](?:ago|earlier))
    (?:\s+(?P<back>a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+previous\s+year))?
  | (?:the\s+)?(?P<ago2>year[-\s](?:ago|earlier))
"""
SEASON = rf"""
    (?:(?P<rel>last|next|this(?:\s+past|\s+coming)?|past|coming|the)\s+)?(?:(?:early|mid|late)[\s-]+)?
    (?P<season>spring|summer|fall|autumn|winter)
    (?:\s+(?:of\s+)?(?:{year()}|(?P<year2>{year_words()})))?
"""


RULES: list[Rule] = [
    rule("numeric", NUMERIC, _numeric, cue=cue(pattern=r"\d[-./]\d")),
    rule("cross-month", CROSS_MONTH_MD, _cross_month, cue=month_cue()),
    rule("cross-month", CROSS_MONTH_DM, _cross_month, cue=month_cue()),
    rule("day-month", DAY_MONTH, _calendar_day, cue=month_cue()),
    rule("month-day", MONTH_DAY, _calendar_day, cue=month_cue()),
    rule("week-of", WEEK_OF_MD, _week_of, cue=month_cue()),
    rule("week-of", WEEK_OF_DM, _week_of, cue=month_cue()),
    rule("month-year", MONTH_YEAR, _month_year, cue=month_cue()),
    rule("month", BARE_MONTH, _bare_month, cue=month_cue()),
    rule("decade", DECADE, _decade, cue=cue(lexicon().decades, r"0['’]?s")),
    rule("century", CENTURY, _century, cue=cue(["century"])),
    rule("quarter", QUARTER, _quarter, cue=cue(["quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"])),
    rule("season", SEASON, _season, cue=cue(lexicon().seasons)),
    rule("period", PERIOD, _period, cue=cue(["quarter", "period", "year"]), standalone=True),
    rule("year", YEAR, _year, cue=year_cue()),
]
