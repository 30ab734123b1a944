"""The plain data that flows between chronik's stages (ingest → segment → date → extract → merge → render)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("update", "context", "aside")
DATE_BASES = ("timestamp", "heading", "explicit", "relative", "day-counter", "publication")
SIDES = ("armenian", "azerbaijani", "third-party", "independent")
STATUSES = ("reported", "confirmed", "disputed", "corrected")


@dataclass
class Document:
    """A source page as text: ``lines[0]`` is line 1 of the file, cleaned of BOM, CR and odd spaces."""

    source_id: str
    lines: list[str]
    warnings: list[str] = field(default_factory=list)


@dataclass
class Attribution:
    """Who claims what an update reports, and for which side (None when unknown)."""

    who: str | None = None
    side: str | None = None


@dataclass
class Figure:
    """A number claimed in an update: ``count`` of ``what`` (e.g. "civilians killed") as of a date."""

    what: str
    count: int
    as_of: str | None = None
    claimant: str | None = None
    side: str | None = None
    cumulative: bool = False
    qualifier: str | None = None  # "more than", "about", "at least", ... or "range"
    count_max: int | None = None


@dataclass(frozen=True)
class Signature:
    """The byline inside a post: who signs it, and their post at the outlet ("analyst", "editor", "correspondent")."""

    name: str
    post: str


@dataclass
class Context:
    """What an update's place on its page says about who speaks in it, which its text alone does not: read by
    attribution, never written to the JSON."""

    cells: list[str] = field(default_factory=list)  # a table row's cells, when the update is one row
    speaker: str | None = None  # the member whose words these are, in a parliament's record
    turn: str | None = None  # the label of the transcript's turn these words go on ("COLONEL JANE ROE")
    sender: str | None = None  # who sent the message, in a chat export
    claimant: str | None = None  # the row's source cell, in a spreadsheet export
    signature: Signature | None = None  # the byline inside a live page's post
    release: bool = False  # the page says it is a press release ("FOR IMMEDIATE RELEASE"): its issuer speaks in it
    credit: str | None = None  # the outlet a monitoring service's source line over the item names ("Radio Biafra")
    briefers: dict[str, str] = field(default_factory=dict)  # a transcript's speakers by surname: their full names
    opening: str | None = None  # who the briefing is by, for its notes before the first turn ("Stéphane Dujarric")


@dataclass
class Update:
    """One dated report found in one source, before merging."""

    source: str
    lines: list[int]
    text: str
    date: str | None = None
    date_end: str | None = None
    time: str | None = None
    timezone: str | None = None
    date_basis: str = "publication"
    kind: str = "update"
    title: str | None = None
    title_lines: list[int] = field(default_factory=list)
    attribution: Attribution = field(default_factory=Attribution)
    places: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    why: str = ""  # one line on how the date was decided, for people
    context: Context = field(default_factory=Context)  # what the page's layout says of it (not in JSON)

    def to_json(self) -> dict[str, Any]:
        """The ``chronik parse --json`` form of DESIGN.md."""
        data = asdict(self)
        data["lines"] = sorted(self.lines + self.title_lines)
        data.pop("title_lines")
        data.pop("context")
        return data


@dataclass
class Dropped:
    """A non-empty source line that is in no update, and why."""

    source: str
    line: int
    reason: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ParseResult:
    updates: list[Update] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"updates": [u.to_json() for u in self.updates], "dropped": [d.to_json() for d in self.dropped]}


@dataclass
class SourceRef:
    """Where an entry came from: a source, its lines and the quoted text."""

    source: str
    lines: list[int]
    quote: str = ""


@dataclass
class Entry:
    """One event of the chronology, as stored in ``chronology/YYYY/YYYY-MM-DD.yaml``."""

    id: str
    date: str
    text: str
    time: str | None = None
    timezone: str | None = None
    title: str | None = None
    attribution: Attribution = field(default_factory=Attribution)
    places: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    status: str = "reported"
    note: str | None = None
    sources: list[SourceRef] = field(default_factory=list)
    date_end: str | None = None
    date_basis: str | None = None
    kind: str = "update"
    tags: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
