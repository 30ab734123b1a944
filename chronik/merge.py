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
import logging
import math
import re
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from chronik.extract.text import normalize
from chronik.model import Entry, Update

log = logging.getLogger(__name__)

SETTINGS_FILE = Path(__file__).resolve().parent / "data" / "merge.yaml"
EVENT_DATE_BASES = ("timestamp", "heading", "explicit", "relative")  # dates of the event, not of the report
TOP_WORDS = 8  # the rarest words of an update that find its candidates
_TOKEN = re.compile(r"[a-z0-9]+(?:['.-][a-z0-9]+)*")
_NUMBER = re.compile(r"(?<![\d:])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\d:,.])\d+(?![\d:])")
_PREFIX = re.compile(r"^\s*(?:[\u2022•*-]\s*)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*:\s+", re.I)


@dataclass
class Group:
    """Updates that report one event; ``disputed`` when they disagree on a figure or a date."""

    updates: list[Update]
    why: str = ""
    disputed: bool = False
    dispute: str | None = None  # what they disagree on, for people


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


@functools.cache
def default_settings() -> Settings:
    raw = yaml.safe_load(SETTINGS_FILE.read_text(encoding="utf-8"))
    return Settings(int(raw["window_days"]), float(raw["threshold"]), float(raw["link_threshold"]),
                    float(raw["day_penalty"]), {k: float(v) for k, v in raw["weights"].items()},
                    int(raw["same_page_max_minutes"]), int(raw["close_minutes"]), int(raw["max_group"]),
                    frozenset(str(w).lower() for w in raw["stopwords"]))


# --- what is compared -------------------------------------------------------------------------------------------

@dataclass
class Features:
    """What one update (or entry) is compared by."""

    sources: frozenset[str]
    day: int | None
    minute: int | None
    words: Counter[str]
    shingles: frozenset[int]
    names: frozenset[str]
    claimant: str | None
    numbers: frozenset[int]
    figures: frozenset[tuple[str, int]]
    vector: dict[str, float] = field(default_factory=dict)
    weight: float = 0.0  # the sum of the idf of its distinct words


def features(item: Update | Entry, settings: Settings) -> Features:
    text = normalize(" ".join(filter(None, [item.title, _PREFIX.sub("", item.text)]))).lower()
    tokens = _TOKEN.findall(text)
    # who speaks is compared on its own (names, claimant): here only what happened counts
    # who speaks is compared on its own (names, claimant): here only what happened counts
    speakers = {t for name in [*item.actors, item.attribution.who or ""] for t in _TOKEN.findall(name.lower())}
    content = [stem(t) for t in tokens if t not in settings.stopwords and (len(t) > 2 or t.isdigit())]
    words = Counter(t for t in content if t not in speakers)
    # pairs of neighbouring content words: a quote, or the same story retold ("smoke projectile")
    shingles = frozenset(hash((content[k], content[k + 1])) for k in range(len(content) - 1))
    numbers = frozenset(n for n in (int(x.replace(",", "")) for x in _NUMBER.findall(text))
                        if n >= 32 and not 1900 <= n <= 2100)
    sources = frozenset(s.source for s in item.sources) if isinstance(item, Entry) else frozenset([item.source])
    figures = frozenset((f.what, f.count) for f in item.figures)
    return Features(sources, _day(item.date), _minute(item.time), words, shingles,
                    frozenset([*item.places, *item.actors]), item.attribution.who, numbers, figures)


def stem(word: str) -> str:
    """A crude English stem, so "launched"/"launch" and "projectiles"/"projectile" are one word."""
    for suffix in ("ings", "ing", "ies", "ied", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _day(date: str | None) -> int | None:
    try:
        return dt.date.fromisoformat(str(date)).toordinal() if date else None
    except ValueError:
        return None


def _minute(time: str | None) -> int | None:
    m = re.match(r"^(\d{1,2}):(\d{2})", time or "")
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


class Weights:
    """Document frequencies of words, names and word pairs over the compared items (None: all alike)."""

    def __init__(self, items: Sequence[Features] | None = None):
        self.n = len(items) if items else 0
        self.df: Counter[str] = Counter()
        self.shingle_df: Counter[int] = Counter()
        for f in items or ():
            self.df.update(f.words.keys())
            self.df.update(f.names)
            self.shingle_df.update(f.shingles)

    def idf(self, key: str) -> float:
        return math.log((self.n + 1) / (self.df.get(key, 0) + 1)) + 1.0 if self.n else 1.0

    def vectorize(self, f: Features) -> None:
        vec = {w: (1 + math.log(c)) * self.idf(w) for w, c in f.words.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        f.vector = {w: v / norm for w, v in vec.items()}
        f.weight = sum(self.idf(w) for w in f.words)

    def common_shingle(self, s: int) -> bool:
        """A pair of words found in many items is a phrase of the genre ("Defense Ministry"), not a quote."""
        return self.n > 0 and self.shingle_df[s] > max(3, self.n // 100)


def score(a: Features, b: Features, w: Weights, settings: Settings) -> tuple[float, str]:
    """Similarity of two items (-inf when they cannot be one event) and why, in words."""
    if a.sources & b.sources and a.minute is not None and b.minute is not None and a.day == b.day \
            and abs(a.minute - b.minute) > settings.same_page_max_minutes:
        return -math.inf, "posts of one page far apart in time"
    small, big = (a, b) if len(a.vector) < len(b.vector) else (b, a)
    cosine = sum(v * big.vector.get(k, 0.0) for k, v in small.vector.items())
    # how much of the shorter text the longer one covers: a summary against its detailed update
    overlap = sum(w.idf(k) for k in small.words if k in big.words) / (min(a.weight, b.weight) or 1.0)
    text = (cosine + overlap) / 2
    shared = [s for s in a.shingles & b.shingles if not w.common_shingle(s)]
    quotes = min(1.0, len(shared) / max(4.0, 0.1 * min(len(a.shingles), len(b.shingles))))
    union = a.names | b.names
    names = (sum(w.idf(n) for n in a.names & b.names) / sum(w.idf(n) for n in union)) if union else 0.0
    claimant = 1.0 if a.claimant and a.claimant == b.claimant else 0.0
    common_numbers = a.numbers & b.numbers
    common_figures = a.figures & b.figures
    numbers = min(1.0, 0.6 * (len(common_numbers) + len(common_figures)))
    close = a.day == b.day and a.minute is not None and b.minute is not None \
        and abs(a.minute - b.minute) <= settings.close_minutes
    days = abs(a.day - b.day) if a.day is not None and b.day is not None else 0
    k = settings.weights
    total = (k["text"] * text + k["quotes"] * quotes + k["names"] * names + k["claimant"] * claimant
             + k["numbers"] * numbers + k["time"] * close - settings.day_penalty * days)
    parts = [f"text {text:.2f}"]
    if shared:
        parts.append(f"{len(shared)} shared phrases")
    if names:
        parts.append("names " + ", ".join(sorted(a.names & b.names)))
    if claimant:
        parts.append(f"same claimant {a.claimant}")
    if common_numbers or common_figures:
        parts.append("numbers " + ", ".join([*map(str, sorted(common_numbers)),
                                             *(f"{n} {what}" for what, n in sorted(common_figures))]))
    if close:
        parts.append(f"{abs(a.minute - b.minute)} minutes apart")
    if days:
        parts.append(f"{days} day{'s' if days > 1 else ''} apart")
    return total, f"score {total:.2f}: " + "; ".join(parts)


# --- clustering -------------------------------------------------------------------------------------------------

def _mergeable(u: Update) -> bool:
    return u.kind == "update" and _day(u.date) is not None


def candidate_pairs(feats: Sequence[Features], order: Sequence[int], w: Weights,
                    settings: Settings) -> Iterable[tuple[int, int]]:
    """Pairs (i, j) at most ``window_days`` apart that share one of their rarest words or names."""
    postings: dict[str, deque[tuple[int, int]]] = defaultdict(deque)
    cap = 60  # a key shared by more items of the window is too common to say anything
    for i in order:
        f = feats[i]
        keys = sorted(f.vector, key=f.vector.get, reverse=True)[:TOP_WORDS] + sorted(f.names)
        seen: set[int] = set()
        for key in keys:
            posting = postings[key]
            while posting and posting[0][0] < f.day - settings.window_days:
                posting.popleft()
            if len(posting) <= cap:
                for _, j in posting:
                    if j not in seen:
                        seen.add(j)
                        yield j, i
            posting.append((f.day, i))


def cluster(updates: list[Update], settings: Settings | None = None) -> list[Group]:
    """Group ``updates`` by the event they report; every update is in exactly one group, in input order."""
    settings = settings or default_settings()
    idx = [i for i, u in enumerate(updates) if _mergeable(u)]
    feats: dict[int, Features] = {i: features(updates[i], settings) for i in idx}
    w = Weights(list(feats.values()))
    for f in feats.values():
        w.vectorize(f)
    order = sorted(idx, key=lambda i: (feats[i].day, i))
    pair_score: dict[tuple[int, int], tuple[float, str]] = {}
    for a, b in candidate_pairs([feats.get(i) for i in range(len(updates))], order, w, settings):
        key = (min(a, b), max(a, b))
        pair_score[key] = score(feats[key[0]], feats[key[1]], w, settings)

    def get(a: int, b: int) -> tuple[float, str]:
        key = (min(a, b), max(a, b))
        if key not in pair_score:
            pair_score[key] = score(feats[key[0]], feats[key[1]], w, settings)
        return pair_score[key]

    group_of = {i: i for i in range(len(updates))}
    members: dict[int, list[int]] = {i: [i] for i in range(len(updates))}
    whys: dict[int, list[str]] = defaultdict(list)
    strong = sorted(((s, why, k) for k, (s, why) in pair_score.items() if s >= settings.threshold), reverse=True)
    for s, why, (a, b) in strong:
        ga, gb = group_of[a], group_of[b]
        if ga == gb or len(members[ga]) + len(members[gb]) > settings.max_group:
            continue
        across = [get(x, y)[0] for x in members[ga] for y in members[gb]]
        if -math.inf in across or sum(across) / len(across) < settings.link_threshold:
            continue
        log.info("merged: %s [%s] + %s [%s]: %s", updates[a].source, _lines(updates[a]),
                 updates[b].source, _lines(updates[b]), why)
        members[ga].extend(members.pop(gb))
        whys[ga].extend([*whys.pop(gb, []), f"{updates[a].source}:{_lines(updates[a])} ~ "
                                              f"{updates[b].source}:{_lines(updates[b])} ({why})"])
        for x in members[ga]:
            group_of[x] = ga
    groups = []
    for head in sorted(members):
        group = Group([updates[i] for i in sorted(members[head])], "; ".join(whys.get(head, [])))
        group.dispute = disagreement(group.updates)
        group.disputed = group.dispute is not None
        groups.append(group)
    return groups


def _lines(u: Update) -> str:
    lines = sorted(u.lines + u.title_lines)
    return f"{lines[0]}" if len(lines) == 1 else f"{lines[0]}-{lines[-1]}" if lines else "?"


def disagreement(updates: Sequence[Update | Entry]) -> str | None:
    """What reports of one event disagree on: a figure counted differently, or the event's date
    (only dates read from the text or page, not the publication day a report fell back to)."""
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
        total, why = score(a, b, self.weights, self.settings)
        return why if total >= self.settings.threshold else None


def matches(update: Update, entry: Entry) -> str | None:
    """Why ``update`` reports the event of ``entry`` (all words weighed alike), or None."""
    return Matcher()(update, entry)
