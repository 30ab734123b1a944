"""The sides of a war and the polities that belong to them (``chronik/data/sides.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from chronik.extract.matcher import Match, PhraseMatcher, squash
from chronik.extract.schema import Reader

POLITY_KEYS = ("name", "side", "adjective", "government", "forms")


@dataclass(frozen=True)
class Polity:
    """A state, people or government: "Armenia's", "Azerbaijani", "Baku" all name one."""

    name: str
    side: str
    adjective: str
    government: str
    forms: tuple[str, ...]


@dataclass
class SideBook:
    """The sides (name → what it covers), the narrative side, and the polities with their matcher."""

    sides: dict[str, str]
    narrative: str | None
    polities: list[Polity]
    _matcher: PhraseMatcher[Polity] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        forms: dict[str, list[Polity]] = {}
        for p in self.polities:
            for form in {p.name, p.adjective, *p.forms}:
                forms.setdefault(form, []).append(p)
        self._matcher = PhraseMatcher(forms)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match[Polity]]:
        return self._matcher.find_all(text, start, end)


@dataclass
class SidesFile:
    """What one sides file says, before it is merged with the packaged one."""

    sides: dict[str, str]
    narrative: str | None
    polities: list[Polity]
    mode: str
    reader: Reader


def read_sides(path: Path, marked: bool = True) -> SidesFile:
    """Parse one sides file (problems are collected in its reader, with their marks)."""
    r = Reader(path, marked)
    data = r.data
    out = SidesFile({}, None, [], "extend", r)
    if data is None:
        return out
    if not hasattr(data, "get"):
        r.add(data, None, "the sides file is not a mapping", "sides:, narrative:, polities:")
        return out
    r.unknown_keys(data, ("defaults", "sides", "narrative", "polities"), "the sides file")
    out.mode = r.defaults_mode()
    sides = r.mapping(data, "sides", "the sides file") or {}
    for name, what in sides.items():
        if not isinstance(name, str) or not name.strip():
            r.add(sides, name, f"bad side name {name!r}", "a word such as armenian")
            continue
        out.sides[name] = what if isinstance(what, str) else ""
    if "narrative" in data:
        out.narrative = r.side(data, "narrative", "the sides file")
    for i, node in enumerate(r.seq(data, "polities", "the sides file")):
        where = f"polities[{i}]"
        if not hasattr(node, "get"):
            r.add(data["polities"], i, f"{where} is not a mapping", "{name:, side:, adjective:, forms: [...]}")
            continue
        r.unknown_keys(node, POLITY_KEYS, where)
        name = r.text(node, "name", where, required=True)
        side = r.side(node, "side", where, required=True)
        if name is None or side is None:
            continue
        adjective = r.text(node, "adjective", where) or name
        government = r.text(node, "government", where) or f"Government of {name}"
        forms = tuple(squash(f) for f in r.strings(node, "forms", where))
        out.polities.append(Polity(squash(name), side, adjective, government, forms))
    return out
