"""Split a document into updates. (First cut: one update a paragraph, dated by publication.)"""

from __future__ import annotations

from chronik.config import Config, Source
from chronik.model import Document, Dropped, Update


def segment(doc: Document, source: Source, config: Config) -> tuple[list[Update], list[Dropped]]:
    """Group consecutive non-empty lines into paragraphs; each becomes one update."""
    updates: list[Update] = []
    block: list[int] = []
    day = source.published_date.isoformat() if source.published_date else None

    def flush() -> None:
        if block:
            text = " ".join(doc.lines[i - 1].strip() for i in block)
            updates.append(Update(source=source.id, lines=list(block), text=text, date=day,
                                  timezone=source.timezone, date_basis="publication",
                                  flags=[] if day else ["no-date"]))
            block.clear()

    for no, line in enumerate(doc.lines, 1):
        if line.strip():
            block.append(no)
        else:
            flush()
    flush()
    return updates, []
