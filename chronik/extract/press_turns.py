"""A state office's press conference transcript (a foreign ministry's regular briefing, a president's press
conference, a defence ministry's briefing): journalists' questions under their outlet's label ("Reuters: ...?",
"AFP: ...?", "Follow-up: ...?") and the official's answers under the official's name ("Mao Ning: ...",
"Maria Zakharova: ..."). The official who answers says what the answer holds, for the side of the office that
publishes the transcript, however the sides file lists the name (a spokesperson's name may be one of a polity's
forms)."""

from __future__ import annotations

import re

from chronik.extract.claimant import Claimant
from chronik.extract.lexicon import ClaimLexicon
from chronik.extract.outlets import find_outlets
from chronik.extract.sides import SideBook
from chronik.extract.words import NAME_TOKEN
from chronik.segment.speaker_labels import press_label, recased

# a page's title that says it is the transcript of a press conference or a briefing
_CONFERENCE = re.compile(r"\b(?:press\s+conference|news\s+conference|press\s+briefing|news\s+briefing|media\s+briefing|"
                         r"regular\s+briefing|briefing\s+by|transcript)\b", re.I)


def conference(title: str | None) -> bool:
    """Whether a page's title says it is a press conference's or a briefing's transcript."""
    return title is not None and _CONFERENCE.search(title) is not None


def answer_turn(text: str, side: str, lex: ClaimLexicon, sides: SideBook) -> Claimant | None:
    """The official whose answer ``text`` is, in a state office's press conference that speaks for ``side``: the
    first line labelled by a person's name, after the question lines above it, if any ("Reuters: ... How do you
    respond?" over "Lin Jian: We urge ..."). A line of the question itself or of the official's answer that runs on
    without a label names no one; an outlet's or a role's label ("CCTV:", "Question:") is a question's."""
    for line in text.split("\n"):
        who = press_label(line)
        if who is None:
            return None
        who = _untitled(who, lex)
        if _official(who, side, lex, sides):
            return Claimant(recased(who) if who.isupper() else who, side, "person")  # ("SERGEI YASTRZHEMBSKY")
        if not line.rstrip().endswith("?"):
            return None  # no question above the answer: a line the transcript does not label by a name
    return None


def _untitled(label: str, lex: ClaimLexicon) -> str:
    """A turn's label without the titles and ranks before the name ("Shri Raminder Singh Jassal", "Air Marshal S.K.
    Malik", "Col. Jane Roe"), when a name of two words or more is left."""
    words = label.split()
    while len(words) > 2 and words[0] in lex.titles:
        words = words[1:]
    return " ".join(words)


def _official(who: str, side: str, lex: ClaimLexicon, sides: SideBook) -> bool:
    """Whether a turn's label is a person's name: two to four capitalised words, none a title, an office's or a
    body's word, no outlet ("Anadolu Agency"), no polity but one whose form the whole name is, of the office's own
    side (a spokesperson a sides file lists among its state's forms)."""
    words = who.split()
    if not 2 <= len(words) <= 4 or not all(NAME_TOKEN.fullmatch(w) for w in words) or find_outlets(who, lex):
        return False
    if any(w in lex.titles or w.lower() in lex.office_words or w.lower() in lex.body_nouns for w in words):
        return False
    found = sides.find(who)
    return all(p.start == 0 and p.end == len(who) and p.values[0].side == side
               and who not in (p.values[0].name, p.values[0].adjective) for p in found)
