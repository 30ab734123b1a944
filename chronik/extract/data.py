"""Everything the extract stage reads, loaded once per run: the packaged data files, extended or
replaced by the ``sides:`` and ``gazetteer:`` files a config.yaml names."""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from pathlib import Path

from chronik.config import Config
from chronik.errors import ChronikError, Problem
from chronik.extract.all_caps import case_names
from chronik.extract.attribution import Attributor
from chronik.extract.figures import FigureLexicon, default_figure_lexicon
from chronik.extract.gazetteer import Gazetteer, Name, labelled, read_gazetteer
from chronik.extract.lexicon import ClaimLexicon, default_lexicon
from chronik.extract.matcher import PhraseMatcher, squash
from chronik.extract.regions import read_regions
from chronik.extract.schema import Reader, packaged
from chronik.extract.sides import Polity, SideBook, read_sides, read_states, state_domains

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
SIDES_FILE = DATA_DIR / "sides.yaml"
STATES_FILE = DATA_DIR / "states.yaml"
GAZETTEER_FILE = DATA_DIR / "gazetteer.yaml"
REGIONS_FILE = DATA_DIR / "regions.yaml"


@dataclass(frozen=True)
class ExtractData:
    lexicon: ClaimLexicon
    sides: SideBook
    gazetteer: Gazetteer
    figures: FigureLexicon

    @functools.cached_property
    def attributor(self) -> Attributor:
        return Attributor(self.lexicon, self.sides, self.gazetteer)

    @functools.cached_property
    def case_names(self) -> PhraseMatcher[str]:
        """The names of the war's polities and the gazetteer, as written: what a text in capitals is recased by."""
        return case_names([f for p in self.sides.polities for f in (p.name, p.adjective, p.government, *p.forms)]
                          + self.gazetteer.forms())


def load_extract_data(config: Config | None = None) -> ExtractData:
    """The packaged sides and gazetteer, with the config's own files laid over them."""
    return load_files(config.sides if config else None, config.gazetteer if config else None)


def load_files(sides_path: Path | None = None, gazetteer_path: Path | None = None) -> ExtractData:
    """Like :func:`load_extract_data` with explicit file paths (None: the packaged file alone).

    A user's file extends the packaged one (``defaults: extend``, the default): its sides and
    polities are added, and a polity or gazetteer entry with the name of a packaged one replaces
    it. With ``defaults: replace`` the packaged file is not read at all; a sides file that replaces
    the packaged sides (another war) drops the packaged gazetteer too, whose people and bodies
    belong to the packaged sides.
    """
    return packaged(functools.partial(_load, sides_path, gazetteer_path))


def _load(sides_path: Path | None, gazetteer_path: Path | None, marked: bool) -> ExtractData:
    """:func:`load_files`, with the packaged files read with marks or without (the user's always with)."""
    readers: list[Reader] = []
    other_war = False
    states, states_reader = read_states(STATES_FILE, marked)
    domains = state_domains(states_reader)
    places = frozenset(f.lower() for p in states for f in (p.name, *p.forms)
                       if f == p.name or f not in (p.adjective, p.government))  # ("Myanmar" is its own adjective)
    regions, regions_reader = read_regions(REGIONS_FILE, marked)  # kept with `defaults: replace`, as domains are
    base = read_sides(SIDES_FILE, marked)
    sides, narrative = dict(base.sides), base.narrative
    polities: dict[str, Polity] = {}
    readers.extend([states_reader, regions_reader, base.reader])
    own_polities: list[Polity] = []
    if sides_path is not None:
        own = read_sides(sides_path)
        readers.append(own.reader)
        if own.mode == "replace":
            sides, narrative, states, base.polities, readers = {}, None, [], [], [own.reader]
            other_war = True
        sides.update(own.sides)
        narrative = own.narrative or narrative
        base.polities.extend(own.polities)
        own_polities = own.polities
    for p in [*states, *base.polities]:  # a polity replaces the earlier one of its name, and comes after all
        polities.pop(p.name, None)
        polities[p.name] = p
    split = split_states(states, own_polities)
    book = SideBook(sides, narrative, [p for p in polities.values() if p.name not in split], domains, regions,
                    places, frozenset(p.name for p in base.polities),
                    frozenset(f for p in polities.values() if p.name in split for f in (p.name, p.adjective)),
                    frozenset(p.name for p in own_polities or base.polities))
    # every polity a gazetteer entry may name: None for a state the war splits (its people have no side)
    named: dict[str, Polity | None] = {name: (None if name in split else p) for name, p in polities.items()}

    shipped = read_gazetteer(GAZETTEER_FILE, marked)
    by_name: dict[str, Name] = {e.name: e for e in shipped.entries}
    spellings, ignore, greaders = shipped.spellings, shipped.ignore, [shipped.reader]
    if other_war:
        by_name, spellings, ignore, greaders = {}, [], [], []
    if gazetteer_path is not None:
        own_gazetteer = read_gazetteer(gazetteer_path)
        if own_gazetteer.mode == "replace":
            by_name, spellings, ignore, greaders = {}, [], [], []
        greaders.append(own_gazetteer.reader)
        by_name.update({e.name: e for e in own_gazetteer.entries})
        spellings = list(dict.fromkeys([*spellings, *own_gazetteer.spellings]))
        ignore = list(dict.fromkeys([*ignore, *own_gazetteer.ignore]))
    readers.extend(greaders)

    problems: list[Problem] = [p for r in readers for p in r.problems]
    expected = "one of " + ", ".join(sides) if sides else "a side listed under sides:"
    for r in readers:
        problems.extend(replace(p, expected=expected) for side, p in r.side_refs if side not in sides)
        problems.extend(replace(p, expected="the name of a polity of the sides file")
                        for name, p in r.polity_refs if squash(name) not in named)
    if problems:
        raise ChronikError(problems)
    taken = taken_forms(own_polities)
    entries = {(e := with_side(without_taken(labelled(entry), taken), book, named, own_polities)).name: e
               for entry in by_name.values()}
    return ExtractData(default_lexicon(), book, Gazetteer(entries, tuple(spellings), tuple(ignore)),
                       default_figure_lexicon())


def taken_forms(own: list[Polity]) -> dict[str, set[str]]:
    """Each name a user's polity takes among its forms, with the sides of the polities that take it."""
    out: dict[str, set[str]] = {}
    for p in own:
        for form in (p.name, p.adjective, *p.forms):
            out.setdefault(form, set()).add(p.side)
    return out


def without_taken(entry: Name, taken: dict[str, set[str]]) -> Name:
    """``entry`` without the other names a user's polity of another side takes among its forms (``taken``, see
    :func:`taken_forms`): "AFP" is the Armed Forces of the Philippines in a war whose sides file lists it so, not
    the news agency the packaged gazetteer knows by it. An entry of no side of its own (a state's army by its
    acronym) keeps them all: it takes the side of the polity that lists it (:func:`with_side`)."""
    if entry.side is None or not taken or not entry.aliases:
        return entry
    kept = tuple(a for a in entry.aliases if not taken.get(a, set()) - {entry.side})
    return entry if kept == entry.aliases else replace(entry, aliases=kept)


def split_states(states: list[Polity], own: list[Polity]) -> set[str]:
    """The packaged states a user's war splits: a user's polity, not of the state's name, has a form that
    begins with the state's name or adjective ("Sudanese army", "Sudan's army" in a civil war whose sides
    are the army and a militia). Such a state is no third party: what its bare name says has no side."""
    names = {p.name for p in own}
    out = set()
    for state in states:
        if state.name in names:
            continue
        # (a polity that is the state under another name, "Türkiye" listing "Turkey" and "Turkish Armed Forces",
        # splits nothing)
        forms = [f for p in own if state.name not in p.forms for f in (p.name, p.adjective, *p.forms)]
        heads = (f"{state.name} ", f"{state.name}'s ", f"{state.adjective} ")
        if any(f.startswith(heads) for f in forms):
            out.add(state.name)
    return out


def _surname_owner(entry: Name, book: SideBook) -> Polity | None:
    """The polity whose forms list a person by the surname alone ("Prigozhin" for a user's Wagner Group): the person
    is that polity's, whatever state the packaged gazetteer ties them to."""
    if entry.kind != "person":
        return None
    surnames = {n.split()[-1] for n in (entry.name, *entry.aliases) if len(n.split()) > 1}
    return next((p for p in map(book.owner, sorted(surnames)) if p is not None), None)


def with_side(entry: Name, book: SideBook, named: dict[str, Polity | None], own: list[Polity] | None = None) -> Name:
    """A person or body of a polity, with no side of its own, takes the side of the polity: the one whose
    forms name it exactly (a user's Russia listing "Kremlin") or by its surname alone, else the one that took
    the named polity's name or adjective (a user's {name: Gaza, forms: [Palestinian]} for ``polity: Palestine``),
    else the one it names (``polity: Russia``); so a sides file that puts a state on a side of its own moves its people
    and bodies with it. The people of a state the war splits (see :func:`split_states`) have no side.
    A body named by a user's polity, of a state that is not the user's, is that polity's: "Gaza Health
    Ministry" (``polity: Palestine``) speaks for a user's Hamas whose forms list "Gaza"."""
    if entry.side is not None or entry.polity is None:
        return entry
    names = (entry.name, *entry.aliases)
    polity = next((p for p in map(book.owner, names) if p is not None), None) or _surname_owner(entry, book)
    declared = named.get(squash(entry.polity))
    if polity is None and own and declared is not None and declared not in own:
        polity = next((p for n in names for p in own for f in (p.name, p.adjective, *p.forms)
                       if n.startswith((f + " ", f + "'s "))), None)
    if polity is None and declared is not None:
        taken = (book.owner(declared.name), book.owner(declared.adjective))
        polity = next((p for p in taken if p is not None and p is not declared), declared)
    return replace(entry, side=polity.side) if polity is not None else entry
