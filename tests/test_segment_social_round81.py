"""Round 81 of segmentation: pages saved from social sites and forums, where readers' comments are not reports. A
page's Facebook timeline (each post under its "Oct 2, 2020 · 🌍" line, readers' comments under it closed by their
"2d  Like  Reply" footers); a forum's live thread (the poster's numbered notes, one without its clock, lines quoted
with ">", and readers' comments under old and new layouts' headers)."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

from chronik.segment.classify import _COMMENT_HEADER
from chronik.segment.comments import comment_footer
from chronik.segment.posts import page_post_header


def test_a_page_posts_header_gives_its_day_and_clock() -> None:
    header = page_post_header("Oct 2, 2020 · 🌍")
    assert header is not None and header.date_text == "Oct 2, 2020" and header.time is None
    header = page_post_header("12 March at 18:40 · Public")
    assert header is not None and header.date_text == "12 March" and header.time == "18:40"
    header = page_post_header("3d · 👥")
    assert header is not None and header.age == "3d"
    assert page_post_header("Oct 2, 2020 · Yerevan") is None  # a place, not who may see the post
    assert page_post_header("Updates · 🌍") is None


def test_a_comments_footer_is_its_age_and_buttons() -> None:
    assert comment_footer("2d  Like  Reply  See translation  31")
    assert comment_footer("Like · Reply · 5h")
    assert comment_footer("1w Like Reply Edited")
    assert not comment_footer("Like  Reply")  # (no age: a page's own bar)
    assert not comment_footer("Like and share our page to follow the news")


MINISTRY_PAGE = """
    Ministry of Defence of Armenia
    Posts
    About
    Oct 2, 2020 · 🌍
    The enemy resumed shelling of the positions of the Defence Army in the northern direction overnight.
    All attacks were repelled, the ministry's spokesperson Shushan Stepanyan said.
    See translation
    👍 4.1K
    612 comments  1.2K shares
    Like
    Comment
    Share
    Aram Petrosyan
    Glory to our soldiers! They will never pass.
    2d  Like  Reply  See translation  31
    Lusine Harutyunyan
    My brother is in Martakert and says the shelling is heavy since morning.
    2d  Like  Reply
    Oct 3, 2020 · 🌍
    The Defence Army shot down two unmanned aerial vehicles over Stepanakert.
    Civilian infrastructure in the town was hit, the spokesperson said.
    See translation
    👍 2.9K
    Like
    Comment
    Share
    """


def test_a_page_post_runs_from_its_header_over_its_paragraphs() -> None:
    page = parse_page(MINISTRY_PAGE, dt.date(2020, 10, 4), "Asia/Yerevan")
    first = of(page, "The enemy resumed shelling")
    assert first.lines == [4, 5, 6] and first.date == "2020-10-02" and first.kind != "aside"
    second = of(page, "The Defence Army shot down")
    assert second.lines == [19, 20, 21] and second.date == "2020-10-03"


def test_readers_comments_under_a_page_post_are_asides() -> None:
    page = parse_page(MINISTRY_PAGE, dt.date(2020, 10, 4), "Asia/Yerevan")
    for line in (13, 14, 15, 16, 17, 18):
        held = [u for u in page if line in u.lines]
        assert held and held[0].kind == "aside", line
    # a comment's news-like words ("says the shelling is heavy") are still a reader's
    assert of(page, "My brother is in Martakert").kind == "aside"


def test_a_line_with_like_and_reply_but_no_comment_above_stays_where_it_was() -> None:
    page = parse_page("""
        Sep 14, 2022 · 🌍
        Border guards report renewed fire near Jermuk.

        Like Reply 2h
        """, dt.date(2022, 9, 14), "Asia/Yerevan")
    assert of(page, "Border guards report").lines[:2] == [1, 2]


def test_forum_comment_headers_in_old_and_new_layouts() -> None:
    for header in ("[–] gaza_osint 9 hr. ago · 1.4k points", "[–]sudan_watch 212 points 3 hours ago",
                   "[+] DeletedUser 2 hr. ago", "[–] AutoModerator 5 hr. ago · stickied comment",
                   "kharkiv_local · 5 hr. ago · 212 points", "tigray_notes · 2 hr. ago · 🏅 x3"):
        assert _COMMENT_HEADER.match(header), header
    assert not _COMMENT_HEADER.match("r/worldnews • 14 hr. ago")  # (the community over the thread)
    assert not _COMMENT_HEADER.match("Khartoum · 3 hr. ago · updated")


LIVE_THREAD = """
    r/worldnews
    Posted by u/LiveThreadBot
    Israel-Hamas war: live thread (October 8)
    All times UTC. Sort by new.
    Update 1 (06:10 UTC): IDF says fighting continues in Sderot and Be'eri.
    Update 2 (07:45 UTC): Israeli cabinet formally declares a state of war.
    > Citizens of Israel, we are at war
    Update 3: Hezbollah fires mortars at three Israeli positions in the Shebaa Farms area.
    ~~Reports of a ground incursion from Lebanon~~ denied by the IDF.
    Update 4 (09:30 UTC): UN Security Council to meet in closed session on Sunday.
    Reminder: Rule 2 - no unsourced claims.
    [–] levant_mapper 8 hr. ago · 2.2k points
    Mortar fire confirmed by Lebanese media too.
    [–] first_time_poster 7 hr. ago · 312 points
    > formally declares a state of war
    first time since 1973
    """


def test_a_quoted_line_goes_with_the_note_above_it() -> None:
    page = parse_page(LIVE_THREAD, dt.date(2023, 10, 8), "UTC")
    note = of(page, "Israeli cabinet formally declares")
    assert note.lines == [6, 7] and note.time == "07:45"


def test_a_numbered_note_without_its_clock_is_a_note_of_its_own() -> None:
    page = parse_page(LIVE_THREAD, dt.date(2023, 10, 8), "UTC")
    note = of(page, "Update 3: Hezbollah fires")
    assert note.lines == [8, 9] and note.kind != "aside" and note.date == "2023-10-08"
    assert of(page, "UN Security Council to meet").lines == [10]


def test_forum_comments_and_their_quotes_are_asides() -> None:
    page = parse_page(LIVE_THREAD, dt.date(2023, 10, 8), "UTC")
    for line in range(12, 17):
        held = [u for u in page if line in u.lines]
        assert not held or held[0].kind == "aside", line


def test_an_untimed_update_label_under_a_single_timed_note_goes_on_with_it() -> None:
    # one stamped note is no thread of numbered notes: "Update 2:" under it is read as the post going on
    page = parse_page("""
        Update 1 (21:10 UTC): RSF fighters enter the market of Nyala, residents say.
        Update 2: Residents say the fighters withdrew after an hour.
        """, dt.date(2023, 5, 20), "UTC")
    assert of(page, "RSF fighters enter").lines == [1, 2]
