"""The search index: what each entry puts in it, how entries are grouped, and what Pagefind makes of it.

The round-trip tests run the real Pagefind service and read back the fragments it writes, the way
``search.js`` does in the browser.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
from pathlib import Path

import pytest

from chronik.cli import main
from chronik.config import load_config
from chronik.errors import ChronikError
from chronik.render import build, load_site
from chronik.render.context import Site
from chronik.search import entries_per_page
from chronik.search.compact import FILLER, PER_BLOCK, PER_PAGE, Layout, key_and_text, page_data, tails, tokens
from chronik.search.index import write_index
from chronik.search.records import EntryRecord, alias_table, entry_record, shard_html, shards, sort_value
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


def test_small_chronologies_get_a_page_per_entry() -> None:
    assert entries_per_page(82) == entries_per_page(2_000) == 1
    assert entries_per_page(2_001) == entries_per_page(100_000) == PER_PAGE > 1
    made = records([("2022-03-01", "ukrainian", "reported")] * 3)
    assert shards(made, 1) == [[r] for r in made]


def fragments(output: Path) -> list[dict]:
    """Pagefind's fragments as search.js receives them (gzip, then a 12-byte signature)."""
    out = []
    for path in sorted((output / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data[:12] == b"pagefind_dcd"
        out.append(json.loads(data[12:]))
    return out


def test_an_entry_page_carries_its_permalink_date_and_filters(tmp_path: Path) -> None:
    made = records([("2022-03-01", "ukrainian", "reported"), ("2022-03-02", "russian", "disputed")])
    made[1].paragraphs = ["<script>alert(1)</script> & Kharkiv"]
    files = write_index((shard_html(s, "en") for s in shards(made, 1)), tmp_path, "en")
    assert "pagefind/pagefind.js" in files and "pagefind/pagefind-entry.json" in files
    assert not any(f.endswith("pagefind-ui.js") for f in files), "Pagefind's own UI is not published"
    found = {f["anchors"][0]["id"]: f for f in fragments(tmp_path / "pagefind")}
    assert sorted(found) == ["e0|2022-03-01|00:00", "e1|2022-03-02|01:00"], "what search.js splits at |"
    assert found["e1|2022-03-02|01:00"]["filters"] == {k: v for k, v in made[1].filters.items() if v}
    assert found["e1|2022-03-02|01:00"]["anchors"][0]["text"] == "Heading 1"
    text = " ".join(f["content"] for f in found.values())
    assert "<script>alert(1)</script> & Kharkiv" in text, "text is indexed as text, not markup"
    assert "Actor" not in text and "Desk" not in text, "filter values are not searchable text"


def test_entry_pages_sort_by_date_time_then_permalink() -> None:
    made = records([("2022-03-01", "ukrainian", "reported")] * 2)
    made[1].time = ""
    assert sort_value(made[0]) == "2022-03-01T00:00|e0" and sort_value(made[1]) == "2022-03-01T|e1"
    assert 'data-pagefind-sort="date">2022-03-01T|e1<' in shard_html([made[1]], "en")


def test_words_are_lower_cased_without_the_punctuation_around_them_each_once() -> None:
    assert tokens("“Taken in”, they said: Taken!", "Kharkiv's 5,000 — (Şuşa)") == [
        "taken", "in", "they", "said", "kharkiv's", "5,000", "şuşa"]
    assert tokens("— … «»") == []


def test_an_entry_key_is_its_title_and_names_and_a_lead_heading_adds_no_words() -> None:
    record = EntryRecord("e", "2022-03-01", "", "Shelling hits Kharkiv", ["Shelling hit Kharkiv today."],
                         ["Kharkiv, Kharkov.", "Governor."])
    assert key_and_text(record) == (["shelling", "hits", "kharkiv", "kharkov", "governor"], ["hit", "today"])
    record.titled = False
    assert key_and_text(record) == (["kharkiv", "kharkov", "governor"], ["shelling", "hit", "today"])


def test_common_words_get_columns_most_common_first() -> None:
    words = [(["kyiv"], ["the", "shelling"])] * 60 + [([], ["the", "drone"])] * 40 + [([], ["rare"])]
    assert Layout.of(words).slots == ("the", "kyiv", "shelling", "drone"), "rare is in fewer than 2% of entries"
    assert Layout.of(words[:1]).slots == (), "a word of one entry is never common"


def entries_of(html: str) -> list[str]:
    """The indexed words of a compact page, as Pagefind counts positions (one per whitespace-separated word)."""
    return re.search(r"<main data-pagefind-body><p>(.*?)</p>", html, re.S).group(1).split(" ")


def test_a_compact_page_gives_each_entry_a_region_of_one_length_with_common_words_in_fixed_columns() -> None:
    made = records([("2022-03-02", "russian", "reported")] * 3 + [("2022-03-01", "ukrainian", "disputed")] * 3)
    for i, record in enumerate(made):
        record.paragraphs = [f"Shelling near Kharkiv, day {i}." + (" A long report of the front." if i == 4 else "")]
        record.names = ["Kharkiv, Kharkov."] if i % 2 else []
    pages = shards(made, 4)
    assert [[r.file_id for r in p.records] for p in pages] == [["e3", "e4", "e5", "e0"], ["e1", "e2"]]
    assert [p.first for p in pages] == [0, 4], "ranks follow date, time and permalink"
    slots = pages[0].layout.slots
    assert {"shelling", "near", "kharkiv", "kharkov", "day"} <= set(slots) and "long" not in slots
    words = entries_of(shard_html(pages[0], "en"))
    length = len(words) // 4
    assert len(words) == 4 * length and length == 2 * len(slots) + sum(tails(pages[0]))
    column = {w: i for i, w in enumerate(slots)}
    for n, record in enumerate(pages[0].records):
        region = words[n * length:(n + 1) * length]
        key, text = key_and_text(record)
        assert all(region[2 * column[w]] == w for w in key if w in column), "a key word in its even column"
        assert all(region[2 * column[w] + 1] == w for w in text if w in column), "a text word in its odd column"
        assert sorted(w for w in region[:2 * len(slots)] if w != FILLER) == sorted(w for w in (*key, *text)
                                                                                  if w in column)
        assert [w for w in region[2 * len(slots):] if w != FILLER] == [w for w in (*key, *text) if w not in column]
    assert "kharkov" not in words[2 * column["kharkov"] + 1::length], "an alias is a key word only"
    data, indexed = page_data(shard_html(pages[0], "en"))
    assert data["slots"] == list(slots) and data["size"] == 4 and data["first"] == 0
    assert entries_of(indexed) == words and "chronik-page" not in indexed, "Pagefind reads the words only"
    assert page_data(shard_html(pages[1], "en"))[0]["first"] == 4
    assert page_data(shard_html([made[0]], "en")) is None


def test_the_compact_index_names_pages_in_order_and_writes_blocks_and_columns(tmp_path: Path) -> None:
    made = records([(f"2022-03-{1 + i // 5:02d}", ("ukrainian", "russian")[i % 2], "reported") for i in range(40)])
    made[7].paragraphs = ["<script>alert(1)</script> & Kharkiv"]
    pages = shards(made, 8)
    files = write_index((shard_html(p, "en") for p in pages), tmp_path, "en")
    bundle = tmp_path / "pagefind"
    assert not (bundle / "fragment").exists() and not any("fragment" in f for f in files), "never fetched"
    manifest = json.loads(gzip.decompress((bundle / "chronik" / "manifest.json.gz").read_bytes()))
    assert manifest["entries"] == 40 and manifest["per_page"] == 8 and manifest["per_block"] == PER_BLOCK
    assert [p[1:] for p in manifest["pages"]] == [list(tails(p)) for p in pages]
    assert len({p[0] for p in manifest["pages"]}) == 5 and all(p[0].startswith("en_") for p in manifest["pages"])
    meta = gzip.decompress(next(bundle.glob("*.pf_meta")).read_bytes())
    assert all(p[0].encode() in meta for p in manifest["pages"]), "Pagefind's own ids of the pages"
    data = bundle / "chronik" / manifest["data"]

    def read(name: str) -> object:
        return json.loads(gzip.decompress((data / name).read_bytes()))

    shown = [row for n in range(-(-40 // PER_BLOCK)) for row in read(f"b{n}.json.gz")]
    ordered = [r for p in pages for r in p.records]
    assert [row["id"] for row in shown] == [r.file_id for r in ordered]
    row = next(row for row in shown if row["id"] == "e7")
    assert row["text"] == "<script>alert(1)</script> & Kharkiv" and row["side"] == "russian"
    assert row["words"].split() == [w for w in key_and_text(made[7])[1] if w not in manifest["slots"]]
    assert "kharkiv" in row["words"].split(), "the words after the common ones, for search.js to highlight"
    side = read("side.json.gz")
    assert [side["values"][int(n, 36)] for n in side["rows"].split(",")] == [r.filters["side"][0] for r in ordered]
    place = read("place.json.gz")
    assert [[place["values"][int(n, 36)] for n in cell.split(".")] for cell in place["rows"].split(",")] == [
        r.filters["place"] for r in ordered]
    assert f"pagefind/chronik/{manifest['data']}/side.json.gz" in files


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
