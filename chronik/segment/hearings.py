"""A printed hearing's transcript (a congressional committee's hearing as the GPO prints it): each turn opens with
its speaker's title and surname in capitals and a full stop, the words on the same line ("Chairman REED. Good
morning.", "Senator WICKER. Thank you, Mr. Chairman.", "Secretary AUSTIN. ...", "Mr. McCAUL. ...", "The CHAIRMAN.
..."), and the speaker's next paragraphs follow with no name of their own.

The speaker of a turn is its claimant, for all of its paragraphs. A stage direction in brackets that gives the clock
("[Whereupon, at 11:35 a.m., the committee adjourned.]", "[Whereupon, at 10:41 a.m., the subcommittee recessed.]")
records an act of the sitting: an update of the transcript's own, not a turn's, at that clock; so does the
print's opening line ("The committee met, pursuant to notice, at 9:33 a.m. in Room SH-216, ...").

A council's verbatim record (a meeting of the UN Security Council) is read the same way: each turn opens with its
speaker, the chair by office ("The PRESIDENT:", "The SECRETARY-GENERAL:") or a member by courtesy title and surname in
capitals, maybe the state they speak for and the language they spoke in ("Mr. EL KONY (United Arab Republic):", "Mr.
FEDORENKO (Union of Soviet Socialist Republics) (translated from Russian):"), and the speaker's next numbered
paragraphs are theirs. The record's own notes of the meeting's course ("The meeting was called to order at 9.30
a.m.", "The agenda was adopted.", "The meeting rose at 11.15 a.m.") report nothing: asides; so does its head above
the first turn, who presides and who is present ("President: Mr. Hans R. TABOR (Denmark).", "Present: The
representatives of ...") and the agenda's numbered items under its heading ("Provisional agenda (S/Agenda/1347)").
"""

from __future__ import annotations

import re

from chronik.dates.clock import CLOCK_CORE, clock_value
from chronik.segment.info import BULLET, FURNITURE, HEADLINE, LABEL, LEAD_IN, PARA, Info
from chronik.segment.speaker_labels import RECORD_CHAIR, RECORD_MEMBER, printed_hearing_speaker

# a bracketed stage direction that gives the clock of an act of the sitting
_DIRECTION = re.compile(r"^\[[^\[\]]{0,40}\bat\s+\d{1,2}[:.]\d{2}\s*[ap]\.?\s?m\.?[^\[\]]{0,80}\b(?:adjourned|recessed|"
                        r"reconvened|resumed|convened|met)\b[^\[\]]{0,60}\]\s*$", re.I)
# the clock a record of the sitting opens with: "[Whereupon, at 11:35 a.m., ...", "The subcommittee met, pursuant to
# notice, at 2:30 p.m., in Room ..."
_SITTING_CLOCK = re.compile(r"^\[?(?:whereupon,?\s+|the\s+(?:sub)?committee\s+met,?\s+pursuant\s+to\s+"
                            r"(?:notice|call),?\s+)at\s+" + CLOCK_CORE + r"(?![\w:])", re.I | re.X)
# a council's record's turn (see the module docstring)
_MEETING_TURN = re.compile(rf"^(?P<who>{RECORD_CHAIR}|{RECORD_MEMBER}(?:\s+[A-Z][A-Z'’-]+)*)"
                           r"(?:\s+\([^()]{1,60}\)){0,2}:\s+\S")
# the record's note of the meeting's course
_PROCEDURE = re.compile(r"^The\s+(?:(?:meeting|sitting)\s+(?:was\s+)?(?:called\s+to\s+order|rose|suspended|resumed|"
                        r"adjourned|closed|opened)\b|agenda\s+was\s+adopted\b).{0,40}$", re.I)
# the record's head: who presides, who is present, the agenda's heading
_RECORD_HEAD = re.compile(r"^(?:(?:President|Presiding|Chair(?:man|person)?|Present)\s*:|(?:Provisional\s+)?agenda\b)",
                          re.I)
TURNS = 3  # the turns, of at least two speakers, that make a page a hearing's transcript (or a council's record)
HEARING_TURN = "hearing turn"  # what ``Info.what`` says of a turn's first paragraph
MEETING_TURN = "meeting turn"  # ... of a council's record's turn
PROCEDURE = "procedure"  # ... of the record's note of the meeting's course
SITTING = "sitting"  # ... and of a stage direction that gives the clock


def hearing_turns(infos: list[Info]) -> None:
    """Mark the turns and the clocked stage directions of a hearing's transcript (see the module docstring)."""
    said = [(k, name) for k, info in enumerate(infos) if (name := printed_hearing_speaker(info.block.text)) is not None]
    if len(said) < TURNS or len({name for _, name in said}) < 2:
        return
    for k, _ in said:
        infos[k].kind, infos[k].what = PARA, HEARING_TURN
    for info in infos:
        if info.kind in (PARA, HEADLINE, LABEL, FURNITURE) and _DIRECTION.match(info.block.text):
            info.kind, info.what = PARA, SITTING


def meeting_turns(infos: list[Info]) -> None:
    """Mark the turns of a council's verbatim record, the numbered paragraphs its speakers go on in and its notes of
    the meeting's course (see the module docstring)."""
    said = [(k, m.group("who")) for k, info in enumerate(infos)
            if info.kind in (PARA, BULLET, HEADLINE, LABEL) and (m := _MEETING_TURN.match(info.block.text.strip()))]
    if len(said) < TURNS or len({who for _, who in said}) < 2:
        return
    for k, _ in said:
        infos[k].kind, infos[k].what = PARA, MEETING_TURN
    for info in infos[said[0][0]:]:
        if info.kind == BULLET and info.block.numbered:
            info.kind = PARA  # "3. General Rikhye reports ...": the speaker above goes on
    for info in infos:
        if info.kind in (PARA, LEAD_IN, HEADLINE, LABEL) and _PROCEDURE.match(info.block.text.strip()):
            info.kind, info.what = PARA, PROCEDURE
    agenda = False
    for info in infos[:said[0][0]]:
        head = _RECORD_HEAD.match(info.block.text.strip())
        agenda = (agenda and info.kind == BULLET) or (head is not None and "agenda" in head.group(0).lower())
        if head is not None or agenda:
            info.kind, info.what = PARA, PROCEDURE


def sitting_clock(text: str) -> tuple[str, str] | None:
    """The clock a hearing's record of its sitting opens with, as ``HH:MM`` and its words ("11:35" for "[Whereupon,
    at 11:35 a.m., the committee adjourned.]"), or None."""
    m = _SITTING_CLOCK.match(text)
    value = clock_value(m) if m is not None else None
    return (value, m.group("clock")) if m is not None and value is not None else None
