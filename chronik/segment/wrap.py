"""Text hard-wrapped at a fixed width (a PDF report or an e-mail converted to text), read back into paragraphs.

A page is wrapped when at least ``WRAPPED_MIN`` of its lines run on into a next line in lower case; its width
is the median length of those lines. On such a page a *full* line (near the width) runs on into the next line
whatever that line starts with ("... since December" / "2023. Partners ..."), unless the next line opens a list
item, a numbered section or a timestamp, or the line is a layout line (a running header with a wide gap). A full line
that ends a sentence ends its paragraph when the next line opens with a capital and its first word would have fit at
the end of the line: the text was not wrapped there for want of room.

A word split at the end of a line ("be-" / "tween", "counter-" / "offensive") is joined: without the hyphen when
the page writes the whole word elsewhere ("between"), with it when the page writes it hyphenated, or when its
first part is a prefix usually written with one (``hyphen_prefixes`` in ``chronik/data/segment.yaml``), else
without it (a printer's hyphen).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Callable

from chronik.segment.lexicon import lexicon

WRAPPED_MIN = 3  # lines running on in lower case that make a page hard-wrapped
FULL = 0.85  # a line at least this share of the width is full
OVERFULL = 1.15  # and at most this share (a longer one is laid out, not wrapped)
_GAP = re.compile(r"\S\s{3,}\S")  # "UN OCHA | Situation Report        12 March 2024"
_SPLIT = re.compile(r"([A-Za-z]+)-$")
_HEAD = re.compile(r"^([a-z]+)")
_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")


class Wrapped:
    """How one page is wrapped (``width`` None: it is not)."""

    def __init__(self, lines: list[str], runs_on: Callable[[str, str], bool]) -> None:
        lengths = [len(a.strip()) for a, b in itertools.pairwise(lines)
                   if a.strip() and b.strip() and runs_on(a, b)]
        self.width = statistics.median(lengths) if len(lengths) >= WRAPPED_MIN else None
        self._lines = lines
        self._vocabulary: set[str] | None = None

    def full(self, previous: str, line: str, opens: Callable[[str], bool]) -> bool:
        """Whether ``previous`` is a full line of a wrapped page, run on by the next, ``line``, unless ``opens(line)``:
        it opens something of its own (a list item, a section number, a timestamp), asked of full lines only."""
        if self.width is None or _GAP.search(previous.strip()):
            return False
        return FULL * self.width <= len(previous.strip()) <= OVERFULL * self.width and not opens(line)

    def rest_of_line(self, above: str, previous: str, line: str, opens: Callable[[str], bool]) -> bool:
        """Whether ``previous``, a short line under the line ``above`` that ends no sentence, is the rest of a printed
        line that ``above``, a headline, was taken off, and so runs on into ``line``: the two fill the width together
        ("[04] IZETBEGOVIC SAYS UN HAS FAILED BOSNIA." / "Bosnian President Alija" / "Izetbegovic told a news
        conference ..."), the way an archive sets an e-mailed digest's headline apart from its first line. A next
        line opening with a capital runs on only under a headline in capitals: a site's title over a label ("Today's
        Suggestion") does not."""
        if self.width is None or not above.strip() or opens(line):
            return False
        if not (_HEAD.match(line.strip()) or above.upper() == above):
            return False
        joined = len(above.strip()) + 1 + len(previous.strip())
        return (FULL * self.width <= joined <= OVERFULL * self.width
                and FULL * self.width <= len(line.strip()) <= OVERFULL * self.width)

    def had_room(self, previous: str, line: str) -> bool:
        """Whether the first word of ``line`` would have fit at the end of ``previous``: the line was not broken for
        want of room there, so ``previous`` ended its paragraph."""
        if self.width is None or not line.split():
            return False
        return len(previous.strip()) + 1 + len(line.split()[0]) <= self.width

    def glue(self, text: str, piece: str) -> str:
        """``text`` and the next wrapped line ``piece`` as one text, a word split between them joined."""
        split, head = _SPLIT.search(text), _HEAD.match(piece)
        if split is None or head is None:
            return f"{text} {piece}"
        first, rest = split.group(1).lower(), head.group(1)
        hyphen = self._keeps_hyphen(first, rest)
        return f"{text if hyphen else text[:-1]}{piece}"

    def _keeps_hyphen(self, first: str, rest: str) -> bool:
        if self._vocabulary is None:
            self._vocabulary = set(_WORDS.findall("\n".join(self._lines).lower()))
        if first + rest in self._vocabulary:
            return False
        return f"{first}-{rest}" in self._vocabulary or first in lexicon().hyphen_prefixes
