"""Seconds from saving a one-entry edit to the open page showing it, through ``chronik serve`` and Chromium.

    python benchmarks/bench_reload.py                       # a 10,000-entry synthetic site
    python benchmarks/bench_reload.py --entries 100000      # the issue's 100,000-entry site
    python benchmarks/bench_reload.py --project /tmp/b100000/config.yaml --edits 10

What :mod:`bench_rebuild` times in-process, measured as a user meets it: ``chronik serve`` runs as its own
process, Debian's Chromium (``/usr/bin/chromium``, through Playwright) opens the page of the middle day's
first entry, and the entry's title is saved in its day file, as an editor saves (one write). The time is
from just before the save to the reloaded page's DOM, read by the browser's own clock, so it holds serve
noticing the save, rebuilding, telling the browser, and the browser loading the page again. Each edit
waits for the exports and search index to catch up in the background before the next one.
"""

from __future__ import annotations

import argparse
import io
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_build import generate  # noqa: E402

from chronik.render.urls import entry_path  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
SHOWN_AT = "performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _set_title(day_file: Path, title: str) -> str:
    """Retitle the first entry of ``day_file`` in one write; return the entry's id."""
    yaml = YAML()
    yaml.width = 120
    items = yaml.load(day_file.read_text(encoding="utf-8"))
    items[0]["title"] = title
    text = io.StringIO()
    yaml.dump(items, text)
    day_file.write_text(text.getvalue(), encoding="utf-8")
    return str(items[0]["id"])


def _wait_for(log: Path, proc: subprocess.Popen, text: str, count: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while log.read_text(encoding="utf-8", errors="replace").count(text) < count:
        if proc.poll() is not None:
            sys.exit(f"chronik serve exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        if time.monotonic() > deadline:
            sys.exit(f"no {text!r} within {timeout:.0f} s:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.05)


def measure(config: Path, edits: int) -> list[float]:
    from playwright.sync_api import expect, sync_playwright

    days = sorted((config.parent / "chronology").glob("*/*.yaml"))
    day_file = days[len(days) // 2]
    entry = _set_title(day_file, "Title before the benchmark")
    port = _free_port()
    log = config.parent / f"serve-{port}.log"
    start = time.perf_counter()
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "chronik", "serve", "--port", str(port), "--config",
                                 str(config)], cwd=config.parent, stdout=out, stderr=subprocess.STDOUT)
    took: list[float] = []
    try:
        _wait_for(log, proc, "serving ", 1, 1800)
        print(f"  serve's first build: {time.perf_counter() - start:.1f} s")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/{entry_path(entry)}")
            html = page.locator("html")
            expect(html).to_contain_text("Title before the benchmark")
            page.wait_for_function("() => window.LiveReload && window.LiveReload.connector.protocol")
            for n in range(1, edits + 1):
                title = f"Edited title number {n}"
                saved = time.time()
                _set_title(day_file, title)
                expect(html).to_contain_text(title, timeout=60_000)
                took.append(page.evaluate(SHOWN_AT) / 1000 - saved)
                _wait_for(log, proc, "caught up in the background", n, 600)
                rebuilt = re.findall(r"rebuilt in ([\d.]+) s", log.read_text(encoding="utf-8", errors="replace"))
                print(f"  edit {n}: shown {took[-1]:.2f} s after the save (serve's rebuild {rebuilt[-1]} s)")
            browser.close()
    finally:
        proc.terminate()
        proc.wait(30)
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000, help="size of the synthetic site to generate")
    parser.add_argument("--project", type=Path, help="an existing project's config.yaml (edited, not copied)")
    parser.add_argument("--edits", type=int, default=5, help="how many edits to time")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chronik-bench-reload-") as tmp:
        config = args.project or generate(Path(tmp) / "synthetic", args.entries)
        print(f"{config.parent}:")
        took = measure(config.resolve(), args.edits)
        print(f"save → page shown: median {statistics.median(took):.2f} s, max {max(took):.2f} s "
              f"over {len(took)} edits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
