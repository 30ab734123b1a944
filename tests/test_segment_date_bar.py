"""A site's date bar among its menus ("Tuesday, January 28, 2025" over the masthead) is no section heading: the
story's own date line under its title and byline dates the page, and a paragraph naming another day ("on Monday,
January 27") takes that day, as in any story. A page written for these tests."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

STORY = """
    Skip to content
    Tuesday, March 4, 2025
    The Daily Ledger
    Home
    News
    Politics
    Shells hit border town as fighting nears the frontier
    Jane Roe
    Tuesday, March 4, 2025
    Four people were killed in the border town on Monday, March 3, after shells hit a market, the army said.
    The governor said on Tuesday that schools in the district would stay closed until further notice.
    The rebels said in the early hours of Monday that they had taken the hills above the town.
    """


def test_a_date_bar_over_the_masthead_heads_no_section() -> None:
    updates = parse_page(STORY, dt.date(2025, 3, 4), "Africa/Kigali",
                         title="Shells hit border town as fighting nears the frontier")
    assert of(updates, "Four people were killed").date == "2025-03-03"
    assert of(updates, "The rebels said").date == "2025-03-03"
    assert of(updates, "The governor said").date == "2025-03-04"
    assert all(u.kind == "aside" for u in updates if u.text.startswith("Tuesday, March 4, 2025"))
