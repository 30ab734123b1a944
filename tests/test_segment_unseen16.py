"""Round sixteen of whole pages (``tests/pages/``): a channel's posts copied from its web view, each stamped on the
line under its text by its views and clock ("9.4K 22:31", "18.6K edited 07:45"), under date separators ("June 9"),
with the reactions' counts ("👍 1.1K  😢 402") between a post and its stamp, a post forwarded from another channel,
a post opening with the day of the war ("Day 471 of the full-scale war. Morning summary ...:") over its points, and
the channel's pinned description ("Official English-language channel of ..."); and a social page's posts, each
under its author's name and a header ending with the dot of who may see it ("3h ·", "Yesterday at 7:45 PM ·",
"September 20 at 1:10 PM ·"), with the counters and the action bar under it ("52 comments  318 shares", "Like
Comment  Share"), a shared post ("... shared a post.") over the post it shares, and "See translation". Each test
says what a careful reader expects; every non-blank line is used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from test_segment_property import unaccounted
from test_segment_unseen import META, PAGES, UKRAINE, Page, parse

from chronik.config import Config, Source
from chronik.ingest import read_document
from chronik.segment import prose, segment
from chronik.segment.timestamps import audience_header, find_stamp
from tests.test_dates_in_pages import of
from tests.test_dates_in_pages import parse as parse_text


def saved_at(name: str, saved: dt.datetime) -> Page:
    """The page parsed with the time it was saved as its publication time (ages such as "3h ·" count back from it)."""
    publisher, _, zone = META[name]
    path = PAGES / f"{name}.txt"
    source = Source(id=name, file=path.name, path=path, publisher=publisher, title=None,
                    published=saved.replace(tzinfo=ZoneInfo(zone)), timezone=zone)
    config = Config(root=PAGES, path=PAGES / "config.yaml", title="t", epochs=(UKRAINE,), sources=(source,))
    updates, dropped = segment(read_document(name, path), source, config)
    return Page(read_document(name, path), updates, dropped)


def test_channel_posts_stamped_under_their_text_by_views_and_clock() -> None:
    page = parse("zaporizhzhia_telegram_web")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    posts = [("🔴 Russian troops shelled", "2023-06-08", "22:31"),
             ("Day 471 of the full-scale war", "2023-06-09", "07:45"),
             ("⚡️ Air defence forces", "2023-06-09", "09:02"),
             ("Forwarded from State Emergency", "2023-06-09", "11:20"),
             ("The occupiers struck the outskirts", "2023-06-09", "18:55")]
    for start, date, time in posts:
        update = page.of(start)
        assert (update.kind, update.date, update.time, update.timezone) == ("update", date, time, "Europe/Kyiv")
    assert sum(u.kind == "update" for u in page.reports) == len(posts)
    # a post's lines run to the stamp under it: its second paragraph, its points, what it forwards
    assert page.of("Residents of the frontline communities") is page.of("🔴 Russian troops shelled")
    assert page.of("9.4K 22:31") is page.of("🔴 Russian troops shelled")
    for start in ("• Overnight a drone hit", "• No casualties were reported.", "18.6K edited 07:45"):
        assert page.of(start) is page.of("Day 471 of the full-scale war")
    assert page.of("Rescuers in Zaporizhzhia have finished") is page.of("Forwarded from State Emergency")
    assert page.of("10.3K 18:55") is page.of("The occupiers struck the outskirts")
    # the clock a post's text names is not its stamp
    assert page.of("The occupiers struck the outskirts").time == "18:55"
    assert page.why_dropped("👍 1.1K  😢 402  🙏 318") == "boilerplate: engagement counts"
    assert page.why_dropped("😢 2.7K") == "boilerplate: engagement counts"
    assert page.why_dropped("Official English-language channel of") == "boilerplate: about the publisher"
    for start in ("June 8", "June 9", "Pinned Message", "Mute"):
        assert page.of(start).kind == "aside"


@pytest.mark.parametrize(("text", "time"), [("9.4K 22:31", "22:31"), ("18.6K edited 07:45", "07:45"),
                                            ("830 09:05", "09:05"), ("1,204 edited 23:59", "23:59")])
def test_a_channel_footer_without_dots_stamps_its_post(text: str, time: str) -> None:
    stamp = find_stamp(text)
    assert stamp is not None and stamp.footer and stamp.time == time


@pytest.mark.parametrize("text", ["9.4K people 22:31", "Kyiv 22:31", "2 14:05 local", "25 24:10"])
def test_other_lines_with_a_number_and_a_clock_are_no_footer(text: str) -> None:
    stamp = find_stamp(text)
    assert stamp is None or not stamp.footer


def test_social_page_posts_under_their_author_and_audience_header() -> None:
    page = saved_at("armenian_redcross_facebook", dt.datetime(2023, 9, 22, 18, 30))
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    posts = [("3h  ·", "2023-09-22", None), ("Yesterday at 7:45 PM", "2023-09-21", "19:45"),
             ("September 20 at 1:10 PM", "2023-09-20", "13:10"), ("September 20 at 11:25 AM", "2023-09-20", "11:25")]
    for start, date, time in posts:
        update = page.of(start)
        assert (update.kind, update.date, update.time) == ("update", date, time)
        assert update.title is None  # the author's name over the header is no headline
    assert sum(u.kind == "update" for u in page.reports) == len(posts)
    assert page.of("The psychosocial support team") is page.of("3h  ·")
    assert page.of("Please share: the blood centre") is page.of("September 20 at 1:10 PM")
    assert page.of("The ICRC is ready to act") is page.of("September 20 at 11:25 AM")
    for start in ("Armenian Red Cross Society shared a post.", "ICRC Armenia"):
        assert page.of(start).kind == "aside"
    for start in ("52 comments  318 shares", "👍❤️ 640", "See translation"):
        assert page.why_dropped(start) == "boilerplate: engagement counts"
    assert {page.dropped[n] for n in page.nos("Like  Comment  Share")} == {"boilerplate: engagement counts"}


def test_a_social_page_header_dated_by_its_day() -> None:
    page = parse("armenian_redcross_facebook")  # saved on a day, at no known clock
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    assert (page.of("Yesterday at 7:45 PM").date, page.of("Yesterday at 7:45 PM").time) == ("2023-09-21", "19:45")
    assert page.of("Hot meals were served") is page.of("Yesterday at 7:45 PM")


@pytest.mark.parametrize(("text", "header"), [("April 2 at 8:05 AM  · ", True), ("2h ·", True),
                                              ("Yesterday at 10:02 PM ·", True), ("Privacy · Terms", False),
                                              ("Posts ·", False)])
def test_an_audience_header(text: str, header: bool) -> None:
    assert audience_header(text) is header


@pytest.mark.parametrize(("text", "above"), [
    ("Al-Mismari also claimed that his forces had taken the airport.",
     "The LNA spokesman, Ahmed Al-Mismari, claimed in a press conference that the strike hit a warplane."),
    ("Abu-Hasna said the shelters were full.",
     "UNRWA spokesman Adnan Abu-Hasna told reporters that 20 schools were hit."),
])
def test_a_hyphenated_surname_named_again_carries_the_story_on(text: str, above: str) -> None:
    assert prose.same_person(text, above)


def test_a_surname_not_named_above_does_not() -> None:
    assert not prose.same_person("Al-Mismari also claimed that ...", "The GNA spokesman, Mohammed Gnunu, said ...")


def test_an_item_under_its_day_says_its_act_at_a_hedged_clock() -> None:
    timeline = """
        Timeline of the siege of Mariupol

        3 March

        Russian aircraft bombed the drama theatre at around 16:20, the city council said.

        4 March

        Humanitarian convoys waited at the checkpoint for most of the day.
    """
    updates = parse_text(timeline, "2022-04-01", tz="Europe/Kyiv")
    cut = of(updates, "Russian aircraft bombed")
    assert (cut.date, cut.time) == ("2022-03-03", "16:20")
    assert of(updates, "Humanitarian convoys").time is None


def test_a_meetings_coverage_closing_note_on_its_meeting_is_an_aside() -> None:
    coverage = """
        General Assembly Adopts Resolution Demanding Ceasefire in Ukraine

        The General Assembly today adopted a resolution demanding that Russia withdraw its forces from Ukraine.

        The representative of Ukraine said the vote showed that the world stood with his country.

        The representative of the Russian Federation said the text was one-sided and would not bring peace.

        The meeting began at 10:02 a.m. and ended at 1:17 p.m.
    """
    updates = parse_text(coverage, "2023-02-23", tz="America/New_York")
    assert of(updates, "The meeting began at").kind == "aside"
    assert of(updates, "The representative of the Russian Federation").kind == "update"
