"""The fields of a chronology entry: their order, defaults, plain values, and validation with marks.

Every value is compared, fingerprinted and validated in its *plain* form (:func:`plain`): dates as
``YYYY-MM-DD`` strings, mappings as dicts, sequences as lists, whatever quoting or folding the file uses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from chronik.model import DATE_BASES, STATUSES
from chronik.store.yamlio import NotADate
from chronik.yamlsrc import key_mark, node_mark, value_mark

# The order fields are written in; people find the same field at the same place in every entry.
FIELD_ORDER = ("id", "date", "date_end", "time", "timezone", "date_basis", "kind", "title", "text",
               "attribution", "places", "actors", "figures", "status", "note", "tags", "flags", "sources")
# Written only when they differ from their default, to keep entries short.
OPTIONAL = frozenset({"date_end", "date_basis", "kind", "tags", "flags"})
REQUIRED = ("id", "date", "text")
DEFAULTS: dict[str, Any] = {
    "date_end": None, "time": None, "timezone": None, "date_basis": None, "kind": "update", "title": None,
    "attribution": {"who": None, "side": None}, "places": [], "actors": [], "figures": [],
    "status": "reported", "note": None, "tags": [], "flags": [], "sources": [],
}
ENTRY_KINDS = ("update", "context")
FIGURE_FIELDS = ("what", "count", "count_max", "qualifier", "as_of", "claimant", "side", "cumulative")
FIGURE_DEFAULTS: dict[str, Any] = {"count_max": None, "qualifier": None, "as_of": None, "claimant": None,
                                   "side": None, "cumulative": False}
REF_FIELDS = ("source", "lines", "quote")

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_PATTERN = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


_ALREADY_PLAIN = (str, int, float, bool, type(None))


def plain(value: Any) -> Any:
    """The value without YAML decoration: dict, list, str (dates as ISO), int, float, bool or None."""
    if type(value) in _ALREADY_PLAIN:  # most values of a fast-read file; subclasses (NotADate, …) go on
        return value
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return str(value)
    return value


def normal_figure(value: Any) -> Any:
    """A figure without the keys that only repeat a default, so written and re-read figures compare equal."""
    if not isinstance(value, dict):
        return value
    return {k: v for k, v in value.items() if k not in FIGURE_DEFAULTS or v != FIGURE_DEFAULTS[k]}


def field_value(node: dict[str, Any], key: str) -> Any:
    """The plain value of ``key`` in an entry, its default when absent."""
    if key not in node:
        return plain(DEFAULTS.get(key))
    value = plain(node[key])
    if key == "attribution" and isinstance(value, dict):
        return {"who": None, "side": None, **value}
    if key == "figures" and isinstance(value, list):
        return [normal_figure(f) for f in value]
    return value


# --- validation ---------------------------------------------------------------------------------

Report = Callable[[tuple[int, int], str, str], None]


def valid_date(value: Any) -> str | None:
    """``value`` as an ISO day, or None when it is not a real day."""
    if isinstance(value, dt.datetime | NotADate):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and DATE_PATTERN.match(value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    return None


def _is_zone(value: Any) -> bool:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return False
    return True


def _choice(value: Any, allowed: tuple[str, ...] | frozenset[str], nullable: bool) -> bool:
    return (nullable and value is None) or (isinstance(value, str) and value in allowed)


def _text(value: Any, nullable: bool = True) -> bool:
    return (nullable and value is None) or isinstance(value, str)


class EntryValidator:
    """Checks one entry mapping and reports each bad field at the mark of its key or value."""

    def __init__(self, sides: frozenset[str], report: Report):
        self.sides = sides
        self.report = report
        self.side_list = ", ".join(sorted(sides))

    def check(self, node: dict[str, Any], where: str) -> None:
        for key in node:
            if key not in FIELD_ORDER:
                self.report(key_mark(node, key), f"unknown field '{key}' in {where}",
                            "one of " + ", ".join(FIELD_ORDER))
        for key in REQUIRED:
            if key not in node or node[key] is None:
                self.report(node_mark(node), f"missing field '{key}' in {where}", _EXPECTED[key])
        for key in FIELD_ORDER:
            if key in node and not (key in REQUIRED and node[key] is None):
                self._field(node, key)

    def _bad(self, node: Any, key: Any, message: str) -> None:
        self.report(value_mark(node, key), message, _EXPECTED[key] if isinstance(key, str) else "")

    def _field(self, node: dict[str, Any], key: str) -> None:
        value = node[key]
        if key == "id" and not (isinstance(value, str) and ID_PATTERN.match(value)):
            self._bad(node, key, f"bad id {plain(value)!r}")
        elif key == "date" and valid_date(value) is None:
            self._bad(node, key, f"bad date {plain(value)!r}")
        elif key == "date_end" and value is not None:
            self._date_end(node, value)
        elif key == "time" and not (value is None or (isinstance(value, str) and TIME_PATTERN.match(value))):
            self._bad(node, key, f"bad time {plain(value)!r}")
        elif key == "timezone" and not (value is None or _is_zone(value)):
            self._bad(node, key, f"unknown time zone {plain(value)!r}")
        elif key == "date_basis" and not _choice(value, DATE_BASES, True):
            self._bad(node, key, f"unknown date_basis {plain(value)!r}")
        elif key == "kind" and not _choice(value, ENTRY_KINDS, False):
            self._bad(node, key, f"unknown kind {plain(value)!r}")
        elif key == "status" and not _choice(value, STATUSES, False):
            self._bad(node, key, f"unknown status {plain(value)!r}")
        elif key in ("title", "note") and not _text(value):
            self._bad(node, key, f"{key} is not text: {plain(value)!r}")
        elif key == "text" and not (isinstance(value, str) and value.strip()):
            self._bad(node, key, "text is empty or not text")
        elif key == "attribution":
            self._attribution(node, value)
        elif key in ("places", "actors", "tags", "flags"):
            self._strings(node, key, value)
        elif key == "figures":
            self._figures(node, value)

    def _date_end(self, node: dict[str, Any], value: Any) -> None:
        end, start = valid_date(value), valid_date(node.get("date"))
        if end is None:
            self._bad(node, "date_end", f"bad date_end {plain(value)!r}")
        elif start is not None and end < start:
            self.report(value_mark(node, "date_end"), f"date_end {end} is before date {start}",
                        "a date_end on or after date, or null")

    def _attribution(self, node: dict[str, Any], value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, dict):
            self._bad(node, "attribution", "attribution is not a mapping")
            return
        for key in value:
            if key not in ("who", "side"):
                self.report(key_mark(value, key), f"unknown field '{key}' in attribution", "who, side")
        if not _text(value.get("who")):
            self.report(value_mark(value, "who"), f"attribution who is not text: {plain(value['who'])!r}",
                        "a name or null")
        if not _choice(value.get("side"), self.sides, True):
            self.report(value_mark(value, "side"), f"unknown side {plain(value['side'])!r}",
                        f"one of {self.side_list}, or null")

    def _strings(self, node: dict[str, Any], key: str, value: Any) -> None:
        if not isinstance(value, list):
            self._bad(node, key, f"{key} is not a list")
            return
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.report(value_mark(value, i), f"{key} item is not text: {plain(item)!r}", _EXPECTED[key])

    def _figures(self, node: dict[str, Any], value: Any) -> None:
        if not isinstance(value, list):
            self._bad(node, "figures", "figures is not a list")
            return
        for i, fig in enumerate(value):
            if not isinstance(fig, dict):
                self.report(value_mark(value, i), "figure is not a mapping", _EXPECTED["figures"])
                continue
            self._figure(fig)

    def _figure(self, fig: dict[str, Any]) -> None:
        for key in fig:
            if key not in FIGURE_FIELDS:
                self.report(key_mark(fig, key), f"unknown field '{key}' in figure", ", ".join(FIGURE_FIELDS))
        if not (isinstance(fig.get("what"), str) and fig["what"].strip()):
            self.report(value_mark(fig, "what"), "figure has no 'what'", "what is counted, e.g. civilians killed")
        for key in ("count", "count_max"):
            v = fig.get(key)
            if (key == "count" or v is not None) and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                self.report(value_mark(fig, key), f"figure {key} is not a whole number: {plain(v)!r}",
                            "a whole number such as 91")
        if fig.get("as_of") is not None and valid_date(fig["as_of"]) is None:
            self.report(value_mark(fig, "as_of"), f"bad figure as_of {plain(fig['as_of'])!r}",
                        "a real date YYYY-MM-DD or null")
        if not _choice(fig.get("side"), self.sides, True):
            self.report(value_mark(fig, "side"), f"unknown side {plain(fig['side'])!r}",
                        f"one of {self.side_list}, or null")
        if not isinstance(fig.get("cumulative", False), bool):
            self.report(value_mark(fig, "cumulative"), "figure cumulative is not true or false", "true or false")


_EXPECTED: dict[str, str] = {
    "id": "a lower-case slug such as 2020-11-03-0855-martuni-shelling, unique across the chronology",
    "date": "a real date YYYY-MM-DD",
    "date_end": "a real date YYYY-MM-DD on or after date, or null",
    "time": "HH:MM from 00:00 to 23:59, quoted like \"08:55\", or null",
    "timezone": "an IANA time-zone name such as Asia/Yerevan, or null",
    "date_basis": "one of " + ", ".join(DATE_BASES) + ", or null",
    "kind": "one of " + ", ".join(ENTRY_KINDS),
    "status": "one of " + ", ".join(STATUSES),
    "title": "text or null",
    "note": "Markdown text or null",
    "text": "what the entry reports, as text",
    "attribution": "{who: NAME, side: SIDE}",
    "places": "a list of names such as [Martuni, Shusha]",
    "actors": "a list of names",
    "tags": "a list of words",
    "flags": "a list of words",
    "figures": "a list of {what: ..., count: ...}",
    "sources": "a list of {source: ID, lines: [N, ...], quote: TEXT}",
}
