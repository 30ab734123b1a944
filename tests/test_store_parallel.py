"""A big chronology is read in two processes: the same entries in the same order, the same problems."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from chronik.cli import main
from chronik.config import load_config
from chronik.errors import ChronikError
from chronik.store import load_chronology, parallel


def _day_files(seed_project: Path) -> list[Path]:
    assert main(["parse", "--config", str(seed_project / "config.yaml"), "-q"]) == 0
    return sorted((seed_project / "chronology").rglob("*.yaml"))


def _serial(config_path: Path, monkeypatch: pytest.MonkeyPatch) -> list:
    with monkeypatch.context() as m:
        m.setattr(parallel, "PARALLEL_FROM", 10**9)
        return load_chronology(load_config(config_path))


def test_two_processes_read_the_entries_of_one_in_the_same_order(seed_project: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    files = _day_files(seed_project)
    assert len(files) >= 4
    config_path = seed_project / "config.yaml"
    serial = _serial(config_path, monkeypatch)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    both = parallel.read_clean(load_config(config_path), files)
    assert both is not None, "a clean chronology is read by the fast path"
    assert both == serial and len(both) > 20
    assert load_chronology(load_config(config_path)) == serial


def test_an_id_used_in_both_halves_is_reported_at_its_line(seed_project: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    files = _day_files(seed_project)
    first, last = files[0], files[-1]
    first_id = next(line.split(": ", 1)[1] for line in first.read_text().splitlines() if line.startswith("- id: "))
    last.write_text(re.sub(r"^- id: .*$", f"- id: {first_id}", last.read_text(), count=1, flags=re.M))
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    assert parallel.read_clean(load_config(seed_project / "config.yaml"), files) is None
    with pytest.raises(ChronikError) as err:
        load_chronology(load_config(seed_project / "config.yaml"))
    message = str(err.value)
    assert f"duplicate id '{first_id}'" in message and last.name in message


def test_a_broken_file_in_the_second_half_is_reported_as_in_one_process(seed_project: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    files = _day_files(seed_project)
    broken = files[-1]
    broken.write_text(broken.read_text() + "- id: [unclosed\n")
    with pytest.raises(ChronikError) as serial_err:
        _serial(seed_project / "config.yaml", monkeypatch)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    with pytest.raises(ChronikError) as err:
        load_chronology(load_config(seed_project / "config.yaml"))
    assert str(err.value) == str(serial_err.value) and broken.name in str(err.value)


def test_a_broken_ledger_stops_the_fast_path_too(seed_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _day_files(seed_project)
    ledger = seed_project / "chronology" / ".chronik" / "ledger.json"
    ledger.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    with pytest.raises(ChronikError, match="ledger is not valid JSON"):
        load_chronology(load_config(seed_project / "config.yaml"))
    shutil.rmtree(ledger.parent)
    assert load_chronology(load_config(seed_project / "config.yaml"))
