"""A page set all in capitals (a wire service's teletype take, a cable, a telegram): its words are given back the
case the claimant rules read names by. Lower case throughout, then a capital for a sentence's first word, for the
words the packaged lexicons only ever write capitalised ("Viet", "Cong", "U.S.", "Hanoi"), for initials and dotted
abbreviations, for a point of the compass before such a word ("SOUTH VIETNAMESE"), for the words of a name
after a rank or title ("GEN. WILLIAM C. WESTMORELAND"), and for the names the war's files write ("BAYRAK RADIO",
"NATIONAL GUARD", "CLERIDES" in a sides file's forms: as written there)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from chronik.extract.matcher import PhraseMatcher
from chronik.segment.teletype import shouted

DATA_DIR = Path(__file__).resolve().parent.parent / "data"  # the packaged data files
_WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*")
_MIN_LETTERS = 40
# a sentence's start: after a full stop that ends no initial ("U.S."), a wire dateline's "(AP) --", a line break
_SENTENCE_START = re.compile(r"(?:^|(?<!\.[a-z])[.!?]\s+|\)\s+--\s+|\n\s*)([\"'(]*)([a-z])")
_AGENCY = re.compile(r"\(([a-z]{2,4})\)")  # a wire service's code in a dateline: "SAIGON (AP) --"
# the titles a name follows in a wire story ("GEN.", "PRESIDENT", "PRESS SECRETARY")
_TITLES = {"gen.", "lt.", "col.", "maj.", "capt.", "adm.", "sgt.", "president", "ambassador", "secretary",
           "minister", "premier", "general", "admiral", "colonel", "mr.", "mrs.", "dr.", "sen.", "rep.", "gov.",
           "chancellor", "spokesman", "spokeswoman", "commander", "king", "prince", "marshal", "pope"}
_COMPASS = re.compile(r"\b(north|south|east|west)\s+([a-z]+)")  # a point of the compass before a name
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]?\.?")  # initials and dotted abbreviations: "c.", "u.s.", "u.n."
_NAME_WORDS = 4  # at most this many words of a name after its title


def shouting(text: str) -> bool:
    """Whether ``text`` is set all in capitals (a teletype take), not merely a headline's or an acronym's: the
    segmenter's test (:func:`chronik.segment.teletype.shouted`) over a whole update's letters."""
    return shouted(text, _MIN_LETTERS)


def case_names(forms: Iterable[str]) -> PhraseMatcher[str]:
    """The names a war's files write with a capital, found whatever their case, each with its written form (a
    one-word name that is also a word in lower case, "US", is left out: "INFORMS US" is no state)."""
    written = {" ".join(f.split()): [" ".join(f.split())] for f in forms
               if any(c.isupper() for c in f) and (" " in f.strip() or f.lower() not in _plain_words())}
    return PhraseMatcher(written, case_sensitive=False)


def recase(text: str, names: Callable[[], PhraseMatcher[str]] | None = None) -> str:
    """``text`` in ordinary case when it is set all in capitals (the same length, so offsets hold); else itself.
    The names ``names`` gives (:func:`case_names`, asked for only when the text shouts) are given back the case
    they are written in."""
    if not shouting(text):
        return text
    lowered = text.lower()
    out = list(lowered)
    cased = _cased_words()
    after_title = 0
    for m in _WORD.finditer(lowered):
        word = m.group()
        bare = word.rstrip(".'-")
        dotted = _DOTTED.fullmatch(word) is not None
        capital = dotted or bare in cased or (after_title > 0 and bare not in _plain_words())
        if dotted:
            out[m.start():m.end()] = word.upper()
        elif capital:
            out[m.start()] = word[0].upper()
        after_title = _NAME_WORDS if word in _TITLES else max(0, after_title - 1) if capital else 0
    for m in _SENTENCE_START.finditer(lowered):
        out[m.start(2)] = m.group(2).upper()
    for m in _COMPASS.finditer(lowered):
        if m.group(2) in cased:  # "south Vietnamese" -> "South Vietnamese", "north Korean"
            out[m.start(1)] = m.group(1)[0].upper()
    for m in _AGENCY.finditer(lowered):
        out[m.start(1):m.end(1)] = m.group(1).upper()
    for name in names().finditer(lowered) if names is not None else ():
        letters = [i for i in range(name.start, name.end) if not lowered[i].isspace()]
        written = name.values[0].replace(" ", "")
        if len(letters) == len(written):
            for i, c in zip(letters, written, strict=True):
                out[i] = c if c.isupper() else out[i]
    return "".join(out)


@functools.cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(the words the packaged data only writes capitalised, the words it writes in lower case), lowered."""
    upper: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for path in sorted(DATA_DIR.glob("*.yaml")):
        for m in _WORD.finditer(path.read_text(encoding="utf-8")):
            word = m.group().rstrip(".'-")
            (upper if word[0].isupper() else lower)[word.lower()] += 1
    return frozenset(w for w in upper if w not in lower and len(w) > 1), frozenset(lower)


def _cased_words() -> frozenset[str]:
    return _vocabulary()[0]


def _plain_words() -> frozenset[str]:
    return _vocabulary()[1]
