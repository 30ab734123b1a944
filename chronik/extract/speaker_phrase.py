"""Finding the speaker's phrase in a claimant phrase: the phrase without quotes, parentheses, relative clause and
statement noun ("the ministry's statement" → "the ministry"), then the segment that names the speaker (its head),
the appositions that describe it, and a clause before them that says what is claimed ("Russian shelling killed two
people, regional governor X said": the claim, not who). Segments that are not the speaker are dropped: an
adverbial after it ("the ministry, in a statement,"), a participle clause ("X, speaking by phone with Y,"), a place's
description or region ("Residents of Nyala, capital of South Darfur,", "In Zalingei, Central Darfur, the RSF") and a
named day ("on 21 September, Armenia's Independence Day, he") in apposition."""

from __future__ import annotations

import functools
import re

from chronik.dates.lexicon import longest_first
from chronik.extract.bodies import BodyNamer
from chronik.extract.frame_phrase import dated_name, without_leading_time
from chronik.extract.gazetteer import PARTICLES
from chronik.extract.matcher import Match
from chronik.extract.outlets import find_outlets
from chronik.extract.sides import Polity
from chronik.extract.words import DETERMINERS, NAME_TOKEN, SEGMENT, without_the
from chronik.segment.prose import past_shaped

_PARENS = re.compile(r"\s*\([^()]*\)")
# a relative clause that ends the phrase ("the residents who fled") or that a comma closes before the phrase goes on
# ("Three sailors, who had been held in Odesa, flew home, the ministry": the clause describes what is told)
_RELATIVE = re.compile(r"\s+(?:which|who|whose|that)\b[^,]*$")
_RELATIVE_CLOSED = re.compile(r",\s+(?:which|who|whose)\b[^,]*,\s*(?=\S)")
# a backer named before a body's proper name ("al-Qaeda-linked", "Iran-backed", "Kremlin-aligned")
_SPONSORED = re.compile(r"[\w'-]+-(?:linked|backed|aligned|affiliated|allied|sponsored|supported)")
_INDEFINITE = re.compile(r"^(?:a|an)\s", re.I)
# what a speaker acts by or in answer to, set off after it: "in keeping with the decisions of the SADC summit", "in
# response to the appeal of the OAU", "pursuant to resolution 1778"
_ACTING_BY = re.compile(r"^(?:in\s+(?:keeping|line|accordance|conformity|compliance)\s+with|in\s+response\s+to"
                        r"|pursuant\s+to|further\s+to)\s", re.I)
# a place the phrase opens with ("In Beijing", "In Russia's Kursk region"), not "in a statement"
_PLACE_INTRO = re.compile(r"^[Ii]n\s+(?:the\s+)?[A-Z]")
_PREPOSITIONS = {"in", "of", "from", "at", "near", "to", "for", "on", "by", "with", "into", "across", "over", "and"}
_FINITE = {"was", "were", "is", "are", "has", "have", "had", "will"}
# past forms written as the present, which the segmenter's past forms leave out ("could cut supplies" is no act):
# in a clause before the speaker they are its verb ("An airstrike cut the highway, the minister said")
_PAST_AS_PRESENT = {"cut", "hurt", "burst", "cast"}
_DAY_JOINERS = {"of", "the", "al-Fitr", "al-Adha"}
# a noun phrase and its noun: "capital of South Darfur", "the regional capital", "Ukraine's second city"
_PLACE_PHRASE = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[\w'-]+\s+){0,2}?(?P<noun>[a-z]+)"
                           r"(?:\s+(?:of|in|near|on|outside|north|south|east|west)\b.*)?$")
# the name that ends a segment, after a preposition ("Residents of Nyala", "In Zalingei")
_NAME_AT_END = r"\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}$"


@functools.cache
def delegate_patterns(nouns: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The phrases of a state's delegate, before and after the state: "the representative of X", "X's delegate"."""
    alts = "|".join(re.escape(n) for n in longest_first(nouns))
    return (re.compile(rf"(?:the\s+)?(?:{alts})\s+(?:of|for)\s+(?P<state>.+)", re.I),
            re.compile(rf"(?:the\s+)?(?P<state>.+?)'s\s+(?:{alts})", re.I))


# how often or how lately a body's reports come, before its name: "daily CJTF-OIR strike reports", "the latest OCHA
# update", "weekly ISW assessments"
_EVERY = re.compile(r"^(?:(?:the|The)\s+)?(?:daily|weekly|monthly|latest|recent|regular|initial|preliminary)\s+"
                    r"(?=[A-Z])")


# a role in its holder's apposition, owned by a place or body: "Libya's deputy foreign minister", "the UN's envoy"
_OWNER_ROLE = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}['’]s\s+[a-z]")


# the outlet that reached a speaker, after them: "Residents reached by Sudans Post", "two officials contacted by
# AFP", "a commander quoted by Reuters" (the outlet reports, the residents speak)
_REACHED_BY = re.compile(r"\s+(?:reached|contacted|interviewed|quoted|cited)\s+by\s+(?:the\s+)?[A-Z][\w.'’&-]*"
                         r"(?:\s+[A-Z][\w.'’&-]*){0,4}(?:\s+(?:on|in|over)\s+.*)?$")


# a polity's possessive before a titled name ("Kenya's ", "the United States' ")
_POSSESSOR = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:['’]s|s['’])\s+")


class PhraseSplitter:
    """Splits claimant phrases into the speaker's head and its descriptors (``bodies``: to tell a known body; its
    lexicon, sides file and gazetteer are the splitter's)."""

    def __init__(self, bodies: BodyNamer):
        self.lex, self.sides, self.gaz = bodies.lex, bodies.sides, bodies.gaz
        self.bodies = bodies
        # the platform a speaker posts on, between the name and the verb ("X on Telegram said", "Y via X claims")
        platforms = "|".join(longest_first(re.escape(p) for p in self.lex.platforms))
        self._medium = re.compile(rf"\s+(?:on|via)\s+(?:{platforms})$", re.I)

    def clean(self, phrase: str) -> tuple[str, bool, bool]:
        """The phrase without quotes, parentheses, relative clause and statement nouns; whether a
        statement noun was cut ("the statement" names a claim, not who made it), and whether it names
        people who speak unnamed ("an RSF source")."""
        issued = anonymous = False
        text = without_leading_time(_PARENS.sub("", phrase).strip().strip("\"'•*:;,. ").strip())
        text = self._medium.sub("", text)
        text = _EVERY.sub("", text)  # "daily CJTF-OIR strike reports": the body's, whatever their rhythm
        text = re.sub(r"^(?:the|The)\s+(?=[A-Z])", "", text) if text.startswith(("the ", "The ")) else text
        cut = _RELATIVE.sub("", _RELATIVE_CLOSED.sub(" ", text)).strip()
        if cut.strip():
            text = cut
        for _ in range(3):  # "a Kremlin announcement", "Moscow's information"
            tail = [m for m in self.lex.statement_nouns.finditer(text) if m.end == len(text)]
            if not tail or any(o.end == len(text) for o in find_outlets(text, self.lex)) \
                    or self._office_ends(text, tail[0].start):  # "the Kyiv Post", "the Ministry of Information"
                break
            text = re.sub(r"(?:'s)?\s*$", "", text[:tail[0].start].rstrip()).rstrip()
            issued = True
            anonymous = anonymous or tail[0].text.lower() in self.lex.anonymous
        text = text.strip().strip("\"',.:;").strip()
        last = text.rsplit(None, 1)[-1] if text else ""
        if last and f"{last}." in self.lex.abbreviations:
            text += "."  # "The U.S. said": the abbreviation's own dot, not a stop
        return ("" if text.lower() in DETERMINERS else text), issued, anonymous

    def _office_ends(self, text: str, noun: int) -> bool:
        """Whether an office's name ends ``text`` and holds the statement noun at ``noun`` ("the Ethiopian Ministry of
        Information"): the noun names the office, not what it issued."""
        return any(m.end == len(text) and m.start < noun for m in self.lex.offices.finditer(text))

    def head(self, text: str) -> tuple[str, str, str, str]:
        """The segment that names the speaker, the segments that describe it (joined), a clause before them
        that says what is claimed, and a place the phrase opens with right before the speaker ("In Moscow, foreign
        ministry spokeswoman X": where the speaker speaks)."""
        segs = [s.strip() for s in SEGMENT.split(text) if s.strip()]
        said = where = ""
        through = next((m for seg in segs if (m := THROUGH_SPOKESPERSON.fullmatch(seg)) is not None), None)
        if through is not None:
            # "the AFC/M23, through its spokesperson Lawrence Kanyuka,": the spokesperson speaks, named; the body
            # the phrase names tells the side
            return through.group("name"), text, "", ""
        joined = [i for i, seg in enumerate(segs[:-1]) if i > 0 and re.match(r"(?:while|whereas)\s", seg)]
        if joined:
            # "X said ..., while the head of the Russian delegation, Vladimir Medinsky, said": a clause of its own,
            # its speaker described within it
            segs = [re.sub(r"^(?:while|whereas)\s+", "", segs[joined[-1]]), *segs[joined[-1] + 1:]]
        last = max((i for i, seg in enumerate(segs[:-1]) if _is_clause(seg)), default=-1)
        if last > 0:  # "Goris (AFP) - More than 50,000 people have fled, the Armenian government": from the clause on
            said, segs = ", ".join(segs[:last]), segs[last:]
        while len(segs) > 1 and (self._is_intro(segs[0]) or _is_clause(segs[0]) or _goes_on(segs[0])
                                 or (said and _in_list(segs))):
            # (the rest of a list the claim began: "... suspended at Srinagar, Jammu, Leh and Kargil airports, an
            # official")
            if (named := dated_name(segs[0])) is not None:
                segs[0] = named  # "On March 3rd Oleksiy Danilov, Ukraine's security chief": the name after the date
                break
            # "Russian shelling killed two people, regional governor X said": the claim, not who
            seg = segs.pop(0)
            said = said if self._is_intro(seg) else f"{said}, {seg}"
            where = seg if _PLACE_INTRO.match(seg) else ""  # a place before a claim is the claim's
            if len(segs) > 1 and (self._region_of(seg, segs[0]) or self.names_day(segs[0])):
                segs.pop(0)  # "In Zalingei, Central Darfur, the RSF"; "On 24 August, Independence Day, Kyiv"
        # a place's description or region and a named day in apposition name where and when, not who speaks
        # ("Residents of Nyala, capital of South Darfur,"; "Volunteers in Ed Daein, East Darfur,")
        kept = [seg for i, seg in enumerate(segs) if not self.names_day(seg) and (i == 0 or not (
            self._describes_place(seg) or self._region_of(segs[i - 1], seg)))]
        segs = kept or segs
        segs = self._before_participle(segs)
        while len(segs) > 1 and (self._is_aside(segs[-1]) or _is_participle(segs[-1]) or _is_channel(segs[-1])):
            segs.pop()  # "the ministry, in a statement,"; "X, speaking by phone with his counterpart Y,"
        if not segs:
            return "", "", said, where
        if re.match(r"(?:and|but|while|whereas)\s", segs[-1]):
            said = ""  # "Russian forces shelled Kharkiv, and the military said": a clause of its own
        segs[-1] = _REACHED_BY.sub("", self._strip_openers(segs[-1]))
        whole = ", ".join(segs)
        while len(segs) > 1 and _INDEFINITE.match(segs[-1]) and re.sub(r"^the\s+", "", segs[-2])[:1].isupper():
            segs.pop()  # "the Central Committee of Sudanese Doctors, a pro-democracy medical group,"; not "..., near
            # Owerri, a government spokesman": the speaker after what the claim goes on with
        # (a state's delegate named after the post speaks by name: "Rwanda's Permanent Representative, Ernest Rwamucyo")
        delegate = self._delegate(segs[0]) and not (len(segs) > 1 and self._name_like(segs[1]))
        owned = _POSSESSOR.sub("", segs[0], count=1)  # "Kenya's President William Ruto, the current chairman of ..."
        if len(segs) > 1 and (self._name_like(segs[0]) or self._known_whole(segs[0]) or delegate
                              or (owned != segs[0] and self._name_like(owned) and segs[1][:1].islower())
                              or (self._person_form(segs[0]) and (segs[1][:1].islower()
                                                                   or _OWNER_ROLE.match(segs[1]) is not None))) \
                and not self._series(segs):
            return segs[0], whole, said, where
        if self._named_between(segs):
            return segs[-2], whole, said, where
        return segs[-1], whole, said, where

    def _named_between(self, segs: list[str]) -> bool:
        """Whether a name stands between a phrase that describes the claim and the name's own post ("the first
        attack on the city in weeks, Jane Roe, head of the city administration"): the name speaks, not its post."""
        return len(segs) > 2 and not segs[0][:1].isupper() and self._name_like(segs[-2]) \
            and not self._name_like(segs[-1]) and not self._series(segs)

    def _series(self, segs: list[str]) -> bool:
        """Whether the segments open with a series of names, not a name and its apposition ("in the Kupiansk, Lyman,
        Bakhmut and Avdiivka directions, the General Staff": places; not "X, the ministry's spokesman"): the one
        after the first one-word name is a bare name too, or opens with one and "and" ("Bakhmut and Avdiivka
        directions"), and the last does not describe the first."""
        return len(segs) > 2 and " " not in segs[0] and not self._name_like(segs[-1]) and (
            (self._name_like(segs[1]) and " " not in segs[1]) or _SERIES_END.match(segs[1]) is not None)

    def _known_whole(self, seg: str) -> bool:
        """A body the gazetteer or a sides file names, and nothing else ("the Qassam Brigades" before ", the armed
        wing of Hamas,"): the speaker its apposition describes."""
        bare = without_the(seg)
        if any(m.start == 0 and m.end == len(bare) for m in self.gaz.find(bare, ("person", "body"))):
            return True
        return any(p.start == 0 and p.end == len(bare) and self.bodies.body_form(p.text, p.values[0])
                   for p in self.sides.find(bare))

    def _before_participle(self, segs: list[str]) -> list[str]:
        """The segments before a participle clause that follows a named speaker: the clause runs to the end of the
        phrase, its list of names with it ("The representative of Chile, speaking also for Peru, Ecuador and Bolivia,":
        Chile speaks). Only after a speaker's name: what comes before a speaker is what is claimed."""
        first = segs[0] if segs else ""
        if not (self._name_like(first) or self._known_whole(first) or self._delegate(first)):
            return segs
        at = next((i for i, seg in enumerate(segs) if i > 0 and _is_participle(seg)), len(segs))
        return segs[:at]

    def _delegate(self, seg: str) -> bool:
        """Who speaks for a state named by the state ("The representative of Chile", "Norway's delegate") before the
        role it holds ("..., penholder on Syria,", "..., Council President for June,"): the speaker its apposition
        describes."""
        before, after = delegate_patterns(self.lex.delegates)
        m = before.fullmatch(seg) or after.fullmatch(seg)
        state = without_the(m.group("state")) if m is not None else ""
        return any(p.start == 0 and p.end == len(state) for p in self.sides.find(state))

    def names_day(self, seg: str) -> bool:
        """A name of a day or holiday ("Armenia's Independence Day", "Orthodox Christmas"): a date, not a speaker."""
        words = without_the(seg).split()
        return 0 < len(words) <= 6 and all(NAME_TOKEN.match(w) or w in _DAY_JOINERS for w in words) \
            and self.lex.named_days.search(seg) is not None

    def _describes_place(self, seg: str) -> bool:
        """A noun phrase whose noun is a place's ("capital of South Darfur", "Ukraine's second city", "a town near
        the border"), not a body named by one ("the city council", "a city official")."""
        m = _PLACE_PHRASE.match(seg)
        return m is not None and m.group("noun").lower() in self.lex.place_nouns

    def _region_of(self, before: str, seg: str) -> bool:
        """Whether ``seg`` is the region of a town named just before it ("In Zalingei, Central Darfur";
        "Residents of Izium, Kharkiv Oblast"): a name opening with a compass word or closing with a region noun,
        or a known place, after a place the segment before names with a preposition."""
        if not re.search(rf"\b(?:in|of|near|from|at|outside){_NAME_AT_END}", before, re.I):
            return False
        words = seg.split()
        if not 0 < len(words) <= 4 or not all(NAME_TOKEN.match(w) for w in words) \
                or any(w in self.lex.titles and w not in self.lex.region_words for w in words) \
                or self.gaz.find(seg, ("person", "body")):
            return False
        if words[0] in self.lex.region_words or (len(words) > 1 and words[-1] in self.lex.region_words):
            return True
        return any(m.start == 0 and m.end == len(seg) for m in self.gaz.find(seg, ("place",)))

    def _is_intro(self, seg: str) -> bool:
        first = seg.split()[0]
        return first.lower() in self.lex.intro_words or first[:1].isdigit()

    def _is_aside(self, seg: str) -> bool:
        """An adverbial after the speaker ("in a statement", "on Sunday"), naming no one; or saying what the speaker
        acts by, whoever it names ("The government of Angola, in keeping with the decisions of the SADC summit, has
        decided ...")."""
        return (self._is_intro(seg) and not self.sides.find(seg) and not self.gaz.find(seg, ("person", "body"))) \
            or _ACTING_BY.match(seg) is not None

    def _strip_openers(self, seg: str) -> str:
        words = seg.split()
        while len(words) > 1 and words[0].lower() in self.lex.intro_words and not self._name_like(" ".join(words)):
            words.pop(0)
        at = 1 if words[0].lower() == "the" else 0
        if len(words) > at + 1 and _SPONSORED.fullmatch(words[at]) and words[at + 1][:1].isupper():
            del words[:at + 1]  # "the al-Qaeda-linked Support Group for Islam and Muslims": who backs it is no name
        return " ".join(words)

    def _name_like(self, seg: str) -> bool:
        """A name, maybe after titles ("Lt. Col. Peter Lerner", not "Defense Minister")."""
        words = seg.split()
        named = [w for w in words if w not in self.lex.titles]
        # (a name's particles inside it are of it: "Jacques de Maio", "Ursula von der Leyen")
        return 0 < len(words) <= 5 and all(NAME_TOKEN.match(w) or (0 < k < len(words) - 1 and w in PARTICLES)
                                           for k, w in enumerate(words)) \
            and bool(named) and named[0] == words[len(words) - len(named)] \
            and all(self._leaders_name(seg, p) or self._titled_holder(seg, p) for p in self.sides.find(seg))

    def _person_form(self, seg: str) -> bool:
        """Whether a sides file lists the whole of ``seg`` among a polity's forms as a person's name, before the role
        that describes it ("Jimmy Chérizier, leader of the G9 federation,"): names in two words or more that are
        neither the polity's own names, a body's ("Haitian National Police") nor a place's."""
        found = [p for p in self.sides.find(seg) if p.start == 0 and p.end == len(seg)]
        if len(found) != 1 or not all(NAME_TOKEN.match(w) for w in seg.split()):
            return False
        form, polity = found[0], found[0].values[0]
        return " " in form.text \
            and form.text not in (polity.name, polity.adjective, polity.government) \
            and not self.bodies.body_form(form.text, polity) and form.text.lower() not in self.sides.places \
            and not self.gaz.find(form.text, ("place",))

    def _titled_holder(self, seg: str, form: Match[Polity]) -> bool:
        """Whether a polity's form that is a person's full name ends ``seg`` after titles alone ("Lieutenant General
        Steve Townsend" where the sides file lists "Steve Townsend" for the coalition): that person, by rank."""
        polity = form.values[0]
        before = seg[:form.start].split()
        return form.end == len(seg) and " " in form.text and bool(before) \
            and form.text not in (polity.name, polity.adjective, polity.government) \
            and all(w in self.lex.titles for w in before)

    @staticmethod
    def _leaders_name(seg: str, form: Match[Polity]) -> bool:
        """Whether a polity's form in a name is the surname of the leader a sides file names the polity by ("Hassan
        Nasrallah", "Viktor Orbán"): a form after the given name that ends the name, neither the polity's name nor
        its adjective ("South Sudan", "Northern Ukraine" are places)."""
        polity = form.values[0]
        return form.start > 0 and form.end == len(seg) and form.text not in (polity.name, polity.adjective) \
            and " " not in form.text


# the end of a series of names: "Bakhmut and Avdiivka directions", "Goranboy or Aghdam"
_SERIES_END = re.compile(r"^(?:and\s+|or\s+)?[A-Z][\w'-]*\s+(?:and|or)\s+[A-Z]")


# a body speaking through its named spokesperson, before its verb or after it: "through its spokesperson Lawrence
# Kanyuka" (sentence_frames reads it after the verb)
THROUGH_SPOKESPERSON = re.compile(r"through\s+(?:its|their|his|her)\s+(?:official\s+)?spokes(?:person|man|woman)\s+"
                                  r"(?P<name>(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3})", re.I)


def _in_list(segs: list[str]) -> bool:
    """Whether ``segs`` open with the rest of a list of names: its end ("Jammu and Leh airports") or a bare name with
    more of the list after it ("Jammu", "Leh and Kargil")."""
    if _SERIES_END.match(segs[0]) is not None:
        return True
    return len(segs) > 2 and _BARE_NAME.fullmatch(segs[0]) is not None and (
        _BARE_NAME.fullmatch(segs[1]) is not None or _SERIES_END.match(segs[1]) is not None)


_BARE_NAME = re.compile(r"[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?")


def _is_clause(seg: str) -> bool:
    """A segment that says something rather than naming someone: it has a finite verb ("Russian shelling killed two
    people in Kharkiv", "Two people were wounded"), not one used as an adjective ("the newly appointed head")."""
    words = seg.split()
    for i, w in enumerate(words[1:-1], 1):
        before = words[i - 1].lower()
        verb = w in _FINITE or w in _PAST_AS_PRESENT or past_shaped(w)
        if w.islower() and "-" not in w and verb and before not in _PREPOSITIONS \
                and before not in DETERMINERS and not before.endswith("ly") and not before.endswith("'s"):
            return True
    return False


# what a claim goes on with after its main clause: a participle ("killing at least 40 civilians") or who among a count
# ("most of them women and children"), no one's name
_GOES_ON = re.compile(r"(?!according\b)[a-z]+ing\s|(?:most|all|many|some|several|half|none)\s+of\s+(?:them|whom)\b"
                      r"|among\s+them\b")


def _goes_on(seg: str) -> bool:
    """A segment that goes on with the claim before the speaker ("Jets bombed the market, killing at least 40
    civilians, most of them women, a government spokesman said")."""
    return _GOES_ON.match(seg) is not None


def _is_channel(seg: str) -> bool:
    """The channel a speaker's words go through, after the speaker's name ("X, through his spokesperson,", "X, via a
    spokesman,"): the speaker still speaks."""
    return re.match(r"(?:through|via)\s", seg.strip()) is not None


def _is_participle(seg: str) -> bool:
    """A participle clause after the speaker's name ("speaking by phone with ...", "known as Abu Ubaidah", "asked
    about the strikes at the White House")."""
    first = seg.split()[0]
    return first.islower() and (first.endswith("ing") or first in {"known", "quoted", "cited", "seen", "pictured",
                                                                     "asked", "questioned", "pressed", "interviewed"})
