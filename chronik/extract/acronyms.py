"""A body known by a spelled-out name and by its acronym is named with both: "Syrian Observatory for Human Rights
– SOHR", "UN Office for the Coordination of Humanitarian Affairs – OCHA", so a reader who knows it by either name
finds it. A dash, not brackets, sets the names apart: a bracket glues itself to the word beside it for any tool
that splits the label on white space ("(SOHR)"), and the label is a key others filter and match on. The pairs come
from three places:

- the gazetteer's ``short:`` field (its entries already carry the label as their name, see gazetteer.py);
- a sides file's polity whose name, government or forms hold a spelled-out name and its acronym
  ({name: Rapid Support Forces, forms: [RSF, ...]});
- the update's own text, where it writes a name with its acronym after it ("the paramilitary Rapid Support
  Forces (RSF)", "the Israel Defense Forces (IDF)").

Bodies known almost only by their acronym (UN, EU, NATO, OSCE) keep it bare: their gazetteer entries give no
``short:``.
"""

from __future__ import annotations

import re

from chronik.extract.gazetteer import Gazetteer, both_names, names_in
from chronik.extract.sides import SideBook
from chronik.extract.words import ORG_CONNECTIVES, without_the

# "Rapid Support Forces (RSF)", "Office for the Coordination of Humanitarian Affairs (OCHA)": a bracketed acronym,
# and before it up to eight capitalised words (with the connectives of a name between them)
_WORD = r"[A-Z][\w'’.-]*"
# (an acronym may keep a connective's small letter: "Ministry of Defence (MoD)", "Ministry of Public Health (MoPH)")
_SHORT = r"[A-Z](?:[A-Z&]|[a-z](?=[A-Z])){1,7}"
_ACRONYM = re.compile(rf"\((?P<short>{_SHORT})\)")
_SPELLED = re.compile(rf"(?P<full>{_WORD}(?:\s+(?:(?:of|for|the|and|on|in)\s+)*{_WORD}){{1,7}})\s+$")
_BRACKETED = r"\s+\((?P<short>[A-Z][A-Z0-9&]+(?:-[A-Z0-9]+)*)\)"  # (any capitals: "(JNIM)", "(CSP-DPA)")
_WINDOW = 160  # how far before an acronym its spelled-out name may begin


_CONNECTIVES = ORG_CONNECTIVES | {"in", "on"}


def _pair(out: dict[str, str], full: str, short: str) -> None:
    """Both names of a body in ``out``, each with the label of both (the first pair found keeps a name)."""
    out.setdefault(full, both_names(full, short))
    out.setdefault(short, both_names(full, short))


def spells(full: str, short: str) -> bool:
    """Whether ``short`` is made of the first letters of ``full``'s words, one letter a word, every word but the
    connectives of a name capitalised and each giving its letter (a connective may give one too: "Mission in
    Somalia", "MIS"): "Rapid Support Forces" and "RSF"; not "U.S. government" and "US" (an acronym inside), nor
    "Rapid Support Forces command" and "RSF" (a word left out). A two-letter acronym ("UN", "EU", "AU") is read
    bare: it is the body's common name, and too short to tell one spelled-out name from another."""
    words = [w for w in re.split(r"[\s-]+", full) if w]
    if len(short) < 3 or len(words) < 2 or any(w.isupper() or not (w[:1].isupper() or w in _CONNECTIVES)
                                                for w in words):
        return False

    def match(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(short)
        letter = words[i][0] if words[i] in _CONNECTIVES else words[i][0].upper()  # "of" gives "o" or "O"
        gives = j < len(short) and short[j] in (letter, letter.upper()) and match(i + 1, j + 1)
        return gives or (words[i] in _CONNECTIVES and match(i + 1, j))

    return match(0, 0)


def stands_for(full: str, short: str) -> str | None:
    """The part of ``full`` that ``short`` abbreviates, from its last words back: "the paramilitary Rapid Support
    Forces" and "RSF" → "Rapid Support Forces"; None when ``short`` is no acronym of it."""
    words = full.split()
    return next((" ".join(words[i:]) for i in range(len(words) - 1, -1, -1)
                 if words[i] not in _CONNECTIVES and spells(" ".join(words[i:]), short)), None)


def _pairs(names: set[str]) -> dict[str, str]:
    """Each name of ``names`` that is one of a spelled-out name and its acronym, with the label of both."""
    out: dict[str, str] = {}
    shorts = sorted(n for n in names if re.fullmatch(_SHORT, n))
    for full in sorted(n for n in names if " " in n):
        short = next((s for s in shorts if spells(full, s)), None)
        if short is not None:
            _pair(out, full, short)
    return out


class Labeller:
    """The label of a claimant named by one of a body's two names (built once per run)."""

    def __init__(self, sides: SideBook, gazetteer: Gazetteer):
        self.gaz, self.sides = gazetteer, sides
        self.polities: dict[str, str] = {}
        for p in sides.polities:
            for name, both in _pairs({p.name, p.government, *p.forms}).items():
                self.polities.setdefault(name, both)

    def label(self, who: str | None, text: str) -> str | None:
        """``who`` with its other name when ``text``, the gazetteer or a polity pairs it with one. A body the
        gazetteer knows keeps the name it gives ("European Union" even where a text writes "(EU)")."""
        if not who:
            return who
        bare = without_the(who)
        entry = self.gaz.get(bare)
        if entry is not None:
            return entry.name if entry.short else who
        return self.defined(text).get(bare) or self.polities.get(bare) or self._bracketed(bare, text) \
            or self._spelled_before(bare, text) or who

    @staticmethod
    def _spelled_before(short: str, text: str) -> str | None:
        """The label of an acronym ``short`` and the name ``text`` brackets it right after, whatever language the
        acronym is made in ("the Haitian National Police (PNH)" for "PNH")."""
        if not re.fullmatch(r"[A-Z][A-Z0-9&-]+", short):
            return None
        at = text.find(f"({short})")
        spelled = _SPELLED.search(text, max(0, at - _WINDOW), at) if at > 0 else None
        return both_names(spelled.group("full"), short) if spelled is not None else None

    def _bracketed(self, name: str, text: str) -> str | None:
        """The label of ``name`` and the acronym ``text`` brackets right after it, whatever language the acronym is
        made in ("Support Group for Islam and Muslims (JNIM)", "Strategic Framework ... of Azawad (CSP-DPA)"): the
        text itself says they are one body's two names. A polity's short name so bracketed is whom the name speaks
        for, as a record of a debate writes its speakers ("Oleg A. Troyanovsky (USSR) said ...")."""
        m = re.search(re.escape(name) + _BRACKETED, text)
        if m is None:
            return None
        short = {p.values[0].name for p in self.sides.find(m.group("short")) if p.text == m.group("short")}
        if short and short.isdisjoint(p.values[0].name for p in self.sides.find(name)):
            return None  # (a polity's short name after someone else's)
        return both_names(name, m.group("short"))

    @staticmethod
    def defined(text: str) -> dict[str, str]:
        """The acronyms ``text`` defines, each and its spelled-out name with the label of both."""
        out: dict[str, str] = {}
        for m in _ACRONYM.finditer(text):
            short = m.group("short")
            spelled = _SPELLED.search(text, max(0, m.start() - _WINDOW), m.start())
            full = stands_for(spelled.group("full"), short) if spelled is not None else None
            if full is not None:
                _pair(out, full, short)
        return out


def as_named(label: str | None, text: str) -> str | None:
    """A body labelled with both its names is shown first by the one ``text`` writes: "IDF – Israel Defense Forces"
    where an update says "the IDF said", "Israel Defense Forces – IDF" where it spells the name out (or writes both,
    or neither): the claimant as the source names it, the other name beside it."""
    names = names_in(label) if label else None
    if names is None:
        return label
    full, short = names
    if re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text) and full.lower() not in text.lower():
        return f"{short} – {full}"
    return label
