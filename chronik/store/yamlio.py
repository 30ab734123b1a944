"""The YAML flavour of chronology files: YAML 1.2 round-trip, bad dates kept as text, ``null`` spelled out.

Reading goes through ruamel's round-trip loader so comments and formatting survive an edit by chronik,
and so ``time: 11:00`` stays the string "11:00" and ``no`` stays "no" (YAML 1.2). Two changes to the
shared flavour of :mod:`chronik.yamlsrc`: an impossible date such as ``2020-02-30`` is kept as a
:class:`NotADate` string (so ``chronik check`` can point at it instead of the whole file failing), and
``None`` is written as ``null`` rather than an empty value.
"""

from __future__ import annotations

from io import StringIO
from typing import Any

import yaml_rs
from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.emitter import RoundTripEmitter
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.representer import RoundTripRepresenter

from chronik.errors import Problem
from chronik.store.syntax import syntax_problem, tab_problems
from chronik.yamlsrc import round_trip_yaml


class NotADate(str):
    """A scalar shaped like a date that is no real day (``2020-02-30``); kept so check can report it."""


class _Constructor(RoundTripConstructor):
    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return NotADate(node.value)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


class _Representer(RoundTripRepresenter):
    def ignore_aliases(self, data: Any) -> bool:
        return True

    def represent_none(self, data: Any) -> Any:
        return self.represent_scalar("tag:yaml.org,2002:null", "null")

    def represent_not_a_date(self, data: Any) -> Any:
        return self.represent_str(str(data))

    def represent_str(self, data: str) -> Any:
        """A string the fast loader would read as a number ("_0": yaml-rs takes underscores where ruamel does
        not) is quoted, so both loaders read it back as the same string."""
        if data[:1] in _NUMBER_STARTS and not _reads_as_itself(data):
            return self.represent_scalar("tag:yaml.org,2002:str", data, style="'")
        return super().represent_str(data)


# the first characters of a YAML number; only strings starting so need checking against the fast loader
_NUMBER_STARTS = frozenset("+-._0123456789")


def _reads_as_itself(text: str) -> bool:
    try:
        return yaml_rs.loads(f"x: {text}", parse_datetime=False) == {"x": text}
    except yaml_rs.YAMLDecodeError:
        return True  # not a plain scalar at all: ruamel quotes it by its own rules


_Representer.add_representer(type(None), _Representer.represent_none)
_Representer.add_representer(NotADate, _Representer.represent_not_a_date)
_Representer.add_representer(str, _Representer.represent_str)


class _Emitter(RoundTripEmitter):
    """ruamel (0.19) can break a long double-quoted string right after an escape ("\\x7F") without the
    backslash that keeps the break from reading back as a space; such strings (control characters, which
    only a hand edit brings) are written on one line."""

    def write_double_quoted(self, text: Any, split: Any = True) -> None:
        super().write_double_quoted(text, split=split and text.isprintable())


def chronology_yaml() -> YAML:
    """The round-trip YAML used for every chronology file (top-level ``- id:`` at column 0)."""
    yaml = round_trip_yaml()
    yaml.Constructor = _Constructor
    yaml.Representer = _Representer
    yaml.Emitter = _Emitter
    yaml.indent(mapping=2, sequence=2, offset=0)
    return yaml


def parse_text(text: str, name: str) -> tuple[Any, list[Problem]]:
    """Parse one chronology file; on a syntax error return (None, [problem with line and column])."""
    tabs = tab_problems(text, name)
    if tabs:
        return None, tabs
    try:
        return chronology_yaml().load(text), []
    except MarkedYAMLError as exc:
        return None, [syntax_problem(text, name, exc)]


def dump_text(doc: Any) -> str:
    """Serialise a document; the same document always gives the same text."""
    buf = StringIO()
    chronology_yaml().dump(doc, buf)
    return buf.getvalue()
