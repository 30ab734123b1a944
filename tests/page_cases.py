"""A page written in a test, parsed as chronik parses a saved page: helpers the dating and segmenting tests share."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from chronik.config import Config, Epoch, Source
from chronik.ingest import clean_line
from chronik.model import Document, Update
from chronik.segment import segment


def parse_page(text: str, published: dt.date | dt.datetime | None, tz: str, title: str | None = None,
               epochs: tuple[Epoch, ...] = ()) -> list[Update]:
    """Every update of ``text`` (asides included), as a page published then, in ``tz``, under ``title``."""
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher="Desk", title=title,
                    published=published, timezone=tz)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,), epochs=epochs)
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("page", lines), source, config)[0]


def of(updates: list[Update], start: str) -> Update:
    """The update whose text starts with ``start``."""
    found = [u for u in updates if u.text.startswith(start)]
    assert len(found) == 1, f"{len(found)} updates start with {start!r}"
    return found[0]
