"""Editor Markdown: formatted, never executed, links relative to the page."""

from __future__ import annotations

from chronik.render.markup import MarkdownRenderer


def test_raw_html_is_shown_as_text() -> None:
    html = MarkdownRenderer()("Before <script>alert(1)</script> after\n\n<div onclick='x()'>block</div>")
    assert "<script>" not in html and "<div" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;div onclick=" in html


def test_unsafe_links_lose_their_target_and_images_become_links() -> None:
    md = MarkdownRenderer()
    html = md("[x](javascript:alert(1)) [y](data:text/html,hi) [z](//evil.example/) ![map](https://maps.example/m.png)")
    assert "javascript:" not in html and "data:" not in html and "//evil" not in html
    assert "<img" not in html and '<a href="https://maps.example/m.png">map</a>' in html


def test_site_links_are_made_relative_to_the_page() -> None:
    md = MarkdownRenderer()
    assert '<a href="../entries/x.html">' in md("[e](entries/x.html)", page="days/2020-11-03.html")
    assert '<a href="entries/x.html">' in md("[e](entries/x.html)", page="about.html")
    assert '<a href="https://example.org/a">' in md("[w](https://example.org/a)", page="days/d.html")


def test_formatting_and_empty_input() -> None:
    md = MarkdownRenderer()
    assert "<strong>two</strong>" in md("**two** & more")
    assert "&amp; more" in md("**two** & more")
    assert md(None) == "" and md("  ") == ""
