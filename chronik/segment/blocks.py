"""Lines → blocks: the paragraphs, headings and list items a page is made of.

A page copied from a browser has one paragraph a line, with or without blank lines between them, so a
non-empty line is a block. A hard-wrapped text (an e-mail, a wire copy at 72 columns) continues a
paragraph on the next line in lower case; such lines are joined into one block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chronik.segment.literals import fold

BULLET = re.compile(r"^\s*(?:[•●▪■◦·‣⁃*]|[-–—](?=\s))\s*")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)\]…]\s*$")
_STARTS_LOWER = re.compile(r"^\s*[a-z]")
_BYLINE = re.compile(r"^\s*by\s+(?:the\s+)?[A-Z]")  # "by The Kyiv Independent news desk" under a headline
_WORD = re.compile(r"[\w’'-]+")
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


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def strip_bullet(text: str) -> tuple[str, bool]:
    """The text without a leading list marker (``•``, ``-``, ``–``, ``*``), and whether it had one."""
    m = BULLET.match(text)
    if m and m.end() < len(text.rstrip()):
        return text[m.end():].strip(), True
    return text.strip(), False


def _continues(previous: str, line: str) -> bool:
    """True when ``line`` is the hard-wrapped rest of the paragraph ending in ``previous``."""
    return (len(previous) >= 40 and not _ENDS_SENTENCE.search(previous)
            and bool(_STARTS_LOWER.match(line)) and not BULLET.match(line) and not _BYLINE.match(line))


def split_blocks(lines: list[str]) -> list[Block]:
    """Group the non-empty lines of a page into blocks, in order; every non-empty line is in one block."""
    blocks: list[Block] = []
    blank = 0
    previous_empty = True
    wrapped: list[str] = []  # the rest of the last block's paragraph, hard-wrapped on the lines after its first
    for no, raw in enumerate(lines, 1):
        if not raw.strip():
            blank += 1
            previous_empty = True
            continue
        if blocks and not previous_empty and _continues(lines[no - 2], raw):
            blocks[-1].lines.append(no)
            wrapped.append(raw.strip())
        else:
            _join(blocks, wrapped)
            text, bullet = strip_bullet(raw)
            blocks.append(Block(len(blocks), [no], text, raw.strip(), blank_before=blank if blocks else 0,
                                bullet=bullet))
        blank = 0
        previous_empty = False
    _join(blocks, wrapped)
    return blocks


def _join(blocks: list[Block], wrapped: list[str]) -> None:
    """Append the hard-wrapped lines of the last block to its text, all at once."""
    if wrapped:
        last = blocks[-1]
        last.text = " ".join([last.text, *wrapped])
        last.measure()
        wrapped.clear()
