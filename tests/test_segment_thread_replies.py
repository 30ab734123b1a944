"""A thread saved from its own page (X, Bluesky): the focused post stamped under its text, the author's posts below it,
and the readers' replies under those, which are no posts of the thread. Pages written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page

from chronik.segment.posts import post_header

BLUESKY_THREAD = """
    Post
    Amira Osman
    @amira-osman.bsky.social
    Follow
    El Fasher, day 2 of the new assault 🧵 What the satellite images and the videos show this morning. 1/4
    ALT
    May 11, 2024 at 7:40 AM
    Everybody can reply
    212 reposts
    1.1K likes
    Amira Osman @amira-osman.bsky.social · 9h
    2/ Fires are visible along the eastern edge of the Abu Shouk camp at dawn. Three blocks of shelters burned.
    14
    88
    Amira Osman @amira-osman.bsky.social · 8h
    3/ The RSF's own channel now claims its fighters hold the livestock market. Quoting the post:
    RSF Media Office @rsf-media.bsky.social · 8h
    Our forces have taken full control of the livestock market in El Fasher.
    9
    40
    Amira Osman @amira-osman.bsky.social · 6h
    4/ Nothing confirms that claim yet. The army says it repelled the attack on the market before noon.
    21
    130
    Yusuf M. @yusufm.bsky.social · 7h
    Any word on the hospital in the south of the city?
    2
    Amira Osman @amira-osman.bsky.social · 6h
    Not yet. I will post when I can verify anything.
    Discover
    Feedback · Privacy · Terms · Help
    """


def test_the_focused_post_takes_the_stamp_under_its_text_past_a_picture_badge() -> None:
    updates = parse_page(BLUESKY_THREAD, dt.datetime(2024, 5, 11, 20, 0), "Africa/Khartoum")
    first = of(updates, "El Fasher, day 2")
    assert (first.kind, first.date, first.time) == ("update", "2024-05-11", "07:40")
    assert 7 in first.lines  # the stamp line is the post's, not a picture's description


def test_the_authors_posts_are_the_threads_and_the_readers_replies_are_asides() -> None:
    updates = parse_page(BLUESKY_THREAD, dt.datetime(2024, 5, 11, 20, 0), "Africa/Khartoum")
    for start in ("2/ Fires are visible", "3/ The RSF's own channel", "4/ Nothing confirms"):
        assert of(updates, start).kind != "aside", start
    # a post quoted right under the quoting text is no reply
    assert of(updates, "Our forces have taken full control").kind != "aside"
    # the reply by another account, and the author's answer below it
    for start in ("Any word on the hospital", "Not yet. I will post"):
        assert of(updates, start).kind == "aside", start


X_THREAD = """
    Post
    Conversation
    Ministry of Defence 🇬🇧
    @DefenceHQ
    Latest Defence Intelligence update on the situation in Ukraine – 3 June 2024.
    8:05 AM · Jun 3, 2024
    ·
    98.1K
    Views
    Ministry of Defence 🇬🇧
    @DefenceHQ
    ·
    Jun 3, 2024
    1/2 On 1 June 2024, Russian forces almost certainly made small advances north of Kharkiv, near Vovchansk.
    41
    212
    Ministry of Defence 🇬🇧
    @DefenceHQ
    ·
    Jun 3, 2024
    2/2 Russia will likely continue to press on the Kharkiv axis to draw Ukrainian reserves from Donetsk.
    33
    180
    Jane Walker
    @jwalker_77
    ·
    Jun 3, 2024
    Thanks for these updates, always useful.
    4
    U.S. Embassy Kyiv
    @USEmbassyKyiv
    ·
    Jun 3, 2024
    The United States condemns Russia's strikes on Kharkiv, which killed six civilians, and will send more interceptors.
    88
    Show more replies
    """


def test_a_reply_under_a_thread_whose_headers_are_split_over_lines_is_an_aside() -> None:
    updates = parse_page(X_THREAD, dt.date(2024, 6, 3), "Europe/London")
    for start in ("1/2 On 1 June 2024", "2/2 Russia will likely"):
        assert of(updates, start).kind != "aside", start
    assert of(updates, "Thanks for these updates").kind == "aside"
    # a long post among the replies is news of its own, whoever posts it
    assert of(updates, "The United States condemns").kind == "update"


def test_a_timeline_without_a_focused_post_keeps_every_accounts_posts() -> None:
    timeline = """
        Ministry of Defence 🇬🇧 @DefenceHQ · Jun 3, 2024
        Russian forces almost certainly made small advances north of Kharkiv, near Vovchansk.
        41
        212
        Air Force of Ukraine @KpsZSU · Jun 3, 2024
        Air defence destroyed 35 of 42 drones launched overnight, the Air Force said.
        12
        80
        """
    updates = parse_page(timeline, dt.date(2024, 6, 3), "Europe/Kyiv")
    assert of(updates, "Air defence destroyed 35").kind == "update"


@pytest.mark.parametrize(("text", "handle"), [
    ("Amira Osman @amira-osman.bsky.social · 9h", "@amira-osman.bsky.social"),  # a domain's label with a hyphen
    ("@news-desk.example.org · May 3", "@news-desk.example.org"),
    ("@jane@mastodon.social · 2d", "@jane@mastodon.social"),
    ("@IDF · Oct 9, 21:05", "@IDF"),
])
def test_a_post_header_reads_a_bluesky_handle_with_a_hyphen(text: str, handle: str) -> None:
    header = post_header(text)
    assert header is not None and header.handle == handle


def test_a_thread_opened_at_its_last_post_keeps_every_line_of_the_posts_above_it() -> None:
    # the thread above the focused post, each post under a one-line header by age; the focused post last, under its
    # author's name and handle, its clock below its text
    page = """
        Thread
        Amira Osman @amira-osman.bsky.social · 3d
        1/ Heavy shelling of the southern districts of El Fasher since dawn, residents report.
        12
        40
        Amira Osman @amira-osman.bsky.social · 2d
        2/ The army says it pushed the attackers back from the airport road.
        8
        31
        Amira Osman
        @amira-osman.bsky.social
        Follow
        3/ The RSF claims it now controls the Naivasha market. No footage confirms it yet.
        May 13, 2024 at 14:05
        Everybody can reply
        """
    updates = parse_page(page, dt.datetime(2024, 5, 15, 9, 0), "Africa/Khartoum")
    lines = sorted(n for u in updates for n in u.lines)
    assert len(lines) == len(set(lines))  # no line twice
    army, rsf = of(updates, "2/ The army says"), of(updates, "3/ The RSF claims")
    assert army is not rsf
    assert (rsf.date, rsf.time) == ("2024-05-13", "14:05")
    assert army.date == "2024-05-13"  # "2d" before the page was saved on the 15th
