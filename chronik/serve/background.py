"""What follows an edit in place, in the background: the data exports, then the search index.

On a big chronology both are whole-site files: the exports hold every entry (hundreds of megabytes at
100,000 entries) and Pagefind cannot update an index, it indexes the site again (about 40 s at 100,000
entries), against well under a second to re-render the pages an edit touches. So the page reloads at
once and these follow: one background thread prepares each step into a temporary folder, then, holding
the rebuild lock, lands it in build/ (renames, and removal of files the step no longer has). Until then
build/ serves the exports and the index from before the edit.

Only one request runs at a time. A request made while one runs waits for it and replaces any request
still waiting; a step whose request was superseded (by a later edit, or by a rebuild that wrote these
files itself) is thrown away instead of landing.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Step:
    """One piece of work: ``prepare(folder)`` off the lock, then ``land(folder, prepared)`` under it."""

    name: str
    prepare: Callable[[Path], Any]
    land: Callable[[Path, Any], None]


class Follower:
    """The background worker of one build folder."""

    def __init__(self, lock: threading.RLock):
        self.lock = lock  # held by every rebuild; taken here to land a step
        self._state = threading.Condition()
        self._generation = 0  # of the newest request (or supersession)
        self._request: tuple[int, Path, list[Step]] | None = None
        self._busy = False
        self._thread: threading.Thread | None = None
        self.error: BaseException | None = None
        self.report: Callable[[str], None] = log.info  # ``chronik serve`` prints it on the terminal

    def supersede(self) -> None:
        """Forget waiting and running requests: the caller writes these files itself."""
        with self._state:
            self._generation += 1
            self._request = None

    def request(self, root: Path, steps: list[Step]) -> None:
        """Run ``steps`` for the build folder ``root`` once the running request (if any) is done."""
        with self._state:
            self._generation += 1
            self._request = (self._generation, root, steps)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="chronik-follow", daemon=True)
                self._thread.start()
            self._state.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Until nothing is waiting or running (True), or ``timeout`` seconds passed (False)."""
        with self._state:
            return self._state.wait_for(lambda: self._request is None and not self._busy, timeout)

    def _run(self) -> None:
        while True:
            with self._state:
                if self._request is None:
                    self._thread = None
                    self._state.notify_all()
                    return
                generation, root, steps = self._request
                self._request, self._busy = None, True
            try:
                start, landed = time.perf_counter(), []
                for step in steps:
                    if not self._step(generation, root, step):
                        break
                    landed.append(step.name)
                else:
                    self.report(f"{' and '.join(landed)} caught up in the background in "
                                f"{time.perf_counter() - start:.1f} s")
                self.error = None
            except Exception as exc:  # shown on the terminal; the next save tries again
                self.error = exc
                log.error("%s not updated: %s", step.name, exc)
            finally:
                with self._state:
                    self._busy = False
                    self._state.notify_all()

    def _current(self, generation: int) -> bool:
        with self._state:
            return generation == self._generation

    def _step(self, generation: int, root: Path, step: Step) -> bool:
        """Prepare and land one step; False when the request was superseded."""
        start = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix=".chronik-follow-", dir=root.parent) as tmp:
            if not self._current(generation):
                return False
            prepared = step.prepare(Path(tmp))
            with self.lock:
                if not self._current(generation):
                    return False
                step.land(Path(tmp), prepared)
        log.debug("%s updated in the background in %.1f s", step.name, time.perf_counter() - start)
        return True
