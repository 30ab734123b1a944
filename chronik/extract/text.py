"""Text helpers of the extract stage: one spelling of quotes and dashes, and sentence spans."""

from __future__ import annotations

import re
from collections.abc import Iterable

from chronik.dates.lexicon import alternation
from chronik.dates.lexicon import lexicon as date_lexicon

# Same-length replacements, so offsets in the normalised text are offsets in the original.
_FOLD = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
})

_PARAGRAPH = re.compile(r"\n\s*\n")
_BOUNDARY = re.compile(r"""[.!?]+["')\]]*(?=\s+["'(\[\u2022•]?[A-Z0-9\u2022•"])""")
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")


def normalize(text: str) -> str:
    """Straight quotes and apostrophes, ASCII hyphens, plain spaces; the length never changes."""
    return text.translate(_FOLD)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (separated by a blank line)."""
    spans, start = [], 0
    for m in _PARAGRAPH.finditer(text):
        if text[start:m.start()].strip():
            spans.append(_trim(text, start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def sentence_spans(text: str, abbreviations: Iterable[str] = ()) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a dot after a known abbreviation or an initial does not end one,
    a paragraph break always does."""
    abbrev = {a.lower() for a in abbreviations}
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text):
        start = p_start
        for m in _BOUNDARY.finditer(text, p_start, p_end):
            if m.group().startswith("."):
                word = text[:m.start() + 1].rsplit(None, 1)[-1].lstrip("(\"'")
                if word.lower() in abbrev or _INITIAL.search(text[max(0, m.start() - 2):m.start() + 1]):
                    continue
            if text[start:m.end()].strip():
                spans.append(_trim(text, start, m.end()))
            start = m.end()
        if text[start:p_end].strip():
            spans.append(_trim(text, start, p_end))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def claim_text(text: str, cells: list[str]) -> str:
    """What an update says, for reading its claimant: a table row's cell of the most words after its first (a
    chronology's Event or Description), so that the place and source cells around it ("Kyiv", "Ukrinform") are not
    read as the claimant, nor the cells' bars as a sentence running on; ``text`` itself for any other update, its
    writer's sign-off closing it blanked."""
    if len(cells) < 2:
        return _SIGNED_OFF.sub(_blank, _DAY_LABEL.sub(_blank, text, count=1))
    return max(cells[1:], key=lambda c: len(c.split())).strip()


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


# a timeline item's day before its text, with a colon or a dash ("February 2: French President ...", "Jan. 16 - ",
# "12 May 2024: "), or a newspaper's dateline of place in capitals and day ("ISLAMABAD, Oct 27: Prime Minister ..."):
# no subject of the item's sentence (blanked, as a sign-off is); its month as the date lexicon writes it, capitalised
_MONTH = rf"(?=[A-Z])(?i:{alternation(date_lexicon().months)})\b\.?"
_DATELINE_PLACE = r"(?:[A-Z][A-Z.'’/-]+(?:\s[A-Z][A-Z.'’/-]+){0,3},\s+)?"
_DAY_LABEL = re.compile(rf"^\s*{_DATELINE_PLACE}(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
                        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?)\s*(?::|[–—]|-(?=\s))\s+(?=\S)")


# a digest's item signed off by its writer after its last sentence ("... internal affairs." -- Scott Parrish"): who
# wrote it, not who claims it (blanked, so that offsets stay those of the text)
_SIGNED_OFF = re.compile(r"(?<=[.!?\"'])[ \t]+-{1,2}[ \t]*[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){1,3}[ \t]*$", re.M)
