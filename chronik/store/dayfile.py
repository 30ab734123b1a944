"""One day file of the chronology (``chronology/YYYY/YYYY-MM-DD.yaml``) as entries plus the comments around them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronik.errors import Problem
from chronik.store import comments
from chronik.store.yamlio import dump_text, parse_text
from chronik.yamlsrc import FastLoadError, fast_load, value_mark

DAY_NAME = re.compile(r"^(\d{4})/(\d{4}-\d{2}-\d{2})\.yaml$")


def day_path(chronology: Path, day: str) -> Path:
    """Where the entries of ``day`` (YYYY-MM-DD) are kept."""
    return chronology / day[:4] / f"{day}.yaml"


def day_of(chronology: Path, path: Path) -> str | None:
    """The day a file holds, from its name; None when the name is not ``YYYY/YYYY-MM-DD.yaml``."""
    match = DAY_NAME.match(path.relative_to(chronology).as_posix())
    if not match or match.group(2)[:4] != match.group(1):
        return None
    try:
        return dt.date.fromisoformat(match.group(2)).isoformat()
    except ValueError:
        return None


def chronology_files(chronology: Path) -> list[Path]:
    """Every YAML file under ``chronology/``, sorted; hidden folders (chronik's ledger) are skipped."""
    if not chronology.is_dir():
        return []
    found = [p for p in chronology.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()]
    return sorted(p for p in found if not any(part.startswith(".") for part in p.relative_to(chronology).parts))


@dataclass
class Item:
    """One entry and the comment lines written directly above it."""

    node: dict[str, Any]  # a CommentedMap once its file is editable
    above: comments.Lines = field(default_factory=list)

    @property
    def id(self) -> str:
        return str(self.node.get("id"))

    def editable_node(self) -> CommentedMap:
        """The entry's round-trip node, to change in place: its file must be editable (see
        :meth:`DayFile.make_editable`, :meth:`Chronology.edit`)."""
        assert isinstance(self.node, CommentedMap), "the entry's file was not made editable"
        return self.node


@dataclass
class DayFile:
    """A day file as read (``text``), or a new one (``text`` empty); ``items`` in file order.

    Files are read fast, as plain data (``editable`` False). Before chronik changes a file,
    :meth:`make_editable` reads it again as round-trip nodes that keep its comments and layout.
    """

    path: Path
    name: str
    day: str | None
    items: list[Item] = field(default_factory=list)
    header: comments.Lines = field(default_factory=list)
    footer: comments.Lines = field(default_factory=list)
    text: str = ""
    editable: bool = True

    def make_editable(self) -> None:
        """Swap every item's plain data for its round-trip node, and lift the comments between entries."""
        if self.editable:
            return
        data, problems = parse_text(self.text, self.name)
        if data is None:  # nothing but comments (or nothing)
            self.header = self.text.splitlines()
        else:
            assert not problems and isinstance(data, CommentedSeq) and len(data) == len(self.items), problems
            self.header, above, self.footer = comments.lift(data)
            for item, node, lines in zip(self.items, data, above, strict=True):
                item.node, item.above = node, lines
        self.editable = True

    def render(self) -> str:
        """The file's text with every entry and comment in place ('' when there is nothing to keep)."""
        assert self.editable
        if not self.items:
            lines = self.header + self.footer
            return "".join(line + "\n" for line in lines) + "[]\n" if any(s.strip() for s in lines) else ""
        seq = CommentedSeq(item.node for item in self.items)
        comments.attach(seq, self.header, [item.above for item in self.items], self.footer)
        return dump_text(seq)


def read_day_file(path: Path, chronology: Path, name: str, marks: bool = False) -> tuple[DayFile, list[Problem]]:
    """Read one file; problems are syntax or shape errors that make its entries unusable.

    With ``marks`` (or when the fast read fails) the items are round-trip nodes whose line and column
    problems can point at; otherwise plain data.
    """
    doc = DayFile(path, name, day_of(chronology, path))
    try:
        doc.text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        return doc, [Problem(name, 0, 0, f"not UTF-8 text ({exc.reason})", "a UTF-8 file")]
    data: Any = None
    if not marks and not doc.text.count("\t"):
        try:
            data = fast_load(doc.text)
            doc.editable = False
        except (FastLoadError, ValueError, TypeError):
            data = None
    if doc.editable:
        data, problems = parse_text(doc.text, name)
        if problems:
            return doc, problems
    if data is None:
        doc.header = doc.text.splitlines()
        return doc, []
    if not isinstance(data, list):
        return doc, [Problem(name, 1, 1, "a chronology file is a list of entries",
                             "entries each starting with '- id:'")]
    problems = []
    for i, node in enumerate(data):
        if not isinstance(node, dict):
            line, col = value_mark(data, i)
            problems.append(Problem(name, line, col, "an entry is not a mapping", "fields like 'id: ...'"))
    if problems and not doc.editable:
        return read_day_file(path, chronology, name, marks=True)
    if not problems:
        doc.items = [Item(node) for node in data]
        if doc.editable and isinstance(data, CommentedSeq):
            doc.header, above, doc.footer = comments.lift(data)
            for item, lines in zip(doc.items, above, strict=True):
                item.above = lines
    return doc, problems


def sort_key(node: dict[str, Any], order: dict[str, int]) -> tuple[str, int, int, str]:
    """Order within a day: entries without a time first (the day's general reports), then by time; at the
    same time in the order of their first source (config order) and line, as the pages tell them."""
    time = node.get("time")
    refs = node.get("sources")
    first = refs[0] if isinstance(refs, list) and refs and isinstance(refs[0], dict) else {}
    lines = first.get("lines")
    line = lines[0] if isinstance(lines, list) and lines and isinstance(lines[0], int) else 0
    source = first.get("source")
    rank = order.get(source, len(order)) if isinstance(source, str) else len(order)
    return (str(time) if time is not None else "", rank, line, str(node.get("id")))


class Chronology:
    """Every day file at once, with where each entry is, so entries can be added and moved between days."""

    def __init__(self, folder: Path, files: list[DayFile], display: str, order: dict[str, int]):
        self.folder = folder
        self.order = order  # source id → rank in config.yaml
        self.display = display  # how messages name the folder, e.g. "chronology"
        self.files = list(files)
        self.by_day = {f.day: f for f in files if f.day}
        self.dirty: set[Path] = set()

    def where(self) -> dict[str, tuple[DayFile, Item]]:
        """id → (file, item) for every entry, in file order."""
        return {item.id: (doc, item) for doc in self.files for item in doc.items}

    def file_for(self, day: str) -> DayFile:
        if day not in self.by_day:
            path = day_path(self.folder, day)
            doc = DayFile(path, f"{self.display}/{day[:4]}/{day}.yaml", day)
            self.files.append(doc)
            self.by_day[day] = doc
        return self.by_day[day]

    def insert(self, item: Item, day: str) -> None:
        """Put ``item`` (editable) in ``day``'s file before the first entry that sorts after it."""
        doc = self.edit(self.file_for(day))
        key = sort_key(item.node, self.order)
        position = next((i for i, other in enumerate(doc.items) if sort_key(other.node, self.order) > key),
                        len(doc.items))
        doc.items.insert(position, item)
        self.dirty.add(doc.path)

    def remove(self, doc: DayFile, item: Item) -> None:
        self.edit(doc)
        del doc.items[next(i for i, other in enumerate(doc.items) if other is item)]
        self.dirty.add(doc.path)

    def edit(self, doc: DayFile) -> DayFile:
        """``doc``, made editable and marked to be written."""
        doc.make_editable()
        self.dirty.add(doc.path)
        return doc
