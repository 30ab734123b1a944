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
    # a hosted blog's widgets and footer
    ("Like this:", "engagement counts"),
    ("Be the first to like this.", "engagement counts"),
    ("4 bloggers like this.", "engagement counts"),
    # a CMS's info block over an article: its label and its counter of reads
    ("Hits: 4127", "engagement counts"),
    ("Views: 1,203", "engagement counts"),
    ("Read 523 times", "engagement counts"),
    ("Details", "navigation"),
    ("Follow Kharkiv Diary via Email", "navigation"),
    ("Blog at WordPress.com.", "site credit"),
    # a masthead's motto, and a site's blurb for one of its products
    ("Documenting Abuses. Seeking Justice.", "about the publisher"),
    ("Sahel Pulse is our weekly security tracker, a tool that follows attacks on civilians in Mali, Burkina Faso and "
     "Niger every week.", "about the publisher"),
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
    "Shelling Resumed. Nobody Was Hurt.",  # capitalised sentences with verbs, not gerund phrases
    "The army said it would follow the evacuation by email updates to families.",
    "The ministry said the drone strike was our biggest worry, a resident of Sumy told reporters.",
    "Residents said they did not like this plan to evacuate the town.",
])
def test_news_and_labels_near_the_new_patterns_are_kept(line: str) -> None:
    _, dropped = run(f"{REPORT}\n\n{line}\n")
    assert not dropped


COMMENTS = """\
Two more shells hit the water station in Mykolaiv overnight, the regional governor said on Tuesday.

12 thoughts on “Mykolaiv without water, day 30”

Olena P. says:

May 3, 2022 at 9:41 pm

Thank you for writing this. My parents are still there and say the same.

Reply

Daniel K.

3 May 2022 at 23:05

Stay safe. The photos from the market were hard to look at.

Reply
"""


def test_a_blog_s_reader_comments_are_dropped_with_name_stamp_and_reply_link() -> None:
    updates, dropped = run(COMMENTS)
    assert [u.lines for u in updates if u.kind == "update"] == [[1]]
    comments = {d.line for d in dropped if d.reason == "boilerplate: reader comment"}
    assert comments == set(range(5, 20, 2))  # the non-empty lines from the first name to the last "Reply"


def test_a_dated_line_over_a_paragraph_without_a_reply_link_is_kept() -> None:
    page = ("May 3, 2022 at 9:41 pm\n\nTwo more shells hit the water station in Mykolaiv overnight, the regional "
            "governor said.\n\nThe city has been without tap water since April 12, officials said.\n")
    _, dropped = run(page)
    assert not [d for d in dropped if d.reason == "boilerplate: reader comment"]
