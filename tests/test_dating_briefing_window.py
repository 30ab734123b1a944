"""A daily briefing's lead-in naming its window, the 24 hours up to a morning ("Here is what the army reported in the
24 hours to Thursday morning:"), covers that day and the day before: an item naming the day before ("on Wednesday",
anywhere in its sentence) is of that day, one naming the morning's day is of that day, not both of the lead-in's
morning. A page written for these tests on the war in Sudan."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

BRIEFING = """
    Day 570: army repels RSF attack on El Fasher
    A daily briefing on the fighting in Sudan.
    (Nov. 7, 2024)
    Here is what the army and the RSF reported in the 24 hours to Thursday morning:
    Darfur
    • The army said its troops repelled an RSF attack on the eastern edge of El Fasher on Wednesday.
    • Some 40 shells were fired at the Abu Shouk camp on Wednesday evening, the camp's coordinators said.
    • The RSF said on Thursday that it had taken a base near Mellit.
    """


def test_a_briefings_window_covers_the_day_before_its_morning() -> None:
    updates = parse_page(BRIEFING, dt.date(2024, 11, 7), "Africa/Khartoum",
                         title="Day 570: army repels RSF attack on El Fasher")
    assert of(updates, "The army said").date == "2024-11-06"
    assert of(updates, "Some 40 shells").date == "2024-11-06"
    assert of(updates, "The RSF said on Thursday").date == "2024-11-07"
