"""`chronik parse --json` on the seed project keeps the contract of DESIGN.md: every non-empty line of every
source exactly once (in an update or dropped with a reason), and every update with the documented fields."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from chronik.cli import main
from chronik.config import load_config
from chronik.model import DATE_BASES, KINDS

FIELDS = {"source", "lines", "date", "date_end", "time", "timezone", "date_basis", "kind", "title", "text",
          "attribution", "flags", "why", "tags"}


@pytest.fixture
def parsed(seed_project: Path) -> tuple[dict, Path]:
    return _parse(seed_project), seed_project


def _parse(root: Path) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["parse", "--json", "--quiet", "--config", str(root / "config.yaml")]) == 0
    return json.loads(out.getvalue())


def test_every_nonempty_line_is_accounted_for_exactly_once(parsed: tuple[dict, Path]) -> None:
    data, root = parsed
    config = load_config(root / "config.yaml")
    for source in config.sources:
        seen: dict[int, int] = {}
        for u in data["updates"]:
            if u["source"] == source.id:
                for no in u["lines"]:
                    seen[no] = seen.get(no, 0) + 1
        for d in data["dropped"]:
            if d["source"] == source.id:
                seen[d["line"]] = seen.get(d["line"], 0) + 1
        text = source.path.read_text(encoding="utf-8-sig").splitlines()
        expected = {no for no, line in enumerate(text, 1) if line.strip()}
        assert set(seen) == expected, source.id
        assert all(count == 1 for count in seen.values()), source.id


def test_updates_have_the_documented_fields_and_values(parsed: tuple[dict, Path]) -> None:
    data, _ = parsed
    assert data["updates"]
    for u in data["updates"]:
        assert set(u) >= FIELDS, set(u) ^ FIELDS
        assert u["kind"] in KINDS and u["date_basis"] in DATE_BASES
        assert u["lines"] == sorted(u["lines"]) and u["lines"]
        if u["date"] is not None:
            dt.date.fromisoformat(u["date"])
        else:
            assert "no-date" in u["flags"]
        if u["date_end"] is not None:
            assert dt.date.fromisoformat(u["date_end"]) > dt.date.fromisoformat(u["date"])
        assert u["time"] is None or re.fullmatch(r"(?:[01]\d|2[0-3]):[0-5]\d", u["time"])
        ZoneInfo(u["timezone"])
        assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", f) for f in u["flags"])  # DESIGN.md's list is open
        assert u["why"] and "\n" not in u["why"]


def test_dropped_lines_say_why(parsed: tuple[dict, Path]) -> None:
    data, _ = parsed
    assert data["dropped"]
    for d in data["dropped"]:
        assert set(d) == {"source", "line", "reason"} and d["reason"]
        assert d["reason"] == "separator" or d["reason"].startswith("boilerplate: ")


def test_parse_json_writes_nothing(seed_project: Path) -> None:
    before = sorted(p.relative_to(seed_project) for p in seed_project.rglob("*"))
    _parse(seed_project)
    assert sorted(p.relative_to(seed_project) for p in seed_project.rglob("*")) == before
