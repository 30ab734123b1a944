"""chronology/: the chronology people edit, one YAML file a day, merged with each new parse.

- :func:`update_chronology` (``chronik parse``) merges a parse into the files, keeping every hand edit
  (see :mod:`chronik.store.reconcile` for the rules and :mod:`chronik.store.ledger` for how chronik
  knows what a person touched).
- :func:`load_chronology` (``chronik build``) reads the entries, in day and file order.
- :func:`check_chronology` (``chronik check``, and before every build) lists every problem.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from chronik.config import Config
from chronik.errors import ChronikError, Problem
from chronik.merge import Matcher as EventMatcher
from chronik.merge import cluster
from chronik.model import Entry, ParseResult, Update
from chronik.store.atomic import atomic_delete, atomic_write
from chronik.store.check import inspect, inspect_files
from chronik.store.convert import to_entry
from chronik.store.dayfile import chronology_files, day_path
from chronik.store.ledger import ledger_is_sound
from chronik.store.parallel import read_clean
from chronik.store.reconcile import Matcher, reconcile
from chronik.wording import plural

log = logging.getLogger(__name__)


def entry_updates(result: ParseResult) -> list[Update]:
    """The updates that can become entries: everything but asides (page furniture, teasers)."""
    return [u for u in result.updates if u.kind != "aside"]


def update_chronology(config: Config, result: ParseResult) -> str:
    """Merge ``result`` into chronology/, reports of one event into one entry; return a one-line report."""
    updates = entry_updates(result)
    groups = cluster(updates)
    for group in groups:
        if group.why:
            log.debug("one event: %s", group.why)
    return merge_into_chronology(config, result, [g.updates for g in groups], EventMatcher(updates))


def merge_into_chronology(config: Config, result: ParseResult, groups: list[list[Update]],
                          matcher: Matcher | None = None) -> str:
    """Merge ``result`` into chronology/, ``groups`` being its updates grouped by the event they report.

    Refuses (ChronikError) when the chronology has problems other than the ones parse itself resolves.
    Files are written atomically, day files first and the ledger last, and only when they change.
    """
    seen = inspect(config)
    if seen.blocking:
        stop = Problem(seen.chronology.display, 0, 0, "chronik parse changed nothing: fix the problems above first")
        raise ChronikError([*seen.blocking, stop])
    updates = entry_updates(result)
    wanted = {id(u) for u in updates}
    groups = [[u for u in g if id(u) in wanted] for g in groups]
    covered = {id(u) for g in groups for u in g}
    groups = [g for g in groups if g] + [[u] for u in updates if id(u) not in covered]
    parsed = {u.source for u in result.updates} | {d.source for d in result.dropped}
    chronology = seen.chronology
    outcome = reconcile(chronology, seen.ledger, updates, groups, parsed, chronology.order, matcher)
    written = 0
    for doc in chronology.files:
        if doc.path not in chronology.dirty:
            continue
        text = doc.render()
        if text == doc.text:
            continue
        if text:
            atomic_write(doc.path, text)
        else:
            atomic_delete(doc.path)
        written += 1
    seen.ledger.save(chronology.folder)
    total = sum(len(doc.items) for doc in chronology.files)
    days = sum(1 for doc in chronology.files if doc.items)
    log.info("chronology: %d files written", written)
    return f"chronology: {plural(total, 'entry', 'entries')} in {plural(days, 'day file')}; {outcome.summary()}"


def load_chronology(config: Config, meanwhile: Callable[[], object] = lambda: None) -> list[Entry]:
    """Every entry, by day and then in file order; ChronikError with every problem if check finds any.

    So ``chronik build`` refuses a chronology that fails ``chronik check``, without reading it twice.
    A big clean chronology is read in two processes (:mod:`chronik.store.parallel`); ``meanwhile`` is
    other work of the caller's, run once while the second process finishes.
    """
    entries = read_clean(config, chronology_files(config.chronology_dir), meanwhile)
    if entries is not None and ledger_is_sound(config):
        return entries
    seen = inspect(config)
    if seen.problems:
        raise ChronikError(seen.problems)
    files = sorted((doc for doc in seen.chronology.files if doc.day), key=lambda d: d.day or "")
    return [to_entry(item.node, doc.day) for doc in files for item in doc.items]


def load_days(config: Config, days: list[str]) -> dict[str, list[Entry]]:
    """The entries of some days' files, in file order (a day whose file is gone has none); ChronikError
    with every problem found in them, as :func:`load_chronology` would give for these files."""
    paths = [day_path(config.chronology_dir, day) for day in days]
    files, problems = inspect_files(config, [p for p in paths if p.is_file()])
    if problems:
        raise ChronikError(problems)
    found = {doc.day: [to_entry(item.node, doc.day) for item in doc.items] for doc in files if doc.day}
    return {day: found.get(day, []) for day in days}


def check_chronology(config: Config) -> list[Problem]:
    """Every problem in every chronology file (and the ledger), each at its file, line and column."""
    return inspect(config).problems
