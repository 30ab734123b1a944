"""What a page's publisher says about who speaks in it: the state office a page is the release of ("Ministry of
National Defence, Kingdom of Cambodia", a title "Communiqué No. 12 of the Government of ..."), the body of the
gazetteer a publisher is ("UN OCHA", "Amnesty International") and the country of a national outlet named after its
country, people or city, known to the gazetteer or told by its site's domain (attribution.py uses all three). A page
that speaks in a party's or an intelligence service's own voice is told by page_voice.py."""

from __future__ import annotations

import re

from chronik.extract.claimant import Claimant
from chronik.extract.gazetteer import Gazetteer, Name, both_names
from chronik.extract.lexicon import ClaimLexicon
from chronik.extract.outlets import find_outlets
from chronik.extract.resolver import Resolver
from chronik.extract.sides import Polity, SideBook

# a release's title that names who issues it: "Communiqué N°45 of the Government of ...", "Press release by ..."
_RELEASE = re.compile(r"^(?:joint\s+|official\s+)?(?:communiqu[eé]|press\s+release|statement|d[eé]claration|"
                      r"announcement|bulletin)s?(?:\s+(?:N[o°º]\.?|No\.|#)\s*\d+)?\s+(?:of|by|from)\s+"
                      r"(?P<who>[^,:;()]{3,120}?)"
                      # (maybe what they are on, and their days: "... on the Situation in Chechnya, 13-15 June 1995")
                      r"(?:\s+(?:on|about|regarding|concerning)\s+(?-i:the\s+)?(?-i:[A-Z])[^:;()]{2,120})?$", re.I)
# ... or its issuer before the kind and number of its text, maybe its day after a comma ("MACV Communique No. 33-68, 2
# February 1968", "IDF Statement No. 4")
_ISSUER_FIRST = re.compile(r"^(?P<who>(?-i:[A-Z])[\w.&'’ -]{1,40}?)\s+(?:communiqu[eé]|press\s+release|statement|"
                           r"bulletin)\s+(?:N[o°º]\.?|No\.|#|number)\s*[\w-]*\d[\w/-]*(?:,[^,]{0,30})?$", re.I)
# a note in brackets closing a release's title: "... of the Government of Ecuador (Press Bulletin No. 081)"
_TITLE_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
# a title that says its page is a release: a release number ("No PR-69/2019-ISPR", "Release No. 24-017") or the
# kind of text it is ("CENTCOM Statement on ...", "Press Release: ...", "Readout of ...", a list "Press Releases")
_RELEASE_TITLE = re.compile(r"^(?:(?:press\s+)?release\s+)?(?:N[o°º]\.?|Number|#)\s*[A-Z]{0,4}[-\s]?\d|"
                            r"\b(?:press\s+releases?|statement|communiqu[eé]|readout)\b", re.I)
# what follows an account owner's name in a publisher: "(Facebook)", "on Telegram", "(@DefenceHQ) on X"
_ACCOUNT_HOME = re.compile(r"^\s*(?:\(\s*(?:@\w+\s*)?(?P<inner>[^()]*)\)|\(@\w+\))?\s*(?:on\s+(?P<after>.+))?$")
# what the platform's part of it is called: "(Telegram channel)", "(Facebook page)", "on X account"
_ACCOUNT_NOUN = re.compile(r"\s+(?:channel|account|page|profile)$")
# where a publisher's own name ends: "Ministry of National Defence, Kingdom of Cambodia", "Ministry of Defence (@X)"
_PUBLISHER_NAME = re.compile(r"\s*[,(|]\s*|\s+on\s+(?=[A-Z])")
# a publisher's name of two words or more in brackets after another ("Ministère de la Défense (French Ministry of
# Defence)"): its name in another language
_NAME_IN_BRACKETS = re.compile(r"\((?P<name>[^()\s]+(?:\s+[^()\s]+)+)\)\s*$")
# the acronym a publisher gives itself in brackets after its name: "Combined Joint Task Force - Operation Inherent
# Resolve (CJTF-OIR)", "Ministry of Defence (MoD)"
_OWN_ACRONYM = re.compile(r"\((?-i:([A-Z][A-Za-z]*[A-Z](?:-[A-Z]{2,})*))\)\s*$")


def release_issuer(publisher: str, title: str | None, lexicon: ClaimLexicon, sides: SideBook,
                   gazetteer: Gazetteer) -> Claimant | None:
    """The state office a page is the release of, for the state it serves (see :meth:`Attributor.issuer`)."""
    resolver = Resolver(lexicon, sides, gazetteer, set())
    bare = _TITLE_NOTE.sub("", title.strip()) if title else ""
    m = _RELEASE.match(bare) or _ISSUER_FIRST.match(bare)
    named = resolver.resolve(m.group("who")) if m is not None else None
    if named is not None and named.who and named.side and named.kind in ("office", "body", "polity"):
        return Claimant(named.who, named.side, "office")
    if is_institution(publisher, lexicon):
        return None
    office = lexicon.offices.search(publisher) or lexicon.issuers.search(publisher)
    polities = {p.values[0].side: p.values[0] for p in sides.find(publisher)}
    if office is not None and not polities:
        return _command_of(publisher, sides, gazetteer)
    if len(polities) != 1:
        return None
    side, polity = polities.popitem()
    own = resolver.resolve(_PUBLISHER_NAME.split(publisher)[0])
    if office is None:
        return _listed_body(publisher, own, side, sides, lexicon)
    english = _NAME_IN_BRACKETS.search(publisher)
    if english is not None and (own is None or own.kind not in ("office", "body")) \
            and lexicon.offices.search(english.group(1)):
        # "Ministère de la Défense (French Ministry of Defence)", "Shabait (Ministry of Information, State of
        # Eritrea)": the office by the name it gives itself in English, where its own name names no office or body
        name = own_name(english.group("name"))
        return Claimant(name if sides.find(name) else f"{polity.adjective} {name}", side, "office")
    if own is not None and own.who and own.kind in ("office", "body", "polity") and own.side in (None, side) \
            and lexicon.issuers.search(own.who) is None:
        return Claimant(own_label(publisher) if own.who == own_name(publisher) else own.who, side, "office")
    label = office.values[0].template.format(adjective=polity.adjective, name=polity.name, government=polity.government)
    entry = gazetteer.get(label)  # ("U.S. Foreign Ministry" goes by its own name: the State Department)
    return Claimant(entry.name if entry is not None and entry.kind == "body" else label, side, "office")


def _listed_body(publisher: str, own: Claimant | None, side: str, sides: SideBook,
                 lexicon: ClaimLexicon) -> Claimant | None:
    """A publisher named by a body the war's sides file lists among its state's forms, the state beside it
    ("Defence Headquarters, Nigeria (Directorate of Defence Information)", "Joint Chiefs of Staff (Republic of
    Korea)"): the body, named by a body noun, issues the page. Not an outlet the file lists ("Jamahiriya News Agency
    (JANA, Tripoli)", "Rodong Sinmun"), nor a name longer than the body's ("Combined Joint Task Force - Operation
    Inherent Resolve")."""
    name = own_name(publisher)
    if own is None or own.who != name or own.kind not in ("office", "body") or own.side != side \
            or name.split()[-1] not in lexicon.body_nouns or find_outlets(name, lexicon):
        return None
    listed = any(p.text == name and p.values[0].side == side for p in sides.find(name))
    return Claimant(name, side, "office") if listed else None


# a publisher that names its parent body in brackets, one word: "Allied Joint Force Command Naples (NATO)"
_PARENT = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<parent>[^()\s]{2,20})\)\s*$")


def _command_of(publisher: str, sides: SideBook, gazetteer: Gazetteer) -> Claimant | None:
    """A command or office of a body the gazetteer knows, the body in brackets after it ("Allied Joint Force Command
    Naples (NATO)"): the command by its name, for the body's side (the war's sides file before the gazetteer's)."""
    m = _PARENT.match(publisher.strip())
    parent = gazetteer.get(m.group("parent")) if m is not None else None
    if m is None or parent is None or parent.kind != "body" or parent.side is None:
        return None
    listed = sides.owner(parent.name)
    return Claimant(m.group("name").strip(), listed.side if listed is not None else parent.side, "office")


def own_name(publisher: str) -> str:
    """A publisher's own name, before any note on its page ("Ministry of Defence" of "Ministry of Defence (@X) on X",
    "UN OCHA" of "UN OCHA (via ReliefWeb)")."""
    return _PUBLISHER_NAME.split(publisher.strip())[0]


def own_label(publisher: str) -> str:
    """A publisher's own name as its claims are labelled: with the acronym it gives itself in brackets beside it
    ("Combined Joint Task Force - Operation Inherent Resolve – CJTF-OIR"), else its own name alone."""
    short = _OWN_ACRONYM.search(publisher)
    name = own_name(publisher)
    return both_names(name, short.group(1)) if short is not None and short.group(1) != name else name


def is_institution(publisher: str, lexicon: ClaimLexicon) -> bool:
    """Whether a publisher is a museum, library or archive by its own name ("National Museum of the Royal Navy"):
    it writes the history of the office it is named after, in its own voice, and issues no release of it."""
    return any(w in lexicon.institutions for w in re.findall(r"\w+", _PUBLISHER_NAME.split(publisher.strip())[0]))


# a person an institution is named after, before its kind: a name with its middle initial ("Harry S. Truman Library &
# Museum") or any name before "Presidential" ("Ronald Reagan Presidential Library"); not "National Archives Museum"
_NAMESAKE = re.compile(r"^(?:(?P<initialled>[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]+)\s+(?:Presidential\s+)?"
                       r"|(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+)\s+Presidential\s+)"
                       r"(?:Library|Museum|Archives?|Center|Centre)\b")


def namesake(publisher: str, lexicon: ClaimLexicon) -> str | None:
    """The person an institution publishing a page is named after ("Harry S. Truman" of "Harry S. Truman Library &
    Museum"), if it is one."""
    m = _NAMESAKE.match(own_name(publisher)) if is_institution(publisher, lexicon) else None
    return (m.group("initialled") or m.group("name")) if m is not None else None


def account_owner(publisher: str, lexicon: ClaimLexicon, sides: SideBook, gazetteer: Gazetteer) -> Claimant | None:
    """The organisation whose own social-media account a page is ("Sudan Red Crescent (Facebook)", "Tigray EMS on
    Telegram", "Israel Defense Forces (Telegram channel)"): a publisher that names a platform alone after the owner's
    name, the owner a body or an office. A timeline or feed about a subject ("Sudan War Tracker (X timeline)") names
    more than its platform; a person's account names no organisation, an office's no state ("Ministry of Defence
    (@DefenceHQ) on X")."""
    owner = _PUBLISHER_NAME.split(publisher.strip())[0]
    m = _ACCOUNT_HOME.match(publisher.strip()[len(owner):])
    homes = [_ACCOUNT_NOUN.sub("", h.strip().lower()) for h in (m.group("inner"), m.group("after"))
             if h and h.strip()] if m else []
    if len(homes) != 1 or homes[0] not in lexicon.platforms:
        return None
    named = Resolver(lexicon, sides, gazetteer, set()).resolve(owner)
    if named is not None and named.kind == "person" and owner.split()[-1] in lexicon.body_nouns:
        named = Claimant(owner, named.side, "body")  # "Mekelle Doctors Association": a name no file knows
    if named is None or not named.who or named.kind not in ("body", "office", "polity") \
            or (named.kind == "office" and named.side is None):
        return None  # an office of no named state ("Ministry of Defence") is no one's in particular
    return Claimant(named.who, named.side or sides.narrative, named.kind)


def home_country(publisher: str, sides: SideBook, gazetteer: Gazetteer, url: str | None = None,
                 zone: str | None = None) -> Polity | None:
    """The country of a national outlet (see :meth:`Attributor.home`); None when its name names no polity or
    several, or names one only by an acronym ("UN News"; a country's dotted abbreviation, "U.S. Senate", is its
    name). A news agency or paper the gazetteer ties to its state ("Azertac", "Armenpress", "Haaretz" with their
    polity) is that state's outlet whatever its name says; an outlet the name says nothing of is the country of its
    page's country-code domain ("https://www.pravda.com.ua/...") or, with no address, of its clock (``zone``,
    "Asia/Karachi")."""
    found = {p.values[0].side: p.values[0] for p in sides.find(publisher) if not p.text.isupper() or "." in p.text}
    if len(found) == 1:
        return found.popitem()[1]
    if found:
        return None
    entry = gazetteer.get(_PUBLISHER_NAME.split(publisher.strip())[0])
    if entry is not None and entry.polity:
        return sides.polity(entry.polity)
    if url:
        return sides.of_domain(url)
    if not zone or publishing_body(publisher, gazetteer) is not None or _of_a_body(publisher, gazetteer):
        return None
    return sides.of_zone(zone)


def _of_a_body(publisher: str, gazetteer: Gazetteer) -> bool:
    """Whether a publisher's name holds a body of no state ("United Nations Archives and Records Management
    Section", a wire the gazetteer ties to no country): its clock is its seat's, not a country's voice."""
    return any(e.kind == "body" and e.polity is None for m in gazetteer.find(publisher) for e in m.entries)


def publishing_body(publisher: str, gazetteer: Gazetteer) -> Name | None:
    """The body of the gazetteer a publisher is, by its whole name before any note ("UN OCHA (via ReliefWeb)",
    "Human Rights Watch"), or in brackets after a name the gazetteer does not know (a site that carries the body's
    report: "ReliefWeb (UN Office for the Coordination of Humanitarian Affairs)", "ReliefWeb (UN OCHA)"): a UN
    agency, a monitoring mission, an NGO; or its name before its news service or its office for a place ("UN News
    Centre", "UN OCHA occupied Palestinian territory"); or in brackets by its short name before its part ("UN
    Archives (UNAMIR Force Headquarters)"). None for a name that only holds a body's name otherwise ("United
    Nations Archives and Records Management Section", "IRNA English") or a body with no side."""
    names = [own_name(publisher)]
    inner = _BRACKETED.search(publisher)
    if inner is not None:  # "ReliefWeb (UN OCHA)": a site that carries the body's report, the body in brackets
        # (by a name of two words or more: one word is the publisher's own acronym, "(OHCHR)", or its parent's)
        names += [part for part in (_VIA.sub("", p) for p in inner.group(1).split(",")) if len(part.split()) >= 2]
    for name in names:
        entry = gazetteer.get(name.strip())
        if entry is not None and entry.kind == "body" and entry.side is not None:
            return entry
        if entry is not None:
            return None  # an outlet's or a state's own name first: what is in brackets is a note on it
    words = names[0].split()
    for k in range(len(words) - 1, 0, -1):  # ... or its name before its news service or its office for a place ("UN
        # News Centre", "UN OCHA occupied Palestinian territory"): the body's own voice
        entry = gazetteer.get(" ".join(words[:k]))
        if entry is not None and entry.kind == "body" and entry.side is not None \
                and _OWN_SERVICE.match(" ".join(words[k:])):
            return entry
    for name in names[1:]:  # ... or a part of that body in brackets ("(UNAMIR Force Headquarters)"): the body's
        words = name.split()
        entry = gazetteer.get(words[0])
        if entry is not None and entry.kind == "body" and entry.side is not None \
                and all(w[:1].isupper() for w in words[1:]) and _BODY_PART.match(words[-1]):
            return entry
    return None


# what of a body publishes, after its name: its news service ("News", "News Centre") or its office for a place
# ("occupied Palestinian territory"), not an edition of an outlet in a language ("IRNA English")
_OWN_SERVICE = re.compile(r"^(?:News(?:\s+(?:Centre|Center|Service))?|occupied\s+.+|in\s+(?-i:[A-Z]).*)$")
# the last word of a part of a body, or of its own archive ("Force Headquarters", "Press Section", "Digital Library"),
# not of a service of its own ("UN OCHA Integrated Regional Information Networks": a news service)
_BODY_PART = re.compile(r"(?:Headquarters|Force|Command|Office|Section|Division|Mission|Library|Archives?)$")


_BRACKETED = re.compile(r"\(([^()]{2,120})\)")
_VIA = re.compile(r"^\s*via\s+", re.I)


def state_release(title: str | None, body: Name) -> bool:
    """Whether a body's page is a state body's release, told in its own voice: a body of a state ("US Central
    Command", a military's press service) whose page's title marks a release ("CENTCOM Statement on ...", "No
    PR-69/2019-ISPR"). A state's news agency ("Armenpress") is such a body too, but its titles report, and a UN
    agency's or NGO's report belongs to no state."""
    return body.polity is not None and title is not None and _RELEASE_TITLE.search(title) is not None


def names_itself(lead: str, body: Name, gazetteer: Gazetteer) -> bool:
    """Whether an update's lead names the body that publishes it: a mission's or monitor's report tells its own
    account in the third person ("The Mission observed ...", "The SMM heard shelling ...", "Monitor sources
    reported ..."), so the body is who speaks."""
    return any(m.entry is not None and m.entry.name == body.name for m in gazetteer.find(lead, ("body",)))
