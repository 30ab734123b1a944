"""What a claimant phrase's words mention, and the side they give it: the known people and bodies of the gazetteer
(not a known surname inside another name), the outlets and the polities of the sides file, in the order they occur;
and the narrative side of a plain description ("a 43-year-old resident of Jermuk")."""

from __future__ import annotations

import re

from chronik.extract.gazetteer import Gazetteer, Mention, Name, in_office
from chronik.extract.lexicon import ClaimLexicon
from chronik.extract.outlets import Outlet, find_outlets
from chronik.extract.sides import REGION_NOUNS, SideBook
from chronik.extract.words import NAME_WORD, SEGMENT

# a polity in the possessive before a region of its own that the sides file counts as a polity, maybe a word or two
# describing it between them: "Iraq's autonomous Kurdistan region" ("Israel's UN ambassador" is Israel's)
_OWNER_OF_NEXT = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}")
# the owner of what follows, a few words in the possessive right before it: "the Iranian judiciary's "
_OWNER = re.compile(r"(?:[\w-]+\s+){0,3}[\w-]+['’]s\s+$")


def other_person(text: str, m: Mention, lex: ClaimLexicon, sides: SideBook) -> bool:
    """A known person's bare surname inside another name ("Lt Gen Abdel Aziz Ahmed", "Ahmed Sharif Chaudhry" are
    not Abiy Ahmed): a given name that is not the person's own stands before it, not a title ("President Ahmed"),
    or a name follows it, or a name the sides file lists holds it."""
    if " " in m.text or not all(e.kind == "person" and " " in e.name for e in m.entries):
        return False
    if any(p.start <= m.start and m.end <= p.end and p.end - p.start > m.end - m.start
           for p in sides.find(text)):
        return True  # "Jihan Sheikh Ahmed", a name the sides file lists: not Abiy Ahmed
    after = re.match(rf"\s+({NAME_WORD})", text[m.end:m.end + 40])
    if after is not None and after.group(1).strip(".,") not in lex.not_names:
        return True  # "Lt Gen Ahmed Sharif Chaudhry": the surname is someone else's given name
    before = re.search(rf"({NAME_WORD})\s+$", text[max(0, m.start - 40):m.start])
    if before is None:
        return False
    word = before.group(1)
    own = {w for e in m.entries for w in e.name.split()[:-1]}
    return word not in own and word not in lex.titles and word + "." not in lex.titles \
        and word.lower() not in lex.office_words and not word.endswith("'s") and not sides.find(word)


def named_entries(text: str, gazetteer: Gazetteer, lexicon: ClaimLexicon, sides: SideBook,
                  year: int | None = None) -> set[Name]:
    """The people and bodies ``text`` names unambiguously, not by a known surname inside another's name ("Austin" of
    "Mr. Warren R. Austin" is not Lloyd Austin); a surname several share, the one of them in office in ``year``."""
    found = [m for m in gazetteer.find(text, ("person", "body")) if not other_person(text, m, lexicon, sides)]
    return {m.entry for m in found if m.entry is not None} | in_office(found, year)


class SideReader:
    """Mentions and sides in the phrases of one update (``known``: entries named unambiguously in it)."""

    def __init__(self, lexicon: ClaimLexicon, sides: SideBook, gazetteer: Gazetteer, known: set[Name]):
        self.lex = lexicon
        self.sides = sides
        self.gaz = gazetteer
        self.known = known

    def mentions(self, text: str) -> list[Mention]:
        """The known people and bodies ``text`` names; an ambiguous name resolves to the one entry of it the
        update names unambiguously."""
        out = []
        found = self.gaz.find(text, ("person", "body"))
        listed = self.sides.find(text) if found else []
        for m in found:
            if other_person(text, m, self.lex, self.sides):
                continue
            if any(p.start < m.start < p.end < m.end for p in listed):
                continue  # "the South Sudanese army": the sides file's "South Sudanese" holds the start of the
                # gazetteer's "Sudanese army", another state's
            if m.entry is None:
                known = tuple(e for e in m.entries if e in self.known)
                if len(known) == 1:
                    m = Mention(m.start, m.end, m.text, known)
            out.append(m)
        return out

    def _side_marks(self, text: str) -> list[tuple[int, int, str | None]]:
        """(start, end, side) of every polity and known name in ``text``, names winning overlaps."""
        marks = [(m.start, m.end, m.side) for m in self.mentions(text)]
        polities = self.sides.find(text)
        forms = {(p.start, p.end) for p in polities}  # ("AFP" a sides file lists for a state's army: no outlet)
        for o in find_outlets(text, self.lex):
            if not any(s < o.end and o.start < e for s, e, _ in marks) and (o.start, o.end) not in forms:
                marks.append((o.start, o.end, self.outlet_side(text, o)))
        for p in polities:
            if not any(s <= p.start < e for s, e, _ in marks):
                marks.append((p.start, p.end, p.values[0].side))
        return sorted(marks)

    def side_besides(self, text: str, skip: str | None = None) -> str | None:
        """The side of the first polity or known name in ``text`` that is not ``skip``, nor the owner of the polity
        after it ("Iraq's autonomous Kurdistan region" is the region's)."""
        marks = [m for m in self._side_marks(text) if m[2] and text[m[0]:m[1]] != skip]
        for i, (_, end, side) in enumerate(marks):
            if i + 1 == len(marks) or not _OWNER_OF_NEXT.fullmatch(text[end:marks[i + 1][0]]) \
                    or text[marks[i + 1][0]:marks[i + 1][1]].split()[-1].capitalize() not in REGION_NOUNS:
                return side
        return None

    def is_multi(self, head: str) -> bool:
        """Whether ``head`` joins speakers of two or more sides ("Russia and Ukraine")."""
        if not re.search(r"\band\b|&|\bas well as\b", head):
            return False
        return len({side for _, _, side in self._side_marks(head) if side}) > 1

    def outlet_side(self, text: str, outlet: Outlet) -> str | None:
        """A state's outlet speaks for the state it names, one named with a party of the gazetteer for that
        party ("Hamas's Al-Aqsa TV"), any other for no party: the narrative side."""
        owners = [m.side for m in self.mentions(text) if m.end <= outlet.start and m.side]
        if owners:
            return owners[-1]
        owner = _OWNER.search(text[:outlet.start])
        polities = self.sides.find(owner.group(0)) if owner is not None else []
        if polities:  # "the Iranian judiciary's Mizan News Agency": the outlet of a state's organ
            return polities[-1].values[0].side
        if outlet.state:
            polities = self.sides.find(text)
            return polities[0].values[0].side if polities else None
        return self.sides.narrative

    def plain_side(self, described: str) -> str | None:
        """The narrative side for someone described as a resident, a witness, a doctor, a rights group: the noun a
        description is about ("a 43-year-old resident of Jermuk"), not one after its preposition ("the head of the UN
        agency for Palestinian refugees")."""
        for seg in SEGMENT.split(described):
            noun = re.split(r"\s(?:of|for|in|at|from|with|to|on|near)\s", " " + seg.strip() + " ")[0].rstrip()
            if any(m.end == len(noun) for m in self.lex.independent.finditer(noun)):
                return self.sides.narrative
        return None

    def members_side(self, name: str) -> str | None:
        """The narrative side for a body named as one of independent people ("Central Committee of Sudanese Doctors",
        "Union of Journalists"): its members speak, not the state a polity in its name names. Not a body "for"
        them ("Commission for Refugees", a state's office)."""
        of = name.rfind(" of ")
        members = name[of + 4:].lower() if of > 0 else ""
        if members and any(m.end == len(members) for m in self.lex.independent.finditer(members)):
            return self.sides.narrative
        return None

    def described_side(self, described: str) -> str | None:
        """The side of a description in apposition: an independent one's ("a Sudanese medical group", "an Armenian
        journalist"), else that of the polity or known name in it ("a senior RSF commander")."""
        return self.plain_side(described) or self.side_besides(described)
