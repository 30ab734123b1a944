"""Every HTML page of the site: which pages there are (jobs) and what each template is given.

A job is a small tuple so that the list can be split between worker processes; the workers
inherit the site model and the compiled templates (fork) and write their pages straight into the
staging folder, returning only what the link check needs.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment

from chronik.config import Config
from chronik.ingest import read_document
from chronik.processes import cores, fork_pool, shared
from chronik.progress import progress
from chronik.render import charts, fmt
from chronik.render.context import UNATTRIBUTED, EntryView, FacetInfo, SideInfo, Site, SourceInfo
from chronik.render.dropped import dropped_lines
from chronik.render.linkcheck import Found
from chronik.render.paging import Page, group_by_day, paginate
from chronik.render.templating import render
from chronik.render.urls import NOT_FOUND, facet_path, published_root, timeline_path
from chronik.search import page_context as search_page

log = logging.getLogger(__name__)

Job = tuple[Any, ...]
PARALLEL_FROM = 3000  # below this many pages, starting processes costs more than it saves
CHUNK = 500  # pages a worker renders at a time (and the steps of the progress bar)


@dataclass
class Pages:
    """The site model, its paged lists and the page jobs, prepared once before rendering."""

    site: Site
    env: Environment
    timeline: dict[bool, list[Page]] = field(default_factory=dict)
    facet_pages: dict[tuple[str, int], list[Page]] = field(default_factory=dict)
    nav: list[tuple[str, str]] = field(default_factory=list)
    chart: Any = None
    chart_rows: list[tuple[str, str, list[int], int]] = field(default_factory=list)  # label, link, counts, total

    def jobs(self) -> list[Job]:
        oldest, newest = len(self.timeline[False]), len(self.timeline[True])
        # each oldest-first page next to the newest-first page with the same days: one worker draws both
        jobs: list[Job] = [job for n in range(max(oldest, newest)) for job in
                           ((("timeline", False, n),) if n < oldest else ())
                           + ((("timeline", True, newest - 1 - n),) if newest - 1 - n >= 0 else ())]
        jobs += [("list", kind) for kind in ("places", "actors", "sides", "sources")]
        jobs += [("content", i) for i in range(len(self.site.pages))]
        jobs += [("search",), ("notfound",)]
        jobs += [("facet", kind, i, n) for (kind, i), pages in self.facet_pages.items() for n in range(len(pages))]
        jobs += [("day", i) for i in range(len(self.site.days))]
        jobs += [("source", i) for i in range(len(self.site.sources))]
        jobs += [("entry", i) for i in range(len(self.site.entries))]
        return jobs

    def facets(self, kind: str) -> Sequence[FacetInfo | SideInfo]:
        by_kind: dict[str, Sequence[FacetInfo | SideInfo]] = {
            "places": self.site.places, "actors": self.site.actors, "sides": self.site.sides}
        return by_kind[kind]


def prepare(site: Site, env: Environment) -> Pages:
    pages = Pages(site, env)
    for newest in (False, True):
        pages.timeline[newest] = paginate(group_by_day(site.entries, newest), functools.partial(timeline_path, newest))
    for kind in ("places", "actors", "sides"):
        for i, facet in enumerate(pages.facets(kind)):
            pages.facet_pages[(kind, i)] = paginate(group_by_day(facet.entries, newest_first=True),
                                                    functools.partial(facet_path, kind, facet.slug))
    pages.nav = [("Timeline", "index.html"), ("Sources", "sources/index.html"), ("Places", "places/index.html"),
                 ("Actors", "actors/index.html"), ("Sides", "sides/index.html")]
    pages.nav += [(p.title, p.path) for p in site.pages]
    custom_css = (site.config.templates_dir / "static" / "custom.css").is_file()
    env.globals.update(site=site, config=site.config, nav=pages.nav, custom_css=custom_css)
    _timeline_chart(pages)
    return pages


def _series(site: Site) -> list[tuple[str, str]]:
    series = [(s.label, f"s{s.colour}") for s in site.sides]
    return [*series, (UNATTRIBUTED.capitalize(), "sx")]


def _timeline_chart(pages: Pages) -> None:
    """The entries-per-day chart of the timeline's first pages, and the same numbers as table rows."""
    site = pages.site
    order = {s.key: i for i, s in enumerate(site.sides)}
    rows = []
    for day in site.days:
        counts = [0] * (len(site.sides) + 1)
        for view in day.entries:
            counts[order[view.side.key] if view.side else -1] += 1
        if day.entries:
            rows.append((day.date, day.path, counts))
    if not rows:
        return
    unit, bars = charts.bin_days(rows)
    series = _series(site)
    used = [i for i in range(len(series)) if any(r[2][i] for r in rows)]
    pages.chart_rows = [(bar.label, bar.link, [bar.counts[i] for i in used], bar.total) for bar in bars if bar.total]
    title = f"Entries per {unit}, by the side making the claim"
    desc = (f"{len(site.entries):,} entries on {len(rows):,} days from {fmt.short_date(rows[0][0])} "
            f"to {fmt.short_date(rows[-1][0])}; each bar links to its {'day' if unit == 'day' else 'first day'}.")
    pages.chart = {  # the chart sits on root pages only: its links need no prefix
        "svg": charts.stacked_bars(bars, unit, series, str, title, desc),
        "svg_narrow": charts.stacked_bars(bars, unit, series, str, title, desc, charts.NARROW, "chart-n"),
        "unit": unit, "series": [series[i] for i in used],
    }


# Up to this many figures, a side's page charts and lists every one; beyond, the highest of each week or month.
FIGURES_LISTED_MAX = 400


def _figure_chart(side: SideInfo) -> dict[str, Any] | None:
    """The figures a side claimed, as series by what was counted (the four most reported).

    A side with more than ``FIGURES_LISTED_MAX`` figures (a big chronology's side claims tens of thousands:
    megabytes of table and marks) is summarised: for each of the four, the highest figure claimed each week
    (or month, over more than 120 weeks), charted and listed; ``summary`` then says so.
    """
    by_what: dict[str, list[tuple[str, Any, EntryView]]] = {}
    for view in side.entries:
        for f in view.figures:
            if (f.side or side.key) == side.key:
                by_what.setdefault(f.what, []).append((str(f.as_of or view.entry.date), f, view))
    if not by_what:
        return None
    top = sorted(by_what, key=lambda w: (-len(by_what[w]), w))[:4]
    claims = sum(len(found) for found in by_what.values())
    summary = None
    if claims > FIGURES_LISTED_MAX:
        days = [row[0] for w in top for row in by_what[w]]
        unit = charts.period_unit(dt.date.fromisoformat(min(days)), dt.date.fromisoformat(max(days)))
        for w in top:
            highest: dict[dt.date, tuple[str, Any, EntryView]] = {}
            for row in by_what[w]:
                start = charts.period_start(dt.date.fromisoformat(row[0]), unit)
                if start not in highest or row[1].count > highest[start][1].count:
                    highest[start] = row
            by_what[w] = list(highest.values())
        shown = sum(len(by_what[w]) for w in top)
        summary = (f"The highest figure claimed each {unit} for the {len(top)} most reported: {shown:,} of "
                   f"{claims:,} figures. Every figure is in its entry and in the CSV and JSON downloads.")
    series = [charts.Series(w, [(day, f.count, f"{fmt.short_date(day)}: {fmt.count(f)} {w}")
                                for day, f, _ in by_what[w]]) for w in top]
    title = f"Figures claimed by the {side.label} side over time"
    desc = "; ".join(f"{s.label}: {len(s.points)} claims" for s in series)
    rows = [row for w in (top if summary else by_what) for row in by_what[w]]
    return {"svg": charts.line_chart(series, title, desc),
            "svg_narrow": charts.line_chart(series, title, desc, charts.NARROW, "fig-n"),
            "series": [(s.label, f"s{k}", charts.MARKERS[k % 4]) for k, s in enumerate(series)],
            "rows": sorted(rows, key=lambda r: (r[0], r[1].what)), "summary": summary}


def _source_lines(source: SourceInfo, config: Config) -> list[tuple[int, str, str, list[Any], str | None, str]]:
    """(number, text, css class, entries whose range starts here, drop reason, the indexes of the
    entries using it for the page's script) for each line."""
    doc = read_document(source.source.id, source.source.path)
    dropped = dropped_lines(doc, source.source, config)
    out = []
    for no, text in enumerate(doc.lines, 1):
        users = source.used.get(no, [])
        starts = [v for v in users if no - 1 not in source.used or v not in source.used[no - 1]]
        css = "used" if users else ("dropped" if no in dropped else ("blank" if not text.strip() else ""))
        out.append((no, text, css, starts, dropped.get(no), " ".join(str(v.index) for v in users)))
    return out


# the template each kind of page job renders (facets and lists: by their own kind, see :func:`template_of`)
_TEMPLATES = {"timeline": "index.html", "day": "day.html", "entry": "entry.html", "source": "source.html",
              "search": "search.html", "content": "page.html", "notfound": "404.html"}


# every template a page is rendered with (compiled once before the renderer forks)
PAGE_TEMPLATES = (*_TEMPLATES.values(), "side.html", "facet.html", "list-sources.html", "list-facets.html")


def template_of(job: Job) -> str:
    """The template a page job renders."""
    if job[0] == "facet":
        return "side.html" if job[1] == "sides" else "facet.html"
    if job[0] == "list":
        return f"list-{'sources' if job[1] == 'sources' else 'facets'}.html"
    return _TEMPLATES[job[0]]


def render_job(pages: Pages, job: Job) -> tuple[str, str]:
    """(site path, HTML) of one page."""
    site, env = pages.site, pages.env
    kind, template = job[0], template_of(job)
    if kind == "timeline":
        page = pages.timeline[job[1]][job[2]]
        return page.path, render(env, template, page.path, page=page, newest_first=job[1],
                                 chart=pages.chart if page.number == 1 else None, chart_rows=pages.chart_rows)
    if kind == "day":
        day = site.days[job[1]]
        return day.path, render(env, template, day.path, day=day)
    if kind == "entry":
        view = site.entries[job[1]]
        prev = site.entries[view.index - 1] if view.index else None
        nxt = site.entries[view.index + 1] if view.index + 1 < len(site.entries) else None
        return view.path, render(env, template, view.path, e=view, prev=prev, next=nxt)
    if kind == "source":
        info = site.sources[job[1]]
        lines = _source_lines(info, site.config)
        counts = {css: sum(1 for line in lines if line[2] == css) for css in ("used", "dropped")}
        return info.path, render(env, template, info.path, info=info, lines=lines, counts=counts)
    if kind == "facet":
        _, facet_kind, i, n = job
        facet = pages.facets(facet_kind)[i]
        page = pages.facet_pages[(facet_kind, i)][n]
        extra = {"figures": _figure_chart(facet)} if isinstance(facet, SideInfo) and n == 0 else {"figures": None}
        return page.path, render(env, template, page.path, facet=facet, kind=facet_kind, page=page,
                                 **extra)
    if kind == "list":
        path = f"{job[1]}/index.html"
        items = site.sources if job[1] == "sources" else pages.facets(job[1])
        return path, render(env, template, path, kind=job[1], items=items)
    if kind == "search":
        return "search.html", render(env, template, "search.html", search=search_page(site))
    if kind == "content":
        content = site.pages[job[1]]
        return content.path, render(env, template, content.path, content=content)
    if kind == "notfound":
        return NOT_FOUND, render(env, template, NOT_FOUND, root=published_root(site.config.base_url))
    raise ValueError(f"unknown page job {job!r}")


# --- rendering, in one process or several -----------------------------------------------------

_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)


def write_page(folder: str, path: str, data: bytes) -> None:
    """Write one page into the staging folder: straight system calls, half the cost of ``Path.write_bytes``
    for the hundred thousand small files of a big site."""
    fd = os.open(f"{folder}/{path}", _NEW_FILE, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _render_chunk(pages: Pages, root: Path, jobs: list[Job]) -> Found:
    folder = str(root)
    found = Found(keep_ids=False)
    for job in jobs:
        path, html = render_job(pages, job)
        data = html.encode("utf-8")
        write_page(folder, path, data)
        found.add_page(path, html, len(data))
    return found


def _render_shared(jobs: list[Job]) -> Found:
    """In a worker: render ``jobs`` of the pages the pool was given."""
    pages, root = shared()  # (what render_all gave the pool)
    return _render_chunk(pages, root, jobs)


def _chunks(jobs: list[Job], n: int) -> Iterator[list[Job]]:
    for start in range(0, len(jobs), n):
        yield jobs[start:start + n]


def render_all(pages: Pages, root: Path) -> Found:
    """Render and write every page under ``root``; what was written and the links and anchors on it."""
    jobs = pages.jobs()
    for folder in ("entries", "days", "sources", "places", "actors", "sides", "timeline"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for name in PAGE_TEMPLATES:
        pages.env.get_template(name)  # compile once, before any fork
    if len(jobs) < PARALLEL_FROM:
        return _render_chunk(pages, root, jobs)
    n_workers = cores()
    if n_workers < 2:
        parts = (_render_chunk(pages, root, chunk) for chunk in _chunks(jobs, CHUNK))
        return _merged(progress(parts, "render", len(jobs), lambda part: part.pages))
    log.info("rendering %d pages in %d processes", len(jobs), n_workers)
    # the workers share the model, frozen out of the collector by the build (collector.model_frozen)
    with fork_pool(n_workers, (pages, root)) as pool:
        rendered = pool.imap_unordered(_render_shared, _chunks(jobs, CHUNK))
        return _merged(progress(rendered, "render", len(jobs), lambda part: part.pages))


def _merged(parts: Iterable[Found]) -> Found:
    found = Found(keep_ids=False)
    for part in parts:
        found.merge(part)
    return found
