"""Reference marks an encyclopedia page leaves in its text: "killing 10 people.[12][13]", "Omdurman,[5]",
"[citation needed]", a note "[a]", "March[edit]". They are the page's apparatus, not its words: an update's text,
its title and a section's tag are read without them (every word around them stays)."""

from __future__ import annotations

import re

_MARK = (r"\[(?:\d{1,4}|edit|edit source|citation needed|clarification needed|better source needed|"
         r"failed verification|dubious|when\?|who\?|note \d{1,3})\]")
_NOTE = r"\[(?-i:[a-z])\]"  # "[a]": only after a mark or a punctuation mark ("recognize[s]" is the writer's)
# a run of marks glued to the word or the punctuation before them (a bracket after a space is the text's own)
_MARKS = re.compile(rf"(?<=\S)(?:{_MARK})+(?:{_MARK}|{_NOTE})*|(?<=[.,;:!?)”\"’]){_NOTE}(?:{_MARK}|{_NOTE})*", re.I)


def strip_marks(text: str) -> str:
    """``text`` without its reference marks."""
    return _MARKS.sub("", text) if "[" in text else text
