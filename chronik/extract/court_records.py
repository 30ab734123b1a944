"""A court's case record: its filings listed as rows of cells ("ICC-01/18-375 | Date: 21/11/2024 | Decision on ... |
Pages: 9", "No. 192 | 2024-01-26 | Order indicating provisional measures", "Doc 45 | 03/12/2024 | Motion to dismiss
by defendant Acme Corp."). A filing is the filer's: the court's decisions, orders and judgments its chamber's (the one
chamber the page names, "Pre-Trial Chamber I", else the court's), a prosecution's requests and responses the Office of
the Prosecutor's, a state's challenge or observations that state's ("Israel's challenge to the jurisdiction ...",
"Observations of the State of Palestine ..."). The chamber and the prosecutor speak for the court's side; a state
for its own. A record's text that says "the Chamber" means the page's chamber as well."""

from __future__ import annotations

import re

from chronik.extract.claimant import Claimant
from chronik.extract.resolver import Resolver

_CELLS = re.compile(r"\s+\|\s+")
# what the court itself files
_COURT = re.compile(r"^(?:public\s+(?:redacted\s+)?version\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}"
                    r"(?:decision|order|judge?ment|ruling|warrants?\s+of\s+arrest|summons)\b", re.I)
_PROSECUTION = re.compile(r"^(?:(?:[\w-]+\s+){0,2}(?:request|response|application|submissions?|notice|appeal)s?\s+"
                          r"(?:by|of|from)\s+the\s+|)Prosecut(?:ion|or)(?:'s)?\b", re.I)
_KINDS = r"(?:request|challenge|application|observations?|submissions?|response|appeal|motion|notice|declaration|" \
         r"statement|objections?|memorial|counter-memorial|reply)"
# a party's own filing: "Israel's challenge ...", "Abridged Request by the State of Israel ...", "Observations of ..."
_PARTY = re.compile(rf"^(?:(?P<own>(?-i:[A-Z])[\w .-]{{1,40}}?)'s\s+(?:[\w-]+\s+){{0,2}}{_KINDS}\b|"
                    rf"(?:[\w-]+\s+){{0,2}}{_KINDS}s?\s+(?:by|of|from)\s+(?P<by>(?:the\s+)?(?-i:[A-Z][\w.-]*"
                    rf"(?:\s+(?:of\s+)?[A-Z][\w.-]*){{0,4}})))", re.I)
# a chamber of a court named in full: "Pre-Trial Chamber I", "Trial Chamber V(A)", "the Appeals Chamber"
_CHAMBER = re.compile(r"\b(?:Pre-Trial|Trial|Appeals|Grand)\s+Chamber(?:\s+[IVX]+(?:\([A-C]\))?)?\b")
CHAMBER = "Chamber"
COURT_NAME = re.compile(r"\b(?:Court|Tribunal)\b")  # a publisher that is a court
PROSECUTOR = "Office of the Prosecutor"


class CourtRecord:
    """The filings of one court's page, and the chamber it names (learnt from its updates as they come)."""

    def __init__(self) -> None:
        self.page: str | None = None
        self.chamber: str | None = None

    def open(self, page: str | None, text: str) -> None:
        """Start or go on with ``page``; remember the one chamber its text names, if any."""
        if page != self.page:
            self.page, self.chamber = page, None
        named = set(_CHAMBER.findall(text))
        if len(named) == 1 and self.chamber is None:
            self.chamber = named.pop()

    def filer(self, text: str, court: Claimant, resolver: Resolver) -> Claimant | None:
        """Who filed the record row ``text`` is, if it is a filing row; None for any other text. ``court``: the
        court that publishes the page (its name, if known, and its side)."""
        cells = _CELLS.split(text.strip())
        if len(cells) < 3 or "\n" in text.strip():
            return None
        for cell in cells:
            cell = re.sub(r"^\w+:\s*", "", cell)
            if _PROSECUTION.match(cell):
                return Claimant(PROSECUTOR, court.side, "body")
            if _COURT.match(cell):
                return Claimant(self.chamber or court.who or CHAMBER, court.side, "body")
            m = _PARTY.match(cell)
            if m is not None:
                return self._party((m.group("own") or m.group("by")).strip(), resolver)
        return None

    def chamber_of(self, who: str | None) -> str | None:
        """The page's chamber, for a record's text that says "the Chamber" or names it; None otherwise."""
        return self.chamber if who in (CHAMBER, self.chamber) and self.chamber else None

    @staticmethod
    def _party(name: str, resolver: Resolver) -> Claimant | None:
        """A party to the case by its name in a filing's title: a state by its name or a form of it ("Israel", "the
        State of Palestine") is "State of X"; a body or person as the resolver names them."""
        name = re.sub(r"^the\s+", "", name, flags=re.I)
        state = re.sub(r"^State\s+of\s+", "", name)
        polity = resolver.sides.owner(state)
        if polity is not None and polity.side is not None:
            return Claimant(f"State of {polity.name}", polity.side, "polity")  # a party to a case is a State
        found = resolver.resolve(name)
        return Claimant(found.who or name, found.side, found.kind) if found is not None and found.side else None
