"""Plain values → YAML nodes with fixed styles, so the same chronology always gives the same bytes.

Styles: ``time: "08:55"`` always double-quoted; dates plain (``date: 2020-11-03``); text longer than
80 characters as a folded block (``>-``), text with line breaks as a literal block (``|-``); any other
string plain when it fits on its line and every YAML reader (1.1 and 1.2) reads it back as that same
string, else double-quoted (``"no"``, ``"11:00"``, ``"2020"``). ``attribution``, name lists and
``lines`` are written in flow style (``[Martuni, Shusha]``) to keep entries short; ``sources`` and
``figures`` as block lists.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml as pyyaml
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString, LiteralScalarString

from chronik.store.schema import DEFAULTS, FIELD_ORDER, FIGURE_FIELDS, OPTIONAL, REF_FIELDS, normal_figure

FOLD_AT = 80
_STR = "tag:yaml.org,2002:str"
_RESOLVE_12 = VersionedResolver()
_RESOLVE_11 = pyyaml.resolver.Resolver()
_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n]*$")
_FLOW_UNSAFE = re.compile(r"[,\[\]{}]")
_PRINTABLE = re.compile(r"^[^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]*$")


def plain_ok(text: str, flow: bool = False) -> bool:
    """Whether ``text`` can be written unquoted and read back as the same string by YAML 1.1 and 1.2."""
    if not text or text != text.strip() or not _PRINTABLE.match(text) or not _PLAIN.match(text):
        return False
    if ": " in text or " #" in text or text.endswith(":") or (flow and _FLOW_UNSAFE.search(text)):
        return False
    return (str(_RESOLVE_12.resolve(ScalarNode, text, (True, False))) == _STR
            and _RESOLVE_11.resolve(pyyaml.nodes.ScalarNode, text, (True, False)) == _STR)


def text_node(text: str | None, flow: bool = False, fold: bool = True) -> Any:
    """A string in the style the module docstring describes."""
    if text is None:
        return None
    clean = _PRINTABLE.match(text.replace("\n", "")) is not None
    if "\n" in text and clean and _literal_ok(text):
        return LiteralScalarString(text)
    if fold and not flow and len(text) > FOLD_AT and clean and _fold_ok(text):
        return FoldedScalarString(text)
    return text if len(text) <= FOLD_AT and plain_ok(text, flow) else DoubleQuotedScalarString(text)


def _fold_ok(text: str) -> bool:
    return text == text.strip() and "  " not in text and "\t" not in text


def _literal_ok(text: str) -> bool:
    lines = text.split("\n")
    return (not text.endswith("\n") and lines[0] == lines[0].lstrip() and "\t" not in text
            and all(line == line.rstrip() for line in lines))


def date_node(value: Any) -> Any:
    """A real ISO day as a date (written plain), anything else as text."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value) if len(value) == 10 else text_node(value)
        except ValueError:
            return text_node(value)
    return value


def _flow_seq(items: list[Any]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _flow_map(pairs: dict[str, Any]) -> CommentedMap:
    node = CommentedMap(pairs)
    node.fa.set_flow_style()
    return node


def figure_node(figure: dict[str, Any]) -> CommentedMap:
    """A figure as a flow mapping ``{what: civilians killed, count: 91, as_of: 2020-11-04}``."""
    figure = normal_figure(figure)
    pairs: dict[str, Any] = {}
    for key in FIGURE_FIELDS:
        if key in figure:
            value = figure[key]
            pairs[key] = date_node(value) if key == "as_of" else (
                text_node(value, flow=True) if isinstance(value, str) else value)
    return _flow_map(pairs)


def ref_node(ref: dict[str, Any]) -> CommentedMap:
    """One source reference: source, lines (flow), quote."""
    node = CommentedMap()
    for key in REF_FIELDS:
        if key in ref:
            value = ref[key]
            node[key] = _flow_seq(list(value)) if key == "lines" else text_node(value)
    return node


def value_node(key: str, value: Any) -> Any:
    """The node for field ``key`` holding plain ``value``."""
    if value is None:
        return None
    if key in ("date", "date_end"):
        return date_node(value)
    if key == "time":
        return DoubleQuotedScalarString(value) if isinstance(value, str) else value
    if key == "attribution" and isinstance(value, dict):
        return _flow_map({k: text_node(v, flow=True) for k, v in value.items()})
    if key in ("places", "actors", "tags", "flags") and isinstance(value, list):
        return _flow_seq([text_node(v, flow=True) if isinstance(v, str) else v for v in value])
    if key == "figures" and isinstance(value, list):
        return CommentedSeq(figure_node(f) for f in value) if value else _flow_seq([])
    if key == "sources" and isinstance(value, list):
        return CommentedSeq(ref_node(r) for r in value) if value else _flow_seq([])
    if isinstance(value, str):
        return text_node(value, fold=key in ("text", "title", "note"))
    return value


def entry_node(fields: dict[str, Any]) -> CommentedMap:
    """A new entry; optional fields left out when they hold their default."""
    node = CommentedMap()
    for key in FIELD_ORDER:
        if key not in fields or (key in OPTIONAL and fields[key] == DEFAULTS.get(key)):
            continue
        node[key] = value_node(key, fields[key])
    return node


def set_field(node: CommentedMap, key: str, value: Any) -> None:
    """Change one field of an existing entry in place, keeping its position and its comments.

    ``sources`` is edited reference by reference so comments inside unchanged references stay.
    """
    if key in OPTIONAL and value == DEFAULTS.get(key):
        if key in node:
            del node[key]
        return
    if key == "sources" and isinstance(node.get(key), CommentedSeq) and value and not node[key].fa.flow_style():
        _set_refs(node[key], value)
        return
    if key in node:
        node[key] = value_node(key, value)
        return
    later = FIELD_ORDER[FIELD_ORDER.index(key) + 1:] if key in FIELD_ORDER else ()
    position = next((i for i, k in enumerate(node) if k in later), len(node))
    node.insert(position, key, value_node(key, value))


def _set_refs(seq: CommentedSeq, refs: list[dict[str, Any]]) -> None:
    for i, ref in enumerate(refs):
        if i < len(seq) and isinstance(seq[i], CommentedMap):
            for key in REF_FIELDS:
                if key in ref and _plain_eq(seq[i].get(key), ref[key]):
                    continue
                if key in ref:
                    seq[i][key] = ref_node({key: ref[key]})[key]
                elif key in seq[i]:
                    del seq[i][key]
        elif i < len(seq):
            seq[i] = ref_node(ref)
        else:
            seq.append(ref_node(ref))
    while len(seq) > len(refs):
        seq.pop()


def _plain_eq(old: Any, new: Any) -> bool:
    if isinstance(old, list):
        return list(old) == list(new)
    return old == new
