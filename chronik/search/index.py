"""Drive Pagefind's Python API: index the pages of :mod:`.records` and write the bundle into ``pagefind/``.

The pages go to a temporary folder and are indexed with one ``add_directory`` call. (The Python API
reads the service's answers one every 0.1 s, so one ``add_custom_record`` or ``add_html_file`` call per
entry would take 17 minutes for 10,000 entries; one folder is indexed by the Rust service on all cores.)
Pages of the compact layout (:mod:`.compact`) also leave their data to :class:`.compact.CompactWriter`,
which needs Pagefind's id of each page: it is read back from the fragments, which are then removed.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import shutil
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
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


def _problem(message: str, expected: str) -> ChronikError:
    return ChronikError([Problem("build", 0, 0, f"search index: {message}", expected)])


async def _index(source: Path, output: Path, language: str) -> int:
    from pagefind.index import IndexConfig, PagefindIndex

    config = IndexConfig(force_language=language, output_path=str(output))
    async with PagefindIndex(config) as index:
        result = await index.add_directory(str(source))
        return int(result["page_count"])


def _run_index(source: Path, output: Path, language: str) -> int:
    """Run :func:`_index` on an event loop of its own, in another thread when this one already runs a loop
    (a build started from async code, or under Playwright's sync API)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_index(source, output, language))
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(_index(source, output, language))).result()


def _read_entry(path: Path, attempts: int = 50) -> dict:
    """Pagefind's entry file. Its service may still be flushing it when it reports the index written
    (seen on a loaded machine as an empty file), so wait for it a little before giving up."""
    for _ in range(attempts):
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            time.sleep(0.1)
    raise _problem(f"Pagefind wrote no readable {path.name}", "a complete index from the pagefind binary")


def _remove_unused(output: Path) -> None:
    """Pagefind's own UIs, and the WebAssembly of languages the index does not use."""
    for name in UNUSED:
        (output / name).unlink(missing_ok=True)
    shutil.rmtree(output / "playground", ignore_errors=True)
    entry = _read_entry(output / "pagefind-entry.json")
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
    try:
        from pagefind.service import get_executable
    except ImportError as exc:
        raise _problem(f"the pagefind package is missing ({exc})", "pip install 'pagefind[extended]'") from exc
    if get_executable() is None:
        raise _problem("the Pagefind binary was not found", "pip install 'pagefind[extended]'")
    output = root / OUTPUT
    with tempfile.TemporaryDirectory(prefix="chronik-search-") as tmp:
        source = Path(tmp) / "pages"
        compact = CompactWriter(Path(tmp) / "data")
        count = kinds = 0
        for count, html in enumerate(pages, 1):
            path = _page_file(source, count)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(html, encoding="utf-8")
            kinds |= 2 if compact.add(html) else 1
        if kinds == 3:
            raise _problem("pages of two layouts", "the pages of one call to chronik.search.records.shards")
        try:
            indexed = _run_index(source, output, language)
        except Exception as exc:  # the service reports its failures as bare Exceptions
            raise _problem(f"Pagefind failed: {exc}", "a writable build folder and a working pagefind package") from exc
        if indexed != count:
            raise _problem(f"Pagefind indexed {indexed} of {count} pages", "every page indexed")
        _remove_unused(output)
        if kinds == 2:
            compact.finish(output, _page_ids(output, count))
    files = sorted(p.relative_to(root).as_posix() for p in output.rglob("*") if p.is_file())
    log.info("search index: %d pages, %d files", count, len(files))
    return files
