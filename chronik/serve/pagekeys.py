"""What each page of the site is rendered from, as a digest: a page whose digest did not change since the
last build is byte for byte the page already in build/, so an incremental rebuild skips it.

A page's inputs are the values its template is given (:func:`chronik.render.pages.render_job`), walked
into plain text: an entry stands for everything drawn of it on any page (its YAML, heading, side, places,
actors, sources, figures, time and day), a day for its label, summary, neighbours and entries, a paged list
for its page numbers and its entries by day. The first page of a side also has the figures
chart of all its entries. Site-wide values every page can show (config, navigation, the build
date, the side labels) go into every digest, so changing one of them re-renders everything. The
timeline pages add the site's totals and chart; the source pages the source file's stamp and the
entries' positions (``data-entries``); the places/actors pages their first and last entries.

A page's template goes in too: the source of the template it renders, of every template that one extends,
includes or imports, and of the partials, so a saved template re-renders exactly the pages drawn with it
(``entry.html``: the entry pages; ``_footer.html`` or ``base.html``: every page).

The inputs are what the packaged theme reads. A template override that reads more of ``site`` than
that (say ``site.entries`` on an entry page) is rendered right when it is saved, but later incremental
rebuilds would not see those extra inputs.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path
from typing import Any

from jinja2 import Environment, meta

from chronik.render.context import DayInfo, EntryView, FacetInfo, SideInfo, SourceInfo
from chronik.render.pages import Job, Pages, template_of
from chronik.render.paging import Page
from chronik.render.urls import NOT_FOUND
from chronik.search import page_context as search_page

Stamp = tuple[int, int]  # a source file's (mtime in ns, size)
STALE = ""  # the digest of a page rendered without one: no digest equals it, so it is rendered next time


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


class _Walker:
    """Plain text of model values, each entry digested once."""

    def __init__(self, chart: str) -> None:
        self.chart = chart  # digest of the timeline's chart and its table
        self._views: dict[int, str] = {}

    def view(self, v: EntryView) -> str:
        digest = self._views.get(id(v))
        if digest is None:
            side = (v.side.key, v.side.label, v.side.slug, v.side.colour) if v.side else None
            day = (v.day.date, v.day.label) if v.day else None
            text = repr((v.entry, v.path, v.heading, side, [(f.name, f.slug) for f in v.places],
                         [(f.name, f.slug) for f in v.actors], v.refs,
                         v.figures, v.when, day))
            digest = self._views[id(v)] = _digest(text)
        return digest

    def value(self, obj: Any) -> Any:
        if isinstance(obj, EntryView):
            return self.view(obj)
        if isinstance(obj, DayInfo):
            return ("day", obj.date, obj.label, repr(obj.summary), obj.prev and obj.prev.date,
                    obj.next and obj.next.date, [self.view(v) for v in obj.entries])
        if isinstance(obj, SideInfo):
            return ("side", obj.key, obj.label, obj.slug, obj.colour, obj.description, len(obj.entries))
        if isinstance(obj, FacetInfo):
            ends = [self.view(obj.entries[0]), self.view(obj.entries[-1])] if obj.entries else []
            return ("facet", obj.kind, obj.name, obj.slug, obj.aliases, len(obj.entries), ends)
        if isinstance(obj, SourceInfo):
            used = sorted((n, [(v.index, self.view(v)) for v in views]) for n, views in obj.used.items())
            return ("source", repr(obj.source), obj.line_count, [self.view(v) for v in obj.entries], used)
        if isinstance(obj, Page):
            return ("page", obj.number, obj.total, obj.path, obj.paths,
                    [((day.date, day.label), [self.view(v) for v in views]) for day, views in obj.groups])
        if isinstance(obj, list | tuple):
            return [self.value(x) for x in obj]
        if isinstance(obj, dict):
            return sorted((repr(k), self.value(v)) for k, v in obj.items())
        return repr(obj)


def _stamp(path: Path) -> Stamp | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def _listed(item: SourceInfo | FacetInfo | SideInfo) -> tuple[Any, ...]:
    """What a list page (sources, places, actors, sides) shows of each item: no entry, only their count."""
    if isinstance(item, SourceInfo):
        return "source", repr(item.source), len(item.entries)
    if isinstance(item, SideInfo):
        return "side", item.key, item.label, item.slug, item.colour, item.description, len(item.entries)
    return "facet", item.kind, item.name, item.slug, len(item.entries)


def job_inputs(pages: Pages, job: Job, walk: _Walker) -> tuple[str, Any]:
    """(site path, inputs) of one page job, mirroring what :func:`render_job` gives its template."""
    site, kind = pages.site, job[0]
    if kind == "timeline":
        page = pages.timeline[job[1]][job[2]]
        totals = (len(site.entries), len(site.days), len(site.sources))
        return page.path, (job[1], walk.value(page), totals, walk.chart)
    if kind == "day":
        day = site.days[job[1]]
        return day.path, walk.value(day)
    if kind == "entry":
        view = site.entries[job[1]]
        prev = site.entries[view.index - 1] if view.index else None
        nxt = site.entries[view.index + 1] if view.index + 1 < len(site.entries) else None
        return view.path, [walk.value(v) for v in (view, prev, nxt)]
    if kind == "source":
        info = site.sources[job[1]]
        return info.path, (walk.value(info), _stamp(info.source.path))
    if kind == "facet":
        _, facet_kind, i, n = job
        page, facet = pages.facet_pages[(facet_kind, i)][n], pages.facets(facet_kind)[i]
        figures = [walk.view(v) for v in facet.entries] if facet_kind == "sides" and n == 0 else None
        return page.path, (facet_kind, walk.value(facet), walk.value(page), figures)
    if kind == "list":
        items = site.sources if job[1] == "sources" else pages.facets(job[1])
        return f"{job[1]}/index.html", [_listed(item) for item in items]
    if kind == "search":
        return "search.html", repr(search_page(site))
    if kind == "notfound":
        return NOT_FOUND, None  # drawn from the config alone, in every page's digest already
    if kind == "content":
        content = site.pages[job[1]]
        return content.path, repr(content)
    raise ValueError(f"unknown page job {job!r}")


class _Templates:
    """The digest of each template with everything it extends, includes or imports, read once.

    The partials (names beginning with "_": navigation, footer, macros) count for every page: the renderer
    also draws them from Python (``shared("_footer.html")``, ``list_item``), where no template names them.
    """

    def __init__(self, env: Environment) -> None:
        if env.loader is None:
            raise ValueError("the templates' environment has no loader to read their sources with")
        self.env = env
        self.loader = env.loader
        self._digests: dict[str, str] = {}
        self._partials: dict[str, str] = {}
        for name in env.list_templates(extensions=["html"]):
            if name.rsplit("/", 1)[-1].startswith("_"):
                self._sources(name, self._partials)

    def digest(self, name: str) -> str:
        if name not in self._digests:
            sources = self._sources(name, dict(self._partials))
            self._digests[name] = _digest(repr(sorted(sources.items())))
        return self._digests[name]

    def _sources(self, name: str, seen: dict[str, str]) -> dict[str, str]:
        if name in seen:
            return seen
        source = self.loader.get_source(self.env, name)[0]
        seen[name] = source
        for used in meta.find_referenced_templates(self.env.parse(source)):
            if used is None:  # a name computed while rendering: it may be any of them
                for other in self.env.list_templates(extensions=["html"]):
                    self._sources(other, seen)
            else:
                self._sources(used, seen)
        return seen


class PageKeys:
    """The digest of any page's inputs; each entry is digested once per instance (make a new one after
    the model changed)."""

    def __init__(self, pages: Pages):
        site = pages.site
        self.pages = pages
        self.shared = _digest(repr((site.config, pages.nav, pages.env.globals.get("custom_css"), site.build_date,
                                    sorted(site.side_labels.items()))))
        self.walk = _Walker(_digest(repr((pages.chart, pages.chart_rows))))
        self.templates = _Templates(pages.env)

    def key(self, job: Job) -> tuple[str, str]:
        """(site path, digest) of one page job."""
        path, inputs = job_inputs(self.pages, job, self.walk)
        return path, _digest(repr((self.shared, self.templates.digest(template_of(job)), inputs)))


def page_keys(pages: Pages) -> dict[str, tuple[Job, str]]:
    """Every page of the site: its site path → (its job, the digest of its inputs)."""
    keys = PageKeys(pages)
    out: dict[str, tuple[Job, str]] = {}
    for job in pages.jobs():
        path, key = keys.key(job)
        out[path] = (job, key)
    return out


def listing(pages: Pages) -> dict[int, list[Job]]:
    """The paged lists (timeline, places, actors, sides) that show each entry, by its index in the site."""
    out: dict[int, list[Job]] = defaultdict(list)
    for newest, timeline in pages.timeline.items():
        for n, page in enumerate(timeline):
            for _, views in page.groups:
                for view in views:
                    out[view.index].append(("timeline", newest, n))
    for (kind, i), facet_pages in pages.facet_pages.items():
        for n, page in enumerate(facet_pages):
            for _, views in page.groups:
                for view in views:
                    out[view.index].append(("facet", kind, i, n))
    return dict(out)
