"""What a big site's build makes from the model alone, the search index and the data exports, made in a
forked process while the pages render.

Making the index's pages is one core's Python work (a third of a minute at 100,000 entries), Pagefind
then uses little more than one core, and the exports are one core's work again, while the renderer's
workers wait on writing as often as they compute: run side by side, they fill both cores instead of
taking turns. The child inherits the site model (fork; the build keeps it frozen out of the collector,
so it is shared, not copied) and writes only ``pagefind/`` and the export files, which no page of the
renderer touches. A small site does both in this process, after its pages, where a second process would
cost more than it saves.
"""

from __future__ import annotations

import time
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from chronik.processes import cores, fork_pool, shared
from chronik.render import exports
from chronik.search import build_search_index

if TYPE_CHECKING:
    from chronik.render.context import Site

ALONGSIDE_FROM = 2_000  # entries

Made = tuple[list[str], list[str], dict[str, float]]  # index files, export files, seconds of each


def _make(site: Site, root: Path) -> Made:
    start = time.perf_counter()
    index = build_search_index(site, root)
    middle = time.perf_counter()
    data = exports.write_exports(site, root)
    return index, data, {"index": middle - start, "exports": time.perf_counter() - middle}


def _make_shared() -> Made:
    """In the child: make both for the site the pool was given."""
    return _make(*shared())


class Alongside:
    """``with Alongside(site, root) as made: …render…; index, data = made.files()``.

    ``seconds`` then says how long the index and the exports took (in the child, overlapping the rendering).
    """

    def __init__(self, site: Site, root: Path):
        self.site = site
        self.root = root
        self.seconds: dict[str, float] = {}
        self._pool: Pool | None = None
        self._pending: AsyncResult[Made] | None = None

    def __enter__(self) -> Alongside:
        if len(self.site.entries) >= ALONGSIDE_FROM and cores() > 1:
            self._pool = fork_pool(1, (self.site, self.root))
            self._pending = self._pool.apply_async(_make_shared)
        return self

    def files(self) -> tuple[list[str], list[str]]:
        """The site paths of the index's files and of the exports, once written (here, if no child does it)."""
        index, data, self.seconds = _make(self.site, self.root) if self._pending is None else self._pending.get()
        return index, data

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._pool is not None:
            # after an error too, the child is waited for: stopped, it would leave Pagefind writing into the
            # staging folder being removed; an interrupt (Ctrl-C) reaches the child and Pagefind as well
            if kind is not None and issubclass(kind, KeyboardInterrupt):
                self._pool.terminate()
            else:
                self._pool.close()
            self._pool.join()
            self._pool = None
