"""Formats met on the blind sets ZZZZZK (East Timor 1999) and later, each on pages written for these tests:

- a timeline's first date heading written without its year, under a background paragraph that tells a date long
  past ("declared independence on 4 December 1976"), is a day of the publication's year when the headings after it
  stay there: the run of headings tells the page's year, the background only what came long before; a page that
  does tell the past moves its next heading as well, and keeps the year it tells (a guard: the rule before kept it
  too).
"""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

TIMELINE = """
    Aceh: the road to martial law
    The Free Aceh Movement declared independence on 4 December 1976 and has fought Jakarta since.
    14 November
    Rebel leaders in Stockholm reject Jakarta's offer of special autonomy for the province.
    9 December
    Government and rebel negotiators sign a cessation of hostilities agreement in Geneva.
    18 December
    Monitors from Thailand and the Philippines arrive in Banda Aceh.
"""


def test_a_first_heading_under_a_background_of_long_ago_is_of_the_pages_year() -> None:
    updates = parse_page(TIMELINE, dt.date(2003, 3, 1), "Asia/Jakarta")
    assert of(updates, "Rebel leaders").date == "2002-11-14"
    assert of(updates, "Government and rebel").date == "2002-12-09"


def test_a_page_telling_a_past_year_moves_its_next_headings_too() -> None:
    page = """
        Aceh: the ceasefire of 2000
        The "humanitarian pause" was signed in Geneva on 12 May 2000 and took effect on 2 June 2000.
        15 June
        Rebels and the army trade accusations of breaking the pause.
        20 June
        Monitors report a fall in killings across the province.
    """
    updates = parse_page(page, dt.date(2003, 1, 10), "Asia/Jakarta")
    assert of(updates, "Rebels and the army").date == "2000-06-15"
    assert of(updates, "Monitors report").date == "2000-06-20"
