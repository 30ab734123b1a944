"""chronology/: one YAML file a day. (First cut: rewritten from the parse; no hand edits kept yet.)"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import asdict
from io import StringIO
from pathlib import Path

from chronik.config import Config
from chronik.errors import ChronikError, Problem
from chronik.model import Attribution, Entry, ParseResult, SourceRef, Update
from chronik.yamlsrc import load_marked, round_trip_yaml


def slug(text: str, words: int = 6) -> str:
    parts = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(parts[:words]) or "entry"


def entry_from_update(update: Update, taken: set[str]) -> Entry:
    base = f"{update.date}-{(update.time or '').replace(':', '')}-{slug(update.title or update.text)}"
    base = base.replace("--", "-")
    eid, n = base, 2
    while eid in taken:
        eid, n = f"{base}-{n}", n + 1
    taken.add(eid)
    return Entry(id=eid, date=update.date or "", time=update.time, timezone=update.timezone,
                 title=update.title, text=update.text, attribution=update.attribution,
                 places=update.places, actors=update.actors, figures=update.figures,
                 sources=[SourceRef(update.source, sorted(update.lines), update.text)],
                 date_basis=update.date_basis, kind=update.kind, flags=update.flags)


def atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def update_chronology(config: Config, result: ParseResult) -> str:
    taken: set[str] = set()
    by_day: dict[str, list[Entry]] = {}
    for u in result.updates:
        if u.kind == "aside" or not u.date:
            continue
        e = entry_from_update(u, taken)
        by_day.setdefault(e.date, []).append(e)
    yaml = round_trip_yaml()
    for day, entries in sorted(by_day.items()):
        entries.sort(key=lambda e: (e.time or "", e.id))
        buf = StringIO()
        yaml.dump([asdict(e) for e in entries], buf)
        atomic_write(config.chronology_dir / day[:4] / f"{day}.yaml", buf.getvalue())
    return f"{sum(map(len, by_day.values()))} entries in {len(by_day)} day files"


def load_chronology(config: Config) -> list[Entry]:
    entries = []
    for path in sorted(config.chronology_dir.rglob("*.yaml")):
        data = load_marked(path, str(path.relative_to(config.root))) or []
        for item in data:
            item = dict(item)
            item["date"] = str(item["date"])
            item["attribution"] = Attribution(**dict(item.get("attribution") or {}))
            item["sources"] = [SourceRef(**dict(s)) for s in item.get("sources") or []]
            entries.append(Entry(**item))
    entries.sort(key=lambda e: (e.date, e.time or "", e.id))
    return entries


def check_chronology(config: Config) -> list[Problem]:
    try:
        entries = load_chronology(config)
    except ChronikError as exc:
        return exc.problems
    except TypeError as exc:
        return [Problem("chronology", 0, 0, str(exc))]
    problems = []
    for e in entries:
        try:
            dt.date.fromisoformat(e.date)
        except ValueError:
            problems.append(Problem("chronology", 0, 0, f"bad date {e.date!r} in {e.id}", "YYYY-MM-DD"))
    return problems
