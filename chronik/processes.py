"""Work side by side in forked processes that share this one's objects instead of receiving them pickled.

A forked process starts with a copy-on-write image of this one, so a site model or a config it needs is
simply there; :func:`fork_pool` makes it findable with :func:`shared` while the pool forks its processes.
"""

from __future__ import annotations

import multiprocessing
import os
from multiprocessing.pool import Pool
from typing import Any

_SHARED: Any = None  # set only while a pool forks; each of its processes keeps its copy


def cores() -> int:
    """How many processes can work side by side: the cores this process may use (1 where it cannot fork)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover (not Linux)
        return os.cpu_count() or 1


def fork_pool(processes: int, shared: Any) -> Pool:
    """A pool of forked processes in which :func:`shared` returns ``shared`` (the pool forks them now)."""
    global _SHARED
    _SHARED = shared
    try:
        return multiprocessing.get_context("fork").Pool(processes)
    finally:
        _SHARED = None


def shared() -> Any:
    """In a process of a :func:`fork_pool`, what the pool was given."""
    assert _SHARED is not None, "only in a process forked by fork_pool"
    return _SHARED
