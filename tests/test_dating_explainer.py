"""An explainer's sections told in prose: the clock said with the main verb's day ("announced the mobilisation at about
06:00 Kyiv time on 24 February", "a truce was reached at 10:00 on 9 November") is the item's time; an item opening
"Hours earlier" or "A few hours later" is on the day of the item before it. A feed's day separator written with its
weekday ("Tuesday, 10 October 2023") under an item is the next day's heading, not the item's outlet and date."""

from __future__ import annotations

from chronik.segment.feed import source_line
from tests.test_dates_in_pages import of, parse

KYIV_EXPLAINER = """
    Ukraine: what we know about the first day of the invasion

    25.02.2022 21:10

    1. How it began

    Vladimir Putin announced a "special military operation" at about 05:00 Kyiv time on 24 February, in a televised \
address to Russians.

    Hours earlier the Ukrainian border guard had reported columns of vehicles moving towards the Belarusian border.

    2. The talks

    A local truce around the power plant was reached at 10:00 on 25 February with the mediation of the IAEA, the \
energy ministry said.
"""


def test_a_clock_said_with_the_main_verbs_day_is_the_items_time() -> None:
    updates = parse(KYIV_EXPLAINER, "2022-02-25", tz="Europe/Kyiv")
    putin = of(updates, "Vladimir Putin announced")
    assert (putin.date, putin.time) == ("2022-02-24", "05:00")  # "Kyiv time" is a zone, not words of the act
    truce = of(updates, "A local truce")
    assert (truce.date, truce.time) == ("2022-02-25", "10:00")


def test_hours_earlier_is_the_day_of_the_item_before() -> None:
    updates = parse(KYIV_EXPLAINER, "2022-02-25", tz="Europe/Kyiv")
    assert of(updates, "Hours earlier").date == "2022-02-24"  # not the page's day


GAZA_FEED = """
    Israel-Gaza war: live updates

    All times are Jerusalem time.

    Wednesday, 11 October 2023

    09:14

    The Israeli military said it had struck more than 450 targets in Gaza overnight.

    Tuesday, 10 October 2023

    22:40

    The UN said more than 187,000 people in Gaza had fled their homes.
"""


def test_a_day_separator_with_its_weekday_is_no_source_line() -> None:
    assert source_line("Tuesday, 10 October 2023") is None
    assert source_line("Haaretz, 13 January 2024") == ("Haaretz", "13 January 2024")
    updates = parse(GAZA_FEED, "2023-10-11", tz="Asia/Jerusalem")
    assert of(updates, "The Israeli military said").date == "2023-10-11"
