"""Naming a person from the speaker's phrase: the last run of capitalised words that are no titles, offices or
polities ("Lt. Col. Peter Lerner"), a member a known body names with a title ("Hamas official Osama Hamdan"), a
name the gazetteer does not know ("Anahit Avanesyan"), one word of a name the update introduced in full before
("Kiper" after "Governor Oleh Kiper"), and the independent people who speak for no party (residents, witnesses,
rights groups)."""

from __future__ import annotations

import re

from chronik.extract.claimant import Claimant
from chronik.extract.gazetteer import ARTICLE, PARTICLES, Mention
from chronik.extract.mentions import SideReader
from chronik.extract.words import (
    ARTICLE_WORDS,
    AUXILIARIES,
    CAPITAL,
    COUNT_WORDS,
    DETERMINERS,
    JOINED,
    NAME_TOKEN,
    ORG_CONNECTIVES,
    without_the,
)

_AFTER_GROUP = {"of", "in", "from", "at", "near", "on", "who", "with", "for", "to", "across", "inside", "around",
                "and", "living", "there", "here", ""}
NAMED_GROUP_WORDS = 4  # the most words of a group's name after its kind ("rights group Zamzam Camp Watch")
_BODY_INITIALS = re.compile(r"[A-Z]{3,6}")  # "BCCI", "UNHCR": a body's initials (not "US", not "Mr")
_POSSESSIVES = frozenset({"its", "his", "her", "their", "our", "my", "your"})
# a headline's verb set in title case, which no name holds ("President al-Assad Receives Jalili", "Lavrov Meets Kerry")
_HEADLINE_VERBS = frozenset({"says", "meets", "receives", "visits", "urges", "warns", "condemns", "welcomes", "rejects",
                             "denies", "vows", "accuses", "slams", "hails", "orders", "signs", "appoints", "sacks",
                             "calls", "demands", "threatens", "pledges", "announces", "confirms", "claims"})
_FUNCTION_WORDS = DETERMINERS | {"we", "i", "you", "our", "my", "your", "it", "they", "he", "she", "there", "here",
                                 "what", "who", "which", "when", "where", "why", "how", "if", "no", "not", "all"}
_RUN_WORD = rf"{JOINED}[{CAPITAL}][\w'-]*"  # a NAME_WORD ending no sentence
# calendar words that may follow an office in a phrase ("the defence minister Monday")
_CALENDAR = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                       "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December", "Today", "Tonight", "Yesterday"})
_NAME_RUN = re.compile(rf"{_RUN_WORD}(?:[ ]+(?:{_RUN_WORD}|{'|'.join(sorted(PARTICLES))}))+")

_NEXT_INITIAL = re.compile(r"\s+[A-Z]\.?\s+[A-Z]")  # another initial and a word of the name after it


def _name_follows(rest: str) -> bool:
    """Whether ``rest`` opens with a capitalised name word."""
    words = rest.split()
    return bool(words) and NAME_TOKEN.match(words[0].strip("\"'(),.;:")) is not None


_PLACE_PREPOSITIONS = frozenset({"in", "from", "at"})  # before a place that a speaker's name may follow
# the kinds of vessel a ship's name follows ("the command ship Mount McKinley", "the carrier Harry S. Truman")
_VESSELS = frozenset({"ship", "carrier", "vessel", "frigate", "destroyer", "cruiser", "submarine", "warship",
                      "flagship", "tanker", "freighter", "corvette", "boat"})
# a descriptor in lower case before a name ("Nobel peace laureate Jose Ramos-Horta", "rebel leader X"), not a word of
# place or relation ("in Nagorno Karabakh", "of the ...")
_DESCRIPTOR = re.compile(r"(?!(?:from|near|with|into|over|under|after|before|against|across|between|toward|towards)$)"
                         r"[a-z][a-z-]{3,}")


def headline_subject(phrase: str) -> str:
    """The words a title-case headline opens with before its verb ("President al-Assad" of "President al-Assad
    Receives Jalili"): who acts; the whole phrase when it holds no such verb."""
    words = phrase.split()
    at = next((i for i, w in enumerate(words) if i > 0 and w[:1].isupper() and w.lower() in _HEADLINE_VERBS), None)
    return " ".join(words[:at]) if at is not None else phrase


class PersonNamer:
    """Names the people of one update's claimant phrases (``marks``: its mentions and their sides)."""

    def __init__(self, marks: SideReader):
        self.lex, self.sides, self.gaz = marks.lex, marks.sides, marks.gaz
        self.marks = marks
        self.introduced: dict[str, Claimant | None] = {}

    def introduce(self, text: str) -> None:
        """Learn the people ``text`` names in full, so that one of their names alone resolves to them: a
        person of the gazetteer by the given name ("Getachew" after "Getachew Reda"), any other by the given
        name or the surname ("Kiper" after "Governor Oleh Kiper"), with the side of the words that
        introduce them. A word that fits two people resolves to neither."""
        found: dict[str, Claimant | None] = {}

        def learn(word: str, claimant: Claimant) -> None:
            found[word] = claimant if found.get(word, claimant) == claimant else None

        for entry in sorted(self.marks.known, key=lambda e: e.name):
            words = entry.name.split()
            if entry.kind == "person" and len(words) > 1 and words[0].lower() not in PARTICLES:
                learn(words[0], Claimant(entry.name, entry.side, "person"))
        for start, end in _name_runs(text):
            run = " ".join(w for w in text[start:end].split() if w.lower() not in self.lex.intro_words)
            name = self.person_name(run)
            if name is None or self.marks.mentions(name):
                continue
            at = start + run.rfind(name)
            intro = _introduction(text, at, at + len(name), self.lex.office_words)
            claimant = Claimant(name, self.marks.side_besides(intro), "person")
            words = name.split()
            for word in {words[0], words[-1], ARTICLE.sub("", words[-1])}:
                learn(word, claimant)
        self.introduced = found

    def person_name(self, head: str) -> str | None:
        """The last run of two or more capitalised words that are not titles, offices or polities
        (particles inside a run belong to it: "Mohammed bin Abdulrahman Al Thani")."""
        polity_spans = [(p.start, p.end, p.text in (p.values[0].name, p.values[0].adjective))
                        for p in self.sides.find(head) if not self._held_name(head, p.start, p.text)]
        place_spans = [(m.start, m.end) for m in self.gaz.find(head, ("place",))]
        runs: list[list[str]] = [[]]
        placed: set[int] = set()  # the runs that open right after "in", "from" or "at": a place before the name
        bodies: set[int] = set()  # the runs a body's noun closes ("OAU Consultative Committee"): a body's name
        previous, after_for = "", False
        for m in re.finditer(r"\S+", head):
            word = m.group().strip("\"'(),.;:")
            if len(word) == 1 and m.group().rstrip("\"'),;:").endswith("."):
                word += "."  # an initial keeps its full stop: "Oleg A. Troyanovsky"
            elif re.fullmatch(r"(?:[A-Z]\.){2,3}", m.group().rstrip("\"'),;:")):
                word = m.group().rstrip("\"'),;:")  # initials run together: "Karim A.A. Khan"
            elif word in _POST_NOMINALS and runs[-1]:
                runs.append([])  # letters after a name: "Karim A.A. Khan KC", "Jane Roe MP"
                continue
            if word.endswith("'s"):  # an owner ("the BBC's Orla Guerin"), not part of the name
                runs.append([])
                continue
            # a polity's form other than its name or adjective that ends a name is its holder's surname ("Filipe
            # Nyusi" where "Nyusi" names Mozambique; not "Two Ukrainian officials")
            inside = any(s <= m.start() < e and (own or not runs[-1] or s != m.start()) for s, e, own in polity_spans) \
                or any(s <= m.start() < e for s, e in place_spans)
            if (NAME_TOKEN.match(word) and "/" not in word and word not in self.lex.titles
                    and word + "." not in self.lex.titles and not inside
                    and word.lower() not in self.lex.office_words
                    and (word.lower() not in ARTICLE_WORDS or _initial(word, head[m.end():]))
                    and word.lower() not in _POSSESSIVES  # "Its Athens-based manager": no name opens so
                    and word.lower() not in _HEADLINE_VERBS
                    and not any(c.isdigit() for c in word) and word != "I"  # (the pronoun: "As I said, ...")
                    and not (runs[-1] and word.lower() in AUXILIARIES and head[m.end():].strip())) \
                    or (runs[-1] and word in PARTICLES) \
                    or (runs[-1] and word in self.lex.inner_honorifics and _name_follows(head[m.end():])):
                if not runs[-1] and previous.lower() in _PLACE_PREPOSITIONS:
                    placed.add(len(runs) - 1)
                if not runs[-1] and previous.lower() in _VESSELS:
                    bodies.add(len(runs) - 1)  # "aboard the command ship Mount McKinley": a ship's name
                runs[-1].append(word)
            else:
                # a body's noun closing capitalised words ("the OAU Consultative Committee on Nigeria", "the Joint
                # Relief Commission"): the words before it name no person
                if runs[-1] and word in self.lex.body_nouns:
                    bodies.add(len(runs) - 1)
                runs.append([])
                after_for = word == "for" and previous in self.lex.titles
            previous = word
            if len(runs[-1]) == 1 and after_for:  # "High Commissioner for Refugees Filippo Grandi"
                runs[-1].insert(0, "")
        for k, run in enumerate(runs):
            if k in placed and len(run) == 3:
                del run[0]  # "UN spokesman in Sarajevo Alexander Ivanko": where the person speaks, then their first
                # and last name (a longer run is a place's name: "at Woldia Comprehensive Specialized Hospital")
            while run and run[-1] in PARTICLES:
                run.pop()
            if len(run) >= 4 and run[0] == "":
                del run[:2]
            elif run and run[0] == "":
                del run[0]
        names = [r for k, r in enumerate(runs) if len(r) >= 2 and r[0] not in self.lex.not_name_heads  # ("Operation
                 and k not in bodies]  # Sindoor")
        return " ".join(names[-1]) if names else None

    def surname(self, head: str) -> str | None:
        """One capitalised word that ends the phrase right after a person's office ("military spokesman Saree",
        "Foreign Minister Lavrov", "Iran's Foreign Ministry spokesman Kanaani"): the holder's surname, as a
        headline names a person known to its readers. Not a title, an office, a polity, a place or a day."""
        offices = [m for m in self.lex.offices.finditer(head) if m.values[0].person]
        rest = head[offices[-1].end:] if offices else ""
        word = rest.strip()
        if not rest[:1].isspace() or not NAME_TOKEN.match(word) or " " in word or word in self.lex.titles \
                or word.lower() in self.lex.office_words or self._polity_word(word) \
                or self.gaz.find(word, ("place",)) or word in _CALENDAR:
            return None
        return word

    def _polity_word(self, word: str) -> bool:
        """Whether ``word`` names a polity (its name, its adjective, a form of several polities or of part of the
        word), not a holder of its offices: a surname a sides file lists among one polity's forms ("Carlucci" for the
        United States) names its holder after the office ("Secretary Carlucci")."""
        found = self.sides.find(word)
        if not found:
            return False
        m = found[0]
        polity = m.values[0]
        return len(found) > 1 or (m.start, m.end) != (0, len(word)) or word.lower() in (
            polity.name.lower(), polity.adjective.lower())

    def _held_name(self, head: str, start: int, form: str) -> bool:
        """Whether a polity's form of two or more words right after a title or an office is the full name of its
        holder: "Prime Minister Najib Mikati", "spokesman Avichay Adraee" where a sides file lists the leader's or
        spokesman's name among the polity's forms (not "the Israeli army", "Supreme Leader of Iran")."""
        words = form.split()
        before = head[:start].split()
        return len(words) >= 2 and all(NAME_TOKEN.match(w) for w in words) \
            and not any(w in self.lex.titles or w.lower() in self.lex.office_words for w in words) \
            and bool(before) and (before[-1] in self.lex.titles or before[-1].lower() in self.lex.office_words
                                  or _DESCRIPTOR.fullmatch(before[-1]) is not None)

    def member(self, head: str, body: Mention) -> str | None:
        """A person the gazetteer does not know, named with a title after a known body: "RSF adviser
        Mustafa Ibrahim", "Hamas official Osama Hamdan" (the person speaks, for the body's side)."""
        name = self.person_name(head)
        at = head.rfind(name) if name else -1
        if name is None or at < body.end:
            return None
        between = head[body.end:at]
        titled = self.lex.offices.search(head, body.end, at) is not None or (
            "," not in between and bool(between.split())
            and all(w in self.lex.titles or w in ORG_CONNECTIVES for w in between.split()))
        return name if titled and not self.marks.mentions(name) else None

    def unknown_name(self, head: str, whole: str) -> Claimant | None:
        """A name the gazetteer does not know ("Anahit Avanesyan", a bare "Smith"): the claimant, with
        the side of its descriptors if any."""
        words = head.split()
        if len(words) == 1 and self.introduced.get(head) is not None:
            return self.introduced[head]
        if len(words) == 2 and words[0].lower() == "the" and _BODY_INITIALS.fullmatch(words[1]) \
                and words[1] not in self.lex.not_names:
            # "..., the BCCI said": a body no file knows, by its initials (a person is no "the")
            return Claimant(words[1], self.marks.side_besides(whole, words[1]), "body")
        if 0 < len(words) <= 4 and all(NAME_TOKEN.match(w) for w in words) \
                and words[0].lower() not in _FUNCTION_WORDS and words[0].lower() not in self.lex.intro_words \
                and head not in self.lex.not_names and words[0] not in self.lex.not_name_heads \
                and not any(w.lower() in AUXILIARIES for w in words[1:-1]):
            described = whole.replace(head, " ", 1)
            # (described as of no party, a polity in the description says where they are from: "OVD-Info, an
            # independent Russian rights group")
            plain_side = self.marks.plain_side(described)
            side = None if plain_side else self.marks.side_besides(whole, head)
            plain = self.independent(described) if side is None else None
            if plain is not None and len(words) == 1 and sum(c.isupper() for c in head) < 2:
                return plain  # "Ani, a 43-year-old resident of Jermuk, told ...": a resident, by first name only (a
                # group's own name keeps its capitals: "OVD-Info, an independent rights group")
            return Claimant(head, side or plain_side, "person")
        return None

    def independent(self, head: str) -> Claimant | None:
        """Someone who speaks for no party ("a resident", "witnesses"): the narrative side."""
        m = self.lex.independent.search(head)
        if m is None or self.sides.narrative is None:
            return None
        follows = head[m.end:].split()
        if follows and all(w in self.lex.body_nouns for w in follows) and without_the(head)[:1].isupper():
            # "the Sudanese Teachers Committee", "Doctors Union": the group's name ends in a body's noun, all of it
            return Claimant(without_the(head), self.sides.narrative, "independent")
        if 0 < len(follows) <= NAMED_GROUP_WORDS and all(NAME_TOKEN.match(w) for w in follows):
            return Claimant(" ".join(follows), self.sides.narrative, "independent")  # the group's own name after
            # its kind ("rights group HRANA", "the monitoring group Airwars"): the group, by its name
        if follows and follows[0].strip(",") not in _AFTER_GROUP:
            return None  # "the UN refugee agency", "the resident coordinator": a word of another noun
        word = m.text.lower() if not m.text.isupper() else m.text
        if len(head.split()) > len(word.split()) + 1 or not head.lower().rstrip("s").endswith(word.rstrip("s")):
            # one of a group, described ("a 43-year-old resident of Jermuk"): the group
            word = next((p for p in (word + "s", word + "es") if p in self.lex.independent_words), word)
        # where the group is, as the text says it: "residents of Jermuk", "El Fasher residents", "witnesses in Sinja"
        named = " ".join(w for w in (_place_before(head[:m.start]), word, _place_after(follows)) if w)
        return Claimant(named, self.sides.narrative, "independent")


# honours and qualifications written after a person's name, no part of it
_POST_NOMINALS = frozenset({"KC", "QC", "MP", "MEP", "OBE", "CBE", "MBE", "KBE", "DBE", "PhD", "Jr", "Sr"})


# the words that open a place after a group's word ("residents of Jermuk", "a nurse at the Huambo Central Hospital")
_PLACE_OPENERS = frozenset({"of", "from", "in", "at", "near"})
_NOT_A_PLACE = ARTICLE_WORDS | COUNT_WORDS | {"most", "other", "local", "dozens", "hundreds", "thousands"}
PLACE_WORDS = 5  # the most words of a place named with a group


def _place_after(follows: list[str]) -> str:
    """The place a group's word is followed by, in proper names ("of El Fasher", "at the Huambo Central Hospital"),
    or ""."""
    words = [w.strip(",") for w in follows]
    if len(words) < 2 or words[0] not in _PLACE_OPENERS or len(words) > PLACE_WORDS + 1 or follows[-1].endswith(","):
        return ""
    rest = words[1:]
    names = rest[1:] if rest[0] == "the" else rest
    return " ".join(words) if names and all(NAME_TOKEN.match(w) for w in names) else ""


def _place_before(text: str) -> str:
    """The place a group's word is right after, in proper names ("El Fasher" of "El Fasher residents"), or ""."""
    words: list[str] = []
    for w in reversed(text.split()):
        if not NAME_TOKEN.match(w) or w.lower() in _NOT_A_PLACE or len(words) == PLACE_WORDS:
            break
        words.insert(0, w)
    return " ".join(words)


def _initial(word: str, rest: str) -> bool:
    """Whether a name's first initial is the letter of an article: "A" before another initial ("Air Marshal A K
    Bharti", "A N Pramod") is the name's, not "a" ("A Reuters reporter said")."""
    return word == "A" and _NEXT_INITIAL.match(rest) is not None


def _name_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of two or more capitalised words, within one clause."""
    return [(m.start(), m.end()) for m in _NAME_RUN.finditer(text)]


# an owner's post in lower case right before a name: "IGAD's chief mediator", "the army's spokesman" (a former post
# tells no side now: "South Sudan's former vice-president Riek Machar")
_OWNED_POST = re.compile(r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+(?:(?!former\b|ex-)[a-z-]+\s+){1,2}$")


def _introduction(text: str, start: int, end: int, office_words: frozenset[str]) -> str:
    """The words that introduce the name at ``text[start:end]``: the title and descriptors right before it
    ("Ukrainian Governor", "Zelensky's chief of staff"), the noun phrase it stands in apposition to ("Ukraine's
    top commander, Oleksandr Syrskyi,") and one after it ("Oleh Kiper, the governor of Odesa", "Masoud Barzani,
    president of ...")."""
    before = text[:start]
    clause = re.split(r"[.;:!?]\s|\bthat\b", before)[-1]
    appositive = clause.rstrip().rstrip(",").split(",")[-1]
    if re.search(r",\s*$", clause) and re.match(r"\s*,", text[end:]) \
            and not any(w.lower() in AUXILIARIES for w in appositive.split()):
        # (not a clause before the name: "A fire has broken out ..., Dmytro Orlov, the mayor of ..., said")
        words = appositive
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
        owned = _OWNED_POST.search(clause)
        if not kept and owned is not None:
            words = owned.group(0).strip()  # "IGAD's chief mediator Seyoum Mesfin": an owner's post in lower case
    after = re.match(r",\s*((?:the|a|an)\s[^,.;]{2,80}|(?P<office>[a-z-]+)\s[^,.;]{2,80})", text[end:])
    if after and after["office"] and after["office"] not in office_words:
        after = None  # (an office without its article: "Masoud Barzani, president of ...")
    return words + (", " + after.group(1) if after else "")
