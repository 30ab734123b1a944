"""Reports of one event that disagree on a figure become one entry with status disputed."""

from __future__ import annotations

from pathlib import Path

import yaml

from chronik.cli import main
from tests.conftest import write

REPORT = ("March 3\n\n{who} said the Russian shelling of the central square in Kharkiv on March 3 killed {n} "
          "civilians and wounded 40, destroying the regional administration building.\n")


def project(tmp_path: Path, a: int, b: int) -> Path:
    write(tmp_path / "seeds" / "a.txt", REPORT.format(who="The regional governor of Kharkiv, Oleh Syniehubov,", n=a))
    write(tmp_path / "seeds" / "b.txt", REPORT.format(who="Kharkiv governor Oleh Syniehubov", n=b))
    write(tmp_path / "config.yaml", """
        title: T
        timezone: Europe/Kyiv
        sources:
          - {id: a, file: seeds/a.txt, publisher: A, published: 2022-03-03}
          - {id: b, file: seeds/b.txt, publisher: B, published: 2022-03-04}
    """)
    (tmp_path / "chronology").mkdir()
    assert main(["parse", "-q", "--config", str(tmp_path / "config.yaml")]) == 0
    return tmp_path


def entries(root: Path) -> list[dict]:
    return [e for p in sorted((root / "chronology").rglob("*.yaml")) for e in yaml.safe_load(p.read_text())]


def test_different_tallies_of_one_event_are_disputed(tmp_path: Path) -> None:
    (entry,) = entries(project(tmp_path, 12, 15))
    assert [s["source"] for s in entry["sources"]] == ["a", "b"]
    assert entry["status"] == "disputed"


def test_agreeing_reports_stay_reported(tmp_path: Path) -> None:
    (entry,) = entries(project(tmp_path, 12, 12))
    assert len(entry["sources"]) == 2
    assert entry["status"] == "reported"
