"""Lines → blocks: the paragraphs, headings and list items a page is made of.

A page copied from a browser has one paragraph a line, with or without blank lines between them, so a
non-empty line is a block. A hard-wrapped text (an e-mail, a wire copy at 72 columns) continues a
paragraph on the next line in lower case; such lines are joined into one block. What a line says is its
plain text (:mod:`chronik.segment.markup`: Markdown, HTML and tables read); a numbered line ("1. ...", "2) ...")
is a list item when it says a sentence, a numbered section heading ("2.1 Humanitarian access") when not.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from chronik.segment.literals import fold
from chronik.segment.markup import Line, Reader
from chronik.segment.printed import TABLE_SOURCE, cell_rest, dated_rows, next_row, page_furniture, table_source
from chronik.segment.timestamps import find_stamp
from chronik.segment.wrap import Wrapped

# a list marker; a post or a channel message may mark its items with a small shape or tick among the emoji
# ("🔹 tanks ‒ 6,763", "▶️ ...", "✅ ...", a pin or a pointing hand before each place of an alert: "📍 Negev"),
# followed by a space
_EMOJI_MARK = r"[🔹🔸🔷🔶🔺🔻◾◽▫▶►➤➢✅✔☑📍📌👉➡]\ufe0f?(?=\s)"
BULLET = re.compile(rf"^\s*(?:[•●▪■◦·‣⁃]\ufe0f?|\*{{1,3}}|[-–—](?=\s)|{_EMOJI_MARK})\s*")
# a sub-item: a doubled star (an encyclopedia's "** ...") or a marker indented under the item above
_NESTED = re.compile(r"^(?:\*{2,3}\s|[ \t]{2,}(?:[•●▪◦·*]|[-–—](?=\s)))")
_DOT_ITEM = re.compile(r"^\s*[•●▪■]\s")
_DASH_ITEM = re.compile(r"^\s*[-–—]\s")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)\]…][¹²³⁴⁵⁶⁷⁸⁹⁰]*\s*$")  # (a footnote mark may follow)
_STARTS_LOWER = re.compile(r"^\s*[a-z]")
_BYLINE = re.compile(r"^\s*by\s+(?:the\s+)?[A-Z]")  # "by The Kyiv Independent news desk" under a headline
# "1. ", "2) ", "(3) ", a section's "2.1 " (not "1.5 million", not a date's "12.03.2024")
# an item's or a section's number ("1. ", "(2) ", "2.1 "), or a sub-item's letter before a sentence ("a. Israeli
# armour reached ...", "(b) The Council ...")
_NUMBER = re.compile(r"^\s*(?:(?:\(\d{1,2}\)|\d{1,2}[.)])\s+(?=[^\W\d])|\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Z])"
                     r"|(?:\([a-h]\)|[a-h][.)])\s+(?=[A-Z\"“]))")
_HYPHENATED = re.compile(r"[a-z]-$")  # "counter-" at a line's end: a word split by the wrap
# a printed page's number ("Page 2 of 6", "1 | Page", "Page | 3")
_PAGE = re.compile(r"^\s*(?:page\s+\d|\d{1,4}\s*\|\s*page\b|page\s*\|\s*\d)", re.I)
# a line opening a dated paragraph of a report: "On 13 April, ...", "On 4 March 2024 ..."
_DATED_OPENER = re.compile(r"^\s*[Oo]n\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\b")
SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s*$")  # a line that ends a sentence
_WORD = re.compile(r"[\w’'-]+")
_LETTER = re.compile(r"[^\W\d_]")
_TOKEN = re.compile(r"\w+")


@dataclass
class Block:
    """One paragraph (or heading, or list item) of a page: its 1-based line numbers and its text."""

    index: int
    lines: list[int]
    text: str
    raw: str = ""  # the first line as written, list marker included
    blank_before: int = 0
    bullet: bool = False
    markup: str | None = None  # what a line of markup alone was ("image", "HTML tags", "table header")
    numbered: bool = False
    nested: bool = False  # a sub-item of the list item above
    indented: bool = False  # its first line starts with white space (set under the line above it)
    cells: tuple[str, ...] = ()  # a table row's cells (its text reads them "a | b | c"); empty for other blocks
    zone: str | None = None  # the zone a table's header names for its rows' clocks ("Time (UTC)")
    claimant: str | None = None  # the cell of a spreadsheet export's source column (chronik.segment.delimited)
    furniture: str | None = None  # a printed page's footer, running header or footnote (chronik.segment.printed)
    words: int = field(init=False)
    folded: str = field(init=False, repr=False, compare=False)  # lower case (see chronik.segment.literals.fold)
    tokens: frozenset[str] = field(init=False, repr=False, compare=False)  # the words of ``folded``
    headline_shaped: bool | None = field(default=None, init=False, repr=False, compare=False)  # once asked

    def __post_init__(self) -> None:
        self.measure()

    def measure(self) -> None:
        """Count the words of the text and fold it, as the furniture tests read it."""
        self.words = count_words(self.text)
        self.folded = fold(self.text)
        self.tokens = frozenset(_TOKEN.findall(self.folded))
        self.headline_shaped = None

    @property
    def row(self) -> bool:
        """Whether it is a table's row."""
        return bool(self.cells)

    @property
    def squashed(self) -> str:
        """The text with one space for every run of white space: how two lines that read the same compare."""
        return " ".join(self.text.split())


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def strip_bullet(text: str) -> tuple[str, bool]:
    """The text without a leading list marker (``•``, ``-``, ``–``, ``*``), and whether it had one."""
    m = BULLET.match(text)
    if m and m.end() < len(text.rstrip()):
        return text[m.end():].strip(), True
    return text.strip(), False


def strip_number(text: str) -> tuple[str, bool]:
    """The text without a leading item or section number ("1. ", "2) ", "2.1 "), and whether it had one."""
    m = _NUMBER.match(text)
    if m is None or find_stamp(text) is not None:  # "14.32 GMT" is a time
        return text, False
    return text[m.end():].strip(), True


def _continues(previous: str, line: str) -> bool:
    """True when ``line`` is the hard-wrapped rest of the paragraph ending in ``previous``."""
    return ((len(previous) >= 40 or _HYPHENATED.search(previous) is not None) and not _ENDS_SENTENCE.search(previous)
            and bool(_STARTS_LOWER.match(line)) and not BULLET.match(line) and not _BYLINE.match(line))


def split_blocks(lines: list[str]) -> list[Block]:
    """Group the non-empty lines of a page into blocks, in order; every non-empty line is in one block. A printed
    page's furniture (:mod:`chronik.segment.printed`) is a block of its own line by line, and the paragraph it cuts
    runs on under it: that block's lines skip the furniture's."""
    blocks: list[Block] = []
    blank = 0
    previous_empty = True
    previous = above = ""  # the last line read, and the one right above it (none across a blank line)
    current: Block | None = None  # the block the lines run on into
    wrapped: list[str] = []  # the rest of the current block's paragraph, hard-wrapped on the lines after its first
    markup = Reader(lines)
    plains = [markup.line(k, raw) if raw.strip() else None for k, raw in enumerate(lines)]
    wrap = Wrapped([p.text if p else "" for p in plains], _continues)
    furniture = page_furniture([p.text if p else "" for p in plains])
    paused = False  # a paragraph was cut by a page break's furniture
    for no, raw in enumerate(lines, 1):
        line = plains[no - 1]
        if line is None:
            blank += 1
            previous_empty = not paused
            continue
        plain = line.text
        if current is not None and line.joins and plain:
            current.lines.append(no)  # the rest of an HTML paragraph opened above
            wrapped.append(plain.strip())
        elif no - 1 in furniture:
            _join(current, wrapped, wrap)
            blocks.append(Block(len(blocks), [no], plain.strip(), raw.strip(), blank_before=blank,
                                furniture=furniture[no - 1]))
            paused, previous_empty, blank = current is not None, False, 0
            continue
        elif current is not None and not previous_empty and not line.only and not line.item and (
                _continues(previous, plain) or (wrap.width is not None and cell_rest(previous, plain))
                or (len(current.lines) == 1 and not _ENDS_SENTENCE.search(previous)
                    and wrap.rest_of_line(above, previous, plain, _opens))
                or (wrap.full(previous, plain, _opens)
                    and not _new_paragraph(previous, plain, plains[no:no + 1], wrap))):
            current.lines.append(no)
            wrapped.append(plain.strip())
        else:
            _join(current, wrapped, wrap)
            text, bullet = strip_bullet(plain)
            text, numbered = strip_number(text) if not bullet else (text, False)
            current = Block(len(blocks), [no], text, raw.strip(), blank_before=blank if blocks else 0,
                            bullet=bullet or line.item, markup=line.only, numbered=numbered,
                            nested=bullet and _NESTED.match(raw) is not None,
                            indented=raw[:1].isspace(), cells=line.cells, zone=line.zone,
                            claimant=line.claimant)
            blocks.append(current)
            if numbered:
                _number(current)
        above = "" if previous_empty else previous
        paused = False
        blank = 0
        previous_empty = False
        previous = plain
    _join(current, wrapped, wrap)
    _dash_sub_points(blocks)
    if wrap.width is not None:
        _printed_table(blocks)
    return blocks


def _printed_table(blocks: list[Block]) -> None:
    """A printed table of events: its rows are items, the line of its sources an aside (see chronik.segment.printed)."""
    texts = [b.text for b in blocks]
    rows = dated_rows(texts)
    for k in rows:
        blocks[k].bullet = True
    for k in table_source(rows, texts):
        blocks[k].furniture = TABLE_SOURCE


def _dash_sub_points(blocks: list[Block]) -> None:
    """On a page whose list items are marked with dots ("• Sea drones sank ...", two or more), a dash item right under
    a dot item, or under another such dash, is a sub-point of that item ("– The ship had been hit before ..."): a
    list marked now with one sign, now another ("• ...", "- ...", "– ...") is a list of items all the same."""
    if sum(1 for b in blocks if b.bullet and _DOT_ITEM.match(b.raw)) < 2:
        return
    for above, block in itertools.pairwise(blocks):
        if block.bullet and above.bullet and _DASH_ITEM.match(block.raw) and (
                _DOT_ITEM.match(above.raw) or (above.nested and _DASH_ITEM.match(above.raw))):
            block.nested = True


def _opens(line: str) -> bool:
    """A line that opens something of its own: a list item, a numbered item or section, a timestamp."""
    return bool(BULLET.match(line) or _NUMBER.match(line) or _PAGE.match(line)) or find_stamp(line) is not None


def _new_paragraph(previous: str, line: str, after: list[Line | None], wrap: Wrapped) -> bool:
    """On a wrapped page, whether ``line``, right under a full line ending a sentence, opens a paragraph of its own: a
    dated one ("On 13 April, ..."), a figure alone ("18,250"), a line ending in a colon ("For further information,
    please contact:"), a sentence whose first word had room on the line above (it was not wrapped there), or a short
    heading over a list item ("Education" / "• Schools remain closed ...")."""
    if next_row(previous, line):
        return True  # a table's row under another, each opening with its day
    if not SENTENCE_END.search(previous):
        return False
    if _DATED_OPENER.match(line) or line.rstrip().endswith(":") or not _LETTER.search(line):
        return True  # (a figure alone, "18,250", is a key-figure box's, not a sentence's rest)
    if line[:1].isupper() and wrap.had_room(previous, line):
        return True
    nxt = after[0] if after else None
    return (count_words(line) <= HEADING_WORDS and not _ENDS_SENTENCE.search(line) and line[:1].isupper()
            and nxt is not None and bool(nxt.item or BULLET.match(nxt.text)))


HEADING_WORDS = 6  # a heading between a report's lists is short: "Education", "Shelter and Non-Food Items"


def _number(block: Block) -> None:
    """A numbered line that says a sentence is a list item; one that does not, a section heading."""
    block.bullet = block.bullet or bool(SENTENCE_END.search(block.text))


def _join(last: Block | None, wrapped: list[str], wrap: Wrapped) -> None:
    """Append the hard-wrapped lines of ``last``, the block they run on, to its text, all at once."""
    if wrapped and last is not None:
        text = last.text
        for piece in wrapped:
            text = wrap.glue(text, piece) if text else piece
        last.text = text
        last.markup = None  # an HTML paragraph whose text starts on the line after its tag
        if last.numbered:
            _number(last)
        last.measure()
        wrapped.clear()
