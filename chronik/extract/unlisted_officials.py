"""The side of a titled official no file lists ("Foreign Secretary David Lammy said", "President BJ Habibie says
Indonesia may let East Timor go"): a person the text gives a title right before the name, whom neither the gazetteer
nor a sides file knows. Such an official is of the one warring state the update names, if it names one only (an
official in an update on that state is more likely its own than a foreign one), or else of the one its page's title
names; else of a third party, a state's office of no party to the war. A named armed group (the rebels, the RSF) is
what a state's official speaks about, no side of theirs."""

from __future__ import annotations

import re

from chronik.extract.attribution import Attribution
from chronik.extract.data import ExtractData
from chronik.extract.sides import THIRD_PARTY, Polity


def unlisted_official_side(found: Attribution, text: str, data: ExtractData,
                           page_title: str | None = None) -> str | None:
    """The side of ``found``, a claimant of no known side, when it is a titled official (see the module docstring);
    None for anyone else, or where the sides file has no third party. An update that names no warring state is read
    on its page: the one its title names ("Burundi: Killings by Security Forces" over "the army spokesman, Col. X,
    said")."""
    ahead = _ahead(found, text)
    if THIRD_PARTY not in data.sides.sides or ahead is None or not _official(ahead, data):
        return None
    international = _INTERNATIONAL.search(ahead[-_NEAR:]) is not None
    on_page = _party_named(page_title, data) if page_title and not international else None
    return _party_named(text, data) or on_page or THIRD_PARTY


def _party_named(text: str, data: ExtractData) -> str | None:
    """The side of the one state at war whose name or forms ``text`` gives, if it names one only."""
    sides = {m.values[0].side for m in data.sides.find(text) if _state(m.values[0], data)}
    sides -= {THIRD_PARTY, data.sides.narrative, None}
    return sides.pop() if len(sides) == 1 else None


def _state(polity: Polity, data: ExtractData) -> bool:
    """Whether ``polity`` is a state (a packaged state's name, or governed by a "Government of ..."), not an armed
    group or a movement."""
    return polity.name.lower() in data.sides.places or (polity.government or "").startswith("Government of")


# an international post before a name: "Secretary-General U Thant", "the UN envoy, X,"
_INTERNATIONAL = re.compile(r"\b(?:Secretary[- ]General|U\.?N\.?|United\s+Nations|[Ee]nvoy|Ambassador|Pope)\b")


_NEAR = 40  # the characters right before a name that its title stands in


def _ahead(found: Attribution, text: str) -> str | None:
    """The text before the claimant's name (found by its surname when the page gave it in full before); None when
    the text does not name it, or opens with it (no title before it)."""
    who = found.who or ""
    at = text.find(who)
    if at < 0 and " " in who:
        at = text.find(who.split()[-1])
    return text[:at] if at > 0 else None


# a post in lower case right before a name, set off by a comma: "the prosecutor general, ", "The president's senior
# communications adviser, "
_POST_BEFORE = re.compile(r"(?:^|[,;:]\s*|\s)(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,4}?"
                          r"(?P<last>[a-z][a-z-]+),\s*$")


# a state's post in lower case right before its holder's name, after the service it is of: "Government spokesman ",
# "Army spokesman Major-General ", "Presidential spokesman ", "navy commander Cmdr. ", "Air Force commander "
_STATE_POST = re.compile(r"(?:^|[\s,;:(])(?i:government|army|military|presidential|presidency|police|defen[cs]e|navy|"
                         r"naval|air\s+force|interior|foreign|information)\s+(?:spokes(?:man|woman|person)|commander|chief)\s+"
                         r"(?:(?:[A-Z][\w.'’-]*\.?|[A-Z][a-z]+-[A-Z][a-z]+)\s+){0,2}$")


def _official(ahead: str, data: ExtractData) -> bool:
    """Whether the text before the claimant's name (``ahead``) ends in a title of the name's holder ("President
    Reagan", "Secretary General Javier Perez de Cuellar"), not a private person's name; an office named without its
    state ("The Foreign Ministry said") may be a party's, and keeps its flag. A name the page gave in full before may
    stand in the text by its surname alone ("President Kabbah" for Ahmad Tejan Kabbah)."""
    post = _POST_BEFORE.search(ahead)
    if post is not None and post.group("last").capitalize() in data.lexicon.titles:
        return True  # the post in lower case between commas before the name: "the prosecutor general, X, said"
    if _STATE_POST.search(ahead):
        return True  # "Government spokesman Patrick Muyaya", "Army spokesman Major-General X", "navy commander Cmdr. X"
    before = _INITIALS.sub("", ahead)[-_NEAR:].split()  # ("Governor K.V. Krishna Rao": the initials are the name's)
    return bool(before) and before[-1].rstrip(",") in data.lexicon.titles and before[-1][:1].isupper()


# the initials of a name written before its surname: "K.V. ", "S. B. "
_INITIALS = re.compile(r"(?<=\s)(?:[A-Z]\.\s?)+\s*$")
