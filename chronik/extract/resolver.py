"""Who a claimant phrase names, and for which side ("the spokesperson of Armenia's Ministry of
Defence, Anna Berg" → Anna Berg, armenian; "The Azerbaijani MOD" → Azerbaijani
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

Resolving reads the phrase's head and descriptors (speaker_phrase.py), then tries the readings most specific
first: a known name of the gazetteer, an outlet, a party's writers, a body (bodies.py), an office or a person
(people.py), an independent speaker, an unknown name, unnamed sources. The sides their words give come from
mentions.py.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from chronik.dates.lexicon import lexicon as date_words
from chronik.extract.bodies import IN_PLACE, BodyNamer
from chronik.extract.claimant import Claimant
from chronik.extract.gazetteer import Gazetteer, Name
from chronik.extract.lexicon import ClaimLexicon
from chronik.extract.matcher import Match
from chronik.extract.mentions import SideReader
from chronik.extract.outlets import find_outlets
from chronik.extract.page_people import PagePeople
from chronik.extract.people import PersonNamer, headline_subject
from chronik.extract.regions import Region, RegionNamer
from chronik.extract.sides import THIRD_PARTY, Polity, SideBook
from chronik.extract.speaker_phrase import PhraseSplitter, delegate_patterns
from chronik.extract.words import (
    ARTICLE_WORDS,
    CAPITAL,
    COUNT_WORDS,
    NAME_TOKEN,
    ORG_CONNECTIVES,
    RUN_BY_VERBS,
    initials,
    without_article,
    without_the,
)

# the press office of an office, named after it: "the Press Centre of the Government of ...", "the Press Office of
# the President of ...", "the Information Department of the Ministry of ...", "the press centre of the federal forces"
_PART_OF = re.compile(r"^(?:the\s+)?(?:press|information|media|public\s+relations|communications?)\s+"
                      r"(?:centre|center|office|service|department|bureau|unit)\s+of\s+(?P<owner>(?:the\s+)?\w.{2,80})$",
                      re.I)
# the words a quotation opens on, cut off by the frame's comma ('"People are arriving ...,"'): no one's name
_QUOTE_OPENS = re.compile(r'^\s*["“]\s*[A-Z]')
_MILITARY = "military"  # the office of claims.yaml that names an army
_GOVERNMENT = "government"  # the office of claims.yaml that names a polity's government
_EMBASSY = "embassy"  # the office of a state's embassies, named with the city it is in when the text says it
# the city an embassy or a consulate is in: "The United States Embassy in Maputo", "the British consulate in Erbil"
_EMBASSY_CITY = re.compile(r"\b(?:embassy|consulate)\s+in\s+((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})", re.I)
_COMMANDERS = "commanders"  # the office of a party's commanders together: no one named without the party
# the members of an armed group, after its name ("M23 rebels", "Houthi fighters"); not an office of a state, whose
# "troops" and "forces" are its military (claims.yaml)
_ARMED_MEMBERS = re.compile(r"\s+(?:rebels|fighters|militants|insurgents|guerrillas|guerillas|militiamen)$")
_DEFENCE = re.compile(r"\bDefence\b")  # the British spelling, as a text writes an office's name
# the words of that office that name a polity's people in office or its diplomats, not its government as such ("Israeli
# officials", "Russian diplomats")
_OFFICIALS_NOUNS = frozenset({"officials", "official", "authorities", "diplomats", "diplomat"})
# a polity's form that names the ones it installed or backs ("Russian-installed", "Hamas-run")
_INSTALLED_AFTER = re.compile(rf"-(?:{RUN_BY_VERBS})\b")
_INSTALLED = re.compile(rf"\w-(?:{RUN_BY_VERBS})$")
_LOCAL = re.compile(r"^\s*(?:local|community|village)\s*$", re.I)  # sources of the place itself
# a state's envoy names where it is sent, not who speaks: "France's mission to the UN", "Armenia's envoy to the OSCE"
_POSTING = r"(?:permanent mission|mission|delegation|envoy|ambassador|permanent representative|representative)"
_POSTED_TO = re.compile(rf"\b{_POSTING}\s+(?:to|at)\s+(?:the\s+)?$")
_ENVOY = re.compile(rf"^(?:the\s+)?(?P<owner>[A-Z][\w.' -]*?)(?:'s)?\s+(?P<post>{_POSTING}\s+(?:to|at)\s+(?:the\s+)?"
                    r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})$")


# a speaker and where they are, a place named by a common noun: "an Egyptian official at the crossing"
# the states a joint statement names with a polity, not each by name: "12 partner countries", "its allies"
_FELLOW_STATES = re.compile(r"(?:(?:its|their|\d+|other|several|some|a\s+dozen|[a-z]+)\s+)?(?:other\s+)?"
                            r"(?:(?:partner|allied|western|european|arab)\s+)?(?:countries|states|nations|allies|partners)",
                            re.I)
# a ministry named by its domain: "Ministry of Energy", "Ministry of Oil and Gas", "Energy Ministry"
_OWNER = r"(?:[A-Z][\w-]*'s\s+|[A-Z][\w-]*\s+(?=(?:Ministry|Department)\s+of\s))?"  # (or its state's adjective)
_DOMAIN = r"[A-Z][\w-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w-]*){0,3}"
_MINISTRY = re.compile(rf"{_OWNER}(?:Ministry|Department)\s+of\s+(?:the\s+)?{_DOMAIN}"
                       rf"|{_OWNER}(?:[A-Z][\w-]*\s+){{1,2}}Ministry")
# where a group of residents is, before a place's name, maybe a city's part: "of ", "in the ", "of Lahore's "
_GROUP_PLACE = re.compile(r"\b(?:in|of|from|near|at|around)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}'s\s+)?$")
# a party's wing, which speaks for it: "the PKK's armed wing", "Hamas' military wing"
_WING = re.compile(r"^(?:the\s+)?(?P<party>.+?)(?:'s|’s|'|’)\s+(?:armed|military|political|youth)\s+(?:wing|branch)$")
# an account named after its platform: "the Telegram channel Grey Zone", "the Facebook page of X"
_ON_PLATFORM = re.compile(r"^(?:the\s+)?(?P<platform>[A-Z][\w-]*)\s+(?:channel|account|page)\s+(?:of\s+)?"
                          r"(?P<name>[A-Z\"“].*)$")
# a body by its own name after its owner: a kind of party in lower case ("the military's True News Information Team",
# "the group's Media Office") or an office by its proper name ("the Ministry of Health's Emergency Medicine and
# Support Centre")
# the scorn one side's outlet gives the other's forces, between their adjective and their noun ("the Israeli enemy
# army", "the Israeli occupation army"): no part of their name ("the occupation forces" alone are the occupier's)
_SCORN = re.compile(r"(?P<adjective>\b(?!(?i:the|an?)\s)(?-i:[A-Z])[\w'’-]*\s+)"
                    r"(?:enemy|occupation|occupying|aggressor|invading|invader)\s+"
                    r"(?=(?:army|forces|military|troops|air\s+force|navy)\b)", re.I)
# a post in capitalised words, then its holder's name between commas: "The African Union Commission Chairperson,
# Nkosazana Dlamini-Zuma"
_ROLE_COMMA_NAME = re.compile(r"^(?:[Tt]he\s+)?(?P<role>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,5}),\s+"
                              r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),?$")
# a party named after the state it fights in: "Yemen's Houthi rebels", "Lebanon's Hezbollah"
_STATE_OWNED = re.compile(r"^(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+(?P<name>(?:[ae]l-)?[A-Z][\w'’ -]{2,40})$")
_OWNED = re.compile(r"^(?:[Tt]he\s+)?(?P<owner>(?P<kind>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)|(?:Ministry|Department|Office|"
                    r"Directorate)\s+of\s+[A-Z][\w -]{2,40}?)['’]s\s+(?P<name>[A-Z0-9].*)$")
# the preposition of a post's domain right before a name: "head of operations for South Asia", "envoy to the Sahel"
_POST_DOMAIN = re.compile(r"\b(?:for|to|in|at)\s+(?:the\s+)?$")
# ... or of a ministry's or an office's domain: "Ministry of ", "Department of the "
_MINISTRY_OF = re.compile(r"\b(?:Ministry|Department|Office|Directorate|Bureau|Secretariat)\s+of\s+(?:the\s+)?$")
_ARMY_WORDS = frozenset({"army", "military", "armed forces"})
# a body's numbered resolution: "UN Security Council Resolution 678", "General Assembly resolution ES-11/1"
_RESOLUTION_OF = re.compile(r"^(?:the\s+)?(?P<body>(?-i:[A-Z])[\w.'’ -]{1,60}?)\s+resolution\s+(?:no\.?\s*)?"
                            r"[A-Z]{0,3}[\d/-]+$", re.I)
# a person's own office, by the person's name: "President Boris Yeltsin's office", "Dudayev's press service"
_OWN_OFFICE = re.compile(r"^(?P<owner>(?-i:[A-Z])[\w.'’ -]{1,60}?)['’]s\s+(?:press\s+)?(?:office|service|secretariat|"
                         r"administration)$", re.I)
# a medium by its name, maybe its owner before it, and its kind: "Islamic State's Amaq news agency"
_PARTY_MEDIUM = re.compile(r"^(?:[Tt]he\s+)?"
                           r"(?:[^']{1,40}['’]s\s+|[\w.]{1,30}-(?:run|controlled|affiliated|linked|owned)\s+)?"
                           r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
                           r"(?:news\s+agency|agency|television(?:\s+channel)?|TV(?:\s+channel)?|radio|newspaper)$")
# a group of people sent by a body: "Monitors from the Organisation for Security and Co-operation in Europe",
# "observers of the Northern Alliance"
_MEMBERS_FROM = re.compile(r"^(?:[Tt]he\s+)?(?P<group>[A-Za-z]+s)\s+(?:from|of|with)\s+"
                           r"(?P<body>(?:[Tt]he\s+)?[A-Z].*)$")
# the kind of group in lower case after its name: "the Halte au troisième mandat campaign"
_GROUP_KIND_AFTER = re.compile(r"\s+(?:campaign|movement|group|party|coalition|alliance|network)$")
# a holder's description by another's possessive before the holder's name: "Gaddafi's son ", "the group's leader "
_OWNER_DESCRIBES = re.compile(r"(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,2}['’]s\s+(?:[a-z][\w-]*\s+){1,2}")
# a first person's possessive opening a phrase: "our forces", "my office"
_FIRST_PERSON_OWNER = re.compile(r"(?:our|my)\s", re.I)
# up to three words and a possessive ending a phrase: "Israel's ", "the Ukrainian government's "
_POSSESSIVE_BEFORE = re.compile(r"(?P<owner>\S+(?:\s+\S+){0,2}?)['’]s\s+$")
_WHERE_THEY_ARE = re.compile(r"^(?P<who>.*\S)\s+(?:at|near)\s+the\s+[a-z][a-z -]*$")
# a body's name in title case, its joining words in lower case: "Office of the UN High Commissioner for Refugees"
_TITLE_NAME = re.compile(r"[A-Z][\w'.-]*(?:\s+(?:(?:of|for|in|on|the|and|to)\s+)*[A-Z][\w'.-]*)*")
# unnamed sources of no party, by their trade: "humanitarian sources", "medical sources", "aid sources"
_OF_NO_PARTY = re.compile(r"(?:humanitarian|aid|medical|hospital|relief|rescue)(?:\s+(?:agency|worker|group))?", re.I)
# how many speak, before who they are: "two", "Several", "3"
_HOW_MANY = re.compile(rf"^(?:{'|'.join(sorted(COUNT_WORDS))}|\d+)\s+", re.I)
# the people of a known body, after its name: "officials", "humanitarian officials in Luanda", "peacekeepers"
_BODY_PEOPLE = re.compile(r"\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,2}(?:officials|peacekeepers|agencies|staff|workers|monitors"
                          rf"|observers|investigators|experts)(?:{IN_PLACE})?")
# a body's name with its acronym in brackets after it: "the Coordinator of Government Activities in the Territories
# (COGAT)"
_WITH_ACRONYM = re.compile(r"^(?P<full>.*\S)\s*\((?P<short>[A-Z][A-Za-z&-]*[A-Z])\)$")
# people described by how the outlet reached them: "residents reached by telephone", "witnesses contacted by AFP"
_HOW_REACHED = re.compile(r"^(?P<who>.*\S)\s+(?:reached|contacted|interviewed|questioned)\s+(?:by|via|over|on)\s+\S.*$")
_DIPLOMATS = re.compile(r"\bdiplomats?\b", re.I)  # envoys named by their trade alone ("Western diplomats")
# people described by where they are going or coming from: "refugees reaching Awka", "displaced people arriving in
# Goma", "witnesses fleeing the town"
_ON_THE_MOVE = re.compile(r"^(?P<who>.*\S)\s+(?:reaching|arriving\s+(?:in|at|from)|fleeing|coming\s+from|returning\s+"
                          r"(?:to|from)|crossing(?:\s+into)?)\s+\S.*$")
_ONE_OF = re.compile(r"(?:an?|one|another)\s", re.I)  # a person described as one of a group: "a volunteer with ..."
# an office owned by someone named before: "his spokesperson", "their envoy"
_OWNED_BY_PRONOUN = re.compile(r"^\s*(?:his|her|its|their)\s", re.I)
# a description that ties a body to a state without naming it: "the national grid operator", "state-owned operator"
# a state's broadcaster by its capital or adjective and the medium in lower case: "Cairo radio", "Syrian television"
_BROADCASTER = re.compile(r"^(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:radio|television|TV)$")
# the given names right before a surname: "Turan " before "Gunes", "Abd Rabbuh Mansour " before "Hadi" (capitalised
# words after one that is not, so not the sentence's first)
_GIVEN_NAMES = re.compile(rf"(?<=[a-z,;:]\s)((?:[{CAPITAL}][a-z]+(?:-[{CAPITAL}][a-z]+)?\s){{1,3}})$")
# an owner of an office written as an abbreviation, before the office's words: "U.S. officials", "the UK ministry"
_UNKNOWN_OWNER = re.compile(r"^(?:the\s+)?(?:(?:[A-Z]\.){2,}|[A-Z]{2,}(?=\s))\s*(?:[a-z][\w-]*\s+)*[a-z][\w-]*$")
_INDEFINITE = re.compile(r"(?i:an?)\s+[a-z]+")  # "a military", "an army": one of them, no office
_ACRONYM = re.compile(r"[A-Z][A-Za-z]?[A-Z]+")  # "MoD", "MFA", "SBU": an office's initials
_BRACKET = re.compile(r"\(([^()]+)\)")
# the words of a state's or a territory's own name ("Islamic Republic", "Kurdistan Region", "Zamfara State")
_STATEHOOD = re.compile(r"\b(?:Republic|Kingdom|Emirate|Federation|State|Region|Province|Oblast|Territory|"
                        r"Territories|Union|Confederation|Caliphate)\b")
_POSSESSIVE = re.compile(r"^\s*([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)'s\s")  # "Myanmar's ", "South Sudan's "
_NATIONAL = re.compile(r"\b(?:national|state|state-owned|state-run|government-owned)\b", re.I)
# an office of a region or city that its words do not name: "the regional governor", "the city's mayor"
_LOCAL_OFFICE = re.compile(r"\b(?:regional|region's|oblast|provincial|province's|municipal|city|city's|mayor|"
                           r"governor)\b", re.I)
# an office an occupier set up: "the occupation administration", "occupation head X", "the occupying authorities"
_OCCUPATION = re.compile(r"\b(?:occupation|occupying)\b", re.I)


class Resolver:
    """Resolves claimant phrases of one update (``known``: entries named unambiguously in it)."""

    def __init__(self, lexicon: ClaimLexicon, sides: SideBook, gazetteer: Gazetteer, known: set[Name],
                 home: Polity | None = None):
        self.lex = lexicon
        self.home = home  # the polity of the outlet's own country, whose offices it names without a polity
        self.sides = sides
        self.gaz = gazetteer
        self.marks = SideReader(lexicon, sides, gazetteer, known)
        self.bodies = BodyNamer(self.marks)
        self.people = PersonNamer(self.marks)
        self.phrases = PhraseSplitter(self.bodies)
        self.regions = RegionNamer(lexicon, sides.regions)
        self._text = ""  # the update's text (introduce)
        self.page_people: PagePeople | None = None  # the people its page named before (page_people.py)

    def introduce(self, text: str, row: str | None = None) -> None:
        """Learn the people ``text`` names in full, so that one of their names alone resolves to them
        (people.py), and the regions it names (:meth:`_local_side`), or the table ``row`` whose cell it is names (its
        place cell: "Kherson oblast | ..., the regional governor said")."""
        self.people.introduce(text)
        self._text = row or text

    def resolve(self, phrase: str) -> Claimant | None:
        """Who ``phrase`` names; None when it names no one. A defence office is spelt as the text spells it ("the
        Ministry of Defence" is the "British Defence Ministry", not the "Defense Ministry")."""
        found = self._resolve(phrase)
        if found is not None and found.who is not None and "Defense" in found.who and _DEFENCE.search(phrase):
            return dataclasses.replace(found, who=found.who.replace("Defense", "Defence"))
        return found

    def _resolve(self, phrase: str) -> Claimant | None:
        phrase = _SCORN.sub(r"\g<adjective>", phrase)  # "the Israeli occupation army": the Israeli army
        if _QUOTE_OPENS.match(phrase) and '"' not in phrase.strip()[1:] and "”" not in phrase:
            return None  # '"People are arriving ...': the words a quotation opens on, no one's name
        if (acronym := _WITH_ACRONYM.match(phrase.strip())) is not None:
            # "the Coordinator of Government Activities in the Territories (COGAT)": by its full name when that tells
            # its side, else by its acronym
            full = self._resolve(acronym.group("full"))
            short = self._resolve(acronym.group("short"))
            if full is not None and full.who and full.side is not None:
                if not self._within_name(acronym.group("full"), full):
                    return full
                # "the Office of the UN High Commissioner for Refugees (UNHCR)", "the UN Mission in East Timor
                # (UNAMET)": a body of its own that names the known one it belongs to; by its acronym, with its
                # parent's side unless the acronym is known
                if short is not None and short.who and short.kind == "body":
                    return short if short.side is not None else dataclasses.replace(short, side=full.side)
                return Claimant(f"{without_the(acronym.group('full'))} ({acronym.group('short')})", full.side, "body")
            return short if short is not None and short.who else full
        if (held := _ROLE_COMMA_NAME.match(phrase.strip())) is not None \
                and (holder := self._role_holder(held.group("role"), held.group("name"))) is not None:
            return holder
        if (owned := _STATE_OWNED.match(phrase.strip())) is not None \
                and (group := self._state_owned(owned.group("state"), owned.group("name"))) is not None:
            return group
        text, issued, anonymous = self.phrases.clean(phrase)
        if anonymous:
            return self._anonymous(text, phrase)
        if not text:
            return Claimant(None, None, "unnamed") if issued else None
        if text.lower() in self.lex.pronouns:
            return Claimant(None, None, "pronoun")
        tied = self._affiliated(text)
        if tied is not None:
            return tied
        head, whole, said, where = self.phrases.head(text)
        head = headline_subject(head)  # ("President al-Assad Receives Jalili": who acts, before the verb)
        if not head or self.phrases.names_day(head):
            return None  # "on Armenia's Independence Day": a date, not who speaks
        if head.lower() in self.lex.pronouns:  # "On 24 August, Independence Day, he said"
            return Claimant(None, None, "pronoun")
        if _FIRST_PERSON_OWNER.match(head):
            return None  # "Our forces responded": the speaker's own, whoever the page or its turn says speaks
        members = _ARMED_MEMBERS.search(head)
        named = head[:members.start()] if members is not None else ""
        group = self.resolve(named) if named and not any(
            self._place(p.values[0].name, whole=True) for p in self.sides.find(named)) else None
        if group is not None and group.kind in ("polity", "body", "office") and group.side is not None:
            return group  # "M23 rebels said", "Houthi fighters said": the group they fight for speaks ("Syrian
            # rebels" fight against the state they are named for)
        if head.split()[-1].lower() in self.lex.anonymous:  # "an RSF source, speaking on condition of anonymity"
            return self._anonymous(head.rsplit(None, 1)[0] if " " in head else "", head)
        if self.marks.is_multi(head):
            return Claimant(None, None, "multi")
        channel = _ON_PLATFORM.match(head)
        if channel is not None and channel.group("platform").lower() in self.lex.platforms:
            # "the Telegram channel Grey Zone": the channel by its name, not the platform
            return self.resolve(channel.group("name")) or Claimant(channel.group("name"), None, "body")
        members = _MEMBERS_FROM.match(head)
        if members is not None and (body := self._members_of(members.group("group"), members.group("body"))):
            return body
        owned = _OWNED.match(head)
        if owned is not None and owned.group("owner") in _ARMY_WORDS \
                and (unit := self._army_unit(owned.group("name"))) is not None:
            return unit  # "the army's 6th Infantry Division": a unit of the page's one army
        found = (self._broadcaster(head) or self._joint(head) or self._delegate(head)
                 or self._known_name(head, whole) or self._envoy(head)
                 or self._outlet(head) or self._party_medium(head) or self.bodies.partisan(head)
                 or self._part_of(head) or self.bodies.translated_body(head)
                 or self._office_or_name(head, whole, said, where)
                 or self.people.independent(head) or self.people.unknown_name(head, whole)
                 or self.bodies.unit_by_name(head) or self._unnamed(head)
                 or self.bodies.adjective_body(head))
        if found is None and (wing := _WING.match(head)) is not None:
            return self.resolve(wing.group("party"))  # "the PKK's armed wing" not named after it: the party's
        if found is None and (at := _WHERE_THEY_ARE.match(head) or _HOW_REACHED.match(head)
                              or _ON_THE_MOVE.match(head)) is not None:
            return self.resolve(at.group("who"))  # "an Egyptian official at the crossing": an Egyptian official;
            # "residents reached by telephone", "refugees reaching Awka": residents, refugees
        if found is None and owned is not None:
            found = self._owned(owned.group("owner"), owned.group("name"), by_kind=owned.group("kind") is not None)
        if found is None and (resolution := _RESOLUTION_OF.match(head)) is not None:
            found = self._resolve(resolution.group("body"))  # "UN Security Council Resolution 678 authorises ...": its
            # body's deed
        if found is None and (office := _OWN_OFFICE.match(head)) is not None:
            # "President Boris Yeltsin's office": the office of a leader the sides file lists among a side's forms
            holder = self._resolve(office.group("owner"))
            found = Claimant(without_the(head), holder.side, "office") \
                if holder is not None and holder.side is not None else None
        if found is None and self.page_people is not None:
            found = self.page_people.called(head, self.lex.collective_nouns)  # "the alliance": the one named before
        if found is None and issued:
            return Claimant(None, None, "unnamed")  # "the ministry's statement said"
        if found is not None and found.kind == "person" and found.side is None:
            side = self._bracketed_side(phrase) or self._bracketed_side(self._bracket_after(found.who))
            found = Claimant(found.who, side, found.kind, found.title_only)
        if found is not None and found.kind == "unnamed" and found.side is None:
            found = self._occupation_office(head) or found
        if found is not None and found.kind in ("person", "office") and found.side is None:
            side = self._occupier_side() if _OCCUPATION.search(whole) else self._local_side(whole)
            found = Claimant(found.who, side, found.kind, found.title_only)
        if found is not None and self.page_people is not None:
            found = self.page_people.recall(found, self.lex.titles)
        return found

    def _role_holder(self, role: str, name: str) -> Claimant | None:
        """The person a capitalised post names after a comma ("The African Union Commission Chairperson, Nkosazana
        Dlamini-Zuma"), for the side of the body or state the post names; None when the post ends in no office word,
        names no body or state, or the name is no person's."""
        if role.split()[-1].lower() not in self.lex.office_words or self.people.person_name(name) != name \
                or not (self.sides.find(role) or self.gaz.find(role, ("body",))):
            return None  # (a post that names no body or state, "The Foreign Secretary, X,": the person as found)
        post = self._resolve(role)
        return Claimant(name, post.side if post is not None else None, "person")

    def _state_owned(self, state: str, name: str) -> Claimant | None:
        """A party of its own named after the state it fights in ("Yemen's Houthi rebels", "Lebanon's Hezbollah"):
        that party, when the sides file lists it with a side other than the state's."""
        place = self.sides.find(state)
        if not (self._place(state, whole=True) or (len(place) == 1 and (place[0].start, place[0].end)
                                                   == (0, len(state)))):
            return None
        group = self._resolve(name)
        if group is None or group.side is None or not (group.kind == "polity" or (
                group.kind == "office" and (own := self.sides.polity(group.who or "")) is not None
                and not own.governed)):
            return None  # (an office is the party's only when the party speaks as itself: "Al-Shabaab")
        return group if all(m.values[0].side != group.side for m in place) else None

    def _owned(self, owner: str, name: str, by_kind: bool) -> Claimant | None:
        """A body by its own name after its owner (:data:`_OWNED`): the body, for its own side, else for the side of
        an office that owns it; an owner named by its kind ("the military's", ``by_kind``) is no polity to side
        with."""
        body = self.resolve(name)
        if body is None or body.kind not in ("body", "office", "person") or not body.who:
            return None
        holder = self._resolve(owner) if body.side is None and not by_kind else None
        if holder is not None and holder.side:
            return dataclasses.replace(body, side=holder.side)
        return body if body.side is not None or not by_kind else None

    def _broadcaster(self, head: str) -> Claimant | None:
        """A state's broadcaster named by its capital or its adjective and the medium in lower case ("Cairo radio",
        "Syrian radio", "Jordanian television"): that broadcaster as written (as the sides file writes it where it
        lists it: "Cairo Radio"), for the state's side."""
        m = _BROADCASTER.match(head)
        place = m.group("place") if m is not None else ""
        if m is not None:
            # a sides file's own name for it, in capitals ("Cairo Radio" for "Cairo radio"): that name
            medium = head[m.end("place"):].strip()
            for name in (f"{place} {medium[:1].upper()}{medium[1:]}", without_the(head)):  # (or as the file has it)
                listed = self.sides.find(name)
                if len(listed) == 1 and (listed[0].start, listed[0].end) == (0, len(name)):
                    return Claimant(listed[0].values[0].written(name), listed[0].values[0].side, "outlet")
        own = self.sides.find(place)
        if m is None or len(own) != 1 or own[0].start != 0 or own[0].end != len(place):
            return None
        polity = own[0].values[0]
        if place not in (polity.name, polity.adjective) and place.lower() not in self.sides.places:
            return None  # ("the Front Radio television": a medium's own name, no state's)
        return Claimant(without_the(head), polity.side, "outlet")

    def _members_of(self, group: str, body: str) -> Claimant | None:
        """The party a group of people comes from ("Monitors from the Organisation for Security and Co-operation in
        Europe" where a sides file lists that name for the OSCE): the party, when the group is one the lexicon
        tells of no party (monitors, observers, volunteers) and the rest is wholly one of the party's forms, not a
        place ("Residents of Debaltseve", "Doctors from Ukraine" stay the residents and doctors)."""
        name = _GROUP_KIND_AFTER.sub("", without_the(body))  # ("the Halte au troisième mandat campaign")
        forms = self.sides.find(name)
        if self.people.independent(group) is None or len(forms) != 1 \
                or (forms[0].start, forms[0].end) != (0, len(name)) or self._place(name, whole=True):
            return None
        found = self.resolve(name)
        return found if found is not None and found.side is not None else None

    def _army_unit(self, name: str) -> Claimant | None:
        """A unit an army no polity names owns ("the army's 6th Infantry Division"): the unit, for the side of the
        page's one army (page_people.py), else of the national outlet's country; None when its name ends in no body's
        noun or no side is known."""
        words = name.split()
        force = self.page_people.force() if self.page_people is not None else None
        side = force.side if force is not None else self.home.side if self.home is not None else None
        if not words or words[-1] not in self.lex.body_nouns or side is None:
            return None
        return Claimant(name, side, "body")

    def _joint(self, head: str) -> Claimant | None:
        """States speaking together, all of one side ("Britain and France", "the United States and 12 partner
        countries", "the US, the UK and their allies"): the group as written, for that side. Each part is a polity
        named whole, or its fellow states not named one by one; states of two sides are no one claimant (``multi``)."""
        parts = [without_the(p.strip()) for p in re.split(r",|\band\b|&", head) if p.strip()]
        if len(parts) < 2:
            return None
        sides = set()
        for part in parts:
            found = self.sides.find(part)
            if len(found) == 1 and found[0].start == 0 and found[0].end == len(part):
                sides.add(found[0].values[0].side)
            elif not _FELLOW_STATES.fullmatch(part):
                return None
        return Claimant(without_the(head), sides.pop(), "polity") if len(sides) == 1 else None

    def generic_force(self, claimant: Claimant) -> bool:
        """Whether ``claimant`` is an army named by no polity ("the military", "the army")."""
        if claimant.kind != "office" or claimant.side is not None or not claimant.who:
            return False
        words = without_the(claimant.who)
        found = list(self.lex.offices.finditer(words))
        return len(found) == 1 and found[0].end - found[0].start == len(words) \
            and found[0].values[0].name == _MILITARY

    def force_in(self, context: str) -> Claimant | None:
        """The army ``context`` names, when it names exactly one side's: a body whose name is an army's ("the IDF",
        "Israel Defense Forces", an army of the gazetteer) or a polity's forces ("Israeli troops", "Russian
        forces"). None when it names none, or armies of two sides."""
        found: list[Claimant] = []
        for m in self.marks.mentions(context):
            if m.entry is not None and m.entry.kind == "body" and m.side and self._army_name(m.entry.name):
                found.append(Claimant(m.entry.name, m.side, "body"))
        for p in self.sides.find(context):
            polity = p.values[0]
            if self.bodies.body_form(p.text, polity) and self._army_name(self._expanded(p.text, polity)):
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
        return next((f for f in polity.forms if len(f.split()) > 1 and initials(f) == bare), form)

    def _anonymous(self, party: str, phrase: str) -> Claimant:
        """People who speak unnamed ("an RSF source", "Kremlin sources"): no claimant, the side of the party
        named with them, and as ``phrase`` names them when it is a few words and more than the bare noun ("Indian
        security sources", "a Moroccan military source"; not "sources", nor "local sources", the place's people)."""
        tail = phrase.rsplit(",", 1)[-1].strip()  # "Five soldiers died, Indian security sources": the last clause's
        if tail != phrase.strip() and tail.split() and tail.split()[-1].lower() in self.lex.anonymous:
            party = tail.rsplit(None, 1)[0] if " " in tail else ""
        words = _HOW_MANY.sub("", without_article(tail)).rstrip(".,")
        named = words if " " in words and len(words.split()) <= 6 else None
        if _LOCAL.match(party):  # "local sources": people of the place, as residents are
            return Claimant(None, self.sides.narrative, "unnamed")
        if _OF_NO_PARTY.fullmatch(without_article(party.strip())):
            return Claimant(named, self.sides.narrative, "unnamed")  # "humanitarian sources": of no party
        found = self.resolve(party) if party else None
        if found is None and party and "," not in party and len(party.split()) <= 4:
            # "Indian security sources", "two Israeli defence sources": the one polity their few words name
            sides = {p.values[0].side for p in self.sides.find(party)}
            return Claimant(named, sides.pop() if len(sides) == 1 else None, "unnamed")
        return Claimant(named, found.side if found is not None and found.kind != "multi" else None, "unnamed")

    def _affiliated(self, text: str) -> Claimant | None:
        """"sources close to the army": no claimant, but the side of the party the sources are tied to."""
        for m in self.lex.affiliation.finditer(text):
            before = text[:m.start].lower().split()
            if before and before[-1] in self.lex.unnamed:
                party = self.resolve(text[m.end:])
                side = party.side if party is not None and party.kind != "multi" else None
                return Claimant(None, side, "unnamed")
        return None

    def _known_name(self, head: str, whole: str) -> Claimant | None:
        # a compound adjective is not the speaker ("Hamas-run", "Kremlin-backed")
        mentions = [m for m in self.marks.mentions(head) if head[m.end:m.end + 1] != "-"
                    and not _POSTED_TO.search(head[:m.start])]
        owners = [m for m in mentions if head[m.end:m.end + 2] == "'s"]  # "Pashinyan's office", "the BBC's"
        people = [m for m in mentions if m.entries[0].kind == "person"]
        bodies = [m for m in mentions if m.entries[0].kind == "body"]
        chosen = next((m for m in people + bodies if m not in owners), None)
        if chosen is None and owners and self.people.person_name(head):
            return None  # "the BBC's Orla Guerin": the named person speaks, the owner describes them
        chosen = chosen or next(iter(people or bodies), None)
        if chosen is None:
            return None
        if chosen.entries[0].kind == "body" and chosen.start > 0 and chosen.end == len(head) \
                and " " not in chosen.text and (name := self.people.person_name(head)) is not None \
                and head.endswith(name) and name != chosen.text:
            return None  # "Thérèse Kayikwamba Wagner": a person whose surname is a body's short name ("Wagner")
        entry = chosen.entry
        who = entry.name if entry else chosen.text
        if chosen.entries[0].kind == "person" and " " not in chosen.text and self.page_people is not None \
                and self.page_people.names_another(chosen.text, who):
            return None  # "Mr. Austin" after "Mr. Warren R. Austin (United States) said": the page's, not Lloyd Austin
        # (or a longer form of the war's that holds it: "U.N. officials" of a UN operation the war makes a side)
        covering = next((p.values[0] for p in self.sides.find(head) if p.start <= chosen.start and chosen.end <= p.end
                         and p.end - p.start > chosen.end - chosen.start), None)
        listed = covering or self.sides.owner(chosen.text)
        # the war's sides file before the gazetteer's default: "NATO" is third-party, unless the war makes it a side
        side = (listed.side if listed else entry.side if entry else chosen.side) \
            or self.marks.side_besides(whole, chosen.text)
        if chosen.entries[0].kind == "body" and (member := self.people.member(head, chosen)):
            if self._polity_owned(head[:chosen.start]):
                return None  # "Israel's UN ambassador Dan Gillerman": the state's envoy to the body, not its staff
            return Claimant(member, side, "person")
        if chosen.entries[0].kind == "body" and self.bodies.sub_body(head[chosen.end:]):
            # "the UN Human Rights Monitoring Mission in Ukraine", "a UN commission of inquiry": a body of its own
            # within the known one
            return Claimant(without_article(head), side, "body")
        if chosen.entries[0].kind == "body" and (side in (THIRD_PARTY, self.sides.narrative) or covering) \
                and not without_the(head[:chosen.start]).strip() \
                and _BODY_PEOPLE.fullmatch(head[chosen.end:]):
            # "UN humanitarian officials in Luanda", "UN peacekeepers"; a party's own officials speak for it ("Hamas
            # officials said")
            return Claimant(without_the(head), side, "body")
        return Claimant(who, side, chosen.entries[0].kind)

    def _within_name(self, full: str, found: Claimant) -> bool:
        """Whether ``found``, a known body, is named only inside ``full``, a longer title-case name of a body of its
        own ("the UN Mission in East Timor"), not by the whole of it ("the Rapid Support Forces")."""
        name = without_the(full)
        if found.kind != "body" or not _TITLE_NAME.fullmatch(name):
            return False
        mentions = self.marks.mentions(name)
        return bool(mentions) and all(m.entry is not None and m.entry.name == found.who and m.end - m.start < len(name)
                                      for m in mentions)

    def _polity_owned(self, before: str) -> bool:
        """Whether ``before`` ends with a polity's possessive ("Israel's ", "the Ukrainian government's ")."""
        m = _POSSESSIVE_BEFORE.search(before)
        return m is not None and any(p.end == len(m.group("owner")) for p in self.sides.find(m.group("owner")))

    def _envoy(self, head: str) -> Claimant | None:
        """A state's mission or envoy to a body ("France's mission to the UN" → French mission to the UN): it
        speaks for the state that sends it."""
        m = _ENVOY.match(head)
        owner = self.sides.find(m.group("owner")) if m is not None else []
        if m is None or len(owner) != 1 or owner[0].start != 0 or owner[0].end != len(m.group("owner")):
            return None
        polity = owner[0].values[0]
        return Claimant(f"{polity.adjective} {m.group('post')}", polity.side, "office")

    def _delegate(self, head: str) -> Claimant | None:
        """Who speaks for a state at a meeting, named by the state alone ("The representative of Ethiopia", "the
        observer for the State of Palestine", "Kenya's delegate"): a meetings record's speaker is the state, named as
        written. Not a body's representative ("the representative of the Defence Ministry")."""
        before, after = delegate_patterns(self.lex.delegates)
        m = before.fullmatch(head) or after.fullmatch(head)
        state = without_the(m.group("state")) if m is not None else ""
        found = self.sides.find(state)
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(state) \
                or self.bodies.body_form(state, found[0].values[0]):
            return None
        return Claimant(state, found[0].values[0].side, "polity")

    def _outlet(self, head: str) -> Claimant | None:
        """A news medium that ends the head ("Myanmar Now", "the Sudanese newspaper Al-Sudani")."""
        found = [o for o in find_outlets(head, self.lex) if o.end == len(head)]
        form = next((p for p in self.sides.find(head) if p.end == len(head)
                     and p.text not in (p.values[0].name, p.values[0].adjective)), None)
        if found and form is not None and found[-1].state:
            # a state's outlet the sides file lists among the polity's forms ("Lebanon's state-run National News
            # Agency"): that polity's
            return Claimant(form.text, form.values[0].side, "body")
        if not found or form is not None:
            # a body a sides file lists among a polity's forms ("the Command Post") is no outlet ("... Post"); a
            # polity's own name is ("The Times of Israel")
            return None
        return Claimant(found[-1].name, self.marks.outlet_side(head, found[-1]), "outlet")

    def _party_medium(self, head: str) -> Claimant | None:
        """A party's medium named by the form a sides file lists for it and the kind of medium ("Islamic State's
        Amaq news agency", "the Al-Manar television"): that medium, for the party's side."""
        m = _PARTY_MEDIUM.match(head)
        if m is None or (polity := self.sides.owner(m.group("name"))) is None:
            return None
        return Claimant(polity.written(m.group("name")), polity.side, "body")

    def _civic_name(self, bare: str) -> bool:
        """Whether ``bare`` is a civic body's proper name the gazetteer does not know: capitalised words ending in a
        civic noun ("Sudan Doctors Network"; claims.yaml's ``civic_nouns``)."""
        words = bare.split()
        return (words[-1].lower() in self.lex.civic_nouns and words[-1][:1].isupper()
                and all(NAME_TOKEN.match(w) or w in ORG_CONNECTIVES for w in words) and self.gaz.get(bare) is None)

    def _part_of(self, head: str) -> Claimant | None:
        """The press office of an office or body, named after it ("the Press Centre of the Government of the Russian
        Federation", "the Press Office of the President of Ukraine"): by its own name, for the side of its office."""
        m = _PART_OF.match(head)
        owner = self._resolve(m.group("owner")) if m is not None else None
        if owner is None or owner.side is None or owner.kind not in ("office", "polity", "body"):
            return None
        return Claimant(without_the(head), owner.side, "body")

    def _office_or_name(self, head: str, whole: str, said: str = "", where: str = "") -> Claimant | None:
        bare = without_the(head)
        government = self.sides.governed(bare)
        if government is not None:  # "the Government of the Russian Federation" as the sides file names it: no person
            return Claimant(government.government, government.side, "office")
        if bare[:1].isupper() and " " in bare and (any(
                m.end == len(bare) and m.start > 0 and " " in m.text and bare[m.start:m.end].istitle()
                for m in self.lex.independent.finditer(bare.lower())) or self._civic_name(bare)):
            # "the Wad Madani Resistance Committee", "the Darfur Bar Association": a civic group named by its place,
            # not the place's state
            return Claimant(bare, self.sides.narrative, "body")
        org = self.bodies.organisation(head)
        if org:
            return Claimant(org, self.marks.side_besides(whole, org) or self._region_side(whole)
                            or self._home_office(org) or self._described_independent(whole, head, org), "body")
        proper = self.bodies.proper_body(head)
        if proper:  # a polity in its name is not its side: "the Central Committee of Sudanese Doctors"
            org, owner = proper
            rest = whole.replace(org, " ", 1)
            return Claimant(org, owner or self.marks.described_side(rest) or self.marks.plain_side(org)
                            or self.marks.members_side(org) or self._region_side(whole) or self._home_office(org),
                            "body")
        owned = self.bodies.owned_body(head) or self.bodies.described_body(head)
        if owned is not None and owned.side is None and self.home is not None and _NATIONAL.search(head[:head.rfind(
                owned.who or "")]):
            # "the national grid operator X", "state-owned operator X" in a national outlet: its own country's
            return Claimant(owned.who, self.home.side, owned.kind)
        if owned is not None:
            return owned
        name = self.people.person_name(head) or self.people.surname(head)
        name = self.regions.person(name, head) if name else None  # "the governor of South Darfur": no one's name
        named_at = head.rfind(name) if name else -1
        offices = [m for m in self.lex.offices.finditer(head) if m.end <= named_at] if name else []
        if (offices and (re.match(r"\s+in\s", head[offices[-1].end:]) or _POST_DOMAIN.search(head[:named_at]))) \
                or (name and _MINISTRY_OF.search(head[:named_at])):
            name = None  # "the authorities in the occupied city of Nova Kakhovka", "the ICRC's head of operations for
            # South Asia": a place, where the post works, not who speaks; "the Ministry of Disaster Management and
            # Refugee Affairs": what the ministry is of
        at = head.rfind(name) if name else -1
        if at > 0 and _GROUP_PLACE.search(head[:at]) and self.people.independent(head[:at]) is not None:
            # "Residents of El Obeid", "Volunteers in Ed Daein", "Residents of Lahore's Walton Road area": where the
            # group is, not who speaks
            name = None
        if name:
            # a name a sides file lists among a polity's forms ("Najib Mikati" for Lebanon): its holder's side
            held = [p.values[0].side for p in self.sides.find(name) if p.start == 0 and p.end == len(name)]
            side = (held[0] if held else None) or self._un_post(whole.replace(name, " ")) \
                or self.marks.side_besides(head, name) \
                or self.marks.described_side(whole.replace(head, " ", 1)) \
                or self.marks.side_besides(whole, name) or self._region_side(whole)
            if side is None and at > 0 and self.people.independent(head[:at]) is not None:
                side = self.sides.narrative  # "the local rights group Tawila Voices": a group of no party, by name
            if side is None:
                side = self._described_independent(whole, head, name)
            titled = self.lex.offices.search(whole.replace(name, " ")) is not None
            if side is None and titled:
                side = self._where_side(where)  # "In Beijing, foreign ministry spokesperson X": China's
            ranked = at > 0 and self.lex.ranks.search(head[:at]) is not None
            if side is None and self.home is not None and (titled or ranked) and not _OWNED_BY_PRONOUN.match(head):
                # "Energy Minister X", "Colonel X" in a national outlet: an office or officer of its own country; not
                # "his spokesperson X", the office of someone named before, of any country
                side = self.home.side
            here = self.people.introduced.get(name.split()[-1])
            if side is None and here is not None and here.who == name:
                side = here.side  # named in full before in the update ("Masoud Barzani, president of ...", "...")
            return Claimant(name, side, "person")
        office = self.bodies.office(head)
        own = _owned_forms_dropped(head, self.sides.find(head), self.bodies.office_name)
        # an office named without its polity takes the one of the claim it reports ("Armenian Foreign Minister X
        # arrived in Geneva, the Foreign Ministry said"); a person does not ("..., regional governor X said")
        # "In Moscow, the foreign ministry said": the polity of the place it speaks in, before the claim's and before a
        # national outlet's own
        placed = [] if own or self.sides.find(whole) or self._where_side(where) is None else self.sides.find(where)
        # ("..., his press office reported": the office of the one "his" refers to, whatever polity the claim names)
        polities = own or ([] if _OWNED_BY_PRONOUN.match(head) else
                           self.sides.find(whole) or placed or self.sides.find(said))
        if not own and office is not None and office.name == _GOVERNMENT and without_the(head).lower() == "government":
            # "Insurgents attacked the town, the government said": the government of a state the claim names, not of
            # the armed group it names first, which has none
            polities = [m for m in polities if m.values[0].governed]
        if not own and office is not None and _UNKNOWN_OWNER.match(head):
            # "U.S. officials" where the sides files know no U.S.: their own, as written, not the polity of the claim
            # they report ("A Viet Cong squad seized ..., U.S. officials said")
            return Claimant(without_the(head), None, "office", office.person, officials=office.name == _GOVERNMENT)
        body = self.bodies.polity_body(head, own) or self.bodies.named_body(head, own)
        if body is not None:
            return body
        described = self._described(head, own) if own else None
        if described is not None:
            return described
        kin = self._kin_named(head, own) if len(own) > 1 else None
        if kin is not None:
            return kin
        if office is None and own and (ministry := self._ministry(head, own)) is not None:
            return ministry  # "the Lebanese Ministry of Public Health": that ministry, not its state's government
        if own and (self.bodies.only_polities(head, own) or _in_its_country(head, own)):
            whole_polity = own[0].values[0]  # "the Rapid Support Forces": a polity named in full, not its office
            if self._holder_described(head, own, whole):
                return Claimant(head, whole_polity.side, "person")
            if self._own_name(head, own):  # as the sides file writes it ("GETACHEW REDA:" is Getachew Reda)
                return Claimant(whole_polity.written(own[0].text), whole_polity.side, "body")
            holder = self._holder_named(head, own)
            if holder is not None:
                return holder
            group = next((form.values[0] for form in (own[-1], own[0]) if self._group_named(form)), None)
            if group is not None:
                # "the RSF said", "the Tuareg separatist MNLA" (the last form is the head): the group, not the
                # authority it set up ("Tasis")
                return Claimant(group.name, group.side, "polity")
            if self._group_form(own[-1]):
                # "the Islamic State claimed" where a sides file lists it among one party's armed groups: as named
                return Claimant(whole_polity.written(without_the(own[-1].text)), whole_polity.side, "polity")
            return Claimant(whole_polity.government, whole_polity.side, "polity")
        region = None if own or self.sides.find(whole) else self._region_side(whole)
        if region is not None:  # "Khyber Pakhtunkhwa police", "the Donetsk regional governor": as written
            return Claimant(without_the(head), region, "office", office.person if office else False)
        if office is None:
            return self._ministry(head, own or self.sides.find(whole) or placed)  # not the claim's polity
        if polities:
            p = polities[0].values[0]
        else:
            if office.name in (_GOVERNMENT, _COMMANDERS):
                # "officials said", "the two commanders announced": no one named, a national outlet's own country's
                state = self.home or self.sides.lone_government()
                if state is not None and without_the(head).lower() == "government":
                    # "the Government estimates ..." in a civil war's report: the state's, by its name
                    return Claimant(state.government, state.side, "polity")
                if self.home is None and _DIPLOMATS.search(head):
                    # "Western diplomats said", "diplomats in Nicosia said": envoys of no state the page names, no
                    # party's
                    envoys = without_the(head)
                    return Claimant(envoys[0].lower() + envoys[1:] if _DIPLOMATS.match(envoys) else envoys,
                                    THIRD_PARTY, "unnamed")
                return Claimant(None, self.home.side if self.home else None, "unnamed")
            written = without_the(head)
            if not office.person and _INDEFINITE.fullmatch(head):
                # "A military (source) told ...": someone of a national outlet's own state's military, named by no
                # office
                return Claimant(None, self.home.side if self.home else None, "unnamed")
            if office.person or self.home is None or not _ACRONYM.fullmatch(written):
                # a national outlet's offices are its own country's; a title or a name written out keeps its wording
                # ("the regional governor", "the Ministry of National Defence")
                home = self.home if not self.sides.names_split_state(head) else None  # ("Syrian state media")
                return Claimant(written, home.side if home else None, "office", office.person)
            # an acronym alone names no one ("MoD: the enemy shelled ...", "the MFA said"): in a national outlet, its
            # own country's office, named as such
            p = self.home
        if not own and not placed and self.home is not None \
                and len({m.values[0].side for m in polities} - {self.home.side}) > 0:
            # "Russia struck Ukraine ..., the Air Force said" in a Ukrainian outlet: its own air force; "Armenian units
            # shelled ..., the Ministry of Defense said" in an Azerbaijani agency's story: its own state's ministry
            p = self.home
        who = office.template.format(adjective=p.adjective, name=p.name, government=p.government)
        suffix = _INSTALLED_AFTER.match(head, own[0].end) if own else None  # "Russian" + "-installed"
        installed = own[0].text if own and _INSTALLED.search(own[0].text) else \
            own[0].text + suffix.group() if suffix else None
        if installed and office.name == _GOVERNMENT and (form := self.bodies.office_form(head)):
            # "Russian-installed officials", "the Hamas-run authorities": not the state's government
            return Claimant(f"{installed} {form}", p.side, "office")
        entry = self.gaz.get(who)
        written_as = self.bodies.office_form(head) if office.name == _GOVERNMENT else None
        if written_as in _OFFICIALS_NOUNS:
            # "Israeli officials say", "the Syrian authorities said": the officials as the text names them, not the
            # government they serve (a page says no more than that), with the words describing what they do, not
            # their rank ("a senior defence official": "Indian defence official")
            doing = [w for w in _described_officials(head, own, written_as) if w not in _RANK_WORDS]
            return Claimant(" ".join([p.adjective, *doing, written_as]), (entry.side or p.side) if entry else p.side,
                            "office", officials=True)
        if entry is not None:
            return Claimant(entry.name, entry.side or p.side, entry.kind)
        if office.name == _EMBASSY and (posted := _EMBASSY_CITY.search(head)) is not None:
            who = f"{who} in {posted.group(1)}"  # "the Russian embassy in Damascus": which of the state's embassies
        return Claimant(who, p.side, "office", office.person)

    def _described_independent(self, whole: str, head: str, name: str) -> str | None:
        """The side of no party for a name described after it as one of a group of no party: "Mohamed Adam, a
        volunteer with the Emergency Response Room", "the Yemen Data Project, a monitoring group"."""
        after_name = whole[whole.find(name) + len(name):].lstrip(" ,") if whole.startswith(head) else ""
        if _ONE_OF.match(after_name) and self.people.independent(after_name) is not None:
            return self.sides.narrative
        return None

    def _described(self, head: str, own: list[Match[Polity]]) -> Claimant | None:
        """An armed group named with words that only describe it ("the paramilitary Rapid Support Forces", "Sudan's
        paramilitary RSF": its country's possessive, the words of claims.yaml's ``describing``): the group, as
        :meth:`_group_named` names it alone."""
        last = own[-1]
        if head[last.end:].strip():
            return None
        rest = head[:last.start]
        for p in own[:-1]:
            rest = rest.replace(p.text, " ")
        owner = _POSSESSIVE.match(rest)
        if owner is not None and self._place(owner.group(1)):
            rest = rest[owner.end():]  # "Rakhine's": where the group is, a state or region no sides file may list
        words = [w for w in re.sub(r"'s\b", " ", rest).split() if w.lower() not in ARTICLE_WORDS]
        if not words or not all(w.lower() in self.lex.describing for w in words) or not self._group_named(last):
            return None
        return Claimant(last.values[0].name, last.values[0].side, "polity")

    def _kin_named(self, head: str, own: list[Match[Polity]]) -> Claimant | None:
        """A name of its own the sides file lists, closing a phrase that describes its holder by another form's
        possessive ("Gaddafi's son Saif al-Islam", "Hezbollah's leader Hassan Nasrallah"): that name speaks."""
        last = own[-1]
        if last.end != len(head) or not _OWNER_DESCRIBES.fullmatch(head[:last.start]) \
                or not self._own_name(last.text, [last]):
            return None
        polity = last.values[0]
        return Claimant(polity.written(last.text), polity.side, "person")

    def _group_named(self, form: Match[Polity]) -> bool:
        """Whether a party that is no state nor place ("Rapid Support Forces") is named by its own name or its
        initials ("the Rapid Support Forces", "RSF"): the group itself speaks, not the authority it set up that the
        sides file gives as its government ("Tasis"). A state or region named ("Sudan said", "Tigray") speaks by its
        government, as does a party whose government the sides file names after it ("Government of Armenia",
        "Rapid Support Forces command")."""
        polity = form.values[0]
        name, written = polity.name, without_the(form.text)
        if not polity.government or name in polity.government or self._place(name, whole=True):
            return False
        short = initials(name)
        return written.lower() == name.lower() or (len(short) > 1 and written == short)

    def _group_form(self, form: Match[Polity]) -> bool:
        """Whether a party with no government of its own is named by another proper name the sides file lists for it
        ("Islamic State" of a party "Cabo Delgado insurgents", "HTS" of "Syrian opposition"; names of statehood or
        acronyms, which :meth:`_own_name` leaves to the polity): a group of it, which speaks by that name. Not its name
        or adjective, a place, nor a plural of its members ("Tigers", "Maoists")."""
        polity, written = form.values[0], without_the(form.text)
        members = " " not in written and written.endswith("s") and written[1:].islower()
        return not polity.governed and written[:1].isupper() and not members \
            and written not in (polity.name, polity.adjective) and not self._place(written, whole=True)

    def _place(self, name: str, whole: bool = False) -> bool:
        """Whether ``name`` is a state's or a place's (the packaged states, regions, the gazetteer's places); with
        ``whole``, only as a whole (a place's name inside a group's, "Arakan" in "Arakan Army", is no place)."""
        if name.lower() in self.sides.places:
            return True
        spans = [(m.start, m.end) for m in self.gaz.find(name, ("place",))]
        spans += [(m.start, m.end) for m in self.sides.regions.find(name)]
        return (0, len(name)) in spans if whole else bool(spans)

    def _holder_described(self, head: str, own: list[Match[Polity]], whole: str) -> bool:
        """Whether ``head`` is a person's name a sides file lists among a polity's forms, told by the role the phrase
        gives it after the name ("Jane Roe, a spokeswoman for the ministry", "Jane Roe, the group's leader"): a
        name of capitalised words, not the polity's name, adjective or government."""
        polity = own[0].values[0]
        if len(own) != 1 or own[0].start != 0 or own[0].end != len(head) or " " not in head \
                or head in (polity.name, polity.adjective, polity.government) \
                or not all(NAME_TOKEN.match(w) for w in head.split()):
            return False
        return any(m.values[0].person for m in self.lex.offices.finditer(whole[len(head):]))

    def holders_named(self, text: str) -> list[Claimant]:
        """The people ``text`` names in full by a given name and a polity's one-word form as their surname ("Turan
        Gunes", "Constantine Karamanlis" where a sides file lists "Gunes" and "Karamanlis" for their states), for
        the polity's side, whatever the sentence says they do: the page's later "Gunes demands ..." is theirs. Not
        after a title, a polity's form or a date's word ("Prime Minister Karamanlis", "Greek Karamanlis")."""
        found = []
        for m in self.sides.find(text):
            polity, word = m.values[0], m.text
            if " " in word or not NAME_TOKEN.fullmatch(word) or word.isupper() \
                    or word in (polity.name, polity.adjective) or word.lower() in self.sides.places:
                continue
            given = _GIVEN_NAMES.search(text, max(0, m.start - 60), m.start)
            names = given.group(1).split() if given is not None else []
            while names and (names[0] in self.lex.titles or names[0].lower() in self.lex.office_words
                             or names[0].lower() in date_words().weekdays or names[0].lower() in date_words().months
                             or self.sides.find(names[0])):
                names.pop(0)  # "President Abd Rabbuh Mansour Hadi": the name after the title
            if names and not any(self.sides.find(n) for n in names):
                found.append(Claimant(" ".join([*names, word]), polity.side, "person"))
        return found

    def _holder_named(self, head: str, own: list[Match[Polity]]) -> Claimant | None:
        """The person a polity's one-word form is the surname of ("Poroshenko", which a sides file lists for Ukraine),
        as the update or the page before it named them in full ("Petro Poroshenko said ..."): that person, for the
        polity's side; so is one the sides file lists in full among the polity's forms too ("Hassan Nasrallah"). A
        form never written after a given name (a spelling of the polity's own name, "Hizbullah") stays the
        polity's."""
        polity = own[0].values[0]
        word = without_the(head)
        if self.page_people is None or len(own) != 1 or " " in word or word.isupper() \
                or not NAME_TOKEN.fullmatch(word) or word in (polity.name, polity.adjective):
            return None
        here = self.people.introduced.get(word)  # named in full in this update ("Defense Minister Amir Peretz")
        if here is not None and (here.who or "").split()[-1] == word:
            return Claimant(here.who, polity.side, "person")
        person = self.page_people.holder(word)
        if person is not None and person.side == polity.side:
            return person
        # the sides file itself lists the full name among the polity's forms ("Nasrallah" and "Hassan Nasrallah"); a
        # place is no surname ("Britain" and "Great Britain")
        full = {f for f in polity.forms if " " in f and f.split()[-1] == word and all(NAME_TOKEN.fullmatch(w)
                                                                                    for w in f.split())
                and word.lower() not in self.sides.places}
        return Claimant(full.pop(), polity.side, "person") if len(full) == 1 else None

    def _own_name(self, head: str, own: list[Match[Polity]]) -> bool:
        """Whether ``head`` is one form of a polity that is a name of its own, as a sides file may list a channel, a
        coalition, a movement, a person or a local office among a party's forms ("Grey Zone", "Three Brotherhood
        Alliance", "Getachew Reda", "Poonch district administration"): the name speaks, not the polity's government.
        Capitalised words (or a capitalised place and the words of an office after it) that hold neither a place, the
        polity's name or adjective nor another of its forms ("Northern Tigray", "Republic of Mali" name the
        polity), or an outlet's name whatever it holds ("Hanoi Radio")."""
        polity = own[0].values[0]
        form = polity.written(own[0].text)
        words = form.split()
        office = any(m.end == len(form) and m.start > 0 for m in self.lex.offices.finditer(form))
        if len(own) != 1 or len(words) < 2 or without_the(head).lower() != form.lower() \
                or not all(NAME_TOKEN.match(w) or w in ("of", "for", "and") or (office and w.islower())
                           for w in words) \
                or form in (polity.name, polity.adjective, polity.government) or _STATEHOOD.search(form) \
                or form.lower() in self.sides.places or self.gaz.find(form, ("place",)) \
                or any(m.start == 0 and m.end == len(form) for m in self.sides.regions.find(form)):
            return False
        if any(o.start == 0 and o.end == len(form) for o in find_outlets(form, self.lex)):
            return True  # "Hanoi Radio": an outlet named after its city, the city a form too
        inside = {polity.name, polity.adjective, polity.government, *polity.forms} - {form}
        if words[-1] in inside and words[-1] not in (polity.name, polity.adjective) and all(
                NAME_TOKEN.match(w) for w in words) and words[0] not in self.lex.region_words:
            inside.discard(words[-1])  # a full name whose surname is a form too ("Muammar Gaddafi"): that person
        return not any(re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", form) for o in inside if o)

    def _un_post(self, description: str) -> str | None:
        """The UN's side for a person described by a post the UN fills ("Deputy Humanitarian Coordinator for
        Yemen", "UN Resident Coordinator"), whatever country the post is named for; None without one, or when the
        gazetteer has no UN."""
        if self.lex.un_posts.search(description) is None:
            return None
        un = self.gaz.get("UN")
        return un.side if un is not None else None

    def _ministry(self, head: str, polities: list[Match[Polity]]) -> Claimant | None:
        """A ministry named by its own domain that the offices of claims.yaml do not list ("the Ministry of Energy",
        "the Agriculture Ministry", "Ministry of Energy and Mining"): that office, as written, of the polity its
        phrase or where it speaks names (not the claim's: "said Russian shelling hit ..."), else of a national outlet's
        own country."""
        written = without_the(head)
        if not _MINISTRY.fullmatch(written):
            return None
        side = polities[0].values[0].side if polities else self.home.side if self.home else None
        return Claimant(written, side, "office")

    def _home_office(self, name: str) -> str | None:
        """The side of a national outlet's own country for a state office it names by its proper name without a
        polity ("the Sumy Oblast Military Administration", "the Kharkiv Regional Prosecutor's Office" in a Ukrainian
        outlet), as for a titled person it names so ("Energy Minister X"); None elsewhere."""
        return self.home.side if self.home is not None and self.lex.offices.search(name) is not None else None

    def _region_side(self, phrase: str) -> str | None:
        """The side of the state whose region ``phrase`` names its office by ("Belgorod governor", "the Sumy Oblast
        Military Administration"; see regions.py); a national outlet's own, for a region its state holds and calls its
        own ("Kherson governor" in a Russian outlet)."""
        region = self.regions.region(phrase)
        return self._region_state_side(region) if region is not None else None

    def _local_side(self, speaker: str) -> str | None:
        """The side of the state whose regions the update names, for a regional or city office its ``speaker``
        names without the region ("A drone hit a port in Odesa, the regional governor said", "the regional
        prosecutor's office said 40 people were killed in Sumy region"): the office of the region the update is
        about. None when the update names no region, or regions of two states."""
        if not _LOCAL_OFFICE.search(speaker):
            return None
        sides = {self._region_state_side(m.values[0]) for m in self.regions.book.find(self._text)}
        return sides.pop() if len(sides) == 1 else None

    def _occupation_office(self, head: str) -> Claimant | None:
        """The government an occupier set up, named by its occupation ("the occupation administration", "occupation
        authorities"), as "Russian-installed officials" are: that office as written, for the occupier's side
        (:meth:`_occupier_side`); None for any other words, or when the update names no claimed region."""
        written = without_the(head)
        office = self.lex.offices.search(written)
        if office is None or office.end != len(written) or office.values[0].name != _GOVERNMENT \
                or not _OCCUPATION.match(written):
            return None
        side = self._occupier_side()
        return Claimant(written, side, "office") if side is not None else None

    def _occupier_side(self) -> str | None:
        """The side of the state that holds the claimed regions the update names (regions.yaml ``claimed:``), for an
        office its occupation set up ("Power was cut in Zaporizhzhia region, the occupation administration said"):
        the occupier's, not the region's state's. None when the update names none, or those of two claimers."""
        claimers = {m.values[0].claimer for m in self.regions.book.find(self._text) if m.values[0].claimer}
        polity = self.sides.polity(claimers.pop()) if len(claimers) == 1 else None
        return polity.side if polity is not None else None

    def _region_state_side(self, region: Region) -> str | None:
        """The side of a region's state; a national outlet's own, for a region its state holds and calls its own."""
        if self.home is not None and region.claimer is not None and self.home is self.sides.polity(region.claimer):
            return self.home.side
        state = self.sides.polity(region.state)
        return state.side if state is not None else None

    def _bracketed_side(self, phrase: str) -> str | None:
        """The side of the polity whose form a bracket of the phrase holds whole: the acronym of the office a person
        holds ("Director General of Military Operations (DGMO) Lieutenant General X", the DGMO a form of India's)."""
        sides = set()
        for inner in _BRACKET.findall(phrase):
            found = self.sides.find(inner)
            sides |= {m.values[0].side for m in found if m.start == 0 and m.end == len(inner)}
        return sides.pop() if len(sides) == 1 else None

    def _bracket_after(self, name: str | None) -> str:
        """The bracket the update's text puts right after a person's name, as a record of a debate writes whom its
        speakers speak for ("Oleg A. Troyanovsky (USSR) said"); "" when there is none."""
        written = r"\.?\s+".join(re.escape(w.rstrip(".")) for w in name.split()) if name else ""  # ("John M. Chang")
        m = re.search(written + r"\s*(\([^()]{2,40}\))", self._text) if name else None
        return m.group(1) if m is not None else ""

    def _where_side(self, where: str) -> str | None:
        """The side of the one polity a place before the speaker names ("In Moscow,", "In Russia's Kursk region,"):
        an office there is that polity's. None when it names none, or polities of two sides."""
        sides = {p.values[0].side for p in self.sides.find(where)} if where else set()
        return sides.pop() if len(sides) == 1 else None

    def _unnamed(self, head: str) -> Claimant | None:
        words = head.lower().split()
        return Claimant(None, None, "unnamed") if words and words[-1] in self.lex.unnamed else None


# the words of an official's rank, which name no one: "senior", "top"
_RANK_WORDS = frozenset({"senior", "top", "high-ranking", "junior"})
_DESCRIBING = re.compile(r"[a-z][a-z-]*")


def _described_officials(head: str, own: list[Match[Polity]], noun: str) -> list[str]:
    """The words in lower case that describe officials before their noun in ``head``, polities and articles aside
    ("a senior defence official": ["senior", "defence"]); none when other words stand there."""
    at = head.rfind(noun)
    before = head[:at] if at >= 0 else ""
    for m in sorted(own, key=lambda m: m.start, reverse=True):
        if m.end <= len(before):
            before = before[:m.start] + " " + before[m.end:]
    words = [w for w in before.split() if w.lower() not in ARTICLE_WORDS | COUNT_WORDS]
    return words if len(words) <= 3 and all(_DESCRIBING.fullmatch(w) for w in words) else []


def _in_its_country(head: str, own: list[Match[Polity]]) -> bool:
    """Whether ``head`` is one polity named after the country it holds or fights for, in the possessive ("Niger's
    junta", "Myanmar's military" where the sides file names the polity "Niger junta", "Myanmar military"): a state
    the war splits, whose bare name has no side."""
    if len(own) != 1:
        return False
    polity, rest = own[0].values[0], (head[:own[0].start] + head[own[0].end:]).split()
    country = rest[0][:-2] if len(rest) == 1 and rest[0].endswith("'s") else None
    return country is not None and any(f.startswith(f"{country} ") for f in (polity.name, *polity.forms))


def _owned_forms_dropped(head: str, found: list[Match[Polity]], office: Callable[[str], bool]) -> list[Match[Polity]]:
    """The polities ``head`` names, without a form of one that another's possessive owns ("Portugal's Ministry of
    National Defence", where a sides file lists the Ministry of National Defence as Mozambique's): the owner's; nor a
    form that is an office's common name (``office``) after a polity's adjective or name, the office of that polity
    ("the Portuguese defence ministry", where a sides file lists "defence ministry" as Mozambique's; "Ukraine's State
    Emergency Service", listed as Ukraine's own: its office, not its government)."""
    owned = {k + 1 for k in range(len(found) - 1)
             if (head[found[k].end:found[k + 1].start] in ("'s ", "’s ")
                 and found[k].values[0].side != found[k + 1].values[0].side)
             or (head[found[k].end:found[k + 1].start] in (" ", "'s ", "’s ") and office(found[k + 1].text)
                 and found[k].text in (found[k].values[0].name, found[k].values[0].adjective))}
    return [m for k, m in enumerate(found) if k not in owned]
