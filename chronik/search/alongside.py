"""The search index of a big site built in a forked process while the pages render.

Making the index's pages is one core's Python work (a third of a minute at 100,000 entries) and
Pagefind then uses little more than one core, while the renderer's workers wait on writing as often as
they compute: run side by side, the two fill both cores instead of taking turns. The child inherits the
site model (fork; the build keeps it frozen out of the collector, so it is shared, not copied) and
writes only under ``pagefind/``, which no page of the renderer touches. A small site is indexed in this
process, after its pages, where a second process would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
import time
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from chronik.search import build_search_index

if TYPE_CHECKING:
    from chronik.render.context import Site

ALONGSIDE_FROM = 2_000  # entries

_WORK: tuple[Site, Path] | None = None  # set while the child is forked; it inherits it


def _index_inherited() -> tuple[list[str], float]:
    assert _WORK is not None
    start = time.perf_counter()
    files = build_search_index(*_WORK)
    return files, time.perf_counter() - start


class SearchAlongside:
    """``with SearchAlongside(site, root) as search: …render…; files = search.files()``.

    ``seconds`` is then how long the index itself took (in the child, overlapping the rendering).
    """

    def __init__(self, site: Site, root: Path):
        self.site = site
        self.root = root
        self.seconds = 0.0
        self._pool: Pool | None = None
        self._pending: AsyncResult[tuple[list[str], float]] | None = None

    def __enter__(self) -> SearchAlongside:
        global _WORK
        if len(self.site.entries) >= ALONGSIDE_FROM and "fork" in multiprocessing.get_all_start_methods():
            _WORK = (self.site, self.root)
            try:
                self._pool = multiprocessing.get_context("fork").Pool(1)  # forks now: the child has _WORK
                self._pending = self._pool.apply_async(_index_inherited)
            finally:
                _WORK = None
        return self

    def files(self) -> list[str]:
        """The site paths of the index's files, once it is written (built here if no child does it)."""
        if self._pending is None:
            start = time.perf_counter()
            files = build_search_index(self.site, self.root)
            self.seconds = time.perf_counter() - start
            return files
        files, self.seconds = self._pending.get()
        return files

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
