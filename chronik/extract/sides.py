"""The sides of a war and the polities that belong to them (``chronik/data/sides.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from ruamel.yaml.comments import CommentedMap

from chronik.extract.matcher import Match, PhraseMatcher, phrase_set, squash
from chronik.extract.regions import RegionBook
from chronik.extract.schema import Reader
from chronik.extract.zone_tab import country_name, country_of_zone

POLITY_KEYS = ("name", "side", "adjective", "government", "forms")
STATE_KEYS = ("adjective", "government", "forms")


@dataclass(frozen=True)
class Polity:
    """A state, people or government: "Armenia's", "Azerbaijani", "Baku" all name one."""

    name: str
    side: str
    adjective: str
    government: str
    forms: tuple[str, ...]

    @property
    def governed(self) -> bool:
        """Whether the polity has a government of its own (a state), not an armed group that speaks as itself (the
        sides file gives it no government, or its own name as one)."""
        return self.government != self.name

    def written(self, text: str) -> str:
        """``text``, a form as a page wrote it, as the sides file writes it ("ISLAMABAD" is "Islamabad", "GETACHEW
        REDA" "Getachew Reda"); ``text`` itself when no form is it."""
        return next((f for f in self.forms if f.lower() == text.lower()), text)


THIRD_PARTY = "third-party"  # the default sides' word for states and bodies of no party (a sides file may drop it)
# the word closing a region's name, which prose writes in lower case ("Iraq's autonomous Kurdistan region" is the form
# "Kurdistan Region") and which a polity before it in the possessive owns (mentions.py)
REGION_NOUNS = frozenset({"Region", "Province", "Oblast", "Governorate", "Territory", "Republic"})


def _lowered_region_noun(form: str) -> set[str]:
    """``form`` with its closing region noun in lower case ("Kurdistan region"), if it closes on one after a name."""
    head, _, last = form.rpartition(" ")
    return {f"{head} {last.lower()}"} if head[:1].isupper() and last in REGION_NOUNS else set()


def _own_government(p: Polity) -> set[str]:
    """The name of ``p``'s government when it names no form of ``p`` ("Government of the Transition", "Sovereignty
    Council", not "Government of Mali"): a text that writes it names the polity."""
    named = any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", p.government) for f in {p.name, p.adjective, *p.forms})
    return set() if named else {p.government}


@dataclass
class SideBook:
    """The sides (name → what it covers), the narrative side, and the polities with their matcher."""

    sides: dict[str, str]
    narrative: str | None
    polities: list[Polity]
    domains: dict[str, str] = field(default_factory=dict)  # a country-code domain → its state's name ("ua": Ukraine)
    regions: RegionBook = field(default_factory=RegionBook)  # the regions of states (regions.yaml)
    # the packaged states' names and the places their forms name (capitals: "new delhi"), lower-cased: a form a
    # user's polity lists among them is a place, not a name of its own (kept with ``defaults: replace``, as domains)
    places: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()  # the names of the polities the sides files list: the war's parties
    split_forms: frozenset[str] = frozenset()  # the states the war splits (data.split_states), name and adjective
    # the parties the war's own sides file lists (the packaged file's when there is none): not the packaged war's
    own_parties: frozenset[str] = frozenset()
    _matcher: PhraseMatcher[Polity] = field(init=False, repr=False)
    _forms: dict[str, list[Polity]] = field(init=False, repr=False)
    _by_name: dict[str, Polity] = field(init=False, repr=False)
    _by_government: dict[str, Polity] = field(init=False, repr=False)
    _split: PhraseMatcher[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # a form names the polity listed last that has it: the user's polities come after the packaged ones,
        # so "Palestinian" in a user's {name: Gaza, forms: [Palestinian]} is no longer the packaged Palestine's
        forms: dict[str, list[Polity]] = {}
        for p in self.polities:
            for form in {p.name, p.adjective, *p.forms} | _own_government(p):
                forms[form] = [p]
                for lowered in _lowered_region_noun(form):
                    forms.setdefault(lowered, [p])
        self._forms = forms
        self._by_name = {p.name: p for p in self.polities}
        self._by_government = {}  # (the first polity listed with that government)
        for p in self.polities:
            if p.government:
                self._by_government.setdefault(p.government.lower(), p)
        self._matcher = PhraseMatcher(forms)
        self._split = phrase_set(self.split_forms)

    def names_split_state(self, text: str) -> bool:
        """Whether ``text`` names a state the war splits ("Syrian state media" in a war with the Syrian Democratic
        Forces): a state of no side, but a state, not the outlet's own country."""
        return self._split.search(text) is not None

    def governed(self, name: str) -> Polity | None:
        """The polity whose government the sides file names ``name`` (any case): "the Government of the Russian
        Federation" is Russia's government, no person."""
        return self._by_government.get(name.lower())

    def polity(self, name: str) -> Polity | None:
        """The polity named ``name`` (its canonical name), if any."""
        return self._by_name.get(squash(name))

    def of_domain(self, url: str) -> Polity | None:
        """The state whose country-code domain ends ``url``'s host ("https://www.pravda.com.ua/news/" → Ukraine), if
        the states file lists it and the war does not split it."""
        url = url.strip()
        host = urlsplit(url if "://" in url else f"//{url}").hostname or ""
        return self._listed(host.rsplit(".", 1)[-1]) if "." in host else None

    def of_zone(self, zone: str) -> Polity | None:
        """The party to the war whose time zone ``zone`` is ("Asia/Karachi" → Pakistan, "Asia/Manila" → the
        Philippines), by its country-code domain the states file lists or by the name the tz database gives the
        country, which a polity of the sides files has. A clock is weaker evidence than an address: an
        outlet in a bystander's zone (Africanews in Kinshasa's, reporting a war the sides file names the state in
        other words) is taken for no country's."""
        code = country_of_zone(zone)
        if code is None:
            return None
        name = country_name(code)
        polity = self._listed(code.lower()) or (self._named(name) if name else None)
        return polity if polity is not None and polity.name in self.parties else None

    def lone_government(self) -> Polity | None:
        """The one party of the war's own sides file that has a government of its own (a state, not an armed group
        that speaks as itself), if only one does: the state of a civil war, whose "the government" it is."""
        states = [p for p in self.polities if p.name in self.own_parties and p.governed]
        return states[0] if len(states) == 1 else None

    def _listed(self, code: str) -> Polity | None:
        """The polity of a country code ``domains`` lists: the one whose form its name is (a war's own "DR Congo"
        that lists "Democratic Republic of the Congo"), else the state of that name."""
        name = self.domains.get(code)
        return self._named(name) if name else None

    def _named(self, name: str) -> Polity | None:
        """The polity ``name`` is a form of (a war's own "DR Congo" that lists "Democratic Republic of the Congo"),
        else the polity of that name."""
        return self.owner(name) or self.polity(name)

    def owner(self, form: str) -> Polity | None:
        """The polity a text means by exactly ``form`` ("Kremlin" when a user's Russia lists it), if any."""
        found = self._forms.get(squash(form))
        return found[0] if found else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match[Polity]]:
        """The polities ``text`` names, in order. A common word a polity lists in lower case ("breakaway",
        "separatist") right before another polity's name ("breakaway Abkhazia") describes that one, and is dropped."""
        found = self._matcher.find_all(text, start, end)
        return [m for m, after in zip(found, [*found[1:], None], strict=False)
                if after is None or not (m.text.lower() in self._forms and not text[m.end:after.start].strip()
                                         and after.values != m.values)]


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
    sides = r.mapping(data, "sides", "the sides file") or CommentedMap()
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
        # (an explicit "government: null" says the party has none, an armed group: it speaks as itself, "the PKK")
        stateless = "government" in node and node["government"] is None
        government = r.text(node, "government", where) or (name if stateless else f"Government of {name}")
        forms = tuple(squash(f) for f in r.strings(node, "forms", where))
        out.polities.append(Polity(squash(name), side, adjective, government, forms))
    return out


def read_states(path: Path, marked: bool = True) -> tuple[list[Polity], Reader]:
    """The packaged list of states and unions (``chronik/data/states.yaml``), all on one side, in its compact
    form: ``Name: [adjective, other forms...]`` or ``Name: {adjective:, government:, forms: [...]}``."""
    r = Reader(path, marked)
    data = r.data
    out: list[Polity] = []
    if not hasattr(data, "get"):
        r.add(data, None, "the states file is not a mapping", "side:, states:")
        return out, r
    r.unknown_keys(data, ("side", "states", "domains"), "the states file")
    side = r.side(data, "side", "the states file", required=True)
    states = r.mapping(data, "states", "the states file") or CommentedMap()
    for name, node in states.items():
        where = f"states: {name}"
        if not isinstance(name, str) or not name.strip():
            r.add(states, name, f"bad state name {name!r}", "a name such as Poland")
            continue
        if hasattr(node, "get"):
            r.unknown_keys(node, STATE_KEYS, where)
            adjective = r.text(node, "adjective", where) or name
            government = r.text(node, "government", where) or f"Government of {name}"
            forms = r.strings(node, "forms", where)
        else:
            forms = r.strings(states, name, where)
            adjective, government = (forms or [name])[0], f"Government of {name}"
        if side is not None:
            out.append(Polity(squash(name), side, adjective, government, tuple(squash(f) for f in forms)))
    return out, r


def state_domains(r: Reader) -> dict[str, str]:
    """The ``domains:`` of the states file ``r`` has read: a country-code domain and the polity it is ("ua":
    Ukraine, "am": Armenia, a state here or a party of sides.yaml), for the home country of an outlet whose name
    names none (see :meth:`SideBook.of_domain`)."""
    found = r.mapping(r.data, "domains", "the states file") if hasattr(r.data, "get") else None
    out: dict[str, str] = {}
    for code, name in (found or {}).items():
        if isinstance(code, str) and isinstance(name, str) and name.strip():
            out[code.lower().lstrip(".")] = squash(name)
        else:
            r.add(found, code, f"bad domain {code!r}: {name!r}", "a country-code domain and a polity, e.g. ua: Ukraine")
    return out
