"""The site's full-text search: a static Pagefind index built with the site, searched in the browser.

``build_search_index(site, root)`` is the build's "search" stage: every entry of the site model becomes a
record (:mod:`.records`), records are laid out in pages, one entry a page or, for very large chronologies,
in the compact layout (:mod:`.compact`), and indexed by Pagefind (:mod:`.index`) into ``pagefind/``;
``search.html`` and ``static/search.js`` query it with no server.

The renderer calls into this package and this package reads the renderer's site model, so the
modules that need the model are imported when first used, not when the package is.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from chronik.render.context import Site

log = logging.getLogger(__name__)

ENTRY_PAGES_UP_TO = 2_000
"""Up to this many entries, each entry is its own page of the index, and Pagefind's results, excerpts and
filter counts are used as they are; above, the compact layout: Pagefind's table of pages, which every
visitor downloads, grows by about 10 bytes a page, and its word-index chunks with every page a word is on.
Measured at 10,000 entries, the compact layout indexes in 4.8 s instead of 10.9 s, with 75 MB instead of
542 MB, and a first query downloads 94–115 KB instead of 204–255 KB (gzipped as GitHub Pages serves it);
the browser tests check that both layouts find the same entries."""

FILTER_LABELS = {"source": "Source", "publisher": "Publisher", "side": "Side", "claimant": "Claimed by",
                 "place": "Place", "actor": "Actor", "status": "Status", "year": "Year", "month": "Month"}

__all__ = ["build_search_index", "entries_per_page", "page_context"]


def entries_per_page(entries: int) -> int:
    """How many entries one page of the index holds, at most, for a chronology of this size."""
    from chronik.search.compact import PER_PAGE

    return 1 if entries <= ENTRY_PAGES_UP_TO else PER_PAGE


def manifest_path() -> str:
    """The site path of the compact layout's manifest."""
    from chronik.search.compact import FOLDER, MANIFEST
    from chronik.search.index import OUTPUT

    return f"{OUTPUT}/{FOLDER}/{MANIFEST}"


def page_context(site: Site) -> dict[str, Any]:
    """What ``search.html`` needs: the index's unit, the filters, and how to show a side."""
    from chronik.render.context import UNATTRIBUTED
    from chronik.search.records import FILTERS

    per_page = entries_per_page(len(site.entries))
    sides: dict[str, dict[str, Any]] = {s.key: {"label": s.label, "colour": s.colour} for s in site.sides}
    sides[UNATTRIBUTED] = {"label": UNATTRIBUTED.capitalize(), "colour": None}
    unit = "empty" if not site.entries else "entry" if per_page == 1 else "compact"
    return {"unit": unit, "per_page": per_page, "manifest": manifest_path(),
            "filters": [(key, FILTER_LABELS[key]) for key in FILTERS],
            "labels": {"filters": list(FILTERS), "sides": sides}}


def build_search_index(site: Site, root: Path) -> list[str]:
    """Write the search index of ``site`` into ``root/pagefind/``; the site paths of the files written."""
    from chronik.search.index import write_index
    from chronik.search.records import alias_table, entry_record, shard_html, shards

    aliases = alias_table(site)
    records = [entry_record(view, aliases) for view in site.entries]
    per_page = entries_per_page(len(records))
    pages = (shard_html(shard, site.config.language) for shard in shards(records, per_page))
    files = write_index(pages, root, site.config.language)
    log.info("search index of %d entries, up to %d a page: %d files", len(records), per_page, len(files))
    return files
