"""``config.yaml``: typed, validated whole, every problem reported with its line and column."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from chronik.errors import ChronikError, Problem
from chronik.yamlsrc import FastLoadError, fast_load, key_mark, loads_marked, node_mark, read_text, value_mark

SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True)
class Epoch:
    """A period whose days are counted ("day 11", "thirty ninth day"); ``start`` is day one."""

    name: str
    start: dt.date
    end: dt.date | None = None


@dataclass(frozen=True)
class Source:
    """One saved page and what is known about it."""

    id: str
    file: str
    path: Path
    publisher: str
    title: str | None = None
    url: str | None = None
    published: dt.date | dt.datetime | None = None
    timezone: str = "UTC"
    language: str = "en"
    boilerplate: tuple[str, ...] = ()
    # the zone the source's own entry gives (None when it takes the site's): the outlet's clock, so a hint of its
    # country (extract.publisher.home_country)
    own_timezone: str | None = None

    @property
    def published_date(self) -> dt.date | None:
        """The publication day in the page's own zone."""
        if isinstance(self.published, dt.datetime):
            if self.published.tzinfo is not None:
                return self.published.astimezone(ZoneInfo(self.timezone)).date()
            return self.published.date()
        return self.published


@dataclass(frozen=True)
class Config:
    """The whole site: metadata, time settings, data files and sources."""

    root: Path
    path: Path
    title: str
    description: str = ""
    base_url: str = "/"
    timezone: str = "UTC"
    language: str = "en"
    cname: str | None = None
    epochs: tuple[Epoch, ...] = ()
    sides: Path | None = None
    gazetteer: Path | None = None
    boilerplate: tuple[str, ...] = ()
    sources: tuple[Source, ...] = field(default_factory=tuple)

    @property
    def chronology_dir(self) -> Path:
        return self.root / "chronology"

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    def source(self, source_id: str) -> Source | None:
        return self._sources_by_id.get(source_id)

    @functools.cached_property
    def _sources_by_id(self) -> dict[str, Source]:
        """Sources by id (the first of a duplicated id, which validation reports), looked up per reference."""
        found: dict[str, Source] = {}
        for source in self.sources:
            found.setdefault(source.id, source)
        return found


# --- validation -----------------------------------------------------------------------------

class _Checker:
    """Collects every problem in one pass so the user sees them all at once."""

    def __init__(self, name: str):
        self.name = name
        self.problems: list[Problem] = []

    def add(self, mark: tuple[int, int], message: str, expected: str | None = None) -> None:
        self.problems.append(Problem(self.name, mark[0], mark[1], message, expected))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _zone(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return value


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _date_or_datetime(value: Any) -> dt.date | dt.datetime | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        for parse in (dt.date.fromisoformat, dt.datetime.fromisoformat):
            try:
                return parse(value)
            except ValueError:
                continue
    return None


def _patterns(value: Any) -> tuple[str, ...] | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    for v in value:
        try:
            re.compile(v, re.I)
        except re.error:
            return None
    return tuple(value)


# name -> (parser returning None on a bad value, required, what is expected)
Field = tuple[Callable[[Any], Any], bool, str]

SITE_FIELDS: dict[str, Field] = {
    "title": (_text, True, "the site's title, a string"),
    "description": (lambda v: v if isinstance(v, str) else None, False, "a string"),
    "base_url": (_text, False, "the URL the site is published at, e.g. https://user.github.io/repo/"),
    "timezone": (_zone, False, "an IANA time-zone name such as Asia/Yerevan"),
    "language": (_text, False, "a language code such as en"),
    "cname": (_text, False, "a custom domain such as chronik.example.org, or null"),
    "epochs": (lambda v: v if isinstance(v, list) else None, False, "a list of {name, start, end}"),
    "sides": (_text, False, "the path of a sides file"),
    "gazetteer": (_text, False, "the path of a gazetteer file"),
    "boilerplate": (_patterns, False, "a list of regular expressions"),
    "sources": (lambda v: v if isinstance(v, list) else None, True, "a list of sources"),
}
EPOCH_FIELDS: dict[str, Field] = {
    "name": (_text, True, "a name such as '2020 war'"),
    "start": (_date, True, "the date of day one, YYYY-MM-DD"),
    "end": (_date, False, "a date YYYY-MM-DD or null"),
}
SOURCE_FIELDS: dict[str, Field] = {
    "id": (lambda v: v if isinstance(v, str) and SLUG.match(v) else None, True,
           "a lower-case slug such as evnreport-2020-11-03"),
    "file": (_text, True, "the path of the saved page, e.g. seeds/page.txt"),
    "publisher": (_text, True, "the publisher's name"),
    "title": (_text, False, "the page's title"),
    "url": (lambda v: v if isinstance(v, str) and re.match(r"^https?://", v) else None, False,
            "an http(s) URL or null"),
    "published": (_date_or_datetime, False, "a date YYYY-MM-DD or date-time with offset"),
    "timezone": (_zone, False, "an IANA time-zone name such as Asia/Baku"),
    "language": (_text, False, "a language code such as en"),
    "format": (_text, False, "a short description of the page's layout"),
    "note": (_text, False, "a note"),
    "boilerplate": (_patterns, False, "a list of regular expressions"),
}


def _fields(node: Any, spec: dict[str, Field], where: str, ck: _Checker,
            mark: tuple[int, int]) -> dict[str, Any] | None:
    """Check one mapping against its spec; return the parsed values (None when not a mapping)."""
    if not isinstance(node, dict):
        ck.add(mark, f"{where} is not a mapping", "key: value pairs")
        return None
    out: dict[str, Any] = {}
    for key in node:
        if key not in spec:
            ck.add(key_mark(node, key), f"unknown key '{key}' in {where}",
                   "one of " + ", ".join(spec))
    for key, (parse, required, expected) in spec.items():
        if key not in node or node[key] is None:
            if required:
                ck.add(node_mark(node) if node_mark(node) != (0, 0) else mark,
                       f"missing required key '{key}' in {where}", expected)
            continue
        value = parse(node[key])
        if value is None:
            ck.add(value_mark(node, key), f"bad value for '{key}' in {where}: {node[key]!r}", expected)
        else:
            out[key] = value
    return out


def display_name(path: Path) -> str:
    """How messages name a file: relative to the working folder when it is inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def load_config(path: Path | str) -> Config:
    """Read and validate ``config.yaml``; raise ChronikError listing every problem.

    A config is read fast first (a config listing thousands of sources takes seconds to read with
    marks); only when something is wrong is it read again with line and column marks to say where.
    """
    name = display_name(Path(path))
    path = Path(path).resolve()
    text = read_text(path, name)
    if "\t" not in text:  # a tab in the indentation is an error the fast reader lets pass
        try:
            return _validate(fast_load(text), name, path)
        except (FastLoadError, ChronikError):
            pass
    return _validate(loads_marked(text, name), name, path)


def _validate(data: Any, name: str, path: Path) -> Config:
    root = path.parent
    ck = _Checker(name)
    site = _fields(data, SITE_FIELDS, "config", ck, (1, 1))
    if site is None:
        raise ChronikError(ck.problems)
    default_zone = site.get("timezone", "UTC")

    epochs = []
    for i, node in enumerate(site.get("epochs", [])):
        e = _fields(node, EPOCH_FIELDS, f"epochs[{i}]", ck, value_mark(data["epochs"], i))
        if e and "name" in e and "start" in e:
            if e.get("end") and e["end"] < e["start"]:
                ck.add(value_mark(node, "end"), "epoch ends before it starts", "an end after the start")
            epochs.append(Epoch(e["name"], e["start"], e.get("end")))

    sources = []
    seen: dict[str, tuple[int, int]] = {}
    raw_sources = data.get("sources") if isinstance(data.get("sources"), list) else []
    for i, node in enumerate(raw_sources):
        s = _fields(node, SOURCE_FIELDS, f"sources[{i}]", ck, value_mark(raw_sources, i))
        if not s:
            continue
        if "id" in s:
            if s["id"] in seen:
                ck.add(value_mark(node, "id"), f"duplicate source id '{s['id']}' "
                       f"(first at line {seen[s['id']][0]})", "a unique id for each source")
                continue
            seen[s["id"]] = value_mark(node, "id")
        if "file" in s:
            file_path = (root / s["file"]).resolve()
            if not file_path.is_file():
                ck.add(value_mark(node, "file"), f"source file not found: {s['file']}",
                       "a path relative to config.yaml of an existing file")
        if not all(k in s for k in ("id", "file", "publisher")):
            continue
        sources.append(Source(
            id=s["id"], file=s["file"], path=file_path, publisher=s["publisher"], title=s.get("title"),
            url=s.get("url"), published=s.get("published"), timezone=s.get("timezone", default_zone),
            language=s.get("language", site.get("language", "en")), boilerplate=s.get("boilerplate", ()),
            own_timezone=s.get("timezone"),
        ))

    for key in ("sides", "gazetteer"):
        if key in site and not (root / site[key]).is_file():
            ck.add(value_mark(data, key), f"{key} file not found: {site[key]}", "a path relative to config.yaml")
    if ck.problems:
        raise ChronikError(ck.problems)
    return Config(
        root=root, path=path, title=site["title"], description=site.get("description", ""),
        base_url=site.get("base_url", "/"), timezone=default_zone, language=site.get("language", "en"),
        cname=site.get("cname"), epochs=tuple(epochs),
        sides=root / site["sides"] if "sides" in site else None,
        gazetteer=root / site["gazetteer"] if "gazetteer" in site else None,
        boilerplate=site.get("boilerplate", ()), sources=tuple(sources),
    )
