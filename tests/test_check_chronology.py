"""``chronik check`` on broken chronology files: each mistake at its exact line and column, all at once,
and a build attempted on a broken chronology leaves the previous build/ as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_world import World

from chronik.cli import main
from chronik.errors import ChronikError
from chronik.store import check_chronology

FILE = "chronology/2020/2020-11-03.yaml"
SOURCE = ["08:55 Shelling of Martuni resumes at dawn [E1]", "09:30 Drone strike on a convoy [E2]"]

# name → (text in the file, what a person typed instead, the one problem check reports)
BROKEN = {
    "indentation": ("  title: null\n", " title: null\n",
                    f"{FILE}:6:2: this line is not indented like the lines around it "
                    "(the fields of an entry indented by two spaces, under '- id:')"),
    "tab": ("  status: reported\n", "\tstatus: reported\n",
            f"{FILE}:12:1: tab used for indentation (indent with spaces)"),
    "unclosed quote": ('time: "08:55"', 'time: "08:55',
                       f"{FILE}:3:9: unclosed quote: the value that starts here never ends "
                       "(the same quote mark at the end of the value, on this line)"),
    "impossible date": ('date: 2020-11-03\n  time: "08:55"', 'date: 2020-02-30\n  time: "08:55"',
                        f"{FILE}:2:9: bad date '2020-02-30' (a real date YYYY-MM-DD)"),
    "impossible time": ('time: "09:30"', "time: 25:00",
                        f"{FILE}:20:9: bad time '25:00' (HH:MM from 00:00 to 23:59, quoted like \"08:55\", or null)"),
    "unknown source": ("- source: a\n    lines: [3]", "- source: nowhere\n    lines: [3]",
                       f"{FILE}:32:13: unknown source 'nowhere' (a source id of config.yaml: one of a)"),
    "duplicate id": ("id: 2020-11-03-0930-drone-strike-convoy", "id: 2020-11-03-0855-shelling-martuni-resumes-dawn",
                     f"{FILE}:18:7: duplicate id '2020-11-03-0855-shelling-martuni-resumes-dawn', first used at "
                     f"{FILE}:1:7 (an id unique across the chronology; give one of them a new id)"),
    "line out of range": ("lines: [3]", "lines: [3, 99]",
                          f"{FILE}:33:16: line 99 is not in source 'a' (a line number from 1 to 3)"),
    "bad status": ("status: reported\n  note: null\n  sources:\n  - source: a\n    lines: [3]",
                   "status: rumoured\n  note: null\n  sources:\n  - source: a\n    lines: [3]",
                   f"{FILE}:29:11: unknown status 'rumoured' (one of reported, confirmed, disputed, corrected)"),
    "bad side": ("{who: officials, side: null}\n  places: [Town0]",
                 "{who: officials, side: martian}\n  places: [Town0]",
                 f"{FILE}:25:39: unknown side 'martian' (one of armenian, azerbaijani, independent, third-party, "
                 "or null)"),
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[World, str, dict[str, bytes]]]:
    """A parsed and built project: (world, the day file's text, every build/ file's bytes)."""
    world = World(tmp_path_factory.mktemp("site"))
    world.add_source("a", "2020-11-03", SOURCE)
    world.parse()
    assert main(["build", "--config", str(world.root / "config.yaml"), "-q"]) == 0
    yield world, (world.root / FILE).read_text(encoding="utf-8"), tree(world.root / "build")


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_mistake_is_reported_at_its_line_and_column(built, case: str) -> None:
    world, text, _ = built
    old, new, message = BROKEN[case]
    assert old in text
    path = world.root / FILE
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    try:
        assert [str(p) for p in check_chronology(world.config())] == [message]
    finally:
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_failed_build_leaves_the_previous_build_untouched(built, case: str, capsys) -> None:
    world, text, before = built
    old, new, message = BROKEN[case]
    path = world.root / FILE
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    try:
        assert main(["build", "--config", str(world.root / "config.yaml"), "-q"]) == 1
        assert message in capsys.readouterr().err
        assert tree(world.root / "build") == before
    finally:
        path.write_text(text, encoding="utf-8")


def test_check_lists_every_problem_of_every_file_at_once(built, capsys) -> None:
    world, text, _ = built
    path = world.root / FILE
    other = world.root / "chronology" / "2020" / "2020-11-04.yaml"
    path.write_text(text.replace('time: "09:30"', "time: 25:00").replace("status: reported", "status: maybe", 1),
                    encoding="utf-8")
    other.write_text("- id: late\n  date: 2020-11-04\n  text: x\n  colour: red\n\t\n", encoding="utf-8")
    try:
        assert main(["check", "--config", str(world.root / "config.yaml")]) == 1
        err = capsys.readouterr().err.splitlines()
        assert err == [f"{FILE}:12:11: unknown status 'maybe' (one of reported, confirmed, disputed, corrected)",
                       f"{FILE}:20:9: bad time '25:00' (HH:MM from 00:00 to 23:59, quoted like \"08:55\", or null)",
                       "chronology/2020/2020-11-04.yaml:5:1: tab used for indentation (indent with spaces)",
                       "3 problems"]
    finally:
        path.write_text(text, encoding="utf-8")
        other.unlink()


def test_entry_in_the_wrong_day_file_is_reported_and_parse_puts_it_right(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.add_source("a", "2020-11-03", SOURCE)
    world.parse()
    path = world.root / FILE
    path.write_text(path.read_text(encoding="utf-8").replace("date: 2020-11-03", "date: 2020-11-05", 1),
                    encoding="utf-8")
    assert [str(p) for p in check_chronology(world.config())] == [
        f"{FILE}:2:9: date 2020-11-05 is not this file's day 2020-11-03 (an entry is kept in the file of its "
        "date: move it to chronology/2020/2020-11-05.yaml or fix the date; chronik parse does either for you)"]
    world.parse()
    assert check_chronology(world.config()) == []
    moved = (world.root / "chronology" / "2020" / "2020-11-05.yaml").read_text(encoding="utf-8")
    assert moved.startswith("- id: 2020-11-03-0855-shelling-martuni-resumes-dawn\n  date: 2020-11-05\n")


def test_parse_refuses_a_broken_chronology_and_writes_nothing(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.add_source("a", "2020-11-03", SOURCE)
    world.parse()
    path = world.root / FILE
    path.write_text(path.read_text(encoding="utf-8").replace("status: reported", "status: [", 1), encoding="utf-8")
    world.add_source("b", "2020-11-04", ["10:00 A new report [E9]"])
    before = world.snapshot()
    with pytest.raises(ChronikError) as err:
        world.parse()
    assert str(err.value.problems[-1]) == "chronology: chronik parse changed nothing: fix the problems above first"
    assert world.snapshot() == before


def test_a_misnamed_file_and_a_file_that_is_not_a_list(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.add_source("a", "2020-11-03", SOURCE)
    (world.chronology / "2020").mkdir()
    (world.chronology / "2020" / "2020-11-3.yaml").write_text("[]\n", encoding="utf-8")
    (world.chronology / "2020" / "2020-11-04.yaml").write_text("id: x\ndate: 2020-11-04\n", encoding="utf-8")
    assert [str(p) for p in check_chronology(world.config())] == [
        "chronology/2020/2020-11-04.yaml:1:1: a chronology file is a list of entries "
        "(entries each starting with '- id:')",
        "chronology/2020/2020-11-3.yaml: not a day file name "
        "(chronology/YYYY/YYYY-MM-DD.yaml with a real date, holding that day's entries)"]
