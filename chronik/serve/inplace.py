"""Saves that edit entries in place: the fast path of ``chronik serve``'s rebuilds.

Most saves while previewing correct an entry: its title, text, note, status, figures or claimant. Such
an edit leaves every list of the site as it was (the same entries on the same days in the same order,
naming the same side, places, actors and source lines, in the same time zone), so the site model of the
last build stays right but for those entries. Instead of reading the whole chronology again and digesting
every page (:func:`chronik.serve.incremental.update`: seconds at 100,000 entries), this

1. reads and checks only the saved day files (:func:`chronik.store.load_days`);
2. puts the new entries into their views of the model, in place;
3. renders the pages that can draw them (:func:`candidates`: the entry and its neighbours, its day, the
   timeline, place, actor, side and source pages listing it) and writes those whose bytes changed;
4. writes the feed, and redoes the edited entries' pieces of the exports
   (:class:`chronik.render.exports.Exports`) and of the search index.

The exports and the search index, whole-site files, follow in the background (:mod:`.background`).
Any other save (a new, moved or deleted entry, a changed date, time, zone, side, place, actor or source
reference) is not an edit in place: :func:`edit_in_place` returns None and the general path runs.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable
from pathlib import Path

from chronik.config import Config
from chronik.model import Entry
from chronik.render import feeds, fmt, linkcheck
from chronik.render.context import EntryView, Site, as_figure, when_of
from chronik.render.linkcheck import Found
from chronik.render.pages import Job, Pages, render_job
from chronik.render.templating import item_cache
from chronik.search.records import entry_record
from chronik.serve.background import Follower, Step
from chronik.serve.incremental import Built, Outcome, put, search_step
from chronik.serve.pagekeys import STALE
from chronik.store import load_days

log = logging.getLogger(__name__)

# What places an entry in the site's lists; an edit that changes none of them is an edit in place.
PLACING = ("id", "date", "date_end", "time", "timezone", "places", "actors", "sources")


def _placed_alike(old: Entry, new: Entry) -> bool:
    return (all(getattr(old, name) == getattr(new, name) for name in PLACING)
            and old.attribution.side == new.attribution.side)


def changed_views(site: Site, days: dict[str, list[Entry]]) -> list[tuple[EntryView, Entry]] | None:
    """The views whose entry an edit changed, with the new entry; None when the edit moves anything."""
    by_date = {day.date: day for day in site.days}
    changed = []
    for date, entries in days.items():
        day = by_date.get(date)
        views = day.entries if day else []
        if len(views) != len(entries) or not views:
            return None
        for view, entry in zip(views, entries, strict=True):
            if not _placed_alike(view.entry, entry):
                return None
            if view.entry != entry:
                changed.append((view, entry))
    return changed


def candidates(pages: Pages, lists: dict[int, list[Job]], views: Iterable[EntryView]) -> list[Job]:
    """Every page that can draw one of ``views``. (The lists of sources, places, actors and sides show
    counts, which an edit in place does not change.)"""
    site = pages.site
    days = {day.date: i for i, day in enumerate(site.days)}
    sources = {info.source.id: i for i, info in enumerate(site.sources)}
    sides = {side.key: i for i, side in enumerate(site.sides)}
    jobs: dict[Job, None] = {}
    for view in views:
        for index in (view.index - 1, view.index, view.index + 1):  # entry pages show their neighbours
            if 0 <= index < len(site.entries):
                jobs[("entry", index)] = None
        jobs[("day", days[view.entry.date])] = None
        jobs.update(dict.fromkeys(lists.get(view.index, ())))
        jobs.update(dict.fromkeys(("source", sources[ref.source_id]) for ref in view.refs
                                  if ref.source_id in sources))
        if view.side is not None:
            jobs[("facet", "sides", sides[view.side.key], 0)] = None  # the side's chart of figures
    return list(jobs)


def swap_in(config: Config, changed: list[tuple[EntryView, Entry]]) -> None:
    """Put each new entry into its view, with what the view derives from it. (The zone is unchanged, so
    any problem with it is the one the last build reported already.)"""
    for view, entry in changed:
        view.entry = entry
        view.heading = fmt.heading(entry)
        view.figures = [as_figure(f) for f in entry.figures]
        view.when = when_of(entry, config, [])


def edit_in_place(config: Config, pages: Pages, days: list[str]) -> list[tuple[EntryView, Entry]] | None:
    """Read the saved ``days`` and, when the save edits entries in place, put them in the model; the views
    changed (none for a save that changed no entry), or None when the general path must run. Raises
    ChronikError when the saved files have problems, before changing anything."""
    read = load_days(config, days)
    changed = changed_views(pages.site, read)
    if changed is None:
        return None
    swap_in(config, changed)
    return changed


def update_in_place(config: Config, built: Built, days: frozenset[str], follower: Follower) -> Outcome | None:
    """Bring build/ up to date with saved day files that edit entries in place (None: they do not).

    Pages are rendered in memory first and written only once all of them rendered, each by a rename and
    only when its bytes changed; the exports and the search index are left to ``follower``.
    """
    pages = built.pages
    if pages is None or built.exports is None:
        return None
    outcome = Outcome(in_place=True, search_behind=True)
    clock = time.perf_counter()
    changed = edit_in_place(config, pages, sorted(days))
    if changed is None:
        return None
    built.pages = None  # the model is being changed: if anything below fails, the general path runs next
    outcome.timings["model"] = time.perf_counter() - clock
    if not changed:
        built.pages = pages
        return outcome
    views = [view for view, _ in changed]
    item_cache(pages.env).forget({view.index for view in views})
    # Rendering these few pages costs less than digesting them (a side's first page digests all its
    # entries); their digests are marked stale, so the general path renders them again next time.
    rendered = dict(render_job(pages, job) for job in candidates(pages, built.lists, views))
    feed = feeds.atom(pages.site)
    outcome.timings["render"] = time.perf_counter() - clock - outcome.timings["model"]
    root = config.build_dir
    found = Found()
    for path, html in rendered.items():
        data = html.encode("utf-8")
        outcome.written += put(root / path, data)
        built.keys[path] = STALE
        built.found[path] = Found()
        built.found[path].add_page(path, html, len(data))
        found.add_page(path, html, len(data))
    outcome.pages = len(rendered)
    outcome.written += put(root / "feed.xml", feed.encode("utf-8"))
    for problem in linkcheck.check(found, set(built.keys) | built.generated | built.other, root):
        log.warning("%s", problem)
    built.exports.redo(views)
    for view in views:
        built.records[view.index] = entry_record(view, built.aliases)
    follower.request(root, [_exports_step(built), search_step(config, built)])
    built.pages = pages
    outcome.timings["write"] = time.perf_counter() - clock - outcome.timings["model"] - outcome.timings["render"]
    return outcome


def _exports_step(built: Built) -> Step:
    assert built.exports is not None
    exports = built.exports.frozen()

    def land(folder: Path, names: list[str]) -> None:
        for name in names:
            os.replace(folder / name, built_root / name)

    built_root = exports.site.config.build_dir
    return Step("exports", exports.write, land)
