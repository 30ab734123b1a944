"""The search index: what each entry puts in it, how entries are grouped, and what Pagefind makes of it.

The round-trip tests run the real Pagefind service and read back the fragments it writes, the way
``search.js`` does in the browser.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
from pathlib import Path

import pytest

from chronik.cli import main
from chronik.config import load_config
from chronik.errors import ChronikError
from chronik.render import build, load_site
from chronik.render.context import Site
from chronik.search import entries_per_page
from chronik.search.index import write_index
from chronik.search.records import FILTERS, EntryRecord, alias_table, entry_record, shard_html, shards
from tests.render_project import make_project


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    return load_site(load_config(make_project(tmp_path_factory.mktemp("search-site"))))


def record_of(site: Site, entry_id: str) -> EntryRecord:
    view = next(v for v in site.entries if v.entry.id == entry_id)
    return entry_record(view, alias_table(site))


def test_a_record_holds_text_quotes_note_and_every_other_name(site: Site) -> None:
    record = record_of(site, "2022-03-01-0810-kharkiv-square-shelled")
    assert record.file_id == "2022-03-01-0810-kharkiv-square-shelled"
    assert record.heading == "Shelling hits Kharkiv's central square"
    assert record.paragraphs[0].startswith("Shelling hit the central square of Kharkiv")
    assert not any(p.startswith("Shelling hit the central square of Kharkiv, the regional governor said.")
                   for p in record.paragraphs[1:]), "a quote already in the text is not repeated"
    assert any("Footage verified" in p for p in record.paragraphs), "the editor's note is searchable"
    assert record.names == ["Kharkiv regional governor.", "Kharkiv, Charkiw, Kharkov.", "Şuşa Square."]
    assert record.filters == {
        "source": ["desk-2022-03-01"], "publisher": ["The Daily Desk"], "side": ["ukrainian"],
        "claimant": ["Kharkiv regional governor"], "place": ["Kharkiv", "Şuşa Square"],
        "actor": ["Kharkiv regional governor"], "status": ["confirmed"], "year": ["2022"], "month": ["2022-03"]}


def test_a_quote_not_in_the_text_is_searchable_and_no_side_is_a_value(site: Site) -> None:
    view = next(v for v in site.entries if v.entry.id == "2022-03-02-russian-losses")
    entry = dataclasses.replace(view.entry, text="Moscow gave its own losses.")
    record = entry_record(dataclasses.replace(view, entry=entry, side=None), alias_table(site))
    assert "Russia's defence ministry said 498 of its soldiers had died." in record.paragraphs
    assert record.filters["side"] == ["unattributed"] and record.time == ""


def records(specs: list[tuple[str, str, str]]) -> list[EntryRecord]:
    """Records from (date, side, status), each with its own mix of places."""
    places = ["Kharkiv", "Odesa", "Mariupol", "Izium"]
    return [EntryRecord(f"e{i}", date, f"{i % 24:02d}:00", f"Heading {i}", [f"Text {i}."], [],
                        {"source": [f"s{i % 3}"], "publisher": ["Desk"], "side": [side], "claimant": [],
                         "place": places[i % 4:] + places[:i % 3], "actor": [f"Actor {i % 5}"],
                         "status": [status], "year": [date[:4]], "month": [date[:7]]})
            for i, (date, side, status) in enumerate(specs)]


def test_shards_hold_entries_of_one_day_and_side() -> None:
    specs = [("2022-03-01", ("ukrainian", "russian")[i % 2], "disputed" if i % 7 == 0 else "reported")
             for i in range(40)] + [("2022-03-02", "russian", "reported")] * 3
    made = list(shards(records(specs), 12))
    assert len(made) == 4 + 1, "20 entries of each side on the first day, in shards of 12 and 8; 3 on the second day"
    assert sorted(r.file_id for group in made for r in group) == sorted(f"e{i}" for i in range(43))
    for group in made:
        assert len(group) <= 12
        assert len({(r.date, r.filters["side"][0]) for r in group}) == 1
        assert [int(r.file_id[1:]) for r in group] == sorted(int(r.file_id[1:]) for r in group)
    assert [len(g) for g in shards(records(specs), 1)] == [1] * 43


def test_small_chronologies_get_a_page_per_entry() -> None:
    assert entries_per_page(82) == entries_per_page(10_000) == 1
    assert entries_per_page(100_000) > 1


def fragments(output: Path) -> list[dict]:
    """Pagefind's fragments as search.js receives them (gzip, then a 12-byte signature)."""
    out = []
    for path in sorted((output / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data[:12] == b"pagefind_dcd"
        out.append(json.loads(data[12:]))
    return out


def decode(anchor_id: str, fragment: dict) -> tuple[str, dict[str, list[str]]]:
    """What search.js's decodeEntry does."""
    file_id, _date, _time, codes = anchor_id.split("|")
    values = {}
    for key, part in zip(FILTERS, codes.split("~"), strict=True):
        listed = fragment["filters"].get(key, [])
        values[key] = [listed[int(n)] for n in part.split(".")] if part else []
    return file_id, values


def test_each_entry_of_a_shard_gets_its_own_filter_values_back(tmp_path: Path) -> None:
    made = records([("2022-03-01", "ukrainian", "reported")] * 30 + [("2022-03-02", "russian", "disputed")] * 5)
    made[3].paragraphs = ["<script>alert(1)</script> & Kharkiv"]
    groups = list(shards(made, 12))
    files = write_index((shard_html(g, "en") for g in groups), tmp_path, "en")
    assert "pagefind/pagefind.js" in files and "pagefind/pagefind-entry.json" in files
    assert not any(f.endswith("pagefind-ui.js") for f in files), "Pagefind's own UI is not published"
    found = fragments(tmp_path / "pagefind")
    assert len(found) == len(groups)
    by_id = {r.file_id: r for r in made}
    seen = []
    for fragment in found:
        for anchor in (a for a in fragment["anchors"] if a["element"] == "h2"):
            file_id, values = decode(anchor["id"], fragment)
            assert values == by_id[file_id].filters
            assert anchor["text"] == by_id[file_id].heading
            seen.append(file_id)
    assert sorted(seen) == sorted(by_id)
    text = " ".join(f["content"] for f in found)
    assert "<script>alert(1)</script> & Kharkiv" in text, "text is indexed as text, not markup"
    assert "Actor" not in text and "Desk" not in text, "filter values are not searchable text"


def test_build_writes_the_index_the_search_page_and_a_search_box_on_every_page(tmp_path: Path) -> None:
    config = make_project(tmp_path)
    assert main(["build", "--config", str(config), "-q", "--strict"]) == 0
    build = tmp_path / "build"
    assert (build / "pagefind" / "pagefind.js").is_file() and (build / "pagefind" / "wasm.en.pagefind").is_file()
    page = (build / "search.html").read_text(encoding="utf-8")
    assert 'data-pagefind="pagefind/pagefind.js"' in page and 'data-unit="entry"' in page
    assert 'src="static/search.js"' in page and 'id="site-search-q"' not in page
    entry = (build / "entries" / "2022-03-01-0810-kharkiv-square-shelled.html").read_text(encoding="utf-8")
    assert 'action="../search.html"' in entry and 'id="site-search-q"' in entry


def test_a_missing_pagefind_binary_fails_the_build_and_keeps_the_old_site(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    config = make_project(tmp_path)
    assert main(["build", "--config", str(config), "-q"]) == 0
    before = (tmp_path / "build" / "index.html").read_text(encoding="utf-8")
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    with pytest.raises(ChronikError, match="search index: Pagefind failed"):
        build(load_config(config))
    assert (tmp_path / "build" / "index.html").read_text(encoding="utf-8") == before


def test_an_empty_chronology_builds_a_search_page_that_says_so(seed_project: Path) -> None:
    assert main(["build", "--config", str(seed_project / "config.yaml"), "-q", "--strict"]) == 0
    assert 'data-unit="empty"' in (seed_project / "build" / "search.html").read_text(encoding="utf-8")
