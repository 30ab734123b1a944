"""Reading the extract stage's YAML data files: every problem is collected with its line and column."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from chronik.config import display_name
from chronik.errors import ChronikError, Problem
from chronik.yamlsrc import FastLoadError, fast_load, key_mark, load_marked, node_mark, value_mark

T = TypeVar("T")


def _commented(value: Any) -> Any:
    """Plain YAML data as the marked reader gives it (mappings and lists that know no line)."""
    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[k] = _commented(v)
        return out
    if isinstance(value, list):
        return CommentedSeq(_commented(v) for v in value)
    return value


def load_unmarked(path: Path) -> Any:
    """A data file read by the Rust YAML 1.2 reader: the same data as :func:`load_marked`, ten times sooner
    and without line numbers; it raises ChronikError where that reader would stop (no file, a tab
    in the indentation, a duplicate key, a syntax error), so that the file is read again with marks."""
    try:
        text = path.read_text(encoding="utf-8-sig")
        if "\t" in text:
            raise ChronikError(Problem(display_name(path), 0, 0, "a tab in the file"))
        return _commented(fast_load(text))
    except (OSError, UnicodeDecodeError, FastLoadError) as exc:
        raise ChronikError(Problem(display_name(path), 0, 0, str(exc))) from exc


def packaged(read: Callable[[bool], T]) -> T:
    """``read(False)``: reading files shipped with chronik without marks, since they have no problem; should
    they have one, ``read(True)`` reads them again with marks, to say where each problem is."""
    try:
        return read(False)
    except ChronikError:
        return read(True)


class Reader:
    """One data file being read: its parsed YAML and the problems found so far (``marked``: with the line and
    column of each; without, the file is read sooner, and a problem has no place)."""

    def __init__(self, path: Path, marked: bool = True):
        self.name = display_name(path)
        self.data = load_marked(path, self.name) if marked else load_unmarked(path)
        self.problems: list[Problem] = []
        self.side_refs: list[tuple[str, Problem]] = []  # every side named (checked once all sides are known)
        self.polity_refs: list[tuple[str, Problem]] = []  # every polity named (checked once all are known)

    def add(self, node: Any, key: Any, message: str, expected: str | None = None) -> None:
        line, col = value_mark(node, key) if key is not None else (0, 0)
        self.problems.append(Problem(self.name, line, col, message, expected))

    def check(self) -> None:
        """Raise every problem found, if any."""
        if self.problems:
            raise ChronikError(self.problems)

    def mapping(self, node: Any, key: Any, where: str) -> CommentedMap | None:
        value = node.get(key) if isinstance(node, CommentedMap) else None
        if value is None:
            return None
        if not isinstance(value, CommentedMap):
            self.add(node, key, f"'{key}' in {where} is not a mapping", "key: value pairs")
            return None
        return value

    def seq(self, node: Any, key: Any, where: str) -> list[Any]:
        value = node.get(key) if isinstance(node, CommentedMap) else None
        if value is None:
            return []
        if not isinstance(value, CommentedSeq):
            self.add(node, key, f"'{key}' in {where} is not a list", "a list, e.g. [a, b]")
            return []
        return list(value)

    def strings(self, node: Any, key: Any, where: str) -> list[str]:
        """A list of non-empty strings; anything else is reported (numbers are taken as text)."""
        out = []
        value = node.get(key) if isinstance(node, CommentedMap) else None
        for i, item in enumerate(self.seq(node, key, where)):
            if isinstance(item, str | int | float) and not isinstance(item, bool) and str(item).strip():
                out.append(str(item).strip())
            else:
                self.add(value, i, f"bad item in '{key}' of {where}: {item!r}", "a non-empty string")
        return out

    def years(self, node: Any, key: Any, where: str) -> tuple[int, int] | None:
        """A span of years, first and last ([1989, 1993]); anything else is reported."""
        value = node.get(key) if isinstance(node, CommentedMap) else None
        if value is None:
            return None
        if (isinstance(value, CommentedSeq) and len(value) == 2
                and all(isinstance(v, int) and not isinstance(v, bool) for v in value) and value[0] <= value[1]):
            return int(value[0]), int(value[1])
        self.add(node, key, f"bad value for '{key}' in {where}: {value!r}",
                 "the first and last year, e.g. [1989, 1993]")
        return None

    def text(self, node: Any, key: Any, where: str, required: bool = False) -> str | None:
        value = node.get(key) if isinstance(node, CommentedMap) else None
        if value is None:
            if required:
                line, col = node_mark(node)
                self.problems.append(Problem(self.name, line, col, f"missing '{key}' in {where}", "a string"))
            return None
        if not isinstance(value, str) or not value.strip():
            self.add(node, key, f"bad value for '{key}' in {where}: {value!r}", "a non-empty string")
            return None
        return value.strip()

    def side(self, node: Any, key: Any, where: str, required: bool = False) -> str | None:
        """A side name; remembered with its place so an undefined side can be reported later."""
        value = self.text(node, key, where, required)
        if value is not None:
            line, col = value_mark(node, key)
            self.side_refs.append((value, Problem(self.name, line, col, f"unknown side '{value}' in {where}")))
        return value

    def polity(self, node: Any, key: Any, where: str) -> str | None:
        """A polity's name; remembered with its place so an undefined polity can be reported later."""
        value = self.text(node, key, where)
        if value is not None:
            line, col = value_mark(node, key)
            self.polity_refs.append((value, Problem(self.name, line, col, f"unknown polity '{value}' in {where}")))
        return value

    def unknown_keys(self, node: Any, allowed: tuple[str, ...], where: str) -> None:
        if isinstance(node, CommentedMap):
            for key in node:
                if key not in allowed:
                    line, col = key_mark(node, key)
                    self.problems.append(Problem(self.name, line, col, f"unknown key '{key}' in {where}",
                                                 "one of " + ", ".join(allowed)))

    def defaults_mode(self) -> str:
        """``defaults: extend`` (the default) or ``replace``: how a user's file meets the packaged one."""
        if not isinstance(self.data, CommentedMap):
            return "extend"
        mode = self.data.get("defaults", "extend")
        if mode not in ("extend", "replace"):
            self.add(self.data, "defaults", f"bad value for 'defaults': {mode!r}", "extend or replace")
            return "extend"
        return mode
