"""Round twenty-nine of page shapes, written for the shape rather than one outlet: a day-by-day timeline explainer's
furniture (a push-service prompt, the paragraph of an appeal box between its heading and its button, a comment
form's "Please enter ..." fields).

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest
from test_boilerplate import REPORT, run


@pytest.mark.parametrize(("line", "reason"), [
    ("The Daily Star would like to send you notifications for the latest news and updates.", "notification prompt"),
    ("We'd like to show you notifications for breaking stories.", "notification prompt"),
    ("Sustaining this work needs support from readers like you.", "donation appeal"),
    ("Wherever you are, you can take a paid subscription by clicking here.", "donation appeal"),
    ("Please enter your comment!", "comment form"),
    ("Please enter your name here", "comment form"),
    ("Please enter your email address here.", "comment form"),
])
def test_furniture_lines_are_dropped(line: str, reason: str) -> None:
    updates, dropped = run(f"{REPORT}\n{line}\n")
    assert [d.reason for d in dropped] == [f"boilerplate: {reason}"]
    assert [u.lines for u in updates] == [[1]]


def test_a_paragraph_inside_an_appeal_box_is_the_appeals() -> None:
    page = f"""
        {REPORT}
        Support Our Journalism
        Ukraine needs independent, on-the-ground reporting from the front. The Kharkiv Herald, with its team of
        Sustaining this work needs support from readers like you.
        Support Our Journalism
    """
    updates, dropped = run(page.replace("of\n", "of reporters, is doing just that.\n"))
    assert [u.lines for u in updates] == [[1]]
    assert sorted(d.line for d in dropped) == [2, 3, 4, 5]


def test_a_report_between_two_appeals_is_kept_only_when_long() -> None:
    body = " ".join(["Russian forces shelled the village again on Tuesday, the regional governor said."] * 6)
    page = f"""
        {REPORT}
        Support Our Journalism
        {body}
        Please donate today.
    """
    updates, _ = run(page)
    assert [u.lines for u in updates] == [[1], [3]]


def test_a_request_to_enter_something_in_a_report_is_kept() -> None:
    line = "Please enter your details at the registration point, the mayor told residents leaving Kherson."
    updates, dropped = run(f"{REPORT}\n{line}\n")
    assert not dropped and len(updates) == 2
