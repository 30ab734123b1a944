"""Find many phrases in a text in one pass: a dictionary of phrases by their first word, longest first.

Thousands of names (the gazetteer, a sides file, the verb lists) are looked for in every sentence. A
text is cut once into tokens (a run of word characters, or any other single character that is not
space), and a phrase can only start at a token that is the first token of some phrase: one set
intersection tells whether a text holds any such token at all, which is the common case of "no". Only
at those tokens are the phrases starting there compared, longest first. Nothing is compiled per
phrase list, so building a matcher of thousands of names costs a few milliseconds, where one
regular expression of them all (a trie of alternatives) took a quarter of a second to compile at
every start of chronik.

Matching is what ``(?<!\\w)phrase(?!\\w)`` would find, phrase by phrase, with any run of whitespace
in the text for each space in the phrase: whole words, exact case (or without regard to case), and
at each position the longest phrase that ends on a word boundary.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

_TOKEN = re.compile(r"\w+|\S")
_WORD_CHAR = re.compile(r"\w")


def squash(text: str) -> str:
    """One space for every run of whitespace (how phrases are keyed)."""
    return " ".join(text.split())


def case_variants(phrase: str) -> set[str]:
    """The phrase as written, in capitals, and capitalised when it starts in lower case."""
    out = {phrase, phrase.upper()}
    if phrase[:1].islower():
        out.add(phrase[0].upper() + phrase[1:])
    return out


class _Text:
    """A text cut into tokens. Which tokens it holds is known at once; where each one is, on demand."""

    def __init__(self, text: str):
        self.text = text
        self.words: list[str] = _TOKEN.findall(text)
        self.holds = frozenset(self.words)

    @functools.cached_property
    def lowered(self) -> list[str]:
        return [w.lower() for w in self.words]

    @functools.cached_property
    def holds_lowered(self) -> frozenset[str]:
        return frozenset(self.lowered)

    @functools.cached_property
    def spans(self) -> tuple[list[int], list[int], list[bool]]:
        """Where each token starts and ends, and whether space comes before it."""
        starts, ends, spaced = [], [], []
        last = -1
        for m in _TOKEN.finditer(self.text):
            s = m.start()
            starts.append(s)
            ends.append(m.end())
            spaced.append(0 <= last < s)
            last = m.end()
        return starts, ends, spaced


_text = functools.lru_cache(maxsize=4096)(_Text)  # the same sentence is searched by many matchers


@dataclass(frozen=True)
class _Phrase:
    """A phrase as tokens: the tokens after its first, whether space comes before each, and its key."""

    rest: tuple[str, ...]
    spaced: tuple[bool, ...]
    key: str


def _phrase(key: str) -> tuple[str, _Phrase]:
    """``key`` (already squashed: one space between its words) as its first token and the rest of it."""
    words: list[str] = []
    spaced: list[bool] = []
    for n, chunk in enumerate(key.split(" ")):
        toks = _TOKEN.findall(chunk)
        words += toks
        spaced += [n > 0] + [False] * (len(toks) - 1)
    return words[0], _Phrase(tuple(words[1:]), tuple(spaced[1:]), key)


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
        by_first: dict[str, list[_Phrase]] = {}
        for key in self._values:
            first, cut = _phrase(key)
            by_first.setdefault(first, []).append(cut)
        self._by_first = {first: sorted(found, key=lambda p: -len(p.rest)) for first, found in by_first.items()}
        self._firsts = frozenset(self._by_first)

    def __bool__(self) -> bool:
        return bool(self._values)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match[T]]:
        """Non-overlapping matches, left to right, the longest phrase at each position.

        As in ``re.Pattern.finditer(text, start, end)``, the text is taken to stop at ``end``, while the
        character before ``start`` still tells whether a phrase starts a word there.
        """
        if end is not None and end < len(text):
            text = text[:end]
        cut = _text(text)
        if self._case_sensitive:
            words, firsts = cut.words, self._firsts.intersection(cut.holds)
        else:
            words, firsts = cut.lowered, self._firsts.intersection(cut.holds_lowered)
        if not firsts:
            return
        starts, ends, spaced = cut.spans
        free = 0  # the first token a new match may start at (matches do not overlap)
        for i, word in enumerate(words):
            if i < free or word not in firsts or starts[i] < start:
                continue
            s = starts[i]
            if s > 0 and _WORD_CHAR.match(text, s - 1):
                continue
            for phrase in self._by_first[word]:
                last = i + len(phrase.rest)
                if last >= len(words) or tuple(words[i + 1:last + 1]) != phrase.rest \
                        or tuple(spaced[i + 1:last + 1]) != phrase.spaced:
                    continue
                e = ends[last]
                if e < len(text) and _WORD_CHAR.match(text, e):
                    continue
                yield Match(s, e, text[s:e], self._values[phrase.key])
                free = last + 1
                break

    def find_all(self, text: str, start: int = 0, end: int | None = None) -> list[Match[T]]:
        return list(self.finditer(text, start, end))

    def search(self, text: str, start: int = 0, end: int | None = None) -> Match[T] | None:
        return next(self.finditer(text, start, end), None)


def phrase_set(phrases: Iterable[str], case_sensitive: bool = True) -> PhraseMatcher[str]:
    """A matcher whose value is the phrase itself (as listed)."""
    return PhraseMatcher({p: [p] for p in phrases}, case_sensitive)
