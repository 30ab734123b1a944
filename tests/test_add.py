"""`chronik add`: copy a page into seeds/, append it to config.yaml keeping the file as written, or change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.cli import main
from chronik.cli.add import slugify
from chronik.config import load_config
from tests.conftest import write

CONFIG = """\
# My war chronology. Paths are relative to this file.
title: "Sudan: a chronology"   # shown on every page
timezone: Africa/Khartoum

sources:
  # the first page we saved
  - id: first
    file: seeds/first.txt
    publisher: Sudan Tribune
    url: null
    published: 2023-04-15
# end of sources
"""

PAGE = """\
April 26 update

9:00 a.m.: The army said a truce held overnight.

9:40 a.m.: The RSF accused the army of shelling Omdurman.

Military developments

On 2 April, the army said it had retaken the airport.

***

Subscribe to our newsletter for daily updates. Sign up for our newsletter today.
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    write(tmp_path / "seeds" / "first.txt", "April 15\n\nFighting broke out in Khartoum.\n")
    write(tmp_path / "config.yaml", CONFIG)
    write(tmp_path / "downloads" / "page.txt", PAGE)
    return tmp_path


def add(project: Path, *extra: str, page: str = "downloads/page.txt") -> int:
    return main(["add", str(project / page), "--config", str(project / "config.yaml"), *extra])


def test_add_copies_the_page_appends_the_source_and_keeps_the_file_as_written(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = add(project, "--publisher", "Radio Dabanga", "--published", "2023-04-26", "--url",
               "https://www.dabangasudan.org/en/live", "--title", "Sudan live")
    assert code == 0
    assert (project / "seeds" / "page.txt").read_text() == PAGE
    text = (project / "config.yaml").read_text()
    assert text.startswith(CONFIG)  # comments, quotes and layout above are untouched
    config = load_config(project / "config.yaml")
    source = config.source("radio-dabanga-2023-04-26")
    assert source is not None and source.file == "seeds/page.txt" and source.title == "Sudan live"
    assert source.timezone == "Africa/Khartoum"  # inherited from the site
    out = capsys.readouterr().out
    assert "radio-dabanga-2023-04-26" in out
    assert "3 updates, 2 asides" in out and "timestamp 2, heading 1" in out and "date-conflict 1" in out
    assert "separator (1)" in out and "boilerplate: subscription appeal (1)" in out


def test_a_date_time_with_offset_and_a_zone_are_stored(project: Path) -> None:
    assert add(project, "--publisher", "Sudan Tribune", "--published", "2023-04-26T21:30:00+02:00",
               "--timezone", "Africa/Khartoum", "--id", "st-evening") == 0
    source = load_config(project / "config.yaml").source("st-evening")
    assert source is not None and source.published_date.isoformat() == "2023-04-26"


def test_a_duplicate_id_changes_nothing(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert add(project, "--publisher", "X", "--published", "2023-04-26", "--id", "first") == 1
    assert "already exists" in capsys.readouterr().err
    assert (project / "config.yaml").read_text() == CONFIG
    assert not (project / "seeds" / "page.txt").exists()


@pytest.mark.parametrize(("flags", "message"), [
    (("--published", "26/04/2023"), "--published: not a date"),
    (("--published", "2023-04-26", "--timezone", "Khartoum"), "--timezone: unknown time zone"),
    (("--published", "2023-04-26", "--id", "Bad Id"), "--id: not a valid source id"),
])
def test_bad_arguments_are_reported_and_change_nothing(project: Path, capsys: pytest.CaptureFixture[str],
                                                       flags: tuple[str, ...], message: str) -> None:
    assert add(project, "--publisher", "X", *flags) == 1
    assert message in capsys.readouterr().err
    assert (project / "config.yaml").read_text() == CONFIG
    assert not (project / "seeds" / "page.txt").exists()


def test_a_config_that_does_not_load_after_the_edit_is_restored(project: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    broken = CONFIG.replace("timezone: Africa/Khartoum", "timezone: Mars/Olympus")
    (project / "config.yaml").write_text(broken)
    assert add(project, "--publisher", "X", "--published", "2023-04-26") == 1
    assert "Mars/Olympus" in capsys.readouterr().err
    assert (project / "config.yaml").read_text() == broken
    assert not (project / "seeds" / "page.txt").exists()


def test_a_page_already_in_seeds_is_not_copied_again(project: Path) -> None:
    assert add(project, "--publisher", "Sudan Tribune", "--published", "2023-04-15", "--id", "again",
               page="seeds/first.txt") == 0
    assert sorted(p.name for p in (project / "seeds").iterdir()) == ["first.txt"]
    assert load_config(project / "config.yaml").source("again").file == "seeds/first.txt"


def test_a_different_page_with_a_taken_name_is_saved_under_its_id(project: Path) -> None:
    write(project / "downloads" / "first.txt", "Another page.\n")
    assert add(project, "--publisher", "Al Jazeera", "--published", "2023-04-27", page="downloads/first.txt") == 0
    assert (project / "seeds" / "al-jazeera-2023-04-27.txt").read_text() == "Another page.\n"
    assert (project / "seeds" / "first.txt").read_text().startswith("April 15")


def test_slug_of_a_publisher() -> None:
    assert slugify("The Independent (Associated Press wire)") == "the-independent"
    assert slugify("Médecins Sans Frontières") == "medecins-sans-frontieres"
    assert slugify("Азатутюн") == ""
