"""Load YAML (1.2, so ``no`` stays a string and ``11:00`` is not 660) keeping line and column marks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml_rs
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from chronik.errors import ChronikError, Problem


def round_trip_yaml() -> YAML:
    """The one YAML flavour chronik reads and writes by hand-editable files with."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def read_text(path: Path, name: str) -> str:
    """The text of a YAML file; a missing or non-UTF-8 file is a ChronikError naming it."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise ChronikError(Problem(name, 0, 0, "file not found")) from exc
    except UnicodeDecodeError as exc:
        raise ChronikError(Problem(name, 0, 0, f"not UTF-8 text ({exc.reason})", "a UTF-8 file")) from exc


def load_marked(path: Path, display: str | None = None) -> Any:
    """Parse ``path``; a syntax error becomes a ChronikError naming file, line and column."""
    name = display or str(path)
    return loads_marked(read_text(path, name), name)


def fast_load(text: str) -> Any:
    """Plain data of a YAML file (dicts, lists, scalars), without marks; raises on anything needing a closer look.

    yaml-rs (a Rust YAML 1.2 parser) reads a file some ten times faster than libyaml through PyYAML's
    constructors, and round-trip parsing is slower still. Dates stay ``YYYY-MM-DD`` strings, other scalars
    are the plain values the round-trip loader gives. A duplicate key or a syntax error raises
    :class:`FastLoadError`; the caller then reads the text with :func:`loads_marked`, which says where.
    """
    return yaml_rs.loads(text, parse_datetime=False)


FastLoadError = yaml_rs.YAMLDecodeError


def loads_marked(text: str, name: str) -> Any:
    """Parse YAML text; see :func:`load_marked`."""
    if "\t" in text:
        for no, text_line in enumerate(text.splitlines(), 1):
            indent = text_line[: len(text_line) - len(text_line.lstrip())]
            if "\t" in indent:
                raise ChronikError(Problem(name, no, indent.index("\t") + 1, "tab used for indentation",
                                           "indent with spaces"))
    try:
        return round_trip_yaml().load(text)
    except MarkedYAMLError as exc:
        # An unclosed quote or bracket is only noticed at the end of the file; point at where it opened.
        opened = exc.context_mark if exc.context and exc.context.startswith("while scanning") else None
        mark = opened or exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        what = (exc.problem or exc.context or "invalid YAML").strip()
        if opened is not None:
            what = f"{exc.context.removeprefix('while scanning ')} is never closed ({what})"
        raise ChronikError(Problem(name, line, col, f"YAML syntax error: {what}", "valid YAML")) from exc
    except Exception as exc:  # ruamel raises a few unmarked errors (e.g. duplicate keys)
        raise ChronikError(Problem(name, 0, 0, f"YAML error: {exc}")) from exc


def key_mark(node: Any, key: Any) -> tuple[int, int]:
    """1-based (line, column) of ``key`` in a mapping node, or of the node itself."""
    if isinstance(node, CommentedMap):
        try:
            line, col = node.lc.key(key)
            return line + 1, col + 1
        except (KeyError, TypeError, AttributeError):
            pass
    return node_mark(node)


def value_mark(node: Any, key: Any) -> tuple[int, int]:
    """1-based (line, column) of the value at ``key`` (mapping key or sequence index)."""
    if isinstance(node, CommentedMap | CommentedSeq):
        try:
            if isinstance(node, CommentedSeq):
                line, col = node.lc.item(key)
            else:
                line, col = node.lc.value(key)
            return line + 1, col + 1
        except (KeyError, TypeError, AttributeError, IndexError):
            pass
    return key_mark(node, key)


def node_mark(node: Any) -> tuple[int, int]:
    """1-based (line, column) where a mapping or sequence node starts, (0, 0) when unknown."""
    lc = getattr(node, "lc", None)
    if lc is not None and lc.line is not None:
        return lc.line + 1, lc.col + 1
    return 0, 0
