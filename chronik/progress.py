"""A progress bar on an interactive terminal; silent in CI, in pipes and with ``-q``."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

_enabled = True


def set_enabled(enabled: bool) -> None:
    """The CLI turns bars off for ``-q``; everything else leaves this alone."""
    global _enabled
    _enabled = enabled


def shown() -> bool:
    return _enabled and sys.stderr.isatty() and not os.environ.get("CI")


def progress(items: Iterable[T], label: str, total: int | None = None,
             size: Callable[[T], int] | None = None) -> Iterator[T]:
    """Yield ``items``, drawing ``label [#####.....] n/total`` on stderr when a person is watching.

    ``size`` counts what each item stands for (pages in a chunk of rendered pages); by default one each.
    """
    if not shown() or not total or total < 2:
        yield from items
        return
    start = time.monotonic()
    width = 30
    n = 0
    for item in items:
        yield item
        n += size(item) if size else 1
        done = int(width * min(n, total) / total)
        sys.stderr.write(f"\r{label:>10} [{'#' * done}{'.' * (width - done)}] {n:,}/{total:,}"
                         f" {time.monotonic() - start:5.1f}s")
        sys.stderr.flush()
    sys.stderr.write("\n")
