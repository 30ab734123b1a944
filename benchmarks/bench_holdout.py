"""Score the parser on the blind holdout sets (``benchmarks/holdout/set-*``) and print one total over all of them.

Each set is a small project of pages the parser was not written on: a ``config.yaml`` (its sources, and a
``sides.yaml`` for wars other than the default one), ``seeds/`` and a ``gold.yaml`` in the seed gold's format,
annotated before the parser ever ran on the pages. They measure how the parser does on outlets and wars it
has not seen; fixing a miss means a rule for its format or wording, tested on examples of one's own, never a
rule for the page.

    .venv/bin/python benchmarks/bench_holdout.py [--scorer ../shared/tools/score.py] [-v] [SET ...]

The scorer is the project's shared ``score.py``; ``-v`` prints its misses per set.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# "dates 94.3% (66/70) times 40/40 ..." -> the counts, by name
_RATIO = re.compile(r"(\w[\w-]*) (?:[\d.]+% \()?(\d+)/(\d+)\)?")
_COUNT = re.compile(r"\b(lost|leaks|dropped-content) (\d+)")


def score(set_dir: Path, scorer: Path, verbose: bool) -> str:
    """The scorer's output for one set (its TOTAL line last)."""
    chronik = str(ROOT / ".venv" / "bin" / "chronik")
    proc = subprocess.run([sys.executable, str(scorer), "--gold", str(set_dir / "gold.yaml"),
                           "--config", str(set_dir / "config.yaml"), "--chronik", chronik,
                           *(["-v"] if verbose else [])], capture_output=True, text=True)
    if "TOTAL" not in proc.stdout:
        sys.exit(f"{set_dir.name}: the scorer failed:\n{proc.stdout[-1000:]}{proc.stderr[-2000:]}")
    return proc.stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*",
                    help="set folders or names (default: every benchmarks/holdout/set-* with a gold.yaml)")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "tools" / "score.py")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each set's misses")
    a = ap.parse_args()
    # a set by its folder, or by its name under benchmarks/holdout ("set-z")
    sets = ([Path(s) if Path(s).is_dir() else HERE / "holdout" / s for s in a.sets]
            or sorted(p.parent for p in (HERE / "holdout").glob("set-*/gold.yaml")))
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for set_dir in sets:
        out = score(set_dir, a.scorer, a.verbose)
        last = out.strip().splitlines()[-1]
        if a.verbose:
            print(out.rstrip())
        print(f"{set_dir.name}: {last.removeprefix('TOTAL ')}")
        for name, got, of in _RATIO.findall(last):
            right[name] += int(got)
            total[name] += int(of)
        for name, n in _COUNT.findall(last):
            right[name] += int(n)
    shares = " ".join(f"{k} {right[k]}/{total[k]} ({right[k] / total[k]:.1%})" for k in total if total[k])
    counts = " ".join(f"{k} {right[k]}" for k in ("lost", "leaks", "dropped-content"))
    print(f"ALL {len(sets)} sets: {shares} {counts}")


if __name__ == "__main__":
    main()
