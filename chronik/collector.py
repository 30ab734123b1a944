"""Keeping Python's cyclic garbage collector out of work on millions of long-lived objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside.

    Reading a big chronology or parsing a big page makes millions of long-lived objects and almost no
    cycles; each full collection on the way walks all of them again (6 of 14 s when loading 100,000
    entries, a third of the time of a 5 MB page). Reference counting still frees what goes out of use.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@contextmanager
def model_frozen() -> Iterator[None]:
    """Every object alive now (the site model) is left out of the collector's walks inside.

    A build keeps its model to the end while each stage makes and drops many small objects; each full
    collection would walk the whole model again (9 of 43 s of the search index at 100,000 entries). In
    forked render workers, a walk would also touch, so copy, every page of the model they share.
    ``chronik serve`` builds again and again: afterwards the model can be collected as usual.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
