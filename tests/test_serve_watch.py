"""What a save means to ``chronik serve``: saved files → a change set (no server needed)."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from chronik.config import load_config
from chronik.serve.watch import ChangeSet, absorb, diff, scan, with_config
from tests.conftest import write

CONFIG = """
    title: Border clashes, day by day
    timezone: Asia/Tbilisi
    sources:
      - id: wire-2022-09-13
        file: seeds/wire.txt
        publisher: A wire service
        published: 2022-09-13
      - id: blog-2022-09-14
        file: pages/blog.txt
        publisher: A live blog
        published: 2022-09-14
    """


@pytest.fixture
def project(tmp_path: Path) -> Path:
    write(tmp_path / "config.yaml", CONFIG)
    write(tmp_path / "seeds" / "wire.txt", "09:10 Shelling along the border.\n")
    write(tmp_path / "pages" / "blog.txt", "Live: talks in the capital.\n")
    write(tmp_path / "chronology" / "2022" / "2022-09-13.yaml", "[]\n")
    write(tmp_path / "content" / "about.md", "# About\n")
    write(tmp_path / "templates" / "base.html", "<html></html>\n")
    return tmp_path


def touch(path: Path, text: str | None = None) -> None:
    """A save: new text (or the same) and a clock that visibly moved on."""
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(text if text is not None else old + " ", encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def changes_after(project: Path, *saves: str) -> ChangeSet:
    config = load_config(project / "config.yaml")
    before = scan(config)
    for rel in saves:
        touch(project / rel)
    return diff(config, before, scan(config))


def test_nothing_saved_is_no_change(project: Path) -> None:
    changes = changes_after(project)
    assert not changes
    assert changes.describe() == "nothing changed"


def test_a_day_file_names_its_day(project: Path) -> None:
    changes = changes_after(project, "chronology/2022/2022-09-13.yaml")
    assert changes.days == {"2022-09-13"}
    assert changes.paths == ("chronology/2022/2022-09-13.yaml",)
    assert not (changes.sources or changes.config or changes.templates or changes.content)
    assert changes.describe() == "chronology/2022/2022-09-13.yaml changed"


def test_a_new_and_a_deleted_day_file_both_count(project: Path) -> None:
    config = load_config(project / "config.yaml")
    before = scan(config)
    (project / "chronology" / "2022" / "2022-09-13.yaml").unlink()
    touch(project / "chronology" / "2022" / "2022-09-15.yaml", "[]\n")
    assert diff(config, before, scan(config)).days == {"2022-09-13", "2022-09-15"}


def test_a_source_file_names_its_source_wherever_it_lives(project: Path) -> None:
    assert changes_after(project, "seeds/wire.txt").sources == {"wire-2022-09-13"}
    assert changes_after(project, "pages/blog.txt").sources == {"blog-2022-09-14"}


def test_a_seed_no_source_uses_changes_nothing_to_parse(project: Path) -> None:
    changes = changes_after(project, "seeds/draft.txt")
    assert changes.paths == ("seeds/draft.txt",) and not changes.sources


def test_templates_content_and_config_are_flagged(project: Path) -> None:
    changes = changes_after(project, "templates/base.html", "content/about.md", "config.yaml")
    assert changes.templates and changes.config
    assert changes.content == {"content/about.md"}


def test_editor_droppings_are_ignored(project: Path) -> None:
    changes = changes_after(project, "chronology/2022/.2022-09-13.yaml.swp", "chronology/2022/2022-09-13.yaml~",
                            "content/.#about.md", "templates/4913", "chronology/2022/.2022-09-13.yaml.x1.tmp")
    assert not changes


def test_a_data_file_reparses_every_source(project: Path) -> None:
    write(project / "sides.yaml", "{}\n")
    with (project / "config.yaml").open("a") as f:
        f.write("sides: sides.yaml\n")
    changes = changes_after(project, "sides.yaml")
    assert changes.sources == {"wire-2022-09-13", "blog-2022-09-14"}


def test_config_edits_reparse_only_the_sources_they_touch(project: Path) -> None:
    old = load_config(project / "config.yaml")
    write(project / "config.yaml", CONFIG.replace("A live blog", "A live blog (archived)"))
    edited = load_config(project / "config.yaml")
    assert with_config(ChangeSet(config=True), old, edited).sources == {"blog-2022-09-14"}

    write(project / "config.yaml", CONFIG.replace("title: Border clashes", "title: Border war"))
    retitled = load_config(project / "config.yaml")
    assert with_config(ChangeSet(config=True), old, retitled).sources == frozenset()

    write(project / "config.yaml", CONFIG.replace("Asia/Tbilisi", "Asia/Yerevan"))
    rezoned = load_config(project / "config.yaml")
    assert with_config(ChangeSet(config=True), old, rezoned).sources == {"wire-2022-09-13", "blog-2022-09-14"}


def test_union_keeps_both(project: Path) -> None:
    first = changes_after(project, "chronology/2022/2022-09-13.yaml")
    second = replace(changes_after(project, "seeds/wire.txt"), templates=True)
    both = first.union(second)
    assert both.days == {"2022-09-13"} and both.sources == {"wire-2022-09-13"} and both.templates
    assert both.paths == ("chronology/2022/2022-09-13.yaml", "seeds/wire.txt")


def test_absorb_takes_only_what_the_rebuild_wrote(project: Path) -> None:
    config = load_config(project / "config.yaml")
    base = scan(config)
    touch(project / "chronology" / "2022" / "2022-09-13.yaml")  # written by the re-parse
    touch(project / "content" / "about.md")  # saved by a person meanwhile
    fresh = scan(config)
    after = absorb(base, fresh, under=config.chronology_dir)
    changes = diff(config, after, fresh)
    assert changes.paths == ("content/about.md",)
