"""Paragraphs set in capitals only (a teletype wire story, an old bulletin, a shouted press release): the wording rules
that tell whether a paragraph carries on the one above read lower-case words ("The broadcast ...", "..., the officials
said."), so such paragraphs are read in sentence case first."""

from __future__ import annotations

import re

# enough letters to tell capitals from an acronym or a short shout ("UPDATE", "MORE")
SHOUTED_LETTERS = 20
SHOUTED_SHARE = 0.9
# a sentence's first letter: at the start, or after its end and any closing quote ("SAID.'' THE ...")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'’”)]*\s+)[\"'‘“(]*([a-z])")


def shouted(text: str, min_letters: int = SHOUTED_LETTERS) -> bool:
    """Whether a paragraph is set in capitals only (nearly all its letters, at least ``min_letters`` of them to be
    prose rather than an acronym)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= min_letters and sum(c.isupper() for c in letters) >= SHOUTED_SHARE * len(letters)


def sentence_case(text: str) -> str:
    """A shouted paragraph in lower case, each sentence's first letter a capital ("THE BROADCAST GAVE NO DETAILS."
    -> "The broadcast gave no details.")."""
    return _SENTENCE_START.sub(lambda m: m.group().upper(), text.lower())
