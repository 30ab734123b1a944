"""config.yaml errors name the exact line and column, and nothing is a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.cli import main
from chronik.config import load_config
from chronik.errors import ChronikError
from tests.conftest import write

GOOD = """
title: Test war
timezone: Europe/Kyiv
epochs:
  - name: war
    start: 2022-02-24
sources:
  - id: one
    file: seeds/one.txt
    publisher: Somebody
    published: 2022-03-01
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "seeds" / "one.txt", "March 1\n\nSomething happened.\n")
    return tmp_path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ChronikError) as info:
        load_config(path)
    return [f"{p.file}:{p.line}:{p.col}: {p.message}" for p in info.value.problems]


def test_good_config_loads_typed(project: Path) -> None:
    config = load_config(write(project / "config.yaml", GOOD))
    assert config.title == "Test war"
    assert config.epochs[0].start.isoformat() == "2022-02-24"
    source = config.sources[0]
    assert source.timezone == "Europe/Kyiv"  # inherited from the site
    assert source.own_timezone is None  # ... so it says nothing of the outlet's country
    assert source.published_date.isoformat() == "2022-03-01"
    assert source.path == project / "seeds" / "one.txt"


def test_a_sources_own_zone_is_kept_apart_from_the_sites(project: Path) -> None:
    config = load_config(write(project / "config.yaml", GOOD + "    timezone: Asia/Karachi\n"))
    assert (config.sources[0].timezone, config.sources[0].own_timezone) == ("Asia/Karachi", "Asia/Karachi")


def test_unknown_key_has_line_and_column(project: Path) -> None:
    path = write(project / "config.yaml", GOOD.replace("timezone: Europe/Kyiv", "timezone: Europe/Kyiv\ncolour: red"))
    assert problems_of(path) == ["config.yaml:3:1: unknown key 'colour' in config"]


def test_missing_seed_file_points_at_the_value(project: Path) -> None:
    path = write(project / "config.yaml", GOOD.replace("seeds/one.txt", "seeds/two.txt"))
    assert problems_of(path) == ["config.yaml:8:11: source file not found: seeds/two.txt"]


def test_every_problem_is_reported_at_once(project: Path) -> None:
    bad = """
title: Test war
timezone: Mars/Olympus
sources:
  - id: one
    file: seeds/one.txt
  - id: one
    file: seeds/one.txt
    publisher: Again
"""
    assert problems_of(write(project / "config.yaml", bad)) == [
        "config.yaml:2:11: bad value for 'timezone' in config: 'Mars/Olympus'",
        "config.yaml:4:5: missing required key 'publisher' in sources[0]",
        "config.yaml:6:9: duplicate source id 'one' (first at line 4)",
    ]


def test_wrong_type_and_missing_title(project: Path) -> None:
    path = write(project / "config.yaml", GOOD.replace("title: Test war\n", "").replace(
        "start: 2022-02-24", "start: [2022]"))
    got = problems_of(path)
    assert "config.yaml:1:1: missing required key 'title' in config" in got
    assert "config.yaml:4:12: bad value for 'start' in epochs[0]: [2022]" in got


def test_cli_prints_file_line_col_and_exits_1(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(project / "config.yaml", GOOD.replace("publisher: Somebody", "publisher: Somebody\n    colour: red"))
    assert main(["check", "--config", str(path)]) == 1
    err = capsys.readouterr().err
    assert "config.yaml:10:5: unknown key 'colour' in sources[0]" in err
    assert "Traceback" not in err


def test_yaml_syntax_error_has_position(project: Path) -> None:
    path = write(project / "config.yaml", 'title: "unclosed\nsources: []\n')
    (problem,) = problems_of(path)
    assert problem.startswith("config.yaml:") and "YAML syntax error" in problem


def test_unclosed_quote_points_where_it_opened(project: Path) -> None:
    path = write(project / "config.yaml", 'title: Test\ndescription: "unclosed\nsources: []\n')
    (problem,) = problems_of(path)
    assert problem.startswith("config.yaml:2:14: YAML syntax error: a quoted scalar is never closed")


def test_the_fast_read_gives_the_config_the_marked_read_gives(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = GOOD.replace("    published: 2022-03-01\n", "    published: 2022-03-01T18:30+03:00\n"
                        "    url: https://example.org/live\n    boilerplate: ['^Advert']\n    language: 'no'\n")
    write(project / "config.yaml", text + "boilerplate: ['Subscribe now']\ncname: null\n")
    fast = load_config(project / "config.yaml")
    monkeypatch.setattr("chronik.config.fast_load", lambda text: (_ for _ in ()).throw(ChronikError([])))
    marked = load_config(project / "config.yaml")
    assert fast == marked
    assert fast.sources[0].language == "no" and fast.sources[0].published.utcoffset().seconds == 3 * 3600


def test_a_tab_in_the_indentation_is_refused_though_the_fast_reader_takes_it(project: Path) -> None:
    write(project / "config.yaml", GOOD.replace("  - id: one\n    file:", "  - id: one\n\tfile:"))
    with pytest.raises(ChronikError, match=r"config.yaml:\d+:1: tab used for indentation"):
        load_config(project / "config.yaml")
