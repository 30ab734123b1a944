"""Everything the extract stage reads, loaded once per run: the packaged data files, extended or
replaced by the ``sides:`` and ``gazetteer:`` files a config.yaml names."""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from pathlib import Path

from chronik.config import Config
from chronik.errors import ChronikError, Problem
from chronik.extract.attribution import Attributor
from chronik.extract.figures import FigureLexicon, default_figure_lexicon
from chronik.extract.gazetteer import Gazetteer, Name, read_gazetteer
from chronik.extract.lexicon import ClaimLexicon, default_lexicon
from chronik.extract.schema import Reader, packaged
from chronik.extract.sides import SideBook, read_sides

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
SIDES_FILE = DATA_DIR / "sides.yaml"
GAZETTEER_FILE = DATA_DIR / "gazetteer.yaml"


@dataclass(frozen=True)
class ExtractData:
    lexicon: ClaimLexicon
    sides: SideBook
    gazetteer: Gazetteer
    figures: FigureLexicon

    @functools.cached_property
    def attributor(self) -> Attributor:
        return Attributor(self.lexicon, self.sides, self.gazetteer)


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
    base = read_sides(SIDES_FILE, marked)
    sides, narrative, polities = dict(base.sides), base.narrative, {p.name: p for p in base.polities}
    readers.append(base.reader)
    if sides_path is not None:
        own = read_sides(sides_path)
        readers.append(own.reader)
        if own.mode == "replace":
            sides, narrative, polities, readers = {}, None, {}, [own.reader]
            other_war = True
        sides.update(own.sides)
        narrative = own.narrative or narrative
        polities.update({p.name: p for p in own.polities})

    shipped = read_gazetteer(GAZETTEER_FILE, marked)
    by_name: dict[str, Name] = {e.name: e for e in shipped.entries}
    spellings, ignore, greaders = shipped.spellings, shipped.ignore, [shipped.reader]
    if other_war:
        by_name, spellings, ignore, greaders = {}, [], [], []
    if gazetteer_path is not None:
        own = read_gazetteer(gazetteer_path)
        if own.mode == "replace":
            by_name, spellings, ignore, greaders = {}, [], [], []
        greaders.append(own.reader)
        by_name.update({e.name: e for e in own.entries})
        spellings = list(dict.fromkeys([*spellings, *own.spellings]))
        ignore = list(dict.fromkeys([*ignore, *own.ignore]))
    readers.extend(greaders)

    problems: list[Problem] = [p for r in readers for p in r.problems]
    expected = "one of " + ", ".join(sides) if sides else "a side listed under sides:"
    for r in readers:
        problems.extend(replace(p, expected=expected) for side, p in r.side_refs if side not in sides)
    if problems:
        raise ChronikError(problems)
    return ExtractData(default_lexicon(), SideBook(sides, narrative, list(polities.values())),
                       Gazetteer(by_name, tuple(spellings), tuple(ignore)), default_figure_lexicon())
