"""A big site's search index and exports are made in a forked process while the pages render: the same
files, and their failures reported as the build's own, the previous build/ kept."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import pytest

from chronik.cli import main
from chronik.errors import ChronikError, Problem
from chronik.render import alongside
from tests.render_project import make_project


def _index(site: Path) -> tuple[int, set[str], int]:
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    pages = sum(lang["page_count"] for lang in entry["languages"].values())
    files = [p.relative_to(site / "pagefind") for p in (site / "pagefind").rglob("*") if p.is_file()]
    # Pagefind names some files by a hash of what it wrote, which differs from run to run
    kinds = {re.sub(r"_[0-9a-f]{10}\.", ".", f.parts[0]) for f in files}
    return pages, kinds, len(files)


def test_the_index_made_alongside_is_the_index_made_after(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path / "site")
    assert main(["build", "--config", str(project), "-q", "--strict", "--out", str(tmp_path / "after")]) == 0
    monkeypatch.setattr(alongside, "ALONGSIDE_FROM", 1)
    assert main(["build", "--config", str(project), "-q", "--strict", "--out", str(tmp_path / "beside")]) == 0
    after, beside = _index(tmp_path / "after"), _index(tmp_path / "beside")
    assert beside == after and after[0] > 3
    for name in ("search.html", "chronology.json", "chronology.csv", "timelinejs.json"):
        assert (tmp_path / "beside" / name).read_bytes() == (tmp_path / "after" / name).read_bytes(), name


def test_a_failure_of_the_index_alongside_fails_the_build_and_keeps_the_old_site(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path / "site")
    out = tmp_path / "site-build"
    assert main(["build", "--config", str(project), "-q", "--out", str(out)]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def broken() -> Path:
        raise ChronikError(Problem("build", 0, 0, "search index: the Pagefind binary was not found", "pip install"))

    monkeypatch.setattr("chronik.search.index._binary", broken)  # the forked child inherits the patch
    monkeypatch.setattr(alongside, "ALONGSIDE_FROM", 1)
    assert main(["build", "--config", str(project), "-q", "--out", str(out)]) == 1
    assert "search index: the Pagefind binary was not found (pip install)" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_a_chronik_error_crosses_processes_whole() -> None:
    error = ChronikError([Problem("a.yaml", 3, 5, "bad date", "YYYY-MM-DD"), Problem("b.yaml", 0, 0, "gone")])
    back = pickle.loads(pickle.dumps(error))
    assert isinstance(back, ChronikError) and back.problems == error.problems and str(back) == str(error)
