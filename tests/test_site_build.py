"""Build a small project whose chronology fills every field, and read the site back as a reader would."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from chronik.cli import main
from chronik.render.exports import CSV_COLUMNS
from tests.conftest import write
from tests.render_project import crawl, make_project, parse_page

ATOM = "{http://www.w3.org/2005/Atom}"
ENTRIES = ["2022-03-01-0810-kharkiv-square-shelled", "2022-03-01-0945-kherson-taken-claim",
           "2022-03-02-civilian-toll", "2022-03-02-russian-losses"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "site")


def build(config: Path, *flags: str) -> int:
    return main(["build", "--config", str(config), "-q", *flags])


@pytest.fixture
def site(project: Path) -> Path:
    assert build(project, "--strict") == 0
    return project.parent / "build"


def test_every_page_type_is_reached_from_the_index_without_a_broken_link(site: Path) -> None:
    result = crawl(site)
    assert result.broken == []
    expected = {f"entries/{e}.html" for e in ENTRIES} | {
        "days/2022-03-01.html", "days/2022-03-02.html", "sources/desk-2022-03-01.html",
        "sources/wire-2022-03-02.html", "places/kharkiv.html", "places/susa-square.html", "places/kherson.html",
        "places/kyiv.html", "actors/russian-ministry-of-defence.html", "sides/ukrainian.html", "sides/russian.html",
        "newest.html", "about.html", "methodology.html", "places/index.html", "actors/index.html",
        "sides/index.html", "sources/index.html"}
    assert expected <= set(result.pages)
    built = {p.relative_to(site).as_posix() for p in site.rglob("*.html")}
    assert built == set(result.pages) | {"404.html"}, "every page built is reachable, and nothing else"


def test_no_link_assumes_the_site_root(site: Path) -> None:
    for path in site.rglob("*.html"):
        for link in parse_page(path).links:
            assert not link.startswith("/"), f"{path}: {link}"
            assert not link.startswith("https://example.org/war/"), f"{path}: {link} should be relative"


def test_timeline_has_both_orders_and_the_chart(site: Path) -> None:
    oldest = (site / "index.html").read_text(encoding="utf-8")
    newest = (site / "newest.html").read_text(encoding="utf-8")
    anchors = [f'id="e-{e}"' for e in ENTRIES]
    assert sorted(anchors, key=oldest.index) == anchors
    assert sorted(anchors, key=newest.index) == anchors[::-1]
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-wide"' in oldest
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-narrow"' in oldest
    assert '<a href="days/2022-03-01.html" tabindex="-1" aria-label="1 Mar 2022: 2 entries (Russian 1, Ukrainian 1)"' \
        in oldest
    assert "<caption>Entries per day and side</caption>" in oldest
    # label with text next to the colour; status badges
    assert '<span class="swatch" aria-hidden="true"></span>Ukrainian</a>' in oldest
    assert '<span class="badge badge-disputed">Disputed</span>' in oldest
    assert '<span class="badge badge-corrected">Corrected</span>' in oldest
    assert '<time datetime="2022-03-01T08:10+02:00">08:10</time>' in oldest


def test_entry_page_shows_provenance_dating_note_and_citation(site: Path) -> None:
    html = (site / "entries" / "2022-03-01-0810-kharkiv-square-shelled.html").read_text(encoding="utf-8")
    assert 'href="../sources/desk-2022-03-01.html#L5"' in html
    assert ('href="https://desk.example.com/live/day-6#:~:text=Shelling%20hit%20the%20central%20square%20of%20'
            'Kharkiv%2C%20the"') in html
    assert "Dated by the time stamp the source gives this update." in html
    # the editor's note, as Markdown, its site link made relative
    assert "<strong>two</strong>" in html and 'href="../entries/2022-03-02-civilian-toll.html"' in html
    assert "https://example.org/war/entries/2022-03-01-0810-kharkiv-square-shelled.html (accessed" in html
    assert '<td class="num">at least 10</td>' in html and "(Ukrainian side)" in html
    flagged = (site / "entries" / "2022-03-01-0945-kherson-taken-claim.html").read_text(encoding="utf-8")
    assert "Flagged for review: the text names a date far from the one the page structure gives." in flagged
    assert "Lines 7–8 in the saved text" in flagged
    no_url = (site / "entries" / "2022-03-02-civilian-toll.html").read_text(encoding="utf-8")
    assert "original address not known" in no_url and "2 March 2022 – 3 March 2022" in no_url


def test_source_page_anchors_every_line_and_links_used_lines_to_entries(site: Path) -> None:
    page = parse_page(site / "sources" / "desk-2022-03-01.html")
    assert {f"L{n}" for n in range(1, 11)} <= page.ids
    used = {attrs["id"] for tag, attrs in page.tags if tag == "li" and attrs.get("class") == "used"}
    assert used == {"L5", "L7", "L8"}
    assert "../entries/2022-03-01-0945-kherson-taken-claim.html" in page.links


def test_place_page_lists_the_gazetteer_aliases(site: Path) -> None:
    html = (site / "places" / "kharkiv.html").read_text(encoding="utf-8")
    assert ('<span class="label">Also written</span> <span class="alias">Charkiw</span>, '
            '<span class="alias">Kharkov</span>') in html
    assert "Also written" not in (site / "places" / "kherson.html").read_text(encoding="utf-8")


def test_day_page_has_summary_and_neighbours(site: Path) -> None:
    html = (site / "days" / "2022-03-01.html").read_text(encoding="utf-8")
    assert "The day in brief" in html and "<strong>Kherson</strong>" in html
    assert 'href="../days/2022-03-02.html" rel="next"' in html
    assert 'rel="prev"' not in html


def test_an_untitled_one_sentence_entry_is_not_printed_twice(site: Path) -> None:
    for page in ("entries/2022-03-02-russian-losses.html", "days/2022-03-02.html"):
        html = (site / page).read_text(encoding="utf-8")
        assert ">Russia&#39;s defence ministry said 498 of its soldiers had died.<" in html  # the heading
        assert '<div class="text"><p>Russia&#39;s defence' not in html, page
    titled = (site / "entries/2022-03-01-0810-kharkiv-square-shelled.html").read_text(encoding="utf-8")
    assert '<div class="text"><p>Shelling hit the central square of Kharkiv' in titled  # its own title: text kept


def test_side_page_charts_claimed_figures(site: Path) -> None:
    html = (site / "sides" / "ukrainian.html").read_text(encoding="utf-8")
    assert "Figures claimed over time" in html and 'role="img"' in html
    assert "2 Mar 2022: 2,000 civilians killed" in html
    assert "Claims made for Ukraine&#39;s government, armed forces and officials." in html


def test_exports_hold_every_entry(site: Path) -> None:
    data = json.loads((site / "chronology.json").read_text(encoding="utf-8"))
    assert [e["id"] for e in data] == ENTRIES
    assert data[0]["figures"][0] == {"what": "civilians killed", "count": 10, "as_of": "2022-03-01",
                                     "claimant": "Kharkiv regional governor", "side": "ukrainian",
                                     "cumulative": False, "qualifier": "at least", "count_max": None}
    with (site / "chronology.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [r["entry_id"] for r in rows] == ENTRIES
    assert rows[1]["source_lines"] == "7-8" and rows[1]["side"] == "russian" and rows[1]["flags"] == "date-conflict"
    assert rows[0]["places"] == "Kharkiv; Şuşa Square"
    assert rows[0]["permalink"] == "https://example.org/war/entries/2022-03-01-0810-kharkiv-square-shelled.html"
    timeline = json.loads((site / "timelinejs.json").read_text(encoding="utf-8"))
    events = timeline["events"]
    assert [e["unique_id"] for e in events] == ENTRIES
    assert {e["group"] for e in events} == {"Russian", "Ukrainian"}
    assert events[0]["display_date"] == "1 March 2022, 08:10 UTC+2"
    assert events[0]["start_date"] == {"year": "2022", "month": "3", "day": "1", "hour": "8", "minute": "10"}
    assert events[2]["end_date"] == {"year": "2022", "month": "3", "day": "3"}


def test_feed_sitemap_and_github_pages_files(site: Path) -> None:
    feed = ET.parse(site / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 4
    assert entries[0].find(f"{ATOM}id").text == "https://example.org/war/entries/2022-03-02-russian-losses.html"
    assert entries[-1].find(f"{ATOM}updated").text == "2022-03-01T08:10:00+02:00"
    urls = [u.text for u in ET.parse(site / "sitemap.xml").getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert "https://example.org/war/" in urls and all(u.startswith("https://example.org/war/") for u in urls)
    assert len(urls) == len(list(site.rglob("*.html"))) - 1  # every page but 404.html
    assert (site / ".nojekyll").exists() and (site / "CNAME").read_text() == "war.example.org\n"


def test_text_from_yaml_is_escaped_everywhere(project: Path) -> None:
    day = project.parent / "chronology" / "2022" / "2022-03-01.yaml"
    day.write_text(day.read_text(encoding="utf-8").replace(
        "title: Shelling hits Kharkiv's central square", "title: <script>alert(1)</script> title").replace(
        "text: Shelling hit the central", "text: <script>alert(1)</script> Shelling hit the central").replace(
        "note: Footage verified", "note: <script>alert(1)</script> Footage verified"), encoding="utf-8")
    assert build(project, "--strict") == 0
    site = project.parent / "build"
    for path in (site / "entries" / "2022-03-01-0810-kharkiv-square-shelled.html", site / "index.html",
                 site / "days" / "2022-03-01.html", site / "places" / "kharkiv.html"):
        html = path.read_text(encoding="utf-8")
        assert "<script>alert(1)" not in html, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert "<script>" not in feed
    titles = [e.find(f"{ATOM}title").text for e in ET.parse(site / "feed.xml").getroot().findall(f"{ATOM}entry")]
    assert "<script>alert(1)</script> title" in titles
    events = json.loads((site / "timelinejs.json").read_text(encoding="utf-8"))["events"]
    assert events[0]["text"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt; title"


def test_strict_build_fails_on_a_broken_link_naming_both_ends_and_keeps_the_old_site(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert build(project) == 0
    site = project.parent / "build"
    before = (site / "index.html").read_text(encoding="utf-8")
    write(project.parent / "content" / "about.md", "---\ntitle: About us\n---\nSee [this](entries/missing.html).\n")
    assert build(project, "--strict") == 1
    err = capsys.readouterr().err
    assert "about.html:" in err and "broken link to entries/missing.html" in err
    assert (site / "index.html").read_text(encoding="utf-8") == before  # the previous build is untouched
    assert not list(project.parent.glob(".build-staging-*"))
    assert build(project) == 0  # without --strict: built, and the warning counted
    assert "About us" in (site / "about.html").read_text(encoding="utf-8")


def test_warnings_are_counted_without_strict(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project.parent / "content" / "days" / "2022-03-02.md",
          "[gone](entries/nope.html) [anchor](days/2022-03-01.html#nope) [here](#nowhere)\n")
    assert main(["build", "--config", str(project)]) == 0
    out = capsys.readouterr()
    assert "3 warnings" in out.out
    assert "days/2022-03-02.html: broken link to #nowhere: days/2022-03-02.html has no anchor 'nowhere'" in out.err
    assert "days/2022-03-02.html: broken link to entries/nope.html" in out.err
    assert "days/2022-03-02.html: broken link to days/2022-03-01.html#nope: days/2022-03-01.html has no anchor 'nope'" \
        in out.err


def test_user_templates_override_the_theme(project: Path) -> None:
    root = project.parent
    write(root / "templates" / "page.html", """
        {% extends "base.html" %}
        {% block search %}<div id="search-slot">search goes here</div>{% endblock %}
        {% block main %}<h1>Custom: {{ content.title }}</h1>{{ markdown(content.body) }}{% endblock %}
        """)
    write(root / "templates" / "static" / "custom.css", "body { color: teal; }\n")
    assert build(project, "--strict") == 0
    about = (root / "build" / "about.html").read_text(encoding="utf-8")
    assert "<h1>Custom: About</h1>" in about and 'id="search-slot"' in about
    assert '<link rel="stylesheet" href="static/custom.css">' in about
    assert (root / "build" / "static" / "custom.css").read_text() == "body { color: teal; }\n"
    assert "Custom:" not in (root / "build" / "index.html").read_text(encoding="utf-8")


def test_unknown_source_and_bad_lines_fail_the_strict_build(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    day = project.parent / "chronology" / "2022" / "2022-03-02.yaml"
    day.write_text(day.read_text(encoding="utf-8").replace("lines: [5]", "lines: [4]"), encoding="utf-8")
    assert build(project, "--strict") == 1
    err = capsys.readouterr().err
    assert "2022-03-02-russian-losses" in err or "line 4" in err


def test_background_entries_are_marked_on_every_list(project: Path) -> None:
    day = project.parent / "chronology" / "2022" / "2022-03-02.yaml"
    day.write_text(day.read_text(encoding="utf-8").replace("  kind: update\n", "  kind: context\n", 1),
                   encoding="utf-8")
    assert build(project, "--strict") == 0
    site = project.parent / "build"
    badge = '<span class="badge badge-kind">Context</span>'
    for page in ("index.html", "days/2022-03-02.html", "entries/2022-03-02-civilian-toll.html", "places/kyiv.html"):
        assert (site / page).read_text(encoding="utf-8").count(badge) == 1, page
    assert badge not in (site / "days/2022-03-01.html").read_text(encoding="utf-8")


def test_the_404_page_links_from_the_published_root_at_any_depth(site: Path) -> None:
    page = (site / "404.html").read_text(encoding="utf-8")
    assert '<base href="/war/">' in page.split("<title>")[0]  # before every link: base_url https://example.org/war/
    assert 'href="newest.html"' in page and 'href="static/chronik.css"' in page
    assert "404.html" not in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_a_site_without_a_published_path_has_a_404_page_for_its_root(project: Path) -> None:
    config = project.read_text(encoding="utf-8")
    project.write_text(re.sub(r"(?m)^base_url: .*$", "base_url: .", config), encoding="utf-8")
    assert build(project, "--strict") == 0
    page = (project.parent / "build" / "404.html").read_text(encoding="utf-8")
    assert "<base" not in page and "Page not found" in page


def test_day_pages_say_line_for_one_line_and_lines_for_more(site: Path) -> None:
    said = [m for page in (site / "days").glob("*.html")
            for m in re.findall(r"</?a[^>]*>[^<>]*?, (lines?) ([\d–, ]+)</a>", page.read_text(encoding="utf-8"))]
    assert said
    for word, numbers in said:
        assert (word == "line") == numbers.strip().isdigit(), (word, numbers)
