"""The chronology as data: ``chronology.json``, ``chronology.csv``, ``timelinejs.json`` (every page has a twin)."""

from __future__ import annotations

import copy
import csv
import json
from collections.abc import Iterable
from dataclasses import asdict
from html import escape
from pathlib import Path
from typing import Any, TextIO

from chronik.model import Entry
from chronik.render.context import UNATTRIBUTED, EntryView, Site, as_figure
from chronik.render.urls import absolute, is_absolute_url

CSV_COLUMNS = (
    "entry_id", "date", "time", "timezone", "date_end", "title", "text", "claimant", "side", "places", "actors",
    "status", "kind", "date_basis", "flags", "tags", "figures", "note", "source_id", "source_publisher",
    "source_title", "source_url", "source_lines", "quote", "permalink",
)
LIST_SEPARATOR = "; "


def entry_record(entry: Entry) -> dict[str, Any]:
    """An entry as plain data, in the schema of ``chronology/*.yaml`` (a shallow copy: fast, and
    the values are already plain; dates that YAML typed are written as text by :func:`write_json`)."""
    data = dict(vars(entry))
    data["attribution"] = dict(vars(entry.attribution))
    data["figures"] = [asdict(as_figure(f)) for f in entry.figures]
    data["sources"] = [{"source": r.source, "lines": list(r.lines), "quote": r.quote} for r in entry.sources]
    return data


def permalink(site: Site, view: EntryView) -> str:
    base = site.config.base_url
    return absolute(base, view.path) if is_absolute_url(base) else view.path


class _Sink:
    """What a csv.writer writes, kept as text (one entry's rows at a time)."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)

    def take(self) -> str:
        text, self.parts = "".join(self.parts), []
        return text


def _figures(view: EntryView) -> str:
    return LIST_SEPARATOR.join(f"{f.what}: {f.count}" + (f"-{f.count_max}" if f.count_max else "")
                               + (f" (as of {f.as_of})" if f.as_of else "") for f in view.figures)


def _csv_rows(site: Site, view: EntryView, writer: Any) -> None:
    """One row per source of the entry (an entry with no source gets one row with the source columns empty)."""
    e = view.entry
    head = [e.id, e.date, e.time or "", e.timezone or "", e.date_end or "", e.title or "", e.text,
            e.attribution.who or "", e.attribution.side or "", LIST_SEPARATOR.join(e.places),
            LIST_SEPARATOR.join(e.actors), e.status, e.kind, e.date_basis or "",
            LIST_SEPARATOR.join(e.flags), LIST_SEPARATOR.join(e.tags), _figures(view), e.note or ""]
    link = permalink(site, view)
    if not view.refs:
        writer.writerow([*head, "", "", "", "", "", "", link])
    for ref in view.refs:
        src = ref.source
        writer.writerow([*head, ref.source_id, src.publisher if src else "", (src.title or "") if src else "",
                         (src.url or "") if src else "", ref.lines_label.replace("–", "-"), ref.quote, link])


def _date_parts(day: str, time: str | None) -> dict[str, str]:
    year, month, dom = day.split("-")
    parts = {"year": year, "month": str(int(month)), "day": str(int(dom))}
    if time and ":" in time:
        hour, minute = time.split(":")[:2]
        parts.update(hour=str(int(hour)), minute=str(int(minute)))
    return parts


def timeline_event(site: Site, view: EntryView) -> dict[str, Any]:
    """One entry as a TimelineJS3 slide, grouped by side."""
    e = view.entry
    when = view.when
    display = when.date_label + (f" – {when.end_label}" if when.end_label else "")
    if when.time_label:
        display += f", {when.time_label} {when.offset_label or ''}".rstrip()
    sources = ", ".join(escape(r.source.publisher if r.source else r.source_id) for r in view.refs)
    text = "".join(f"<p>{escape(p)}</p>" for p in e.text.split("\n\n") if p.strip())
    text += f'<p>Sources: {sources}. <a href="{escape(permalink(site, view))}">Permalink</a></p>'
    event: dict[str, Any] = {
        "unique_id": e.id,
        "group": view.side.label if view.side else UNATTRIBUTED.capitalize(),
        "display_date": display,
        "start_date": _date_parts(e.date, e.time),
        "text": {"headline": escape(view.heading), "text": text},
    }
    if e.date_end and str(e.date_end) != e.date:
        event["end_date"] = _date_parts(str(e.date_end), None)
    return event


def _line(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)


class Exports:
    """The three exports, written one entry at a time. ``chronology.json`` and ``timelinejs.json`` hold one
    entry a line (compact for big chronologies, and still readable in a diff); ``chronology.csv`` one row
    per entry and source.

    With ``keep`` (``chronik serve``) the text of each entry is kept, so that an edit redoes the pieces of
    the entries it changed and the files are written again without going over every entry; a build
    writes them as it makes them, holding no more than one entry's text at a time.
    """

    KINDS = ("json", "csv", "events")

    def __init__(self, site: Site, keep: bool = False):
        self.site = site
        self._sink = _Sink()
        self._writer = csv.writer(self._sink)
        self.pieces: dict[str, list[str]] | None = None
        if keep:
            self.pieces = {kind: [self._piece(kind, view) for view in site.entries] for kind in self.KINDS}

    def _piece(self, kind: str, view: EntryView) -> str:
        if kind == "json":
            return _line(entry_record(view.entry))
        if kind == "csv":
            _csv_rows(self.site, view, self._writer)
            return self._sink.take()
        return _line(timeline_event(self.site, view))

    def _all(self, kind: str) -> Iterable[str]:
        if self.pieces is not None:
            return self.pieces[kind]
        return (self._piece(kind, view) for view in self.site.entries)

    def redo(self, views: list[EntryView]) -> None:
        """The kept pieces of ``views`` again (entries edited in place: same positions in the site)."""
        assert self.pieces is not None
        for view in views:
            for kind in self.KINDS:
                self.pieces[kind][view.index] = self._piece(kind, view)

    def frozen(self) -> Exports:
        """A copy that later edits leave alone, to write on another thread."""
        twin = copy.copy(self)
        if self.pieces is not None:
            twin.pieces = {kind: list(pieces) for kind, pieces in self.pieces.items()}
        twin._sink = _Sink()
        twin._writer = csv.writer(twin._sink)
        return twin

    def write(self, root: Path) -> list[str]:
        """Write the exports into ``root``; their site paths."""
        with (root / "chronology.json").open("w", encoding="utf-8") as f:
            _write_list(f, self._all("json"))
            f.write("\n")
        with (root / "chronology.csv").open("w", encoding="utf-8", newline="") as f:
            self._writer.writerow(CSV_COLUMNS)
            f.write(self._sink.take())
            f.writelines(self._all("csv"))
        title = {"text": {"headline": escape(self.site.config.title), "text": escape(self.site.config.description)}}
        with (root / "timelinejs.json").open("w", encoding="utf-8") as f:
            f.write('{"title": ' + _line(title) + ',\n"events": ')
            _write_list(f, self._all("events"))
            f.write("}\n")
        return ["chronology.json", "chronology.csv", "timelinejs.json"]


def _write_list(f: TextIO, lines: Iterable[str]) -> None:
    """A JSON list of already-encoded items, one a line."""
    f.write("[")
    separator = "\n"
    for line in lines:
        f.write(separator)
        f.write(line)
        separator = ",\n"
    f.write("]" if separator == "\n" else "\n]")


def write_exports(site: Site, root: Path) -> list[str]:
    """Write the data exports into ``root``; their site paths."""
    return Exports(site).write(root)
