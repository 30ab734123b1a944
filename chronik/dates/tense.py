"""A rough tense of the clause around a date expression, enough to choose between last Monday and next.

The marker nearest to the expression in its clause decides: a future one ("will", "would", "is
scheduled to", "plans to") makes it ``future``; a past one ("said", "was", "-ed" verbs) ``past``; with
none, None, and the resolver keeps its news default (the recent past). Nearest, because in "Paribas
said Monday that it intends to bid" the Monday goes with "said", not with "intends to". A trailing attribution
(", the navy warned", ", said officials") tells when it was said, not the tense of the clause: its marker counts
only when the clause has none of its own ("will launch more drones overnight, the navy warned" is future).
"""

from __future__ import annotations

import re

from chronik.dates.cues import fold

FUTURE_MARKERS = re.compile(
    r"\b(?:will|won['’]t|would|shall|['’]ll|going\s+to|(?:is|are|am|was|were)\s+to|"
    r"(?:due|set|scheduled|expected|planned|planning|slated|intends?|intended|hopes?|hoped|ready|prepared|poised)\s+to|"
    # a term that runs from a coming day ("a ceasefire starting at 6 a.m. on Sunday", "a pause beginning on Saturday")
    r"starting|beginning|"
    # "Russia plans to", not the noun of "a plan to integrate the RSF" or "their plans to"
    r"(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bno\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)"
    r"plans?\s+to|"
    r"(?:set|slated|due)\s+for|(?:is|are)\s+planned\s+for|"
    r"scheduled|upcoming|next|tomorrow|as\s+soon\s+as|no\s+later\s+than|postponed)\b",
    re.I,
)
PAST_MARKERS = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|yesterday|(?!(?:need|seed|feed|speed|indeed|breed|red|bed|shed)\b)"
    r"[a-z]{2,}ed)\b",
    re.I,
)
# ", the navy warned", ", officials in Kyiv said", ", said the governor": the clause's source, closing it
_ATTRIBUTION = re.compile(
    r",\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|warned|told|reported|added|announced|claimed|stated|noted|wrote|"
    r"confirmed|insisted|cautioned|according)\b",
    re.I,
)
# (a full stop before a lower-case word, a digit or a bracket ends no sentence: "at 6 a.m. (0400 GMT) on Sunday")
CLAUSE_END = re.compile(r"\.(?!\s*[a-z0-9(])|[;!?\n]|,\s+(?:and|but|while)\s|\s(?:but|while|whereas)\s")


def clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The parts of the clause before and after ``text[start:end]``, cut at clause breaks."""
    left = text[max(0, start - 120):start]
    right = text[end:end + 120]
    cuts = list(CLAUSE_END.finditer(left))
    if cuts:
        left = left[cuts[-1].end():]
    cut = CLAUSE_END.search(right)
    if cut:
        right = right[:cut.start()]
    return left, right


def tense_at(text: str, start: int, end: int) -> str | None:
    """``future``, ``past`` or None for the expression at ``text[start:end]``."""
    left, right = clause(text, start, end)
    said = _ATTRIBUTION.search(right) if "," in right else None
    if said is None:
        return _tense(left, right)
    return _tense(left, right[:said.start()]) or _tense("", right[said.start():])


def _tense(left: str, right: str) -> str | None:
    folded_left, folded_right = fold(left), fold(right)
    if len(folded_left) == len(left) and len(folded_right) == len(right):
        return _nearest(folded_left, folded_right, _FOLDED)
    return _nearest(left, right, _MARKERS)  # lower case changed a length ("İ"), and with it the distances


_MARKERS = (("future", FUTURE_MARKERS), ("past", PAST_MARKERS))
# the same without re.I, for text in lower case (several times faster)
_FOLDED = tuple((tense, re.compile(markers.pattern)) for tense, markers in _MARKERS)


def _nearest(left: str, right: str, markers: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    """The tense of the marker nearest to the expression: the last one on its left, the first on its right
    (a future one when two are as near)."""
    best: tuple[int, str] | None = None
    for tense, pattern in markers:
        ends = [m.end() for m in pattern.finditer(left)]
        first = pattern.search(right)
        for distance in (len(left) - ends[-1] if ends else None, first.start() if first else None):
            if distance is not None and (best is None or (distance, tense) < best):
                best = (distance, tense)
    return best[1] if best else None
