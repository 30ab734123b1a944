"""Search on the built seed site in a real browser (Debian's Chromium), served under /chronik/ as on GitHub Pages.

Each result is checked against the chronology itself: the entry it links to, its side, its places.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest

import chronik.search
from chronik.cli import main
from chronik.config import load_config
from chronik.model import Entry
from chronik.render.urls import file_id
from chronik.store import load_chronology
from tests.test_browser_site import CHROMIUM, PREFIX, SubPathHandler, Watch, serious
from tests.test_browser_site import browser as browser  # the fixtures: the seed site served under /chronik/
from tests.test_browser_site import served as served

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium (/usr/bin/chromium) is not installed"),
]

RESULT_LINKS = "#search-results .result-title a"


@pytest.fixture(scope="module")
def entries(served: tuple[str, Path]) -> dict[str, Entry]:
    """The seed chronology by permalink file id."""
    _, root = served
    return {file_id(e.id): e for e in load_chronology(load_config(root / "config.yaml"))}


class SearchPage:
    """The search page of one browser context, with what it fetched from pagefind/ and any dialog it opened."""

    def __init__(self, browser: object, url: str, scheme: str = "light"):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        self.page = self.context.new_page()
        self.watch = Watch(self.page, urlsplit(url).netloc)
        self.dialogs: list[str] = []
        self.fetched: list[tuple[str, int]] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.context.on("requestfinished", lambda r: "/pagefind/" in r.url
                        and self.fetched.append((r.url, r.sizes()["responseBodySize"])))
        self.page.goto(url)

    def settle(self, query: str = "") -> str:
        """Wait until the live region reports on ``query`` (any search when empty); its text."""
        self.page.wait_for_function(
            "q => { const t = document.getElementById('search-status').textContent;"
            " return t && t !== 'Searching…' && t.includes(q); }", arg=query)
        return self.page.locator("#search-status").inner_text()

    def type_query(self, text: str) -> str:
        self.page.locator("#search-q").fill(text)
        return self.settle(f"“{text}”")

    def links(self) -> list[str]:
        """The file id of every entry in the results, in order."""
        hrefs = self.page.locator(RESULT_LINKS).evaluate_all("els => els.map(a => a.getAttribute('href'))")
        return [urlsplit(h).path.rsplit("/", 1)[-1].removesuffix(".html") for h in hrefs]

    def all_links(self) -> list[str]:
        """Every result, pressing "More results" until there are no more."""
        more = self.page.locator("#search-more")
        while more.is_visible():
            shown = self.page.locator(RESULT_LINKS).count()
            more.click()
            self.page.wait_for_function(
                "n => document.querySelectorAll('#search-results .result').length > n"
                " || document.getElementById('search-more').hidden", arg=shown)
        return self.links()

    def close(self) -> None:
        assert self.watch.problems == []
        self.context.close()


def test_words_and_aliases_find_their_entries(served: tuple[str, Path], browser: object,
                                              entries: dict[str, Entry]) -> None:
    base, _ = served
    search = SearchPage(browser, base + "search.html")
    search.fetched.clear()
    status = search.type_query("Kommersant")
    first_query = sum(size for _, size in search.fetched)
    print(f"\nfirst one-word query (Kommersant): {first_query:,} bytes from pagefind/ in {len(search.fetched)} "
          f"requests")
    found = search.links()
    assert found and "match" in status
    assert any("Lavrov" in entries[f].text for f in found), "the Lavrov interview in Kommersant"
    assert "kommersant" in search.page.locator("#search-results mark").first.inner_text().lower()
    assert parse_qs(urlsplit(search.page.url).query) == {"q": ["Kommersant"]}
    assert first_query < 300_000

    search.type_query("Khankendi")
    found = search.links()
    assert any("Stepanakert" in entries[f].places for f in found), "an alias finds the place's entries"
    search.close()


def test_side_filter_keeps_only_that_sides_claims_and_the_address_shares_it(
        served: tuple[str, Path], browser: object, entries: dict[str, Entry]) -> None:
    base, _ = served
    search = SearchPage(browser, base + "search.html?q=Shushi")
    search.settle()
    everything = search.links()
    assert everything, "Shushi (an alias of Shusha) finds entries"
    side = search.page.locator('details.facet[data-filter="side"]')
    side.locator("summary").click()  # a filter's counts are fetched when it is opened
    side.locator('input[value="azerbaijani"]').check()
    search.settle()
    chosen = search.links()
    assert all(entries[f].attribution.side == "azerbaijani" for f in chosen)
    assert chosen == [f for f in everything if entries[f].attribution.side == "azerbaijani"]
    shown_sides = search.page.locator("#search-results .result .side").all_inner_texts()
    assert all(s.strip() == "Azerbaijani" for s in shown_sides)
    shared = search.page.url
    assert parse_qs(urlsplit(shared).query) == {"q": ["Shushi"], "side": ["azerbaijani"]}
    search.close()

    again = SearchPage(browser, shared)  # a shared address shows the same results
    again.settle()
    assert again.links() == chosen
    assert again.page.locator("#search-q").input_value() == "Shushi"
    assert again.page.locator('input[name="side"][value="azerbaijani"]').is_checked()
    again.close()

    filtered = SearchPage(browser, base + "search.html?q=Khankendi&side=azerbaijani")  # a query with such claims
    filtered.settle()
    found = filtered.links()
    assert found and all(entries[f].attribution.side == "azerbaijani" for f in found)
    filtered.close()


def test_query_text_is_never_html(served: tuple[str, Path], browser: object) -> None:
    base, _ = served
    attack = "<script>alert(1)</script>"
    other = '<img src=x onerror=alert(2)>'
    search = SearchPage(browser, base + "search.html?q=" + quote(attack) + "&side=" + quote(other))
    status = search.settle()
    assert attack in status
    status = search.type_query('<img src=x onerror="alert(3)"> Kommersant')
    assert '<img src=x onerror="alert(3)">' in status
    assert search.page.locator("main img, #search-status script").count() == 0
    assert search.dialogs == []
    search.close()


def test_header_box_searches_from_any_page_and_the_page_is_accessible(served: tuple[str, Path], browser: object,
                                                                     entries: dict[str, Entry]) -> None:
    base, _ = served
    search = SearchPage(browser, base + "entries/" + next(iter(entries)) + ".html")
    box = search.page.get_by_role("searchbox", name="Search the chronology")
    box.fill("Lavrov")
    box.press("Enter")
    search.page.wait_for_url("**/chronik/search.html?q=Lavrov")
    search.settle()
    assert search.links()
    search.page.keyboard.press("Tab")  # results are ordinary links, reachable from the keyboard
    assert serious(search.page) == []
    search.close()
    dark = SearchPage(browser, base + "search.html?q=Shushi&side=armenian", scheme="dark")
    dark.settle()
    assert serious(dark.page) == []
    dark.close()


def test_opened_from_a_file_the_page_says_search_needs_a_server(served: tuple[str, Path], browser: object) -> None:
    _, root = served
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.goto((root / "build" / "search.html").as_uri() + "?q=Shushi")
    assert "served over http" in page.locator("#search-status").inner_text()
    assert problems == []
    page.close()


@pytest.fixture(scope="module")
def compact(served: tuple[str, Path]) -> Iterator[str]:
    """The same site with the compact index of a very large chronology; its base URL."""
    _, root = served
    copy = root.parent / "compact"
    for name in ("seeds", "content", "templates", "chronology"):
        if (root / name).exists():
            shutil.copytree(root / name, copy / name)
    shutil.copy(root / "config.yaml", copy / "config.yaml")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(chronik.search, "ENTRY_PAGES_UP_TO", 0)
        assert main(["build", "--config", str(copy / "config.yaml"), "-q", "--strict"]) == 0
    assert 'data-unit="compact"' in (copy / "build" / "search.html").read_text(encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(SubPathHandler, directory=str(copy / "build")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("address", ["search.html?q=Shushi", "search.html?q=Khankendi&side=azerbaijani",
                                     "search.html?q=Khankendi&place=Stepanakert&sort=newest",
                                     "search.html?q=shelling&status=reported&sort=oldest",
                                     "search.html?side=azerbaijani&year=2023",
                                     "search.html?q=%22Stepanakert%20and%20Shushi%22&sort=newest",
                                     "search.html?q=peacekeepers%20Russian&sort=oldest"])
def test_the_compact_index_finds_exactly_the_same_entries(served: tuple[str, Path], compact: str, browser: object,
                                                         address: str) -> None:
    base, _ = served
    found = []
    for site in (base, compact):
        search = SearchPage(browser, site + address)
        search.settle()
        found.append(search.all_links())
        search.close()
    assert found[0], address
    assert found[1] == found[0] if "sort=" in address else sorted(found[1]) == sorted(found[0])


def test_the_compact_index_counts_entries_and_marks_the_words_it_matched(served: tuple[str, Path], compact: str,
                                                                      browser: object) -> None:
    base, _ = served
    statuses = []
    for site in (base, compact):
        search = SearchPage(browser, site + "search.html")
        search.fetched.clear()
        statuses.append(search.type_query("Khankendi"))
        marks = search.page.locator("#search-results mark").all_inner_texts()
        assert marks and all(m.lower().strip(",.") == "khankendi" for m in marks), marks
        print(f"\nfirst one-word query (Khankendi, {'compact' if site == compact else 'entry'} layout): "
              f"{sum(size for _, size in search.fetched):,} bytes from pagefind/ in {len(search.fetched)} requests")
        search.close()
    assert statuses[0] == statuses[1] and "entries match" in statuses[0], "the same count of entries"
