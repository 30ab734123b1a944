"""Incremental rebuilds of ``chronik serve``: after every kind of edit, build/ is byte for byte a full build."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from chronik.config import Config, load_config
from chronik.errors import ChronikError
from chronik.pipeline import parse_sources
from chronik.render import build
from chronik.serve.rebuild import follower, rebuild_outcome
from chronik.serve.watch import ChangeSet, diff, scan
from chronik.store import update_chronology

YAML_RT = YAML()
YAML_RT.width = 120


def _day_files(config: Config) -> list[Path]:
    return sorted(config.chronology_dir.glob("*/*.yaml"))


def _edit_day(path: Path, change: Callable[[list], None]) -> None:
    items = YAML_RT.load(path.read_text(encoding="utf-8"))
    change(items)
    with path.open("w", encoding="utf-8") as f:
        YAML_RT.dump(items, f)


def _busiest(config: Config) -> Path:
    return max(_day_files(config), key=lambda p: len(YAML_RT.load(p.read_text(encoding="utf-8"))))


def _unordered(rel: str) -> bool:
    """Pagefind files that differ between two full builds of the same site: its filter chunks are written in
    the order of a Rust hash map, and the language's metadata file and pagefind-entry.json name their hash."""
    return rel.startswith("pagefind/filter/") or rel.endswith(".pf_meta") or rel == "pagefind/pagefind-entry.json"


def _tree(root: Path) -> dict[str, bytes]:
    """Every file of a built site, the unordered Pagefind files as what they hold in any order."""
    out = {}
    for path in root.rglob("*"):
        if not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        if rel == "pagefind/pagefind-entry.json":
            entry = json.loads(path.read_text(encoding="utf-8"))
            for language in entry["languages"].values():
                language.pop("hash")
            out[rel] = json.dumps(entry, sort_keys=True).encode()
        elif _unordered(rel):
            key = rel.rsplit("/", 1)[0] + "/*"
            out[key] = out.get(key, b"") + b"."  # as many files, whatever their names
        else:
            out[rel] = path.read_bytes()
    return out


def _assert_same(served: Path, fresh: Path, after: str = "") -> None:
    a, b = _tree(served), _tree(fresh)
    assert sorted(a) == sorted(b), (after, set(a) ^ set(b))
    differ = sorted(path for path in a if a[path] != b[path])
    assert not differ, f"after {after}, incremental build differs from a full build in {differ[:10]}"


@pytest.fixture
def project(seed_project: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the build date: no midnight between two builds
    config = load_config(seed_project / "config.yaml")
    update_chronology(config, parse_sources(config))
    return config


def change_title(config: Config) -> None:
    def edit(items: list) -> None:
        items[0]["title"] = "An edited title"
    _edit_day(_busiest(config), edit)


def change_title_again(config: Config) -> None:
    """The same entry edited in place once more: nothing drawn of its first edit may linger."""
    def edit(items: list) -> None:
        items[0]["title"] = "A title edited twice"
        items[0]["status"] = "disputed"
    _edit_day(_busiest(config), edit)


def change_place(config: Config) -> None:
    def edit(items: list) -> None:
        items[-1]["places"] = ["Zzyzx Ridge"]
    _edit_day(_busiest(config), edit)


def move_entry(config: Config) -> None:
    days = _day_files(config)
    source, target = _busiest(config), days[0] if _busiest(config) != days[0] else days[1]
    moved = []
    _edit_day(source, lambda items: moved.append(items.pop(1)))
    entry = moved[0]
    entry["date"] = YAML_RT.load(target.stem)

    _edit_day(target, lambda items: items.append(entry))


def delete_entry(config: Config) -> None:
    _edit_day(_day_files(config)[-1], lambda items: items.pop())


def add_entry(config: Config) -> None:
    def edit(items: list) -> None:
        new = copy.deepcopy(items[0])
        new["id"] = f"{new['id']}-second-report"
        new["text"] = "A second report of shelling near the ridge overnight, according to local officials."
        items.append(new)
    _edit_day(_day_files(config)[len(_day_files(config)) // 2], edit)


def edit_content(config: Config) -> None:
    page = sorted(config.content_dir.glob("*.md"))[0]
    page.write_text(page.read_text(encoding="utf-8") + "\nOne more paragraph, added while serving.\n",
                    encoding="utf-8")


def edit_template(config: Config) -> None:
    theme = Path(__file__).resolve().parent.parent / "chronik" / "theme" / "_footer.html"
    footer = theme.read_text(encoding="utf-8").replace("</p>", " Edited while serving.</p>", 1)
    (config.templates_dir / "_footer.html").write_text(footer, encoding="utf-8")


def edit_entry_template(config: Config) -> None:
    theme = Path(__file__).resolve().parent.parent / "chronik" / "theme" / "entry.html"
    page = theme.read_text(encoding="utf-8").replace("{% block main %}", "{% block main %}<p>Checked.</p>", 1)
    assert "<p>Checked.</p>" in page
    (config.templates_dir / "entry.html").write_text(page, encoding="utf-8")


def add_custom_css(config: Config) -> None:
    (config.templates_dir / "static").mkdir(parents=True, exist_ok=True)
    (config.templates_dir / "static" / "custom.css").write_text("h1 { color: teal; }\n", encoding="utf-8")


EDITS = [change_title, change_title_again, change_place, move_entry, delete_entry, add_entry, edit_content,
         edit_template, edit_entry_template, add_custom_css]


def test_every_edit_gives_the_full_build(project: Config, tmp_path: Path) -> None:
    _, first = rebuild_outcome(project, ChangeSet())
    assert first.full
    for n, edit in enumerate(EDITS):
        before = scan(project)
        edit(project)
        changes = diff(project, before, scan(project))
        assert changes, edit.__name__
        done, outcome = rebuild_outcome(project, changes)
        assert outcome.full == changes.assets, (edit.__name__, done)
        assert follower(project.build_dir).wait(60), "the exports and search index did not catch up"
        fresh = tmp_path / f"fresh-{n}"
        build(project, out=fresh)
        _assert_same(project.build_dir, fresh, edit.__name__)


def test_a_template_edit_renders_the_pages_drawn_with_it(project: Config) -> None:
    rebuild_outcome(project, ChangeSet())
    entries = len(list((project.build_dir / "entries").glob("*.html")))
    before = scan(project)
    edit_entry_template(project)
    changes = diff(project, before, scan(project))
    assert changes.templates and not changes.assets
    _, outcome = rebuild_outcome(project, changes)
    assert not outcome.full and outcome.pages == outcome.written == entries, outcome
    page = next((project.build_dir / "entries").glob("*.html")).read_text(encoding="utf-8")
    assert "<p>Checked.</p>" in page
    before = scan(project)
    edit_template(project)  # the footer, included by the base every page extends
    _, outcome = rebuild_outcome(project, diff(project, before, scan(project)))
    assert not outcome.full and outcome.pages == len(list(project.build_dir.rglob("*.html"))), outcome


def test_a_title_edit_renders_few_pages(project: Config) -> None:
    rebuild_outcome(project, ChangeSet())
    pages = len(list(project.build_dir.rglob("*.html")))
    before = scan(project)
    change_title(project)
    _, outcome = rebuild_outcome(project, diff(project, before, scan(project)))
    assert not outcome.full
    assert 1 <= outcome.pages <= pages // 5, (outcome.pages, pages)
    assert follower(project.build_dir).wait(60), "the exports and search index did not catch up"
    untouched = ChangeSet(paths=("content/nothing.md",), content=frozenset({"content/nothing.md"}))
    _, again = rebuild_outcome(project, untouched)
    # the pages the edit in place rendered have no digest yet, so they are rendered again, but unchanged
    assert again.pages <= outcome.pages and again.written == 0, again
    _, third = rebuild_outcome(project, untouched)
    assert third.pages == 0 and third.written == 0, third


def test_edits_in_place_skip_the_model_and_recover_from_bad_yaml(project: Config, tmp_path: Path) -> None:
    rebuild_outcome(project, ChangeSet())
    day = _busiest(project)
    before = scan(project)
    change_title(project)
    _, outcome = rebuild_outcome(project, diff(project, before, scan(project)))
    assert outcome.in_place and "keys" not in outcome.timings and outcome.pages >= 3
    good = day.read_text(encoding="utf-8")
    before = scan(project)
    day.write_text(good.replace("title:", "title: [", 1), encoding="utf-8")
    with pytest.raises(ChronikError) as failed:
        rebuild_outcome(project, diff(project, before, scan(project)))
    assert day.name in str(failed.value.problems[0].file)
    before = scan(project)
    day.write_text(good.replace("An edited title", "A title fixed after an error"), encoding="utf-8")
    _, outcome = rebuild_outcome(project, diff(project, before, scan(project)))
    assert outcome.in_place, "the save after a failed one starts from the last good build, not from scratch"
    assert "A title fixed after an error" in (project.build_dir / "index.html").read_text(encoding="utf-8")
    before = scan(project)
    change_place(project)
    _, outcome = rebuild_outcome(project, diff(project, before, scan(project)))
    assert not outcome.in_place and not outcome.full, "a new place moves the entry into another list"
    assert outcome.search_behind, "its places are searched: the index follows in the background"
    assert follower(project.build_dir).wait(60)
    build(project, out=tmp_path / "fresh")
    _assert_same(project.build_dir, tmp_path / "fresh", "edits in place and a failed save")


def test_a_seed_edit_reparses_that_source_only(project: Config, tmp_path: Path) -> None:
    rebuild_outcome(project, ChangeSet())
    seed = project.sources[0]
    before = scan(project)
    seed.path.write_text(seed.path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    changes = diff(project, before, scan(project))
    assert changes.sources == {seed.id}
    done, outcome = rebuild_outcome(project, changes)
    assert "re-parsed 1 source" in done and not outcome.full
    build(project, out=tmp_path / "fresh")
    _assert_same(project.build_dir, tmp_path / "fresh")
