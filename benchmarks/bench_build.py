"""How long `chronik build` takes on big chronologies, stage by stage, and how much memory it needs.

    python benchmarks/bench_build.py                     # 10,000 and 100,000 entries
    python benchmarks/bench_build.py --entries 10000     # one size
    python benchmarks/bench_build.py --keep              # keep the generated projects (their paths are printed)

Each size is generated into a temporary project (realistic shape: one saved live page per source with
about 40 timestamped updates, 1,500 days, hundreds of places and actors, 60–150 words an entry, some
entries with figures, notes, second sources) and built in a fresh process, so that the peak memory
(`ru_maxrss` of the build and of its worker processes) belongs to that size alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

DAYS = 1500
PER_SOURCE = 40
SIDES = ("armenian", "azerbaijani", "third-party", "independent")  # the packaged sides: no sides file needed
WORDS = (
    "forces", "shelling", "village", "front", "line", "ministry", "reported", "artillery", "drones", "positions",
    "overnight", "civilians", "killed", "wounded", "officials", "said", "according", "statement", "attack",
    "region", "border", "troops", "ceasefire", "talks", "humanitarian", "convoy", "evacuation", "residents",
    "damaged", "infrastructure", "power", "water", "hospital", "school", "bridge", "road", "military",
    "spokesperson", "claimed", "denied", "counteroffensive", "advance", "retreat", "units", "equipment",
    "destroyed", "captured", "prisoners", "exchange", "negotiations", "international", "observers", "monitoring",
    "mission", "sanctions", "aid",
)


def _names(rng: random.Random, n: int, kind: str) -> list[str]:
    syllables = ("ka", "ro", "van", "shen", "lo", "mar", "tu", "ni", "zor", "ab", "el", "dar", "gor", "is", "pol")
    out = set()
    while len(out) < n:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()
        out.add(word if kind == "place" else f"{word} {rng.choice(('Ministry', 'Brigade', 'Council', 'Office'))}")
    return sorted(out)


def _zipf(rng: random.Random, items: list[str]) -> str:
    """Pick with a long tail: a few names are everywhere, most are rare."""
    return items[min(len(items) - 1, int(rng.paretovariate(1.2)) - 1)]


def generate(root: Path, entries: int, seed: int = 7) -> Path:
    """Write a project with ``entries`` entries into ``root``; return its config path."""
    rng = random.Random(seed)
    places, actors = _names(rng, 800, "place"), _names(rng, 1500, "actor")
    rng.shuffle(places)
    rng.shuffle(actors)
    start = dt.date(2022, 2, 24)
    day_of = sorted(rng.randrange(DAYS) for _ in range(entries))
    (root / "seeds").mkdir(parents=True)
    sources, by_day, n = [], {}, 0
    while n < entries:
        group = day_of[n:n + PER_SOURCE]
        day = start + dt.timedelta(days=group[0])
        sid = f"desk-{len(sources):05d}"
        lines = [f"Live updates: {day.isoformat()}", "", day.strftime("%A %d %B %Y"), ""]
        for k, _ in enumerate(group):
            hh, mm = divmod(int(k * 1380 / len(group)) + 30, 60)
            words = [rng.choice(WORDS) for _ in range(rng.randint(60, 150))]
            place = _zipf(rng, places)
            words[rng.randrange(len(words))] = place
            text = f"{' '.join(words).capitalize()}."
            lines += [f"{hh:02d}:{mm:02d} {text}", ""]
            side = rng.choice(SIDES) if rng.random() > 0.1 else None
            entry = {
                "id": f"{day.isoformat()}-{hh:02d}{mm:02d}-{sid}-{k}", "date": day.isoformat(),
                "time": f"{hh:02d}:{mm:02d}", "timezone": "Europe/Kyiv",
                "title": " ".join(words[:8]).capitalize() if rng.random() < 0.6 else None, "text": text,
                "attribution": {"who": _zipf(rng, actors), "side": side},
                "places": sorted({place, *(_zipf(rng, places) for _ in range(rng.randint(0, 2)))}),
                "actors": sorted({_zipf(rng, actors) for _ in range(rng.randint(1, 2))}),
                "figures": [{"what": rng.choice(("civilians killed", "soldiers killed", "displaced")),
                             "count": rng.randint(1, 5000), "as_of": day.isoformat(), "side": side}]
                if side and rng.random() < 0.2 else [],
                "status": rng.choices(("reported", "disputed", "corrected", "confirmed"), (90, 5, 2, 3))[0],
                "note": "Checked against **two** other reports." if rng.random() < 0.03 else None,
                "sources": [{"source": sid, "lines": [len(lines) - 1], "quote": " ".join(words[:12])}],
                "date_basis": "timestamp", "kind": "update", "tags": [], "flags": [],
            }
            by_day.setdefault(entry["date"], []).append(entry)
        lines += ["Subscribe to our newsletter", ""]
        (root / "seeds" / f"{sid}.txt").write_text("\n".join(lines), encoding="utf-8")
        sources.append({"id": sid, "file": f"seeds/{sid}.txt", "publisher": f"Desk {len(sources) % 37}",
                        "title": lines[0], "url": f"https://news.example.com/live/{sid}",
                        "published": day.isoformat(), "timezone": "Europe/Kyiv"})
        n += len(group)
    for day, items in by_day.items():  # a second source for some entries: another page of the same day
        for entry in items:
            other = rng.choice(items)
            if other is not entry and rng.random() < 0.15:
                entry["sources"].append(dict(other["sources"][0]))
        path = root / "chronology" / day[:4] / f"{day}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.dump(items, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), allow_unicode=True,
                                  sort_keys=False, width=100), encoding="utf-8")
    config = {"title": f"Benchmark: {entries:,} entries", "base_url": "https://example.org/bench/",
              "timezone": "Europe/Kyiv", "sources": sources}
    (root / "config.yaml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return root / "config.yaml"


def build_one(config_path: Path) -> dict[str, object]:
    """Build the project (in this process) and measure it."""
    from chronik.config import load_config
    from chronik.render import build

    start = time.perf_counter()
    config = load_config(config_path)
    config_seconds = time.perf_counter() - start
    report = build(config)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"config": config_seconds, **report.timings, **report.alongside,
            "pages": report.pages, "mb": report.bytes / 1e6,
            "warnings": len(report.warnings), "peak_mb": own, "worker_peak_mb": workers,
            "total": time.perf_counter() - start}


def run(entries: int, keep: bool) -> dict[str, object]:
    root = Path(tempfile.mkdtemp(prefix=f"chronik-bench-{entries}-"))
    try:
        started = time.perf_counter()
        config = generate(root, entries)
        made = time.perf_counter() - started
        out = subprocess.run([sys.executable, __file__, "--one", str(config)], check=True, capture_output=True,
                             text=True)
        result = json.loads(out.stdout.strip().splitlines()[-1])
        result["generate"] = made
        if keep:
            result["project"] = str(root)
        return result
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--keep", action="store_true", help="keep the generated projects")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # internal: build one project, print JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(build_one(args.one)))
        return 0
    stages = ("config", "load", "render", "search", "write", "check", "index", "exports")
    print(f"{'entries':>8} {'generate':>9} " + " ".join(f"{s:>7}" for s in stages)
          + f" {'total':>7} {'pages':>8} {'MB':>7} {'peak MB':>8} {'workers':>8}")
    for n in args.entries:
        r = run(n, args.keep)
        cells = " ".join(f"{r[s]:7.1f}" if s in r else f"{'-':>7}" for s in stages)
        print(f"{n:>8,} {r['generate']:9.1f} {cells} {r['total']:7.1f} {r['pages']:>8,} {r['mb']:7.0f} "
              f"{r['peak_mb']:8.0f} {r['worker_peak_mb']:8.0f}" + (f"  {r['project']}" if "project" in r else ""),
              flush=True)
    print("seconds per stage; the stages follow each other and add up to the total, except 'index' and 'exports': "
          "the search index's and the data exports' own times, made alongside 'render' from 2,000 entries "
          "('search' is then only the wait after the pages, 'write' the feeds and static files); "
          "peak MB = largest resident set of the build process / of one worker")
    return 0


if __name__ == "__main__":
    sys.exit(main())
