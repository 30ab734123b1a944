"""A printed document's text (a PDF report extracted to text): the furniture of its page breaks.

At each page break such a text carries, often between two halves of a paragraph, the page's footnotes, its footer
("24-01234 7/52", "Page 7 of 52") and the next page's running header (the document's symbol or title, the same line
atop every page). A page footer is a line giving a page's number, the page count or a document code beside it, found
twice or more on the text with rising numbers. A running header is a short line right under a footer that the text
repeats elsewhere. The footnotes are the lines right above a footer opening with a bare number ("12 Statement by
...") that the text above marks after a sentence ("... “legitimate targets”. 12 The Panel ..."), their numbers one
after another, with the wrapped rest of each. Each of these lines is a block of its own (an aside), and a paragraph
cut by them runs on after them (see :func:`chronik.segment.blocks.split_blocks`).

A table of such a text is its rows one to a line, the cells apart by spaces only; in a table of events each row
opens with its day ("19 Nov. 2023 Galaxy Leader Bahamas ..."). A row is a line of its own even when the row above
fills the width, and a short line in lower case under a row is the rest of a cell wrapped in it ("aerial munition").
A line under the last row saying where the table's data come from ("Source: Panel, based on ...") is the table's.

A report's sections are lettered or numbered in Roman numerals ("IV. Threats to maritime security", "B. Interdiction
of weapons at sea"): such a heading names a section, whatever its words, and titles no one paragraph.
"""

from __future__ import annotations

import itertools
import re

from chronik.dates.rules import month_words

FOOTER = "page footer"
RUNNING_HEADER = "running header"
FOOTNOTE = "footnote"
TABLE_SOURCE = "table source"

# a page's number alone or beside a document code: "24-17633 9/52", "10/52 24-17633", "Page 7 of 52", "- 7 -"
_CODE = r"(?:[A-Z0-9][\w./-]*)"
_PAGE_NO = re.compile(rf"^(?:{_CODE}\s+)?(?:(?P<n>\d{{1,4}})\s*/\s*(?P<of>\d{{1,4}})|page\s+(?P<p>\d{{1,4}})"
                      rf"(?:\s+of\s+(?P<pof>\d{{1,4}}))?|[-–]\s*(?P<d>\d{{1,4}})\s*[-–])(?:\s+{_CODE})?$", re.I)
# "12 Statement by ...": not "12. ...", "12)" nor a day ("12 June")
_NOTE = re.compile(rf"^\s*(\d{{1,3}})\s+(?!(?:{month_words()})\b)(?=[A-Z“\"‘'(])", re.I)
# a row's day, in full: "19 Nov. 2023", "Nov. 19, 2023", "2023-11-19", "19/11/2023" (each a shape of its own)
_ROW_DAYS = [re.compile(p, re.I) for p in (
    rf"^\s*\d{{1,2}}\s+(?:{month_words()})\.?,?\s+\d{{4}}\b", rf"^\s*(?:{month_words()})\.?\s+\d{{1,2}},?\s+\d{{4}}\b",
    r"^\s*\d{4}-\d{2}-\d{2}\b", r"^\s*\d{1,2}([./])\d{1,2}\1\d{2,4}\b")]
_SOURCE = re.compile(r"^\s*(?:data\s+)?sources?\s*:", re.I)  # "Source: ...", "Sources: ...", "Data source: ..."
CELL_WORDS = 5  # the wrapped rest of a row's cell, at most
ROW_WORDS = 6  # a row's day and its other cells, at least
_OUTLINE = re.compile(r"^\s*(?:[IVX]{1,5}|[A-H])\.\s+[A-Z][a-z]")  # "IV. Threats ...", "B. Interdiction ..."
HEADER_WORDS = 12
NOTE_GAP = 2  # wrapped lines of a footnote, at most, under its first line


def page_furniture(texts: list[str]) -> dict[int, str]:
    """The lines of a page break (0-based index → what it is: ``FOOTER``, ``RUNNING_HEADER`` or ``FOOTNOTE``)."""
    footers = _footers(texts)
    found: dict[int, str] = {}
    top = 0
    for k in footers:
        found[k] = FOOTER
        for note in _footnotes(texts, k, top):
            found[note] = FOOTNOTE
        header = _running_header(texts, k)
        if header is not None:
            found[header] = RUNNING_HEADER
        top = k + 1
    return found


def _page_number(text: str) -> int | None:
    m = _PAGE_NO.match(text.strip())
    if m is None:
        return None
    number, count = m.group("n") or m.group("p") or m.group("d"), m.group("of") or m.group("pof")
    if count is not None and int(number) > int(count):
        return None  # "12/03": a day and its month
    return int(number)


def _footers(texts: list[str]) -> list[int]:
    """The lines giving a page's number, when two or more give rising numbers."""
    numbered = [(k, n) for k, t in enumerate(texts) if (n := _page_number(t)) is not None]
    if len(numbered) < 2 or any(b[1] <= a[1] for a, b in itertools.pairwise(numbered)):
        return []
    return [k for k, _ in numbered]


def _running_header(texts: list[str], footer: int) -> int | None:
    """The line under a footer that the text repeats elsewhere, short: the next page's running header."""
    k = footer + 1
    while k < len(texts) and not texts[k].strip():
        k += 1
    if k >= len(texts):
        return None
    line = texts[k].strip()
    if len(line.split()) > HEADER_WORDS or sum(1 for t in texts if t.strip() == line) < 2:
        return None
    return k


def _referenced(number: int, body: str) -> bool:
    """Whether ``body`` marks footnote ``number`` after a sentence or a clause ("… targets”. 12 The Panel …")."""
    return re.search(rf"[.,;:”\"’)]\s?{number}(?=\s+[A-Z“\"(]|\s*$)", body, re.M) is not None


def _footnotes(texts: list[str], footer: int, top: int) -> list[int]:
    """The footnotes over a footer: lines opening with numbers one after another, each marked in the page's text."""
    start, following, gap = None, None, 0
    for k in range(footer - 1, top - 1, -1):
        m = _NOTE.match(texts[k])
        number = int(m.group(1)) if m else None
        if number is not None and (following is None or number == following - 1) and _referenced(
                number, "\n".join(texts[top:k])):
            start, following, gap = k, number, 0
            continue
        gap += 1
        if gap > NOTE_GAP:
            break
    return [] if start is None else [k for k in range(start, footer) if texts[k].strip()]


def _row_day(line: str) -> int | None:
    """The shape of the day a line opens with (an index in ``_ROW_DAYS``), or None."""
    return next((k for k, p in enumerate(_ROW_DAYS) if p.match(line)), None)


def dated_rows(texts: list[str]) -> set[int]:
    """The rows of a table of events (indexes in ``texts``, a page's blocks in order): two blocks or more one under
    the other, each opening with a day written the same way."""
    shapes = [_row_day(t) for t in texts]
    return {k for k, shape in enumerate(shapes) if shape is not None and (
        (k > 0 and shapes[k - 1] == shape) or (k + 1 < len(shapes) and shapes[k + 1] == shape))}


def table_source(rows: set[int], texts: list[str]) -> set[int]:
    """The lines right under a table's last row that say where its data come from ("Source: ...")."""
    return {k + 1 for k in rows if k + 1 not in rows and k + 1 < len(texts) and _SOURCE.match(texts[k + 1])}


def next_row(previous: str, line: str) -> bool:
    """Whether ``line`` opens a row of its own under ``previous``: both open with a day written the same way."""
    shape = _row_day(line)
    return shape is not None and _row_day(previous) == shape


def cell_rest(previous: str, line: str) -> bool:
    """Whether ``line`` is the wrapped rest of a cell of the row ``previous``: a few words in lower case under a row
    opening with its day and going on with other cells (not a date alone: "December 8, 2024 (Sunday)")."""
    return (_row_day(previous) is not None and len(previous.split()) >= ROW_WORDS and line[:1].islower()
            and len(line.split()) <= CELL_WORDS and line.rstrip()[-1:] not in ".!?")


def outline_heading(text: str) -> bool:
    """Whether a heading opens with a report's section letter or Roman numeral ("IV. Threats to ...")."""
    return _OUTLINE.match(text) is not None
