"""One entry point from "what changed" to "the site in build/ is up to date"."""

from __future__ import annotations

import logging
from pathlib import Path

from chronik.config import Config
from chronik.pipeline import parse_sources
from chronik.serve.incremental import Built, Outcome, full_build, update
from chronik.serve.watch import ChangeSet
from chronik.store import update_chronology

log = logging.getLogger(__name__)

# What the site in each build folder was made from, kept for the life of the serve process.
_BUILT: dict[Path, Built] = {}


def rebuild(config: Config, changes: ChangeSet) -> str:
    """Bring chronology/ and build/ up to date with ``changes``; return what was done, for the terminal.

    - changed sources (``changes.sources``) are re-parsed, and only they: the store merges into chronology/
      only the sources present in the ParseResult it is given;
    - a change to config.yaml or templates/, or the first build, is the full build of ``chronik build``
      (written into a staging folder and swapped in);
    - anything else (days, content, re-parsed sources) re-renders only the pages whose inputs changed
      (:mod:`chronik.serve.incremental`); the result is the full build's, byte for byte.

    A failed rebuild raises and leaves build/ as it was; the next rebuild after it is a full one.
    """
    return rebuild_outcome(config, changes)[0]


def rebuild_outcome(config: Config, changes: ChangeSet) -> tuple[str, Outcome]:
    """:func:`rebuild`, with the counts of what it rendered and wrote (for the tests and benchmarks)."""
    done = []
    if changes.sources:
        chosen = [s for s in config.sources if s.id in changes.sources]
        if chosen:
            log.info("parse: %s", update_chronology(config, parse_sources(config, chosen)))
        n = len(chosen)
        done.append(f"re-parsed {n} source{'' if n == 1 else 's'}")
    target = config.build_dir.resolve()
    built = _BUILT.pop(target, None)
    if built is None or changes.config or changes.templates or not target.is_dir():
        built, outcome = full_build(config), Outcome(full=True)
    else:
        outcome = update(config, built)
    _BUILT[target] = built  # only once the build succeeded: after a failure, the next one is full
    done.append(outcome.describe())
    return ", ".join(done), outcome
