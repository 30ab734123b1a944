"""A monitor's list of incident cards: each card's type over its date line, its place, its text and its tally
("Shelling" / "14/03/2024" / "Kupiansk, Kharkiv oblast" / ... / "Killed: 2 · Injured: 5") is one update dated by
its own date line, its type its title; the place and tally are its lines, not titles or section labels of their own.
A live page whose days head its posts keeps its days as sections. Pages written for these tests."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

CARDS = """
    Conflict Monitor
    Incident list
    Showing 3 of 120 incidents · Most recent first
    Shelling
    14/03/2024
    Kupiansk, Kharkiv oblast
    Artillery shells hit a residential street in the centre of Kupiansk in the afternoon, damaging a school.
    Killed: 2 · Injured: 5
    Drone strike
    11/03/2024
    Nikopol, Dnipropetrovsk oblast
    A drone dropped explosives on a bus stop near the market of Nikopol, local sources reported.
    Killed: 0 · Injured: 3
    Missile strike
    02/03/2024
    Odesa
    A missile hit an apartment block in the Kyivskyi district of Odesa at night; rescuers worked until morning.
    Killed: 12 · Injured: 8
    Load more
    """


def test_each_card_is_one_update_dated_by_its_date_line() -> None:
    updates = parse_page(CARDS, dt.date(2024, 3, 15), "Europe/Kyiv")
    for start, day, title in (("Kupiansk", "2024-03-14", "Shelling"), ("Nikopol", "2024-03-11", "Drone strike"),
                              ("Odesa", "2024-03-02", "Missile strike")):
        card = of(updates, start)
        assert card.kind == "update" and card.date == day and card.title == title
        assert len(card.lines) == 4  # the date line, the place, the text and the tally
        assert "Killed:" in card.text
    assert not any(u.text.startswith("Killed:") for u in updates)


LIVE_DAYS = """
    Ukraine war live: strikes on Kharkiv
    Tuesday, 12 March 2024
    Kharkiv hit again
    Russian missiles struck Kharkiv in the evening, the regional governor said.
    Monday, 11 March 2024
    Odesa port attacked
    Ukraine's navy said drones attacked the port of Odesa overnight.
    """


def test_a_live_pages_days_stay_its_sections() -> None:
    updates = parse_page(LIVE_DAYS, dt.date(2024, 3, 12), "Europe/Kyiv")
    assert of(updates, "Russian missiles struck").date == "2024-03-12"
    assert of(updates, "Ukraine's navy said").date == "2024-03-11"
    assert not any(u.text.startswith("Kharkiv hit again") and u.kind != "aside" for u in updates)
