"""A forum's thread kept up to date by its poster (a Reddit live thread or megathread): the poster's numbered notes
under the thread's text ("EDIT 4 (09:15 UTC): ...", "UPDATE 3: ..."), and lines quoted as a forum quotes them, a
">" before the line ("> Putin calls it treason").

A quoted line is what a note or a comment quotes: a line of the post or the comment above it, never a headline of its
own (short and unpunctuated as it may be), so it neither opens an update nor glues the posts around it into one.
A numbered note without a clock ("UPDATE 3: ...", "Edit #5: ...") among notes stamped with theirs is a note of its
own all the same, dated by the thread: not the rest of the note above it.
"""

from __future__ import annotations

import re

from chronik.segment.info import HEADLINE, LABEL, LINK, PARA, STAMP, Info
from chronik.segment.timestamps import NUMBERED_NOTE

QUOTE = "quoted line"  # what ``Info.what`` says of a line a post or a comment quotes
THREAD_NOTE = "thread note"  # ... of a numbered note without a clock among a thread's stamped notes
_QUOTED = re.compile(r"^\s*>\s*\S")
_UNTIMED_NOTE = re.compile(rf"^\s*{NUMBERED_NOTE}\s*:\s+\S")
_TIMED_NOTE = re.compile(rf"^\s*{NUMBERED_NOTE}\b")
TIMED_NOTES = 2  # stamped numbered notes that make a page a thread of notes


def quoted_lines(infos: list[Info]) -> None:
    """Each line quoted with ">" (see the module docstring): a paragraph, the quoting post's or comment's."""
    for info in infos:
        if info.kind in (HEADLINE, LABEL, LINK) and _QUOTED.match(info.block.text):
            info.kind, info.what = PARA, QUOTE


def numbered_notes(infos: list[Info]) -> None:
    """Each numbered note without a clock, on a page of numbered notes with theirs (see the module docstring)."""
    if sum(1 for i in infos if i.kind == STAMP and _TIMED_NOTE.match(i.block.text)) < TIMED_NOTES:
        return
    for info in infos:
        if info.kind == PARA and not info.what and _UNTIMED_NOTE.match(info.block.text):
            info.what = THREAD_NOTE
