"""The people a page has named before, with their sides: a timeline or an article introduces a speaker once ("Tigray's
regional president Debretsion Gebremichael", "Foreign Secretary Vikram Misri announced ...") and names them later by
one name alone, or by their name without the title, in updates of their own ("Debretsion rejected the ultimatum", "At
a briefing, Misri said ..."). Within one update people.py does this (``PersonNamer.introduce``); across the updates
of one page the side learnt earlier is kept here, a party's side only: the outlet's own voice (its anchor, a resident
it quotes) says nothing for a party, and a transcript's "BLITZER:" stays the anchor's turn. A name that fits two
people of the page recalls neither. So with an army: "The army says it has retaken ..." on a page that named one
side's army before ("Fighting between Sudan's army and the RSF ...") is that army, when no army is named in its own
update. And with a body: "the alliance said" on a page that named one party's "Three Brotherhood Alliance" is that
alliance, "the information team added" the "Information Team of the State Administration Council" (its collective
noun, ``collective_nouns`` in claims.yaml, and any word before it, found in the name)."""

from __future__ import annotations

import dataclasses
import functools
import re

from chronik.extract.claimant import Claimant
from chronik.extract.gazetteer import ARTICLE

# what a text calls a body it named before: "the alliance", "the information team", "the team"
_CALLED = re.compile(r"(?:[Tt]he\s+)?(?P<words>(?:[a-z][\w-]*\s+){0,2})(?P<noun>[a-z]+)")


@functools.cache
def _capitalised(nouns: frozenset[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(n.capitalize()) for n in sorted(nouns)) + r")\b")


def names_body(text: str, nouns: frozenset[str]) -> bool:
    """Whether ``text`` may name a body by a name ending in one of ``nouns`` ("Three Brotherhood Alliance"): it holds
    one of them capitalised. (A cheap test that spares looking the update's names up.)"""
    return _capitalised(nouns).search(text) is not None


def body_noun(name: str, nouns: frozenset[str]) -> str | None:
    """The collective noun a body's name ends with, before any "of" ("Information Team of the State Administration
    Council": team), lower case; None when it ends with none of ``nouns``."""
    head = name.split(" of ", 1)[0].split()
    noun = head[-1].lower() if head else ""
    return noun if noun in nouns else None


class PagePeople:
    """The people of the page being attributed, by each of their given names and surnames."""

    def __init__(self, narrative: str | None) -> None:
        self.narrative = narrative  # the side of the outlet's own voice (sides.yaml), which no one is recalled with
        self.page: str | None = None
        self._known: dict[str, Claimant | None] = {}
        self._surnames: dict[str, str | None] = {}  # the full name of each person of no side the page named, by surname
        self._forces: dict[str, Claimant] = {}  # the armies the page named, by side
        self._turn: Claimant | None = None  # the speaker of the hearing's turn last opened (hearing_turns.py)
        self._bodies: dict[str, Claimant | None] = {}  # the bodies the page named, by collective noun (None: several)
        self._first: dict[str, Claimant] = {}  # the first person of each side who said an update (``first``)

    def open(self, page: str | None) -> None:
        """Start ``page`` (a source's id); a new page forgets the people of the one before."""
        if page != self.page:
            self.page, self._known, self._forces, self._turn, self._bodies = page, {}, {}, None, {}
            self._surnames, self._first = {}, {}

    def learn_bodies(self, bodies: list[Claimant], nouns: frozenset[str]) -> None:
        """Remember the bodies of a party an update names whose name ends with one of ``nouns``; two of different
        sides by one noun make it no one's."""
        for body in bodies:
            noun = body_noun(body.who or "", nouns)
            if noun is None or body.side in (None, self.narrative):
                continue
            earlier = self._bodies.get(noun, body)
            self._bodies[noun] = earlier if earlier is not None and earlier.side == body.side else None

    def called(self, phrase: str, nouns: frozenset[str]) -> Claimant | None:
        """The body the page named before that ``phrase`` calls by its collective noun ("the alliance", "the
        information team"), when one body of a party has that noun and every word before it is in its name."""
        m = _CALLED.fullmatch(phrase.strip())
        if self.page is None or m is None or m.group("noun") not in nouns:
            return None
        body = self._bodies.get(m.group("noun"))
        if body is None or not all(w.lower() in (body.who or "").lower().split() for w in m.group("words").split()):
            return None
        return body

    def learn(self, people: list[Claimant]) -> None:
        """Remember the people an update named in full with a party's side (its introduced people, its claimant)."""
        for person in people:
            if person.kind == "person" and person.who and person.side is None and " " in person.who:
                surname = person.who.split()[-1]
                self._surnames[surname] = person.who if self._surnames.get(surname, person.who) == person.who else None
            if person.kind != "person" or not person.who or person.side in (None, self.narrative) \
                    or " " not in person.who:
                continue
            words = person.who.split()
            for word in {person.who, words[0], words[-1], ARTICLE.sub("", words[-1])}:
                earlier = self._known.get(word, person)
                self._known[word] = person if earlier is not None and earlier.who == person.who else None

    def recall(self, found: Claimant, titles: frozenset[str]) -> Claimant:
        """``found``, a person of no side named by one name alone ("Misri"), maybe after a courtesy title of
        ``titles`` ("Mr Gedi", "Sheikh Sharif"), or by their name again without the title that told their side ("Naim
        Qassem"), as the page introduced them before ("Vikram Misri", of India; "Hezbollah's deputy leader Naim
        Qassem"; "Prime Minister Ali Mohamed Gedi", of no side the page knows: named in full); or a titled surname
        the sentence already sides with that person's side ("Mr. Austin" after "Mr. Warren R. Austin (United
        States)"); else ``found`` unchanged."""
        if self.page is None or found.kind != "person" or not found.who:
            return found
        words = found.who.split()
        while len(words) > 1 and (words[0] in titles or f"{words[0]}." in titles):
            del words[0]
        untitled = " ".join(words)
        known = self._known.get(found.who) or self._known.get(untitled)
        if found.side is not None:  # "Mr. Austin" the sentence sides with his state: the page's Warren R. Austin
            return known if known is not None and known.side == found.side and untitled != found.who else found
        full = self._surnames.get(untitled) if known is None and (untitled != found.who or " " not in untitled) \
            else None
        return known or (dataclasses.replace(found, who=full) if full else found)

    def names_another(self, surname: str, known: str) -> bool:
        """Whether the page named in full someone other than ``known`` whose surname ``surname`` is ("Warren R.
        Austin" before "Mr. Austin", where the gazetteer knows Lloyd Austin)."""
        if self.page is None:
            return False
        person = self._known.get(surname)
        full = person.who if person is not None else self._surnames.get(surname)
        return full is not None and full != known and full.split()[-1] == surname

    def holder(self, surname: str) -> Claimant | None:
        """The one person the page named in full, with a party's side, whose surname ``surname`` is ("Poroshenko"
        after "Petro Poroshenko"), if any."""
        found = self._known.get(surname) if self.page is not None else None
        return found if found is not None and (found.who or "").split()[-1] == surname else None

    def learn_speaker(self, speaker: Claimant | None) -> None:
        """Remember ``speaker``, who says an update, if a person of a party named in full and the first of its side."""
        if speaker is not None and speaker.kind == "person" and speaker.who and " " in speaker.who \
                and speaker.side not in (None, self.narrative):
            self._first.setdefault(speaker.side, speaker)

    def first(self, side: str) -> Claimant | None:
        """The first person of ``side`` the page gave an update to, named in full: on a page an office of one person
        publishes ("President of Russia"), the holder its items name ("Vladimir Putin said ...", then "The President
        signed ...")."""
        return self._first.get(side) if self.page is not None else None

    def learn_force(self, force: Claimant | None) -> None:
        """Remember the army an update named (``Resolver.force_in``), if any."""
        if force is not None and force.side is not None:
            self._forces.setdefault(force.side, force)

    def force(self) -> Claimant | None:
        """The army the page named before, when it named one side's armies only."""
        return next(iter(self._forces.values())) if self.page is not None and len(self._forces) == 1 else None

    def hearing(self, turn: Claimant | None, sourced: bool) -> Claimant | None:
        """The speaker of a hearing's record who says an update: a turn's paragraphs after its first ("On January
        28, three soldiers were killed ...", under "Secretary AUSTIN. Thank you, ...") are still its speaker's,
        unless they name their own source (``sourced``); an update that opens a turn (``turn``) makes it the page's
        last, and is said by it already."""
        if turn is not None:
            self._turn = turn
        return None if sourced or turn is not None else self._turn
