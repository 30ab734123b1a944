"""The gazetteer: places, people and bodies under canonical names, found in text by any alias.

Data: ``chronik/data/gazetteer.yaml`` (and a user's file named by ``gazetteer:`` in config.yaml).
All names are folded into one :class:`~chronik.extract.matcher.PhraseMatcher`, so finding every
mention in an update is one scan, whatever the size of the gazetteer.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from chronik.extract.matcher import PhraseMatcher, squash
from chronik.extract.schema import Reader

SECTIONS = {"places": "place", "people": "person", "bodies": "body"}
IGNORE = "ignore"  # phrases that hold a name but do not mention it ("the Geneva Conventions")
ENTRY_KEYS = ("name", "short", "aliases", "side", "polity", "note", "years")
PARTICLES = {"von", "van", "der", "de", "da", "del", "di", "la", "le", "al", "bin", "ibn"}
# the Arabic article (and its sun-letter forms) and the ud/ul joiners, written before a name with a hyphen
ARTICLES = "al|el|ad|an|ar|as|ash|at|az|ud|ul"
# An Arabic article joined to a surname: "al-Burhan" is also written "Burhan"
ARTICLE = re.compile(rf"^(?:{ARTICLES})-(?=[A-Z])", re.I)


@dataclass(frozen=True)
class Name:
    """One gazetteer entry."""

    name: str
    kind: str  # place | person | body
    side: str | None = None
    aliases: tuple[str, ...] = ()
    note: str | None = None
    polity: str | None = None  # the state a person or body belongs to: its side, unless it has its own
    short: str | None = None  # a body's acronym, when it is known by both: its name is then their label
    years: tuple[int, int] | None = None  # a person's years in the office texts name them by, first and last

    def in_office(self, year: int) -> bool:
        """Whether ``year`` is one of the entry's years in office (known for some people only)."""
        return self.years is not None and self.years[0] <= year <= self.years[1]

    @property
    def long(self) -> str:
        """The spelled-out name of a body with a ``short`` ("Israel Defense Forces"), else its name."""
        return self.name.removesuffix(f" – {self.short}") if self.short else self.name


def both_names(full: str, short: str) -> str:
    """The name a body known by two names is shown with: "Israel Defense Forces – IDF" (see acronyms.py)."""
    return f"{full} – {short}"


_BOTH = re.compile(r"(?P<full>.+) – (?P<short>[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*)")


def names_in(label: str) -> tuple[str, str] | None:
    """The two names of a label made by ``both_names`` (full, short), or None for a label of one name."""
    m = _BOTH.fullmatch(label)
    return (m.group("full"), m.group("short")) if m else None


def labelled(entry: Name) -> Name:
    """An entry with a ``short`` named by both its names ("Israel Defense Forces – IDF"), found by either."""
    if not entry.short or entry.name.endswith(f" – {entry.short}"):
        return entry
    both = both_names(entry.name, entry.short)
    return replace(entry, name=both, aliases=tuple(dict.fromkeys((entry.name, entry.short, *entry.aliases))))


@dataclass(frozen=True)
class Mention:
    """Where a name occurs; ``entries`` has several items when a bare surname fits several people."""

    start: int
    end: int
    text: str
    entries: tuple[Name, ...]

    @property
    def entry(self) -> Name | None:
        return self.entries[0] if len(self.entries) == 1 else None

    @property
    def side(self) -> str | None:
        """The side all candidate entries share, if they share one."""
        sides = {e.side for e in self.entries}
        return sides.pop() if len(sides) == 1 else None


def surname(name: str) -> str | None:
    """The last word of a person's name, with a particle before it ("von der Leyen"); None for one word."""
    words = name.split()
    if len(words) < 2:
        return None
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in PARTICLES:
        i -= 1
    return " ".join(words[i:])


def spelling_variants(form: str, spellings: Iterable[tuple[str, str]]) -> set[str]:
    """``form`` with each word's ending swapped for its other spelling ("Pashinyan" → "Pashinian")."""
    options = []
    for word in form.split():
        alts = {word}
        for a, b in spellings:
            for x, y in ((a, b), (b, a)):
                if word.lower().endswith(x) and len(word) > len(x) + 1:
                    alts.add(word[: len(word) - len(x)] + y)
        options.append(sorted(alts))
    if len(options) > 6:
        return {form}
    return {" ".join(words) for words in itertools.product(*options)}


@dataclass
class Gazetteer:
    """Entries by canonical name, with the matcher of all their names."""

    entries: dict[str, Name]
    spellings: tuple[tuple[str, str], ...] = ()
    ignore: tuple[str, ...] = ()
    _forms: dict[str, list[Name]] = field(init=False, repr=False)
    _matcher: PhraseMatcher[Name] = field(init=False, repr=False)
    _folded: dict[str, list[Name]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        forms: dict[str, list[Name]] = {}
        surnames: dict[str, list[Name]] = {}
        for entry in self.entries.values():
            for form in self._own_forms(entry):
                forms.setdefault(form, []).append(entry)
            if entry.kind == "person":
                last = surname(entry.name)
                for form in self._surname_forms(last) if last else ():
                    surnames.setdefault(form, []).append(entry)
        for form, people in surnames.items():
            bucket = forms.setdefault(form, [])
            bucket.extend(p for p in people if p not in bucket)
        self._forms = forms
        self._matcher = PhraseMatcher({**forms, **{p: [Name(p, IGNORE)] for p in self.ignore}})
        self._folded = {}
        for form, names in forms.items():
            bucket = self._folded.setdefault(form.lower(), [])
            bucket.extend(n for n in names if n not in bucket)

    def _surname_forms(self, last: str) -> set[str]:
        """A surname and its spellings, also without an Arabic article ("al-Burhan", "Burhan")."""
        return {f for form in {last, ARTICLE.sub("", last)} for f in spelling_variants(form, self.spellings)}

    def _own_forms(self, entry: Name) -> set[str]:
        """Canonical name, aliases, spelling variants; for people also given names + aliased surnames."""
        base = {entry.name, *entry.aliases}
        if entry.kind == "person" and len(entry.name.split()) > 1:
            given = entry.name.rsplit(" ", 1)[0]
            base |= {f"{given} {a}" for a in entry.aliases if " " not in a}
        out: set[str] = set()
        for form in base:
            out |= spelling_variants(squash(form), self.spellings)
        return out

    def __len__(self) -> int:
        return len(self.entries)

    def forms(self) -> list[str]:
        """Every form the gazetteer finds its entries by, as written: names, aliases and people's surnames."""
        return list(self._forms)

    def aliases(self, canonical: str) -> list[str]:
        """Every other name ``canonical`` is found by (sorted), for the site and search; [] if unknown."""
        entry = self.entries.get(canonical)
        if entry is None:
            return []
        return sorted(f for f, names in self._forms.items() if entry in names and f != canonical)

    def get(self, name: str) -> Name | None:
        """The entry named ``name`` (canonical, or an alias of exactly one entry), any case."""
        if name in self.entries:
            return self.entries[name]
        names = self._folded.get(squash(name).lower(), [])
        return names[0] if len(names) == 1 else None

    def find(self, text: str, kinds: Iterable[str] | None = None, start: int = 0,
             end: int | None = None) -> list[Mention]:
        """Every mention in ``text[start:end]``, left to right, the longest name at each place."""
        wanted = set(kinds) if kinds is not None else None
        out = []
        for m in self._matcher.finditer(text, start, end):
            entries = tuple(e for e in m.values if e.kind != IGNORE and (wanted is None or e.kind in wanted)
                            and not _crowned(text, m.start, m.text, e) and not _named_on(text, m.end, m.text, e))
            if entries:
                out.append(Mention(m.start, m.end, m.text, entries))
        return resolve_in_context(out)


# a monarch's or a royal's title: "King Hussein" is no president or minister the gazetteer knows by that surname
_ROYAL = re.compile(r"\b(?:King|Queen|Prince|Princess|Emir|Amir|Sultan|Sheikh|Shaikh)\s+$")


def _crowned(text: str, start: int, matched: str, entry: Name) -> bool:
    """Whether a person is matched by a surname alone right after a royal title ("King Hussein" for "Saddam
    Hussein"): another person, a monarch of the same name."""
    return entry.kind == "person" and matched != entry.name and " " in entry.name \
        and _ROYAL.search(text[max(0, start - 20):start]) is not None


# a name going on after a given name with a patronymic's particle: "Ahmed bin Hassan Asiri", "Ali ibn Abi Talib"
_NAME_GOES_ON = re.compile(r"\s+(?:bin|ibn|bint|ben|abu|ould)\s+(?-i:[A-Z])")


def _named_on(text: str, end: int, matched: str, entry: Name) -> bool:
    """Whether a person is matched by a surname alone that another's name goes on after ("Ahmed" of "Brig. Gen.
    Ahmed bin Hassan Asiri" is no "Abiy Ahmed"): the given name of someone else."""
    return entry.kind == "person" and matched != entry.name and " " in entry.name \
        and _NAME_GOES_ON.match(text, end) is not None


def in_office(mentions: list[Mention], year: int | None) -> set[Name]:
    """The one person each bare surname shared by several fits in ``year``, the year of the text's update: the one of
    them in office then ("President Bush" of 1991 is George H. W. Bush, of 2003 his son)."""
    if year is None:
        return set()
    found = set()
    for m in mentions:
        serving = [e for e in m.entries if e.in_office(year)] if m.entry is None else []
        if len(serving) == 1:
            found.add(serving[0])
    return found


def resolve_in_context(mentions: list[Mention]) -> list[Mention]:
    """A bare surname shared by several people is the one named unambiguously in the same text."""
    named = {m.entry for m in mentions if m.entry is not None}
    out = []
    for m in mentions:
        if m.entry is None:
            known = tuple(e for e in m.entries if e in named)
            if len(known) == 1:
                m = Mention(m.start, m.end, m.text, known)
        out.append(m)
    return out


# --- loading -------------------------------------------------------------------------------------------------

@dataclass
class GazetteerFile:
    """What one gazetteer file says, before it is merged with the packaged one."""

    entries: list[Name]
    spellings: list[tuple[str, str]]
    ignore: list[str]
    mode: str
    reader: Reader


def read_gazetteer(path: Path, marked: bool = True) -> GazetteerFile:
    """Parse one gazetteer file (problems are collected in its reader, with their marks)."""
    r = Reader(path, marked)
    data = r.data
    entries: list[Name] = []
    spellings: list[tuple[str, str]] = []
    out = GazetteerFile(entries, spellings, [], "extend", r)
    if data is None:
        return out
    if not hasattr(data, "get"):
        r.add(data, None, "the gazetteer is not a mapping", "places:, people:, bodies:")
        return out
    r.unknown_keys(data, ("defaults", "spellings", IGNORE, *SECTIONS), "the gazetteer")
    out.ignore = r.strings(data, IGNORE, "the gazetteer")
    for i, pair in enumerate(r.seq(data, "spellings", "the gazetteer")):
        if isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) and p for p in pair):
            spellings.append((pair[0], pair[1]))
        else:
            r.add(data["spellings"], i, f"bad spelling pair: {pair!r}", "two word endings, e.g. [yan, ian]")
    for section, kind in SECTIONS.items():
        for i, node in enumerate(r.seq(data, section, "the gazetteer")):
            where = f"{section}[{i}]"
            if not hasattr(node, "get"):
                r.add(data[section], i, f"{where} is not a mapping", "{name: ..., aliases: [...]}")
                continue
            r.unknown_keys(node, ENTRY_KEYS, where)
            name = r.text(node, "name", where, required=True)
            if name is None:
                continue
            entries.append(Name(squash(name), kind, r.side(node, "side", where),
                                tuple(squash(a) for a in r.strings(node, "aliases", where)),
                                r.text(node, "note", where), r.polity(node, "polity", where),
                                r.text(node, "short", where), r.years(node, "years", where)))
    out.mode = r.defaults_mode()
    return out
