"""The seed site end to end: `chronik parse` then `chronik build --strict`, read back with an HTML parser."""

from __future__ import annotations

import csv
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from chronik.cli import main
from chronik.config import load_config
from chronik.pipeline import parse_source
from chronik.render.urls import entry_path, facet_path, unique_slugs
from chronik.store import load_chronology
from tests.conftest import ROOT
from tests.render_project import crawl, parse_page


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed project (as tests/conftest.py's ``seed_project``), parsed and built once for this module."""
    root = tmp_path_factory.mktemp("seed")
    for name in ("seeds", "content", "templates"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, root / name)
    (root / "config.yaml").write_text((ROOT / "config.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (root / "chronology").mkdir()
    config = str(root / "config.yaml")
    assert main(["parse", "--config", config, "-q"]) == 0
    assert main(["build", "--config", config, "-q", "--strict"]) == 0
    return root


def test_crawl_reaches_every_entry_day_source_place_actor_and_side(seed_site: Path) -> None:
    config = load_config(seed_site / "config.yaml")
    entries = load_chronology(config)
    assert entries, "the seeds give a chronology"
    result = crawl(seed_site / "build")
    assert result.broken == []
    places = unique_slugs([p for e in entries for p in e.places])
    actors = unique_slugs([a for e in entries for a in e.actors])
    sides = unique_slugs([e.attribution.side for e in entries if e.attribution.side])
    wanted = {entry_path(e.id) for e in entries} | {f"days/{e.date}.html" for e in entries}
    wanted |= {f"sources/{s.id}.html" for s in config.sources}
    wanted |= {facet_path("places", s) for s in places.values()} | {facet_path("actors", s) for s in actors.values()}
    wanted |= {facet_path("sides", s) for s in sides.values()}
    missing = wanted - set(result.pages)
    assert not missing
    assert "days/2020-11-03.html" in result.pages
    assert "The day in brief" in (seed_site / "build" / "days" / "2020-11-03.html").read_text(encoding="utf-8")


def test_exports_contain_every_entry(seed_site: Path) -> None:
    config = load_config(seed_site / "config.yaml")
    ids = [e.id for e in load_chronology(config)]
    site = seed_site / "build"
    assert [e["id"] for e in json.loads((site / "chronology.json").read_text(encoding="utf-8"))] == ids
    with (site / "chronology.csv").open(encoding="utf-8", newline="") as f:
        assert list(dict.fromkeys(r["entry_id"] for r in csv.DictReader(f))) == ids
    events = json.loads((site / "timelinejs.json").read_text(encoding="utf-8"))["events"]
    assert [e["unique_id"] for e in events] == ids
    assert all(e["group"] and e["display_date"] and e["text"]["headline"] for e in events)
    feed = ET.parse(site / "feed.xml").getroot()
    assert len(feed.findall("{http://www.w3.org/2005/Atom}entry")) == min(50, len(ids))


def test_source_pages_mark_used_and_dropped_lines(seed_site: Path) -> None:
    config = load_config(seed_site / "config.yaml")
    used: dict[str, set[int]] = {}
    for entry in load_chronology(config):
        for ref in entry.sources:
            used.setdefault(ref.source, set()).update(ref.lines)
    for source in config.sources:
        page = parse_page(seed_site / "build" / "sources" / f"{source.id}.html")
        classes = {attrs["id"]: attrs.get("class") for tag, attrs in page.tags if tag == "li" and attrs.get("id")}
        lines = source.path.read_text(encoding="utf-8").splitlines()
        assert {f"L{n}" for n in range(1, len(lines) + 1)} <= set(classes)
        assert {k for k, v in classes.items() if v == "used"} == {f"L{n}" for n in used.get(source.id, ())}
        dropped = {d.line for d in parse_source(source, config).dropped} - used.get(source.id, set())
        assert {k for k, v in classes.items() if v == "dropped"} == {f"L{n}" for n in dropped}


def test_the_timeline_names_and_links_the_sources_of_every_entry(seed_site: Path) -> None:
    config = load_config(seed_site / "config.yaml")
    index = (seed_site / "build" / "index.html").read_text(encoding="utf-8")
    for source in config.sources:
        assert f'href="sources/{source.id}.html#L' in index, f"{source.id} is not linked from the timeline"
    refs = sum(len(e.sources) for e in load_chronology(config))
    assert len(re.findall(r'href="sources/[^"]+#L', index)) == refs
