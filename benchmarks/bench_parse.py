"""How long the parser takes on the seeds from a cold start, and on a big page, and whether the time grows
linearly with the page.

First ``chronik parse --json`` on the five seeds, as a user runs it (a new process each time; best of three):
without the regex cache (``CHRONIK_REGEX_CACHE=0``), on its first run (an empty cache) and with the cache
kept (see :mod:`chronik.regex_cache`).

Then it builds synthetic pages of about 1, 2.5 and 5 MB from realistic blocks (a live page with date headings,
headlines and timestamped updates, a digest with labels and bullets, a wire story with quotes, teasers
and furniture), runs ``chronik.segment.segment`` on each and prints the time and the throughput. The
CPU time is the one to compare: on a shared machine the wall time also counts the other processes.

    .venv/bin/python benchmarks/bench_parse.py [--mb 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from chronik.config import Config, Epoch, Source
from chronik.ingest import clean_line
from chronik.model import Document
from chronik.segment import segment

LIVE = """\
{month} {day} update

Shelling of {town} Resumes at Dawn

{h1}:05 a.m.: According to the regional administration, artillery struck residential areas of {town} overnight. \
Two civilians were wounded and taken to hospital, officials said.

Firefighters worked through the morning to put out fires in three apartment blocks.

“The situation is difficult but under control,” the mayor said.

{h2}:40 p.m.: The defence ministry said its forces repelled an attack near {town} and destroyed two tanks.

At 1:30 p.m., a drone was shot down over the river, the ministry added.

Living Underground: A Winter in {town}

For three months, families have slept in basements as the shelling goes on.

{h3}:15 p.m.: The foreign minister said on {month} {day} that talks with mediators would resume next week.

"""

DIGEST = """\
Military developments

• The general staff reported 40 attacks along the front on {month} {day}.
• Air defences shot down 12 of 15 drones launched overnight, the air force said.
– The governor of {town} said power was restored to 20,000 homes.

Political developments

The president met the visiting prime minister in the capital and discussed air defence deliveries.

He added that a new aid package would be announced soon.

Since the fighting began on February 24, more than 6 million people have left the country.

***

"""

WIRE = """\
Officials said on Sunday that the ceasefire, which was agreed on {month} {day}, had largely held.

“We see fewer violations,” the monitoring mission said in a statement.

The four weeks of fighting have prompted concerns of a wider war in the region.

Associated Press writer Jane Doe contributed to this report.

Our website uses cookies. By clicking on "I accept cookies", you consent to our use of cookies.

Leave a Reply

"""

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
TOWNS = ["Kharkiv", "Kherson", "Mykolaiv", "Zaporizhzhia", "Sumy", "Dnipro", "Odesa", "Chernihiv"]


def build_page(megabytes: float) -> list[str]:
    """A page of about ``megabytes`` MB of realistic blocks, each day with its own heading and times."""
    parts: list[str] = []
    size = 0
    day = dt.date(2022, 2, 24)
    k = 0
    while size < megabytes * 1_000_000:
        values = {"month": MONTHS[day.month - 1], "day": day.day, "town": TOWNS[k % len(TOWNS)],
                  "h1": 6 + k % 4, "h2": 1 + k % 3, "h3": 5 + k % 4}
        for template in (LIVE, DIGEST, WIRE):
            block = template.format(**values)
            parts.append(block)
            size += len(block.encode())
        day += dt.timedelta(days=1)
        k += 1
    return [clean_line(x) for x in "".join(parts).splitlines()]


def time_parse(lines: list[str]) -> tuple[float, float, int, int]:
    """Wall and CPU seconds of parsing ``lines``, the number of updates and of dropped lines."""
    source = Source(id="bench", file="bench.txt", path=Path("bench.txt"), publisher="Bench Daily",
                    published=dt.date(2022, 12, 31), timezone="Europe/Kyiv")
    config = Config(root=Path("."), path=Path("config.yaml"), title="bench",
                    epochs=(Epoch("invasion", dt.date(2022, 2, 24)),), sources=(source,))
    start, cpu = time.perf_counter(), time.process_time()
    updates, dropped = segment(Document("bench", lines), source, config)
    return time.perf_counter() - start, time.process_time() - cpu, len(updates), len(dropped)


ROOT = Path(__file__).resolve().parent.parent


def time_seeds(runs: int = 3) -> None:
    """Print the wall time of a cold ``chronik parse --json`` on the seeds, with and without the regex cache."""

    def run(env: dict[str, str]) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "chronik", "parse", "--json"], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "CHRONIK_CACHE_DIR": cache, "CHRONIK_REGEX_CACHE": "1"}
        off = min(run({**env, "CHRONIK_REGEX_CACHE": "0"}) for _ in range(runs))
        first = run(env)
        kept = min(run(env) for _ in range(runs))
    print(f"seeds, cold `chronik parse --json`: {off:.2f} s without the regex cache, {first:.2f} s on its "
          f"first run, {kept:.2f} s with it kept (best of {runs})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5.0, help="size of the largest page (default 5)")
    ap.add_argument("--no-seeds", action="store_true", help="skip the cold runs on the seeds")
    args = ap.parse_args()
    if not args.no_seeds:
        time_seeds()
    time_parse(build_page(0.05))  # warm the lexicons and regex caches
    rows = []
    for mb in (args.mb / 5, args.mb / 2, args.mb):
        lines = build_page(mb)
        size = sum(len(x.encode()) + 1 for x in lines) / 1_000_000
        seconds, cpu, updates, dropped = time_parse(lines)
        rows.append((size, cpu))
        print(f"{size:5.2f} MB  {len(lines):7d} lines  {updates:6d} updates  {dropped:6d} dropped  "
              f"{seconds:6.2f} s ({cpu:6.2f} s CPU)  {size / cpu:5.2f} MB/s of CPU")
    (small, t_small), (big, t_big) = rows[0], rows[-1]
    print(f"CPU time ratio {t_big / t_small:.2f} for size ratio {big / small:.2f} (linear: about equal)")


if __name__ == "__main__":
    main()
