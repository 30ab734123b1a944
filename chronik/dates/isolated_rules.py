"""Rules for an expression resolved on its own (``resolve``), never looked for in running text: durations
(``five years`` -> ``P5Y``), sets (``daily`` -> ``P1D``), and a part of the day alone, read as the anchor's
(a caption "Evening"; ``the day`` alone is in ``anaphoric_rules``).

In running text they would date nothing (a duration or a set has no calendar day) or date it wrongly
("in the evening" of some other day), so ``find_dates`` never reports them.
"""

from __future__ import annotations

import re

from chronik.dates.cues import cue
from chronik.dates.lexicon import alternation, lexicon
from chronik.dates.rules import VAGUE_COUNT, Context, Rule, count, count_value, part_code, rule
from chronik.dates.timex import RELATIVE, Timex, day_timex, describe, reference_timex

# TIMEX3 duration units, and how many of them one of ours holds
UNITS = {"day": ("D", 1), "week": ("W", 1), "month": ("M", 1), "year": ("Y", 1), "decade": ("Y", 10),
         "century": ("Y", 100), "centurie": ("Y", 100)}


def _duration(m: re.Match[str], ctx: Context) -> Timex | None:
    """``five years`` -> ``P5Y``, ``the past two decades`` -> ``P20Y``, ``several weeks`` -> ``PXW``."""
    letter, size = UNITS[m.group("unit").lower().rstrip("s")]
    if VAGUE_COUNT.fullmatch(m.group("n")):
        value = f"PX{letter}"
    else:
        number = count_value(m.group("n"))
        if not number:
            return None
        value = f"P{number * size}{letter}"
    return reference_timex(value, f"'{m.group(0).strip()}' is a duration: {value}")


def _set(m: re.Match[str], ctx: Context) -> Timex | None:
    value = lexicon().sets[re.sub(r"\s+", " ", m.group(0).lower())]
    return reference_timex(value, f"'{m.group(0)}' recurs: {value}")


def _part_of_day(m: re.Match[str], ctx: Context) -> Timex | None:
    part = part_code(m.group("part"))
    return day_timex(ctx.anchor, RELATIVE, f"'{m.group(0).strip()}' alone: that part of the anchor "
                                           f"{describe(ctx.anchor)}", part=part)


def _rules() -> list[Rule]:
    lex = lexicon()
    units = "days?|weeks?|months?|years?|decades?|century|centuries"
    return [
        rule("duration", rf"""(?:the\s+)?(?:(?:past|last|next|coming|first|following|previous|over)\s+)?{count()}
             [\s-]+(?P<unit>{units})""", _duration, cue=cue(["day", "week", "month", "year", "decade", "centur"]),
             standalone=True),
        rule("set", alternation(lex.sets), _set, cue=cue(p.split()[-1] for p in lex.sets), standalone=True),
        rule("part-of-day", rf"""(?:(?:early|late|mid)[\s-]+|the\s+)?(?P<part>{alternation(lex.parts_of_day)})""",
             _part_of_day, cue=cue(lex.parts_of_day), standalone=True),
    ]


RULES: list[Rule] = _rules()
