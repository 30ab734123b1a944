"""content/: Markdown pages and day summaries with YAML front matter, and their errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.errors import ChronikError
from chronik.render.content import load_day_summaries, load_pages, split_front_matter
from tests.conftest import write


def test_pages_sorted_by_order(tmp_path: Path) -> None:
    write(tmp_path / "content" / "b.md", "---\ntitle: Second\norder: 2\n---\nText\n")
    write(tmp_path / "content" / "a.md", "---\ntitle: First\norder: 1\n---\nText\n")
    write(tmp_path / "content" / "README.md", "# not a page\n")
    pages = load_pages(tmp_path / "content", tmp_path)
    assert [(p.title, p.path) for p in pages] == [("First", "a.html"), ("Second", "b.html")]
    assert pages[0].body == "Text\n"


def test_missing_title_names_the_file_and_line(tmp_path: Path) -> None:
    write(tmp_path / "content" / "about.md", "---\norder: 1\n---\nText\n")
    with pytest.raises(ChronikError) as err:
        load_pages(tmp_path / "content", tmp_path)
    assert "content/about.md:1:1: missing or empty 'title'" in str(err.value)


def test_bad_order_is_reported_at_its_line(tmp_path: Path) -> None:
    write(tmp_path / "content" / "about.md", "---\ntitle: About\norder: first\n---\n")
    with pytest.raises(ChronikError) as err:
        load_pages(tmp_path / "content", tmp_path)
    assert "content/about.md:3:" in str(err.value) and "bad 'order'" in str(err.value)


def test_yaml_error_in_front_matter_has_the_file_line(tmp_path: Path) -> None:
    write(tmp_path / "content" / "about.md", "---\ntitle: About\norder: [1\n---\n")
    with pytest.raises(ChronikError) as err:
        load_pages(tmp_path / "content", tmp_path)
    problem = err.value.problems[0]
    assert problem.file == "content/about.md" and problem.line >= 3


def test_unclosed_front_matter_and_reserved_names(tmp_path: Path) -> None:
    with pytest.raises(ChronikError, match="not closed"):
        split_front_matter("---\ntitle: x\n", "x.md")
    write(tmp_path / "content" / "index.md", "---\ntitle: Home\n---\n")
    with pytest.raises(ChronikError, match="overwrite the generated index page"):
        load_pages(tmp_path / "content", tmp_path)


def test_no_front_matter_is_fine_for_day_summaries(tmp_path: Path) -> None:
    write(tmp_path / "content" / "days" / "2020-11-03.md", "Shelling resumed.\n")
    write(tmp_path / "content" / "days" / "2020-11-04.md", "---\ntitle: In brief\n---\nQuiet.\n")
    days = load_day_summaries(tmp_path / "content", tmp_path)
    assert days["2020-11-03"].body == "Shelling resumed.\n" and days["2020-11-03"].title is None
    assert days["2020-11-04"].title == "In brief"


def test_day_summary_file_must_be_a_date(tmp_path: Path) -> None:
    write(tmp_path / "content" / "days" / "2020-13-45.md", "x\n")
    with pytest.raises(ChronikError, match="not a date"):
        load_day_summaries(tmp_path / "content", tmp_path)
