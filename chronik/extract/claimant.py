"""Who a claimant phrase names, and for which side ("the spokesperson of Armenia's Ministry of
Defence, Shushan Stepanyan" → Shushan Stepanyan, armenian; "The Azerbaijani MOD" → Azerbaijani
Defense Ministry, azerbaijani; "Baku" → Government of Azerbaijan).

The phrase is the text a reporting frame points at (see attribution.py). It is read as a head
(the name or body that speaks) and descriptors (appositions that say who that is); the side comes
from the gazetteer entry of the head, else from the first polity or known name in the phrase.

A body or person the text names keeps its name, lightly normalised: a gazetteer entry its canonical
name; a body a sides file lists among a polity's forms its form ("the IDF", "Islamic Revolutionary
Guard Corps"), for the polity's side; a named body of a polity as written ("US European Command",
"UN Human Rights Monitoring Mission in Ukraine"); an army's branch with the polity's adjective
("Ukrainian General Staff", "Ukrainian air force"); a person after a body and a title ("UN coordinator
Jane Roe"). Segments that are not the speaker are dropped: a clause before it ("Russian shelling killed
two people, regional governor X said"), a participle clause after it ("X, speaking by phone with Y,").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.extract.gazetteer import ARTICLE, ARTICLES, PARTICLES, Gazetteer, Mention, Name
from chronik.extract.lexicon import ClaimLexicon, Office
from chronik.extract.matcher import Match
from chronik.extract.outlets import Outlet, find_outlets
from chronik.extract.sides import Polity, SideBook
from chronik.segment.prose import past_shaped

_SEGMENT = re.compile(r",|;|\s-\s")
_PARENS = re.compile(r"\s*\([^()]*\)")
_RELATIVE = re.compile(r"\s+(?:which|who|whose|that)\b.*$", re.S)
_ARTICLES = {"the", "a", "an"}
_ORG_CONNECTIVES = {"of", "for", "and", "the"}
_AFTER_GROUP = {"of", "in", "from", "at", "near", "on", "who", "with", "for", "to", "across", "inside", "around",
                "and", "living", "there", "here", ""}
_MILITARY = "military"  # the office of claims.yaml that names an army
_GOVERNMENT = "government"  # the office of claims.yaml that names a polity's government
# a polity's form that names the ones it installed or backs ("Russian-installed", "Hamas-run")
_INSTALLED = re.compile(r"\w-(?:installed|backed|run|appointed|controlled|led|held|allied)$")
_INDEFINITE = re.compile(r"^(?:a|an)\s", re.I)
_PREPOSITIONS = {"in", "of", "from", "at", "near", "to", "for", "on", "by", "with", "into", "across", "over", "and"}
_FINITE = {"was", "were", "is", "are", "has", "have", "had", "will"}
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,}(?:[/-]?[A-Z0-9]+)*$")
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those"}
_FUNCTION_WORDS = _DETERMINERS | {"we", "i", "you", "our", "my", "your", "it", "they", "he", "she", "there", "here",
                                  "what", "who", "which", "when", "where", "why", "how", "if", "no", "not", "all"}
# A word of a name: capitalised, or an Arabic article or patronymic joined to a capitalised word
# ("al-Burhan", "ad-Din", "bin-Zayed")
_JOINED = rf"(?:(?:{ARTICLES}|bin|ibn|abu)-)?"
NAME_WORD = rf"{_JOINED}[A-Z][\w'.-]*"
NAME_TOKEN = re.compile(rf"^{NAME_WORD}$")
# after a polity, the possessive that owns a body: "Ethiopia's", "the Ethiopian federal government's"
_OWNER_TAIL = re.compile(r"(?:\s+(?:federal\s+|central\s+|national\s+)?government)?'s\s")
_RUN_WORD = rf"{_JOINED}[A-Z][\w'-]*"  # a NAME_WORD ending no sentence
_NAME_RUN = re.compile(rf"{_RUN_WORD}(?:[ ]+(?:{_RUN_WORD}|{'|'.join(sorted(PARTICLES))}))+")


@dataclass(frozen=True)
class Claimant:
    """A resolved claimant. ``kind``: person | body | office | polity | outlet | independent | pronoun | multi
    (several sides speak together: no one claimant) | unnamed ("officials said": a claim with no claimant;
    "sources close to the army": no claimant, the army's side)."""

    who: str | None
    side: str | None
    kind: str
    title_only: bool = False  # an office one person holds, named without the person ("the President")


class Resolver:
    """Resolves claimant phrases of one update (``known``: entries named unambiguously in it)."""

    def __init__(self, lexicon: ClaimLexicon, sides: SideBook, gazetteer: Gazetteer, known: set[Name]):
        self.lex = lexicon
        self.sides = sides
        self.gaz = gazetteer
        self.known = known
        self.introduced: dict[str, Claimant | None] = {}

    def introduce(self, text: str) -> None:
        """Learn the people ``text`` names in full, so that one of their names alone resolves to them: a
        person of the gazetteer by the given name ("Getachew" after "Getachew Reda"), any other by the given
        name or the surname ("Kiper" after "Governor Oleh Kiper"), with the side of the words that
        introduce them. A word that fits two people resolves to neither."""
        found: dict[str, Claimant | None] = {}

        def learn(word: str, claimant: Claimant) -> None:
            found[word] = claimant if found.get(word, claimant) == claimant else None

        for entry in sorted(self.known, key=lambda e: e.name):
            words = entry.name.split()
            if entry.kind == "person" and len(words) > 1 and words[0].lower() not in PARTICLES:
                learn(words[0], Claimant(entry.name, entry.side, "person"))
        for start, end in _name_runs(text):
            run = " ".join(w for w in text[start:end].split() if w.lower() not in self.lex.intro_words)
            name = self._person_name(run)
            if name is None or self._mentions(name):
                continue
            at = start + run.rfind(name)
            intro = _introduction(text, at, at + len(name), self.lex.office_words)
            claimant = Claimant(name, self._side_besides(intro), "person")
            words = name.split()
            for word in {words[0], words[-1], ARTICLE.sub("", words[-1])}:
                learn(word, claimant)
        self.introduced = found

    def resolve(self, phrase: str) -> Claimant | None:
        text, issued, anonymous = self._clean(phrase)
        if anonymous:
            return self._anonymous(text)
        if not text:
            return Claimant(None, None, "unnamed") if issued else None
        if text.lower() in self.lex.pronouns:
            return Claimant(None, None, "pronoun")
        tied = self._affiliated(text)
        if tied is not None:
            return tied
        head, whole, said = self._head(text)
        if not head:
            return None
        if head.split()[-1].lower() in self.lex.anonymous:  # "an RSF source, speaking on condition of anonymity"
            return self._anonymous(head.rsplit(None, 1)[0] if " " in head else "")
        if self._is_multi(head):
            return Claimant(None, None, "multi")
        found = (self._known_name(head, whole) or self._outlet(head) or self._partisan(head)
                 or self._office_or_name(head, whole, said)
                 or self._independent(head) or self._unknown_name(head, whole) or self._unnamed(head))
        if found is None and issued:
            return Claimant(None, None, "unnamed")  # "the ministry's statement said"
        return found

    def generic_force(self, claimant: Claimant) -> bool:
        """Whether ``claimant`` is an army named by no polity ("the military", "the army")."""
        if claimant.kind != "office" or claimant.side is not None or not claimant.who:
            return False
        words = re.sub(r"^(?:the|The)\s+", "", claimant.who)
        found = list(self.lex.offices.finditer(words))
        return len(found) == 1 and found[0].end - found[0].start == len(words) \
            and found[0].values[0].name == _MILITARY

    def force_in(self, context: str) -> Claimant | None:
        """The army ``context`` names, when it names exactly one side's: a body whose name is an army's ("the IDF",
        "Israel Defense Forces", an army of the gazetteer) or a polity's forces ("Israeli troops", "Russian
        forces"). None when it names none, or armies of two sides."""
        found: list[Claimant] = []
        for m in self._mentions(context):
            if m.entry is not None and m.entry.kind == "body" and m.side and self._army_name(m.entry.name):
                found.append(Claimant(m.entry.name, m.side, "body"))
        for p in self.sides.find(context):
            polity = p.values[0]
            if self._body_form(p.text, polity) and self._army_name(self._expanded(p.text, polity)):
                found.append(Claimant(p.text, polity.side, "body"))
                continue
            after = self.lex.offices.search(context, p.end, p.end + 40)  # "Israeli troops", "Russia's army"
            between = context[p.end:after.start] if after is not None else "-"
            for other in self.sides.find(between):  # "Russian and Ukrainian forces"
                between = between.replace(other.text, " ")
            if after is not None and not re.sub(r"\b(?:and|or)\b|'s|,", " ", between).strip() \
                    and after.values[0].name == _MILITARY:
                found.append(self.resolve(polity.adjective + " " + after.text)
                             or Claimant(polity.adjective + " military", polity.side, "office"))
        sides = {c.side for c in found if c.side and c.side != self.sides.narrative}
        if len(sides) != 1:
            return None
        return next(c for c in found if c.side in sides)

    def _army_name(self, name: str) -> bool:
        return any(m.values[0].name == _MILITARY or m.text.split()[-1] in ("Corps", "Guards")
                   for m in self.lex.offices.finditer(name)) or name.split()[-1] in ("Corps", "Guards")

    def _expanded(self, form: str, polity: Polity) -> str:
        """The polity's longer form an acronym stands for ("IDF" → "Israel Defense Forces"), else the form."""
        bare = re.sub(r"[.\s]", "", form)
        return next((f for f in polity.forms if len(f.split()) > 1 and _initials(f) == bare), form)

    def _anonymous(self, party: str) -> Claimant:
        """People who speak unnamed ("an RSF source", "Kremlin sources"): no claimant, the side of the party
        named with them."""
        found = self.resolve(party) if party else None
        return Claimant(None, found.side if found is not None and found.kind != "multi" else None, "unnamed")

    def _affiliated(self, text: str) -> Claimant | None:
        """"sources close to the army": no claimant, but the side of the party the sources are tied to."""
        for m in self.lex.affiliation.finditer(text):
            before = text[:m.start].lower().split()
            if before and before[-1] in self.lex.unnamed:
                party = self.resolve(text[m.end:])
                side = party.side if party is not None and party.kind != "multi" else None
                return Claimant(None, side, "unnamed")
        return None

    # --- the phrase's parts ----------------------------------------------------------------------------------

    def _clean(self, phrase: str) -> tuple[str, bool, bool]:
        """The phrase without quotes, parentheses, relative clause and statement nouns; whether a
        statement noun was cut ("the statement" names a claim, not who made it), and whether it names
        people who speak unnamed ("an RSF source")."""
        issued = anonymous = False
        text = _PARENS.sub("", phrase).strip().strip("\"'•*:;,. ").strip()
        text = re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", text) if text.startswith(("the ", "The ")) else text
        cut = _RELATIVE.sub("", text)
        if cut.strip():
            text = cut
        for _ in range(3):  # "a Kremlin announcement", "Moscow's information"
            tail = [m for m in self.lex.statement_nouns.finditer(text) if m.end == len(text)]
            if not tail or any(o.end == len(text) for o in find_outlets(text, self.lex)):  # "the Kyiv Post"
                break
            text = re.sub(r"(?:'s)?\s*$", "", text[:tail[0].start].rstrip()).rstrip()
            issued = True
            anonymous = anonymous or tail[0].text.lower() in self.lex.anonymous
        text = text.strip().strip("\"',.:;").strip()
        return ("" if text.lower() in _DETERMINERS else text), issued, anonymous

    def _head(self, text: str) -> tuple[str, str, str]:
        """The segment that names the speaker, the segments that describe it (joined), and a clause before them
        that says what is claimed."""
        segs = [s.strip() for s in _SEGMENT.split(text) if s.strip()]
        said = ""
        joined = [i for i, seg in enumerate(segs[:-1]) if i > 0 and re.match(r"(?:while|whereas)\s", seg)]
        if joined:
            # "X said ..., while the head of the Russian delegation, Vladimir Medinsky, said": a clause of its own,
            # its speaker described within it
            segs = [re.sub(r"^(?:while|whereas)\s+", "", segs[joined[-1]]), *segs[joined[-1] + 1:]]
        last = max((i for i, seg in enumerate(segs[:-1]) if _is_clause(seg)), default=-1)
        if last > 0:  # "Goris (AFP) - More than 50,000 people have fled, the Armenian government": from the clause on
            said, segs = ", ".join(segs[:last]), segs[last:]
        while len(segs) > 1 and (self._is_intro(segs[0]) or _is_clause(segs[0])):
            # "Russian shelling killed two people, regional governor X said": the claim, not who
            seg = segs.pop(0)
            said = said if self._is_intro(seg) else f"{said}, {seg}"
        while len(segs) > 1 and (self._is_aside(segs[-1]) or _is_participle(segs[-1])):
            segs.pop()  # "the ministry, in a statement,"; "X, speaking by phone with his counterpart Y,"
        if not segs:
            return "", "", said
        if re.match(r"(?:and|but|while|whereas)\s", segs[-1]):
            said = ""  # "Russian forces shelled Kharkiv, and the military said": a clause of its own
        segs[-1] = self._strip_openers(segs[-1])
        whole = ", ".join(segs)
        while len(segs) > 1 and _INDEFINITE.match(segs[-1]):
            segs.pop()  # "the Central Committee of Sudanese Doctors, a pro-democracy medical group,"
        if len(segs) > 1 and (self._name_like(segs[0]) or self._known_whole(segs[0])):
            return segs[0], whole, said
        return segs[-1], whole, said

    def _known_whole(self, seg: str) -> bool:
        """A body the gazetteer or a sides file names, and nothing else ("the Qassam Brigades" before ", the armed
        wing of Hamas,"): the speaker its apposition describes."""
        bare = re.sub(r"^(?:the|The)\s+", "", seg)
        if any(m.start == 0 and m.end == len(bare) for m in self.gaz.find(bare, ("person", "body"))):
            return True
        return any(p.start == 0 and p.end == len(bare) and self._body_form(p.text, p.values[0])
                   for p in self.sides.find(bare))

    def _is_intro(self, seg: str) -> bool:
        first = seg.split()[0]
        return first.lower() in self.lex.intro_words or first[:1].isdigit()

    def _is_aside(self, seg: str) -> bool:
        """An adverbial after the speaker ("in a statement", "on Sunday"), naming no one."""
        return self._is_intro(seg) and not self.sides.find(seg) and not self.gaz.find(seg, ("person", "body"))

    def _strip_openers(self, seg: str) -> str:
        words = seg.split()
        while len(words) > 1 and words[0].lower() in self.lex.intro_words and not self._name_like(" ".join(words)):
            words.pop(0)
        return " ".join(words)

    def _name_like(self, seg: str) -> bool:
        """A name, maybe after titles ("Lt. Col. Peter Lerner", not "Defense Minister")."""
        words = seg.split()
        named = [w for w in words if w not in self.lex.titles]
        return 0 < len(words) <= 5 and all(NAME_TOKEN.match(w) for w in words) \
            and bool(named) and named[0] == words[len(words) - len(named)] and not self.sides.find(seg)

    # --- readings, most specific first ----------------------------------------------------------------------

    def _mentions(self, text: str) -> list[Mention]:
        out = []
        for m in self.gaz.find(text, ("person", "body")):
            if self._other_person(text, m):
                continue
            if m.entry is None:
                known = tuple(e for e in m.entries if e in self.known)
                if len(known) == 1:
                    m = Mention(m.start, m.end, m.text, known)
            out.append(m)
        return out

    def _other_person(self, text: str, m: Mention) -> bool:
        """A known person's bare surname inside another name ("Lt Gen Abdel Aziz Ahmed", "Ahmed Sharif Chaudhry" are
        not Abiy Ahmed): a given name that is not the person's own stands before it, not a title ("President Ahmed"),
        or a name follows it."""
        if " " in m.text or not all(e.kind == "person" and " " in e.name for e in m.entries):
            return False
        after = re.match(rf"\s+({NAME_WORD})", text[m.end:m.end + 40])
        if after is not None and after.group(1).strip(".,") not in self.lex.not_names:
            return True  # "Lt Gen Ahmed Sharif Chaudhry": the surname is someone else's given name
        before = re.search(rf"({NAME_WORD})\s+$", text[max(0, m.start - 40):m.start])
        if before is None:
            return False
        word = before.group(1)
        own = {w for e in m.entries for w in e.name.split()[:-1]}
        return word not in own and word not in self.lex.titles and word + "." not in self.lex.titles \
            and word.lower() not in self.lex.office_words and not word.endswith("'s") and not self.sides.find(word)

    def _side_marks(self, text: str) -> list[tuple[int, int, str | None]]:
        """(start, end, side) of every polity and known name in ``text``, names winning overlaps."""
        marks = [(m.start, m.end, m.side) for m in self._mentions(text)]
        for o in find_outlets(text, self.lex):
            if not any(s < o.end and o.start < e for s, e, _ in marks):
                marks.append((o.start, o.end, self._outlet_side(text, o)))
        for p in self.sides.find(text):
            if not any(s <= p.start < e for s, e, _ in marks):
                marks.append((p.start, p.end, p.values[0].side))
        return sorted(marks)

    def _side_besides(self, text: str, skip: str | None = None) -> str | None:
        """The side of the first polity or known name in ``text`` that is not ``skip``."""
        for start, end, side in self._side_marks(text):
            if side and text[start:end] != skip:
                return side
        return None

    def _is_multi(self, head: str) -> bool:
        if not re.search(r"\band\b|&|\bas well as\b", head):
            return False
        return len({side for _, _, side in self._side_marks(head) if side}) > 1

    def _known_name(self, head: str, whole: str) -> Claimant | None:
        # a compound adjective is not the speaker ("Hamas-run", "Kremlin-backed")
        mentions = [m for m in self._mentions(head) if head[m.end:m.end + 1] != "-"]
        owners = [m for m in mentions if head[m.end:m.end + 2] == "'s"]  # "Pashinyan's office", "the BBC's"
        people = [m for m in mentions if m.entries[0].kind == "person"]
        bodies = [m for m in mentions if m.entries[0].kind == "body"]
        chosen = next((m for m in people + bodies if m not in owners), None)
        if chosen is None and owners and self._person_name(head):
            return None  # "the BBC's Orla Guerin": the named person speaks, the owner describes them
        chosen = chosen or (people or bodies or [None])[0]
        if chosen is None:
            return None
        entry = chosen.entry
        who = entry.name if entry else chosen.text
        side = (entry.side if entry else chosen.side) or self._side_besides(whole, chosen.text)
        if chosen.entries[0].kind == "body" and (member := self._member(head, chosen)):
            return Claimant(member, side, "person")
        if chosen.entries[0].kind == "body" and self._sub_body(head[chosen.end:]):
            # "the UN Human Rights Monitoring Mission in Ukraine": a body of its own within the known one
            return Claimant(re.sub(r"^(?:the|The)\s+", "", head), side, "body")
        return Claimant(who, side, chosen.entries[0].kind)

    def _sub_body(self, rest: str) -> bool:
        """Whether ``rest``, after a known body's name, names a body of its own ("Human Rights Monitoring
        Mission in Ukraine"): two or more capitalised words ending in a body noun, maybe with where it works."""
        words = re.sub(r"\s+in\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*$", "", rest).split()
        return len(words) >= 2 and all(NAME_TOKEN.match(w) or w in _ORG_CONNECTIVES for w in words) \
            and any(w in self.lex.body_nouns for w in words) and words[0] not in _ORG_CONNECTIVES \
            and words[-1] not in _ORG_CONNECTIVES

    def _outlet(self, head: str) -> Claimant | None:
        """A news medium that ends the head ("Myanmar Now", "the Sudanese newspaper Al-Sudani")."""
        found = [o for o in find_outlets(head, self.lex) if o.end == len(head)]
        if not found:
            return None
        return Claimant(found[-1].name, self._outlet_side(head, found[-1]), "outlet")

    def _outlet_side(self, text: str, outlet: Outlet) -> str | None:
        """A state's outlet speaks for the state it names, one named with a party of the gazetteer for that
        party ("Hamas's Al-Aqsa TV"), any other for no party: the narrative side."""
        owners = [m.side for m in self._mentions(text) if m.end <= outlet.start and m.side]
        if owners:
            return owners[-1]
        if outlet.state:
            polities = self.sides.find(text)
            return polities[0].values[0].side if polities else None
        return self.sides.narrative

    def _member(self, head: str, body: Mention) -> str | None:
        """A person the gazetteer does not know, named with a title after a known body: "RSF adviser
        Mustafa Ibrahim", "Hamas official Osama Hamdan" (the person speaks, for the body's side)."""
        name = self._person_name(head)
        at = head.rfind(name) if name else -1
        if name is None or at < body.end:
            return None
        between = head[body.end:at]
        titled = self.lex.offices.search(head, body.end, at) is not None or (
            "," not in between and bool(between.split())
            and all(w in self.lex.titles or w in _ORG_CONNECTIVES for w in between.split()))
        return name if titled and not self._mentions(name) else None

    def _office_or_name(self, head: str, whole: str, said: str = "") -> Claimant | None:
        bare = re.sub(r"^(?:the|The)\s+", "", head)
        if bare[:1].isupper() and " " in bare and any(
                m.end == len(bare) and m.start > 0 and " " in m.text and bare[m.start:m.end].istitle()
                for m in self.lex.independent.finditer(bare.lower())):
            # "the Wad Madani Resistance Committee": a civic group named by its place, not the place's state
            return Claimant(bare, self.sides.narrative, "body")
        org = self._organisation(head)
        if org:
            return Claimant(org, self._side_besides(whole, org), "body")
        proper = self._proper_body(head)
        if proper:  # a polity in its name is not its side: "the Central Committee of Sudanese Doctors"
            org, owner = proper
            rest = whole.replace(org, " ", 1)
            return Claimant(org, owner or self._described_side(rest) or self._plain_side(org), "body")
        owned = self._owned_body(head) or self._described_body(head)
        if owned is not None:
            return owned
        name = self._person_name(head)
        offices = [m for m in self.lex.offices.finditer(head) if m.end <= head.rfind(name)] if name else []
        if offices and re.match(r"\s+in\s", head[offices[-1].end:]):
            name = None  # "the authorities in the occupied city of Nova Kakhovka": a place, not who speaks
        if name:
            return Claimant(name, self._side_besides(head, name) or self._described_side(whole.replace(head, " ", 1))
                            or self._side_besides(whole, name), "person")
        office = self._office(head)
        own = self.sides.find(head)
        # an office named without its polity takes the one of the claim it reports ("Armenian Foreign Minister X
        # arrived in Geneva, the Foreign Ministry said"); a person does not ("..., regional governor X said")
        polities = own or self.sides.find(whole) or self.sides.find(said)
        body = self._polity_body(head, own) or self._named_body(head, own)
        if body is not None:
            return body
        if own and self._only_polities(head, own):
            p = own[0].values[0]  # "the Rapid Support Forces": a polity named in full, not its office
            return Claimant(p.government, p.side, "polity")
        if office is None:
            return None
        if not polities:
            if office.name == "government":
                return Claimant(None, None, "unnamed")  # "officials said"
            return Claimant(re.sub(r"^(?:the|The)\s+", "", head), None, "office", office.person)
        p: Polity = polities[0].values[0]
        who = office.template.format(adjective=p.adjective, name=p.name, government=p.government)
        installed = own[0].text if own and _INSTALLED.search(own[0].text) else None
        if installed and office.name == _GOVERNMENT and (form := self._office_form(head)):
            # "Russian-installed officials", "the Hamas-run authorities": not the state's government
            return Claimant(f"{installed} {form}", p.side, "office")
        entry = self.gaz.get(who)
        if entry is not None:
            return Claimant(entry.name, entry.side or p.side, entry.kind)
        return Claimant(who, p.side, "office", office.person)

    def _owned_body(self, head: str) -> Claimant | None:
        """A body a polity's possessive names by its proper name ("the Ethiopian federal government's State of
        Emergency Task Force", "Kenya's National Disaster Operations Centre"): the name with the polity's
        adjective, for its side."""
        bare = re.sub(r"^(?:the|The)\s+", "", head)
        owner = next((p for p in self.sides.find(bare) if p.start == 0), None)
        owns = re.match(_OWNER_TAIL, bare[owner.end:]) if owner else None
        if owner is None or owns is None:
            return None
        words = bare[owner.end + owns.end():].split()
        if not 2 <= len(words) <= 8 or not all(NAME_TOKEN.match(w) or w in _ORG_CONNECTIVES for w in words) \
                or words[-1] not in self.lex.body_nouns or self.sides.find(" ".join(words)) \
                or self.lex.offices.search(" ".join(words)) is not None:
            return None  # an office's name ("Ukraine's General Staff") is the office's template
        polity = owner.values[0]
        return Claimant(f"{polity.adjective} {' '.join(words)}", polity.side, "body")

    def _partisan(self, head: str) -> Claimant | None:
        """Writers for a party's cause named with its adjective ("Russian milbloggers"): the group, for its side."""
        bare = re.sub(r"^(?:the|The|some|several|many|prominent)\s+", "", head)
        owner = next((p for p in self.sides.find(bare) if p.start in (0, 4) and bare[:p.start] in ("", "pro-")), None)
        if owner is None:
            return None
        rest = bare[owner.end:].strip().lower()
        if rest not in self.lex.partisans:
            return None
        return Claimant(bare, owner.values[0].side, "independent")

    def _described_body(self, head: str) -> Claimant | None:
        """A name after a noun that describes it ("Ukraine's state energy company Ukrenergo", "the national grid
        operator Eskom"): the name, for the side of a polity that opens the description."""
        m = re.match(rf"(?P<desc>.*?\b(?P<noun>[a-z]+))\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})$", head)
        if m is None or m.group("noun") not in self.lex.descriptor_nouns or self.sides.find(m.group("name")):
            return None
        desc = re.sub(r"^(?:the|The|a|an)\s+", "", m.group("desc"))
        owner = next((p for p in self.sides.find(desc) if p.start == 0), None)
        return Claimant(m.group("name"), owner.values[0].side if owner else self._described_side(desc), "body")

    def _polity_body(self, head: str, own: list[Match[Polity]]) -> Claimant | None:
        """A body a sides file lists among a polity's forms, named as the head ("the IDF", "Iran's Islamic
        Revolutionary Guard Corps"): the body as written, for the polity's side (not its government)."""
        if not own or not self._body_form(own[-1].text, own[-1].values[0]):
            return None
        after = head[own[-1].end:]
        if after.strip() and not re.fullmatch(r"(?:'s)?(?:\s+[a-z][\w-]*){1,3}", after):
            return None  # "an IDF spokesman", "the IRGC's aerospace force": the body speaks through them
        before = head[:own[-1].start]
        for p in own[:-1]:
            before = before.replace(p.text, " ")
        if [w for w in re.sub(r"'s\b", " ", before).split() if w.lower() not in _ARTICLES]:
            return None
        return Claimant(own[-1].text, own[-1].values[0].side, "body")

    def _body_form(self, form: str, polity: Polity) -> bool:
        """A form that names a body of the polity rather than the polity, its people or a place: an acronym
        that is not the initials of the polity's name ("IDF", "IRGC"; not "US", "UAE"), or a proper name
        ending in a body noun ("Israel Defense Forces", "Qassam Brigades")."""
        low = form.lower()
        if low in {polity.name.lower(), polity.adjective.lower(), polity.government.lower()} \
                or self.gaz.find(form, ("place",)):
            return False
        if _ACRONYM.match(form):
            bare = re.sub(r"[.\s]", "", form)
            names = [polity.name, polity.government] + [f for f in polity.forms if len(re.split(r"[\s-]+", f)) > 1
                                                         and f.split()[-1] not in self.lex.body_nouns]
            return bare not in {_initials(f) for f in names}
        words = form.split()
        return len(words) >= 2 and all(NAME_TOKEN.match(w) or w in _ORG_CONNECTIVES for w in words) \
            and words[-1] in self.lex.body_nouns

    def _named_body(self, head: str, own: list[Match[Polity]]) -> Claimant | None:
        """A body of a polity named by its proper name ("the US European Command", "the UN Human Rights
        Monitoring Mission in Ukraine"): a polity and an office noun with a name of their own between or
        around them, all capitalised. The name as written, a possessive polity as its adjective."""
        words = head.split()
        if words and words[0].lower() in _ARTICLES:
            words = words[1:]
        if not own or len(words) < 3 or not all(NAME_TOKEN.match(w) or w in _ORG_CONNECTIVES or w == "in"
                                                 for w in words) or words[-1] in _ORG_CONNECTIVES:
            return None
        text = " ".join(words)
        offices = list(self.lex.offices.finditer(text))
        if not offices or not any(w in self.lex.body_nouns for w in text[offices[-1].start:offices[-1].end].split()):
            return None
        covered = [(m.start, m.end) for m in offices] + [(p.start, p.end) for p in self.sides.find(text)[:1]]
        own_words = [m for m in re.finditer(r"\S+", text) if not any(s <= m.start() < e for s, e in covered)
                     and m.group() not in _ORG_CONNECTIVES and m.group() != "in"
                     and m.group().strip("'s") not in self.lex.titles]
        if not own_words:
            return None
        first = self.sides.find(text)[0]
        if first.start == 0 and text[first.end:first.end + 2] == "'s":
            text = first.values[0].adjective + text[first.end + 2:]
        return Claimant(text, first.values[0].side, "body")

    def _office_form(self, head: str) -> str | None:
        found = list(self.lex.offices.finditer(head))
        return found[-1].text if found else None

    def _office(self, head: str) -> Office | None:
        """The office the head names; it must be the head's noun, near its end ("the Defense Ministry's
        press service", not "heavy military equipment in the country")."""
        matches = list(self.lex.offices.finditer(head))
        if not matches:
            return None
        tail = head[matches[-1].end:]
        if len(tail.split()) > 2 and not (re.match(r"\s+(?:in|of|for)\s", tail) and len(tail.split()) <= 8 and (
                self.sides.find(tail) or self.gaz.find(tail, ("place",)) or re.search(r"\s[A-Z]", tail))):
            return None  # "the health ministry in Hamas-run Gaza" names the ministry; "military equipment in" not
        found = [m.values[0] for m in matches]
        major = [o for o in found if not o.minor]
        return (major or found or [None])[0]

    def _only_polities(self, head: str, polities: list[Match[Polity]]) -> bool:
        rest = head
        for p in reversed(polities):
            rest = rest[:p.start] + " " + rest[p.end:]
        words = [w for w in re.sub(r"'s\b", " ", rest).split() if w.lower() not in _ARTICLES]
        return not words

    def _organisation(self, head: str) -> str | None:
        """A proper name ending in an office word, with no polity in it, that is not only office words and
        titles: "the Kachin Independence Army" (not "the Defense Ministry", not "Azerbaijani Army")."""
        words = head.split()
        if words and words[0].lower() in _ARTICLES:
            words = words[1:]
        if not 2 <= len(words) <= 6 or not words[-1][:1].isupper() or words[-1].lower() not in self.lex.office_words \
                or self.sides.find(head):
            return None
        if not all(NAME_TOKEN.match(w) or w in _ORG_CONNECTIVES for w in words):
            return None
        if all(w.lower() in self.lex.office_words or w in self.lex.titles or w in _ORG_CONNECTIVES for w in words):
            return None
        return " ".join(words)

    def _proper_body(self, head: str) -> tuple[str, str | None] | None:
        """The proper name of a body with a body noun and what it is of or for, not opening with a polity ("the
        Central Committee of Sudanese Doctors", "the National Council for Refugees"), or opening with a country's
        name ("the Sudan Doctors Network"; "Russia's Black Sea Fleet", the Russian one); and the side of a
        polity that owns it."""
        words = head.split()
        if words and words[0].lower() in _ARTICLES:
            words = words[1:]
        if not 3 <= len(words) <= 8 or not all(NAME_TOKEN.match(w) or w in _ORG_CONNECTIVES for w in words) \
                or words[-1] in _ORG_CONNECTIVES:
            return None
        first = next((p for p in self.sides.find(head) if p.start == head.find(words[0])), None)
        if first is not None:
            # "the Sudan Doctors Network": a country's name opening a name of titles' and offices' words
            rest = " ".join(words).split(None, len(first.text.split()))[-1].split()
            plain = all(w.lower() not in self.lex.office_words and w not in self.lex.titles for w in rest)
            named = first.text == first.values[0].name and len(rest) >= 2
            if not plain or not named or self.sides.find(" ".join(rest)):
                return None
            if head[first.end:first.end + 2] == "'s":
                return first.values[0].adjective + " " + " ".join(rest), first.values[0].side
            return " ".join(words), None
        if not any(w in self.lex.body_nouns and words[i + 1] in ("of", "for") for i, w in enumerate(words[:-1])):
            return None
        name = " ".join(words)
        owner = [p for p in self.sides.find(name) if p.end == len(name) and p.text == p.values[0].name
                 and re.search(r"\bof\s+(?:the\s+)?$", name[:p.start])]
        return name, owner[0].values[0].side if owner else None  # "the Army of Ukraine" is Ukraine's

    def _described_side(self, described: str) -> str | None:
        """The side of a description in apposition: an independent one's ("a Sudanese medical group", "an Armenian
        journalist"), else that of the polity or known name in it ("a senior RSF commander")."""
        return self._plain_side(described) or self._side_besides(described)

    def _plain_side(self, described: str) -> str | None:
        """The narrative side for someone described as a resident, a witness, a doctor, a rights group: the noun a
        description is about ("a 43-year-old resident of Jermuk"), not one after its preposition ("the head of the UN
        agency for Palestinian refugees")."""
        for seg in _SEGMENT.split(described):
            noun = re.split(r"\s(?:of|for|in|at|from|with|to|on|near)\s", " " + seg.strip() + " ")[0].rstrip()
            if any(m.end == len(noun) for m in self.lex.independent.finditer(noun)):
                return self.sides.narrative
        return None

    def _person_name(self, head: str) -> str | None:
        """The last run of two or more capitalised words that are not titles, offices or polities
        (particles inside a run belong to it: "Mohammed bin Abdulrahman Al Thani")."""
        polity_spans = [(p.start, p.end) for p in self.sides.find(head)]
        place_spans = [(m.start, m.end) for m in self.gaz.find(head, ("place",))]
        runs: list[list[str]] = [[]]
        previous, after_for = "", False
        for m in re.finditer(r"\S+", head):
            word = m.group().strip("\"'(),.;:")
            if word.endswith("'s"):  # an owner ("the BBC's Orla Guerin"), not part of the name
                runs.append([])
                continue
            inside = any(s <= m.start() < e for s, e in polity_spans + place_spans)
            if (NAME_TOKEN.match(word) and "/" not in word and word not in self.lex.titles
                    and word + "." not in self.lex.titles and not inside
                    and word.lower() not in self.lex.office_words and word.lower() not in _ARTICLES
                    and not any(c.isdigit() for c in word)) or (runs[-1] and word in PARTICLES):
                runs[-1].append(word)
            else:
                runs.append([])
                after_for = word == "for" and previous in self.lex.titles
            previous = word
            if len(runs[-1]) == 1 and after_for:  # "High Commissioner for Refugees Filippo Grandi"
                runs[-1].insert(0, "")
        for run in runs:
            while run and run[-1] in PARTICLES:
                run.pop()
            if len(run) >= 4 and run[0] == "":
                del run[:2]
            elif run and run[0] == "":
                del run[0]
        names = [r for r in runs if len(r) >= 2]
        return " ".join(names[-1]) if names else None

    def _independent(self, head: str) -> Claimant | None:
        m = self.lex.independent.search(head)
        if m is None or self.sides.narrative is None:
            return None
        follows = head[m.end:].split()
        if follows and follows[0].strip(",") not in _AFTER_GROUP:
            return None  # "the UN refugee agency", "the resident coordinator": a word of another noun
        word = m.text.lower() if not m.text.isupper() else m.text
        if len(head.split()) > len(word.split()) + 1 or not head.lower().rstrip("s").endswith(word.rstrip("s")):
            # one of a group, described ("a 43-year-old resident of Jermuk"): the group
            word = next((p for p in (word + "s", word + "es") if p in self.lex.independent_words), word)
        return Claimant(word, self.sides.narrative, "independent")

    def _unnamed(self, head: str) -> Claimant | None:
        words = head.lower().split()
        return Claimant(None, None, "unnamed") if words and words[-1] in self.lex.unnamed else None

    def _unknown_name(self, head: str, whole: str) -> Claimant | None:
        """A name the gazetteer does not know ("Anahit Avanesyan", a bare "Smith"): the claimant, with
        the side of its descriptors if any."""
        words = head.split()
        if len(words) == 1 and self.introduced.get(head) is not None:
            return self.introduced[head]
        if 0 < len(words) <= 4 and all(NAME_TOKEN.match(w) for w in words) \
                and words[0].lower() not in _FUNCTION_WORDS and words[0].lower() not in self.lex.intro_words \
                and head not in self.lex.not_names:
            described = whole.replace(head, " ", 1)
            side = self._side_besides(whole, head)
            plain = self._independent(described) if side is None else None
            if plain is not None and len(words) == 1:
                return plain  # "Ani, a 43-year-old resident of Jermuk, told ...": a resident, by first name only
            return Claimant(head, side or self._plain_side(described), "person")
        return None


def _is_clause(seg: str) -> bool:
    """A segment that says something rather than naming someone: it has a finite verb ("Russian shelling killed two
    people in Kharkiv", "Two people were wounded"), not one used as an adjective ("the newly appointed head")."""
    words = seg.split()
    for i, w in enumerate(words[1:-1], 1):
        before = words[i - 1].lower()
        if w.islower() and "-" not in w and (w in _FINITE or past_shaped(w)) and before not in _PREPOSITIONS \
                and before not in _DETERMINERS and not before.endswith("ly") and not before.endswith("'s"):
            return True
    return False


def _is_participle(seg: str) -> bool:
    """A participle clause after the speaker's name ("speaking by phone with ...", "known as Hemedti")."""
    first = seg.split()[0]
    return first.islower() and (first.endswith("ing") or first in {"known", "quoted", "cited", "seen", "pictured"})


def _initials(name: str) -> str:
    """"United Arab Emirates" → "UAE", "DR Congo" → "DRC" (an acronym in a name counts letter by letter)."""
    return "".join(w if w.isupper() else w[0] for w in re.split(r"[\s-]+", name.replace(".", ""))
                   if w[:1].isupper())


def _name_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of two or more capitalised words, within one clause."""
    return [(m.start(), m.end()) for m in _NAME_RUN.finditer(text)]


def _introduction(text: str, start: int, end: int, office_words: frozenset[str]) -> str:
    """The words that introduce the name at ``text[start:end]``: the title and descriptors right before it
    ("Ukrainian Governor", "Zelensky's chief of staff"), the noun phrase it stands in apposition to ("Ukraine's
    top commander, Oleksandr Syrskyi,") and one after it ("Oleh Kiper, the governor of Odesa")."""
    before = text[:start]
    clause = re.split(r"[.;:!?]\s|\bthat\b", before)[-1]
    if re.search(r",\s*$", clause) and re.match(r"\s*,", text[end:]):
        head = clause.rstrip().rstrip(",")
        words = head.split(",")[-1]
    else:
        kept: list[str] = []
        modifiers = 0  # lower-case words before an office word: "Hamas political chief", "top commander"
        for word in reversed(clause.split(",")[-1].split()):
            if word[:1].isupper() or word.lower() in {"of", "the", "for"} or word.endswith("'s") \
                    or word.lower() in office_words:
                modifiers = 0
            elif kept and (kept[0].lower() in office_words or modifiers) and modifiers < 2:
                modifiers += 1
            else:
                break
            kept.insert(0, word)
        words = " ".join(kept)
    after = re.match(r",\s*((?:the|a|an)\s[^,.;]{2,80})", text[end:])
    return words + (", " + after.group(1) if after else "")
