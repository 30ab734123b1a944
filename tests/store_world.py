"""A tiny synthetic project for the store tests: sources of one-line paragraphs, a parser for them, and
the edits a person makes to chronology files with a text editor.

A paragraph reads ``[+1] [HH:MM] text ... [E3]``: ``+1`` dates it a day after publication, ``E3`` names
the event it reports, so paragraphs of different sources with the same tag are one event (the groups
``chronik.merge`` would make). The parser stands in for chronik's own, whose output changes as it
improves; the store must work with whatever updates it is given.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from chronik.config import Config, load_config
from chronik.model import Attribution, ParseResult, Update
from chronik.store import merge_into_chronology

PARA = re.compile(r"^(?:\+(?P<shift>\d) )?(?:(?P<time>\d\d:\d\d) )?(?P<text>.*?)(?: \[(?P<event>E\d+)\])?$")


class World:
    """A project folder with sources; ``parse()`` runs the real merge on the synthetic updates."""

    def __init__(self, root: Path):
        self.root = root
        self.sources: dict[str, tuple[str, list[str]]] = {}  # id → (published day, paragraphs)
        self._config: tuple[str, Config] | None = None
        (root / "chronology").mkdir(parents=True, exist_ok=True)

    @property
    def chronology(self) -> Path:
        return self.root / "chronology"

    def add_source(self, source_id: str, day: str, paragraphs: list[str]) -> None:
        self.sources[source_id] = (day, list(paragraphs))
        self.write_sources()

    def write_sources(self) -> None:
        (self.root / "seeds").mkdir(exist_ok=True)
        config = ["title: Test chronology", "timezone: UTC", "sources:"]
        for source_id, (day, paragraphs) in self.sources.items():
            (self.root / "seeds" / f"{source_id}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
            config += [f"  - id: {source_id}", f"    file: seeds/{source_id}.txt", "    publisher: Test",
                       f"    published: {day}", "    timezone: UTC"]
        (self.root / "config.yaml").write_text("\n".join(config) + "\n", encoding="utf-8")

    def config(self) -> Config:
        """The project's config, read again only when config.yaml changed (reading it is slow)."""
        text = (self.root / "config.yaml").read_text(encoding="utf-8")
        if self._config is None or self._config[0] != text:
            self._config = (text, load_config(self.root / "config.yaml"))
        return self._config[1]

    def updates(self) -> tuple[ParseResult, dict[str, list[Update]]]:
        """Parse every source file from disk; group updates by their event tag (or alone when untagged)."""
        result = ParseResult()
        groups: dict[str, list[Update]] = {}
        for source_id, (day, _) in self.sources.items():
            lines = (self.root / "seeds" / f"{source_id}.txt").read_text(encoding="utf-8").splitlines()
            for no, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                m = PARA.match(line)
                assert m is not None
                date = (dt.date.fromisoformat(day) + dt.timedelta(days=int(m["shift"] or 0))).isoformat()
                u = Update(source=source_id, lines=[no], text=m["text"], date=date, time=m["time"], timezone="UTC",
                           date_basis="timestamp" if m["time"] else "publication",
                           attribution=Attribution("officials", None), places=[f"Town{no % 3}"])
                result.updates.append(u)
                groups.setdefault(m["event"] or f"{source_id}:{no}", []).append(u)
        return result, groups

    def parse(self) -> str:
        result, groups = self.updates()
        return merge_into_chronology(self.config(), result, list(groups.values()))

    def snapshot(self) -> dict[str, str]:
        """Every file under chronology/ (ledger included) → its text."""
        return {p.relative_to(self.chronology).as_posix(): p.read_text(encoding="utf-8")
                for p in sorted(self.chronology.rglob("*")) if p.is_file()}

    def ledger(self) -> dict:
        return json.loads((self.chronology / ".chronik" / "ledger.json").read_text(encoding="utf-8"))


# --- a person with a text editor ------------------------------------------------------------------

def day_files(chronology: Path) -> list[Path]:
    return sorted(p for p in chronology.rglob("*.yaml") if ".chronik" not in p.parts)


def find_entry(chronology: Path, entry_id: str) -> tuple[Path, list[str], int, int] | None:
    """(file, its lines, first line index of the entry, index after its last line)."""
    for path in day_files(chronology):
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if line == f"- id: {entry_id}" or line.startswith(f"- id: {entry_id} "):
                end = i + 1
                while end < len(lines) and not lines[end].startswith(("- ", "#")) and lines[end] != "":
                    end += 1
                return path, lines, i, end
    return None


def entry_ids(chronology: Path) -> list[str]:
    ids = []
    for path in day_files(chronology):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("- id: "):
                ids.append(line[6:].split(" #")[0].strip())
    return ids


def save(path: Path, lines: list[str]) -> None:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def set_field(chronology: Path, entry_id: str, key: str, yaml_value: str) -> None:
    """Replace ``key: ...`` (and its continuation lines) in an entry, or add it before ``sources:``."""
    path, lines, start, end = find_entry(chronology, entry_id)
    for i in range(start + 1, end):
        if lines[i].startswith(f"  {key}:"):
            stop = i + 1
            while stop < end and lines[stop].startswith("    "):
                stop += 1
            comment = lines[i].split(" # ", 1)[1] if " # " in lines[i] and key != "text" else None
            lines[i:stop] = [f"  {key}: {yaml_value}" + (f"  # {comment}" if comment else "")]
            save(path, lines)
            return
    at = next((i for i in range(start + 1, end) if lines[i].startswith("  sources:")), end)
    lines.insert(at, f"  {key}: {yaml_value}")
    save(path, lines)


def delete_entry(chronology: Path, entry_id: str) -> None:
    """Remove the entry's lines and the comment lines right above it."""
    path, lines, start, end = find_entry(chronology, entry_id)
    while start > 0 and lines[start - 1].startswith("#"):
        start -= 1
    del lines[start:end]
    save(path, lines)


def add_comment_above(chronology: Path, entry_id: str, text: str) -> None:
    path, lines, start, _ = find_entry(chronology, entry_id)
    lines.insert(start, f"# {text}")
    save(path, lines)


def add_comment_eol(chronology: Path, entry_id: str, key: str, text: str) -> None:
    path, lines, start, end = find_entry(chronology, entry_id)
    for i in range(start, end):
        if lines[i].startswith((f"  {key}:", f"- {key}:")) and " # " not in lines[i]:
            lines[i] += f"  # {text}"
            save(path, lines)
            return


def move_entry(chronology: Path, entry_id: str, day: str, set_date: bool) -> None:
    """Cut the entry (with the comments above it) and paste it at the end of ``day``'s file."""
    path, lines, start, end = find_entry(chronology, entry_id)
    while start > 0 and lines[start - 1].startswith("#"):
        start -= 1
    block = lines[start:end]
    del lines[start:end]
    save(path, lines)
    if set_date:
        block = [f"  date: {day}" if line.startswith("  date:") else line for line in block]
    target = chronology / day[:4] / f"{day}.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    old = target.read_text(encoding="utf-8").splitlines() if target.exists() else []
    if old == ["[]"]:
        old = []
    save(target, old + block)


def add_entry(chronology: Path, entry_id: str, day: str, time: str | None, text: str) -> dict:
    """Append a hand-written entry; returns its fields as chronik reads them."""
    target = chronology / day[:4] / f"{day}.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    old = target.read_text(encoding="utf-8").splitlines() if target.exists() else []
    if old == ["[]"]:
        old = []
    block = [f"- id: {entry_id}", f"  date: {day}"]
    block += [f"  time: {time}"] if time else []
    block += [f"  text: {json.dumps(text)}", "  status: confirmed", "  note: added by hand", "  sources: []"]
    save(target, old + block)
    return {"id": entry_id, "date": day, "time": time, "text": text, "status": "confirmed", "note": "added by hand"}
