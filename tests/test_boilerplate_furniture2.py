"""Furniture of report PDFs, live pages, newsletters and story footers, with examples from other outlets and wars:
dropped with its reason, or kept as an aside (an author's line), and news using the same words kept."""

from __future__ import annotations

import pytest
from test_boilerplate import REPORT, run


@pytest.mark.parametrize(("line", "reason"), [
    ("3 | Page", "pagination"),  # a PDF's page footer pasted with the text
    ("Page | 12", "pagination"),
    ("Show oldest first", "pagination"),  # a live page's sort switch
    ("Newest first", "pagination"),
    ("Loading...", "pagination"),  # a widget still loading when the page was saved
    ("This report is for the media and the general public.", "disclaimer"),
    ("Protecting civilians together | www.example-relief.org", "site credit"),  # a printed report's running footer
    ("This is Sahel Evening, the Example Post's daily newsletter on the Sahel.", "newsletter tagline"),
])
def test_report_and_page_furniture_is_dropped(line: str, reason: str) -> None:
    updates, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(3, f"boilerplate: {reason}")]
    assert [u.lines for u in updates] == [[1]]


def test_the_author_s_line_at_the_foot_is_an_aside() -> None:
    updates, dropped = run(f"{REPORT}\n\nMaria Kovalenko is a freelance journalist based in Odesa covering the war in "
                           "southern Ukraine. She previously reported from Mariupol.\n")
    assert not dropped
    assert [(u.lines, u.kind) for u in updates] == [([1], "update"), ([3], "aside")]


@pytest.mark.parametrize("line", [
    "Latest",  # a sidebar's label ("Latest") opens a box of teasers: kept, not dropped
    "Oleh Petrenko, a journalist for a local outlet, was wounded by shelling in Kherson on Monday, police said.",
    "The list of the newest first-line brigades was published by the ministry on Tuesday.",
])
def test_news_and_labels_near_the_new_patterns_are_kept(line: str) -> None:
    _, dropped = run(f"{REPORT}\n\n{line}\n")
    assert not dropped
