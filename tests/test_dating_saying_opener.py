"""A digest's item that opens on a participle of saying with its day ("Speaking at the Munich Security Conference on
Saturday, X said ...") is dated by that day, not by the heading's day above it: the day is when the words were said,
however many words the place of the saying takes; so is one saying a day's statement ("said in its Saturday
assessment"). Pages written for these tests on the war in Ukraine."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

DIGEST = """
    Key developments on Sunday, Feb. 18:
    • Speaking at the Munich Security Conference on Saturday, President Volodymyr Zelensky said allies were slow.
    • Addressing parliament in Berlin on Saturday, the German chancellor said more air defence systems would follow.
    • The Institute for the Study of War said in its Saturday assessment that Russian forces would press on.
    • Russian troops shelled Kherson on Sunday morning, killing two people, the regional governor said.
    • Ukraine's air force said it shot down 12 of 15 drones overnight.
    """


def test_a_saying_participle_dates_the_item_by_its_day() -> None:
    updates = parse_page(DIGEST, dt.date(2024, 2, 18), "Europe/Kyiv")
    assert of(updates, "Speaking at the Munich").date == "2024-02-17"
    assert of(updates, "Addressing parliament in Berlin").date == "2024-02-17"
    assert of(updates, "The Institute for the Study of War said").date == "2024-02-17"  # the day of its statement
    assert of(updates, "Russian troops shelled Kherson").date == "2024-02-18"
    assert of(updates, "Ukraine's air force said").date == "2024-02-18"
