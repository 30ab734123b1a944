"""How long ``chronik serve`` takes to rebuild after a one-entry title edit, against a full build.

    python benchmarks/bench_rebuild.py                    # the seed site and a 10,000-entry synthetic site
    python benchmarks/bench_rebuild.py --entries 0        # the seed site only
    python benchmarks/bench_rebuild.py --entries 100000   # the seed site and a bigger synthetic one

Each project is copied or generated (:mod:`bench_build`) into a temporary folder, built once through serve's
``rebuild`` (a full build, which also remembers each page's inputs), then one entry's title is edited and
the rebuild timed: the pages it re-rendered and the files it changed are printed with the time. The same
entry is edited again, then given a new place (which moves it into another list: the general path). After
an edit in place, the time until the exports and search index caught up in the background is printed too.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_build import generate  # noqa: E402

from chronik.config import Config, load_config  # noqa: E402
from chronik.render import build  # noqa: E402
from chronik.serve.incremental import Outcome  # noqa: E402
from chronik.serve.rebuild import follower, rebuild_outcome  # noqa: E402
from chronik.serve.watch import ChangeSet, diff, scan  # noqa: E402


def _middle_day(config: Config) -> tuple[Path, YAML, list]:
    yaml = YAML()
    yaml.width = 120
    days = sorted(config.chronology_dir.glob("*/*.yaml"))
    day = days[len(days) // 2]
    return day, yaml, yaml.load(day.read_text(encoding="utf-8"))


def _edit_title(config: Config) -> None:
    """Retitle the first entry of the middle day file (written back in the chronology's own style):
    an edit in place."""
    day, yaml, items = _middle_day(config)
    items[0]["title"] = f"Edited at {time.time():.6f}"
    with day.open("w", encoding="utf-8") as f:
        yaml.dump(items, f)


def _edit_place(config: Config) -> None:
    """Give the first entry of the middle day file a new place: it joins another list (the general path)."""
    day, yaml, items = _middle_day(config)
    items[0]["places"] = [*items[0].get("places", []), f"Place {time.time():.6f}"]
    with day.open("w", encoding="utf-8") as f:
        yaml.dump(items, f)


def _timed(config: Config, edit: Callable[[Config], None]) -> tuple[float, str, Outcome]:
    before = scan(config)
    edit(config)
    start = time.perf_counter()
    done, outcome = rebuild_outcome(config, diff(config, before, scan(config)))
    return time.perf_counter() - start, done, outcome


def measure(name: str, config: Config) -> None:
    start = time.perf_counter()
    report = build(config, out=config.root / "full")
    full = time.perf_counter() - start
    start = time.perf_counter()
    rebuild_outcome(config, ChangeSet())
    first = time.perf_counter() - start
    print(f"{name}: {report.entries:,} entries, {report.pages:,} pages")
    print(f"  full build (chronik build):          {full:6.2f} s")
    print("    by stage: " + ", ".join(f"{k} {v:.2f} s" for k, v in report.timings.items()))
    print(f"  serve's first build (full + inputs): {first:6.2f} s")
    for label, edit in (("one-entry title edit", _edit_title), ("the same entry again", _edit_title),
                        ("a new place for it", _edit_place)):
        took, done, outcome = _timed(config, edit)
        print(f"  {label + ':':37s}{took:6.2f} s  ({done})")
        print("    by stage: " + ", ".join(f"{k} {v:.2f} s" for k, v in outcome.timings.items()))
        start = time.perf_counter()
        follower(config.build_dir).wait()
        if outcome.in_place:
            print(f"    exports and search index caught up {time.perf_counter() - start:.2f} s later (background)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000, help="size of the synthetic site (0: none)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chronik-bench-rebuild-") as tmp:
        seed = Path(tmp) / "seed"
        for name in ("seeds", "content", "templates", "chronology"):
            if (ROOT / name).exists():
                shutil.copytree(ROOT / name, seed / name)
        shutil.copy(ROOT / "config.yaml", seed / "config.yaml")
        measure("seed site", load_config(seed / "config.yaml"))
        if args.entries:
            measure("synthetic site", load_config(generate(Path(tmp) / "synthetic", args.entries)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
