"""Which updates report the same event: the summary and the detailed update of one live page, the
same interview in two outlets a day apart. Settings and word lists: ``chronik/data/merge.yaml``.

- :func:`cluster` groups a parse's updates (each update in exactly one :class:`Group`).
- :func:`matches` (or a :class:`Matcher` built on the whole chronology, which weighs words better)
  says whether a new update reports the event of an existing entry, for ``chronik parse`` re-runs.

Cost stays close to linear: updates are sorted by date and each is compared only with updates at
most ``window_days`` away that share one of its rarest words or names (an inverted index over a
sliding window). Similar but different events stay apart: two timestamped posts of one page far
apart in time are never one event, a day between two reports costs score, and a group only takes in
an update that is close enough to every member, not just to one (no chains of look-alikes).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import logging
import math
import re
import string
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chronik import merge_cues as cues
from chronik.collector import collector_paused
from chronik.model import Entry, Update

log = logging.getLogger(__name__)

SETTINGS_FILE = Path(__file__).resolve().parent / "data" / "merge.yaml"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where PyYAML has it: the same data, sooner
EVENT_DATE_BASES = ("timestamp", "heading", "explicit", "relative")  # dates of the event, not of the report
TOP_WORDS = 8  # the rarest words of an update that find its candidates
# punctuation, typographic quotes and dashes become spaces: words are what is left
_SPLIT = str.maketrans(dict.fromkeys(string.punctuation + "\u2018\u2019\u201c\u201d\u2013\u2014\u2022«»", " "))
_NUMBER = re.compile(r"\d[\d,:.]*")
_NONE: frozenset[int] = frozenset()
_NO_NAMES: frozenset[tuple[str, ...]] = frozenset()
_NO_STEMS: frozenset[str] = frozenset()
_TIME = re.compile(r"^(\d{1,2}):(\d{2})")
_PREFIX = re.compile(r"^\s*(?:[\u2022•*-]\s*)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*:\s+", re.I)


@dataclass
class Group:
    """Updates that report one event; ``disputed`` when they disagree on a figure or a date."""

    updates: list[Update]
    why: str = ""
    disputed: bool = False
    dispute: str | None = None  # what they disagree on, for people


class ContentWords(dict[str, str]):
    """word → its stem when it is a content word (not a stopword, longer than two letters or a number),
    else ""; a synonym of merge.yaml gives the stem of the first word of its line. Filled as words are
    met, so each word is judged once."""

    def __init__(self, stopwords: frozenset[str], synonyms: dict[str, str]):
        super().__init__()
        self.stopwords = stopwords
        self.synonyms = synonyms
        self.names: dict[str, tuple[str, ...]] = {}

    def name(self, name: str) -> tuple[str, ...]:
        """The stems of the content words of a name ("Maarat al-Numan" → maarat, numan)."""
        found = self.names.get(name)
        if found is None:
            found = self.names[name] = tuple(filter(None, map(self.__getitem__, cues.words_of(name))))
        return found

    def __missing__(self, word: str) -> str:
        value = "" if word in self.stopwords or (len(word) <= 2 and not word.isdigit()) else \
            self.synonyms.get(word) or _stem(word)
        self[word] = value
        return value


@dataclass(frozen=True)
class Evidence:
    """The kinds of act, target and weapon a report tells of, and when they agree (merge.yaml ``evidence``)."""

    lexicon: cues.Lexicon  # acts, targets, weapons
    outcomes: frozenset[str]
    min_kinds: int
    tolerance: float
    apart: float
    apart_minutes: int

    def kinds(self, tokens: Sequence[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The kinds of act (not outcomes), target and weapon among ``tokens``."""
        acts, targets, weapons = self.lexicon.kinds(tokens)
        return _frozen(acts.difference(self.outcomes)), _frozen(targets), _frozen(weapons)


def _frozen(found: set[str]) -> frozenset[str]:
    """``found``, frozen (one shared empty set for the many reports without)."""
    return frozenset(found) if found else _NO_STEMS


@dataclass(frozen=True)
class Settings:
    window_days: int
    threshold: float
    link_threshold: float
    day_penalty: float
    weights: dict[str, float]
    same_page_max_minutes: int
    close_minutes: int
    max_group: int
    stopwords: frozenset[str]
    synonyms: dict[str, str]
    acts: frozenset[str]
    cues: cues.CueWords
    evidence: Evidence
    content: ContentWords = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "content", ContentWords(self.stopwords, self.synonyms))


@functools.cache
def default_settings() -> Settings:
    raw = yaml.load(SETTINGS_FILE.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    ev = raw["evidence"]
    evidence = Evidence(cues.Lexicon(raw["acts_by_kind"], raw["targets"], raw["weapons"]),
                        frozenset(map(str, raw["outcomes"])), int(ev["min_kinds"]),
                        float(ev["figure_tolerance"]), float(ev["figures_apart"]), int(raw["apart_minutes"]))
    synonyms = {str(w).lower(): stem(str(line[0]).lower()) for line in raw["synonyms"] for w in line}
    hour, minute = map(int, str(raw["morning_until"]).split(":"))
    words = cues.CueWords(tuple(map(str, raw["place_before"])), frozenset(map(str, raw["early"])),
                          frozenset(map(str, raw["late"])), hour * 60 + minute, frozenset(map(str, raw["denial"])),
                          int(raw["act_lookback_days"]), tuple(map(str, raw["people_endings"])),
                          frozenset(map(str, raw["settlement_nouns"])), frozenset(map(str, raw["site_nouns"])),
                          frozenset(map(str, raw["region_nouns"])), tuple(map(str, raw["landmark_before"])))
    return Settings(int(raw["window_days"]), float(raw["threshold"]), float(raw["link_threshold"]),
                    float(raw["day_penalty"]), {k: float(v) for k, v in raw["weights"].items()},
                    int(raw["same_page_max_minutes"]), int(raw["close_minutes"]), int(raw["max_group"]),
                    frozenset(str(w).lower() for w in raw["stopwords"]), synonyms,
                    frozenset(synonyms.get(str(a), stem(str(a))) for a in raw["acts"]), words, evidence)


# --- what is compared -------------------------------------------------------------------------------------------

@dataclass(slots=True)
class Features:
    """What one update (or entry) is compared by."""

    sources: frozenset[str]
    day: int | None
    minute: int | None
    words: Counter[str]
    seq: tuple[str, ...]  # the stems of its content words, in order
    tokens: tuple[str, ...]  # all its words, in order
    names: frozenset[str]
    claimant: str | None
    numbers: frozenset[int]
    figures: frozenset[tuple[str, int]]
    places: frozenset[tuple[str, ...]] = frozenset()  # the places the text puts the act in (their stems)
    sites: frozenset[tuple[str, ...]] = frozenset()  # the named sites it puts it at ("Sabreen market")
    regions: frozenset[tuple[str, ...]] = frozenset()  # the regions it names holding them
    landmarks: frozenset[str] = frozenset()  # the stems of names it gives only as landmarks ("west of X")
    part: str | None = None  # "early" or "late" in its day
    days: frozenset[int] = frozenset()  # earlier days its text dates the act to
    instant: int | None = None  # its stamp in UTC minutes
    zone: str | None = None  # the time zone of its date
    acts: frozenset[str] = frozenset()  # the kinds of act (merge.yaml ``acts``) among its words
    kinds: frozenset[str] = frozenset()  # what happened, by kind (``acts_by_kind``, not ``outcomes``)
    targets: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()
    counts: dict[str, list[int]] = field(default_factory=dict)  # its counts (not tallies) by outcome
    where: frozenset[tuple[str, ...]] = frozenset()  # its places and sites
    plain_names: frozenset[str] = frozenset()  # its names that are neither places nor peoples
    where_stems: frozenset[str] = frozenset()  # the stems of its places and sites, all in one
    vector: dict[str, float] = field(default_factory=dict)
    weight: float = 0.0  # the sum of the idf of its distinct words


def features(item: Update | Entry, settings: Settings) -> Features:
    """What ``item`` is compared by; an entry a person edited may hold anything, so nothing is assumed."""
    text = cues.no_apostrophes(" ".join(filter(None, [str(item.title or ""),
                                                      _PREFIX.sub("", str(item.text or ""))])).lower())
    tokens = text.translate(_SPLIT).split()
    # who speaks is compared on its own (names, claimant): here only what happened counts
    who = item.attribution.who if isinstance(item.attribution.who, str) else None
    raw = " ".join(filter(None, [str(item.title or ""), str(item.text or "")]))
    written, where = cues.names_and_places(raw, settings.stopwords, settings.cues)
    names = frozenset(str(n) for n in [*(item.places or []), *(item.actors or [])]) | written
    speakers = {stem(t) for name in [*(item.actors or []), who or ""]
                for t in str(name).lower().translate(_SPLIT).split()}
    seq = tuple(itertools.filterfalse(speakers.__contains__, filter(None, map(settings.content.__getitem__, tokens))))
    numbers = frozenset(n for n in map(_count, _NUMBER.findall(text)) if n >= 32 and not 1900 <= n <= 2100)
    sources = frozenset(s.source for s in item.sources) if isinstance(item, Entry) else frozenset([item.source])
    figures = frozenset((str(f.what), f.count) for f in item.figures or [] if isinstance(f.count, int))
    counts: dict[str, list[int]] = {}
    for f in item.figures or []:
        if isinstance(f.count, int) and not f.cumulative:
            counts.setdefault(str(f.what).split()[-1], []).append(f.count)
    day, minute = _day(item.date), _minute(item.time)
    zone = getattr(item, "timezone", None)
    places, sites, regions, landmarks = _places(where, settings.content)
    where_named = places | sites
    every = where_named | regions
    words = Counter(seq)
    kinds, targets, weapons = settings.evidence.kinds(tokens)
    plain = _plain_names(names, every, settings)
    return Features(sources, day, minute, words, seq, tuple(tokens), names, who, numbers, figures,
                    places, sites, regions, landmarks, cues.part_of_day(tokens, minute, settings.cues),
                    cues.act_days(raw, tokens, day, settings.cues) if day is not None else _NONE,
                    cues.instant(day, minute, zone), zone if isinstance(zone, str) else None,
                    settings.acts.intersection(words), kinds, targets, weapons, counts, where_named, plain,
                    frozenset(t for p in where_named for t in p))


def _plain_names(names: frozenset[str], every: Names, settings: Settings) -> frozenset[str]:
    """The names of ``names`` that are neither one of the places ``every`` nor of a people."""
    name, endings = settings.content.name, settings.cues.people_endings
    return frozenset(n for n in names if name(n) not in every and not n.lower().endswith(endings))


Names = frozenset[tuple[str, ...]]


def _places(where: list[tuple[str, str]], content: ContentWords) -> tuple[Names, Names, Names, frozenset[str]]:
    """The places, sites and regions of ``where`` as tuples of stems (a name of stopwords only is none; a
    name found as a region too is a region), and the stems of its landmarks that are not places too."""
    if not where:
        return _NO_NAMES, _NO_NAMES, _NO_NAMES, _NO_STEMS
    if all(level == "place" for _, level in where):  # the most common case, in short
        return frozenset(filter(None, map(content.name, (name for name, _ in where)))), _NO_NAMES, _NO_NAMES, \
            _NO_STEMS
    found: dict[str, set[tuple[str, ...]]] = {"place": set(), "site": set(), "region": set(), "landmark": set()}
    for name, level in where:
        stems = content.name(name)
        if stems:
            found[level].add(stems)
    regions = frozenset(found["region"])
    places, sites = frozenset(found["place"]) - regions, frozenset(found["site"]) - regions
    named = {t for p in places | sites | regions for t in p}
    return places, sites, regions, frozenset(t for p in found["landmark"] for t in p) - named


_SUFFIXES = ("ings", "ing", "ies", "ied", "ed", "es", "s", "ly")  # the first that ends a word is cut


def _stem(word: str) -> str:
    """A crude English stem, so "launched"/"launch" and "projectiles"/"projectile" are one word."""
    if not word.endswith(_SUFFIXES):
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


stem = functools.lru_cache(maxsize=500_000)(_stem)  # ContentWords keeps its own: its words call _stem


def _count(token: str) -> int:
    """ "2,000" → 2000; a time ("21:35") or a decimal is not a count (0)."""
    token = token.rstrip(".,")
    digits = token.replace(",", "")
    return int(digits) if digits.isdigit() and ":" not in token else 0


@functools.lru_cache(maxsize=100_000)
def _day(date: object) -> int | None:
    try:
        return dt.date.fromisoformat(str(date)).toordinal() if date else None
    except ValueError:
        return None


def _minute(time: object) -> int | None:
    m = _TIME.match(str(time or ""))
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


class _Idf(dict[str, float]):
    """idf by word; a word not in the corpus gets the weight of a word seen nowhere."""

    def __init__(self, unseen: float, values: dict[str, float]):
        super().__init__(values)
        self.unseen = unseen

    def __missing__(self, key: str) -> float:
        return self.unseen


class Weights:
    """Document frequencies of words and names over the compared items (None: all alike)."""

    def __init__(self, items: Sequence[Features] | None = None):
        self.n = len(items) if items else 0
        self.df: Counter[str] = Counter()
        for f in items or ():
            self.df.update(f.words.keys())
            self.df.update(f.names)
        self.common = max(3, self.n // 100)  # a word in more items than this is common
        self.key_limit = max(50, self.n // 100)  # a word in more items does not find candidates
        self._unseen = math.log(self.n + 1) + 1.0 if self.n else 1.0
        self._idf = _Idf(self._unseen, {k: math.log((self.n + 1) / (c + 1)) + 1.0 for k, c in self.df.items()})
        self.idf = self._idf.__getitem__

    def vectorize(self, f: Features) -> None:
        idf, unseen, log = self._idf, self._unseen, math.log
        vec: dict[str, float] = {}
        weight = 0.0
        for t, c in f.words.items():
            x = idf.get(t, unseen)
            weight += x
            vec[t] = x if c == 1 else (1 + log(c)) * x
        scale = 1 / (math.hypot(*vec.values()) or 1.0)
        f.vector = {t: v * scale for t, v in vec.items()}
        f.weight = weight


def _positions(seq: tuple[str, ...], token: str) -> Iterator[int]:
    i = -1
    while True:
        try:
            i = seq.index(token, i + 1)
        except ValueError:
            return
        yield i


def phrases(f: Features, rare: set[str], content: ContentWords) -> set[tuple[str, ...]]:
    """The pairs of neighbouring content words (one story retold: "smoke projectiles") and the runs of
    four words (a quote repeated) of ``f`` that hold a word of ``rare``."""
    out: set[tuple[str, ...]] = set()
    seq, tokens = f.seq, f.tokens
    for t in rare:
        for i in _positions(seq, t):
            out.update(seq[k:k + 2] for k in range(max(0, i - 1), min(i, len(seq) - 2) + 1))
    for i, t in enumerate(tokens):
        if content[t] in rare:
            out.update(tokens[k:k + 4] for k in range(max(0, i - 3), min(i, len(tokens) - 4) + 1))
    return out


@dataclass(frozen=True)
class Likeness:
    """The parts of a pair's score (see merge.yaml), kept to say why two items were merged."""

    total: float
    text: float = 0.0
    phrases: int = 0
    names: frozenset[str] = frozenset()
    claimant: str | None = None
    numbers: tuple[str, ...] = ()
    minutes: int | None = None
    days: int = 0
    agree: tuple[str, ...] = ()  # the kinds of evidence that added to the score

    def why(self) -> str:
        if self.total == -math.inf:
            return "posts of one page far apart in time"
        parts = [f"text {self.text:.2f}"]
        if self.phrases:
            parts.append(f"{self.phrases} shared phrases")
        if self.names:
            parts.append("names " + ", ".join(sorted(self.names)))
        if self.claimant:
            parts.append(f"same claimant {self.claimant}")
        if self.numbers:
            parts.append("numbers " + ", ".join(self.numbers))
        if self.minutes is not None:
            parts.append(f"{self.minutes} minutes apart")
        if self.days:
            parts.append(f"{self.days} day{'s' if self.days > 1 else ''} apart")
        if self.agree:
            parts.append("same " + ", ".join(self.agree))
        return f"score {self.total:.2f}: " + "; ".join(parts)


def likeness(a: Features, b: Features, w: Weights, settings: Settings, full: bool = False) -> Likeness:
    """How alike two items are (total -inf when they cannot be one event). Shared phrases, the costly
    part, are looked for only when they decide whether the pair reaches the threshold (or when
    ``full``); otherwise the total is a lower bound, which only makes a group's average link
    stricter and never changes which pairs reach the threshold."""
    if a.sources & b.sources and a.minute is not None and b.minute is not None and a.day == b.day \
            and abs(a.minute - b.minute) > settings.same_page_max_minutes:
        return Likeness(-math.inf)
    k = settings.weights
    both = a.vector.keys() & b.vector.keys()
    cosine = sum(a.vector[t] * b.vector[t] for t in both)
    # how much of the shorter text the longer one covers: a summary against its detailed update
    overlap = sum(map(w.idf, both)) / (min(a.weight, b.weight) or 1.0)
    text = (cosine + overlap) / 2
    shared_names = a.names & b.names
    names = sum(map(w.idf, shared_names)) / sum(map(w.idf, a.names | b.names)) if shared_names else 0.0
    claimant = a.claimant if a.claimant and a.claimant == b.claimant else None
    numbers = sorted(a.numbers & b.numbers)
    figures = sorted(a.figures & b.figures)
    minutes: int | None
    if a.instant is not None and b.instant is not None:  # stamps in two zones: "the day before" in UTC
        minutes = abs(a.instant - b.instant)
        days = minutes // 1440
    else:
        minutes = abs(a.minute - b.minute) if a.day == b.day and a.minute is not None and b.minute is not None \
            else None
        days = abs(a.day - b.day) if a.day is not None and b.day is not None else 0
        if days and (a.instant is None) != (b.instant is None):  # the stamp's day where the other was dated
            stamped, other = (a, b) if a.instant is not None else (b, a)
            local = cues.local_day(stamped.instant, other.zone) if stamped.instant is not None else None
            if local is not None and other.day is not None:
                days = min(days, abs(local - other.day))
    if days and (a.days or b.days):  # a late report dating the act to an earlier day
        days = min(days, day_gap(a, b))
    close = minutes is not None and minutes <= settings.close_minutes
    conflicts = conflict(a, b, days)
    agree = evidence(a, b, w, settings, minutes, bool(numbers)) if not conflicts else ()
    total = (k["text"] * text + k["names"] * names + k["claimant"] * bool(claimant)
             + k["numbers"] * min(1.0, 0.6 * (len(numbers) + len(figures))) + k["time"] * close
             + k["evidence"] * max(0, len(agree) - 1)
             - settings.day_penalty * days - k["conflict"] * conflicts)
    shared: set[tuple[str, ...]] = set()
    if full or total < settings.threshold <= total + k["quotes"]:
        # words common in the corpus make phrases of the genre ("of the Defense Ministry"), not quotes
        rare = {t for t in both if w.df[t] <= w.common} if w.n else both
        shared = phrases(a, rare, settings.content) & phrases(b, rare, settings.content) if rare else set()
        total += k["quotes"] * min(1.0, len(shared) / max(4.0, 0.1 * min(len(a.seq), len(b.seq))))
    return Likeness(total, text, len(shared), shared_names, claimant,
                    (*map(str, numbers), *(f"{n} {what}" for what, n in figures)),
                    minutes if close else None, days, agree)


def day_gap(a: Features, b: Features) -> int:
    """The fewest days between a day of ``a`` and one of ``b`` (a report's own, and those its text dates the act to);
    0 when either has none."""
    return min((abs(x - y) for x in (a.day, *a.days) if x is not None for y in (b.day, *b.days) if y is not None),
               default=0)


def conflict(a: Features, b: Features, days: int) -> int:
    """How many signs say two look-alikes are different events: telling one kind of act (``acts``), each
    puts it in a place the other does not name at all (a region both name is no place); on one day, one
    puts it early and the other late."""
    found = 0
    if a.places and b.places and not a.acts.isdisjoint(b.acts) and _apart(a.places, b.places, a, b):
        found += 1
    if not days and a.part and b.part and a.part != b.part:
        found += 1
    return found


def _named(place: Iterable[str], f: Features) -> bool:
    """Whether ``f`` names ``place`` (the stems of one, or of several): each of them, not in a landmark."""
    return all(map(f.words.__contains__, place)) and f.landmarks.isdisjoint(place)


def _apart(x: Names, y: Names, a: Features, b: Features) -> bool:
    """Whether ``a`` names places (or sites) ``x`` and ``b`` places ``y``, and neither names one of the other's."""
    return bool(x and y) and not any(_named(p, b) for p in x) and not any(_named(p, a) for p in y)


def evidence(a: Features, b: Features, w: Weights, settings: Settings, minutes: int | None,
             numbers: bool) -> tuple[str, ...]:
    """The kinds of agreement of two reports that count (merge.yaml ``evidence``; the place agrees when
    one names every place and site of the other, "near A and B" and "near A and C" do not): none unless there are
    ``min_kinds`` of them, one the place or a rare name, and no sign against (acts, targets or weapons
    none shared, counts far apart, stamps far apart). The time agrees when the stamps are close, or the
    two put the act in one part of one day."""
    ev = settings.evidence
    found = []
    if (a.where and _named(a.where_stems, b)) or (b.where and _named(b.where_stems, a)):
        found.append("place")
    if w.n and not a.plain_names.isdisjoint(b.plain_names) \
            and any(w.df[n] <= w.common for n in a.plain_names & b.plain_names):
        found.append("name")
    if not found:
        return ()
    for kind, x, y in (("act", a.kinds, b.kinds), ("target", a.targets, b.targets),
                       ("weapon", a.weapons, b.weapons)):
        if x and y:
            if x.isdisjoint(y):
                return ()
            if kind != "weapon":  # the weapon goes with the act: no second kind of agreement
                found.append(kind)
    counts = _counts(a.counts, b.counts, ev) if a.counts and b.counts else None
    if counts is False:
        return ()
    if counts or numbers:
        found.append("figures")
    if minutes is not None and a.instant is not None and b.instant is not None:
        if minutes > ev.apart_minutes:
            return ()
        if minutes <= settings.close_minutes:
            found.append("time")
    if "time" not in found and a.day == b.day and a.part and a.part == b.part:
        found.append("time")
    return tuple(found) if len(found) >= ev.min_kinds else ()


def _counts(a: dict[str, list[int]], b: dict[str, list[int]], ev: Evidence) -> bool | None:
    """True when a count of one outcome (killed, wounded) agrees within the tolerance, False when every
    pair of counts of an outcome both give is far apart, None when neither."""
    agree = False
    for outcome in a.keys() & b.keys():
        apart = True
        for x in a[outcome]:
            for y in b[outcome]:
                lo, hi = (x, y) if x <= y else (y, x)
                apart = apart and hi > ev.apart * lo and hi - lo > 5
                agree = agree or hi - lo <= ev.tolerance * hi
        if apart:
            return False
    return agree or None


# --- clustering -------------------------------------------------------------------------------------------------

def _mergeable(u: Update) -> bool:
    return u.kind == "update" and _day(u.date) is not None


def candidate_pairs(feats: Sequence[Features] | Mapping[int, Features], order: Sequence[int], w: Weights,
                    settings: Settings) -> Iterable[tuple[int, int]]:
    """Pairs (i, j) at most ``window_days`` apart that share one of their rarest words or names (words
    and names found all over the corpus, or in many items of the window, find no candidates); ``order``: the
    indexes in ``feats`` of the items to pair, by day, every one of them dated."""
    postings: dict[str, deque[tuple[int, int]]] = defaultdict(deque)
    cap = 30
    df, limit = w.df, w.key_limit
    for i in order:
        f = feats[i]
        day = f.day
        assert day is not None  # (see ``order``)
        top = sorted(f.vector, key=f.vector.__getitem__, reverse=True)[:TOP_WORDS]
        keys = [k for k in (*top, *f.names) if df[k] <= limit]
        seen: set[int] = set()
        for key in keys:
            posting = postings[key]
            while posting and posting[0][0] < day - settings.window_days:
                posting.popleft()
            if len(posting) <= cap:
                for _, j in posting:
                    if j not in seen:
                        seen.add(j)
                        yield j, i
            posting.append((day, i))


def cluster(updates: list[Update], settings: Settings | None = None) -> list[Group]:
    """Group ``updates`` by the event they report; every update is in exactly one group, in input order."""
    with collector_paused():  # the features and scores of every update live to the end, with no cycles
        return _cluster(updates, settings or default_settings())


def _cluster(updates: list[Update], settings: Settings) -> list[Group]:
    idx = [i for i, u in enumerate(updates) if _mergeable(u)]
    feats: dict[int, Features] = {i: features(updates[i], settings) for i in idx}
    w = Weights(list(feats.values()))
    for f in feats.values():
        w.vectorize(f)
    order = sorted(idx, key=lambda i: (feats[i].day, i))
    pairs: dict[tuple[int, int], Likeness] = {}
    for a, b in candidate_pairs(feats, order, w, settings):
        key = (min(a, b), max(a, b))
        pairs[key] = likeness(feats[key[0]], feats[key[1]], w, settings)

    def get(a: int, b: int) -> float:
        """The score of a pair across two groups (most were not candidates: compute it now)."""
        key = (min(a, b), max(a, b))
        if key not in pairs:
            pairs[key] = likeness(feats[key[0]], feats[key[1]], w, settings)
        return pairs[key].total

    group_of = list(range(len(updates)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(updates))}
    links: dict[int, list[tuple[int, int]]] = defaultdict(list)  # the pairs that merged each group
    strong = sorted(((p.total, k) for k, p in pairs.items() if p.total >= settings.threshold), reverse=True)
    for _, (a, b) in strong:
        ga, gb = sorted((group_of[a], group_of[b]))  # a group is named by its first update
        if ga == gb or len(members[ga]) + len(members[gb]) > settings.max_group:
            continue
        across = [get(x, y) for x in members[ga] for y in members[gb]]
        if -math.inf in across or sum(across) / len(across) < settings.link_threshold:
            continue
        if log.isEnabledFor(logging.INFO):
            log.info("merged: %s", _link(updates, a, b, pairs[(a, b)]))
        for x in members[gb]:
            group_of[x] = ga
        members[ga].extend(members.pop(gb))
        links[ga].extend([*links.pop(gb, []), (a, b)])
    groups = []
    for head in sorted(members):
        group = Group([updates[i] for i in sorted(members[head])],
                      "; ".join(_link(updates, a, b, pairs[(a, b)]) for a, b in links.get(head, [])))
        group.dispute = disagreement(group.updates, settings) if len(group.updates) > 1 else None
        group.disputed = group.dispute is not None
        groups.append(group)
    return groups


def _link(updates: list[Update], a: int, b: int, found: Likeness) -> str:
    return f"{updates[a].source} [{_lines(updates[a])}] + {updates[b].source} [{_lines(updates[b])}]: {found.why()}"


def _lines(u: Update) -> str:
    lines = sorted(u.lines + u.title_lines)
    return f"{lines[0]}" if len(lines) == 1 else f"{lines[0]}-{lines[-1]}" if lines else "?"


def disagreement(updates: Sequence[Update | Entry], settings: Settings | None = None) -> str | None:
    """What reports of one event disagree on: a figure counted differently, the event's date (only dates
    read from the text or page, not the publication day a report fell back to), or whether it happened
    as claimed (a report denies it and another does not, in the denial words of ``settings``)."""
    found = []
    counts: dict[tuple[str, bool], set[tuple[int, int]]] = defaultdict(set)
    for u in updates:
        for f in u.figures:
            counts[(f.what, f.cumulative)].add((f.count, f.count_max or f.count))
    for (what, _), ranges in sorted(counts.items()):
        lows = sorted(ranges)
        if any(lo > hi_prev for (lo, _), (_, hi_prev) in zip(lows[1:], lows, strict=False)):
            found.append(f"{what}: " + " vs ".join(str(lo) if lo == hi else f"{lo}-{hi}" for lo, hi in lows))
    dates = {str(u.date) for u in updates if u.date and u.date_basis in EVENT_DATE_BASES}
    if len(dates) > 1:
        found.append("date: " + " vs ".join(sorted(dates)))
    denial = (settings or default_settings()).cues.denial
    deniers = [u for u in updates if denial.intersection(str(u.text or "").lower().translate(_SPLIT).split())]
    if deniers and len(deniers) < len(updates):
        who = {u.attribution.who if isinstance(u.attribution.who, str) else "a source" for u in deniers}
        found.append("denied by " + ", ".join(sorted(who)))
    return "; ".join(found) or None


# --- one update against one entry -------------------------------------------------------------------------------

class Matcher:
    """``matcher(update, entry)``: why the update reports the entry's event, or None. Words are weighed
    over ``corpus`` (the chronology's entries and the new updates)."""

    def __init__(self, corpus: Iterable[Update | Entry] = (), settings: Settings | None = None):
        self.settings = settings or default_settings()
        self.weights = Weights([features(x, self.settings) for x in corpus] or None)

    def __call__(self, update: Update, entry: Entry) -> str | None:
        a, b = features(update, self.settings), features(entry, self.settings)
        if a.day is None or b.day is None or abs(a.day - b.day) > self.settings.window_days:
            return None
        self.weights.vectorize(a)
        self.weights.vectorize(b)
        found = likeness(a, b, self.weights, self.settings, full=True)
        return found.why() if found.total >= self.settings.threshold else None


def matches(update: Update, entry: Entry) -> str | None:
    """Why ``update`` reports the event of ``entry`` (all words weighed alike), or None."""
    return Matcher()(update, entry)
