"""Naming a body from the speaker's phrase: a body a sides file lists among a polity's forms ("the IDF", "Iran's
Islamic Revolutionary Guard Corps"), a named body of a polity as written ("US European Command"), a body a
polity's possessive names ("Kenya's National Disaster Operations Centre"), a proper name with a body noun ("the
Central Committee of Sudanese Doctors", "the Kachin Independence Army"), a name after a descriptive noun ("the
national grid operator Eskom"), writers for a party's cause ("Russian milbloggers"); and the office a phrase
names ("the Defense Ministry's press service")."""

from __future__ import annotations

import re

from chronik.extract.claimant import Claimant
from chronik.extract.lexicon import Office
from chronik.extract.matcher import Match
from chronik.extract.mentions import SideReader
from chronik.extract.sides import Polity
from chronik.extract.words import (
    ARTICLE_WORDS,
    NAME_TOKEN,
    NAME_WORD,
    ORG_CONNECTIVES,
    initials,
    without_the,
)

_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,}(?:[/-]?[A-Z0-9]+)*$|^[A-Z](?:[a-z]?[A-Z]){1,6}$")  # "IDF", "MoPH"
# a body named by an adjective and its noun, what it is for in lower case, maybe where it works after
_LOWER_BODY = re.compile(r"^(?:the\s+)?(?P<name>(?P<adj>[A-Z][\w-]+)\s+(?P<noun>[A-Z][a-z]+)\s+(?:for|of)\s+"
                         r"[a-z][a-z -]{2,60}?)(?:\s+(?:in|on|at)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?"
                         r"[A-Z][\w' -]*)?$")
# a ministry named by its domain, the body noun first: "Ministry of Public Health", "Ministry for Refugees"
_MINISTRY_OF = re.compile(r"^Ministry\s+(?:of|for)\s+\S")
# after a polity, the possessive that owns a body: "Ethiopia's", "the Ethiopian federal government's"
_OWNER_TAIL = re.compile(r"(?:\s+(?:federal\s+|central\s+|national\s+)?government|\s+(?P<force>army|military))?'s\s")
# an army named as a polity's form ("Syrian army"), whose possessive owns one of its organs
_FORCE_FORM = re.compile(r"\s(?:army|military)$", re.I)
# where a body works, after its name: "... in Syria"
_WHERE_TAIL = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*$")


# the kinds of armed unit a text names in lower case after the unit's own name ("the Azov battalion")
_UNIT_NOUNS = frozenset({"battalion", "regiment", "brigade", "militia", "unit", "legion", "detachment", "squadron"})
# what such a unit is, between its name and its noun: "the Azov volunteer battalion" is the Azov battalion
_UNIT_KINDS = frozenset({"volunteer", "special", "territorial", "assault", "reconnaissance", "infantry", "tank",
                         "artillery", "paramilitary", "self-defence", "self-defense"})
# where a body works, named after it: "in Ukraine", "in the Central African Republic"
IN_PLACE = r"\s+in\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
# a mission a body sends, named in lower case after it: "fact-finding mission", "monitoring mission", "delegation"
_SENT_MISSION = re.compile(r"\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,3}(?:mission|delegation|commission\s+of\s+inquiry)")

# what opens a phrase of a party's writers before the party: "the", "A prominent", "one influential", "Several"
_PARTISAN_OPENING = re.compile(r"^(?:(?:the|a|an|one|another|some|several|many|two|three)\s+)?"
                               r"(?:(?:prominent|influential|popular|leading|well-known|notable|major)\s+)*", re.I)


class BodyNamer:
    """Names the bodies and offices of claimant phrases (``marks``: the sides their descriptions give, read with
    the lexicon, sides file and gazetteer it holds)."""

    def __init__(self, marks: SideReader):
        self.lex, self.sides, self.gaz = marks.lex, marks.sides, marks.gaz
        self.marks = marks

    def body_form(self, form: str, polity: Polity) -> bool:
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
                                                         and not self._names_body(f.split())]
            return bare not in {initials(f) for f in names}
        words = form.split()
        rest = " ".join(words[1:])
        if len(words) >= 2 and words[0] in (polity.adjective, polity.name) \
                and any(m.start == 0 and m.end == len(rest) for m in self.lex.offices.finditer(rest)):
            return True  # the polity's adjective and an office's noun listed as a form ("Israeli army"): that body
        return len(words) >= 2 and all(NAME_TOKEN.match(w) or w in ORG_CONNECTIVES for w in words) \
            and self._names_body(words)

    def _names_body(self, words: list[str]) -> bool:
        """Whether a form's words name a body: they end in a body noun ("Israel Defense Forces"), or a body noun or
        a ministry opens what it is of ("General Directorate of General Security", "Ministry of Public Health")."""
        return self._ends_body(words) or _MINISTRY_OF.match(" ".join(words)) is not None

    def polity_body(self, head: str, own: list[Match[Polity]]) -> Claimant | None:
        """A body a sides file lists among a polity's forms, named as the head ("the IDF", "Iran's Islamic
        Revolutionary Guard Corps", "Sudan's paramilitary Rapid Support Forces": an adjective may describe it):
        the body as written, for the polity's side (not its government)."""
        if not own:
            return None
        polity = own[-1].values[0]
        if not self.body_form(polity.written(own[-1].text), polity):  # ("ISLAMABAD:" opening a story: no acronym)
            return None
        after = head[own[-1].end:]
        if after.strip() and not re.fullmatch(r"(?:'s)?(?:\s+[a-z][\w-]*){1,3}", after):
            return None  # "an IDF spokesman", "the IRGC's aerospace force": the body speaks through them
        before = head[:own[-1].start]
        for p in own[:-1]:
            before = before.replace(p.text, " ")
        if [w for w in re.sub(r"'s\b", " ", before).split()
                if w.lower() not in ARTICLE_WORDS and w.lower() not in self.lex.describing]:
            return None
        return Claimant(own[-1].text, own[-1].values[0].side, "body")

    def named_body(self, head: str, own: list[Match[Polity]]) -> Claimant | None:
        """A body of a polity named by its proper name ("the US European Command", "the UN Human Rights
        Monitoring Mission in Ukraine"): a polity and an office noun with a name of their own between or
        around them, all capitalised. The name as written, a possessive polity as its adjective."""
        words = head.split()
        if words and words[0].lower() in ARTICLE_WORDS:
            words = words[1:]
        if not own or len(words) < 3 or not all(NAME_TOKEN.match(w) or w in ORG_CONNECTIVES or w == "in"
                                                 for w in words) or words[-1] in ORG_CONNECTIVES:
            return None
        text = " ".join(words)
        offices = list(self.lex.offices.finditer(text))
        if not offices or not any(w in self.lex.body_nouns for w in text[offices[-1].start:offices[-1].end].split()):
            return None
        covered = [(m.start, m.end) for m in offices] + [(p.start, p.end) for p in self.sides.find(text)[:1]]
        own_words = [m for m in re.finditer(r"\S+", text) if not any(s <= m.start() < e for s, e in covered)
                     and m.group() not in ORG_CONNECTIVES and m.group() != "in"
                     and m.group().strip("'s") not in self.lex.titles]
        if not own_words:
            return None
        first = self.sides.find(text)[0]
        if first.start == 0 and text[first.end:first.end + 2] == "'s":
            text = first.values[0].adjective + text[first.end + 2:]
        return Claimant(text, first.values[0].side, "body")

    def owned_body(self, head: str) -> Claimant | None:
        """A body a polity's possessive names by its proper name ("the Ethiopian federal government's Emergency
        Committee", "Kenya's National Disaster Operations Centre"): the name with the polity's
        adjective, for its side."""
        bare = without_the(head)
        owner = next((p for p in self.sides.find(bare) if p.start == 0), None)
        owns = re.match(_OWNER_TAIL, bare[owner.end:]) if owner else None
        if owner is None or owns is None:
            return None
        words = bare[owner.end + owns.end():].split()
        polity = owner.values[0]
        force = owns.group("force") or (_FORCE_FORM.search(owner.text) and owner.text.split()[-1])
        if force:
            return self._army_organ(polity, force, " ".join(words))
        if not 2 <= len(words) <= 10 or not all(NAME_TOKEN.match(w) or w in ORG_CONNECTIVES for w in words) \
                or not self._ends_body(words) or self.sides.find(" ".join(words)) \
                or self.lex.offices.search(" ".join(words)) is not None:
            return None  # an office's name ("Ukraine's General Staff") is the office's template
        return Claimant(f"{polity.adjective} {' '.join(words)}", polity.side, "body")

    def _ends_body(self, words: list[str]) -> bool:
        """Whether a name's words end in a body noun, or in what its body noun is of or for ("Coordination
        Headquarters for the Treatment of Prisoners of War")."""
        return words[-1] in self.lex.body_nouns or (words[-1] not in ORG_CONNECTIVES and any(
            w in self.lex.body_nouns and words[i + 1] in ("of", "for") for i, w in enumerate(words[:-1])))

    def _army_organ(self, polity: Polity, force: str, name: str) -> Claimant | None:
        """An organ an army's possessive names ("the Syrian army's General Command", "the Russian military's
        Centre for Reconciliation of Opposing Parties in Syria"): the organ's name, without where it works, named with
        the army it belongs to, for the army's side. A generic name ("General Command") says alone no army's, and
        the words of a name after its body noun ("Opposing Parties") are no one's name."""
        name = _WHERE_TAIL.sub("", name)
        words = name.split()
        proper = 2 <= len(words) <= 8 and all(NAME_TOKEN.match(w) or w in ORG_CONNECTIVES for w in words) \
            and words[-1] not in ORG_CONNECTIVES \
            and (words[-1] in self.lex.body_nouns or self.proper_body(name) is not None)
        return Claimant(f"{polity.adjective} {force.lower()} {name}", polity.side, "body") if proper else None

    def described_body(self, head: str) -> Claimant | None:
        """A name after a noun that describes it ("Ukraine's state energy company Ukrenergo", "the national grid
        operator Eskom"): the name, for the side of a polity that opens the description, unless the description is
        of an independent body ("Danish shipping giant Maersk": the narrative side)."""
        m = re.match(rf"(?P<desc>.*?\b(?P<noun>[a-z]+))\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})$", head)
        if m is None or m.group("noun") not in self.lex.descriptor_nouns:
            return self._described_unnamed(head)
        desc = re.sub(r"^(?:the|The|a|an)\s+", "", m.group("desc"))
        owner = next((p for p in self.sides.find(desc) if p.start == 0), None)
        listed = self.sides.find(m.group("name"))
        if listed:  # "Russia's media regulator Roskomnadzor", a body a sides file lists among Russia's forms
            polity = listed[0].values[0]
            whole = listed[0].start == 0 and listed[0].end == len(m.group("name"))
            if not whole or m.group("name").lower() in {polity.name.lower(), polity.adjective.lower()}:
                return None
            return Claimant(m.group("name"), polity.side, "body")
        # a private body a country's adjective opens ("Danish shipping giant Maersk") speaks for no state
        side = self.marks.plain_side(desc) or (owner.values[0].side if owner else self.marks.described_side(desc))
        return Claimant(m.group("name"), side, "body")

    def _described_unnamed(self, head: str) -> Claimant | None:
        """A polity's body named only by what it is ("Ukraine's nuclear regulator", "the Sudanese telecoms
        regulator", "Israel's national water company"): the description with the polity's adjective, for its side.
        An office's words are the office's ("Russia's state news agency" is its state media); a name used as an
        adjective ("the UN refugee agency") may be a known body's description, not one of its own."""
        bare = without_the(head)
        owner = next((p for p in self.sides.find(bare) if p.start == 0), None)
        if owner is None:
            return None
        rest = re.match(r"(?:'s)?\s+(?P<desc>(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+))$", bare[owner.end:])
        polity = owner.values[0]
        if rest is None or rest.group("noun") not in self.lex.descriptor_nouns \
                or (not rest.group().startswith("'s") and (owner.text != polity.adjective or owner.text.isupper())) \
                or self.lex.offices.search(rest.group("desc")) is not None \
                or self.lex.outlet_nouns.search(rest.group("desc")) is not None:
            return None  # "Russia's news agency" is a medium, not a body of the state
        return Claimant(f"{polity.adjective} {rest.group('desc')}", polity.side, "body")

    def proper_body(self, head: str) -> tuple[str, str | None] | None:
        """The proper name of a body with a body noun and what it is of or for, not opening with a polity ("the
        Central Committee of Sudanese Doctors", "the National Council for Refugees"), or opening with a country's
        name ("the Sudan Doctors Network"; "Russia's Black Sea Fleet", the Russian one); and the side of a
        polity that owns it."""
        words = head.split()
        if words and words[0].lower() in ARTICLE_WORDS:
            words = words[1:]
        if not 3 <= len(words) <= 8 or not all(NAME_TOKEN.match(w) or w in ORG_CONNECTIVES for w in words) \
                or words[-1] in ORG_CONNECTIVES:
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
                # "Russia's Black Sea Fleet" names a body by its noun; "Hamas's Izzat al-Rishq" a person of the party
                if rest[-1] not in self.lex.body_nouns:
                    return None
                return first.values[0].adjective + " " + " ".join(rest), first.values[0].side
            return " ".join(words), None
        if not any(w in self.lex.body_nouns and words[i + 1] in ("of", "for") for i, w in enumerate(words[:-1])):
            return None
        name = " ".join(words)
        # "the Army of Ukraine" is Ukraine's, so is "the Presidential Administration of the Republic of Azerbaijan"
        # (a state's long name ending in its name)
        owner = [p for p in self.sides.find(name) if p.end == len(name) and re.search(r"\bof\s+(?:the\s+)?$",
                 name[:p.start]) and (p.text == p.values[0].name or p.text.endswith(" of " + p.values[0].name))]
        return name, owner[0].values[0].side if owner else None

    def adjective_body(self, head: str) -> Claimant | None:
        """A state's body named by its polity's adjective and a proper name of a body noun and what it is of or for
        ("the Lebanese General Directorate of General Security", "the Syrian General Directorate of Civil
        Aviation"): the name as written, for the polity's side. (Read last: a name no other reading knows.)"""
        words = without_the(head).split()
        first = next((p for p in self.sides.find(head) if p.start == head.find(words[0])), None) if words else None
        if first is None or first.text != first.values[0].adjective:
            return None
        rest = words[len(first.text.split()):]
        if not 3 <= len(rest) <= 8 or not all(NAME_TOKEN.match(w) or w in ORG_CONNECTIVES for w in rest) \
                or rest[-1] in ORG_CONNECTIVES or not any(
                    w in self.lex.body_nouns and rest[i + 1] in ("of", "for") for i, w in enumerate(rest[:-1])):
            return None
        return Claimant(" ".join(words), first.values[0].side, "body")

    def translated_body(self, head: str) -> Claimant | None:
        """A state's body named by its polity's adjective and a body noun, then what it is for in a translation's lower
        case, maybe where it works ("the Russian Center for reconciliation of opposing sides on the territory of the
        Syrian Arab Republic"): the name up to where it works, for the polity's side."""
        m = _LOWER_BODY.match(head)
        if m is None or m.group("noun") not in self.lex.body_nouns:
            return None
        adjective = [p for p in self.sides.find(m.group("adj")) if p.start == 0 and p.text == p.values[0].adjective]
        return Claimant(m.group("name"), adjective[0].values[0].side, "body") if adjective else None

    def organisation(self, head: str) -> str | None:
        """A proper name ending in an office word or a body noun, with no polity in it, that is not only office words
        and titles: "the Kachin Independence Army", "the Islamic Revolution Guards Corps" (not "the Defense Ministry",
        not "Azerbaijani Army")."""
        words = head.split()
        if words and words[0].lower() in ARTICLE_WORDS:
            words = words[1:]
        if not 2 <= len(words) <= 6 or not words[-1][:1].isupper() or self.sides.find(head) \
                or (words[-1].lower() not in self.lex.office_words and words[-1] not in self.lex.body_nouns):
            return None
        if not all(NAME_TOKEN.match(w) or w in ORG_CONNECTIVES for w in words):
            return None
        if all(w.lower() in self.lex.office_words or w in self.lex.titles or w in ORG_CONNECTIVES for w in words):
            return None
        return " ".join(words)

    def unit_by_name(self, head: str) -> Claimant | None:
        """An armed unit or group by its own name and its kind in lower case ("the Azov battalion", "the Kraken
        regiment"): the unit as written; a name that is a polity's form or a place is no unit's ("the Ukrainian
        battalion", "the Kharkiv brigade" are described, not named). Its side is unknown unless its words give one."""
        words = without_the(head).split()
        kind = words[-2] if len(words) >= 3 and words[-2] in _UNIT_KINDS else None  # "the Azov volunteer battalion"
        names = words[:-2] if kind else words[:-1]
        if not 1 <= len(names) <= 2 or words[-1] not in _UNIT_NOUNS \
                or not all(NAME_TOKEN.match(w) and w not in self.lex.not_names for w in names):
            return None
        name = " ".join(names)
        if self.sides.find(name) or self.gaz.find(name, ("place",)) or name.lower() in self.sides.places:
            return None
        return Claimant(f"{name} {words[-1]}", None, "body")

    def sub_body(self, rest: str) -> bool:
        """Whether ``rest``, after a known body's name, names a body of its own ("Human Rights Monitoring
        Mission in Ukraine"): two or more capitalised words ending in a body noun, maybe with where it works; or a
        mission it sends, in lower case ("the EU fact-finding mission", "the OSCE monitoring mission")."""
        named = re.sub(IN_PLACE + "$", "", rest)
        if _SENT_MISSION.fullmatch(named) is not None:
            return True
        words = named.split()
        if len(words) == 1 and named != rest:
            return words[0] in self.lex.body_nouns  # "the UN Mission in East Timor"
        return len(words) >= 2 and all(NAME_TOKEN.match(w) or w in ORG_CONNECTIVES for w in words) \
            and any(w in self.lex.body_nouns for w in words) and words[0] not in ORG_CONNECTIVES \
            and words[-1] not in ORG_CONNECTIVES

    def only_polities(self, head: str, polities: list[Match[Polity]]) -> bool:
        """Whether ``head`` is nothing but ``polities`` (with articles and possessives)."""
        rest = head
        for p in reversed(polities):
            rest = rest[:p.start] + " " + rest[p.end:]
        words = [w for w in re.sub(r"'s\b", " ", rest).split() if w.lower() not in ARTICLE_WORDS]
        return not words

    def office(self, head: str) -> Office | None:
        """The office the head names; it must be the head's noun, near its end ("the Defense Ministry's
        press service", not "heavy military equipment in the country")."""
        matches = list(self.lex.offices.finditer(head))
        if not matches:
            return None
        tail = head[matches[-1].end:]
        if len(tail.split()) > 2 and not self._office_of(tail):
            return None  # "the health ministry in Hamas-run Gaza" names the ministry; "military equipment in" not
        found = [m.values[0] for m in matches]
        major = [o for o in found if not o.minor]
        return (major or found)[0]  # (``found`` has an office for each match: one at least)

    def _office_of(self, tail: str) -> bool:
        """Whether the words after an office name where or whose it is: "in", "of" or "for" and a polity, a place or
        a name, in a few words, or a party's name written out however long ("a commander of the rebel Liberians
        United for Reconciliation and Democracy")."""
        if not re.match(r"\s+(?:in|of|for)\s", tail):
            return False
        listed = self.sides.find(tail)
        if len(tail.split()) > 8 and not any(m.end == len(tail.rstrip()) for m in listed):
            return False
        return bool(listed or self.gaz.find(tail, ("place",)) or re.search(r"\s[A-Z]", tail))

    def office_name(self, text: str) -> bool:
        """Whether ``text`` is an office's common name as a whole ("defence ministry", "Ministry of Defence")."""
        found = self.lex.offices.search(text)
        return found is not None and found.start == 0 and found.end == len(text)

    def office_form(self, head: str) -> str | None:
        """The last office words of ``head`` as written ("authorities")."""
        found = list(self.lex.offices.finditer(head))
        return found[-1].text if found else None

    def partisan(self, head: str) -> Claimant | None:
        """Writers for a party's cause named with its adjective ("Russian milbloggers"): the group, for its side."""
        bare = _PARTISAN_OPENING.sub("", head)
        owner = next((p for p in self.sides.find(bare) if p.start in (0, 4) and bare[:p.start] in ("", "pro-")), None)
        if owner is None:
            return None
        rest = bare[owner.end:].strip().lower()
        if rest not in self.lex.partisans:
            return None
        return Claimant(bare, owner.values[0].side, "independent")
