"""What goes into the search index: one record per entry, and the pages Pagefind indexes.

A record is an entry's searchable text (heading, text, quotes not already in the text, the editor's note,
the claimant, places and actors, each with every alias the gazetteer knows) and its filter values.

Up to :data:`chronik.search.ENTRY_PAGES_UP_TO` entries, each entry is a page of its own (:func:`entry_html`):
its ``<h2 id>`` carries the permalink, date and time, its filters and date sort ride along, and Pagefind's
excerpts and counts are used as they are. Above, pages follow the compact layout of :mod:`.compact`.
:func:`shards` and :func:`shard_html` choose between the two, so that every caller lays pages out alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

from chronik.render.context import UNATTRIBUTED, EntryView, Site

if TYPE_CHECKING:
    from chronik.search.compact import CompactShard

# The filters, in the order the search page lists them.
FILTERS = ("source", "publisher", "side", "claimant", "place", "actor", "status", "year", "month")
SORT_KEY = "date"
NAMES_WEIGHT = 0.5  # a word of the text counts 1, of a heading 6 (Pagefind's default weights)

Aliases = Callable[[str], list[str]]
_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass
class EntryRecord:
    """One entry as the index sees it."""

    file_id: str  # the permalink is entries/<file_id>.html
    date: str
    time: str
    heading: str  # the title, or the lead of the text when the entry has no title
    paragraphs: list[str]  # the text, quotes not in it, the note
    names: list[str]  # claimant, places, actors, each with its aliases: searchable, weighed less than the text
    filters: dict[str, list[str]] = field(default_factory=dict)
    titled: bool = True  # False when the heading is the lead of the text (then it adds no words of its own)


def _names(named: list[tuple[str, list[str]]]) -> list[str]:
    """``["Stepanakert, Khankendi, Khankandi.", "Shusha, Shushi."]``: each name once, with every alias, and no
    label words ("Places:") that would put one word into every entry and every entry into that word's index."""
    out: dict[str, str] = {}
    for name, aliases in named:
        if name not in out:
            out[name] = ", ".join([name, *(a for a in aliases if a.casefold() != name.casefold())]) + "."
    return list(out.values())


def _values(items: Iterable[str | None]) -> list[str]:
    """Filter values as Pagefind keeps them (spaces squashed, none empty), each once: an entry's codes are
    positions in these lists, so they must be the lists Pagefind writes back."""
    return list(dict.fromkeys(v for v in (_squash(i or "") for i in items) if v))


def alias_table(site: Site) -> Aliases:
    """The other names of every place and actor of the site (the renderer took them from the gazetteer)."""
    table = {f.name: f.aliases for f in (*site.places, *site.actors)}
    return lambda name: table.get(name, [])


def entry_record(view: EntryView, aliases: Aliases) -> EntryRecord:
    """The searchable text and the filter values of one entry of the site model; a claimant who is also
    an actor is found by the actor's other names too."""
    entry = view.entry
    text = _squash(entry.text or "")
    paragraphs = [text] if text else []
    folded = text.casefold()
    for ref in view.refs:
        quote = _squash(ref.quote)
        if quote and quote.casefold() not in folded:
            paragraphs.append(quote)
            folded += " " + quote.casefold()
    if entry.note and entry.note.strip():
        paragraphs.append(_squash(entry.note))
    who = entry.attribution.who if entry.attribution and entry.attribution.who else None
    names = _names([*([(who, aliases(who))] if who else []), *((p.name, p.aliases) for p in view.places),
                    *((a.name, a.aliases) for a in view.actors)])
    filters = {
        "source": _values(ref.source_id for ref in view.refs),
        "publisher": _values(ref.source.publisher for ref in view.refs if ref.source),
        "side": [view.side.key if view.side else UNATTRIBUTED],
        "claimant": _values([who]),
        "place": _values(p.name for p in view.places),
        "actor": _values(a.name for a in view.actors),
        "status": _values([entry.status]),
        "year": [entry.date[:4]],
        "month": [entry.date[:7]],
    }
    file_id = view.path[len("entries/"):-len(".html")]
    return EntryRecord(file_id, entry.date, entry.time or "", _squash(view.heading), paragraphs, names, filters,
                       titled=bool(entry.title and entry.title.strip()))


def shards(records: list[EntryRecord], per_page: int) -> list[list[EntryRecord]] | list[CompactShard]:
    """The pages of the index: one entry each, or the compact layout's pages of up to ``per_page`` entries."""
    if per_page <= 1:
        return [[r] for r in records]
    from chronik.search.compact import compact_shards

    return compact_shards(records, per_page)


def shard_html(shard: list[EntryRecord] | CompactShard, language: str) -> str:
    """The HTML Pagefind indexes for one page of :func:`shards`."""
    if isinstance(shard, list):
        return entry_html(shard[0], language)
    from chronik.search.compact import compact_html

    return compact_html(shard, language)


def sort_value(record: EntryRecord) -> str:
    """``<date>T<time>|<file id>``: entries of one date and time in permalink order, as in the compact layout
    (Pagefind would leave them in the order it happened to read the pages)."""
    return f"{record.date}T{record.time}|{record.file_id}"


def anchor_id(record: EntryRecord) -> str:
    """``<file id>|<date>|<time>``: what a result shows before its entry page is opened (file ids have no ``|``)."""
    return f"{record.file_id}|{record.date}|{record.time}"


def entry_html(record: EntryRecord, language: str) -> str:
    """The page Pagefind indexes for an entry; only its text is searchable, its filters and date ride along."""
    hidden = [f'<span data-pagefind-filter="{key}">{escape(value)}</span>'
              for key in FILTERS for value in record.filters.get(key, ())]
    hidden.append(f'<span data-pagefind-sort="{SORT_KEY}">{escape(sort_value(record))}</span>')
    body = [f'<h2 id="{escape(anchor_id(record))}">{escape(record.heading)}</h2>']
    body.extend(f"<p>{escape(p)}</p>" for p in record.paragraphs)
    if record.names:
        body.append(f'<p data-pagefind-weight="{NAMES_WEIGHT}">{escape(" ".join(record.names))}</p>')
    return (f'<!doctype html><html lang="{escape(language)}"><head><meta charset="utf-8"><title></title></head>'
            f'<body><main data-pagefind-body><div data-pagefind-ignore>{"".join(hidden)}</div>'
            f'{"".join(body)}</main></body></html>\n')
