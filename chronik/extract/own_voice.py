"""The updates that speak in their page's own voice, as what the page's source says of it tells: the readers below
are tried in order on an update its text attributed, and the first that takes it says who speaks and for which
side; a page whose voice is a side's alone (page_voice.py: a party's organ, an intelligence service) gives it to
what is left in no one's words when all else is done (:func:`side_of_voice`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from chronik.config import Source
from chronik.extract.attribution import Attribution
from chronik.extract.claimant import Claimant
from chronik.extract.data import ExtractData
from chronik.extract.gazetteer import Name
from chronik.extract.page_voice import Voice
from chronik.extract.press_turns import answer_turn, conference
from chronik.extract.publisher import namesake, own_label, own_name
from chronik.extract.sides import THIRD_PARTY
from chronik.extract.words import without_the

# a military command by its name: "Combined Joint Task Force - Operation Inherent Resolve", "Allied Joint Force Command"
_COMMAND = re.compile(r"\b(?:Task\s+Force|Joint\s+Force|Command)\b")


@dataclass(frozen=True)
class Page:
    """What a page's source says of who speaks in it: the body of the gazetteer that publishes it, the office or unit
    that issues it (a state office's release, a unit's war diary) and its own voice (page_voice.py)."""

    source: Source | None
    body: Name | None
    issuer: Claimant | None
    voice: Voice | None
    release: bool = False  # the page says it is a press release (``Context.release``)


def page_of(source: Source | None, data: ExtractData, release: bool = False) -> Page:
    """The page ``source`` is (``release``: one that says it is a press release); a body's page ("OSCE Special
    Monitoring Mission to Ukraine") is no state office's release, whatever state it names, but a unit's war diary may
    be either's."""
    if source is None:
        return Page(None, None, None, None, release)
    body = data.attributor.body(source.publisher)
    voice = data.attributor.voice(source.publisher, source.title)
    issuer = data.attributor.issuer(source.publisher, source.title) if body is None else None
    if issuer is None and voice is not None and voice.who is not None:
        issuer = Claimant(voice.who, voice.side, "body")  # a unit's war diary: the unit issues it
    return Page(source, body, issuer, voice, release)


def _answer(text: str, found: Attribution, page: Page, data: ExtractData) -> bool:
    """"Mao Ning: We urge ..." in a ministry's own press conference: the official answers, for the ministry's side."""
    if page.issuer is None or page.issuer.side is None or page.source is None or not conference(page.source.title):
        return False
    answer = answer_turn(text, page.issuer.side, data.lexicon, data.sides)
    if answer is None:
        return False
    found.who, found.side, found.unknown = answer.who, answer.side, False
    return True


def _holder(text: str, found: Attribution, page: Page, data: ExtractData) -> bool:
    """The page of an office one person holds ("President of Russia"): what it tells in its own voice, or of the office
    by its title alone ("The President signed ..."), is the holder's, the first person of its side the page named
    ("Vladimir Putin addressed ...")."""
    if page.issuer is None or page.issuer.side is None or page.source is None:
        return False
    office = data.lexicon.offices.search(page.source.publisher)
    if office is None or not office.values[0].person or office.values[0].minor:
        return False
    if found.who and not _bare_title(found.who, data) and found.who != page.issuer.who:
        return False
    holder = data.attributor.people.first(page.issuer.side)
    if holder is None or found.side not in (None, data.sides.narrative, page.issuer.side):
        return False
    found.who, found.side, found.unknown = holder.who, holder.side, False
    return True


def _namesake(text: str, found: Attribution, page: Page, data: ExtractData) -> bool:
    """The page of an institution named after a person ("Harry S. Truman Library & Museum"): its office by the title
    alone ("the President tells reporters ...") is that person."""
    if page.source is None or not found.who or not _bare_title(found.who, data):
        return False
    name = namesake(page.source.publisher, data.lexicon)
    if name is None:
        return False
    found.who = name
    return True


def _bare_title(who: str, data: ExtractData) -> bool:
    """Whether ``who`` is the title of an office one person holds and nothing else ("President", "the President")."""
    office = data.lexicon.offices.search(who)
    return office is not None and office.values[0].person and not office.values[0].minor \
        and office.start == len(who) - len(without_the(who)) and office.end == len(who)


def _issuers_officials(text: str, found: Attribution, page: Page, data: ExtractData) -> bool:
    """The officials a release names without a polity ("the minister said", "officials said"): its state's; and the
    sources it leaves unnamed ("defence sources said" on a ministry's site) are the office's own."""
    if page.issuer is None or found.side is not None:
        return False
    found.side, found.unknown = page.issuer.side, False
    if found.who is None:
        found.who = page.issuer.who
    return True


def _release(text: str, found: Attribution, page: Page, data: ExtractData) -> bool:
    """A release's own voice: the office (or the unit) that issues it."""
    if page.issuer is None or found.who or found.side != data.sides.narrative:
        return False
    found.who, found.side = page.issuer.who, page.issuer.side
    return True


# what may open a report's item before its subject: a bullet or number, a sector's label, a day or a span of days
_ITEM_OPENING = re.compile(r"^(?:[•*-]\s*|\d{1,2}\.\s+)?(?:[A-Z][a-z]+(?:\s+(?:and\s+)?[a-z]+){0,3}:\s+)?"
                           r"(?:(?:On|Between|From|Since|By)\s+[^,]{1,40},\s+)?(?:the\s+)?")
# what goes on after the body: its acronym, its partners, then a verb in lower case ("UNICEF and partners are
# trucking", "the World Food Programme (WFP) distributed", "WFP has provided")
_DOES = re.compile(r"\s*(?:\([A-Z][A-Za-z&-]*\))?(?:\s+and\s+(?:its\s+|their\s+)?[a-z ]*partners)?\s+[a-z]+\b")


def _partner(text: str, found: Attribution, page: Page, data: ExtractData) -> bool:
    """A humanitarian body's report (OCHA's, ReliefWeb's): an item it leaves in no one's words that tells what another
    body of no party did ("On 27 October, WFP began distributing food ...", "UNICEF and partners are trucking water
    ...") is that body's account of its work."""
    if page.body is None or page.body.side != THIRD_PARTY or found.who:
        return False
    opening = _ITEM_OPENING.match(text)
    at = opening.end() if opening is not None else 0
    first = next(iter(data.gazetteer.find(text, ("body",), at, at + 120)), None)
    if first is None or first.start != at or _DOES.match(text, first.end) is None:
        return False
    body = first.entry
    if body is None or body.name == page.body.name or body.side not in (THIRD_PARTY, data.sides.narrative):
        return False
    found.who, found.side, found.unknown = body.name, body.side, False
    return True


def _body(text: str, found: Attribution, page: Page, data: ExtractData) -> bool:
    """A body's page, not its social-media account's: its own account (Attributor.own_account) takes every update."""
    if page.body is None or (page.source is not None and data.attributor.account(page.source.publisher) is not None):
        return False
    data.attributor.own_account(text, found, page.body, page.source.title if page.source is not None else None,
                                page.release)
    return True


def _marked(text: str, found: Attribution, page: Page, data: ExtractData) -> bool:
    """A press release of a publisher no file knows (a company's, an organisation's), as a line of the page says it is
    ("Press release"): its sentences that name no claimant are the publisher's, for the side its name has, else the
    narrative's."""
    if not page.release or page.body is not None or page.issuer is not None or page.source is None \
            or found.who or found.side not in (data.sides.narrative, None):
        return False
    name = own_name(page.source.publisher)
    named = data.attributor.named(name)
    found.who = own_label(page.source.publisher)
    found.side = named.side if named is not None and named.side else _unlisted_command(name, data)
    found.unknown = found.side is None
    return True


def _unlisted_command(name: str, data: ExtractData) -> str | None:
    """The side of a publisher of no known side: a military command's ("Combined Joint Task Force - Operation
    Inherent Resolve") is a third party's when the sides file has one, as the force of a state or alliance no sides
    file lists; any other's the narrative's."""
    military = _COMMAND.search(name) is not None
    return THIRD_PARTY if military and THIRD_PARTY in data.sides.sides else data.sides.narrative


def _account(text: str, found: Attribution, page: Page, data: ExtractData) -> bool:
    """An organisation's own post on its account, a state body's too ("General Staff (@...) on X"): its own voice."""
    owner = data.attributor.account(page.source.publisher) if page.source is not None and not found.who else None
    if owner is None or found.side not in (data.sides.narrative, owner.side):
        return False
    found.who, found.side = owner.who, owner.side
    return True


def _briefer(text: str, found: Attribution, page: Page, data: ExtractData) -> bool:
    """A briefing's transcript kept by a state's office ("DoD News Briefing" from the "Office of the Assistant
    Secretary of Defense"): a speaker its turn names with no side of their own ("GEN. KELLY: ...") briefs for the
    state the page is of."""
    source = page.source
    if source is None or not found.who or found.side is not None or not conference(source.title) \
            or data.lexicon.offices.search(source.publisher) is None:
        return False
    home = data.attributor.home(source.publisher, source.url, source.own_timezone)
    if home is None:
        return False
    found.side, found.unknown = home.side, False
    return True


Reader = Callable[[str, Attribution, Page, ExtractData], bool]
READERS: tuple[Reader, ...] = (_answer, _namesake, _holder, _issuers_officials, _release, _partner, _body, _marked,
                               _account, _briefer)


def read_own_voice(text: str, found: Attribution, page: Page, data: ExtractData) -> None:
    """Give ``found`` the page's own voice by the first of :data:`READERS` that takes the update, if any does."""
    for read in READERS:
        if read(text, found, page, data):
            return


def side_of_voice(found: Attribution, page: Page, data: ExtractData) -> None:
    """An update left in no one's words on a page that speaks for a side alone takes that side: a party's organ's
    ("Press TV", an alerts log; its unnamed sources too), an intelligence service's assessment (only where it names
    no source at all)."""
    voice = page.voice
    if voice is None or voice.who is not None or found.who:
        return
    if found.side == data.sides.narrative or (found.side is None and voice.unnamed):
        found.side, found.unknown = voice.side, False
