"""A day written without its year that an act told in the past tense falls on is no later than a couple of weeks
after the page's date: a report published on 9 May that says "On June 14, the governor was abducted" tells last
year's June 14. A plan in the future tense, and a past act within days of the page's date (a live page saved before
its last posts), keep the nearest year.

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt

from tests.page_cases import of, parse_page

REPORT = """
Killings in the West: a report
The fighting reached the town nine days after the war began in the capital, and spread quickly.
On June 14, the regional governor was abducted and killed hours after he accused the militia of atrocities.
The next day, June 15, thousands of people tried to flee on foot toward the border crossing at Adre.
Talks between the parties are due to resume on June 20, the mediators said on Wednesday.
"""


def test_a_past_act_weeks_after_the_page_is_last_years():
    updates = parse_page(REPORT, dt.date(2024, 5, 9), "Africa/Khartoum")
    assert of(updates, "On June 14, the regional governor").date == "2023-06-14"
    assert of(updates, "The next day, June 15").date == "2023-06-15"


def test_a_plan_keeps_the_year_ahead():
    updates = parse_page(REPORT, dt.date(2024, 5, 9), "Africa/Khartoum")
    assert of(updates, "Talks between the parties").date != "2023-06-20"


def test_a_past_act_days_after_the_page_keeps_its_year():
    page = """
    Live: the offensive
    On May 12, troops entered the northern district after heavy shelling, the army said.
    """
    assert of(parse_page(page, dt.date(2024, 5, 9), "Europe/Kyiv"), "On May 12, troops").date == "2024-05-12"
