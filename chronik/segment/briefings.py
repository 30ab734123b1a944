"""A press conference's transcript that names its speakers as written, not in capitals: the spokesperson answering
("Mao Ning: Taiwan is part of China. ...", "Matthew Miller: We've been clear ...") and the outlets asking ("Reuters:
The State Department said ... How do you respond?", "Follow-up: Did China inform the US side?").

Such a line alone is no turn: "Zelensky: We will not give up the east." is as likely a quote in a headline. A page
is a transcript of them when one speaker takes several turns, with at least one other speaker between them; its
turns are then read as any transcript's (see :mod:`chronik.segment.exchanges`): a question heads the answer under it.

An older government's transcript marks its turns with a bare letter and a space, no colon ("Q Do you have a new
estimate ...?" / "A Our best estimate now is ..."). "A" alone also opens many a sentence ("A convoy reached ..."), so
the letters mark turns only on a page where several questions ending with a question mark each have an answer so
marked right under them. The Public Papers print the letter with a full stop and the answer by its speaker's title
("Q. Mr. President, ...?" / "The President. Well, ...").
"""

from __future__ import annotations

from chronik.segment.info import HEADLINE, LABEL, PARA, Info
from chronik.segment.speaker_labels import (
    LETTER_QUESTION,
    LETTER_TURN,
    TITLED_ANSWER,
    TRANSCRIPT_TURNS,
    written_speaker,
    written_transcript,
)

TURN = "turn"  # what ``Info.what`` says of a transcript's turn (as for a speaker in capitals)


def briefing_turns(infos: list[Info]) -> None:
    """Mark the turns of a transcript whose speakers are named as written (see the module docstring)."""
    turns = [(k, who) for k, info in enumerate(infos) if info.kind in (PARA, HEADLINE, LABEL)
             and info.what in ("", TURN) and (who := written_speaker(info.block.text))]  # (a turn in capitals too)
    if not written_transcript(who for _, who in turns):
        return
    for k, _ in turns:
        infos[k].kind, infos[k].what = PARA, TURN


QA_PAIRS = 3  # questions with an answer under them, each marked by its letter, that make the page a transcript


def lettered_turns(infos: list[Info]) -> None:
    """Mark the turns of a transcript that marks them by a bare letter (see the module docstring): the questions, the
    answers right under them, and a last "Q Thank you." of the same page."""
    letters = [m.group("letter") if (m := LETTER_TURN.match(info.block.text)) else
               "A" if TITLED_ANSWER.match(info.block.text) else None for info in infos]
    answers = {k + 1 for k in range(len(infos) - 1)
               if LETTER_QUESTION.match(infos[k].block.text) and letters[k + 1] == "A"}
    if len(answers) < QA_PAIRS:
        return
    for k, info in enumerate(infos):
        if k in answers or letters[k] == "Q":  # (and a last "Q Thank you.")
            info.kind, info.what = PARA, TURN


def transcript_turns(infos: list[Info]) -> list[int]:
    """Where a transcript's turns are (their indexes in ``infos``), once the passes above have marked them; none on a
    page with fewer than :data:`~chronik.segment.speaker_labels.TRANSCRIPT_TURNS`, which is no transcript."""
    turns = [k for k, info in enumerate(infos) if info.kind == PARA and info.what == TURN]
    return turns if len(turns) >= TRANSCRIPT_TURNS else []
