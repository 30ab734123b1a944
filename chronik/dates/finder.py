"""Find and resolve every date expression in a text, or resolve one isolated expression.

Every rule of the grammar whose cue is in the text (see ``cues``) is run over it; each match is resolved
(a rule may still refuse it, e.g. a lower-case "may"); then the longest resolved matches win and overlapping
shorter ones are dropped. A clock time next to a day is folded into it ("10 p.m. Wednesday"); a clock time
alone is never a date in running text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from chronik.config import Epoch
from chronik.dates import anaphoric_rules, calendar_rules, isolated_rules, relative_rules
from chronik.dates.clock import with_clock
from chronik.dates.cues import Cue, CueSet
from chronik.dates.lexicon import lexicon, longest_first
from chronik.dates.rules import SENTENCE_END, Context, Rule
from chronik.dates.tense import tense_at
from chronik.dates.timex import DAY_COUNTER, EXPLICIT, Mention, Timex

RULES: tuple[Rule, ...] = (*calendar_rules.RULES, *relative_rules.RULES, *isolated_rules.RULES)


@dataclass(frozen=True)
class Plan:
    """The rules run in one mode (running text, or an expression on its own), in the grammar's order, each
    with the index of its cue among the mode's distinct cues (-1: no cue), and those cues' finder."""

    rules: tuple[tuple[int, Rule, int], ...]
    cues: tuple[Cue, ...]
    cue_set: CueSet


def plan(running: bool, rules: Sequence[Rule] = RULES) -> Plan:
    """What runs on running text (``running``) or on an expression on its own, of the grammar ``rules``."""
    chosen = [(order, rule) for order, rule in enumerate(rules) if not (running and rule.standalone)]
    cues = tuple(dict.fromkeys(rule.cue for _, rule in chosen if rule.cue is not None))
    where = {cue: k for k, cue in enumerate(cues)}
    return Plan(tuple((order, rule, -1 if rule.cue is None else where[rule.cue]) for order, rule in chosen),
                cues, CueSet(cues))


PLANS = {True: plan(True), False: plan(False)}


def _candidates(text: str, ctx: Context, chosen: Plan) -> list[tuple[int, int, int, Timex]]:
    """Every resolved match of every rule whose cue is in the text (see ``Rule.cue``)."""
    found = []
    index = chosen.cue_set.index(text)
    present = [index.has(cue) for cue in chosen.cues]
    for order, rule, cue in chosen.rules:
        if cue >= 0 and not present[cue]:
            continue
        for m in rule.pattern.finditer(text):
            if m.end() == m.start():
                continue
            timex = rule.resolve(m, ctx)
            if timex is not None:
                found.append((m.start(), m.end(), order, timex))
    return found


def _select(found: list[tuple[int, int, int, Timex]]) -> list[tuple[int, int, Timex]]:
    """Longest first (then earlier rule); keep those that overlap nothing kept already."""
    kept: list[tuple[int, int, Timex]] = []
    for start, end, _, timex in sorted(found, key=lambda f: (f[0] - f[1], f[2], f[0])):
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, timex))
    return sorted(kept, key=lambda k: k[0])


def mentions(text: str, ctx: Context, chosen: Plan | None = None) -> list[Mention]:
    """The date expressions of ``text`` the rules of ``chosen`` (by default the grammar's, for the mode of
    ``ctx``) find and resolve, the longest kept where they overlap."""
    out = []
    for start, end, timex in _select(_candidates(text, ctx, chosen or PLANS[ctx.running])):
        if ctx.running and timex.kind == EXPLICIT and timex.start is not None and timex.start == timex.end \
                and _named_for_day().match(text, end):
            continue  # "21 October Road": a street's name (a year is not: "the 1989 Revolution")
        start, end, timex = with_clock(timex, text, start, end)
        out.append(Mention(start, end, text[start:end], timex))
    return _dated_counters(text, out) if ctx.running else out


@functools.cache
def _named_for_day() -> re.Pattern[str]:
    """What a day names when written right after it with a capital ("21 October Road", "the 14 March Alliance")."""
    words = "|".join(w.capitalize() for w in longest_first(lexicon().named_for_days))
    return re.compile(rf"\s+(?:{words})\b")




def _dated_counters(text: str, found: list[Mention]) -> list[Mention]:
    """Drop a day counter whose sentence names a calendar day it is not ("The blockade entered its 45th day on 19
    November", day 45 of the war being another): the sentence says which day it means, and its counter counts
    something else than the configured war, or from another start."""
    ends = [m.end() for m in SENTENCE_END.finditer(text)]

    def sentence(m: Mention) -> int:
        return sum(1 for e in ends if e <= m.start)

    days = [(sentence(m), m.timex.start) for m in found
            if m.timex.kind == EXPLICIT and m.timex.start is not None and m.timex.start == m.timex.end]
    return [m for m in found if not (m.timex.kind == DAY_COUNTER and any(
        s == sentence(m) and day != m.timex.start for s, day in days))]


def find_dates(text: str, anchor: dt.date, epochs: Sequence[Epoch] = (), *,
               slash_order: str | None = None) -> list[Mention]:
    """Every date expression in running ``text``, resolved against ``anchor`` (the page's date); ``slash_order``:
    how the page writes its slashed dates (see ``slashes``)."""
    ctx = Context(anchor, tuple(epochs), running=True, tense_of=functools.partial(tense_at, text),
                  slash_order=slash_order)
    return mentions(text, ctx)


# the anaphors of a day that may carry an item's date over from the item before it ("Later that day", "The next
# day", "Two days later", "that evening", "the following Monday", "In the days that followed"): not "then" or a bare
# day number, which need the sentence's own date, nor "the day" or "the morning" without "that" or "same", which are
# as often no anaphor; "at the time" a statement was made ("The army said at the time that ...") is the day of the
# item before too, and so is "Hours earlier" or "A few hours later" opening an item
ANAPHORS = plan(False, [*(r for r in anaphoric_rules.RULES
                          if r.name in ("anaphor-same", "anaphor-next", "anaphor-shift", "anaphor-weekday",
                                        "anaphor-days-after")),
                        anaphoric_rules.AT_THE_TIME, anaphoric_rules.HOURS_APART])
_POINTING = re.compile(r"\b(?:that|same|next|following|previous|preceding|prior|later|earlier|after|before|followed"
                       r"|ensuing|ensued|subsequent)\b"
                       r"|\bat\s+the\s+time\b", re.I)


def find_anaphors(text: str, anchor: dt.date, reference: Timex, epochs: Sequence[Epoch] = ()) -> list[Mention]:
    """The anaphors of a day in running ``text`` ("Later that day", "The following day", "that evening"), resolved
    against ``reference``: the day the discourse was at before the text (a timeline's or a digest's item before)."""
    ctx = Context(anchor, tuple(epochs), running=True, tense_of=functools.partial(tense_at, text),
                  earlier=(reference,))
    return [m for m in mentions(text, ctx, ANAPHORS) if _POINTING.search(m.text)]


def resolve(expr: str, anchor: dt.date, epochs: Sequence[Epoch] = (), *, tense: str | None = None,
            slash_order: str | None = None) -> Timex | None:
    """Resolve one isolated expression ("Saturday evening", "Sept. 27", "day 11") against ``anchor``.

    ``tense`` (``past``/``future``), when known, decides between last and next readings.
    """
    text = re.sub(r"\s+", " ", expr).strip()
    if not text:
        return None
    ctx = Context(anchor, tuple(epochs), running=False, tense_of=lambda start, end: tense, slash_order=slash_order)
    return best_timex(text, ctx)


def best_timex(text: str, ctx: Context) -> Timex | None:
    """What an isolated expression ``text`` says: of its mentions, the longest that has a date (else the longest)."""
    found = mentions(text, ctx)
    if not found:
        return None
    return max(found, key=lambda m: (m.timex.start is not None, m.end - m.start)).timex
