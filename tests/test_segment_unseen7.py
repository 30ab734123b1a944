"""Round seven of whole pages (``tests/pages/``): what a page says around its news. An encyclopedia timeline whose
table of contents lists its month headings and whose month headings stand over an "[edit]" line ("January 2013" /
"[edit]" / "On 10 January, ..."), a wire story whose title sits under a long menu and whose "Read Next" teasers carry
their own dates over a market-data footer, a humanitarian portal's flash update that says who produced it and that its
figures are preliminary, and a live page with a "Key points" list, a sign-off, a welcome post and an opening post whose
lead-in ends in a colon over one summary line per event. Each test says what a careful reader expects; every
non-blank line is used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
from test_dates_in_pages import parse as parse_text
from test_segment_property import unaccounted
from test_segment_unseen import PAGES, UKRAINE, parse, titled

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Update
from chronik.segment import segment

CONTENTS = "boilerplate: table of contents"




@pytest.mark.parametrize("dated", [True, False])
def test_month_headings_over_edit_links_date_the_items_under_them_in_their_year(dated: bool) -> None:
    page = parse("mali_wiki_months", dated=dated)  # last edited in August 2024: no item is of 2024
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    expected = [("On 10 January", "2013-01-10", None), ("On 11 January", "2013-01-11", None),
                ("14–15 January", "2013-01-14", "2013-01-15"), ("On 28 January", "2013-01-28", None),
                ("On 8 February", "2013-02-08", None), ("On 22 February", "2013-02-22", None),
                ("On 2 March", "2013-03-02", None), ("On 19 March", "2013-03-19", None)]
    for start, day, end in expected:
        u = page.of(start)
        assert (u.kind, u.date, u.date_end, u.date_basis, u.flags) == ("update", day, end, "explicit", []), start
    # an item naming no day is of its month heading's month, not of the day the page was edited
    chad = page.of("Chadian troops moved")
    assert (chad.kind, chad.date, chad.date_end, chad.date_basis) == ("update", "2013-02-01", "2013-02-28", "heading")
    assert all(u.date is not None and u.date.startswith("2013") for u in page.reports)
    # the table of contents repeats the headings: furniture, dating nothing (its first line is no page title)
    for start in ("Contents", "hide", "(Top)", "January 2013", "February 2013", "March 2013"):
        assert page.dropped[page.nos(start)[0]] == CONTENTS, start
    assert page.dropped[page.nos("See also")[0]] == CONTENTS and page.nos("See also")[1] not in page.dropped
    assert all(page.dropped[n] == "boilerplate: edit link" for n in page.nos("[edit]"))
    assert page.of("Timeline of the Mali War (January–March 2013)").kind == "aside"
    assert page.of("The following is a timeline of the Mali War").kind == "aside"  # the page's scope, no event
    assert page.holding(page.nos("January 2013")[1]).kind == "aside"
    page.not_reported("This article is part of a series", "Timeline of the Mali War (2012)", "References", "^ ")


def test_a_month_label_on_a_live_page_leaves_its_stamps_on_their_day() -> None:
    updates = parse_text("""
        Karabakh live

        September 2023

        10:05
        Azerbaijan's defence ministry announced "anti-terrorist measures" in Karabakh.

        09:40
        Shelling was reported in Stepanakert, residents said.
    """, "2023-09-19", "Asia/Baku")
    stamped = [u for u in updates if u.time]
    assert [(u.date, u.time) for u in stamped] == [("2023-09-19", "10:05"), ("2023-09-19", "09:40")]


def test_wire_story_under_a_long_menu_with_dated_read_next_teasers_and_a_market_data_footer() -> None:
    page = titled("myanmar_wire_read_next", "Myanmar junta air strike on village kills at least 40, residents say")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    title = page.of("Myanmar junta air strike on village kills")
    assert (title.kind, title.why.startswith("page title")) == ("aside", True)
    for start in ("By Thant Zin and Mya Aye", "February 6, 2024 3:40 PM"):
        assert page.of(start).kind == "aside", start
    # the labels above the title are the site's sections: they tag none of the story's paragraphs
    assert page.reports and all(u.tags == [] for u in page.reports)
    # a villager quoted to the outlet, in single curly quotes or in none, is the story, not the outlet's appeal
    for start in ("‘We heard the planes", "We buried eleven of our neighbours"):
        assert page.why_dropped(start) is None and page.of(start).kind == "update", start
    # the teasers' dates are theirs: no section, no report dated by them, and the footer under them is furniture
    for start in ("February 4, 2024", "February 1, 2024", "Read Next", "Myanmar's resistance fighters seize"):
        assert page.of(start).kind == "aside", start
    assert not any(u.date in ("2024-02-04", "2024-02-01") for u in page.reports)
    assert page.why_dropped("Market data provided by") == "boilerplate: market data notice"
    page.not_reported("Site Index", "Browse", "Follow Us", "Explainer: Who is fighting whom")


def test_flash_update_says_who_produced_it_and_that_its_figures_are_preliminary() -> None:
    page = titled("haiti_flash_update_portal",
                  "Haiti: Flash Update No. 4 - Violence in Port-au-Prince (as of 20 March 2024)")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    # "This update is produced by ... The next update will be issued on or around 28 March.": about the report
    producer = page.of("This update is produced by OCHA Haiti")
    assert producer.kind == "aside"
    assert not any(u.date == "2024-03-28" for u in page.updates)
    assert page.of("All figures are preliminary").kind == "aside"
    assert page.why_dropped("Crisis Response Portal is a service provided by") == "boilerplate: site service"
    for start, day in (("• Armed groups attacked", "2024-03-18"), ("On 15 March", "2024-03-15"),
                       ("On 19 March", "2024-03-19"), ("WFP said on 18 March", "2024-03-18")):
        u = page.of(start)
        assert (u.kind, u.date) == ("update", day), start


def test_live_page_key_points_sign_off_welcome_post_and_an_opening_post_of_summary_lines() -> None:
    page = titled("sudan_live_key_points",
                  "Sudan war live: RSF shells El Fasher's last working hospital as fighting nears city centre")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    for start in ("Sudan war live: RSF shells", "Aid agencies warn of famine", "Last updated: 10.06.2024",
                  "By Amal Idris", "Key points"):
        assert page.of(start).kind == "aside", start
    # the key points: each its own report of the page's day; the last one is not the title of the stamp below it
    points = [page.of(s) for s in ("MSF says South Hospital", "Army says it repelled", "WFP warns of famine")]
    assert len({id(u) for u in points}) == 3
    assert [(u.kind, u.date, u.time, u.title) for u in points] == [("update", "2024-06-10", None, None)] * 3
    assert all(len(u.lines) == 1 for u in points)
    # a stamp over a sign-off only is an aside; the sign-off is furniture
    assert page.of("19:05 GMT").kind == "aside"
    assert page.why_dropped("That's all from us for today") == "boilerplate: sign-off"
    assert [(u.date, u.time) for u in page.reports if u.time] == [("2024-06-10", t) for t in ("18:40", "16:10",
                                                                                             "12:25")]
    assert page.of("\"The attack is outrageous,\"") is page.of("16:10 GMT")
    assert not any(u.tags for u in page.reports if u.time)  # "Key points" labels its list only
    # the welcome post and the opening post's stamp and lead-in: asides, page furniture a reader skips
    for start in ("09:30 GMT", "Good morning and welcome", "07:00 GMT", "Welcome to our continuing coverage"):
        assert page.of(start).kind == "aside", start
    # the summary lines under the lead-in: one report each, dated by its own weekday
    summary = [("Sudan's army said on Sunday", "2024-06-09"), ("Thousands of people fled", "2024-06-08"),
               ("The UN Security Council held", "2024-06-09")]
    units = [page.of(start) for start, _ in summary]
    assert len({id(u) for u in units}) == 3
    assert [(u.kind, u.date, u.time, len(u.lines)) for u in units] == [("update", d, None, 1) for _, d in summary]
    page.not_reported("More on this story", "El Fasher: why the last city", "Opinion: The world is looking away")


def test_a_post_labelled_summary_is_a_digest_each_line_at_the_post_s_clock() -> None:
    # (a summary is a digest, one report a line, as the blind sets ZZM and ZZZZH read the summaries of live pages)
    updates = parse_text("""
        08:00 GMT
        Summary
        Here's a recap of the latest developments:
        Drones struck a fuel depot in Port Sudan, the army said.
        The RSF said it had taken a base near El Obeid.
    """, "2024-05-14")
    lines = [u for u in updates if u.kind == "update"]
    assert [(u.text.split()[0], u.time) for u in lines] == [("Drones", "08:00"), ("The", "08:00")]


def test_a_newsletter_welcome_is_an_aside_and_its_today_dates_nothing() -> None:
    welcome = ("Good morning. Israel widens strikes in southern Lebanon and the UN warns of hunger in Gaza. "
               "Here is what you need to know today.")
    updates = parse_text(f"""
        {welcome}

        Yesterday, the Israeli military said it had struck more than 80 targets in southern Lebanon.

        The UN agency for Palestinian refugees said yesterday that aid deliveries had fallen to their lowest level.
    """, "2024-11-14", "Asia/Jerusalem")
    assert next(u for u in updates if u.text.startswith("Good morning.")).kind == "aside"
    for start in ("Yesterday, the Israeli military", "The UN agency for Palestinian"):
        u = next(u for u in updates if u.text.startswith(start))
        assert (u.kind, u.date) == ("update", "2024-11-13"), start


def test_a_greeting_over_news_of_its_own_stays_a_report() -> None:
    post = ("Good morning from Kyiv, where air raid sirens sounded overnight. Russia launched 40 drones at the "
            "capital, the air force said. Four people were injured by falling debris. Here is the latest.")
    updates = parse_text(post, "2024-03-12", "Europe/Kyiv")
    assert [u.kind for u in updates] == ["update"]


def test_month_heading_section_is_read_from_the_heading_not_the_page_date() -> None:
    page = parse("mali_wiki_months")
    chad = page.of("Chadian troops moved")
    assert "the month heading 'February 2013'" in chad.why


def _segment_titled(text: str, title: str | None, published: str, zone: str) -> list[Update]:
    source = Source(id="page", file="page.txt", path=PAGES / "page.txt", publisher="Balkan Desk", title=title,
                    published=dt.date.fromisoformat(published), timezone=zone)
    config = Config(root=PAGES, path=PAGES / "config.yaml", title="t", epochs=(UKRAINE,), sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("page", lines), source, config)[0]


def test_a_live_page_s_dek_date_and_byline_over_share_buttons_are_its_header() -> None:
    title = "Live updates | Serbia and Kosovo tensions at the border"
    updates = _segment_titled(f"""
        {title}
        Police say barricades were removed at Jarinje overnight as talks between the two sides resumed in Brussels.
        14 December 2022
        By Balkan Desk
        Share
        Tweet
        21:30
        EU envoy Miroslav Lajčák said both sides had agreed to remove the barricades.
        18:05
        Kosovo police said a patrol came under fire near Rudare overnight.
    """, title, "2022-12-15", "Europe/Belgrade")  # saved the day after
    by_line = {n: u for u in updates for n in (*u.lines, *u.title_lines)}
    assert [by_line[n].kind for n in (1, 2, 3, 4)] == ["aside"] * 4
    assert [(u.date, u.time, u.date_basis) for u in updates if u.kind != "aside"] == [
        ("2022-12-14", "21:30", "timestamp"), ("2022-12-14", "18:05", "timestamp")]


def test_a_day_counter_in_a_related_list_is_a_teaser_not_a_section() -> None:
    updates = _segment_titled("""
        Russia-Ukraine war: List of key events, day 500

        Russian drones struck Odesa overnight, the regional governor said.

        Related

        Russia-Ukraine war: List of key events, day 499

        What do the grain deal talks mean for Ukraine?
    """, None, "2023-07-08", "Europe/Kyiv")
    teaser = next(u for u in updates if u.text.endswith("day 499"))
    assert teaser.kind == "aside" and teaser.why.startswith("related link")


def test_a_month_heading_on_the_first_line_is_a_section_not_the_page_title() -> None:
    updates = parse_text("""
        October 2015
        On 7 October, Russian warships in the Caspian Sea fired cruise missiles at targets in Syria.
        On 30 October, foreign ministers met in Vienna for talks on a political transition.
        November 2015
        On 24 November, a Turkish F-16 shot down a Russian Su-24 near the Syrian border.
    """, "2024-02-01", "UTC")  # an excerpt saved years later, with no title line
    heading = next(u for u in updates if u.text == "October 2015")
    assert (heading.kind, heading.date, heading.date_basis) == ("aside", "2015-10-01", "heading")
    assert [u.date for u in updates if u.kind != "aside"] == ["2015-10-07", "2015-10-30", "2015-11-24"]


def test_key_points_over_a_page_of_titled_stamps_leave_the_first_stamp_its_headline() -> None:
    updates = parse_text("""
        Key points
        Drone attack on Kharkiv power plant
        Zelensky meets Nato chief in Kyiv
        Kyiv says air defences intercepted 30 drones
        09:40
        Ukraine's air force said it had intercepted 30 of 34 drones overnight.
        Nato chief visits Kyiv
        08:15
        Nato Secretary General Jens Stoltenberg arrived in Kyiv for talks with Zelensky.
    """, "2024-04-29", "Europe/Kyiv")
    stamped = [(u.time, u.title) for u in updates if u.time]
    assert stamped == [("09:40", "Kyiv says air defences intercepted 30 drones"), ("08:15", "Nato chief visits Kyiv")]
    points = [u for u in updates if u.kind != "aside" and not u.time]
    assert [u.text for u in points] == ["Drone attack on Kharkiv power plant", "Zelensky meets Nato chief in Kyiv"]


def test_a_short_post_opening_with_a_greeting_is_still_news() -> None:
    updates = parse_text("""
        08:05
        Good morning. Russian missiles hit Lviv overnight, the mayor said.
        07:30
        Good morning!
        Hello and welcome to our live coverage of the war in Ukraine.
    """, "2024-03-12", "Europe/Kyiv")
    lviv = next(u for u in updates if "Lviv" in u.text)
    assert (lviv.kind, lviv.time) == ("update", "08:05")
    assert all(u.kind == "aside" for u in updates if u is not lviv)


def test_a_summary_line_s_quote_carries_it_on() -> None:
    updates = parse_text("""
        06:00
        Welcome to our continuing coverage of the war in Sudan. Here are the latest developments:
        The RSF said on Sunday that it had taken the town of Singa, the capital of Sennar state.
        "Our forces are in full control," an RSF commander said in a video.
        The UN said on Saturday that 25,000 people had fled Sennar in a week.
    """, "2024-07-01", "Africa/Khartoum")
    singa = next(u for u in updates if u.text.startswith("The RSF said"))
    assert singa.kind == "update" and '"Our forces are in full control,"' in singa.text
    assert next(u for u in updates if u.text.startswith("The UN said")) is not singa
