"""How long the search index takes on big chronologies, how much memory and disk, and what a reader downloads.

    python benchmarks/bench_search.py                     # 10,000 and 100,000 entries
    python benchmarks/bench_search.py --entries 10000     # one size
    python benchmarks/bench_search.py --keep              # keep the generated projects (their paths are printed)

Each size is generated with bench_build's generator and indexed in a fresh process, so that the peak
memory of the Pagefind service (``ru_maxrss`` of the children, measured before any browser starts)
belongs to that size alone. The bytes of a first query are measured in headless Chromium
(/usr/bin/chromium) on the real search page: a new browser context opens ``search.html?q=WORD`` and
every response from ``pagefind/`` is added up, as served uncompressed (pagefind.js would shrink from
46 KB to about 14 KB with the gzip of a typical host; the index files are compressed already).
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import generate  # the sibling benchmark's generator

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _quiet(handler: type[SimpleHTTPRequestHandler]) -> type[SimpleHTTPRequestHandler]:
    handler.log_message = lambda self, *args: None  # type: ignore[method-assign]
    return handler


def query_words(site: object) -> dict[str, str]:
    """A common word, and places named by many, some and one entry."""
    places = sorted(site.places, key=lambda f: len(f.entries))  # type: ignore[attr-defined]
    return {"common word": "shelling", "top place": places[-1].name, "median place": places[len(places) // 2].name,
            "rare place": places[0].name}


def first_query_bytes(root: Path, words: dict[str, str]) -> dict[str, dict[str, int]]:
    """For each word: bytes and requests fetched from pagefind/ by a fresh browser opening the search page."""
    from playwright.sync_api import sync_playwright

    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(_quiet(SimpleHTTPRequestHandler), directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    out = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            for label, word in words.items():
                context = browser.new_context()
                page = context.new_page()
                fetched: list[int] = []
                context.on("requestfinished", lambda r, f=fetched: "/pagefind/" in r.url
                           and f.append(r.sizes()["responseBodySize"]))
                started = time.perf_counter()
                page.goto(f"http://127.0.0.1:{server.server_address[1]}/search.html?q={word}")
                page.wait_for_function("() => /match|showing|Nothing/.test("
                                       "document.getElementById('search-status').textContent)", timeout=120_000)
                seconds = time.perf_counter() - started
                page.wait_for_timeout(200)
                shown = page.locator("#search-results .result").count()
                out[label] = {"word": word, "bytes": sum(fetched), "requests": len(fetched), "results": shown,
                              "ms": round(seconds * 1000)}
                context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return out


def index_one(config_path: Path, out: Path) -> dict[str, object]:
    """Index the project into ``out`` (with the search page and its assets), measure, then query it."""
    from chronik.config import load_config
    from chronik.render import load_site
    from chronik.render.pages import prepare, render_job
    from chronik.render.templating import THEME_DIR, make_environment
    from chronik.render.writer import copy_static
    from chronik.search import build_search_index, entries_per_page

    start = time.perf_counter()
    site = load_site(load_config(config_path))
    loaded = time.perf_counter() - start
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    files = build_search_index(site, out)
    seconds = time.perf_counter() - start
    pagefind_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    own_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = sum((out / f).stat().st_size for f in files)
    shards = len(list((out / "pagefind" / "fragment").iterdir()))
    meta = next((out / "pagefind").glob("*.pf_meta")).stat().st_size
    pages = prepare(site, make_environment(site.config))
    path, html = render_job(pages, ("search",))
    (out / path).write_text(html, encoding="utf-8")
    copy_static(THEME_DIR / "static", site.config.templates_dir / "static", out)
    result: dict[str, object] = {
        "entries": len(site.entries), "per_page": entries_per_page(len(site.entries)), "shards": shards,
        "load": loaded, "index": seconds, "pagefind_peak_mb": pagefind_mb, "own_peak_mb": own_mb,
        "index_mb": size / 1e6, "files": len(files), "pf_meta_kb": meta / 1000}
    if CHROMIUM.exists():
        result["queries"] = first_query_bytes(out, query_words(site))
    return result


def run(entries: int, keep: bool) -> dict[str, object]:
    root = Path(tempfile.mkdtemp(prefix=f"chronik-bench-search-{entries}-"))
    try:
        started = time.perf_counter()
        config = generate(root, entries)
        made = time.perf_counter() - started
        done = subprocess.run([sys.executable, __file__, "--one", str(config)], check=True, capture_output=True,
                              text=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["generate"] = made
        if keep:
            result["project"] = str(root)
        return result
    finally:
        if not keep:
            shutil.rmtree(root, ignore_errors=True)


def report(r: dict[str, object]) -> str:
    lines = [f"{r['entries']:,} entries ({r['per_page']} per index page at most, {r['shards']:,} pages): "
             f"index {r['index']:.1f} s (site model {r['load']:.1f} s); peak memory Pagefind "
             f"{r['pagefind_peak_mb']:,.0f} MB, chronik {r['own_peak_mb']:,.0f} MB; on disk "
             f"{r['index_mb']:.1f} MB in {r['files']:,} files; pf_meta {r['pf_meta_kb']:.0f} KB"]
    for label, q in r.get("queries", {}).items():  # type: ignore[union-attr]
        lines.append(f"    first query, {label} ({q['word']}): {q['bytes'] / 1000:,.0f} KB in {q['requests']} "
                     f"requests, {q['results']} results shown, {q['ms']:,} ms")
    if "project" in r:
        lines.append(f"    project kept in {r['project']}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--keep", action="store_true", help="keep the generated projects")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # internal: index one project, print JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(index_one(args.one, args.one.parent / "build")))
        return 0
    for n in args.entries:
        print(report(run(n, args.keep)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
