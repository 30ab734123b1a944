"""Round 36 of the dates: a day heading with its weekday in brackets ("March 3, 2022 (Thursday)") is a heading, not a
photo caption closed by its credit, and dates the items under it past the link line an encyclopedia sets under
it ("edit history watch")."""

from __future__ import annotations

import datetime as dt

from chronik.model import Update
from tests.page_cases import of, parse_page


def parse(text: str, published: dt.date, tz: str = "UTC") -> list[Update]:
    return parse_page(text, published, tz)


# a current-events portal of the war in Ukraine, newest day first
PORTAL = """
    Portal:Current events
    March 3, 2022 (Thursday)
    edit history watch
    Armed conflicts and attacks
    Russian invasion of Ukraine
    Russian forces capture the city of Kherson, the first major Ukrainian city to fall, its mayor says. (BBC News)
    The International Atomic Energy Agency says it is in contact with Ukraine about the Zaporizhzhia plant. (Reuters)
    March 2, 2022 (Wednesday)
    edit history watch
    International relations
    The United Nations General Assembly votes 141 to 5 to demand that Russia withdraw its forces from Ukraine. (AP)
"""


def test_a_day_heading_with_its_weekday_in_brackets_dates_the_items_under_it() -> None:
    ups = parse(PORTAL, dt.date(2022, 3, 4))
    assert of(ups, "Russian forces capture the city").date == "2022-03-03"
    assert of(ups, "The International Atomic Energy").date == "2022-03-03"
    assert of(ups, "The United Nations General Assembly").date == "2022-03-02"
    heading = of(ups, "March 2, 2022 (Wednesday)")
    assert heading.kind == "aside" and heading.date == "2022-03-02"


def test_the_weekday_in_brackets_after_a_day_written_first() -> None:
    page = """
        12 October 2023 (Thursday)
        edit history watch
        Israel–Hamas war
        The Israeli Air Force says it has dropped about 6,000 bombs on the Gaza Strip. (Times of Israel)
        11 October 2023 (Wednesday)
        edit history watch
        Gaza's only power plant shuts down after running out of fuel, its energy authority says. (Al Jazeera)
    """
    ups = parse(page, dt.date(2023, 10, 13))
    assert of(ups, "The Israeli Air Force says").date == "2023-10-12"
    assert of(ups, "Gaza's only power plant").date == "2023-10-11"


def test_a_caption_closed_by_its_credit_after_its_date_stays_furniture() -> None:
    page = """
        Shelling hits Kharkiv
        Firefighters work at the site of a strike in Kharkiv, Ukraine, March 3, 2022. (AA Photo)
        Russian shelling hit a residential district of Kharkiv on Thursday, the regional governor said.
    """
    ups = parse(page, dt.date(2022, 3, 4))
    assert not [u for u in ups if u.text.startswith("Firefighters work")]
