"""A page that looks back on a war long after it ended (an encyclopedia's article edited years later, a retrospective
timeline): its title names the war's year, a configured war falls in it, and the days it writes without a year ("On
27 September, ...") are that war's, not the ones nearest the page's own date. Weekdays and "yesterday" still count
from the page's date, and a page whose title names a year no configured war falls in is read as before. Pages
written for these tests."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

from chronik.config import Epoch

WAR = (Epoch("2008 war", dt.date(2008, 8, 7), dt.date(2008, 8, 16)),)

ARTICLE = """
    2008 Russo-Georgian War
    From Wikipedia, the free encyclopedia
    Course of the war[edit]
    On 7 August, Georgian forces began shelling Tskhinvali late in the evening, the Georgian government said.
    On 8 August, Russian troops crossed the Roki Tunnel into South Ossetia.
    On 12 August, President Medvedev announced an end to the Russian military operation.
    This page was last edited on 3 March 2025, at 14:21 (UTC).
    """


def test_days_without_a_year_are_the_wars() -> None:
    updates = parse_page(ARTICLE, dt.date(2025, 3, 3), "UTC", title="2008 Russo-Georgian War", epochs=WAR)
    assert of(updates, "On 7 August").date == "2008-08-07"
    assert of(updates, "On 8 August").date == "2008-08-08"
    assert of(updates, "On 12 August").date == "2008-08-12"


def test_each_day_is_an_update_of_its_own_not_background() -> None:
    updates = parse_page(ARTICLE, dt.date(2025, 3, 3), "UTC", title="2008 Russo-Georgian War", epochs=WAR)
    days = [of(updates, start) for start in ("On 7 August", "On 8 August", "On 12 August")]
    assert len({id(u) for u in days}) == 3 and all(u.kind == "update" for u in days)


def test_a_title_year_with_no_war_of_the_project_changes_nothing() -> None:
    anniversary = """
        The 2019 floods: five years on
        On 15 March, volunteers gathered on the riverbank to remember the victims, the mayor said.
        """
    updates = parse_page(anniversary, dt.date(2024, 3, 20), "UTC", title="The 2019 floods: five years on", epochs=WAR)
    assert of(updates, "On 15 March").date == "2024-03-15"
