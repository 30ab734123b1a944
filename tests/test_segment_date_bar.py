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


STAMPED = """
    THE DAILY LEDGER
    Sunday, October 18, 2020
    Baku +16°C
    Politics
    Business
    Army says it repelled attack in the south
    18 October 2020 12:41 (UTC+04:00)
    By Jane Roe
    The army said on Sunday that it had repelled an attack near Fuzuli overnight.
    In an address to the nation on October 17, the president announced the capture of seven villages.
    Rescuers completed the search at the site of the missile strike on Saturday evening, the ministry reported.
    """


def test_a_date_bar_over_a_story_stamped_with_its_day_and_clock() -> None:
    updates = parse_page(STAMPED, dt.datetime(2020, 10, 18, 12, 41), "Asia/Baku",
                         title="Army says it repelled attack in the south")
    assert of(updates, "The army said on Sunday").date == "2020-10-18"
    assert of(updates, "In an address to the nation").date == "2020-10-17"
    assert of(updates, "Rescuers completed").date == "2020-10-17"
