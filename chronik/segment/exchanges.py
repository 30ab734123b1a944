"""The exchanges of a question-and-answer transcript (a press briefing, a press conference): which turn opens a
topic and which follows one up, and the lines that only open or close the session.

A reporter's question heads the answer under it, one update per question: each answer is a claim of its own,
whether the question brings a subject ("On Sudan. The RSF said on Sunday that ... Do you ...?") or asks on about it
("Were any of them killed?", "Has any country committed troops to that force?"), as the blind golds annotate
briefings. Only a question whose first words say it follows up ("But you'd agree ...?", "Can I – one more on this.",
"Just to follow up, ...") and its answer carry on the update above, as do the stage directions inside it
("(Laughter.)"). The speaker's closing courtesy ("All right. Thanks, everyone.") and the note of when the session
ended ("(The briefing was concluded at 2:21 p.m.)") report nothing: asides.
"""

from __future__ import annotations

import re

from chronik.segment.speaker_labels import capitals_speaker, said

# a courtesy that opens a question and says nothing of its subject ("Thanks.", "Thank you, Matt.")
_COURTESY = re.compile(r"^(?:thanks|thank you|hi|hello|good afternoon|good morning)\b[^.?!]{0,20}[.!]\s+", re.I)
# a question's opening words that follow up the topic above ("But ...", "And ...", "Just to follow up ...",
# "Can I – one more on this ...", "On that, ...")
_FOLLOW_UP = re.compile(r"^(?:(?:but|and|so|just|also|then|sorry)\b|.{0,20}\b(?:follow[- ]?up|one more on "
                        r"(?:this|that)|on (?:that|this)\b|to clarify|to be clear))", re.I)
# a turn that only closes the session ("All right. Thanks, everyone.", "Thank you very much.", "OK, thanks, all. See
# you tomorrow.")
_CLOSING_TURN = re.compile(r"^(?:(?:all right|alright|ok(?:ay)?|well|great)[,.!]?\s+)?(?:thanks|thank you)"
                           r"(?:,?\s+(?:very much|so much|everyone|everybody|all|guys|folks))*[.!]?"
                           r"(?:\s+(?:we(?:'|’)ll|we will|i(?:'|’)ll|i will)?\s*see you\b[^.!?]{0,40}[.!])?\s*$", re.I)
# the note of when the session ended, in brackets ("(The briefing was concluded at 2:21 p.m.)", "[Press conference
# ends]")
_SESSION_END = re.compile(r"^\s*[(\[][^()\[\]]{0,60}\b(?:concluded|ended|ends|adjourned|closed)\b[^()\[\]]{0,30}[)\]]"
                          r"\s*$", re.I)


def _words(text: str) -> str:
    """What a question says: the turn's text without the courtesy it opens with ("Thanks. On Gaza. ...")."""
    return _COURTESY.sub("", said(text), count=1)


def opens_topic(text: str) -> bool:
    """Whether a question turn heads an update of its own: every question does but one whose first words say it
    follows up the one above (see the module docstring)."""
    return not _FOLLOW_UP.match(_words(text))


# the reporter a question's label names in brackets after the asker's role ("QUESTION (Fátima Langa, Lusa): ...")
_QUESTIONER = re.compile(r"^[A-Z][A-Z.'’ -]*?\s*\((?P<who>[^()]{2,80})\)\s*:")


def new_questioner(text: str, heading: str) -> bool:
    """Whether a question turn names its reporter ("QUESTION (Jorge Sitoe, Radio Mozambique): ...") and another one
    than the question ``heading`` the exchange above: a briefing that names each reporter turns to a new topic with
    each new reporter."""
    m, above = _QUESTIONER.match(text.strip()), _QUESTIONER.match(heading.strip())
    return m is not None and above is not None and m.group("who").strip() != above.group("who").strip()


# a moderator's turn that only runs the session ("We will now take questions. Please identify yourselves ...",
# "Thank you. That concludes today's briefing.")
_PROCEDURE = re.compile(r"^(?:(?:thanks|thank you)\b[^.!?]{0,40}[,.!]?\s+)?(?:that|this)\s+concludes\b[^?]*$"
                        r"|^we(?:\s+will|'ll|’ll)\s+now\s+take\s+(?:your\s+|some\s+)?questions\b[^?]*$"
                        # "Thank you, Colonel. That's all the time we have today."
                        r"|^(?:(?:thanks|thank you)\b[^.!?]{0,40}[.!]\s+)?that(?:'|’)s\s+all\s+(?:the\s+)?time\s+"
                        r"we\s+have\b[^?]*$"
                        # the floor handed to a reporter: "We'll start with Idrees.", "Go ahead, Barbara.", "Barbara."
                        r"|^(?:we(?:'|’)ll|we\s+will|let(?:'|’)s)\s+(?:start|begin|go)\s+(?:with|to)\s+"
                        r"[\w'’ -]{2,30}[.!]?\s*$"
                        r"|^(?:go\s+ahead|next\s+question|yes)(?:,\s*(?-i:[A-Z])[\w'’-]*)?[.!]?\s*$"
                        r"|^(?-i:[A-Z])[a-z'’-]+(?:\s+(?-i:[A-Z])[a-z'’-]+)?[.!]?\s*$", re.I)
# a turn that only opens the session: the host introducing the briefer ("Good morning, everybody. We're joined today
# from Baghdad by Colonel X, ... He'll start with some opening remarks and then we'll take your questions."), or the
# briefer's greeting alone ("Thanks, Jeff, and good morning to everyone in the briefing room.")
_OPENING_TURN = re.compile(r"^(?:good\s+(?:morning|afternoon|evening)|hello|hi)\b.{0,60}?\b(?:we(?:'|’)re|we\s+are)\s+"
                           r"joined\b[^?]*$"
                           r"|^(?:thanks|thank\s+you)(?:,\s*(?-i:[A-Z])[\w'’-]*)?,?\s+(?:and\s+)?good\s+"
                           r"(?:morning|afternoon|evening)\b[^.!?]{0,80}[.!]?\s*$", re.I)
# the briefer's words that hand over to the questions, at the end of the opening statement ("And with that, I'll
# take your questions.")
_HANDOVER = re.compile(r"^\s*(?:and\s+)?with\s+that,?\s+(?:i(?:'|’)ll|i\s+will|i(?:'|’)d\s+be\s+happy\s+to|"
                       r"i(?:'|’)m\s+happy\s+to)\s+(?:take|answer)\s+(?:your\s+|any\s+)?questions\b[^?]{0,20}$", re.I)


def closes_session(text: str) -> bool:
    """Whether a line only opens or closes the session: the host's introduction of the briefer, the briefer's greeting
    and hand-over to the questions, the moderator's turns that only run it, the speaker's closing thanks, or the note
    of when it ended."""
    if _SESSION_END.match(text) or _HANDOVER.match(text):
        return True
    words = said(text)
    return capitals_speaker(text) is not None and bool(_CLOSING_TURN.match(words) or _PROCEDURE.match(words)
                                                       or _OPENING_TURN.match(words))
