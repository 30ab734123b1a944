"""The extract stage: who says what an update reports, for which side, about which places and
people, and which numbers it claims. Data: chronik/data/{claims,sides,gazetteer,figures}.yaml."""

from __future__ import annotations

import logging
import re

from chronik.config import Config
from chronik.extract.acronyms import as_named
from chronik.extract.all_caps import recase
from chronik.extract.attribution import Attribution as Found
from chronik.extract.attribution import Attributor
from chronik.extract.chat import sender_claim
from chronik.extract.claimant import Claimant
from chronik.extract.court_records import COURT_NAME
from chronik.extract.data import ExtractData, load_extract_data
from chronik.extract.figures import extract_figures
from chronik.extract.line_claimants import series_issuer
from chronik.extract.own_voice import page_of, read_own_voice, side_of_voice
from chronik.extract.resolver import Resolver
from chronik.extract.sides import THIRD_PARTY
from chronik.extract.signed import signed_claim
from chronik.extract.text import claim_text, normalize
from chronik.extract.unlisted_officials import unlisted_official_side
from chronik.model import Attribution, Update
from chronik.segment.speaker_labels import answered_by, press_label
from chronik.segment.timestamps import source_credit

log = logging.getLogger(__name__)

__all__ = ["ExtractData", "annotate", "load_extract_data"]

UNKNOWN_CLAIMANT = "unknown-claimant"


def annotate(update: Update, config: Config | None, data: ExtractData) -> None:
    """Fill ``attribution``, ``places``, ``actors`` and ``figures`` of ``update`` (asides are left alone)."""
    if update.kind == "aside":
        return
    text = recase(normalize(update.text), lambda: data.case_names)  # a teletype take in capitals: names by their case
    title = recase(normalize(update.title), lambda: data.case_names) if update.title else None
    source = config.source(update.source) if config is not None else None
    home = data.attributor.home(source.publisher, source.url, source.own_timezone) if source is not None else None
    context = update.context
    # a transcript turn's paragraph is read under the turn's label: its speaker's, unless it names a source
    turned = f"{context.turn}: {text}" if context.turn is not None else text
    found = data.attributor.attribute(claim_text(turned, [normalize(c) for c in context.cells]), title, home,
                                      text if context.cells else None, page=update.source,
                                      year=int(update.date[:4]) if update.date else None)
    if context.sender is not None:
        sender_claim(text, context.sender, found, data.attributor)  # a chat export's message
    if context.signature is not None:  # a live post its author signs inside it
        signed_claim(found, context.signature, data.attributor.sides.narrative)
    if context.claimant is not None:  # a spreadsheet export's row: its source column names who reports it
        named = data.attributor.named(context.claimant)
        found.who, found.side = context.claimant, named.side if named is not None else None
        found.unknown = found.side is None
    if context.speaker is not None:
        # a contribution under its speaker's heading in a parliament's record: the member says it, for their state
        found.who, found.side, found.unknown = context.speaker, home.side if home is not None else None, home is None
        if home is None and (known := speaker_side(context.speaker, data.attributor)) is not None:
            found.side, found.unknown = known, False  # a hearing's witness the gazetteer knows ("Secretary Austin")
    if not found.who and source is not None:  # "Announcement No. 4" under "Announcements by the IDF Spokesman"
        series_claim(found, series_issuer(update.title, source.title), data.attributor)
    credit = source_credit(text)
    # "... [Tehran Domestic Service in Persian 0330 GMT 19 Jul 88]" closing the item, or its source line over it
    outlet = credit.outlet if credit is not None and credit.outlet else context.credit
    if outlet:
        credited_claim(found, outlet, data.attributor)
    page = page_of(source, data, context.release)
    briefer = _briefer_of(turned, context.briefers)
    if briefer is not None and found.who and found.reported and _named_in(found.who, text):
        briefer = None  # ("Spokesperson: ... Mr. Soro told the ...": the one the briefer reports)
    if briefer is not None and briefer != found.who and (listed := data.attributor.named(briefer)) is not None \
            and listed.side is not None:
        found.who, found.side, found.unknown = briefer, listed.side, False  # a briefer the files know: for their side
    elif (full := briefer or (context.opening if not found.who else None)) is not None:
        # "Mr. Díaz: Not formally. ..." under "Spokesperson ...: José Luis Díaz": his, for the body the page is of,
        # whoever the question over his answer named ("Q: The Pakistan Foreign Office said ...?" / "A: (Official
        # Spokesman) ..."); so are the notes a briefing opens with before its questions, the briefer's its header names
        voice = page.body or home or page.issuer  # (a state office's transcript: the briefer speaks for its state)
        found.who, found.side = full, voice.side if voice is not None else found.side
        found.unknown = found.side is None
    read_own_voice(turned, found, page, data)  # a release's, a diary's, a body's or an account's own voice
    body = page.body  # a court's page: its chamber's, or a filer's (court_records.py)
    court = Claimant(body.name if body is not None else None,
                     body.side if body is not None else home.side if home is not None else None, "body")
    filing(update.source, text, found, court, data)
    side_of_voice(found, page, data)  # a party's own page ("Press TV", an alerts log), an intelligence assessment
    if found.unknown and found.side is None and found.who and (side := unlisted_official_side(
            found, text, data, normalize(source.title) if source is not None and source.title else None)):
        found.side, found.unknown = side, False  # "Foreign Secretary David Lammy said", "President BJ Habibie says ..."
        if side != THIRD_PARTY:  # ("Baratuza told ..." later on the page; a third party is only what is left)
            data.attributor.learn_person(found.who, side)
    if found.who and context.briefers:
        # "SECRETARY McNAMARA:" under "News Conference by Secretary of Defense Robert S. McNamara": by the header's name
        found.who = context.briefers.get(found.who.lower(), found.who)
        if page.body is not None and page.body.side is not None and found.who.split()[-1].lower() in context.briefers:
            # "JAMIE SHEA: ..." under "Press Conference by NATO Spokesman, Jamie Shea ..." on NATO's page: the briefer
            # the header names speaks for the body whose briefing it is
            found.side, found.unknown = page.body.side, False
    update.attribution = Attribution(as_named(found.who, f"{title or ''}\n{text}"), found.side)
    if found.unknown and UNKNOWN_CLAIMANT not in update.flags:
        update.flags.append(UNKNOWN_CLAIMANT)
    places: list[str] = []
    actors: list[str] = [found.who] if found.who else []
    for part in (title, text):
        for m in data.gazetteer.find(part or ""):
            if m.entry is None:
                continue
            bucket = places if m.entry.kind == "place" else actors
            if m.entry.name not in bucket:
                bucket.append(m.entry.name)
    update.places, update.actors = places, actors
    update.figures = extract_figures(text, found, update.date, data.figures)
    log.debug("%s %s: %s (%s), %d figures", update.source, update.lines[:1], found.who, found.side,
              len(update.figures))


def _named_in(who: str, text: str) -> bool:
    """Whether a claimant's name, or its last word, is in ``text`` (not only in a title over it)."""
    return who in text or who.split()[-1] in text


def _briefer_of(text: str, briefers: dict[str, str]) -> str | None:
    """The full name a transcript's header gives the speaker whose turn ``text`` opens with, by the turn's label when
    it is a post ("OFFICIAL SPOKESMAN:", "A: (Official Spokesman)" → "R.S. Jassal") or by its last word ("Mr. Díaz:"
    → "José Luis Díaz"), or None."""
    first = text.split("\n", 1)[0]
    label = (answered_by(first) or press_label(first)) if briefers else None
    words = label.split() if label is not None else []
    named = (briefers.get(" ".join(words).lower()) or briefers.get(words[-1].strip(".,").lower())) if words else None
    if named is None and len(set(briefers.values())) == 1 and _ANSWER_LINE.search(text):
        # a question and its answer under one briefer ("Q Hodding, how long ...?" / "A There is no fixed term ..."
        # under "BRIEFER: HODDING CARTER III"): the briefer's answer
        return next(iter(briefers.values()))
    return named


# an answer's line in a transcript, labelled by its letter or its word ("A There is ...", "A: We ...", "ANSWER: ...")
_ANSWER_LINE = re.compile(r"^(?:A|ANSWER)(?::\s*|\.\s+|\s+)(?=[A-Z\"“(])", re.M)


def credited_claim(found: Found, outlet: str, attributor: Attributor) -> None:
    """A monitoring service's item closed by the credit of the broadcast or agency it was taken from: that outlet
    tells what the item tells in no one's words, and an office the item names without its state ("The Foreign
    Ministry announced ...") is of the outlet's state (when the outlet's name is known)."""
    credited = attributor.named(outlet)
    if credited is None or credited.side is None:
        return
    if not found.who and found.side in (None, attributor.sides.narrative):
        # (a state's broadcaster the sides file lists among its forms is itself, not the state's government)
        who = outlet if credited.kind == "polity" else credited.who
        found.who, found.side, found.unknown = who, credited.side, False
    elif found.who and found.side is None:
        found.side, found.unknown = credited.side, False


def series_claim(found: Found, issuer: str | None, attributor: Attributor) -> None:
    """An item of a numbered series left in no one's words is the issuer's the page's title names for the series
    (``issuer``, see ``line_claimants.series_issuer``), when its name is known."""
    claimant = attributor.named(issuer) if issuer else None
    if claimant is not None and claimant.side is not None:
        found.who, found.side, found.unknown = claimant.who, claimant.side, False


def speaker_side(speaker: str, attributor: Attributor) -> str | None:
    """The side of a speaker named by title and surname, when the gazetteer knows the person; None if not."""
    claimant = attributor.named(speaker)
    return claimant.side if claimant is not None and claimant.kind == "person" else None


def filing(page: str, text: str, found: Found, court: Claimant, data: ExtractData) -> None:
    """A court record's filing row is its filer's, and its "the Chamber" the page's chamber (court_records.py); on a
    court's page only (a publisher named a court or tribunal, or a page that names a chamber)."""
    record = data.attributor.court
    record.open(page, text)
    if not record.chamber and not (court.who and COURT_NAME.search(court.who)):
        return
    filer = record.filer(text, court, Resolver(data.lexicon, data.sides, data.gazetteer, set()))
    if filer is not None:
        found.who, found.side, found.unknown = filer.who, filer.side, filer.side is None
    elif (chamber := record.chamber_of(found.who)) is not None:
        found.who, found.side, found.unknown = chamber, found.side or court.side, False
