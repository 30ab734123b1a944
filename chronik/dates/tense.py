"""A rough tense of the clause around a date expression, enough to choose between last Monday and next.

Only clear signals count: a future marker ("will", "is scheduled to", "plans to") near the expression
makes it ``future``; a past one ("said", "was", "-ed" verbs) makes it ``past``; otherwise None, and the
resolver keeps its news default (the recent past).
"""

from __future__ import annotations

import re

FUTURE_MARKERS = re.compile(
    r"\b(?:will|won['’]t|shall|['’]ll|going\s+to|(?:is|are|am)\s+(?:due|set|scheduled|expected|planned|slated)\s+to|"
    r"(?:is|are)\s+to|plans?\s+to|planning\s+to|intends?\s+to|scheduled|upcoming|next|tomorrow)\b",
    re.I,
)
PAST_MARKERS = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|yesterday|(?!(?:need|seed|feed|speed|indeed|breed|red|bed|shed)\b)"
    r"[a-z]{2,}ed)\b",
    re.I,
)
CLAUSE_END = re.compile(r"[.;!?\n]|,\s+(?:and|but|while)\s|\s(?:but|while|whereas)\s")


def clause(text: str, start: int, end: int) -> str:
    """The part of the sentence around ``text[start:end]``, cut at clause breaks, without the span."""
    left = text[max(0, start - 120):start]
    right = text[end:end + 120]
    cuts = list(CLAUSE_END.finditer(left))
    if cuts:
        left = left[cuts[-1].end():]
    cut = CLAUSE_END.search(right)
    if cut:
        right = right[:cut.start()]
    return f"{left} {right}"


def tense_at(text: str, start: int, end: int) -> str | None:
    """``future``, ``past`` or None for the expression at ``text[start:end]``."""
    around = clause(text, start, end)
    if FUTURE_MARKERS.search(around):
        return "future"
    if PAST_MARKERS.search(around):
        return "past"
    return None
