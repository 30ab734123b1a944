"""Run Pagefind: index the pages of :mod:`.records` and write the bundle into ``pagefind/``.

The pages go to a temporary folder, which the ``pagefind`` package's binary indexes in one run on all
cores, as its command line (``python -m pagefind``) does. Its Python API is not used: it reads the
service's answers one every 0.1 s (one call per entry would take 17 minutes for 10,000 entries), and it
stops the service with SIGTERM as soon as the service reports the files written, while some writes may
still be in flight (seen on a loaded machine as an empty ``pagefind-entry.json``); the command line exits
only once every file is written.

Pages of the compact layout (:mod:`.compact`) also leave their data to :class:`.compact.CompactWriter`,
which needs Pagefind's id of each page: it is read back from the fragments, which are then removed.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from chronik.errors import ChronikError, Problem
from chronik.search.compact import CompactWriter

log = logging.getLogger(__name__)

OUTPUT = "pagefind"
# Pagefind's own UIs; chronik's search page talks to pagefind.js directly, so they are not published.
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
PER_FOLDER = 1000  # page files per temporary folder
SIGNATURE = b"pagefind_dcd"  # what Pagefind puts before the JSON of a fragment, inside its gzip
# Positions a word-index chunk collects before it ends (Pagefind's default: 20,000). A chunk ends only after the
# word that fills it, so a rare word shares its chunk with the next word that has many positions; at 2,000, the
# compact layout's rare words come in chunks of a few KB. Pagefind 1.5 reads it from the environment and
# calls it unstable: a Pagefind without it only makes larger chunks.
COMPACT_CHUNK = {"PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE": "2000"}


def _problem(message: str, expected: str) -> ChronikError:
    return ChronikError([Problem("build", 0, 0, f"search index: {message}", expected)])


def _binary() -> Path:
    try:
        from pagefind.service import get_executable
    except ImportError as exc:
        raise _problem(f"the pagefind package is missing ({exc})", "pip install 'pagefind[extended]'") from exc
    binary = get_executable()  # PAGEFIND_BINARY_PATH, else the binary of pagefind[extended]
    if binary is None:
        raise _problem("the Pagefind binary was not found", "pip install 'pagefind[extended]'")
    return binary


def _run_pagefind(source: Path, output: Path, language: str, env: dict[str, str]) -> dict:
    """Index ``source`` into ``output`` with ``env`` added to the environment; Pagefind's entry file (its
    languages and their page counts)."""
    args = [str(_binary()), "--site", str(source), "--output-path", str(output), "--force-language", language,
            "--silent"]
    expected = "a writable build folder and a working pagefind package"
    try:
        done = subprocess.run(args, capture_output=True, text=True, check=False, env={**os.environ, **env})
    except OSError as exc:
        raise _problem(f"Pagefind failed: {exc}", expected) from exc
    if done.returncode != 0:
        raise _problem(f"Pagefind failed: {(done.stderr or done.stdout).strip()}", expected)
    try:
        return json.loads((output / "pagefind-entry.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _problem(f"Pagefind wrote no readable pagefind-entry.json ({exc})", expected) from exc


def _remove_unused(output: Path, entry: dict) -> None:
    """Pagefind's own UIs, and the WebAssembly of languages the index does not use."""
    for name in UNUSED:
        (output / name).unlink(missing_ok=True)
    shutil.rmtree(output / "playground", ignore_errors=True)
    wanted = {f"wasm.{lang.get('wasm') or 'unknown'}.pagefind" for lang in entry.get("languages", {}).values()}
    for wasm in output.glob("wasm.*.pagefind"):
        if wasm.name not in wanted:
            wasm.unlink()


def _page_file(source: Path, count: int) -> Path:
    """Where the ``count``-th page (from 1) is written; Pagefind's URL of it is ``/<folder>/<count>.html``."""
    return source / f"{count // PER_FOLDER:04d}" / f"{count}.html"


def _page_ids(output: Path, count: int) -> list[str]:
    """Pagefind's id of each page, in the order the pages were written, read from the fragments (then removed)."""
    ids: list[str | None] = [None] * count
    folder = output / "fragment"
    for path in folder.glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        if not data.startswith(SIGNATURE):
            raise _problem(f"unreadable fragment {path.name}", f"a fragment of Pagefind {SIGNATURE.decode()}")
        url = json.loads(data[len(SIGNATURE):])["url"]
        ids[int(url.rsplit("/", 1)[-1].removesuffix(".html")) - 1] = path.stem
    shutil.rmtree(folder)
    if None in ids:
        raise _problem(f"Pagefind wrote no fragment for page {ids.index(None) + 1}", "one fragment a page")
    return [i for i in ids if i is not None]


def write_index(pages: Iterable[str], root: Path, language: str) -> list[str]:
    """Index ``pages`` (HTML) into ``root/pagefind/``; the site paths of the files written."""
    _binary()
    output = root / OUTPUT
    with tempfile.TemporaryDirectory(prefix="chronik-search-") as tmp:
        source = Path(tmp) / "pages"
        compact = CompactWriter(Path(tmp) / "data")
        count = kinds = 0
        for count, html in enumerate(pages, 1):
            path = _page_file(source, count)
            path.parent.mkdir(parents=True, exist_ok=True)
            words = compact.add(html)  # a compact page without its data, which Pagefind does not need
            kinds |= 1 if words is None else 2
            path.write_text(html if words is None else words, encoding="utf-8")
        if kinds == 3:
            raise _problem("pages of two layouts", "the pages of one call to chronik.search.records.shards")
        if not count:  # an empty chronology: the search page says there is nothing to search
            log.info("search index: no pages")
            return []
        entry = _run_pagefind(source, output, language, COMPACT_CHUNK if kinds == 2 else {})
        indexed = sum(lang.get("page_count", 0) for lang in entry.get("languages", {}).values())
        if indexed != count:
            raise _problem(f"Pagefind indexed {indexed} of {count} pages", "every page indexed")
        _remove_unused(output, entry)
        if kinds == 2:
            compact.finish(output, _page_ids(output, count))
    files = sorted(p.relative_to(root).as_posix() for p in output.rglob("*") if p.is_file())
    log.info("search index: %d pages, %d files", count, len(files))
    return files
