"""Check a holdout set's gold against its pages before it is scored: one gold item per non-empty line, each item's
``starts`` the start of its line (compared as ``score.py`` compares them), a known role, and the fields every entry
carries. A set written by hand fails here, not halfway through a scoring run.

    python3 benchmarks/check_gold.py benchmarks/holdout/set-zw
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import yaml

ROLES = ("entry", "part", "aside", "boilerplate")
ENTRY_FIELDS = ("date", "basis")  # (who, side and time may be left out: score.py then does not score them)


def norm(text: str) -> str:
    """A line as ``score.py`` compares it: NFKC, straight quotes and dashes, single spaces, lower case, no bullet."""
    text = unicodedata.normalize("NFKC", text)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        text = text.replace(a, b)
    return " ".join(text.split()).lower().lstrip("\u2022 ").strip()


def problems(set_dir: Path) -> list[str]:
    """What is wrong with the set's gold, one line each (none: it can be scored)."""
    gold = yaml.safe_load((set_dir / "gold.yaml").read_text(encoding="utf-8"))
    config = yaml.safe_load((set_dir / "config.yaml").read_text(encoding="utf-8"))
    found = []
    for source in config["sources"]:
        path = set_dir / source["file"]
        if path.name not in gold:
            found.append(f"{path.name}: not in gold.yaml")
            continue
        items = gold[path.name]["items"]
        lines = [(no, norm(t)) for no, t in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if t.strip()]
        if len(lines) != len(items):
            found.append(f"{path.name}: gold has {len(items)} items, the page {len(lines)} non-empty lines")
        for (no, text), item in zip(lines, items, strict=False):  # (a count that differs is reported above)
            if not text.startswith(norm(item["starts"])):
                found.append(f"{path.name}:{no}: {item['starts']!r} does not start {text[:60]!r}")
            if item["role"] not in ROLES:
                found.append(f"{path.name}:{no}: unknown role {item['role']!r}")
            if item["role"] == "entry":
                found.extend(f"{path.name}:{no}: entry without {k}" for k in ENTRY_FIELDS if k not in item)
    return found


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    found = problems(Path(sys.argv[1]))
    print("\n".join(found) if found else "OK")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
