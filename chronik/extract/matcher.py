"""Find many phrases in a text in one pass: one trie-shaped regular expression, longest phrase first.

A plain alternation of thousands of names makes the regex engine try every name at every
position; folding the names into a trie (``Ar(?:menia(?:n)?|tsakh)``) makes each position cost
one walk down the trie, so a scan is close to linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

_END = ""
_SPACE = " "


def squash(text: str) -> str:
    """One space for every run of whitespace (how phrases are keyed)."""
    return " ".join(text.split())


def case_variants(phrase: str) -> set[str]:
    """The phrase as written, in capitals, and capitalised when it starts in lower case."""
    out = {phrase, phrase.upper()}
    if phrase[:1].islower():
        out.add(phrase[0].upper() + phrase[1:])
    return out


def trie_pattern(phrases: Iterable[str]) -> str:
    """A regular expression matching any of ``phrases`` (longest first); whitespace matches any run."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in squash(phrase):
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _emit(root)


def _emit(node: dict) -> str:
    alts = []
    for ch in sorted(k for k in node if k != _END):
        head = r"\s+" if ch == _SPACE else re.escape(ch)
        alts.append(head + _emit(node[ch]))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if _END in node else body


@dataclass(frozen=True)
class Match(Generic[T]):
    start: int
    end: int
    text: str
    values: tuple[T, ...]


class PhraseMatcher(Generic[T]):
    """Whole-word, case-aware matching of phrases, each mapped to one or more values."""

    def __init__(self, phrases: Mapping[str, Iterable[T]], case_sensitive: bool = True):
        self._values: dict[str, tuple[T, ...]] = {}
        self._case_sensitive = case_sensitive
        for phrase, values in phrases.items():
            phrase = squash(phrase)
            if not phrase:
                continue
            variants = case_variants(phrase) if case_sensitive else {phrase.lower()}
            for v in variants:
                old = self._values.get(v, ())
                self._values[v] = old + tuple(x for x in values if x not in old)
        flags = 0 if case_sensitive else re.IGNORECASE
        pattern = trie_pattern(self._values)
        self._regex = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", flags) if pattern else None

    def __bool__(self) -> bool:
        return self._regex is not None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match[T]]:
        """Non-overlapping matches, left to right, the longest phrase at each position."""
        if self._regex is None:
            return
        for m in self._regex.finditer(text, start, len(text) if end is None else end):
            key = squash(m.group())
            values = self._values.get(key if self._case_sensitive else key.lower())
            if values:
                yield Match(m.start(), m.end(), m.group(), values)

    def find_all(self, text: str, start: int = 0, end: int | None = None) -> list[Match[T]]:
        return list(self.finditer(text, start, end))

    def search(self, text: str, start: int = 0, end: int | None = None) -> Match[T] | None:
        return next(self.finditer(text, start, end), None)


def phrase_set(phrases: Iterable[str], case_sensitive: bool = True) -> PhraseMatcher[str]:
    """A matcher whose value is the phrase itself (as listed)."""
    return PhraseMatcher({p: [p] for p in phrases}, case_sensitive)
