"""Numbers an update claims: "46 civilians have been killed since the fighting began" →
Figure(what="civilians killed", count=46, cumulative=True, claimant=..., as_of=the update's date).

The phrasing is data (``chronik/data/figures.yaml``); this module compiles it into four patterns:
count-unit-event ("250 soldiers were killed"), count-event with the unit of the figure before
("..., 143 were injured"), event-count ("killing two soldiers") and toll ("the death toll neared
5,000"); a count joined to a figure ("..., as well as 37 civilians", "3 helicopters and 2 jets were
shot down") shares its event.
Counts in words ("two"), qualifiers ("more than", "about", "nearly") and ranges ("200-300",
"between 200 and 300") are read; vague amounts ("dozens", "twice as many") are not figures.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from chronik.dates.lexicon import longest_first
from chronik.extract.attribution import Attribution
from chronik.model import Figure
from chronik.yamlsrc import fast_load

FIGURES_FILE = Path(__file__).resolve().parent.parent / "data" / "figures.yaml"


def _alt(words: list[str]) -> str:
    """A case-insensitive alternation, longest first, whitespace matching any run."""
    parts = longest_first({w for w in words if w})
    return "(?i:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts) + ")"


@dataclass(frozen=True)
class FigureLexicon:
    passive: re.Pattern[str]  # count [modifiers] unit [between] event
    bare: re.Pattern[str]  # count [between] event
    active: re.Pattern[str]  # event count [modifiers] [unit]
    toll: re.Pattern[str]  # toll ... [qualifier verb | link] count
    joined: re.Pattern[str]  # , as well as count [modifiers] unit
    leading: re.Pattern[str]  # count [modifiers] unit and ... (before a figure: "3 tanks and 2 jets were hit")
    cumulative: re.Pattern[str]
    events: dict[str, str]  # word (lower) -> canonical event
    units: dict[str, str]  # word (lower) -> canonical unit
    tolls: dict[str, str]
    qualifiers: dict[str, str]
    numbers: dict[str, int]
    multipliers: dict[str, int]


@functools.cache
def default_figure_lexicon() -> FigureLexicon:
    """The lexicon shipped with chronik (read once per process)."""
    return build_lexicon(fast_load(FIGURES_FILE.read_text(encoding="utf-8")))


def build_lexicon(raw: dict) -> FigureLexicon:
    def index(groups: dict[str, list[str]]) -> dict[str, str]:
        return {" ".join(w.lower().split()): name for name, words in groups.items() for w in words}

    passive = index({k: v.get("passive", []) for k, v in raw["events"].items()})
    active = index({k: v.get("active", []) for k, v in raw["events"].items()})
    units, tolls = index(raw["units"]), index(raw["tolls"])
    qualifiers = index(raw["qualifiers"])
    numbers = {k.lower(): int(v) for k, v in raw["numbers"].items()}
    multipliers = {k.lower(): int(v) for k, v in raw["multipliers"].items()}
    digits = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
    num = rf"(?:(?:{digits})(?:\s+{_alt(list(multipliers))})?|{_alt(list(numbers))})(?![\d%]|\s*percent|,\d|:\d)"
    count = (rf"(?:(?P<qual>{_alt(list(qualifiers))})\s+)?"
             rf"(?:(?i:between)\s+(?P<b1>{num})\s+(?i:and)\s+(?P<b2>{num})|(?P<n1>{num})(?:\s*(?:-|to)\s*(?P<n2>{num}))?)")
    mods = rf"(?:(?:{_alt(raw['modifiers'])}|[A-Z][\w-]*)\s+){{0,3}}"
    between = rf"(?:\s+{_alt(raw['between'])}){{0,6}}"
    unit = rf"(?P<unit>{_alt(list(units))})"
    start = r"(?<![\w$.,])"
    return FigureLexicon(
        passive=re.compile(rf"{start}{count}\s+{mods}{unit}\b{between}\s+(?P<event>{_alt(list(passive))})\b"),
        bare=re.compile(rf"{start}{count}(?:{between}\s+|\s+)(?P<event>{_alt(list(passive))})\b"),
        active=re.compile(rf"\b(?P<event>{_alt(list(active))})\s+{count}\b(?:\s+{mods}{unit}\b)?"),
        toll=re.compile(rf"\b(?P<event>{_alt(list(tolls))})\b[^.;]{{0,60}}?\s(?:(?P<qverb>{_alt(list(qualifiers))})"
                        rf"|{_alt(raw['toll_links'])})\s+{count}"),
        joined=re.compile(rf"(?:[^.;\d]{{0,60}}?,?\s+(?i:as\s+well\s+as|plus|along\s+with|in\s+addition\s+to)|,?\s*(?i:and))"
                          rf"\s+{count}\s+{mods}{unit}\b"),
        leading=re.compile(rf"{start}{count}\s+{mods}{unit}\s*(?:,\s*|\s(?i:and|as\s+well\s+as)\s+)$"),
        cumulative=re.compile(rf"\b{_alt(raw['cumulative'])}\b"),
        events={**active, **passive}, units=units, tolls=tolls, qualifiers=qualifiers, numbers=numbers,
        multipliers=multipliers,
    )


def parse_number(text: str, lex: FigureLexicon) -> int | None:
    """ "5,000" → 5000, "1.5 thousand" → 1500, "two" → 2."""
    words = " ".join(text.lower().split())
    if words in lex.numbers:
        return lex.numbers[words]
    m = re.match(r"([\d,.]+)(?:\s+(\w+))?$", words)
    if not m:
        return None
    digits = m.group(1).replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    value *= lex.multipliers.get(m.group(2) or "", 1)
    return round(value)


@dataclass
class _Found:
    start: int
    end: int
    unit: str | None
    event: str
    count: int
    count_max: int | None
    qualifier: str | None


def _count(m: re.Match[str], lex: FigureLexicon, qverb: str | None = None) -> tuple[int, int | None, str | None] | None:
    low, high = (m.group("b1"), m.group("b2")) if m.group("b1") else (m.group("n1"), m.group("n2"))
    count = parse_number(low, lex)
    top = parse_number(high, lex) if high else None
    if count is None:
        return None
    qual = m.group("qual") or qverb
    qualifier = lex.qualifiers.get(" ".join(qual.lower().split())) if qual else None
    if top is not None and top > count:
        return count, top, "range"
    if m.group("n1") and re.fullmatch(r"(?:19|20)\d\d", m.group("n1")) and qualifier is None:
        return None  # a year, not a count
    return count, None, qualifier


def _sentence_figures(s: str, lex: FigureLexicon) -> list[_Found]:
    found: list[_Found] = []

    def taken(start: int, end: int) -> bool:
        return any(f.start < end and start < f.end for f in found)

    def add(m: re.Match[str], event: str, unit: str | None, qverb: str | None = None) -> None:
        c = _count(m, lex, qverb)
        if c is not None and not taken(m.start(), m.end()):
            found.append(_Found(m.start(), m.end(), unit, event, *c))

    for m in lex.passive.finditer(s):
        add(m, lex.events[_key(m.group("event"))], lex.units[_key(m.group("unit"))])
    for m in lex.active.finditer(s):
        add(m, lex.events[_key(m.group("event"))], lex.units[_key(m.group("unit"))] if m.group("unit") else None)
    for m in lex.toll.finditer(s):
        add(m, lex.tolls[_key(m.group("event"))], "people", m.group("qverb"))
    for m in lex.bare.finditer(s):
        add(m, lex.events[_key(m.group("event"))], None)
    found.sort(key=lambda f: f.start)
    for f in list(found):
        j = lex.joined.match(s, f.end)
        if j is not None:
            add(j, f.event, lex.units[_key(j.group("unit"))])
        lead = lex.leading.search(s, max(0, f.start - 80), f.start)
        if lead is not None:
            add(lead, f.event, lex.units[_key(lead.group("unit"))])
    found.sort(key=lambda f: f.start)
    last_unit = "people"
    for f in found:
        f.unit = f.unit or last_unit
        last_unit = f.unit
    return found


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def extract_figures(text: str, attribution: Attribution, as_of: str | None, lex: FigureLexicon) -> list[Figure]:
    """Figures of every sentence of ``text`` (normalised), credited to the sentence's claimant."""
    out: list[Figure] = []
    for i, (start, end) in enumerate(attribution.sentences):
        s = text[start:end]
        found = _sentence_figures(s, lex)
        if not found:
            continue
        cumulative = lex.cumulative.search(s) is not None
        claimant = attribution.by_sentence[i] if i < len(attribution.by_sentence) else None
        who = claimant.who if claimant else attribution.who
        side = claimant.side if claimant else attribution.side
        for f in found:
            out.append(Figure(what=f"{f.unit} {f.event}", count=f.count, as_of=as_of, claimant=who, side=side,
                              cumulative=cumulative, qualifier=f.qualifier, count_max=f.count_max))
    return out
