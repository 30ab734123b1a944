"""How long the search index takes on big chronologies, how much memory and disk, and what a reader downloads.

    python benchmarks/bench_search.py                     # 10,000 and 100,000 entries
    python benchmarks/bench_search.py --entries 10000     # one size
    python benchmarks/bench_search.py --keep              # keep the generated projects (their paths are printed)
    python benchmarks/bench_search.py --project DIR       # index a kept project, or the seed site (.)
    python benchmarks/bench_search.py --entry-pages N     # one page per entry up to N entries (default 10,000)

Each size is generated with bench_build's generator and indexed in a fresh process. The peak memory of
the Pagefind service is its own high-water mark (``VmHWM`` in /proc, read every 50 ms while it runs):
``ru_maxrss`` of the children would also count the chronik process it was forked from.

The bytes of a first query are measured in headless Chromium (/usr/bin/chromium) on the real search
page: a new browser context opens ``search.html?q=WORD`` and every response from ``pagefind/`` is counted
twice: *raw*, the size of the file, and *wire*, the body bytes the browser received from a local server
that compresses like GitHub Pages does (gzip, level 6, for .html, .css, .js and .json when the browser
accepts it). Pagefind's index, fragment and WebAssembly files and chronik's compact-layout files
(``.json.gz``) are compressed when written and are sent as they are, here as on Pages.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import mimetypes
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import chronik.search

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import generate  # the sibling benchmark's generator

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
GZIPPED = {".html", ".css", ".js", ".json"}  # what GitHub Pages compresses among the files of pagefind/
KINDS = {".js": "js", ".pagefind": "wasm", ".json": "entry", ".pf_meta": "meta", ".pf_index": "index",
         ".pf_filter": "filter", ".pf_fragment": "fragment", ".gz": "chronik"}  # chronik: the compact layout's


class PagesHandler(SimpleHTTPRequestHandler):
    """Serves a folder the way GitHub Pages does for the files that matter here: gzip for text types."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.suffix not in GZIPPED or not path.is_file() or "gzip" not in self.headers.get("Accept-Encoding", ""):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", mimetypes.guess_type(path.name)[0] or "application/octet-stream")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def query_words(site: object) -> dict[str, str]:
    """A common word, and places named by many, some and one entry."""
    places = sorted(site.places, key=lambda f: len(f.entries))  # type: ignore[attr-defined]
    return {"common word": "shelling", "top place": places[-1].name, "median place": places[len(places) // 2].name,
            "rare place": places[0].name}


def first_query_bytes(root: Path, words: dict[str, str]) -> dict[str, dict[str, object]]:
    """For each word: what a fresh browser opening the search page fetched from pagefind/, raw and on the wire."""
    from playwright.sync_api import sync_playwright

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(PagesHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    out = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            for label, word in words.items():
                context = browser.new_context()
                page = context.new_page()
                fetched: list[tuple[str, int]] = []
                context.on("requestfinished", lambda r, f=fetched: "/pagefind/" in r.url
                           and f.append((unquote(urlsplit(r.url).path), r.sizes()["responseBodySize"])))
                started = time.perf_counter()
                page.goto(f"http://127.0.0.1:{server.server_address[1]}/search.html?q={word}")
                page.wait_for_function("() => /match|showing|Nothing/.test("
                                       "document.getElementById('search-status').textContent)", timeout=120_000)
                seconds = time.perf_counter() - started
                page.wait_for_timeout(200)
                shown = page.locator("#search-results .result").count()
                kinds: dict[str, list[int]] = {}
                for path, wire in fetched:
                    raw = (root / path.lstrip("/")).stat().st_size
                    kind = kinds.setdefault(KINDS.get(Path(path).suffix, "other"), [0, 0, 0])
                    kind[0] += 1
                    kind[1] += raw
                    kind[2] += wire
                out[label] = {"word": word, "requests": len(fetched), "raw": sum(k[1] for k in kinds.values()),
                              "wire": sum(k[2] for k in kinds.values()), "kinds": kinds, "results": shown,
                              "ms": round(seconds * 1000)}
                context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return out


class PeakWatch(threading.Thread):
    """The largest ``VmHWM`` of any running Pagefind process, in MB, polled until stopped."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.05):
            for proc in Path("/proc").glob("[0-9]*"):
                try:
                    if "pagefind" not in (proc / "comm").read_text():
                        continue
                    status = (proc / "status").read_text()
                except OSError:
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        self.peak = max(self.peak, int(line.split()[1]) // 1024)


def index_one(config_path: Path, out: Path) -> dict[str, object]:
    """Index the project into ``out`` (with the search page and its assets), measure, then query it."""
    from chronik.config import load_config
    from chronik.render import load_site
    from chronik.render.pages import prepare, render_job
    from chronik.render.templating import THEME_DIR, make_environment
    from chronik.render.writer import copy_static
    from chronik.search import build_search_index, entries_per_page, page_context

    start = time.perf_counter()
    site = load_site(load_config(config_path))
    loaded = time.perf_counter() - start
    shutil.rmtree(out / "pagefind", ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    watch = PeakWatch()
    watch.start()
    start = time.perf_counter()
    files = build_search_index(site, out)
    seconds = time.perf_counter() - start
    watch.stopped.set()
    pagefind_mb = watch.peak
    own_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = sum((out / f).stat().st_size for f in files)
    per_page = entries_per_page(len(site.entries))
    meta = sum((out / f).stat().st_size for f in files if f.endswith(".pf_meta"))
    pages = prepare(site, make_environment(site.config))
    path, html = render_job(pages, ("search",))
    (out / path).write_text(html, encoding="utf-8")
    copy_static(THEME_DIR / "static", site.config.templates_dir / "static", out)
    result: dict[str, object] = {
        "entries": len(site.entries), "unit": page_context(site)["unit"], "per_page": per_page,
        "pages": -(-len(site.entries) // per_page), "load": loaded, "index": seconds, "pagefind_peak_mb": pagefind_mb,
        "own_peak_mb": own_mb, "index_mb": size / 1e6, "files": len(files), "pf_meta_kb": meta / 1000}
    if CHROMIUM.exists():
        result["queries"] = first_query_bytes(out, query_words(site))
    return result


def measure(config: Path, out: Path, entry_pages: int) -> dict[str, object]:
    """Index and query ``config``'s project into ``out`` in a fresh process (so that its peak memory is its own)."""
    done = subprocess.run([sys.executable, __file__, "--one", str(config), "--out", str(out),
                           "--entry-pages", str(entry_pages)], check=True, capture_output=True, text=True,
                          env={**os.environ, "PYTHONUNBUFFERED": "1"})
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(entries: int, keep: bool, entry_pages: int) -> dict[str, object]:
    root = Path(tempfile.mkdtemp(prefix=f"chronik-bench-search-{entries}-"))
    try:
        started = time.perf_counter()
        config = generate(root, entries)
        made = time.perf_counter() - started
        result = measure(config, root / "build", entry_pages)
        result["generate"] = made
        if keep:
            result["project"] = str(root)
        return result
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)


def report(r: dict[str, object]) -> str:
    lines = [f"{r['entries']:,} entries (index layout: {r['unit']}, up to {r['per_page']} entries a page, "
             f"{r['pages']:,} pages): index {r['index']:.1f} s (site model {r['load']:.1f} s); "
             f"peak memory Pagefind {r['pagefind_peak_mb']:,.0f} MB, chronik {r['own_peak_mb']:,.0f} MB; "
             f"on disk {r['index_mb']:.1f} MB in {r['files']:,} files; pf_meta {r['pf_meta_kb']:.0f} KB"]
    for label, q in r.get("queries", {}).items():  # type: ignore[union-attr]
        kinds = ", ".join(f"{kind} {n}×{raw / 1000:,.0f}/{wire / 1000:,.0f}" for kind, (n, raw, wire)
                          in sorted(q["kinds"].items(), key=lambda kv: -kv[1][1]))
        lines.append(f"    first query, {label} ({q['word']}): {q['raw'] / 1000:,.0f} KB raw, "
                     f"{q['wire'] / 1000:,.0f} KB on the wire, {q['requests']} requests, {q['results']} results "
                     f"shown, {q['ms']:,} ms  [{kinds}]")
    if "project" in r:
        lines.append(f"    project kept in {r['project']}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--keep", action="store_true", help="keep the generated projects")
    parser.add_argument("--project", type=Path,
                        help="index this project (a kept one, or the seed site) into a temporary folder instead")
    parser.add_argument("--entry-pages", type=int, default=chronik.search.ENTRY_PAGES_UP_TO,
                        help="up to how many entries the index has a page per entry (above: the compact layout)")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # internal: index one project, print JSON
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        chronik.search.ENTRY_PAGES_UP_TO = args.entry_pages
        print(json.dumps(index_one(args.one, args.out)))
        return 0
    print("first query: KB raw / KB on the wire (gzip like GitHub Pages for .js/.json; other files as written); "
          "[kind requests×KB raw/KB wire]")
    if args.project:
        with tempfile.TemporaryDirectory(prefix="chronik-bench-search-") as out:
            print(report(measure(args.project.resolve() / "config.yaml", Path(out), args.entry_pages)), flush=True)
        return 0
    for n in args.entries:
        print(report(run(n, args.keep, args.entry_pages)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
