"""A printed hearing's transcript (a congressional committee's hearing as the GPO prints it): each turn opens with
its speaker's title and surname in capitals and a full stop, the words on the same line ("Chairman REED. Good
morning.", "Senator WICKER. Thank you, Mr. Chairman.", "Secretary AUSTIN. ...", "Mr. McCAUL. ...", "The CHAIRMAN.
..."), and the speaker's next paragraphs follow with no name of their own.

The speaker of a turn is its claimant, for all of its paragraphs. A stage direction in brackets that gives the clock
("[Whereupon, at 11:35 a.m., the committee adjourned.]", "[Whereupon, at 10:41 a.m., the subcommittee recessed.]")
records an act of the sitting: an update of the transcript's own, not a turn's, at that clock; so does the
print's opening line ("The committee met, pursuant to notice, at 9:33 a.m. in Room SH-216, ...").
"""

from __future__ import annotations

import re

from chronik.dates.clock import CLOCK_CORE, clock_value
from chronik.segment.info import FURNITURE, HEADLINE, LABEL, PARA, Info

# the speaker's title, as the print writes it before the surname
_TITLE = (r"(?:Chairman|Chairwoman|Chair|Vice\s+Chairman|Senator|Representative|Delegate|Secretary|Ambassador"
          r"|Administrator|Director|Commissioner|General|Admiral|Colonel|Mr\.|Mrs\.|Ms\.|Dr\.)")
# a surname in capitals, with a prefix of mixed case ("REED", "McCAUL", "DeLAURO", "VAN HOLLEN", "O'ROURKE")
_SURNAME = r"(?:[A-Z][a-z]?[A-Z][A-Z'’-]*)(?:\s+[A-Z][A-Z'’-]+)?"
_TURN = re.compile(rf"^(?:(?P<title>{_TITLE})\s+(?P<name>{_SURNAME})|The\s+(?P<chair>CHAIRMAN|CHAIRWOMAN|CHAIR))"
                   r"\.\s+\S")
# a bracketed stage direction that gives the clock of an act of the sitting
_DIRECTION = re.compile(r"^\[[^\[\]]{0,40}\bat\s+\d{1,2}[:.]\d{2}\s*[ap]\.?\s?m\.?[^\[\]]{0,80}\b(?:adjourned|recessed|"
                        r"reconvened|resumed|convened|met)\b[^\[\]]{0,60}\]\s*$", re.I)
# the clock a record of the sitting opens with: "[Whereupon, at 11:35 a.m., ...", "The subcommittee met, pursuant to
# notice, at 2:30 p.m., in Room ..."
_SITTING_CLOCK = re.compile(r"^\[?(?:whereupon,?\s+|the\s+(?:sub)?committee\s+met,?\s+pursuant\s+to\s+"
                            r"(?:notice|call),?\s+)at\s+" + CLOCK_CORE + r"(?![\w:])", re.I | re.X)
TURNS = 3  # the turns, of at least two speakers, that make a page a hearing's transcript
HEARING_TURN = "hearing turn"  # what ``Info.what`` says of a turn's first paragraph
SITTING = "sitting"  # ... and of a stage direction that gives the clock


def _word(word: str) -> str:
    """A surname in capitals as written in text ("REED" -> "Reed", "McCAUL" -> "McCaul", "THOMAS-GREENFIELD" ->
    "Thomas-Greenfield")."""
    if "-" in word:
        return "-".join(_word(part) for part in word.split("-"))
    head = 3 if len(word) > 3 and word[1].islower() else 1
    return word[:head] + word[head:].lower()


def turn_speaker(text: str) -> str | None:
    """The speaker a hearing's turn opens with ("Chairman Reed" for "Chairman REED. Good morning."); None for any
    other line."""
    m = _TURN.match(text.strip())
    if m is None:
        return None
    if m.group("chair"):
        return "The " + _word(m.group("chair"))
    return " ".join([re.sub(r"\s+", " ", m.group("title")), *(_word(w) for w in m.group("name").split())])


def hearing_turns(infos: list[Info]) -> None:
    """Mark the turns and the clocked stage directions of a hearing's transcript (see the module docstring)."""
    said = [(k, name) for k, info in enumerate(infos) if (name := turn_speaker(info.block.text)) is not None]
    if len(said) < TURNS or len({name for _, name in said}) < 2:
        return
    for k, _ in said:
        infos[k].kind, infos[k].what = PARA, HEARING_TURN
    for info in infos:
        if info.kind in (PARA, HEADLINE, LABEL, FURNITURE) and _DIRECTION.match(info.block.text):
            info.kind, info.what = PARA, SITTING


def sitting_clock(text: str) -> tuple[str, str] | None:
    """The clock a hearing's record of its sitting opens with, as ``HH:MM`` and its words ("11:35" for "[Whereupon,
    at 11:35 a.m., the committee adjourned.]"), or None."""
    m = _SITTING_CLOCK.match(text)
    value = clock_value(m) if m is not None else None
    return (value, m.group("clock")) if m is not None and value is not None else None
