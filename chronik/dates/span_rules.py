"""Rules for spans longer than a month: decades (``the 1990s``, ``the late eighties``, ``last decade``), centuries,
quarters and halves (``Q3 2020``, ``the year-ago third quarter``), the periods of financial reports (``the latest
quarter``, ``the corresponding period last year``) and seasons (``last fall``, ``winter 2019``).
"""

from __future__ import annotations

import re

from chronik.dates.cues import cue
from chronik.dates.lexicon import lexicon, words_to_int
from chronik.dates.rules import Context, Rule, month_words, rule, two_digit_year, year, year_of, year_words
from chronik.dates.timex import (
    EXPLICIT,
    RELATIVE,
    Timex,
    century_timex,
    decade_timex,
    half_timex,
    quarter_timex,
    season_days,
    season_timex,
    year_timex,
)


def _decade(m: re.Match[str], ctx: Context) -> Timex | None:
    rel = (m.group("rel") or "").lower()
    if rel:
        first = ctx.anchor.year // 10 * 10 + {"this": 0, "last": -10, "next": 10}[rel]
        return decade_timex(first, RELATIVE, f"'{m.group(0).strip()}': the {first}s, from the anchor year "
                                             f"{ctx.anchor.year}")
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
    number: int | None
    if rel:
        number = ctx.anchor.year // 100 + 1 + {"this": 0, "last": -1, "next": 1}[rel]
    else:
        digits = re.match(r"\d+", m.group("n"))  # "20th", else "twentieth"
        number = int(digits.group()) if digits else words_to_int(m.group("n"))
    if not number or not 1 <= number <= 22:
        return None
    return century_timex(number, EXPLICIT, f"century '{m.group(0).strip()}'")


_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _quarter(m: re.Match[str], ctx: Context) -> Timex | None:
    """``the third quarter``, ``Q3 2020``, ``the first half of 2021`` (or ``the first two quarters of 2021``),
    ``next year's first quarter``."""
    is_half = bool(m.group("hn") or m.group("pair")) or "half" in m.group(0).lower()
    last = 2 if is_half else 4
    number = ({**_ORD, "last": last}).get((m.group("ord") or "").lower()) or int(m.group("qn") or m.group("hn") or 0)
    year_no = year_of(m, ctx)
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
    year_no = year_of(m, ctx)
    rel = re.sub(r"\s+", " ", (m.group("rel") or "").lower())
    if year_no is None:
        if ctx.running and not rel:
            return None
        current = ctx.anchor.year - (ctx.anchor.month <= 2 and code == "WI")
        if rel in ("last", "this past", "past"):
            year_no = current - 1 if season_days(current, code)[1] >= ctx.anchor else current
        elif rel in ("next", "this coming", "coming"):
            year_no = current + 1 if season_days(current, code)[0] <= ctx.anchor else current
        else:
            year_no = current
    return season_timex(year_no, code, RELATIVE, f"season '{m.group(0).strip()}' of {year_no}")


DECADE = r"""
    (?:the\s+)?(?P<rel>this|last|next)\s+decade(?!s)
  | (?:the\s+)?(?:(?:early|mid|late)[\s-]+)?
    (?:(?P<decade>(?:1[0-9]|20)\d0)['’]?s|(?P<short>['’]\d0)s|(?P<word>twenties|thirties|forties|fifties|sixties|
       seventies|eighties|nineties))
"""
CENTURY = r"""
    (?:the\s+)?(?:(?P<rel>this|last|next)|(?P<n>\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:[\s-][a-z]+)?))[\s-]+century
"""
QUARTER = rf"""
    (?:(?:the\s+)?(?P<rel>this|last|next)\s+year['’]s\s+|the\s+(?P<year>(?:19|20)\d\d)\s+|the\s+)?
    (?P<ago>year[-\s](?:ago|earlier)\s+)?(?:(?:fiscal|calendar)\s+)?
    (?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last)[\s-]+(?:fiscal\s+)?
    (?:quarter|half|(?P<pair>two[\s-]+quarters))(?:\s+of\s+(?:fiscal\s+)?(?P<year2>(?:19|20)\d\d)
    |(?!\s+of\s+(?:the\s+|this\s+|that\s+)?(?:month|week|day|decade|century|{month_words()})\b))
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


# a span of years: "1998-2000", "1992–95", "from 1998 to 2000", "between 1992 and 1995" (a war's years in a title)
YEARS = rf"""
    (?:(?P<from>from|between)\s+)?(?<![$£€#.,/-]){year()}
    (?:\s*[-–—]\s*|\s+(?P<join>to|until|till|through|and)\s+)(?:{year("last")}|(?P<last2>\d\d))(?![-–—/]?\d)
"""
LONGEST_YEARS = 50  # a span of years longer than this is no war's


def _years(m: re.Match[str], ctx: Context) -> Timex | None:
    """The first day of a span's first year to the last of its last: the span's value is its first year."""
    if (m.group("join") and not m.group("from")) or (m.group("join") == "and") != (m.group("from") == "between"):
        return None  # ("in 1998 and 2000": two years; "from 1998 and 2000" is none)
    first = int(m.group("year"))
    last = int(m.group("last")) if m.group("last") else first // 100 * 100 + int(m.group("last2"))
    if not 0 < last - first <= LONGEST_YEARS:
        return None
    return year_timex(first, EXPLICIT, f"years '{m.group(0).strip()}' named in the text: {first} to {last}",
                      last=last)


RULES: list[Rule] = [
    rule("years", YEARS, _years, cue=cue(pattern=r"\d{4}")),
    rule("decade", DECADE, _decade, cue=cue([*lexicon().decades, "decade"], r"0['’]?s")),
    rule("century", CENTURY, _century, cue=cue(["century"])),
    rule("quarter", QUARTER, _quarter, cue=cue(["quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"])),
    rule("season", SEASON, _season, cue=cue(lexicon().seasons)),
    rule("period", PERIOD, _period, cue=cue(["quarter", "period", "year"]), standalone=True),
]
