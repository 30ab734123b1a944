"""One entry point from "what changed" to "the site in build/ is up to date"."""

from __future__ import annotations

import logging

from chronik.config import Config
from chronik.pipeline import parse_sources
from chronik.render import build_site
from chronik.serve.watch import ChangeSet
from chronik.store import update_chronology

log = logging.getLogger(__name__)


def rebuild(config: Config, changes: ChangeSet) -> str:
    """Bring chronology/ and build/ up to date with ``changes``; return what was done, for the terminal.

    Today this is deliberately coarse, correct before fast:

    - any changed source (``changes.sources``) re-parses *every* source, because the store's
      ``update_chronology`` merges one ParseResult of all sources into chronology/ (parsing one source
      alone would drop the entries of the others from the days they share);
    - the site is always built whole, by ``build_site``, which writes into a temporary folder and swaps
      it into build/, so a failed build leaves the previous site in place and raises.

    The incremental step (later, together with the renderer) keeps this signature and uses the rest of
    the change set: re-parse only ``changes.sources`` once the store can merge a partial result, and
    re-render only the pages of ``changes.days`` and ``changes.content`` (plus the index, feeds and
    search index those pages appear in) unless ``changes.config`` or ``changes.templates`` is set,
    which still means a full build.
    """
    done = []
    if changes.sources:
        result = parse_sources(config)
        log.info("parse: %s", update_chronology(config, result))
        n = len(config.sources)
        done.append(f"re-parsed {n} source{'' if n == 1 else 's'}")
    log.info("build: %s", build_site(config))
    done.append("full build")
    return ", ".join(done)
