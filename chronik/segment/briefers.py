"""The people a transcript's header names in full ("Briefers: Mr. Alun Pritchard, UNPF civilian spokesman; Lt. Col.
Gérard Vautrin, ...", "BRIEFER: HODDING CARTER III", a title "News Conference by Secretary of Defense Robert S.
McNamara"): a turn labelled by a title and a surname alone ("LT. COL. VAUTRIN:", "SECRETARY McNAMARA:") is that
person's, named as the header names them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from chronik.segment.briefings import transcript_turns
from chronik.segment.classify import Info
from chronik.segment.speaker_labels import (
    HEARING_TITLES,
    answered_by,
    capitals_speaker,
    press_label,
    recased,
    written_speaker,
)

# a word of a person's name as a header writes it: capitalised or in capitals ("Alun", "HODDING"), an initial ("S."),
# or a title's short form before it ("Mr.", "Col.": dropped below)
_NAME_WORD = r"(?:[A-Z][a-zà-ÿ'’-]+\.?|[A-Z][A-Z'’-]+\.?|(?:[A-Z]\.){1,3})"
# the words of a title before a name, which are no part of it: a hearing's titles ("Mr.", "Secretary", "Lt.") and the
# words of a post or a header's label around them ("Defense", "spokesman", "Briefers:", "of the")
_TITLE_WORDS = HEARING_TITLES | frozenset({
    "amb.", "brig.", "capt.", "gov.", "maj.", "prof.", "rep.", "rev.", "sen.", "sgt.", "brigadier", "chief", "defence",
    "defense", "foreign", "state", "undersecretary", "spokesman", "spokesperson", "spokeswoman", "briefer", "briefers",
    "and", "by", "of", "the",
    # an air force's ranks and India's honorifics: "Air Vice Marshal S.K. Malik", "Shri R.S. Jassal"
    "air", "marshal", "commodore", "squadron", "wing", "flight", "shri", "smt", "smt."})


def briefer_names(header: Iterable[str], labels: Iterable[str]) -> dict[str, str]:
    """Surname (lower case) → the full name the header's lines give a speaker whose turn's label ends with that surname
    ("LT. COL. VAUTRIN" and "Lt. Col. Gérard Vautrin": "vautrin" → "Gérard Vautrin"). A surname the header names two
    ways, or not at all, is left out."""
    text = "\n".join(header)
    names: dict[str, str] = {}
    for label in {lab.split()[-1] for lab in labels if lab.split()}:
        surname = label.strip(".:,")
        if len(surname) < 3:
            continue
        found: dict[str, str] = {}  # the name in lower case → as written, in mixed case where the header has it so
        for m in re.finditer(rf"(?<![\w.])((?:{_NAME_WORD}\s+){{1,4}})((?i:{re.escape(surname)}))\b", text):
            words = m.group(1).split()
            while words and words[0].lower() in _TITLE_WORDS:
                words = words[1:]
            if words and not any(w.lower() in _TITLE_WORDS for w in words):
                full = " ".join([*words, m.group(2)])
                if _in_capitals(full):  # "ROBERT S. McNAMARA", "HODDING CARTER"
                    found.setdefault(full.lower(), recased(full))
                else:
                    found[full.lower()] = full
        briefer = {k: v for k, v in found.items() if _briefer_line(text, k)} if len(found) > 1 else found
        if len(briefer) == 1:  # (two ways, one on the line that names the briefer: "BRIEFER: HODDING CARTER III"
            # under the library's "Jimmy Carter Presidential Library")
            names[surname.lower()] = briefer.popitem()[1]
    names.update(_titled_names(text, labels))
    return names


# a header's line naming who briefs: "BRIEFER: HODDING CARTER III", "Briefers: Mr. Alun Pritchard, ..."
_BRIEFER_LINE = re.compile(r"^\s*briefers?\s*:(?P<names>.*)$", re.I | re.M)


def _briefer_line(text: str, name: str) -> bool:
    """Whether ``name`` (lower case) is on a line of ``text`` labelled as naming the briefers."""
    return any(name in m.group("names").lower() for m in _BRIEFER_LINE.finditer(text))


def _untitled(name: str) -> bool:
    """Whether ``name`` is a person's name alone, none of its words a title's ("Stéphane Dujarric", not "Deputy
    Spokesman")."""
    return not any(w.lower().strip(".") in _TITLE_WORDS for w in name.split())


# the words of a label that is a post, no name ("Spokesman:", "Deputy Spokesperson:", "Moderator:")
_POST_WORDS = _TITLE_WORDS | frozenset({"moderator", "press", "presenter", "host", "anchor", "chairperson", "official"})
# a courtesy title between a post and the name of its holder: "Official Spokesman Shri R.S. Jassal"
_HONORIFIC = r"(?:(?:Shri|Smt\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?"


def _titled_names(header: str, labels: Iterable[str]) -> dict[str, str]:
    """Post (lower case) → the one person the header names holding it, for a turn labelled by the post alone
    ("Spokesman:" under "... today's noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General";
    "Moderator:" under "Moderator Jane Roe"). A deputy's label is a post of its own: "Spokesman" is not named by
    "Farhan Haq, Deputy Spokesman"."""
    names: dict[str, str] = {}
    name = rf"((?-i:{_NAME_WORD})(?:\s+(?-i:{_NAME_WORD})){{1,3}})"
    for label in set(labels):
        words = label.lower().split()
        if not words or not all(w in _POST_WORDS for w in words):
            continue
        post = r"\s+".join(re.escape(w) for w in label.split())
        found = {m.group(1) for m in re.finditer(rf"{name},\s+(?:the\s+)?(?<!deputy\s){post}\b", header, re.I)}
        found |= {m.group(1) for m in re.finditer(rf"(?<!deputy\s)\b{post}\s+{_HONORIFIC}{name}", header, re.I)}
        found = {f for f in found if _untitled(f)}
        if len(found) == 1:
            names[label.lower()] = found.pop()
    return names


def _in_capitals(name: str) -> bool:
    """Whether a name is written in capitals, a mixed-case prefix aside ("ROBERT S. McNAMARA")."""
    return all(w.isupper() or re.fullmatch(r"(?:Mc|Mac|De|Di|La|Le|Van|Von)[A-Z'’-]+", w) for w in name.split())


def transcript_briefers(infos: list[Info], title: str | None) -> dict[str, str]:
    """:func:`briefer_names` of a transcript: its header is the page's title and its lines before the first turn, its
    labels its turns' speakers in capitals; none for any other page."""
    turns = transcript_turns(infos)
    if not turns:
        return {}
    texts = [infos[k].block.text for k in turns]
    labels = [label for text in texts
              if (label := answered_by(text) or capitals_speaker(text) or written_speaker(text) or press_label(text))]
    header = [title or "", *(info.block.text for info in infos[:turns[0]])]
    return briefer_names(header, labels)


# who a briefing's header says it is by: "noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General"
_BRIEFING_BY = re.compile(rf"\bbriefing\s+by\s+((?:{_NAME_WORD}\s+){{1,3}}{_NAME_WORD}),")


def opening_briefer(infos: list[Info], title: str | None) -> tuple[str, int, int] | None:
    """Who a transcript's header says its briefing is by, one person named in full ("... today's noon briefing by
    Stéphane Dujarric, Spokesman for the Secretary-General"), the last line of the header that says so (0: its
    title) and the first line of its first turn: the notes read between them are that person's. None for any other
    page, or a header naming two briefers."""
    turns = transcript_turns(infos)
    if not turns:
        return None
    found: dict[str, int] = {}
    for text, line in [(title or "", 0), *((i.block.text, i.block.lines[-1]) for i in infos[:turns[0]])]:
        for m in _BRIEFING_BY.finditer(text):
            if _untitled(m.group(1)):
                found[m.group(1)] = line
    if len(found) != 1:
        return None
    name, after = found.popitem()
    return name, after, infos[turns[0]].block.lines[0]
