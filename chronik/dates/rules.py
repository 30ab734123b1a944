"""What a grammar rule is, the context it resolves in, and the regex fragments rules are built from.

A rule is a regular expression plus a function that turns one match into a Timex (or None when the
match is not a date after all, e.g. a lower-case "may"). Fragments are built from the lexicon, so
the grammar modules never spell a month or weekday name.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from chronik.config import Epoch
from chronik.dates import cues
from chronik.dates.clock import ZONE_ABBREVIATION
from chronik.dates.cues import Cue
from chronik.dates.lexicon import (
    alternation,
    lexicon,
    number_words_pattern,
    ordinal_words_pattern,
    words_to_int,
    year_words_to_int,
)
from chronik.dates.timex import Timex

# where a sentence ends: its stop, maybe a closing quote, and a capital (or a figure) opening the next one
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“(]?[A-Z0-9])")


@dataclass(frozen=True)
class Context:
    """Everything a rule may use besides its match.

    ``running`` is True in running text (``find_dates``), False for an expression resolved on its own,
    where the grammar may be more lenient (a lower-case "may", "now", a bare clock time).
    ``tense_of`` gives the tense around a span of the text (``past``, ``future`` or None).
    ``earlier`` holds the dates resolved before this expression in the same discourse (a document's
    expressions resolved one after another, see ``discourse``), the latest last: the reference time of
    anaphoric expressions ("that day", "a year earlier"). Empty when the expression stands alone.
    ``slash_order`` is how the page writes its slashed dates (``slashes.DAY_FIRST``/``MONTH_FIRST``); None: read
    each the way nearer the anchor.
    """

    anchor: dt.date
    epochs: Sequence[Epoch] = ()
    running: bool = True
    tense_of: Callable[[int, int], str | None] = field(default=lambda start, end: None)
    earlier: tuple[Timex, ...] = ()
    slash_order: str | None = None


Resolver = Callable[[re.Match[str], Context], Timex | None]


@dataclass(frozen=True)
class Rule:
    """One pattern of the grammar. ``standalone`` rules fire only on an isolated expression.

    ``cue`` is what every match of ``pattern`` holds (see ``cues``): a text without it cannot match, so
    the finder skips the rule without running it. None: the rule always runs.
    """

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    standalone: bool = False
    cue: Cue | None = None


def rule(name: str, regex: str, resolve: Resolver, *, cue: Cue | None, standalone: bool = False) -> Rule:
    """Compile ``regex`` (verbose, case-insensitive, bounded by non-word characters)."""
    bounded = rf"(?<![\w])(?:{regex})(?![\w])"
    return Rule(name, re.compile(bounded, re.I | re.X), resolve, standalone, cue)


@functools.cache
def month_cue() -> Cue:
    return cues.cue(lexicon().months)


@functools.cache
def two_months_cue() -> Cue:
    """A range across months ("September 30 - October 2") names two of them."""
    return cues.cue(lexicon().months, times=2)


@functools.cache
def weekday_cue() -> Cue:
    return cues.cue(lexicon().weekdays)


# the full stop of an abbreviation ("Sept.", "Thu."), not the one ending a sentence after "March"
ABBREVIATION_DOT = r"(?:(?<![a-z]{5})\.)?"

# --- fragments ------------------------------------------------------------------------------------

@functools.cache
def month_words(full_only: bool = False) -> str:
    lex = lexicon()
    names = [w for w, n in lex.months.items() if not full_only or len(w) > 4 or w in ("may", "june", "july")]
    return alternation(names)


@functools.cache
def weekday_words(full_only: bool = False) -> str:
    lex = lexicon()
    return alternation([w for w in lex.weekdays if not full_only or w.endswith("day")])


def month(name: str = "month", full_only: bool = False) -> str:
    """A month name or abbreviation (with an optional full stop) in group ``name``."""
    return rf"(?P<{name}>{month_words(full_only)}){ABBREVIATION_DOT}"


def weekday(name: str = "wd", full_only: bool = True) -> str:
    return rf"(?P<{name}>{weekday_words(full_only)}){ABBREVIATION_DOT}"


def day_number(name: str = "day") -> str:
    """A day of the month in digits (``7``, ``07``, ``7th``) or in words (``eighth``)."""
    return rf"(?P<{name}>[0-3]?\d(?!\d)(?:st|nd|rd|th)?|{ordinal_words_pattern()})"


# not a clock of four digits before its zone ("Nov 6, 1300 GMT", "0930 hrs"), which reads as a year otherwise
YEAR4 = rf"(?:1[0-9]|20|21)\d\d(?![\d,.]\d)(?!\s*{ZONE_ABBREVIATION}|\s*(?i:hrs|hours)\b)"
# a dash, or a word between blanks: so a month after it starts a word (see the cross-month cue)
RANGE_JOIN = r"(?:\s*(?:-|–|—)\s*|\s+(?:to|and|until|till|through|thru)\s+)"
PARTS = r"(?P<part>morning|afternoon|evening|night)"
# "overnight" before a day: "overnight on March 12", "overnight Sunday", "overnight into Sunday" (see ``at_night``)
OVERNIGHT = r"(?P<overnight>overnight\s+(?:(?P<into>into|to)\s+|(?:on|of|from)\s+)?)"


def year(name: str = "year") -> str:
    return rf"(?P<{name}>{YEAR4})"


@functools.cache
def year_words() -> str:
    """A year said in words: ``nineteen ninety-six``, ``two thousand (and) three``."""
    lex = lexicon()
    teens = alternation([w for w, n in lex.cardinals.items() if 10 <= n <= 20 and " " not in w])
    unit = alternation([w for w, n in lex.cardinals.items() if 1 <= n <= 9 and " " not in w and w not in ("a", "an")])
    tens = alternation([w for w, n in lex.cardinals.items() if n >= 10 and " " not in w])
    two_digit = rf"(?:{tens}(?:[\s-]+{unit})?|oh[\s-]+{unit})"
    return rf"(?:{teens}[\s-]+{two_digit}|two\s+thousand(?:\s+and)?(?:[\s-]+{two_digit})?)"


@functools.cache
def count(name: str = "n") -> str:
    """How many of a unit: ``10``, ``ten``, ``a``, ``a couple of``, ``several`` (in group ``name``)."""
    return rf"(?P<{name}>\d{{1,3}}|{number_words_pattern()}|an?|a\s+couple\s+of|a\s+few|several)"


# counts too vague to give a point in time: "several years ago" is some time in the past, not one year
VAGUE_COUNT = re.compile(r"a\s+few|several", re.I)


def count_value(token: str) -> int | None:
    """``10``, ``ten``, ``a couple of`` -> the number (``a few``/``several`` -> 3, as the lexicon says)."""
    token = token.lower().strip()
    if token.isdigit():
        return int(token)
    return lexicon().cardinals.get(re.sub(r"\s+", " ", token)) or words_to_int(token)


@functools.cache
def year_cue() -> Cue:
    """Four digits, or the word after the first of a year said in words (a tens or teens word, "oh",
    "thousand"): it always starts a word, while the first may follow "fiscal" or "FY" directly."""
    lex = lexicon()
    return cues.cue([*(w for w, n in lex.cardinals.items() if n >= 10 and " " not in w), "oh", "thousand"],
                    r"\d{4}")


# --- helpers used by the resolvers ----------------------------------------------------------------

def year_of(m: re.Match[str], ctx: Context) -> int | None:
    """The year the match writes, in digits, words or as '98; None when it has none."""
    groups = m.groupdict()
    text = next((groups[g] for g in ("year", "year2", "year3", "short") if groups.get(g)), None)
    if not text:
        return None
    text = text.strip()
    if text.isdigit() and len(text) > 2:
        return int(text)
    if text.isdigit() or text.startswith("'"):  # ('98, or the 98 of "24, Dec.98")
        return two_digit_year(text.lstrip("'"), ctx.anchor)
    return year_words_to_int(text)


def token_ok(token: str | None, ctx: Context) -> bool:
    """False for an ambiguous word ("may", "sun") written in lower case in running text."""
    if token is None or not ctx.running:
        return True
    word = token.rstrip(".").lower()
    return word not in lexicon().ambiguous or token[0].isupper()


def month_number(token: str) -> int:
    return lexicon().months[token.rstrip(".").lower()]


def weekday_number(token: str) -> int:
    return lexicon().weekdays[token.rstrip(".").lower()]


def day_value(token: str) -> int | None:
    """``7``, ``7th``, ``seventh`` -> 7."""
    digits = re.match(r"\d+", token)
    value = int(digits.group()) if digits else words_to_int(token)
    return value if value is not None and 1 <= value <= 31 else None


def part_code(word: str | None) -> str | None:
    return lexicon().parts_of_day.get(word.lower()) if word else None


def at_night(m: re.Match[str], day: dt.date, part: str | None, why: str) -> tuple[dt.date, str | None, str]:
    """A day said with "overnight" (see ``OVERNIGHT``) is a night, dated by the evening it begins on, as "last night"
    is: ``(day, part, why)`` moved to that evening, with the part "NI". The day named wins over the shift of a bare
    "overnight": "overnight on March 12" and "Sunday overnight" are those days' nights, while "overnight into
    Sunday" names the morning after the night (the evening before). Unchanged without "overnight"."""
    groups = m.groupdict()
    if not (groups.get("overnight") or groups.get("overnight2")):
        return day, part, why
    if groups.get("into"):
        day = day - dt.timedelta(days=1)
        return day, "NI", f"{why}; the night into it, from the evening of {day.isoformat()}"
    return day, "NI", f"{why}; its night"


def two_digit_year(text: str, anchor: dt.date) -> int:
    """``'98`` or ``98``: the year of that century nearest the anchor (not more than 20 years ahead)."""
    value = int(text)
    century = anchor.year // 100 * 100
    full = century + value
    return full - 100 if full > anchor.year + 20 else full
