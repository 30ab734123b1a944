"""Feeds stamped by how long ago each event was posted ("4 minutes ago", "2 hours ago"), as a live map shows them:
an icon's category label over each event ("Airstrike", "Clashes"), its age, its text (often with no full stop) and
the link it came from ("Source: t.me/..."); older events carry their day instead ("13 June"). The page's save time,
given as its publication date-time, is what the ages count back from (see :mod:`chronik.segment.ago`)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from test_segment_property import unaccounted
from test_segment_unseen import PAGES, Page

from chronik.config import Config, Source
from chronik.ingest import read_document
from chronik.segment import ago, segment


def _parse(name: str, published: dt.date | dt.datetime, zone: str) -> Page:
    path = PAGES / f"{name}.txt"
    source = Source(id=name, file=path.name, path=path, publisher="Live map", published=published, timezone=zone)
    config = Config(root=PAGES, path=PAGES / "config.yaml", title="t", epochs=(), sources=(source,))
    doc = read_document(name, path)
    updates, dropped = segment(doc, source, config)
    assert unaccounted(doc, updates, dropped) == []
    return Page(doc, updates, dropped)


def test_live_map_feed_of_ages_counts_back_from_the_save_time() -> None:
    saved = dt.datetime(2023, 6, 14, 18, 20, tzinfo=ZoneInfo("Africa/Khartoum"))
    page = _parse("sudan_live_map_feed", saved, "Africa/Khartoum")
    airstrike, clashes = page.of("Sudanese army aircraft"), page.of("RSF says it repelled")
    assert (airstrike.kind, airstrike.date, airstrike.time) == ("update", "2023-06-14", "18:16")
    assert (clashes.date, clashes.time) == ("2023-06-14", "17:30")
    assert "counted back from the page's save time 2023-06-14 18:20" in airstrike.why
    # each age opens its event, and the source link under the text closes it
    assert page.of("4 minutes ago") is airstrike and page.of("Source: t.me/sudan_now") is airstrike
    assert page.of("Source: twitter.com/RSFSudan") is clashes
    # an age in hours is rounded: the day, no clock time
    msf = page.of("MSF: hospital in El Geneina")
    assert page.of("2 hours ago") is msf and page.of("Source: msf.org") is msf
    assert (msf.kind, msf.date, msf.time, msf.title) == ("update", "2023-06-14", None, None)
    assert msf.text.startswith("MSF: hospital")
    # an older event carries its day on the line above its text: its stamp
    unhcr = page.of("UNHCR: more than 120,000")
    assert page.of("13 June") is unhcr and page.of("Source: unhcr.org") is unhcr
    assert (unhcr.date, unhcr.time) == ("2023-06-13", None)
    # the icons' category labels title nothing
    for label in ("Airstrike", "Clashes", "Humanitarian", "Statement", "Displacement"):
        assert page.of(label).kind == "aside", label
    assert sum(u.kind != "aside" for u in page.updates) == 5


def test_a_feed_without_a_save_time_makes_up_no_time() -> None:
    page = _parse("sudan_live_map_feed", dt.date(2023, 6, 14), "Africa/Khartoum")
    airstrike = page.of("Sudanese army aircraft")
    assert (airstrike.date, airstrike.time) == ("2023-06-14", None)
    assert page.of("Source: t.me/sudan_now") is airstrike
    assert page.of("4 minutes ago").kind == "aside" and "no clock time" in page.of("4 minutes ago").why


def test_a_source_link_under_a_text_is_its_provenance() -> None:
    assert ago.provenance("Source: t.me/sudan_now") and ago.provenance("Via @AFP")
    assert ago.provenance("Sources: Ukrainian General Staff")
    assert not ago.provenance("Source: a senior official told reporters on Monday that the talks would resume soon")
    assert not ago.provenance("From the archive")


def test_channel_web_view_stamps_each_message_by_the_footer_under_it() -> None:
    page = _parse("oblast_channel_web_view", dt.date(2022, 5, 20), "Europe/Kyiv")
    forwarded = page.of("Forwarded from Ivan Fedorov")
    assert page.of("❗️ Russian troops shelled Orikhiv") is forwarded and page.of("👁 48.3K") is forwarded
    assert (forwarded.kind, forwarded.date, forwarded.time) == ("update", "2022-05-18", "08:14")
    convoy = page.of("The evacuation convoy")
    assert page.of("👁 61.9K · edited") is convoy and (convoy.date, convoy.time) == ("2022-05-18", "18:02")
    alert = page.of("Air raid alert")
    assert page.of("👁 35.0K") is alert and (alert.date, alert.time) == ("2022-05-19", "03:41")
    # a reply opens at its header; the message it quotes, with its stamp, is not its text nor its time
    reply = page.of("↩️ In reply to")
    assert page.of("All clear.") is reply and page.of("👁 52.2K") is reply and reply is not alert
    assert (reply.date, reply.time) == ("2022-05-19", "05:07") and reply.text.startswith("All clear.")
    # a message's last line, shaped like a headline, is still the message's
    hub = page.of("⚡️ Oleksandr Starukh")
    assert page.of("Addresses and opening hours") is hub and (hub.time, page.of("👁 22.6K") is hub) == ("14:30", True)
    for separator in ("May 18", "May 19"):
        assert page.of(separator).kind == "aside"
    assert sum(u.kind != "aside" for u in page.updates) == 5


def test_news_list_items_after_read_more_keep_their_headlines_and_most_read_is_teasers() -> None:
    page = _parse("agency_feed_read_more", dt.date(2023, 6, 21), "Africa/Khartoum")
    items = [("RSF accuses army of striking market", "15:40, 21 June 2023", "15:40"),
             ("WFP resumes food distribution", "11:20, 21 June 2023", "11:20")]
    for headline, stamp, time in items:
        item = page.of(stamp)
        assert (item.kind, item.title.startswith(headline), item.time) == ("update", True, time)
    assert page.of("Army says it retook bridge").title.endswith("over the Blue Nile in Khartoum North")
    # the box of most-read headlines under the list: teasers, dating nothing
    for line in ("Ceasefire talks in Jeddah suspended", "09:10, 20 June 2023", "Fuel prices triple",
                 "22:45, 19 June 2023"):
        assert page.of(line).kind == "aside", line
    assert sum(u.kind != "aside" for u in page.updates) == 3


def test_post_saved_on_its_own_page_is_stamped_by_the_clock_under_it_and_the_thread_by_split_headers() -> None:
    page = _parse("x_focused_post_thread", dt.date(2024, 6, 14), "Africa/Juba")
    focused = page.of("Situation update on Malakal, 12 June")
    # the post's numbered points and its clock line below its hashtags are the post's
    assert page.of("1. Clashes broke out") is focused and page.of("2. Two people were killed") is focused
    assert page.of("9:15 AM · Jun 12, 2024") is focused
    assert page.of("#SouthSudan") is focused  # (its hashtags close it: see test_segment_unseen24)
    assert (focused.kind, focused.date, focused.time) == ("update", "2024-06-12", "09:15")
    for line in ("Deng M.", "Jun 12", "Replying to @unmissmedia", "Pray for Malakal"):
        assert page.of(line).kind == "aside", line  # a reader's reply is no report
    # the account's next post: its header split over lines ("@unmissmedia" / "·" / "Jun 13") dates it
    later = page.of("Situation update on Malakal, 13 June")
    assert page.of("Jun 13") is later and page.of("2. Humanitarian partners") is later
    assert (later.kind, later.date) == ("update", "2024-06-13")
    assert sum(u.kind != "aside" for u in page.updates) == 2


def test_an_age_in_days_heads_its_event_and_gives_its_day() -> None:
    saved = dt.datetime(2024, 8, 20, 10, 5, tzinfo=ZoneInfo("Europe/Kyiv"))
    page = _parse("donbas_live_map_days", saved, "Europe/Kyiv")
    depot, evacuation = page.of("Ukrainian drones hit"), page.of("Donetsk regional governor")
    assert page.of("a day ago") is depot and page.of("Source: t.me/horlivka_live") is depot
    assert page.of("3 days ago") is evacuation and page.of("Source: t.me/filashkin") is evacuation
    # rounded like an age in hours: the day, no clock time
    assert (depot.kind, depot.date, depot.time) == ("update", "2024-08-19", None)
    assert (evacuation.kind, evacuation.date, evacuation.time) == ("update", "2024-08-17", None)
    assert page.of("Russian artillery shells").date == "2024-08-20"
    assert page.no("a day ago") not in page.dropped and page.no("3 days ago") not in page.dropped
