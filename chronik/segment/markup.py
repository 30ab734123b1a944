"""The plain text of lines saved with their markup: Markdown, HTML left over from a bad save, tables.

The page's lines stay as the file has them (every line is still accounted for by its number); what an update
says is the plain text read here:

* HTML entities (``&amp;``, ``&#8217;``, ``&nbsp;``) are decoded when they name a character, else kept as written;
  tags of HTML's own names (``<p>``, ``<br>``, ``<li>``) are removed, a ``<script>`` or ``<style>`` with its
  content; a paragraph opened on one line and closed on a later one (``<p>...<br>`` / ``...</p>``) is one block;
* ``[text](https://...)`` is its text, ``![alt](...)`` an image; on a page written in Markdown (headings ``#``,
  links, bold ``**``, quotes ``>``: three such lines or more) the heading and quote marks and the emphasis go too;
  a ``---`` front matter at the top of such a page is metadata;
* a footnote mark after a sentence ("killed.³") goes;
* the rows of a table (``a | b | c`` with or without outer pipes, or cells split by tabs: two rows or more with
  as many cells) are list items whose cells read ``a | b | c``; a first row of words alone is its header. A header
  naming a row's day and clock ("Date | Time (UTC) | Location | Event", "Where | When | What") puts those cells
  first, the day then the clock ("2022-10-04 | 08:20 | Kyiv | ..."), as a dated item opens with its day;
* a spreadsheet export (cells split by commas or semicolons under a header of column names) is such a table too,
  its rows read the same way, the cell of its source column the row's claimant (chronik.segment.delimited).

A line that is nothing but markup (``</div>``, an image, a table's header) becomes an empty block, which the
furniture step drops with what it was (``markup: image``).
"""

from __future__ import annotations

import html
import html.entities
import re
from dataclasses import dataclass

from chronik.segment.delimited import read_exports
from chronik.segment.table_columns import day_clock_first
from chronik.segment.timestamps import zone_named

_TAG_NAMES = (r"a|abbr|article|aside|b|blockquote|body|br|caption|cite|code|dd|div|dl|dt|em|figcaption|figure|"
              r"font|footer|h[1-6]|head|header|hr|html|i|img|li|main|meta|nav|noscript|ol|p|picture|pre|q|s|section|"
              r"small|source|span|strong|sub|sup|table|tbody|td|tfoot|th|thead|time|title|tr|u|ul|video")
_TAG = re.compile(rf"</?(?:{_TAG_NAMES})\b(?:\s[^<>]*)?/?>", re.I)
_IMG = re.compile(r"<img\b[^<>]*>", re.I)
_SCRIPT = re.compile(r"<(script|style)\b[^<>]*>.*?(?:</\1\s*>|$)", re.I)
_SCRIPT_OPEN = re.compile(r"<(script|style)\b[^<>]*>(?!.*</\1\s*>)", re.I)
_SCRIPT_CLOSE = re.compile(r"</(?:script|style)\s*>", re.I)
_BLOCK_OPEN = re.compile(r"<(p|li|blockquote|h[1-6]|td|th|figcaption)\b[^<>]*>", re.I)
_ITEM = re.compile(r"^\s*<li\b[^<>]*>", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t ]+")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\((?:https?://|/|#|www\.)[^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?=\S)")
_MD_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])"
                    r"|(?<![\w_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\w_])")
_MD_CUES = (_MD_HEADING, _MD_LINK, re.compile(r"^\s*!\["), re.compile(r"\*\*\S"), re.compile(r"^\s{0,3}>\s"))
MARKDOWN_CUES = 3  # lines with Markdown cues that make a page Markdown
_FRONT = re.compile(r"^[A-Za-z][\w-]*\s*:(?:\s|$)")  # "title: ...", "tags: [...]" in a front matter
_FOOTNOTE = re.compile(r"(?<=[.,;:)\]”\"’])[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=\s|$)")
# a line with none of these has no markup to read: its plain text is itself (most lines of most pages)
_MARKUP_CHARS = re.compile(r"[<&\[#>*_¹²³⁴⁵⁶⁷⁸⁹⁰]")
_PIPE_CELLS = re.compile(r"^\s*\|?([^|]*\|)+[^|]*\|?\s*$")
_DIGIT = re.compile(r"\d")
_BLOCK_CLOSE = re.compile(r"</(?:p|li|blockquote|h[1-6]|td|th|figcaption)\s*>", re.I)


@dataclass(frozen=True)
class Line:
    """One line's plain text and what its markup said: ``only`` names what a line of markup alone was
    (``image``, ``HTML tags``...), ``joins`` that it carries on the paragraph an HTML tag opened above it,
    ``item`` that it is a list item (``<li>``, a table row), ``cells`` a table row's cells (in the order its header
    reads them; empty for any other line), ``zone`` the zone its table's header says the clocks are in, ``claimant``
    the cell of a spreadsheet export's source column."""

    text: str
    only: str | None = None
    joins: bool = False
    item: bool = False
    cells: tuple[str, ...] = ()
    zone: str | None = None
    claimant: str | None = None


def decode_entities(text: str) -> str:
    """``&amp;`` → ``&``, ``&#8217;`` → ``’``; an entity HTML does not know stays as written."""
    if "&" not in text:
        return text
    return _ENTITY.sub(_entity, text)


def _entity(m: re.Match[str]) -> str:
    name = m.group()
    if name[1] != "#" and name[1:] not in html.entities.html5:
        return name  # "&notaword;" is not "¬" and "aword;"
    return html.unescape(name)


def _markdown(lines: list[str]) -> bool:
    cues = 0
    for line in lines:
        if _MARKUP_CHARS.search(line) and any(p.search(line) for p in _MD_CUES):  # each cue holds one of them
            cues += 1
            if cues >= MARKDOWN_CUES:
                return True
    return False


def _front_matter(lines: list[str]) -> int:
    """How many lines a ``---`` front matter at the top of the page takes (0 without one)."""
    if not lines or lines[0].strip() != "---":
        return 0
    for k, line in enumerate(lines[1:40], 1):
        if line.strip() in ("---", "..."):
            return k + 1 if k > 1 else 0
        if line.strip() and not _FRONT.match(line) and not line.startswith((" ", "-")):
            return 0
    return 0


def _rule(cells: list[str]) -> bool:
    """A table's rule ("---|:---:"): cells of dashes, colons and blanks alone."""
    return set("".join(cells)) <= set("-: ")


def _cells(line: str) -> list[str] | None:
    """The cells of a table row (split by pipes or tabs), or None for a line that is not one."""
    if "\t" in line.strip():  # (a row starting with a tab starts with an empty cell: a merged one)
        cells = [c.strip() for c in line.strip(" \r\n").split("\t")]
    elif "|" in line and _PIPE_CELLS.match(line):
        cells = [c.strip() for c in _outer_pipes(line.strip()).split("|")]
    else:
        return None
    return cells if (len(cells) >= 2 and sum(1 for c in cells if c) >= 2) or _rule(cells) else None


# a header cell naming the column of a row's day, or of its clock ("Date", "When", "Date/time"; "Time (UTC)", "Hour")
_DAY_COLUMN = re.compile(r"^(?:date|day|when|date\s*(?:/|&|and)\s*time|date-?time)\b", re.I)
_CLOCK_COLUMN = re.compile(r"^(?:time|hour|clock)\b", re.I)


def _dated_order(header: list[str]) -> list[int] | None:
    """The order to read a table's cells in when its ``header`` names the day's column and the clock's: the day,
    the clock, then the other cells as they stand; None when it names no day or already opens with day and clock."""
    order = day_clock_first(header, _DAY_COLUMN, _CLOCK_COLUMN)
    return None if order is None or order == list(range(len(header))) else order


def _outer_pipes(line: str) -> str:
    """A row without the pipes around it ("| a | b |"); a pipe on one side only stays, the bar after an empty first
    cell ("| 14:30 | Kyiv | ..." under "2022-10-04 | 08:20 | ...": the day cell merged with the row above)."""
    return line[1:-1] if len(line) > 1 and line.startswith("|") and line.endswith("|") else line


# the zone in brackets closing a header cell: "Time (UTC)", "Date/time (Kyiv time)"
_HEADER_ZONE = re.compile(r"\(\s*([^()]{2,30}?)\s*\)\s*$")


def _header_zone(header: list[str]) -> str | None:
    """The zone a table's header says its clocks are in ("Time (UTC)", "Date/time (Kyiv)"), or None."""
    for cell in header:
        zone = _HEADER_ZONE.search(cell) if _CLOCK_COLUMN.match(cell) or _DAY_COLUMN.match(cell) else None
        if zone is not None and (named := zone_named(zone.group(1))) is not None:
            return named
    return None


# the words of the labels an archive gives a document's fields ("Document Number", "Film Number", "Draft Date",
# "Handling Restrictions", "Original Classification", "TAGS")
_FIELD_WORDS = frozenset({"date", "number", "from", "to", "subject", "tags", "classification", "type", "collection",
                          "restrictions", "film", "handling", "markings", "creator", "author", "format", "identifier",
                          "rights", "language", "reference", "file", "series", "decision", "count", "caveats"})
FIELD_LABEL_WORDS = 4  # a field's label is short: "Document Number (FOIA) /ESDN (CREST)" is written with a colon


def _fields(rows: list[list[str]]) -> bool:
    """Whether a table's rows are a record's list of fields, each a label and its value, as an archive catalogues a
    document: every label closed by a colon ("Document Type: | CREST", "Publication Date: | July 19, 1988"), or
    every label a few words without a digit, most of them naming a catalogue's field ("Draft Date | 22 JUL 1974",
    "Film Number | D740197-0622", "From | NICOSIA")."""
    if any(len(row) != 2 for row in rows):
        return False
    if all(row[0].rstrip().endswith(":") for row in rows):
        return True
    labels = [row[0].lower().split() for row in rows]
    return all(0 < len(words) <= FIELD_LABEL_WORDS and not any(c.isdigit() for c in "".join(words))
               for words in labels) and 2 * sum(bool(_FIELD_WORDS & set(words)) for words in labels) > len(labels)


def _tables(lines: list[str]) -> tuple[dict[int, list[str]], set[int], dict[int, str], set[int]]:
    """Line index → cells, for the rows of tables (two rows or more in a row with as many cells; in the order
    their header reads them, see ``_dated_order``); and the indexes of their headers: a first row without a
    digit; line index → the zone the header of its table names (``_header_zone``); and the indexes of the rows of
    a record's list of fields (see ``_fields``)."""
    cells = [_cells(line) for line in lines]  # each line split once
    rows: dict[int, list[str]] = {}
    headers: set[int] = set()
    zones: dict[int, str] = {}
    fields: set[int] = set()
    k = 0
    while k < len(lines):
        first = cells[k]
        if first is None:
            k += 1
            continue
        end = k + 1  # the run of rows with as many cells: lines k to end - 1
        while end < len(lines) and (nxt := cells[end]) is not None and len(nxt) == len(first):
            end += 1
        data = sum(1 for j in range(k, end) if not _rule(cells[j] or []))
        if data >= 2 and (len(first) > 2 or end - k >= 3):  # "a | b": three rows
            if _fields([cells[j] or [] for j in range(k, end)]):
                fields.update(range(k, end))
            order = None
            if not any(_DIGIT.search(c) for c in first):
                headers.add(k)
                order = _dated_order(first)
                if (zone := _header_zone(first)) is not None:
                    zones.update((j, zone) for j in range(k + 1, end))
            rows.update((j, [(cells[j] or [])[i] for i in order] if order else cells[j] or [])
                        for j in range(k, end))
        k = end
    return rows, headers, zones, fields


class Reader:
    """Reads a page's lines in order into their plain text (see the module docstring)."""

    def __init__(self, lines: list[str]) -> None:
        self.markdown = _markdown(lines)
        self.front = _front_matter(lines) if self.markdown else 0
        self.tables, self.headers, self.zones, self.fields = _tables(lines)
        self.exports = read_exports(lines)
        self.in_script = False
        self.open_block = False  # an HTML paragraph opened and not closed yet

    def line(self, k: int, raw: str) -> Line:
        """The plain text of line ``k`` (0-based) of the page, ``raw`` as the file has it."""
        if k < self.front:
            return Line("", only="front matter")
        if self.in_script:
            if _SCRIPT_CLOSE.search(raw):
                self.in_script = False
            return Line("", only="script")
        if k in self.exports:
            return self._export_row(k)
        if k in self.tables:
            return self._row(k)
        joins = self.open_block
        if not _MARKUP_CHARS.search(raw):
            return Line(raw, joins=joins)
        opened = _BLOCK_OPEN.search(raw)
        if opened:
            self.open_block = not re.search(rf"</{opened.group(1)}\s*>", raw[opened.end():], re.I)
        elif self.open_block and _BLOCK_CLOSE.search(raw):
            self.open_block = False
        if _SCRIPT_OPEN.search(raw):
            self.in_script = True
        item = bool(_ITEM.match(raw))
        text = _SCRIPT.sub(" ", raw)
        image = bool(_IMG.search(text) or _MD_IMAGE.search(text))
        text = _IMG.sub(" ", text)
        text = _MD_IMAGE.sub(" ", text)
        text = _MD_LINK.sub(r"\1", text)
        text = _TAG.sub(" ", text) if "<" in text else text
        if self.markdown:
            text = _MD_QUOTE.sub("", _MD_HEADING.sub("", text))
            text = _MD_STRONG.sub(r"\2", text)
            text = _MD_EM.sub(lambda m: m.group(1) or m.group(2), text)
        text = _FOOTNOTE.sub("", decode_entities(text))
        text = _SPACES.sub(" ", text).strip() if text != raw else text
        if text.strip():
            return Line(text, joins=joins, item=item)
        return Line("", only="image" if image else "script" if "<script" in raw.lower() else "HTML tags",
                    joins=joins)

    def _row(self, k: int) -> Line:
        cells = self.tables[k]
        if _rule(cells):
            return Line("", only="table rule")
        if k in self.fields:
            return Line("", only="record field")  # what the archive says of the document, not what it reports
        if k in self.headers:
            return Line("", only="table header")
        if not cells[0] and k - 1 in self.tables and k - 1 not in self.headers:
            cells = [self._merged(k), *cells[1:]]
        kept = tuple(decode_entities(c) for c in cells if c)
        return Line(" | ".join(kept), item=True, cells=kept, zone=self.zones.get(k))

    def _export_row(self, k: int) -> Line:
        row = self.exports[k]
        if row.only is not None:
            return Line("", only=row.only)
        kept = tuple(decode_entities(c) for c in row.cells if c)
        return Line(" | ".join(kept), item=True, cells=kept, zone=_header_zone(list(row.columns)),
                    claimant=row.claimant)

    def _merged(self, k: int) -> str:
        """The first cell of row ``k`` left empty, as a table saved from a page writes a cell merged with the one
        above it (a date spanning the rows of its day's events): that cell's text, from the nearest row above that
        has it."""
        j = k - 1
        while j in self.tables and j not in self.headers and not self.tables[j][0]:
            j -= 1
        return self.tables[j][0] if j in self.tables and j not in self.headers else ""
