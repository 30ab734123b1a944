"""Incremental site builds for ``chronik serve``: re-render only the pages whose inputs changed.

The serve process keeps what the last build was made from (:class:`Built`: each page's input digest from
:mod:`chronik.serve.pagekeys`, the links and anchors found on it, the sources' line counts, the names read
from the data files). An update then:

1. loads the chronology and content again into a new site model (names and unchanged sources reused);
2. renders, in memory, the pages whose digest changed;
3. writes the exports, the feed and the sitemap into a temporary folder;
4. only when all of that succeeded, writes into build/ file by file — each file written to a temporary
   name and renamed over the old one, and only when its bytes differ — then deletes the pages the new site
   no longer has, and runs the link check over every page;
5. when what the search index holds changed, asks the background worker (:mod:`.background`) to index the
   entries again: Pagefind indexes a whole site (about 40 s at 100,000 entries), so the page reloads first
   and search answers from the previous index for that long.

So a failed update (bad YAML, a template error) changes nothing in build/, like the full build's swap; an
update that is interrupted half-way can leave some files new and some old, which the next save repairs
(the digests are only remembered once everything is written). The first build, and any change to
config.yaml or templates/static/, is the full build of ``chronik build`` (staged, swapped in whole); a saved
page template re-renders the pages drawn with it (each page's digest holds its templates' sources).

The result is byte for byte the full build's: no page carries a time of its own (the build date is the
day, and part of every page's inputs, so a rebuild after midnight re-renders everything).
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronik.collector import collector_paused
from chronik.config import Config
from chronik.ingest import read_document
from chronik.render import build, feeds, linkcheck
from chronik.render.context import Site, build_site_model
from chronik.render.exports import Exports
from chronik.render.linkcheck import Found
from chronik.render.lookups import Names, load_names
from chronik.render.pages import Job, Pages, prepare, render_job
from chronik.render.templating import make_environment
from chronik.search import entries_per_page
from chronik.search.index import OUTPUT as SEARCH_DIR
from chronik.search.index import write_index
from chronik.search.records import alias_table, entry_record, shard_html, shards
from chronik.serve.background import Follower, Step
from chronik.serve.pagekeys import listing, page_keys
from chronik.store import load_chronology

log = logging.getLogger(__name__)

SourceLines = tuple[tuple[int, int], int, set[int]]  # (mtime ns, size), line count, blank lines


@dataclass
class Built:
    """What the site in build/ was made from, for the next update."""

    keys: dict[str, str] = field(default_factory=dict)  # page path → input digest
    found: dict[str, Found] = field(default_factory=dict)  # page path → its ids and links
    generated: set[str] = field(default_factory=set)  # exports, feed, sitemaps, search index files
    other: set[str] = field(default_factory=set)  # static assets, .nojekyll, CNAME: only a full build writes them
    search: str = ""  # digest of what the search index was built from
    names: Names | None = None
    sources: dict[str, SourceLines] = field(default_factory=dict)
    # the model of the site in build/ and what an edit in place (:mod:`chronik.serve.inplace`) redoes
    pages: Pages | None = None
    lists: dict[int, list[Job]] = field(default_factory=dict)  # entry index → paged lists showing it
    exports: Exports | None = None
    records: list[Any] = field(default_factory=list)  # search records, by entry index
    aliases: Any = None  # the alias table the records were made with


@dataclass
class Outcome:
    """What an update did, for the terminal and the tests."""

    pages: int = 0  # pages rendered
    written: int = 0  # files whose bytes changed
    deleted: int = 0
    full: bool = False
    in_place: bool = False  # entries edited in place: the exports and search index follow in the background
    search_behind: bool = False  # the search index follows in the background
    timings: dict[str, float] = field(default_factory=dict)  # seconds by stage: model, keys, render, search, write

    def describe(self) -> str:
        if self.full:
            return "full build"
        text = f"{self.pages} page{'' if self.pages == 1 else 's'} re-rendered, {self.written} files changed" + (
            f", {self.deleted} removed" if self.deleted else "")
        text += "; entries edited in place" if self.in_place else ""
        return text + ("; search index updating in the background" if self.search_behind else "")


def _source_lines(config: Config, known: dict[str, SourceLines]) -> dict[str, SourceLines]:
    """Each source's stamp, line count and blank lines, reading only the files that changed."""
    out = {}
    for source in config.sources:
        st = source.path.stat()
        stamp = (st.st_mtime_ns, st.st_size)
        seen = known.get(source.id)
        if seen is None or seen[0] != stamp:
            doc = read_document(source.id, source.path)
            seen = (stamp, len(doc.lines), {n for n, text in enumerate(doc.lines, 1) if not text.strip()})
        out[source.id] = seen
    return out


def _model(config: Config, built: Built) -> Site:
    built.names = built.names or load_names(config)
    built.sources = _source_lines(config, built.sources)
    counts = {sid: lines[1] for sid, lines in built.sources.items()}
    blank = {sid: lines[2] for sid, lines in built.sources.items()}
    with collector_paused():
        return build_site_model(config, load_chronology(config), counts, blank, built.names)


def _prepare(config: Config, built: Built) -> tuple[Site, Pages]:
    site = _model(config, built)
    return site, prepare(site, make_environment(config))


def _files(root: Path, under: str | None = None) -> set[str]:
    base = root / under if under else root
    return {p.relative_to(root).as_posix() for p in base.rglob("*") if p.is_file()} if base.is_dir() else set()


def full_build(config: Config) -> Built:
    """``chronik build`` into build/, remembering what it was made from."""
    built = Built()
    site, pages = _prepare(config, built)  # before the build: a save in between only costs extra work later
    keys = page_keys(pages)
    report = build(config, site=site)
    log.info("build: %s", report.summary())
    root = config.build_dir
    built.keys = {path: key for path, (_, key) in keys.items()}
    remember_model(built, pages)
    built.search = search_digest(built.records, config.language)
    for path in built.keys:
        found = built.found[path] = Found()
        data = (root / path).read_bytes()
        found.add_page(path, data.decode("utf-8"), len(data))
    built.generated = _files(root, SEARCH_DIR) | {"chronology.json", "chronology.csv", "timelinejs.json"}
    built.generated |= {p for p in _files(root) if p.startswith("sitemap") or p == "feed.xml"}
    built.other = _files(root) - built.generated - set(built.keys)
    return built


def put(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` by a rename, unless the file already holds exactly that."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def search_pages(records: list[Any], language: str) -> list[str]:
    """The shard pages of ``records`` (one per entry of the site, in order)."""
    return [shard_html(group, language) for group in shards(records, entries_per_page(len(records)))]


def search_digest(records: list[Any], language: str) -> str:
    """What the search index of ``records`` is made from, as a digest (the index pages are a function of the
    records and the language: digesting the records spares making the pages of a big site at every save)."""
    return digest([language, *map(repr, records)])


def search_step(config: Config, built: Built) -> Step:
    """The search index of the entries as they are now, made in the background and landed in build/."""
    records, language, root = list(built.records), config.language, config.build_dir

    def prepare(folder: Path) -> list[str]:
        return write_index(search_pages(records, language), folder, language)

    def land(folder: Path, files: list[str]) -> None:
        old = {path for path in built.generated if path.startswith(SEARCH_DIR + "/")}
        for path in files:
            put(root / path, (folder / path).read_bytes())
        for path in sorted(old - set(files)):
            (root / path).unlink(missing_ok=True)
            if not any((root / path).parent.iterdir()):
                (root / path).parent.rmdir()  # a full build has no empty folders in the index
        built.generated = (built.generated - old) | set(files)
        built.search = search_digest(records, language)

    return Step("search index", prepare, land)


def remember_model(built: Built, pages: Pages) -> None:
    """Keep the model of the site just written, and the per-entry pieces an edit in place redoes."""
    built.pages = pages
    built.lists = listing(pages)
    built.exports = Exports(pages.site, keep=True)
    built.aliases = alias_table(pages.site)
    built.records = [entry_record(view, built.aliases) for view in pages.site.entries]


def digest(parts: list[str]) -> str:
    return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()


def update(config: Config, built: Built, follower: Follower) -> Outcome:
    """Bring build/ up to date with the chronology and content on disk, re-rendering only changed pages; the
    search index, when what it indexes changed, follows in the background (``follower``)."""
    outcome = Outcome()
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        outcome.timings[stage] = outcome.timings.get(stage, 0.0) + now - clock
        clock = now

    site, pages = _prepare(config, built)
    lap("model")
    keys = page_keys(pages)
    root = config.build_dir
    lap("keys")
    with tempfile.TemporaryDirectory(prefix=".chronik-update-", dir=root.parent) as tmp:
        staged = Path(tmp)
        lap("write")
        remember_model(built, pages)
        # Pagefind's index is not byte-reproducible (filter chunks in hash-map order): rerun it only when
        # what it indexes changed, so that an edit no entry shows in leaves the index files alone
        outcome.search_behind = search_digest(built.records, config.language) != built.search
        lap("search")
        rendered: dict[str, bytes] = {}
        found: dict[str, Found] = {}
        for path, (job, key) in keys.items():
            if built.keys.get(path) == key:
                continue
            path, html = render_job(pages, job)
            rendered[path] = data = html.encode("utf-8")
            found[path] = Found()
            found[path].add_page(path, html, len(data))
        lap("render")
        assert built.exports is not None
        generated = set(built.exports.write(staged))
        generated.update(feeds.write_feeds(site, staged, sorted(keys)))
        generated.update(p for p in built.generated if p.startswith(SEARCH_DIR + "/"))  # until it is redone
        lap("write")
        outcome.pages = len(rendered)
        for path, data in rendered.items():
            outcome.written += put(root / path, data)
        for path in sorted(generated):
            if not path.startswith(SEARCH_DIR + "/"):
                outcome.written += put(root / path, (staged / path).read_bytes())
    for path in sorted((set(built.keys) - set(keys)) | (built.generated - generated)):
        (root / path).unlink(missing_ok=True)
        outcome.deleted += 1
        if path.startswith(SEARCH_DIR + "/") and not any((root / path).parent.iterdir()):
            (root / path).parent.rmdir()  # a full build has no empty folders in the index
    built.keys = {path: key for path, (_, key) in keys.items()}
    built.found = {path: found.get(path) or built.found[path] for path in keys}
    built.generated = generated
    _check(site, built)
    if outcome.search_behind:
        follower.request(root, [search_step(config, built)])
    lap("write")
    return outcome


def _check(site: Site, built: Built) -> None:
    """The full build's link check, over the remembered links of every page."""
    everything = Found()
    for path in sorted(built.found):
        everything.merge(built.found[path])
    for problem in site.problems + linkcheck.check(everything, set(built.keys) | built.generated | built.other):
        log.warning("%s", problem)

