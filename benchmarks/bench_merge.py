"""Time chronik.merge.cluster on synthetic updates (10,000 and 100,000 by default).

Usage: python benchmarks/bench_merge.py [N ...] [--per-day 100] [--seed 1]

Each synthetic event is reported by one to four sources over one or two days, each report a
paraphrase: some of the event's own words (places, people, what happened, numbers) among the
common words of war reporting and words drawn from a Zipf-distributed vocabulary. The report
prints the time of each run (wall clock and CPU) and, since the true events are known, the precision and recall of
the merged pairs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chronik.merge import cluster
from chronik.model import Attribution, Figure, Update

COMMON = ["forces", "shelling", "village", "front", "line", "positions", "artillery", "attack", "drone", "units",
          "soldiers", "civilians", "ministry", "defense", "reported", "statement", "city", "region", "fighting",
          "ceasefire", "troops", "military", "direction", "offensive", "settlements", "residents", "killed",
          "wounded", "destroyed", "border", "talks"]
SYLLABLES = ["ka", "ra", "to", "mi", "an", "el", "os", "ur", "ba", "de", "fi", "go", "hu", "ja", "ke", "lo", "mu",
             "ne", "pi", "qu", "sa", "ti", "vo", "we", "xi", "yo", "za"]
SIDES = ("armenian", "azerbaijani", "third-party", "independent")


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def synthetic(n: int, per_day: int, seed: int) -> tuple[list[Update], list[int]]:
    """``n`` updates and, for each, the id of the event it reports."""
    rng = random.Random(seed)
    vocab = vocabulary(rng, 40_000)
    zipf = list(itertools.accumulate(1 / (k + 1) for k in range(len(vocab))))
    places = [w.capitalize() for w in vocab[:2_000]]
    people = [f"{a.capitalize()} {b.capitalize()}yan" for a, b in zip(vocab[2_000:3_000], vocab[3_000:4_000],
                                                                      strict=True)]
    start = dt.date(2020, 1, 1)
    updates: list[Update] = []
    events: list[int] = []
    event = 0
    while len(updates) < n:
        day = start + dt.timedelta(days=len(updates) // per_day)
        own = rng.sample(vocab, 30)
        where = rng.sample(places, 2)
        who = rng.choice(people)
        side = rng.choice(SIDES)
        count = rng.randint(2, 900)
        for _ in range(min(rng.choice((1, 1, 2, 2, 3, 4)), n - len(updates))):
            words = rng.sample(own, 14) + rng.choices(COMMON, k=15) + rng.choices(vocab, cum_weights=zipf, k=15)
            rng.shuffle(words)
            text = f"{who} said {count} soldiers were killed near {where[0]} and {where[1]}. " + " ".join(words) + "."
            date = day + dt.timedelta(days=rng.choice((0, 0, 0, 1)))
            updates.append(Update(
                source=f"source-{rng.randint(1, 40)}", lines=[len(updates) + 1], text=text, date=date.isoformat(),
                time=f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}" if rng.random() < 0.5 else None,
                attribution=Attribution(who, side), places=list(where), actors=[who],
                figures=[Figure("soldiers killed", count, date.isoformat(), who, side)]))
            events.append(event)
        event += 1
    return updates, events


def pairs(labels: list[int]) -> set[tuple[int, int]]:
    by: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        by[label].append(i)
    return {p for members in by.values() for p in combinations(members, 2)}


def run(n: int, per_day: int, seed: int) -> None:
    updates, events = synthetic(n, per_day, seed)
    begin, cpu = time.perf_counter(), time.process_time()
    groups = cluster(updates)
    took, cpu = time.perf_counter() - begin, time.process_time() - cpu
    index = {id(u): i for i, u in enumerate(updates)}
    got = [0] * len(updates)
    for g, group in enumerate(groups):
        for u in group.updates:
            got[index[id(u)]] = g
    truth, found = pairs(events), pairs(got)
    right = len(truth & found)
    print(f"{n:>7} updates: {took:6.2f} s ({cpu:.2f} s CPU), {len(groups)} groups; merged pairs precision "
          f"{right / max(1, len(found)):.3f} recall {right / max(1, len(truth)):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    ap.add_argument("--per-day", type=int, default=100, help="updates a day (default 100)")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    for n in a.sizes:
        run(n, a.per_day, a.seed)


if __name__ == "__main__":
    main()
