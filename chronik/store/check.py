"""``chronik check`` for chronology/: every problem of every file at once, each at its line and column.

Problems come in two weights. Most *block* ``chronik parse`` as well as ``chronik build``: chronik will
not merge into a file it cannot read for sure. Three are left for parse to resolve, because parse is
what fixes them: an entry whose date is not its file's day (parse moves it, or dates it, see
:mod:`chronik.store.reconcile`), and source references that name an unknown source or lines outside
the source file (a source's text or config changed; parse re-finds the passages).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from chronik.config import Config
from chronik.errors import ChronikError, Problem
from chronik.extract.sides import read_sides
from chronik.ingest import read_document
from chronik.store.dayfile import Chronology, DayFile, chronology_files, day_path, read_day_file
from chronik.store.ledger import LEDGER, Ledger, load_ledger
from chronik.store.schema import REF_FIELDS, EntryValidator, valid_date
from chronik.yamlsrc import key_mark, node_mark, value_mark


@dataclass
class Inspection:
    """The chronology as read, its ledger, and what is wrong with it."""

    chronology: Chronology
    ledger: Ledger
    problems: list[Problem] = field(default_factory=list)
    blocking: list[Problem] = field(default_factory=list)


@functools.cache
def _packaged_sides() -> frozenset[str]:
    with resources.as_file(resources.files("chronik").joinpath("data/sides.yaml")) as path:
        return frozenset(read_sides(path).sides)


def known_sides(config: Config) -> frozenset[str]:
    """The sides an attribution may name: the packaged sides file's, extended or replaced by the site's own
    (``sides:`` in config.yaml; its problems are reported by the parse that reads it)."""
    if config.sides is None or not config.sides.is_file():
        return _packaged_sides()
    own = read_sides(config.sides)
    return frozenset(own.sides) | (frozenset() if own.mode == "replace" else _packaged_sides())


class _Checker:
    def __init__(self, config: Config):
        self.config = config
        self.folder = config.chronology_dir
        self.display = self.name(self.folder)
        self.sides = known_sides(config)
        self.line_counts: dict[str, int] = {}
        self.problems: list[Problem] = []
        self.blocking: list[Problem] = []

    def name(self, path: Path) -> str:
        try:
            return path.relative_to(self.config.root).as_posix()
        except ValueError:
            return str(path)

    def add(self, problem: Problem, blocks: bool = True) -> None:
        """Record a problem; ``blocks``: also one that stops ``chronik parse``."""
        self.problems.append(problem)
        if blocks:
            self.blocking.append(problem)

    def known(self) -> str:
        return "one of " + ", ".join(s.id for s in self.config.sources)

    def lines_in(self, source_id: str) -> int:
        if source_id not in self.line_counts:
            source = self.config.source(source_id)
            assert source is not None
            self.line_counts[source_id] = len(read_document(source.id, source.path).lines)
        return self.line_counts[source_id]

    def file(self, path: Path) -> DayFile:
        """Read and check one file: fast first; again with line and column marks if anything is wrong."""
        name = self.name(path)
        doc, problems = read_day_file(path, self.folder, name)
        found = self.validate(doc, problems)
        if found and not doc.editable:
            doc, problems = read_day_file(path, self.folder, name, marks=True)
            found = self.validate(doc, problems)
        for problem, blocks in found:
            self.add(problem, blocks)
        return doc

    def validate(self, doc: DayFile, problems: list[Problem]) -> list[tuple[Problem, bool]]:
        found = [(p, True) for p in problems]
        if doc.day is None:
            found.append((Problem(doc.name, 0, 0, "not a day file name", f"{self.display}/YYYY/YYYY-MM-DD.yaml "
                                  "with a real date, holding that day's entries"), True))
        for i, item in enumerate(doc.items, 1):
            found += self.entry(doc, item.node, i)
        return found

    def entry(self, doc: DayFile, node: dict[str, Any], number: int) -> list[tuple[Problem, bool]]:
        found: list[tuple[Problem, bool]] = []
        entry_id = node.get("id")
        where = f"entry {entry_id}" if isinstance(entry_id, str) else f"entry #{number}"
        EntryValidator(self.sides, lambda mark, msg, exp: found.append((Problem(doc.name, *mark, msg, exp), True))
                       ).check(node, where)
        day = valid_date(node.get("date"))
        if day is not None and doc.day is not None and day != doc.day:
            target = self.name(day_path(self.folder, day))
            found.append((Problem(doc.name, *value_mark(node, "date"), f"date {day} is not this file's day {doc.day}",
                                  f"an entry is kept in the file of its date: move it to {target} or fix the "
                                  "date; chronik parse does either for you"), False))
        if node.get("sources") is not None:
            found += self.sources(doc, node)
        return found

    def duplicates(self, files: list[DayFile]) -> None:
        """Ids used more than once, across all files; each later use is a problem."""
        uses: dict[str, list[tuple[DayFile, int]]] = {}
        for doc in files:
            for i, item in enumerate(doc.items):
                if isinstance(item.node.get("id"), str):
                    uses.setdefault(item.node["id"], []).append((doc, i))
        marked: dict[Path, DayFile] = {}
        for entry_id, places in uses.items():
            if len(places) < 2:
                continue
            where = []
            for doc, i in places:
                if not doc.editable and doc.path not in marked:
                    marked[doc.path] = read_day_file(doc.path, self.folder, doc.name, marks=True)[0]
                node = marked.get(doc.path, doc).items[i].node
                where.append((doc.name, value_mark(node, "id")))
            first = f"{where[0][0]}:{where[0][1][0]}:{where[0][1][1]}"
            for name, mark in where[1:]:
                self.add(Problem(name, *mark, f"duplicate id '{entry_id}', first used at {first}",
                                 "an id unique across the chronology; give one of them a new id"))

    def sources(self, doc: DayFile, node: dict[str, Any]) -> list[tuple[Problem, bool]]:
        refs = node["sources"]
        if not isinstance(refs, list):
            return [(Problem(doc.name, *value_mark(node, "sources"), "sources is not a list",
                             "a list of {source: ID, lines: [N, ...], quote: TEXT}"), True)]
        found: list[tuple[Problem, bool]] = []
        for i, ref in enumerate(refs):
            if isinstance(ref, dict):
                found += self.ref(doc, ref)
            else:
                found.append((Problem(doc.name, *value_mark(refs, i), "a source reference is not a mapping",
                                      "{source: ID, lines: [N, ...], quote: TEXT}"), True))
        return found

    def ref(self, doc: DayFile, ref: dict[str, Any]) -> list[tuple[Problem, bool]]:
        found = [(Problem(doc.name, *key_mark(ref, key), f"unknown field '{key}' in a source reference",
                          ", ".join(REF_FIELDS)), True) for key in ref if key not in REF_FIELDS]
        source = ref.get("source")
        if not isinstance(source, str):
            mark = value_mark(ref, "source") if "source" in ref else node_mark(ref)
            return [*found, (Problem(doc.name, *mark, "source reference without a source id", self.known()), True)]
        if self.config.source(source) is None:
            return [*found, (Problem(doc.name, *value_mark(ref, "source"), f"unknown source '{source}'",
                                     f"a source id of config.yaml: {self.known()}"), False)]
        if "quote" in ref and not isinstance(ref["quote"], str | None):
            found.append((Problem(doc.name, *value_mark(ref, "quote"), "quote is not text", "the quoted words"), True))
        lines = ref.get("lines")
        if not isinstance(lines, list) or not lines:
            mark = value_mark(ref, "lines") if "lines" in ref else node_mark(ref)
            return [*found, (Problem(doc.name, *mark, "source reference without lines",
                                     "a list of line numbers such as [16, 17]"), True)]
        count = self.lines_in(source)
        for i, n in enumerate(lines):
            if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= count:
                found.append((Problem(doc.name, *value_mark(lines, i), f"line {_show(n)} is not in source '{source}'",
                                      f"a line number from 1 to {count}"), not isinstance(n, int)))
        return found


def _show(value: Any) -> str:
    return repr(value) if not isinstance(value, int) else str(value)


def inspect(config: Config) -> Inspection:
    """Read and check every chronology file and the ledger."""
    ck = _Checker(config)
    files = [ck.file(path) for path in chronology_files(ck.folder)]
    ck.duplicates(files)
    try:
        ledger = load_ledger(ck.folder, ck.name(ck.folder / LEDGER))
    except ChronikError as exc:
        ledger = Ledger()
        for p in exc.problems:
            ck.add(p)
    order = {s.id: i for i, s in enumerate(config.sources)}
    return Inspection(Chronology(ck.folder, files, ck.display, order), ledger, ck.problems, ck.blocking)


def inspect_files(config: Config, paths: list[Path]) -> tuple[list[DayFile], list[Problem]]:
    """Read and check some chronology files on their own: no ledger, no ids shared with other files
    (``chronik serve`` re-reads the files a save touched and knows the ids of the others)."""
    ck = _Checker(config)
    files = [ck.file(path) for path in paths]
    ck.duplicates(files)
    return files, ck.problems
