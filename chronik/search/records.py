"""What goes into the search index: one record per entry, grouped into the HTML "shards" Pagefind indexes.

A record is an entry's searchable text (heading, text, quotes not already in the text, the editor's note,
the claimant, places and actors, each with every alias the gazetteer knows) and its filter values.

Pagefind's unit is a page, and the first query of a visitor downloads a table of all pages
(``pf_meta``, about 9 bytes a page), so one page per entry is fine for tens of thousands of entries
but not for a hundred thousand. Records are therefore laid out in *shards*: entries of one day and
side, up to ``per_shard`` of them, each entry under its own ``<h2>`` so that Pagefind returns it as
a sub-result with its own excerpt. A shard's filters are the union of its entries' values; so that a
result is still an entry that matches every filter, each entry's ``<h2 id>`` carries its own values as
indexes into the shard's filter lists (:func:`anchor_id`), and ``search.js`` keeps only the entries whose
own values match. With ``per_shard == 1`` a shard is an entry and every count is exact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html import escape

from chronik.render.context import UNATTRIBUTED, EntryView, Site

# The filters, in the order their codes appear in an anchor id (search.js reads the same list from the page).
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
    heading: str
    paragraphs: list[str]  # the text, quotes not in it, the note
    names: list[str]  # claimant, places, actors, each with its aliases: searchable, weighed less than the text
    filters: dict[str, list[str]] = field(default_factory=dict)


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
    return EntryRecord(file_id, entry.date, entry.time or "", _squash(view.heading), paragraphs, names, filters)


def shards(records: list[EntryRecord], per_shard: int) -> Iterator[list[EntryRecord]]:
    """Records of one day and side, at most ``per_shard`` at a time, in date order.

    With one side a shard, Pagefind's own side filter and side counts are exact per shard (so are year
    and month); the other filters are unions, narrowed to single entries by ``search.js``."""
    if per_shard <= 1:
        yield from ([r] for r in records)
        return
    day: list[EntryRecord] = []
    for record in records:
        if day and record.date != day[0].date:
            yield from _day_shards(day, per_shard)
            day = []
        day.append(record)
    if day:
        yield from _day_shards(day, per_shard)


def _day_shards(day: list[EntryRecord], per_shard: int) -> Iterator[list[EntryRecord]]:
    by_side: dict[tuple[str, ...], list[EntryRecord]] = {}
    for record in day:
        by_side.setdefault(tuple(record.filters["side"]), []).append(record)
    for records in by_side.values():
        for start in range(0, len(records), per_shard):
            yield records[start:start + per_shard]


def shard_filters(group: list[EntryRecord]) -> dict[str, list[str]]:
    """The union of the entries' values, each filter's values in the order first seen."""
    out: dict[str, list[str]] = {}
    for key in FILTERS:
        out[key] = list(dict.fromkeys(v for r in group for v in r.filters.get(key, ())))
    return out


def anchor_id(record: EntryRecord, union: dict[str, list[str]]) -> str:
    """``<file id>|<date>|<time>|<codes>``: codes are, per filter in :data:`FILTERS` order, the indexes of the
    entry's values in the shard's list (``0.2``), joined by ``~``. Entry file ids never contain ``|``."""
    codes = []
    for key in FILTERS:
        position = {v: i for i, v in enumerate(union[key])}
        codes.append(".".join(str(position[v]) for v in record.filters.get(key, ())))
    return f"{record.file_id}|{record.date}|{record.time}|{'~'.join(codes)}"


def shard_html(group: list[EntryRecord], language: str) -> str:
    """The page Pagefind indexes for a shard; only the entries' text is searchable, filters ride along."""
    union = shard_filters(group)
    first = group[0]
    hidden = [f'<span data-pagefind-filter="{key}">{escape(value)}</span>'
              for key in FILTERS for value in union[key]]
    hidden.append(f'<span data-pagefind-sort="{SORT_KEY}">{escape(first.date)}T{escape(first.time)}</span>')
    body = []
    for record in group:
        body.append(f'<h2 id="{escape(anchor_id(record, union))}">{escape(record.heading)}</h2>')
        body.extend(f"<p>{escape(p)}</p>" for p in record.paragraphs)
        if record.names:
            body.append(f'<p data-pagefind-weight="{NAMES_WEIGHT}">{escape(" ".join(record.names))}</p>')
    return (f'<!doctype html><html lang="{escape(language)}"><head><meta charset="utf-8"><title></title></head>'
            f'<body><main data-pagefind-body><div data-pagefind-ignore>{"".join(hidden)}</div>'
            f'{"".join(body)}</main></body></html>\n')
