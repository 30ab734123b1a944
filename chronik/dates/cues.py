"""Cues: what every match of a grammar rule holds, so the finder can skip a rule whose cue is not in a text.

Running the ~20 rules of the grammar over every paragraph is the cost of ``find_dates``; most rules
cannot match most paragraphs (no month name, no "ago", no four digits). A cue is cheap to look for:
a few word beginnings ("sep" for every way of writing September) and, for rules over digits, a small
regex. The word cues of all rules are looked up at once, in one pass of one pattern over the text.

Cues read the text ``fold``-ed (lower case) and run without ``re.I``: several times faster than the
case-insensitive rules, and they find whatever those could match.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from chronik.dates.lexicon import alternation

# The letters other than their own upper case that a case-insensitive pattern takes for ASCII ones
# (found by trying every code point against [a-z] with re.I); lower() leaves these two alone.
_FOLD = str.maketrans({"ı": "i", "ſ": "s"})
_WORD = re.compile(r"[a-z0-9]+")
_MEMO_LIMIT = 100_000  # words whose cue beginnings are remembered, before the memo starts over


def fold(text: str) -> str:
    """``text`` as the cues read it: lower case, with the two letters that ``re.I`` takes for i and s."""
    lowered = text.lower()
    return lowered if text.isascii() else lowered.translate(_FOLD)


@dataclass(frozen=True)
class Cue:
    """Every match of a rule holds, in its folded text, ``times`` words beginning with one of ``words`` (at the
    start of a word, where the grammar puts them), or a match of ``pattern``."""

    words: frozenset[str] = frozenset()
    pattern: re.Pattern[str] | None = None
    times: int = 1

    def found_in(self, text: str) -> bool:
        """The cue looked for on its own (the finder looks for all of them at once with a ``CueSet``)."""
        return CueSet((self,)).index(text).has(self)


def cue(words: Iterable[str] = (), pattern: str | None = None, *, times: int = 1) -> Cue:
    """A cue of ``words`` (lower-case letters and digits; only the shortest that the others begin with
    are kept: "sep" covers "sept" and "september"; a word begins with one of them at most), needed
    ``times`` times, and/or a ``pattern`` (a regex over folded text)."""
    kept: list[str] = []
    for word in sorted({w.lower() for w in words}, key=lambda w: (len(w), w)):
        if not _WORD.fullmatch(word):
            raise ValueError(f"a cue word is letters and digits: {word!r}")
        if not any(word.startswith(k) for k in kept):
            kept.append(word)
    return Cue(frozenset(kept), _compile(pattern) if pattern else None, times)


@functools.cache
def _compile(pattern: str) -> re.Pattern[str]:
    """One compiled pattern per cue pattern, so a text is searched once for all the rules that share it."""
    return re.compile(pattern)


@dataclass
class CueIndex:
    """The cues of one text: how many words begin with each cue word, and the cue patterns searched so far."""

    folded: str
    words: Counter[str]
    searched: dict[re.Pattern[str], bool] = field(default_factory=dict)

    def has(self, cue: Cue) -> bool:
        if cue.times == 1 and not cue.words.isdisjoint(self.words):
            return True
        if cue.times > 1 and sum(self.words[w] for w in cue.words) >= cue.times:
            return True
        if cue.pattern is None:
            return False
        if cue.pattern not in self.searched:
            self.searched[cue.pattern] = cue.pattern.search(self.folded) is not None
        return self.searched[cue.pattern]


class CueSet:
    """The cues of a grammar, with one pattern that finds every word beginning with any of their words
    (the whole word, so "month" is seen as beginning with both "mon" and "month")."""

    def __init__(self, cues: Iterable[Cue]) -> None:
        self.words = frozenset(w for c in cues for w in c.words)
        self._finder = re.compile(r"\b" + alternation(self.words) + r"[a-z0-9]*") if self.words else None
        self._lengths = sorted({len(w) for w in self.words})
        self._beginnings: dict[str, frozenset[str]] = {}

    def index(self, text: str) -> CueIndex:
        folded = fold(text)
        found: Counter[str] = Counter()
        if self._finder is not None:
            for word, times in Counter(self._finder.findall(folded)).items():
                for beginning in self._begins_with(word):
                    found[beginning] += times
        return CueIndex(folded, found)

    def _begins_with(self, word: str) -> frozenset[str]:
        known = self._beginnings.get(word)
        if known is None:
            if len(self._beginnings) >= _MEMO_LIMIT:
                self._beginnings.clear()
            known = self._beginnings[word] = frozenset(word[:n] for n in self._lengths if word[:n] in self.words)
        return known
