"""Progress bars: drawn on an interactive terminal, counted in what the items stand for; silent otherwise."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from chronik.cli import main
from chronik.progress import progress
from tests.render_project import make_project


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def on_terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    """stderr as an interactive terminal (set in the test itself: pytest puts its own capture back after
    fixtures)."""
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr("chronik.progress._enabled", True)  # an earlier command in this process may have said -q
    return screen


def test_a_bar_counts_what_each_item_stands_for(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = on_terminal(monkeypatch)
    assert list(progress([3, 4, 5], "render", total=12, size=lambda n: n)) == [3, 4, 5]
    steps = terminal.getvalue().split("\r")[1:]
    assert [re.search(r"\] (\S+)/12", s).group(1) for s in steps] == ["3", "7", "12"]
    assert steps[-1].startswith("    render [" + "#" * 30 + "]") and terminal.getvalue().endswith("\n")


def test_no_bar_in_a_pipe_or_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = io.StringIO()
    monkeypatch.setattr("chronik.progress._enabled", True)
    monkeypatch.setattr("sys.stderr", pipe)
    assert list(progress(range(5), "parse", total=5)) == [0, 1, 2, 3, 4]
    monkeypatch.setattr("sys.stderr", Terminal())
    monkeypatch.setenv("CI", "true")
    assert list(progress(range(5), "parse", total=5)) == [0, 1, 2, 3, 4]
    assert pipe.getvalue() == "" and "[" not in __import__("sys").stderr.getvalue()


@pytest.mark.parametrize("workers", [1, 2])
def test_a_big_build_draws_its_rendering(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    monkeypatch.setattr("chronik.render.pages.PARALLEL_FROM", 1)  # the small test site counts as big
    monkeypatch.setattr("chronik.render.pages.CHUNK", 5)
    monkeypatch.setattr("chronik.render.pages.cores", lambda: workers)
    config = make_project(tmp_path / "site")
    terminal = on_terminal(monkeypatch)
    assert main(["build", "--config", str(config)]) == 0
    pages = len(list((config.parent / "build").rglob("*.html")))
    counts = [int(n.replace(",", "")) for n in re.findall(r"render \[[#.]+\] ([\d,]+)/", terminal.getvalue())]
    assert counts == sorted(counts) and counts[-1] == pages and len(counts) == -(-pages // 5)
