"""`chronik init DIR && cd DIR && chronik build` works, and templates/ overrides rather than copies the theme."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.cli import main
from chronik.render.templating import THEME_DIR
from tests.conftest import ROOT
from tests.render_project import crawl


def test_init_then_build_gives_a_working_empty_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "kyiv-war"
    assert main(["init", str(project), "-q"]) == 0
    monkeypatch.chdir(project)
    assert main(["build", "-q", "--strict"]) == 0
    site = project / "build"
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "Kyiv War" in index and "The chronology is empty" in index
    result = crawl(site)
    assert result.broken == [] and {"about.html", "methodology.html", "sources/index.html"} <= set(result.pages)
    assert (project / "templates" / "README.md").is_file()
    assert not (project / "templates" / "base.html").exists(), "the theme is not copied: templates/ overrides it"


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.txt").write_text("mine")
    assert main(["init", str(tmp_path)]) == 1
    assert "not empty" in capsys.readouterr().err


def test_the_overriding_guide_is_the_same_in_the_repository_and_in_new_projects() -> None:
    assert (ROOT / "templates" / "README.md").read_text() == (THEME_DIR / "OVERRIDING.md").read_text()
