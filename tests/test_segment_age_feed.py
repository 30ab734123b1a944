"""A live map's feed that alternates ages with its events, a line each ("18 minutes ago" / "Kherson: shelling of the
Dnipro district" / "1 hour ago" / ...): each age stamps the event under it, counted back from the page's save time,
even when the events do not end as sentences. Pages written for these tests on the war in Ukraine."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

FEED = """
    Ukraine news and incidents today
    Timeline
    18 minutes ago
    Kherson: Russian shelling of the Dnipro district, two people wounded according to the regional administration
    42 minutes ago
    Air Force: 27 of 35 Shahed drones shot down over central and northern regions overnight
    3 hours ago
    Pokrovsk direction: heavy fighting near Myrnohrad as Russian assault groups try to cut the highway
    17 hours ago
    Kharkiv: explosions in the city, air raid alert in the region
    Show more
    """


def test_each_age_of_a_feed_stamps_the_event_under_it() -> None:
    updates = parse_page(FEED, dt.datetime(2024, 11, 30, 10, 20), "Europe/Kyiv")
    first = of(updates, "Kherson: Russian shelling")
    assert first.kind == "update" and first.lines == [3, 4]  # the age line is the event's stamp
    assert (first.date, first.time) == ("2024-11-30", "10:02")
    assert of(updates, "Pokrovsk direction").date == "2024-11-30"
    assert of(updates, "Kharkiv: explosions").date == "2024-11-29"  # counted back past midnight


def test_two_ages_with_events_are_no_feed() -> None:
    short = """
        Related stories
        2 hours ago
        Kharkiv region governor reports shelling of Kupiansk district
        5 hours ago
        Zelensky meets Nordic leaders in Stockholm summit talks
        """
    updates = parse_page(short, dt.datetime(2024, 11, 30, 10, 20), "Europe/Kyiv")
    assert not any(2 in u.lines for u in updates)  # the ages of two related links stay furniture
