"""The written forms of a speaker's label, the words that open a turn of a transcript, in one place: the segmenter
reads them to find a transcript and its exchanges, the extractor to give a turn its claimant.

Each form accepts what the reader that uses it needs, and they differ on purpose:

* :data:`CAPITALS_LABEL`: a speaker in capitals and a colon opening a line, maybe where they speak from ("QUESTION:
  ", "MR MILLER: ", "Q: ", "CORRESPONDENT (Kabul): "), or the bare letter of :data:`LETTER_TURN`: who speaks in a
  transcript already found;
* :data:`LETTER_TURN`, :data:`LETTER_QUESTION`: a turn an older transcript marks by its letter and a space, maybe a
  full stop ("Q Do you ...?", "A There is ...", "Q. Mr. President, ...?"), read as turns only on a page of several
  such questions with their answers; :data:`TITLED_ANSWER`: such a question's answer by its speaker's title ("The
  President. Well, ...");
* :data:`CAPITALS_TURN`: a line a speaker in capitals says, one to four words of two letters or more, ending as a
  sentence does ("ANCHOR: And at the airport?", "WOLF BLITZER (CNN): ..."); a headline naming its source ("UN: More
  than 187,000 displaced") ends as no sentence, and a title's flag ("BREAKING: ...") is no speaker;
* :data:`WRITTEN_TURN`: a line a speaker named as written says, up to six capitalised words (a name and its titles:
  "Foreign Secretary Shri Vikram Misri"), ending as a sentence does ("Mao Ning: Taiwan is part of China.", "Reuters:
  ... How do you respond?");
* :data:`PRESS_LABEL`: any label before a colon, a question's outlet ("AFP: ") or the answering official ("Lin Jian:
  "), that a press conference's reader weighs word by word;
* :data:`PRINTED_HEARING_TURN`: a printed hearing's turn, a title of the print's own list and the surname in capitals,
  or the chair alone, and a full stop with words after it ("Senator WICKER. Thank you.", "The CHAIRMAN. ..."): the
  lines that make a page a hearing's transcript;
* :data:`HEARING_SPEAKER`: a hearing's speaker as a claimant, one or two title words, the surname in capitals, maybe a
  constituency, a full stop ("Mr. McCAUL of Texas."), the title one a record gives (:data:`HEARING_TITLES`); a role
  alone ("The CHAIRMAN.") names no one;
* :data:`DEBATE_TURN`: a speech of a parliament's record, its section mark, the speaker by office and name in
  brackets, by title, name and seat, or by title and surname, and the words on after them ("§ Mr. Nott The attack
  ..."): read as a printed hearing's turn is;
* :data:`MEETING_STATEMENT`: a meetings coverage's paragraph of what a delegate said, their name in capitals and what
  they said in reported speech ("ARTHUR MBANEFO (Nigeria) said ..."): no turn, but a statement of the meeting's day.

Every reader writes a label in capitals back as a text would with :func:`recased` ("McCAUL" "McCaul", "O'ROURKE"
"O'Rourke"), so a speaker the segmenter names and the claimant the extractor gives them are spelt alike.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Iterable

from chronik.segment.lexicon import lexicon

# where a speaker in capitals speaks from or who they are, in brackets after the label ("CORRESPONDENT (Kabul)",
# "SHAHEEN (by phone, Doha)", "MODERATOR (Ana Chicumbe, Ministry of National Defence)")
_PLACE = r"(?:\s+\([^()]{1,60}\))?"
# what a turn says after its label, ending as a sentence does, or with a colon over a list after a sentence ("...
# Good morning. Our update is as of 6:00 PM yesterday:")
_SAYS_SENTENCE = r"\s+\S.*(?:[.?!…][\"”’)]*|[.?!…]\s.*:)\s*$"

# a question or an answer set off by a wide gap, not a colon, as a government's transcript prints them ("Q    Nick,
# what do you know ...?")
_SPACED_QA = r"(?P<qa>[QA])(?=\s{2,}\S|\t)"
# a question or an answer marked by its letter alone and a space, no colon, as an older transcript prints them ("Q Do
# you have a new estimate ...?", "A There is no fixed term."): only where a page's turns are marked so
_LETTER = r"(?P<letter>[QA])\.?\s+(?=[A-Z\"“‘'(])"
LETTER_TURN = re.compile(rf"^\s*{_LETTER}")
# ... a question so marked, ending with its question mark
LETTER_QUESTION = re.compile(rf"^\s*(?=Q){_LETTER}.*\?[\"”’)]*\s*$")
# an answer of a president's or a minister's news conference as the Public Papers print it, its speaker by title
# and a full stop, no colon ("The President. Well, we have ...", "Secretary Haig. No.", "Mr. Speakes. ..."): read
# only right under a question marked by its letter ("Q. Mr. President, ...?")
TITLED_ANSWER = re.compile(r"^\s*(?P<who>The\s+(?:President|Vice\s+President|Prime\s+Minister|Secretary|Chancellor)|"
                           r"(?:President|Secretary|Ambassador|General|Admiral|Mr\.|Mrs\.|Ms\.|Dr\.)\s+[A-Z][\w'’-]+)"
                           r"\.\s+(?=\S)")
# a turn's speaker in capitals and the colon after it ("QUESTION: ", "MS JEAN-PIERRE: ", "Q: ", "Q    "), or the
# letter alone that marks a turn of a transcript already found ("Q Do you ...?", "A There is ...")
CAPITALS_LABEL = re.compile(rf"^(?:(?P<who>[A-Z][A-Z.'’ -]*?){_PLACE}:\s+|{_SPACED_QA}\s+|{_LETTER})")
# a transcript's turn: the speaker in capitals, maybe where they speak from, a colon and what they say
# ("ANCHOR: ...?", "CORRESPONDENT (Kabul): ...", "SHAHEEN (by phone, Doha): ...", "Q    What about ...?")
CAPITALS_TURN = re.compile(rf"^(?:(?:[A-Z][A-Z.'’-]+\s+){{0,3}}[A-Z][A-Z.'’-]+{_PLACE}:|{_SPACED_QA}){_SAYS_SENTENCE}")
# a speaker of a few capitalised words (or an outlet: "AFP", "Anadolu Agency", "Follow-up"), maybe who they are in
# brackets ("Question (Reuters)"), a colon, and what they say
WRITTEN_TURN = re.compile(rf"^\s*(?P<who>(?-i:[A-Z])[\w.'’&-]*(?:\s+(?-i:[A-Z])[\w.'’&-]*){{0,5}}){_PLACE}:"
                          rf"{_SAYS_SENTENCE}")
# a press conference's label: a few words before a colon ("Mao Ning: ", "CCTV: ", "Follow-up: ")
PRESS_LABEL = re.compile(r"^(?P<who>[^\s:][^:]{2,50}?):\s+\S")

# the titles a printed hearing writes before a speaker's surname
PRINTED_TITLES = ("Chairman", "Chairwoman", "Chair", r"Vice\s+Chairman", "Senator", "Representative", "Delegate",
                  "Secretary", "Ambassador", "Administrator", "Director", "Commissioner", "General", "Admiral",
                  "Colonel", r"Mr\.", r"Mrs\.", r"Ms\.", r"Dr\.")
# a surname in capitals, with a prefix of mixed case ("REED", "McCAUL", "DeLAURO", "VAN HOLLEN", "O'ROURKE")
_PRINTED_SURNAME = r"(?:[A-Z][a-z]?[A-Z][A-Z'’-]*)(?:\s+[A-Z][A-Z'’-]+)?"
PRINTED_HEARING_TURN = re.compile(rf"^(?:(?P<title>(?:{'|'.join(PRINTED_TITLES)}))\s+(?P<name>{_PRINTED_SURNAME})"
                                  r"|The\s+(?P<chair>CHAIRMAN|CHAIRWOMAN|CHAIR))\.\s+\S")

# a parliament's record of its debates, each speech a paragraph opening with its section mark and the speaker, an
# office holder by office and name in brackets, a member by title, name and seat in brackets, or by title and surname
# once named in full (maybe by initials: "Sir A. Eden"), and the words on after them: "§ The Secretary of State for
# Defence (Mr. John Nott) With permission, ...", "§ Mr. John Silkin (Deptford) The House ...", "§ Mr. Nott The attack
# was made ..."
MEMBER_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?"
# a council record's speaker: a member by courtesy title and surname in capitals ("Mr. EL KONY", "Lord CARADON"), or
# the chair or an officer by office in capitals ("The PRESIDENT", "The SECRETARY-GENERAL")
RECORD_MEMBER = rf"{MEMBER_TITLE}\s+(?:Mc|Mac|De|Van\s|Von\s)?[A-Z][A-Z'’-]+"
RECORD_CHAIR = r"The\s+[A-Z][A-Z-]{3,}(?:\s+[A-Z][A-Z-]{3,})?"
DEBATE_TURN = re.compile(rf"^§\s+(?:The\s+[A-Z][^()§]{{2,80}}?\s+\((?P<holder>{MEMBER_TITLE}\s+[A-Z][^()]{{1,50}})\)"
                         rf"|(?P<title>{MEMBER_TITLE})\s+(?:(?P<member>[A-Z][^()]{{1,50}}?)\s+\([^()]{{2,60}}\)"
                         r"|(?P<surname>(?:[A-Z]\.\s?){0,2}[A-Z][\w'’-]+)))\s+(?=[A-Z“\"‘'])")

# a speaker of a meeting as a body's meetings coverage names them, in capitals with their delegation in brackets or
# their post, and what they said there ("ARTHUR MBANEFO (Nigeria) said his country had ...", "FRANCIS OKELO, Special
# Representative of the Secretary-General, said ..."): the dates read it as a statement at the meeting, of its day,
# whatever day it tells of
MEETING_STATEMENT = re.compile(rf"^(?:{MEMBER_TITLE}\s+)?[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)+"
                               r"(?:\s+\([A-Z][^()]{1,50}\))?(?:,\s+[^,]{1,80},)?\s+(?:said|stressed|noted|welcomed|"
                               r"urged|expressed|emphasi[sz]ed|recalled|told|called|condemned)\b")

# the titles a hearing's record gives its speakers, as a claimant's label may open with them
HEARING_TITLES = frozenset({
    "chairman", "chairwoman", "chair", "senator", "secretary", "general", "admiral", "mr.", "ms.", "mrs.", "dr.",
    "ambassador", "representative", "governor", "mayor", "director", "commissioner", "deputy", "under", "assistant",
    "vice", "ranking", "colonel", "lieutenant", "major", "captain", "judge", "justice", "minister", "president",
    "speaker", "lord", "lady", "baroness", "sir", "dame", "madam", "gen.", "adm.", "lt.", "col.", "mr", "ms", "mrs",
    "dr", "delegate", "commander"})
# title words as written, the surname in capitals (two letters or more), an optional constituency, a full stop
HEARING_SPEAKER = re.compile(r"^\s*(?P<title>(?:[A-Z][a-z]+\.?\s+){1,2})(?P<name>(?:[A-Z][a-z]{1,2})?[A-Z][A-Z'-]+"
                             r"(?:\s+[A-Z][A-Z'-]+)?)(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\.(?:\s+\S|\s*$)")


# an answer's label naming who gives it in brackets ("ANSWER (LT. COL. VAUTRIN): ", "A (GEN. KELLY): ")
ANSWERED_BY = re.compile(r"^\s*(?:ANSWER|A|REPLY)\s*\((?P<who>[A-Z][A-Z.'’ -]+)\):\s+")
# ... or after the colon, as written, as a ministry's transcript prints it: "A: (Official Spokesman) Our position is
# ...", "A: (Col. Bikram Singh) Documents recovered ..."
ANSWER_THEN_SPEAKER = re.compile(r"^\s*(?:ANSWER|Answer|A|REPLY|Reply)\s*:\s*\((?P<who>[A-Z][\w.'’ -]{2,50})\)"
                                 r"\s+(?=\S)")


def answered_by(text: str) -> str | None:
    """The one an answer's label names in brackets ("ANSWER (LT. COL. VAUTRIN): ...", "A: (Official Spokesman)
    ..."), or None."""
    m = ANSWERED_BY.match(text) or ANSWER_THEN_SPEAKER.match(text)
    return m.group("who").strip() if m else None


def answerer(text: str) -> str | None:
    """Who speaks a transcript's turn: the one an answer's label names in brackets, else the label's speaker."""
    return answered_by(text.strip()) or capitals_speaker(text)


def capitals_speaker(text: str) -> str | None:
    """The speaker a transcript's turn names in capitals ("QUESTION", "MR MILLER"); None for a line without one."""
    m = CAPITALS_LABEL.match(text.strip())
    return (m.group("who") or m.group("qa") or m.group("letter")).strip() if m else None


def said(text: str) -> str:
    """What a turn says: its text without the speaker in capitals."""
    text = text.strip()
    m = CAPITALS_LABEL.match(text)
    return text[m.end():] if m else text


def speaker_turn(text: str) -> bool:
    """Whether a line is one a speaker in capitals says in a transcript, not a flag opening a title ("BREAKING:
    ...", "WATCH: ...")."""
    lex = lexicon()
    return bool(CAPITALS_TURN.match(text)) and not lex.title_flag.match(text) and not lex.media_teaser.match(text)


def written_speaker(text: str) -> str | None:
    """The speaker named as written whose line ``text`` is ("Mao Ning" for "Mao Ning: Taiwan is part of China."),
    or None."""
    m = WRITTEN_TURN.match(text)
    return m.group("who") if m else None


TRANSCRIPT_TURNS = 3  # speakers' turns that make a page a transcript (one speaker's, when named as written)


def written_transcript(speakers: Iterable[str]) -> bool:
    """Whether the speakers named as written at a page's turns, in order, make it a transcript: two of them or more,
    one taking several turns (see :mod:`chronik.segment.briefings`)."""
    counts = collections.Counter(speakers)
    return len(counts) >= 2 and counts.most_common(1)[0][1] >= TRANSCRIPT_TURNS


def press_label(line: str) -> str | None:
    """The label a press conference's line opens with ("Reuters", "Mao Ning"), or None."""
    m = PRESS_LABEL.match(line.strip())
    return m.group("who").strip() if m else None


# the small words of a name or a title written in lower case inside it ("Secretary of Defense", "Ministry of the
# Interior")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "to"})
# a surname's prefix of mixed case before its capitals ("McCAUL", "DeLAURO", "MacDONALD")
MIXED_PREFIX = r"[A-Z][a-z]{1,2}(?=[A-Z])"
_MIXED_PREFIX = re.compile(rf"^{MIXED_PREFIX}")


def recased(caps: str) -> str:
    """Words in capitals as a text writes them, one way for every reader of a label in capitals (a transcript's
    speaker, a hearing's, a broadcast caption's, a channel's name): each word capitalised ("WICKER" "Wicker"), and
    each part after a hyphen ("THOMAS-GREENFIELD" "Thomas-Greenfield", "AL-SAHHAF" "Al-Sahhaf") and after a one-letter
    part and an apostrophe ("O'ROURKE" "O'Rourke", not "PEOPLE'S" "People'S"); a mixed-case prefix kept ("McCAUL"
    "McCaul", "DeLAURO" "DeLauro"); the small words after the first lower ("SECRETARY OF DEFENSE" "Secretary of
    Defense"); a title with its full stop capitalised ("MR." "Mr."), any other word with a full stop as it is
    ("U.S.")."""
    return " ".join(_recased_word(w, k == 0) for k, w in enumerate(caps.split()))


# a title written with its full stop, as a transcript's label in capitals gives it ("MR. BURNS" is "Mr. Burns")
_DOTTED_TITLES = frozenset({t for t in HEARING_TITLES if t.endswith(".")}
                           | {"maj.", "capt.", "sgt.", "amb.", "sen.", "rep.", "gov.", "prof.", "rev."})


def _recased_word(word: str, first: bool) -> str:
    if word.lower() in _DOTTED_TITLES:
        return word.capitalize()
    if "." in word:
        return word
    if not first and word.lower() in _SMALL_WORDS:
        return word.lower()
    prefix = _MIXED_PREFIX.match(word)
    head = prefix.group() if prefix else ""
    rest = word[len(head):]
    return head + "-".join(_recased_part(p) for p in rest.split("-"))


def _recased_part(part: str) -> str:
    pieces = re.split(r"(['’])", part)
    if len(pieces) == 3 and len(pieces[0]) == 1:  # "O'ROURKE", "D'AMATO"
        return pieces[0].upper() + pieces[1] + pieces[2].capitalize()
    return part.capitalize()


def printed_hearing_speaker(text: str) -> str | None:
    """The speaker a printed hearing's turn opens with ("Chairman Reed" for "Chairman REED. Good morning.", "The
    Chairman" for "The CHAIRMAN. ..."); None for any other line."""
    m = PRINTED_HEARING_TURN.match(text.strip())
    if m is None:
        return debate_speaker(text)
    if m.group("chair"):
        return "The " + recased(m.group("chair"))
    return " ".join([re.sub(r"\s+", " ", m.group("title")), *(recased(w) for w in m.group("name").split())])


def debate_speaker(text: str) -> str | None:
    """The speaker a parliament's record of a debate opens a speech with ("Mr. John Nott" for "§ The Secretary of State
    for Defence (Mr. John Nott) With permission, ...", "Mr. Nott" for "§ Mr. Nott The attack ..."); None for any other
    line."""
    m = DEBATE_TURN.match(text.strip())
    if m is None:
        return None
    if m.group("holder"):
        return " ".join(m.group("holder").split())
    return " ".join([m.group("title"), *(m.group("member") or m.group("surname")).split()])


def hearing_speaker(text: str) -> tuple[str, str] | None:
    """The role word(s) and the surname as written of the speaker a hearing's turn opens with (("Mr.", "McCaul") for
    "Mr. McCAUL of Texas. ..."); None for any other line, or a title no record gives."""
    m = HEARING_SPEAKER.match(text)
    if m is None:
        return None
    title = m.group("title").split()
    if any(w.lower() not in HEARING_TITLES for w in title):
        return None
    return " ".join(title), " ".join(recased(w) for w in m.group("name").split())
