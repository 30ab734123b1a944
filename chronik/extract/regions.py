"""The regions of states (``chronik/data/regions.yaml``): an official or civil office named by a region ("Belgorod
governor X", "the head of the Kharkiv regional military administration", "the governor of South Darfur", "Khyber
Pakhtunkhwa police") is its state's, when the words name no state. A region named alone, as a place, names no one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from chronik.extract.lexicon import ClaimLexicon
from chronik.extract.matcher import Match, PhraseMatcher, squash
from chronik.extract.schema import Reader

# what may stand between a region and its office: its noun, the office's modifiers and up to two words of its domain
# in lower case ("Kursk Oblast acting governor", "Kharkiv regional military administration", "Kurdistan Region's
# Ministry of Interior", "the Khyber Pakhtunkhwa information minister", "River Nile state health authorities")
_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+(?i:oblast|region|province|state|governorate|district|krai|kray|republic|"
                      r"city|regional|provincial|municipal|local|acting|interim|deputy|military)(?:['’]s)?)*"
                      r"(?:\s+[a-z][a-z-]*){0,2}\s+")
_OF = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")  # "the governor of South Darfur", "police in Khyber Pakhtunkhwa"
_NOUNS = re.compile(r"(?:\s+(?:oblast|region|province|state|governorate|krai|kray|republic))*", re.I)
# a region's armed forces are not its state's ("Shan State Army", "Tigray Defense Forces"): only civil offices count
_ARMED = frozenset({"military", "General Staff", "air force", "navy", "air defence", "Defense Army", "coalition"})


@dataclass(frozen=True)
class Region:
    state: str  # the name of the state whose region it is
    claimer: str | None = None  # a second state that holds it and calls it its own


@dataclass
class RegionBook:
    """The regions of the states file, by every form texts write them in."""

    regions: dict[str, Region] = field(default_factory=dict)
    _matcher: PhraseMatcher[Region] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._matcher = PhraseMatcher({form: [r] for form, r in self.regions.items()})

    def find(self, text: str) -> list[Match[Region]]:
        return self._matcher.find_all(text)


def read_regions(path: Path, marked: bool = True) -> tuple[RegionBook, Reader]:
    """The packaged regions file: ``regions: {State: [region, ...]}`` and ``claimed: {State: [region, ...]}``."""
    r = Reader(path, marked)
    data = r.data
    if not hasattr(data, "get"):
        r.add(data, None, "the regions file is not a mapping", "regions:, claimed:")
        return RegionBook(), r
    r.unknown_keys(data, ("regions", "claimed"), "the regions file")
    claimers = r.mapping(data, "claimed", "the regions file") or CommentedMap()
    claimed = {squash(form): squash(state) for state in claimers for form in r.strings(claimers, state, "claimed")}
    states = r.mapping(data, "regions", "the regions file") or CommentedMap()
    out = {squash(form): Region(squash(state), claimed.get(squash(form)))
           for state in states for form in r.strings(states, state, f"regions: {state}")}
    for form in claimed.keys() - out.keys():
        r.add(claimers, None, f"claimed region {form!r} is no region of regions:", "a region listed under regions:")
    return RegionBook(out), r


class RegionNamer:
    """The regions a claimant phrase names its official or office by."""

    def __init__(self, lexicon: ClaimLexicon, book: RegionBook):
        self.lex = lexicon
        self.book = book

    def region(self, phrase: str) -> Region | None:
        """The first region ``phrase`` names a civil office by: right before the office ("Belgorod governor", "Sumy
        Oblast Military Administration") or after it and "of"/"in" ("the governor of South Darfur")."""
        return next((m.values[0] for m in self.book.find(phrase) if self._office_after(phrase, m.end)
                     or self._office_before(phrase, m.start)), None)

    def person(self, name: str, head: str) -> str | None:
        """The person's name ``head`` ends with, without a region that opens it after "of" or "in" ("the governor of
        Zaporizhzhia Yevgeny Balitsky"); None when the name is a region's, maybe with its noun ("the governor of
        South Darfur", "Kharkiv Oblast"). A name that opens with a region's name elsewhere is a person's ("Ararat
        Mirzoyan")."""
        found = self.book.find(name)
        if not found or found[0].start != 0:
            return name
        nouns = _NOUNS.match(name, found[0].end)  # always matches, maybe nothing
        rest = name[nouns.end() if nouns else found[0].end:].strip()
        if not rest:
            return None
        return rest if re.search(r"\b(?:of|in)\s+(?:the\s+)?$", head[:head.rfind(name)]) else name

    def _office_after(self, phrase: str, end: int) -> bool:
        for m in self.lex.offices.finditer(phrase, end):
            if not _BETWEEN.fullmatch(phrase, end, m.start):
                return False
            if m.values[0].name not in _ARMED:
                return True
        return False

    def _office_before(self, phrase: str, start: int) -> bool:
        return any(_OF.fullmatch(phrase, m.end, start) and m.values[0].name not in _ARMED
                   for m in self.lex.offices.finditer(phrase, 0, start))
