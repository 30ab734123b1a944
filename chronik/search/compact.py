"""The compact layout of the search index, for chronologies too large for a page per entry.

Pagefind's unit is a page. A visitor's first query downloads a table of every page (``pf_meta``) and the
word-index chunk of each query word; a chunk holds, for each of its words, every page the word is on and
every position on that page, and ends only after a word that fills it, so one common word makes the chunk
of every rarer word near it large too (300 KB a chunk at 100,000 entries laid out a page each or in groups).

This layout keeps Pagefind as the word index and makes its postings few and regular:

* entries go in chronological order, :data:`PER_PAGE` to a page, so the table of pages is short;
* each entry is a *region* of one fixed length on its page, holding each of its words once: a word's
  positions say which entries of the page have it, and whether in the entry's key (title, claimant, places
  and actors with their aliases) or only in its text;
* every common word (:meth:`Layout.of`) has two fixed columns in every region, key then text, so its
  positions step by the region length and compress to little; rarer words follow in two tails, key then
  text. A column or tail place without a word holds :data:`FILLER`, which Pagefind counts as a position but
  indexes as no word.

Each page also carries, in a JSON script Pagefind does not index, what its entries show and their filter
values. After Pagefind has run, :func:`write_compact` turns those into ``pagefind/chronik/``: a manifest
(Pagefind's page ids in chronik's page order, each page's tail lengths, the common words), *blocks* of
:data:`PER_BLOCK` entries to display, and one column file per filter with every entry's values. ``search.js``
maps the positions Pagefind returns to entries (rank = page × PER_PAGE + position // region length), so counts,
filters and order are per entry; Pagefind's own fragments are never fetched and are not published.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import shutil
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from chronik.search.records import FILTERS, EntryRecord

PER_PAGE = 128  # entries a page of the index (fewer pages: a shorter page table; more: longer regions)
PER_BLOCK = 16  # entries a display block: what one result costs to show
SLOT_SHARE = 0.02  # a word in at least this share of entries gets columns of its own ...
MAX_SLOTS = 128  # ... up to this many words
FILLER = "-"  # one byte; Pagefind counts it as a position and indexes no word for it
FOLDER = "chronik"  # in pagefind/
MANIFEST = "manifest.json.gz"
VERSION = 1
_DATA = '<script type="application/json" id="chronik-page">'
_EDGES = re.compile(r"^\W+|\W+$")


def tokens(*texts: str) -> list[str]:
    """The distinct words of ``texts``, lower-cased and without the punctuation around them, in order of first
    appearance (what search.js's ``normal`` makes of a word)."""
    out: dict[str, None] = {}
    for word in dict.fromkeys(" ".join(texts).lower().split()):
        if not (word[0].isalnum() and word[-1].isalnum()):  # most words need no regular expression
            word = _EDGES.sub("", word)
        if word:
            out[sys.intern(word)] = None
    return list(out)


def key_and_text(record: EntryRecord) -> tuple[list[str], list[str]]:
    """The words of the entry's key (title, names), and those only in its text. A heading made from the
    text's lead adds no words of its own."""
    key = tokens(record.heading if record.titled else "", *record.names)
    seen = set(key)
    return key, [t for t in tokens(*record.paragraphs) if t not in seen]


@dataclass(frozen=True)
class Layout:
    """The common words, each with a pair of fixed columns in every entry's region."""

    slots: tuple[str, ...]

    @classmethod
    def of(cls, words: list[tuple[list[str], list[str]]]) -> Layout:
        counts = Counter(t for key, text in words for t in (*key, *text))
        least = max(2, SLOT_SHARE * len(words))
        common = sorted((t for t, n in counts.items() if n >= least), key=lambda t: (-counts[t], t))
        return cls(tuple(common[:MAX_SLOTS]))

    def columns(self) -> dict[str, int]:
        return {t: i for i, t in enumerate(self.slots)}


@dataclass
class CompactShard:
    """One page of the compact layout: entries ``first`` … ``first + len(records) - 1`` in chronological order."""

    number: int
    first: int
    records: list[EntryRecord]
    words: list[tuple[list[str], list[str]]]
    layout: Layout
    per_page: int


def chronological(records: Iterable[EntryRecord]) -> list[EntryRecord]:
    """The order of the compact layout (its ranks): date, time, permalink."""
    return sorted(records, key=lambda r: (r.date, r.time, r.file_id))


def compact_shards(records: list[EntryRecord], per_page: int) -> list[CompactShard]:
    ordered = chronological(records)
    words = [key_and_text(r) for r in ordered]
    layout = Layout.of(words)
    return [CompactShard(n, start, ordered[start:start + per_page], words[start:start + per_page], layout, per_page)
            for n, start in enumerate(range(0, len(ordered), per_page))]


def _region(key: list[str], text: list[str], columns: dict[str, int], tails: tuple[int, int]) -> list[str]:
    cells = [FILLER] * (2 * len(columns))
    key_tail: list[str] = []
    text_tail: list[str] = []
    for tail, words, side in ((key_tail, key, 0), (text_tail, text, 1)):
        for t in words:
            column = columns.get(t)
            if column is None:
                tail.append(t)
            else:
                cells[2 * column + side] = t
    return [*cells, *key_tail, *[FILLER] * (tails[0] - len(key_tail)),
            *text_tail, *[FILLER] * (tails[1] - len(text_tail))]


def tails(shard: CompactShard) -> tuple[int, int]:
    """The page's key and text tail lengths: the longest of its entries'."""
    columns = shard.layout.columns()
    return (max(sum(t not in columns for t in key) for key, _ in shard.words),
            max(sum(t not in columns for t in text) for _, text in shard.words))


def _row(record: EntryRecord, words: tuple[list[str], list[str]], columns: dict[str, int]) -> dict:
    key, text = words
    return {"id": record.file_id, "date": record.date, "time": record.time, "heading": record.heading,
            "text": " ".join(record.paragraphs), "names": " ".join(record.names),
            "key": " ".join(t for t in key if t not in columns), "words": " ".join(t for t in text if t not in columns),
            "filters": record.filters}


def compact_html(shard: CompactShard, language: str) -> str:
    """The page Pagefind indexes (the regions of the shard's entries), with its data for :func:`write_compact`."""
    columns = shard.layout.columns()
    lengths = tails(shard)
    words = [w for key, text in shard.words for w in _region(key, text, columns, lengths)]
    data = {"page": shard.number, "first": shard.first, "tails": lengths,
            "entries": [_row(r, w, columns) for r, w in zip(shard.records, shard.words, strict=True)]}
    if shard.number == 0:  # what every page shares
        data.update(slots=shard.layout.slots, size=shard.per_page)
    script = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return (f'<!doctype html><html lang="{escape(language)}"><head><meta charset="utf-8"><title></title></head>'
            f'<body><main data-pagefind-body><p>{escape(" ".join(words))}</p></main>'
            f'{_DATA}{script}</script></body></html>\n')


def page_data(html: str) -> tuple[dict, str] | None:
    """The data :func:`compact_html` put into a page, and the page without it (what Pagefind needs to read);
    None for a page of another layout."""
    start = html.rfind(_DATA)
    if start < 0:
        return None
    end = html.index("</script>", start)
    return json.loads(html[start + len(_DATA):end]), html[:start] + html[end + len("</script>"):]


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def _gz(path: Path, value: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.write_bytes(gzip.compress(data, compresslevel=6, mtime=0))
    return path


class CompactWriter:
    """Collects the data of compact pages while they are written for Pagefind; :meth:`finish` writes
    ``pagefind/chronik/`` once Pagefind has named its pages."""

    def __init__(self, staging: Path):
        self.staging = staging
        self.digest = hashlib.blake2b(digest_size=6)
        self.slots: list[str] = []
        self.per_page = 0
        self.tails: list[tuple[int, int]] = []
        self.values: dict[str, list[tuple[str, ...]]] = {key: [] for key in FILTERS}
        self.block: list[dict] = []
        self.blocks = 0

    def add(self, html: str) -> str | None:
        """Take a page's data (pages come in order) and return the page without it; None for a page that is
        not compact."""
        found = page_data(html)
        if found is None:
            return None
        data, page = found
        self.digest.update(html.encode("utf-8"))
        if data["page"] == 0:
            self.slots, self.per_page = data["slots"], data["size"]
        self.tails.append(tuple(data["tails"]))
        for row in data["entries"]:
            filters = row.pop("filters")
            for key in FILTERS:
                self.values[key].append(tuple(filters.get(key, ())))
            row.update(side=filters.get("side", [""])[0], claimant=(filters.get("claimant") or [""])[0],
                       status=(filters.get("status") or [""])[0])
            self.block.append(row)
            if len(self.block) == PER_BLOCK:
                self._flush()
        return page

    def _flush(self) -> None:
        _gz(self.staging / f"b{self.blocks}.json.gz", self.block)
        self.blocks += 1
        self.block = []

    def finish(self, output: Path, page_ids: list[str]) -> list[Path]:
        """Write the manifest, blocks and columns into ``output/chronik/``; ``page_ids`` are Pagefind's ids of
        the pages in the order they were added."""
        if self.block:
            self._flush()
        for key, rows in self.values.items():
            counts = Counter(v for values in rows for v in values)
            order = sorted(counts, key=lambda v: (-counts[v], v))
            ids = {v: _base36(i) for i, v in enumerate(order)}
            _gz(self.staging / f"{key}.json.gz", {"values": order, "rows": ",".join(
                ".".join(ids[v] for v in values) for values in rows)})
        folder = output / FOLDER
        data = folder / self.digest.hexdigest()
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        shutil.move(self.staging, data)
        manifest = {"version": VERSION, "data": data.name, "entries": len(self.values[FILTERS[0]]),
                    "per_page": self.per_page, "per_block": PER_BLOCK, "slots": self.slots,
                    "pages": [[pid, *t] for pid, t in zip(page_ids, self.tails, strict=True)]}
        return [_gz(folder / MANIFEST, manifest), *sorted(data.iterdir())]
