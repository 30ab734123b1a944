"""The chronology store: how files are written and read, ids, atomic writes, and the seeds end to end."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from store_world import World, delete_entry, entry_ids

from chronik.cli import main
from chronik.config import load_config
from chronik.store import check_chronology, load_chronology
from chronik.store.atomic import atomic_write
from chronik.store.ids import new_id, slug
from chronik.store.schema import field_value
from chronik.store.writer import entry_node
from chronik.store.yamlio import dump_text, parse_text
from chronik.yamlsrc import fast_load

FIELDS = {
    "id": "2020-11-03-0855-martuni-shelling", "date": "2020-11-03", "time": "08:55", "timezone": "Asia/Yerevan",
    "title": "Shelling of Martuni resumes", "text": "According to the ministry, shelling resumed at dawn.",
    "attribution": {"who": "Ministry of Defence", "side": "armenian"}, "places": ["Martuni", "Shusha"],
    "actors": [], "figures": [{"what": "civilians killed", "count": 91, "as_of": "2020-11-04"}],
    "status": "reported", "note": None, "sources": [{"source": "a", "lines": [16, 17], "quote": "According to"}],
}


def test_entry_is_written_in_the_documented_layout() -> None:
    assert dump_text([entry_node(FIELDS)]) == """\
- id: 2020-11-03-0855-martuni-shelling
  date: 2020-11-03
  time: "08:55"
  timezone: Asia/Yerevan
  title: Shelling of Martuni resumes
  text: According to the ministry, shelling resumed at dawn.
  attribution: {who: Ministry of Defence, side: armenian}
  places: [Martuni, Shusha]
  actors: []
  figures:
  - {what: civilians killed, count: 91, as_of: 2020-11-04}
  status: reported
  note: null
  sources:
  - source: a
    lines: [16, 17]
    quote: According to
"""


def test_values_yaml_would_misread_are_quoted_and_long_text_folded() -> None:
    text = "Word " * 30 + "end."
    fields = {**FIELDS, "title": "no", "note": "2020", "places": ["Yes", "a, b"], "text": text,
              "tags": ["11:00"], "date_end": "2020-11-05", "kind": "context"}
    out = dump_text([entry_node(fields)])
    assert '  title: "no"\n' in out and '  note: "2020"\n' in out and '  tags: ["11:00"]\n' in out
    assert '  places: ["Yes", "a, b"]\n' in out
    assert "  text: >-\n    Word Word" in out and "  date_end: 2020-11-05\n  time:" in out
    assert "  kind: context\n" in out and "date_basis" not in out and "flags" not in out


def test_hand_written_times_and_words_are_read_as_yaml_1_2() -> None:
    text = "- id: x\n  date: 2020-11-03\n  time: 11:00\n  title: no\n  note: on\n"
    for data in (fast_load(text), parse_text(text, "f")[0]):
        assert [field_value(data[0], k) for k in ("date", "time", "title", "note")] == [
            "2020-11-03", "11:00", "no", "on"]


text_values = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


@settings(max_examples=150, deadline=None)
@example(title="", text="ãcÛ", places=["00000\x1f\x1f\x06\x7f0 \x1f\x1f"] * 3, quote="")  # an escape at a fold
@example(title="", text="0", places=["+_1"], quote="_0")  # numbers to yaml-rs, strings to ruamel
@given(title=text_values, text=text_values.filter(lambda s: s.strip()),
       places=st.lists(text_values, max_size=3), quote=text_values)
def test_any_text_reads_back_exactly_and_writes_the_same_bytes(title, text, places, quote) -> None:
    fields = {**FIELDS, "title": title, "text": text, "places": places,
              "sources": [{"source": "a", "lines": [1], "quote": quote}]}
    out = dump_text([entry_node(fields)])
    for data in (fast_load(out), parse_text(out, "f")[0]):
        assert {k: field_value(data[0], k) for k in fields} == {
            **fields, "figures": [{"what": "civilians killed", "count": 91, "as_of": "2020-11-04"}]}
    assert dump_text(parse_text(out, "f")[0]) == out == dump_text([entry_node(fields)])


def test_ids_are_readable_and_unique() -> None:
    assert slug("Shelling of Martuni and Shushi resumes at dawn") == "shelling-martuni-shushi-resumes-dawn"
    assert slug("Ադրբեջան ’s ...") == "entry"
    assert slug("Azerbaijan’s army: “we’ve taken Füzuli”") == "azerbaijan-army-ve-taken-fuzuli"
    taken = {"2020-11-03-0855-drone-strike", "2020-11-03-0855-drone-strike-2"}
    assert new_id("2020-11-03", "08:55", "Drone strike", "", taken) == "2020-11-03-0855-drone-strike-3"
    assert new_id("2020-11-03", None, None, "The drone strike", set()) == "2020-11-03-drone-strike"


def test_a_deleted_entry_s_id_is_never_issued_again(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.add_source("a", "2020-11-03", ["09:30 Drone strike on a convoy [E1]"])
    world.parse()
    (first,) = entry_ids(world.chronology)
    delete_entry(world.chronology, first)
    world.add_source("b", "2020-11-03", ["09:30 Drone strike on a convoy [E2]"])
    world.parse()
    assert entry_ids(world.chronology) == [first + "-2"]


def test_an_interrupted_write_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "day.yaml"
    path.write_text("- id: old\n", encoding="utf-8")
    os.chmod(path, 0o640)
    with pytest.raises(UnicodeEncodeError):
        atomic_write(path, "- id: new\n  text: \ud800 cannot be encoded\n")
    assert path.read_text(encoding="utf-8") == "- id: old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["day.yaml"]
    atomic_write(path, "- id: new\n")
    assert path.read_text(encoding="utf-8") == "- id: new\n" and path.stat().st_mode & 0o777 == 0o640


def test_two_parses_of_the_seeds_give_the_same_bytes(seed_project: Path) -> None:
    config = str(seed_project / "config.yaml")
    assert main(["parse", "--config", config, "-q"]) == 0
    chronology = seed_project / "chronology"
    first = {p: p.read_bytes() for p in sorted(chronology.rglob("*")) if p.is_file()}
    assert any(p.suffix == ".yaml" for p in first) and (chronology / ".chronik" / "ledger.json") in first
    assert main(["parse", "--config", config, "-q"]) == 0
    assert {p: p.read_bytes() for p in sorted(chronology.rglob("*")) if p.is_file()} == first
    loaded = load_config(seed_project / "config.yaml")
    assert check_chronology(loaded) == []
    entries = load_chronology(loaded)
    assert entries and all(e.sources and e.date for e in entries)
    assert [(e.date, e.time or "") for e in entries] == sorted((e.date, e.time or "") for e in entries)
