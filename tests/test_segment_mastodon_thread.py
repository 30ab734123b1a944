"""A Mastodon thread as its web page shows it: each post's author name, handle and day or age ("Aug 6", "7h", "34m")
on lines of their own over the text; the focused post stamped under its text with what the site adds ("Aug 15, 2024,
18:20 · Edited · Web"); its counts ("41 boosts · 73 favourites"); and readers' replies that open on the author's
handle, however long. Pages written for these tests on the war in Sudan."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

THREAD = """
    Mastodon
    Post
    Amira Osman
    @amira@mastodon.social
    May 9
    1/ The RSF has cut the last road into El Fasher from the west. Satellite images show new trenches near the airport.
    1+  214  388
    Amira Osman
    @amira@mastodon.social
    7h
    2/ The army says it repelled an attack on the 6th Infantry Division's base before dawn. Nothing confirms it yet.
    2  88  164
    Amira Osman
    @amira@mastodon.social
    3/ Residents report shelling of Abu Shouk camp since noon; the emergency room counts six dead.
    #Sudan #ElFasher
    May 11, 2024, 18:20 · Edited · Web
    41 boosts · 73 favourites
    Yusuf M.
    @yusuf@mstdn.social
    1h
    @amira the trench line near the airport is the tell. You don't dig that for a two-day raid on the western road.
    0  3  19
    Hana
    @hana@infosec.exchange
    34m
    @amira any idea who holds the livestock market now? The RSF channel claimed it this morning.
    1  0  4
    """


def parsed() -> list:
    return parse_page(THREAD, dt.datetime(2024, 5, 11, 20, 0), "Africa/Khartoum")


def test_an_age_under_the_handle_stamps_its_post_on_the_day_of_saving() -> None:
    second = of(parsed(), "2/ The army says")
    assert (second.kind, second.date) == ("update", "2024-05-11")  # not the day of the post above it


def test_the_focused_post_takes_its_stamp_under_the_text_past_the_sites_additions() -> None:
    third = of(parsed(), "3/ Residents report shelling")
    assert (third.kind, third.date, third.time) == ("update", "2024-05-11", "18:20")


def test_replies_opening_on_the_authors_handle_are_asides() -> None:
    updates = parsed()
    for start in ("@amira the trench line", "@amira any idea"):
        assert of(updates, start).kind == "aside", start
    assert not any(u.text.startswith("41 boosts") for u in updates)  # the counts are furniture
