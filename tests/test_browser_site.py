"""The built seed site in a real browser (Debian's Chromium), served under a sub-path as GitHub Pages does.

No page may 404, log a console error or request anything from another host; axe-core finds no serious
or critical accessibility problem; screenshots of the timeline go to build-artifacts/ for people to look at.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from chronik.cli import main
from chronik.config import load_config
from chronik.store import load_chronology
from tests.conftest import ROOT
from tests.render_project import make_project

CHROMIUM = Path("/usr/bin/chromium")
PREFIX = "/chronik/"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium (/usr/bin/chromium) is not installed"),
]


class SubPathHandler(SimpleHTTPRequestHandler):
    """Serves the build folder under /chronik/ only; everything else is a 404, as on a project site."""

    def translate_path(self, path: str) -> str:
        url = urlsplit(path).path
        if not url.startswith(PREFIX):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + url[len(PREFIX):])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """As GitHub Pages does: the site's own 404.html for an address it does not have."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """(base URL ending in /chronik/, project folder) of the parsed and built seed site."""
    root = tmp_path_factory.mktemp("browser-seed")
    for name in ("seeds", "content", "templates"):
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, root / name)
    shutil.copy(ROOT / "config.yaml", root / "config.yaml")
    (root / "chronology").mkdir()
    assert main(["parse", "--config", str(root / "config.yaml"), "-q"]) == 0
    assert main(["build", "--config", str(root / "config.yaml"), "-q", "--strict"]) == 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SubPathHandler, directory=str(root / "build")))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}", root
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Watch:
    """What went wrong while a page loaded: failed responses, console errors, requests to other hosts."""

    def __init__(self, page: object, host: str):
        self.problems: list[str] = []
        page.on("response", lambda r: r.status >= 400 and self.problems.append(f"{r.status} {r.url}"))
        page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))

        def guard(route: object) -> None:
            if urlsplit(route.request.url).netloc != host:
                self.problems.append(f"outside request: {route.request.url}")
                route.abort()
            else:
                route.continue_()

        page.route("**/*", guard)


def open_page(browser: object, url: str, width: int = 1280) -> tuple[object, Watch]:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    watch = Watch(page, urlsplit(url).netloc)
    page.goto(url)
    return page, watch


def first_entry_and_day(root: Path) -> tuple[str, str]:
    entry = load_chronology(load_config(root / "config.yaml"))[0]
    return f"entries/{entry.id}.html", f"days/{entry.date}.html"


def test_pages_load_under_a_sub_path_without_errors(served: tuple[str, Path], browser: object) -> None:
    base, root = served
    entry, day = first_entry_and_day(root)
    source = load_config(root / "config.yaml").sources[0].id
    for path in ("", "newest.html", day, entry, f"sources/{source}.html#L5", "places/index.html", "about.html",
                 "chronology.json"):
        page, watch = open_page(browser, base + path)
        assert watch.problems == [], path
        page.context.close()


def test_every_page_names_its_icon_inside_the_site(served: tuple[str, Path], browser: object) -> None:
    """Without one the browser asks the host's root for /favicon.ico: a 404 on a project site."""
    base, _ = served
    page, watch = open_page(browser, base + "about.html")
    icon = page.evaluate("document.querySelector('link[rel=icon]').href")
    assert icon.startswith(base)
    answer = page.request.get(icon)
    assert answer.status == 200 and answer.headers["content-type"].startswith("image/svg")
    assert watch.problems == []
    page.context.close()


def test_a_missing_address_deep_in_the_site_shows_the_styled_404_page_with_working_links(
        served: tuple[str, Path], browser: object) -> None:
    base, _ = served
    page, watch = open_page(browser, base + "entries/2020/no-such-entry.html")
    assert page.locator("h1").inner_text() == "Page not found"
    assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).borderTopWidth") != "0px"
    page.get_by_role("link", name="The newest entries").click()
    page.wait_for_load_state()
    assert page.url == base + "newest.html"
    missing = base + "entries/2020/no-such-entry.html"  # the one failure: the missing address itself
    assert [p for p in watch.problems if not p.startswith("console: ")] == [f"404 {missing}"]
    assert len([p for p in watch.problems if p.startswith("console: ")]) == 1
    page.context.close()


def test_navigation_follows_relative_links(served: tuple[str, Path], browser: object) -> None:
    base, _ = served
    page, watch = open_page(browser, base)
    page.locator(".items .item-title a").first.click()
    page.wait_for_load_state()
    assert "/chronik/entries/" in page.url
    page.locator(".ref-links a").first.click()
    page.wait_for_load_state()
    assert "/chronik/sources/" in page.url and "#L" in page.url
    target = page.locator(":target")
    assert target.count() == 1 and target.evaluate("el => el.classList.contains('used')")
    assert page.locator(".source-text li.in-range").count() >= 1, "the script marks the entry's lines"
    page.locator(".site-nav a", has_text="Timeline").click()
    page.wait_for_load_state()
    assert page.url == base + "index.html"
    assert watch.problems == []
    page.context.close()


def test_works_from_file_urls(served: tuple[str, Path], browser: object) -> None:
    _, root = served
    entry, _ = first_entry_and_day(root)
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.goto((root / "build" / entry).as_uri())
    style = "el => getComputedStyle(el).borderTopWidth"
    assert page.locator(".site-header").evaluate(style) == "5px", "the theme's stylesheet loads from file://"
    page.locator(".breadcrumb a").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/build/index.html") and problems == []
    page.close()


def test_screenshots_of_the_timeline(served: tuple[str, Path], browser: object) -> None:
    base, _ = served
    out = ROOT / "build-artifacts"
    out.mkdir(exist_ok=True)
    for width in (1280, 360):
        page, watch = open_page(browser, base, width)
        page.screenshot(path=str(out / f"index-{width}.png"), full_page=False)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"the page scrolls sideways at {width} px"
        assert watch.problems == []
        page.context.close()
    assert (out / "index-360.png").stat().st_size > 1000


def serious(page: object) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
            for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def test_axe_finds_no_serious_problem(served: tuple[str, Path], browser: object) -> None:
    base, root = served
    entry, day = first_entry_and_day(root)
    source = load_config(root / "config.yaml").sources[0].id
    for path in ("index.html", entry, f"sources/{source}.html", day):
        for scheme in ("light", "dark"):
            context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
            page = context.new_page()
            page.goto(base + path)
            assert serious(page) == [], f"{path} ({scheme})"
            context.close()


def test_axe_on_a_fully_annotated_entry_and_side(tmp_path: Path, browser: object) -> None:
    config = make_project(tmp_path)
    assert main(["build", "--config", str(config), "-q", "--strict"]) == 0
    for path in ("entries/2022-03-01-0810-kharkiv-square-shelled.html", "sides/ukrainian.html"):
        page = browser.new_page()
        page.goto((tmp_path / "build" / path).as_uri())
        assert serious(page) == [], path
        page.close()
