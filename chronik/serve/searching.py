"""The search index while serving, after an edit in place: rebuilt in the background.

Pagefind cannot update an index; it indexes the whole site again, which takes tens of seconds on a big
chronology (about 40 s at 100,000 entries) against well under a second to re-render the pages an edit
touches. So the page reloads at once and search follows: one background thread runs Pagefind into a
temporary folder, then, holding the rebuild lock, puts the new index files into build/ (each by a
rename) and removes the old ones. Until then search answers from the index before the edit.

Only one index runs at a time. A request made while one runs waits for it and replaces any request still
waiting; an index whose request was superseded (by a later edit, or by a general rebuild that indexed
the site itself) is thrown away instead of landing.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from chronik.search.index import OUTPUT as SEARCH_DIR
from chronik.search.index import write_index

log = logging.getLogger(__name__)

Pages = Callable[[], list[str]]  # makes the shard pages to index
Land = Callable[[Path, list[str], list[str]], None]  # (folder written into, its files' site paths, the pages)


class SearchWorker:
    """The background indexer of one build folder."""

    def __init__(self, lock: threading.RLock):
        self.lock = lock  # held by every rebuild; taken here to land an index
        self._state = threading.Condition()
        self._generation = 0  # of the newest request (or supersession)
        self._request: tuple[int, Pages, str, Path, Land] | None = None
        self._busy = False
        self._thread: threading.Thread | None = None
        self.error: BaseException | None = None

    def supersede(self) -> None:
        """Forget waiting and running requests: the caller indexes the site itself."""
        with self._state:
            self._generation += 1
            self._request = None

    def request(self, pages: Pages, language: str, root: Path, land: Land) -> None:
        """Index the shard pages ``pages()`` makes (on the worker's thread), and call ``land`` under the lock
        unless superseded meanwhile."""
        with self._state:
            self._generation += 1
            self._request = (self._generation, pages, language, root, land)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="chronik-search", daemon=True)
                self._thread.start()
            self._state.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Until no index is waiting or running (True), or ``timeout`` seconds passed (False)."""
        with self._state:
            return self._state.wait_for(lambda: self._request is None and not self._busy, timeout)

    def _run(self) -> None:
        while True:
            with self._state:
                if self._request is None:
                    self._thread = None
                    self._state.notify_all()
                    return
                generation, pages, language, root, land = self._request
                self._request, self._busy = None, True
            try:
                self._index(generation, pages, language, root, land)
            except Exception as exc:  # shown on the terminal; the next edit tries again
                self.error = exc
                log.error("search index not updated: %s", exc)
            finally:
                with self._state:
                    self._busy = False
                    self._state.notify_all()

    def _index(self, generation: int, pages: Pages, language: str, root: Path, land: Land) -> None:
        start = time.perf_counter()
        shards = pages()
        with tempfile.TemporaryDirectory(prefix=".chronik-search-", dir=root.parent) as tmp:
            files = write_index(shards, Path(tmp), language)
            with self.lock:
                if generation != self._generation:
                    return
                land(Path(tmp), files, shards)
        self.error = None
        log.info("search index updated in the background: %d files in %.1f s", len(files),
                 time.perf_counter() - start)


def index_files(files: set[str]) -> set[str]:
    """The search index's files among a build's generated files."""
    return {path for path in files if path.startswith(SEARCH_DIR + "/")}
