"""Find the entry that already holds an update, by provenance: its source, its lines and its words.

Lines alone are not enough: when a saved page is edited or saved again, its paragraphs shift, and the
lines of one update become the lines of another. So a reference is taken to be an update's only when
the reference's quote is alike the update's opening words (see :func:`alike`); with the same lines a
looser likeness is enough (a person may have shortened the quote). References that no update claimed
this way are then offered to the remaining updates of their source, the most alike first.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from chronik.model import Update
from chronik.store.ledger import RefKey
from chronik.store.proposal import quote_of, update_key, update_lines

SAME_LINES_ALIKE = 0.6
MOVED_ALIKE = 0.8
LINES_OVERLAP = 0.5


@dataclass(frozen=True)
class Ref:
    """A source reference of an entry (in a file, or remembered by the ledger)."""

    entry_id: str
    key: RefKey
    quote: str


def alike(old: str, new: str) -> float:
    """How much of the shorter text the longer one contains, in order (1.0: one is a part of the other)."""
    if not old or not new:
        return 0.0
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    shorter = min(len(old), len(new))
    if matcher.quick_ratio() * (len(old) + len(new)) / 2 < SAME_LINES_ALIKE * shorter:
        return 0.0
    return sum(block.size for block in matcher.get_matching_blocks()) / shorter


def _claims(ref: Ref, quote: str, threshold: float) -> bool:
    return not ref.quote or alike(ref.quote, quote) >= threshold


def locate(updates: list[Update], refs: list[Ref], parsed: set[str]) -> dict[int, Ref]:
    """Update index → the reference that holds it. ``refs`` come in order of priority (files, then ledger);
    only references of ``parsed`` sources may move to other lines."""
    quotes = [quote_of(u.text) for u in updates]
    by_key: dict[RefKey, list[Ref]] = {}
    for ref in refs:
        by_key.setdefault(ref.key, []).append(ref)
    found: dict[int, Ref] = {}
    claimed: set[Ref] = set()
    for i, u in enumerate(updates):
        same = [r for r in by_key.get(update_key(u), []) if _claims(r, quotes[i], SAME_LINES_ALIKE)]
        if same:
            found[i] = same[0]
            claimed.update(same)
    left = [r for r in refs if r not in claimed and r.key[0] in parsed]
    pairs = []
    for i, u in enumerate(updates):
        if i in found:
            continue
        lines = set(update_lines(u))
        for n, ref in enumerate(left):
            if ref.key[0] != u.source:
                continue
            if ref.quote:
                score = alike(ref.quote, quotes[i])
                ok = score >= MOVED_ALIKE
            else:
                score = len(lines & set(ref.key[1])) / max(1, min(len(lines), len(ref.key[1])))
                ok = score >= LINES_OVERLAP
            if ok:
                pairs.append((-score, i, n))
    taken: set[RefKey] = set()
    for _, i, n in sorted(pairs):
        ref = left[n]
        if i in found or ref.key in taken:
            continue
        taken.add(ref.key)
        found[i] = ref
    return found
