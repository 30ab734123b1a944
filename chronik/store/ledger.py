"""What chronik last wrote: one record per entry id ever issued, kept in ``chronology/.chronik/ledger.json``.

A record holds a fingerprint of every field as chronik last wrote it. On the next parse a field whose
value no longer matches its fingerprint was changed by a person and is left alone; an id with a
record but in no file was deleted by a person, and stays deleted (its source passages, kept in the
record, are never turned into an entry again). Ids are never reused because every id ever issued
keeps its record. The file is committed with the chronology; it is JSON with sorted keys, so the same
ledger is always the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronik.config import Config
from chronik.errors import ChronikError, Problem
from chronik.store.atomic import atomic_write

LEDGER = Path(".chronik") / "ledger.json"
FORMAT = 1

RefKey = tuple[str, tuple[int, ...]]


def _compact(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(value: Any) -> str:
    """A short hash of a plain value (see :func:`chronik.store.schema.plain`)."""
    data = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:12]


def ref_key(ref: dict[str, Any]) -> RefKey | None:
    """(source, lines) of a source reference; None when it is malformed."""
    source, lines = ref.get("source"), ref.get("lines")
    if not isinstance(source, str) or not isinstance(lines, list) or not all(isinstance(n, int) for n in lines):
        return None
    return source, tuple(sorted(lines))


@dataclass
class Record:
    """One id: the day file it was last seen in, field fingerprints (empty: written by a person), its refs."""

    day: str
    fields: dict[str, str] = field(default_factory=dict)
    refs: dict[RefKey, str] = field(default_factory=dict)  # (source, lines) → quote
    deleted: bool = False

    @property
    def by_person(self) -> bool:
        """An entry a person added by hand: chronik never changes its fields."""
        return not self.fields

    def remember(self, ref: dict[str, Any]) -> None:
        key = ref_key(ref)
        if key is not None:
            self.refs[key] = str(ref.get("quote") or "")

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"day": self.day, "fields": dict(sorted(self.fields.items())),
                                "refs": [[s, list(lines), q] for (s, lines), q in sorted(self.refs.items())]}
        if self.deleted:
            data["deleted"] = True
        return data


@dataclass
class Ledger:
    records: dict[str, Record] = field(default_factory=dict)

    def text(self) -> str:
        """JSON with one line per entry, so a change to one entry is a one-line diff."""
        rows = [f"  {_compact(i)}: {_compact(r.to_json())}" for i, r in sorted(self.records.items())]
        body = "\n" + ",\n".join(rows) + "\n" if rows else ""
        return f'{{"format": {FORMAT}, "entries": {{{body}}}}}\n'

    def save(self, chronology: Path) -> bool:
        """Write the ledger if it changed; True when written."""
        path = chronology / LEDGER
        text = self.text()
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            return False
        atomic_write(path, text)
        return True


def ledger_is_sound(config: Config) -> bool:
    """Whether the ledger reads (or there is none): a build need not know more of it."""
    try:
        load_ledger(config.chronology_dir, str(LEDGER))
    except ChronikError:
        return False
    return True


def load_ledger(chronology: Path, name: str) -> Ledger:
    """Read the ledger (an empty one when there is none yet)."""
    path = chronology / LEDGER
    if not path.is_file():
        return Ledger()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ChronikError(Problem(name, exc.lineno, exc.colno, f"the ledger is not valid JSON: {exc.msg}",
                                   "restore it from git (it records what chronik last wrote)")) from exc
    try:
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}")
        records = {}
        for entry_id, raw in data["entries"].items():
            refs = {(str(s), tuple(int(n) for n in lines)): str(q) for s, lines, q in raw.get("refs", [])}
            records[entry_id] = Record(str(raw["day"]), {str(k): str(v) for k, v in raw.get("fields", {}).items()},
                                       refs, bool(raw.get("deleted", False)))
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise ChronikError(Problem(name, 0, 0, f"the ledger is not in chronik's format ({exc})",
                                   "restore it from git (it records what chronik last wrote)")) from exc
    return Ledger(records)
