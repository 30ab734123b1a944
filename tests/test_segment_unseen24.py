"""Round 24 of unseen formats: social-media threads saved from a browser (an X thread with a quoted post, an emoji-
marked list and hashtags, told in its account's voice; a Mastodon thread; a video page)."""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.segment.blocks import strip_bullet
from tests.attribution_cases import annotated, wars_fixture
from tests.page_cases import of, parse_page

_X_THREAD = """\
    Post
    Conversation
    Israel Defense Forces
    @IDF
    1/3 Overnight, IDF fighter jets struck 40 Hezbollah targets in southern Lebanon, including launchers.
    9:12 PM · Oct 21, 2024
    12K Views
    Israel Defense Forces
    @IDF
    ·
    Oct 21
    2/3 The strikes came after more than 80 projectiles were fired at northern Israel over the day. \
Our aerial defenders intercepted most of them 👇
    Israeli Air Force
    @IAFsite
    ·
    Oct 21
    Tonight IAF aircraft intercepted a UAV that crossed from Lebanon towards the Galilee. No injuries were reported.
    41
    230
    1.9K
    88K
    Israel Defense Forces
    @IDF
    ·
    Oct 21
    3/3 Targets struck over the past day:
    🔸 rocket launchers ‒ 25
    🔸 weapons depots ‒ 9
    🔸 command posts ‒ 6
    #IDF #Lebanon
    77
    310
    2.4K
    140K
"""


def _thread() -> list:
    return parse_page(_X_THREAD, dt.datetime(2024, 10, 21, 23, 40), "Asia/Jerusalem")


def test_a_post_quoted_under_a_threads_text_is_that_posts() -> None:
    updates = _thread()
    post = of(updates, "2/3 The strikes came")
    assert "Tonight IAF aircraft intercepted" in post.text
    assert not any(u.text.startswith("Tonight IAF") for u in updates)


def test_an_emoji_marked_list_and_the_hashtags_close_their_post() -> None:
    post = of(_thread(), "3/3 Targets struck")
    assert "weapons depots ‒ 9" in post.text and "command posts ‒ 6" in post.text
    assert not any(u.text.startswith(("rocket launchers", "#IDF")) for u in _thread())


def test_emoji_list_markers() -> None:
    assert strip_bullet("🔹 tanks ‒ 12 (+1)") == ("tanks ‒ 12 (+1)", True)
    assert strip_bullet("▶️ Strikes on Avdiivka") == ("Strikes on Avdiivka", True)
    assert strip_bullet("✅ Done") == ("Done", True)
    assert strip_bullet("✅Done") == ("✅Done", False)  # (no space: an emoji in the word, no marker)


WARS = {"levant": ("""
    defaults: extend
    sides:
      israeli: Israel
      hezbollah: Hezbollah
    polities:
      - {name: Israel, side: israeli, adjective: Israeli, government: Government of Israel,
         forms: [Israel, Israeli, Jerusalem]}
      - {name: Hezbollah, side: hezbollah, adjective: Hezbollah, government: Hezbollah, forms: [Hezbollah]}
""", """
    defaults: extend
    places:
      - {name: Nabatieh}
""")}

wars = wars_fixture(WARS)


@pytest.mark.parametrize(("publisher", "text", "who", "side"), [
    # a state's body on its own account: the posts that name no one else are its own
    ("Israel Defense Forces (@IDF) on X", "Overnight, our fighter jets struck 40 Hezbollah targets near Nabatieh.",
     "Israel Defense Forces", "israeli"),
    ("Israel Defense Forces (Telegram)", "Sirens sounded in the Galilee; two launches crossed from Lebanon.",
     "Israel Defense Forces", "israeli"),
    # a post that quotes someone else keeps its speaker
    ("Israel Defense Forces (@IDF) on X", "Hezbollah said it fired 30 rockets at a base near Safed.", "Hezbollah",
     "hezbollah"),
])
def test_a_state_bodys_own_account_speaks_its_posts(wars, publisher, text, who, side):
    got_who, got_side = annotated(wars["levant"], publisher, text)
    assert got_side == side and who in (got_who or "")


_MASTODON_THREAD = """\
    Mastodon
    Create account
    Login
    Back
    Post
    Sahel Watch
    @sahelwatch@mstdn.social
    Thread on the fighting around Boulkessi. The army says it repelled an attack on its camp overnight. (1/)
    #Mali #Sahel
    Jun 2, 2024, 07:40
    ·
    88 boosts
    ·
    104 favourites
    Jun 2
    Sahel Watch
    @sahelwatch@mstdn.social
    2/ Local sources say at least 12 soldiers were killed and a convoy was burnt on the road to Mondoro.
    Jun 2
    Amadou K
    @amadouk@mastodon.africa
    @sahelwatch Phones are down in Boulkessi since this morning, nobody can reach family there.
    Jun 2
    Sahel Watch
    @sahelwatch@mstdn.social
    @amadouk Thank you, we are hearing the same. Stay safe.
    5h
    Sahel Watch
    @sahelwatch@mstdn.social
    3/ The army now says the camp is under its control and that reinforcements arrived from Sévaré.
    mstdn.social is one of the many independent Mastodon servers you can use to participate in the fediverse.
"""


def _mastodon() -> list:
    return parse_page(_MASTODON_THREAD, dt.datetime(2024, 6, 4, 20, 10), "Africa/Bamako")


def _holding(updates: list, line: int):
    return next(u for u in updates if line in u.lines or line in u.title_lines)


def test_a_mastodon_posts_day_over_its_author_stamps_it() -> None:
    updates = _mastodon()
    second = _holding(updates, 18)
    assert second.kind == "update" and second.date == "2024-06-02" and {15, 16, 17, 18} <= set(second.lines)
    third = _holding(updates, 30)
    assert third.date == "2024-06-04" and {27, 28, 29} <= set(third.lines)  # "5h": the day it was saved


def test_the_threads_first_post_opens_at_its_authors_name() -> None:
    first = _holding(_mastodon(), 8)
    assert first.kind == "update" and {6, 7, 8, 9, 10} <= set(first.lines) and first.time == "07:40"
    assert first.date == "2024-06-02"


def test_replies_under_a_thread_are_asides() -> None:
    updates = _mastodon()
    for line in (19, 20, 21, 22, 23, 24, 25, 26):  # a reader's reply, and the author's answer to it
        assert _holding(updates, line).kind == "aside", line


def test_mastodon_counts_and_handles_are_no_contact_lines() -> None:
    updates = _mastodon()
    assert 12 not in {n for u in updates if u.kind != "aside" for n in u.lines}  # "88 boosts"
    assert 7 in _holding(updates, 8).lines  # "@sahelwatch@mstdn.social" is a handle, not an e-mail address


_VIDEO_PAGE = """\
    Sudan: fighting reaches the outskirts of El Fasher | France 24 English
    FRANCE 24 English
    9.1M subscribers
    Subscribe
    1,204,551 views  May 14, 2024  #Sudan #ElFasher
    The Rapid Support Forces said on Tuesday that its fighters had taken positions east of El Fasher, \
the last city in Darfur held by the army.
    The army said its aircraft struck RSF vehicles on the eastern road and that the city remained under its control.
    In this video, our correspondent reports from Adré on the Chadian border, where thousands have arrived this week.
    Chapters:
    00:00 Intro
    02:10 Fighting east of El Fasher
    06:45 Refugees in Chad
    11:30 What comes next
    @amira.s 3 days ago
    My cousins are still in Abu Shouk camp. We have not heard from them since Sunday.
    @sahel_watch 2 days ago (edited)
    The map at 02:10 is already out of date.
"""


def _video() -> list:
    return parse_page(_VIDEO_PAGE, dt.date(2024, 5, 14), "Africa/Khartoum",
                      title="Sudan: fighting reaches the outskirts of El Fasher | France 24 English")


def test_a_videos_chapter_marks_are_no_clock_times() -> None:
    updates = _video()
    for line in (10, 11, 12, 13):
        chapter = _holding(updates, line)
        assert chapter.kind == "aside" and chapter.time is None, line


def test_a_videos_views_line_and_note_on_itself_stand_apart_from_its_description() -> None:
    updates = _video()
    assert _holding(updates, 5).kind == "aside"  # "1,204,551 views  May 14, 2024  #Sudan"
    assert _holding(updates, 8).kind == "aside"  # "In this video, our correspondent reports from ..."
    rsf, army = _holding(updates, 6), _holding(updates, 7)
    assert rsf.kind == "update" and 5 not in rsf.lines and army.kind == "update"


def test_a_video_sites_comments_are_asides() -> None:
    updates = _video()
    for line in (14, 15, 16, 17):
        assert _holding(updates, line).kind == "aside", line
