"""Render chronology/ + content/ + templates/ into build/: the site, its feeds and its data exports.

The build in named stages, everything read before anything is written:

1. **load**   — the chronology, the sources' line counts, content/ → the site model (:mod:`.context`)
2. **render** — every HTML page from the templates, in parallel (:mod:`.pages`), into a staging folder
3. **search** — the Pagefind index of every entry, in ``pagefind/`` (:mod:`chronik.search`), and the data
   exports (:mod:`.exports`); on a big site both are made alongside the render (:mod:`.alongside`)
4. **write**  — feed, sitemap, static assets (:mod:`.feeds`, :mod:`.writer`)
5. **check**  — every internal link and anchor, every entry's source lines (:mod:`.linkcheck`)

Only then is the staging folder swapped in for build/; a failed build leaves the old one untouched.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from chronik.collector import collector_paused, model_frozen
from chronik.config import Config
from chronik.errors import ChronikError, Problem
from chronik.ingest import read_document
from chronik.render import feeds, linkcheck
from chronik.render.alongside import Alongside
from chronik.render.context import Site, build_site_model
from chronik.render.pages import prepare, render_all
from chronik.render.templating import THEME_DIR, make_environment
from chronik.render.writer import Staging, copy_static, write_text
from chronik.store import load_chronology
from chronik.wording import plural

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    """What a build did, stage by stage (the benchmark reads ``timings``): the stages follow each other, so
    their sum is the build's time. A big site's search index and exports are made during "render", and
    "search" is only what they take longer; ``alongside`` has their own times ("index", "exports")."""

    target: Path
    entries: int = 0
    sources: int = 0
    pages: int = 0
    bytes: int = 0
    warnings: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    alongside: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - start

    def summary(self) -> str:
        total = sum(self.timings.values())
        text = (f"built {plural(self.entries, 'entry', 'entries')} from {plural(self.sources, 'source')}: "
                f"{plural(self.pages, 'page')} ({self.bytes / 1e6:.1f} MB) into {self.target} in {total:.1f} s")
        if self.warnings:
            text += f"; {plural(len(self.warnings), 'warning')}"
        return text


def read_sources(config: Config) -> tuple[dict[str, int], dict[str, set[int]]]:
    """Each source's number of lines and its blank lines (what an entry's ``lines`` may point to)."""
    counts: dict[str, int] = {}
    blank: dict[str, set[int]] = {}
    for source in config.sources:
        doc = read_document(source.id, source.path)
        counts[source.id] = len(doc.lines)
        blank[source.id] = {n for n, text in enumerate(doc.lines, 1) if not text.strip()}
    return counts, blank


def load_site(config: Config) -> Site:
    """The site model of the chronology as it is on disk."""
    with collector_paused():
        lines: list[tuple[dict[str, int], dict[str, set[int]]]] = []
        entries = load_chronology(config, meanwhile=lambda: lines.append(read_sources(config)))
        (counts, blank), = lines
        return build_site_model(config, entries, counts, blank)


def build(config: Config, out: str | Path | None = None, strict: bool = False, site: Site | None = None) -> BuildReport:
    """Build the site; with ``strict``, any warning (broken link, unresolved source line) fails it.

    ``site`` is the model of the chronology when the caller has just made it (``chronik serve``'s first
    build); by default it is loaded from disk."""
    report = BuildReport(Path(out).resolve() if out else config.build_dir)
    with report.timed("load"):
        site = site or load_site(config)
        report.entries, report.sources = len(site.entries), len(config.sources)
    stage = Staging(report.target)
    with stage as root, model_frozen(), Alongside(site, root) as alongside:
        with report.timed("render"):
            pages = prepare(site, make_environment(config))
            found = render_all(pages, root)
        with report.timed("search"):  # the index and the exports: on a big site made alongside the pages
            search_files, export_files = alongside.files()
        report.alongside = alongside.seconds
        with report.timed("write"):
            files = set(found.paths) | set(search_files) | set(export_files)
            files.update(feeds.write_feeds(site, root, sorted(found.paths)))
            files.update(copy_static(THEME_DIR / "static", config.templates_dir / "static", root))
            files.add(write_text(root, ".nojekyll", ""))
            if config.cname:
                files.add(write_text(root, "CNAME", config.cname.strip() + "\n"))
        with report.timed("check"):
            report.warnings = site.problems + linkcheck.check(found, files, root)
        report.pages, report.bytes = found.pages, found.bytes
        if report.warnings and strict:
            problems = plural(len(report.warnings), "problem")
            raise ChronikError([*report.warnings, Problem("build", 0, 0, f"{problems}; build/ left as it was",
                                                          "fix them, or build without --strict")])
        for problem in report.warnings:
            log.warning("%s", problem)
        stage.commit()
    return report


def build_site(config: Config, out: str | Path | None = None, strict: bool = False) -> str:
    """Build the site (see :func:`build`) and return a one-line summary for the CLI."""
    return build(config, out=out, strict=strict).summary()
