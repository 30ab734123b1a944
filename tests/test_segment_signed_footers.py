"""A live page that closes each post with its author's name, day and clock, the name run into the day as the page
copies them ("Jamie Ferris22 June 2025 12:47"): each such line stamps the post above it, its headline and text; a
news feed's headline ending in a label of what the story holds ("... on 2 January PHOTO") is its stamp's item, not a
link to another day's page. Pages written for these tests."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

LIVE = """
    Sudan war live: army says it has retaken Wad Madani
    Anna Kovacs and Peter Osei
    Saturday 11 January 2025 18:02 GMT

    Army says it has entered Wad Madani
    Sudan's army said its forces had entered Wad Madani, the capital of Gezira state, on Saturday morning.
    Residents reported heavy gunfire in the eastern districts.
    Peter Osei11 January 2025 16:40

    RSF denies losing the city
    The Rapid Support Forces said their fighters still held the city centre and called the army's claim "lies".
    Anna Kovacs11 January 2025 13:05

    UN warns of new displacement in Gezira
    The UN said thousands of people had fled villages south of the city overnight.
    Anna Kovacs 10 January 2025 23:10
    """


def test_each_post_is_stamped_by_the_signed_line_under_it() -> None:
    updates = parse_page(LIVE, dt.date(2025, 1, 11), "Africa/Khartoum")
    army = of(updates, "Sudan's army said")
    assert (army.date, army.time, army.title) == ("2025-01-11", "16:40", "Army says it has entered Wad Madani")
    assert "Residents reported" in army.text
    rsf = of(updates, "The Rapid Support Forces said")
    assert (rsf.date, rsf.time) == ("2025-01-11", "13:05")
    un = of(updates, "The UN said")  # (the name and the day apart: the same line)
    assert (un.date, un.time) == ("2025-01-10", "23:10")


def test_one_signed_line_alone_stamps_nothing() -> None:
    article = """
        Army says it has entered Wad Madani

        Sudan's army said its forces had entered Wad Madani, the capital of Gezira state, on Saturday morning.

        Peter Osei11 January 2025 16:40
        """
    updates = parse_page(article, dt.date(2025, 1, 11), "Africa/Khartoum")
    assert of(updates, "Sudan's army said").time is None


def test_a_feed_headline_ending_in_a_media_label_is_its_stamps_item() -> None:
    feed = """
        Friday, 5 January 2024
        12:31
        Air defence downs drones over Odesa Oblast – Southern Defence Forces
        10:42
        Prosecutors identify missile used in Kharkiv strike on 2 January PHOTO
        07:45
        Russians shell Kherson: bus stop hit – Prokudin VIDEO
        """
    updates = parse_page(feed, dt.date(2024, 1, 5), "Europe/Kyiv")
    item = of(updates, "Prosecutors identify missile")
    assert (item.kind, item.time, item.date) == ("update", "10:42", "2024-01-05")


def test_a_live_post_stamped_with_its_day_and_clock_apart_by_a_slash() -> None:
    live = """
        Israel-Hezbollah ceasefire: live updates

        Nov 27, 2024 / 12:56 PM EST
        Hamas says it is ready for a Gaza ceasefire
        A senior Hamas official said Wednesday the group had told mediators it was ready for a deal.
        By Jane Roe

        Nov 26, 2024 / 9:04 PM EST
        Truce takes effect in Lebanon
        The ceasefire between Israel and Hezbollah took effect at 4 a.m. local time, officials said.
        """
    updates = parse_page(live, dt.date(2024, 11, 27), "America/New_York")
    hamas = of(updates, "A senior Hamas official")
    assert (hamas.date, hamas.time, hamas.timezone) == ("2024-11-27", "12:56", "America/New_York")
    truce = of(updates, "The ceasefire between")
    assert (truce.date, truce.time) == ("2024-11-26", "21:04")
