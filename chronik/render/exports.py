"""The chronology as data: ``chronology.json``, ``chronology.csv``, ``timelinejs.json`` (every page has a twin)."""

from __future__ import annotations

import csv
import json
from dataclasses import asdict
from html import escape
from pathlib import Path
from typing import Any

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


def write_json(site: Site, path: Path) -> None:
    """A JSON list, one entry a line (compact for big chronologies, and still readable in a diff)."""
    lines = (json.dumps(entry_record(v.entry), ensure_ascii=False, default=str) for v in site.entries)
    with path.open("w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(lines) + "\n]\n")


def _figures(view: EntryView) -> str:
    return LIST_SEPARATOR.join(f"{f.what}: {f.count}" + (f"-{f.count_max}" if f.count_max else "")
                               + (f" (as of {f.as_of})" if f.as_of else "") for f in view.figures)


def write_csv(site: Site, path: Path) -> None:
    """One row per entry and source (an entry with no source gets one row with the source columns empty)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(CSV_COLUMNS)
        for view in site.entries:
            e = view.entry
            head = [e.id, e.date, e.time or "", e.timezone or "", e.date_end or "", e.title or "", e.text,
                    e.attribution.who or "", e.attribution.side or "", LIST_SEPARATOR.join(e.places),
                    LIST_SEPARATOR.join(e.actors), e.status, e.kind, e.date_basis or "",
                    LIST_SEPARATOR.join(e.flags), LIST_SEPARATOR.join(e.tags), _figures(view), e.note or ""]
            link = permalink(site, view)
            for ref in view.refs or [None]:
                if ref is None:
                    writer.writerow([*head, "", "", "", "", "", "", link])
                    continue
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


def timelinejs(site: Site) -> dict[str, Any]:
    """The TimelineJS3 JSON format: one slide an entry, grouped by side."""
    events = []
    for view in site.entries:
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
        events.append(event)
    return {"title": {"text": {"headline": escape(site.config.title), "text": escape(site.config.description)}},
            "events": events}


def write_timelinejs(site: Site, path: Path) -> None:
    path.write_text(json.dumps(timelinejs(site), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_exports(site: Site, root: Path) -> list[str]:
    """Write the data exports into ``root``; their site paths."""
    write_json(site, root / "chronology.json")
    write_csv(site, root / "chronology.csv")
    write_timelinejs(site, root / "timelinejs.json")
    return ["chronology.json", "chronology.csv", "timelinejs.json"]
