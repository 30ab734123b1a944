"""Nights and their clocks. A night named by its day ("on Tuesday night") is that day's even under the heading of
the morning after, while "overnight" there stays the morning's; a clock said with the main verb and its day
closing the sentence ("regained control of the town at around 5 am on Friday.") is the act's time, whatever noun
with its "of" the object has. A day in a sentence opening with what the audience knows ("As you know, ...") is
background."""

from __future__ import annotations

from tests.test_dates_in_pages import of, parse

SUDAN_DIGEST = """
    Sudan war: daily briefing

    Wednesday 19 April 2023

    The Sudanese army said in a statement on Tuesday night that it had retaken the airport in El Obeid.

    Residents reported heavy shelling overnight in the south of the capital.
"""


def test_a_night_named_by_its_day_is_that_day_s_under_the_morning_heading() -> None:
    updates = parse(SUDAN_DIGEST, "2023-04-19")
    assert of(updates, "The Sudanese army said").date == "2023-04-18"
    assert of(updates, "Residents reported heavy shelling").date == "2023-04-19"


MALI_WIRE = """
    Mali army says it retook northern town after jihadist raid

    Saturday, 14 January 2023

    BAMAKO (AFP) - Jihadist fighters stormed an army camp in the northern town of Tessit, the army said.

    The army spokesman said troops regained full control of the camp at around 5 am on Friday.
"""


def test_a_clock_with_the_main_verb_s_day_closing_the_sentence_is_the_act_s() -> None:
    updates = parse(MALI_WIRE, "2023-01-14", tz="Africa/Bamako")
    regained = of(updates, "The army spokesman said")
    assert (regained.date, regained.time) == ("2023-01-13", "05:00")


GAZA_BRIEFING = """
    Daily press briefing by the Office of the Spokesperson

    Thursday, 9 November 2023

    SPOKESPERSON: As you know, the Secretary-General spoke with the Qatari Emir on Monday, and contacts are \
continuing today.

    SPOKESPERSON: The World Food Programme said on Tuesday that its trucks had reached Rafah.
"""


def test_a_day_in_a_sentence_opening_with_what_the_audience_knows_is_background() -> None:
    updates = parse(GAZA_BRIEFING, "2023-11-09", tz="America/New_York")
    assert of(updates, "SPOKESPERSON: As you know").date == "2023-11-09"
    assert of(updates, "SPOKESPERSON: The World Food").date == "2023-11-07"
