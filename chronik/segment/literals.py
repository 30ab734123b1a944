"""Whether any of many regular expressions matches a line, asked cheaply of every line of a page.

Furniture is told by some fifty patterns, and nearly every line of a page matches none of them: the cost
is in asking. :class:`AnyPattern` asks it with few calls into the regex engine:

- patterns anchored at the start (``^...``) become one alternation tried at the start of the line only;
- every other pattern is searched only in lines holding the text all its matches hold (:func:`needs`: a
  ``\\b[A-Z]\\w+(\\s+[A-Z]\\w+){0,3}\\s*/\\s*(reuters|ap|afp)\\s*$`` needs a "/"), which ``in`` finds many
  times faster than the regex, tried at every word, could fail.

Letters under ``re.I`` are looked for in :func:`fold`-ed text: lower case, with the four letters other than
their own upper case that ``re.I`` takes for ASCII ones ("İ", "ı", "ſ", the Kelvin sign) made ASCII.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Sequence
from types import ModuleType
from typing import Any

# the standard library's own regex parser and its opcodes: private (so without type stubs: imported by name), but in
# every CPython from 3.11 on
sre: ModuleType | None
_parser: ModuleType | None
try:
    sre = importlib.import_module("re._constants")
    _parser = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - elsewhere every pattern is simply searched in every line
    sre = _parser = None

_TO_ASCII = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})
_ODD = re.compile("[İıſ\u212a]")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) if sre else ()
_REFERENCES = (sre.GROUPREF, sre.GROUPREF_EXISTS) if sre else ()
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?x)": a pattern's own flags, allowed only at its start
Tree = Any  # a SubPattern of re._parser, or a list of (opcode, argument)


def fold(text: str) -> str:
    """``text`` in lower case, with every letter that ``re.I`` takes for an ASCII one made that letter."""
    if not text.isascii() and _ODD.search(text):
        text = text.translate(_TO_ASCII)
    return text.lower()


def _runs(items: Tree, ignore_case: bool, raw: list[str], folded: list[str]) -> None:
    """Add the runs of literal characters every match of the sequence ``items`` holds, to ``raw`` (exact)
    or ``folded`` (under ``re.I``: to look for in folded text; letters other than ASCII end a run)."""
    assert sre is not None  # (only called when the parser is there)
    run: list[str] = []

    def close() -> None:
        if run:
            (folded if ignore_case else raw).append("".join(run).lower() if ignore_case else "".join(run))
            run.clear()

    for op, arg in items:
        if op == sre.LITERAL and (not ignore_case or chr(arg).isascii()):
            run.append(chr(arg))
            continue
        close()
        if op == sre.SUBPATTERN:
            _group, add, remove, sub = arg
            _runs(sub, (ignore_case or bool(add & re.I)) and not remove & re.I, raw, folded)
        elif op in _REPEATS and arg[0] >= 1:
            _runs(arg[2], ignore_case, raw, folded)
        elif op == sre.ATOMIC_GROUP:
            _runs(arg, ignore_case, raw, folded)
    close()


@functools.cache
def _tree(pattern: re.Pattern[str]) -> Tree:
    """The syntax tree of a compiled pattern (read, never changed), parsed once."""
    assert _parser is not None  # (only called when the parser is there)
    return _parser.parse(pattern.pattern, pattern.flags)


def needs(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The runs of characters in every match of ``pattern`` (blanks left out): those to find in the text as
    it is, and those to find in its :func:`fold`-ed form (none known without the regex parser)."""
    if _parser is None:
        return (), ()
    raw: list[str] = []
    folded: list[str] = []
    tree = _tree(pattern)
    _runs(tree, bool(tree.state.flags & re.I), raw, folded)
    return (tuple(dict.fromkeys(r for r in raw if not r.isspace())),
            tuple(dict.fromkeys(r for r in folded if not r.isspace())))


def _children(op: object, arg: Tree) -> Iterable[Tree]:
    """The sub-trees of one (opcode, argument) pair: an argument's shape depends on its opcode (a group's
    ``(group, add_flags, del_flags, tree)``, a repeat's ``(min, max, tree)``, a branch's ``(None, [trees])``)."""
    assert sre is not None  # (only called when the parser is there)
    if op == sre.SUBPATTERN:
        return [arg[3]]
    if op in _REPEATS:
        return [arg[2]]
    if op == sre.BRANCH:
        return arg[1]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [arg[1]]
    if op == sre.ATOMIC_GROUP:
        return [arg]
    return []


def _refers(items: Tree) -> bool:
    """Whether a pattern refers to one of its groups (``\\1``, ``(?(1)...)``), which another pattern's groups
    placed before it would renumber."""
    return any(op in _REFERENCES or any(_refers(c) for c in _children(op, arg)) for op, arg in items)


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` matches only at the start of a text: it begins with ``^`` outside any ``|``, sets no
    flag of its own inside, names no group and refers to none, so it can join others in one alternation."""
    if sre is None or _parser is None:
        return False
    tree = _tree(pattern)
    own_flags = _GLOBAL_FLAGS.match(pattern.pattern) is not None
    return (len(tree) > 0 and tree[0] == (sre.AT, sre.AT_BEGINNING) and not own_flags
            and not pattern.flags & re.M and not pattern.groupindex and not _refers(tree))


class AnyPattern:
    """Whether any of ``patterns`` matches a text, as ``any(p.search(text) for p in patterns)``.

    The patterns are read and joined when first asked about: a parse that asks few of them compiles few.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self._starts: tuple[re.Pattern[str], ...] | None = None
        self._guarded: tuple[tuple[str, bool, tuple[tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]], ...]],
                             ...] = ()
        self._unguarded: tuple[re.Pattern[str], ...] = ()

    @property
    def starts(self) -> tuple[re.Pattern[str], ...]:
        """The patterns anchored at the start, joined in one alternation for each set of flags."""
        if self._starts is None:
            self._starts = self._prepare()
        return self._starts

    def _prepare(self) -> tuple[re.Pattern[str], ...]:
        """Sort the patterns into the guarded and unguarded ones; return the anchored ones, joined."""
        start = [p for p in self.patterns if _anchored(p)]
        by_flags: dict[int, list[str]] = {}
        for p in start:
            by_flags.setdefault(p.flags, []).append(f"(?:{p.pattern})")
        unguarded: list[re.Pattern[str]] = []
        guarded: dict[tuple[str, bool], list[tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]]] = {}
        for p in self.patterns:
            if p in start:
                continue
            raw, low = needs(p)
            if raw:  # looked up by the first text it needs; a match needs the others too
                guarded.setdefault((raw[0], False), []).append((p, raw[1:], low))
            elif low:
                guarded.setdefault((low[0], True), []).append((p, raw, low[1:]))
            else:
                unguarded.append(p)
        self._guarded = tuple((need, low, tuple(entries)) for (need, low), entries in guarded.items())
        self._unguarded = tuple(unguarded)
        return tuple(re.compile("^(?:" + "|".join(ps) + ")", flags) for flags, ps in by_flags.items())

    def search(self, text: str, folded: str) -> bool:
        """Whether a pattern matches ``text`` (``folded``: ``fold(text)``)."""
        for start in self.starts:
            if start.match(text):
                return True
        for need, low, entries in self._guarded:
            if need in (folded if low else text):
                for pattern, raw, lows in entries:
                    if (all(r in text for r in raw) and all(r in folded for r in lows)
                            and pattern.search(text)):
                        return True
        return any(p.search(text) for p in self._unguarded)
