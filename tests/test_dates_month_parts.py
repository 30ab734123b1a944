"""A part of a month ("early March", "mid-March", "late month", "the end of the month") keeps the month as its TimeML
value and covers the days of that part: a chronology dated by it sorts its items where they belong in the month."""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import parse_page

from chronik.dates.finder import resolve

ANCHOR = dt.date(2024, 4, 30)


@pytest.mark.parametrize(("text", "value", "first", "last"), [
    ("early March", "2024-03", "2024-03-01", "2024-03-10"),
    ("mid-March", "2024-03", "2024-03-11", "2024-03-20"),
    ("late February 2024", "2024-02", "2024-02-21", "2024-02-29"),
    ("the end of March", "2024-03", "2024-03-21", "2024-03-31"),
    ("Mid-month", "2024-04", "2024-04-11", "2024-04-20"),
    ("late this month", "2024-04", "2024-04-21", "2024-04-30"),
    ("the beginning of the month", "2024-04", "2024-04-01", "2024-04-10"),
    ("early in the month", "2024-04", "2024-04-01", "2024-04-10"),
    ("the second half of the month", "2024-04", "2024-04-16", "2024-04-30"),
    ("the first half of March", "2024-03", "2024-03-01", "2024-03-15"),  # not the first half of the year
    ("second half of 2021", "2021-H2", "2021-07-01", "2021-12-31"),  # a half of a year is one still
    ("March", "2024-03", "2024-03-01", "2024-03-31"),  # the whole month without a part
])
def test_a_part_of_a_month_covers_its_days(text: str, value: str, first: str, last: str) -> None:
    timex = resolve(text, ANCHOR)
    assert timex is not None and timex.start is not None and timex.end is not None
    assert (timex.value, timex.start.isoformat(), timex.end.isoformat()) == (value, first, last)


def test_a_heading_naming_a_part_of_a_month_dates_its_items_by_those_days() -> None:
    updates = parse_page("""
        Situation report

        Late March 2024

        Shelling hit the market in Kupiansk, the regional governor said.
        """, ANCHOR, "Europe/Kyiv")
    item = next(u for u in updates if u.text.startswith("Shelling"))
    assert (item.date, item.date_end, item.date_basis) == ("2024-03-21", "2024-03-31", "heading")


MONTHLY_DIGEST = """
    Monthly conflict tracker

    Sudan

    April 2024

    Fighting around El Fasher intensified as paramilitary forces tightened their siege of the city.

    Early in the month, army aircraft struck positions in the eastern outskirts, residents said.

    Mid-month, the paramilitary forces shelled the Abu Shouk camp, killing at least nine displaced people.

    Aid agencies warned late month that stocks of food in the camps would run out within weeks.

    Talks in Jeddah stalled as both sides traded accusations.
    """


@pytest.mark.parametrize(("opening", "first", "last"), [
    ("Mid-month", "2024-04-11", "2024-04-20"),
    ("Aid agencies warned late month", "2024-04-21", "2024-04-30"),
    ("Fighting around El Fasher", "2024-04-01", "2024-04-30"),  # no part named: the whole month
    ("Talks in Jeddah", "2024-04-01", "2024-04-30"),
])
def test_an_item_under_a_month_heading_is_dated_by_the_part_of_the_month_it_names(
        opening: str, first: str, last: str) -> None:
    updates = parse_page(MONTHLY_DIGEST, ANCHOR, "Africa/Khartoum")
    item = next(u for u in updates if u.text.startswith(opening))
    assert (item.date, item.date_end) == (first, last)


def test_a_part_of_another_month_does_not_narrow_the_heading() -> None:
    updates = parse_page("""
        Monthly conflict tracker

        April 2024

        Fighting that began in late March spread to the villages south of the city.
        """, ANCHOR, "Africa/Khartoum")
    item = next(u for u in updates if u.text.startswith("Fighting"))
    assert (item.date, item.date_end) == ("2024-04-01", "2024-04-30")


def test_a_past_act_without_a_year_beyond_the_window_is_last_years() -> None:
    from chronik.dates.anchor import FUTURE, PAST, infer_day
    # "On September 14, the governor was abducted", on a page of 9 May 2024: last September, not the one ahead
    assert infer_day(9, 14, dt.date(2024, 5, 9), PAST) == dt.date(2023, 9, 14)
    assert infer_day(9, 14, dt.date(2024, 5, 9), FUTURE) == dt.date(2024, 9, 14)  # a plan: the one ahead
