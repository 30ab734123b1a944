"""News media named in a claimant phrase ("Myanmar Now", "the Kyiv Independent", "state-run Sudan TV").

An outlet is a run of capitalised words that claims.yaml marks as a medium: a listed name, an opening
word ("Radio Dabanga", "Times of Israel"), a closing word ("Sudan Tribune", "Ukrainska Pravda"), or a
medium noun before it ("the newspaper Al-Sudani"). Finding the run keeps a polity inside an outlet's
name ("Myanmar" in "Myanmar Now") from being read as the state speaking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.extract.lexicon import ClaimLexicon

_WORD = re.compile(r"\w[\w'’.\-]*")
_CONNECTIVES = {"of", "the", "and", "for", "de", "al"}
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Outlet:
    """An outlet's name where it occurs; ``state``: introduced as a state's ("state-run Sudan TV")."""

    start: int
    end: int
    name: str
    state: bool


def find_outlets(text: str, lex: ClaimLexicon) -> list[Outlet]:
    """Every outlet named in ``text``, left to right."""
    listed = {m.start: m.end for m in lex.outlet_names.finditer(text)}
    introduced = {m.end for m in lex.outlet_nouns.finditer(text)}
    out = []
    for run in _runs(text, lex):
        start, end = run[0][0], run[-1][1]
        words = [w for _, _, w in run]
        if words[0] == "The" and len(words) > 1:
            words, start = words[1:], run[1][0]
        gap = text[:start].rstrip()
        named = listed.get(start) is not None or listed.get(run[0][0]) is not None
        closing = any(len(words) > k and tuple(words[-k:]) in lex.outlet_closers for k in (1, 2))
        opening = len(words) > 1 and words[0] in lex.outlet_openers
        if not (named or closing or opening or len(gap) in introduced):
            continue
        before = _word_before(text, run[0][0], lex)
        out.append(Outlet(start, end, text[start:end], before in lex.state_outlet))
    return out


def _runs(text: str, lex: ClaimLexicon) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words (with connectives inside: "Times of Israel"; a number after an opening
    word: "Channel 12"), split at punctuation and possessives ("Hamas's Al-Aqsa TV")."""
    runs: list[list[tuple[int, int, str]]] = [[]]
    last_end = 0
    for m in _WORD.finditer(text):
        word = m.group().rstrip(".")
        end = m.start() + len(word)
        owner = _POSSESSIVE.search(word) is not None
        if owner:
            word, end = word[:-2], end - 2
        joined = bool(runs[-1]) and not text[last_end:m.start()].strip()
        if not joined and runs[-1]:
            runs.append([])
        capital = word[:1].isupper() and word.lower() not in lex.state_outlet
        number = word.isdigit() and bool(runs[-1]) and runs[-1][-1][2] in lex.outlet_openers
        if capital or number or (runs[-1] and word in _CONNECTIVES):
            runs[-1].append((m.start(), end, word))
        elif runs[-1]:
            runs.append([])
        if owner and runs[-1]:
            runs.append([])
        last_end = m.end()
    for run in runs:
        while run and run[-1][2] in _CONNECTIVES:
            run.pop()
    return [r for r in runs if r]


def _word_before(text: str, pos: int, lex: ClaimLexicon) -> str:
    """The word before ``pos``, skipping one medium noun ("the state news agency SUNA" → "state")."""
    head = text[:pos].rstrip()
    nouns = [m for m in lex.outlet_nouns.finditer(head) if m.end == len(head)]
    if nouns:
        head = head[:nouns[-1].start].rstrip()
    words = head.split()
    return words[-1].lower().strip("\"'(,") if words else ""
