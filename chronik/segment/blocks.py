"""Lines → blocks: the paragraphs, headings and list items a page is made of.

A page copied from a browser has one paragraph a line, with or without blank lines between them, so a
non-empty line is a block. A hard-wrapped text (an e-mail, a wire copy at 72 columns) continues a
paragraph on the next line in lower case; such lines are joined into one block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

BULLET = re.compile(r"^\s*(?:[•●▪■◦·‣⁃*]|[-–—](?=\s))\s*")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)\]…]\s*$")
_STARTS_LOWER = re.compile(r"^\s*[a-z]")
_BYLINE = re.compile(r"^\s*by\s+(?:the\s+)?[A-Z]")  # "by The Kyiv Independent news desk" under a headline
_WORD = re.compile(r"[\w’'-]+")


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

    def __post_init__(self) -> None:
        self.words = count_words(self.text)


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
    for no, raw in enumerate(lines, 1):
        if not raw.strip():
            blank += 1
            previous_empty = True
            continue
        if blocks and not previous_empty and _continues(lines[no - 2], raw):
            last = blocks[-1]
            last.lines.append(no)
            last.text = f"{last.text} {raw.strip()}"
            last.words = count_words(last.text)
        else:
            text, bullet = strip_bullet(raw)
            blocks.append(Block(len(blocks), [no], text, raw.strip(), blank_before=blank if blocks else 0,
                                bullet=bullet))
        blank = 0
        previous_empty = False
    return blocks
