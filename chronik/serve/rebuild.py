"""One entry point from "what changed" to "the site in build/ is up to date"."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from chronik.config import Config
from chronik.errors import ChronikError
from chronik.pipeline import parse_sources
from chronik.serve.background import Follower
from chronik.serve.incremental import Built, Outcome, full_build, update
from chronik.serve.inplace import update_in_place
from chronik.serve.watch import ChangeSet
from chronik.store import update_chronology

log = logging.getLogger(__name__)

# What the site in each build folder was made from, kept for the life of the serve process; and the
# background worker of each folder (exports and search after an edit in place), whose lock every rebuild holds.
_BUILT: dict[Path, Built] = {}
_FOLLOWERS: dict[Path, Follower] = {}


def follower(target: Path) -> Follower:
    """The background worker of a build folder (``wait()`` on it to see exports and search catch up)."""
    return _FOLLOWERS.setdefault(target.resolve(), Follower(threading.RLock()))


def rebuild(config: Config, changes: ChangeSet) -> str:
    """Bring chronology/ and build/ up to date with ``changes``; return what was done, for the terminal.

    - changed sources (``changes.sources``) are re-parsed, and only they: the store merges into chronology/
      only the sources present in the ParseResult it is given;
    - a change to config.yaml or to the static files in templates/static/, or the first build, is the full
      build of ``chronik build`` (written into a staging folder and swapped in);
    - anything else (days, content, page templates, re-parsed sources) re-renders only the pages whose
      inputs changed (:mod:`chronik.serve.incremental`); the result is the full build's, byte for byte.

    - saved day files that only edit entries in place (:mod:`chronik.serve.inplace`) re-render the pages
      showing those entries; the exports and the search index follow in the background (:mod:`.background`).

    A failed rebuild raises and leaves build/ as it was. After problems in the files (ChronikError) the
    next save rebuilds from where the last good one left off; after any other failure, from scratch.
    """
    return rebuild_outcome(config, changes)[0]


def rebuild_outcome(config: Config, changes: ChangeSet) -> tuple[str, Outcome]:
    """:func:`rebuild`, with the counts of what it rendered and wrote (for the tests and benchmarks)."""
    target = config.build_dir.resolve()
    behind = follower(target)
    with behind.lock:
        done = []
        if changes.sources:
            chosen = [s for s in config.sources if s.id in changes.sources]
            if chosen:
                log.info("parse: %s", update_chronology(config, parse_sources(config, chosen)))
            n = len(chosen)
            done.append(f"re-parsed {n} source{'' if n == 1 else 's'}")
        built = _BUILT.pop(target, None)
        outcome = None
        if built is None or changes.config or changes.assets or not target.is_dir():
            behind.supersede()
            built, outcome = full_build(config), Outcome(full=True)
        else:
            try:
                if changes.days and not (changes.sources or changes.content or changes.templates):
                    outcome = update_in_place(config, built, changes.days, behind)
                if outcome is None:
                    behind.supersede()
                    outcome = update(config, built, behind)
            except ChronikError:
                _BUILT[target] = built  # problems in the files read, found before build/ changed
                raise
        _BUILT[target] = built  # only once the build succeeded: after a failure, the next one is full
        done.append(outcome.describe())
        return ", ".join(done), outcome
