"""Whole saved pages in formats the seeds do not have, from other outlets and wars (``tests/pages/``).

Each page is written the way a person saves one: the page text with its menus, cookie and newsletter
prompts, share buttons, captions with credits, related-article teasers and footers. Each test states what
a careful reader expects: how many updates, their dates, times, zones and titles, what is left out as
furniture — and, for every page, that every non-blank line is used exactly once.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_segment_property import unaccounted

from chronik.config import Config, Epoch, Source
from chronik.ingest import read_document
from chronik.model import Document, Dropped, Update
from chronik.segment import segment

PAGES = Path(__file__).resolve().parent / "pages"
UKRAINE = Epoch("full-scale invasion", dt.date(2022, 2, 24))

# page → (publisher, published, time zone the user gives the source)
META = {
    "guardian_live": ("The Guardian", "2024-03-12", "Europe/London"),
    "aljazeera_live": ("Al Jazeera", "2024-03-12", "Asia/Qatar"),
    "isw_assessment": ("Institute for the Study of War", "2024-03-12", "America/New_York"),
    "kyiv_independent_digest": ("The Kyiv Independent", "2024-03-12", "Europe/Kyiv"),
    "bbc_live": ("BBC News", "2022-03-14", "Europe/Kyiv"),
    "wikipedia_timeline": ("Wikipedia", "2024-04-05", "UTC"),
    "wiki_list_timeline": ("Wikipedia", "2023-10-20", "UTC"),
    "ap_wire": ("Associated Press", "2024-03-12", "America/New_York"),
    "reuters_wire": ("Reuters", "2023-11-02", "UTC"),
    "x_thread": ("Defence of Ukraine", "2022-03-03", "Europe/Kyiv"),
    "telegram_channel": ("Ukrainian Air Force", "2024-03-12", "Europe/Kyiv"),
    "ministry_press": ("Ministry of Foreign Affairs of Ukraine", "2022-03-04", "Europe/Kyiv"),
    "euro_day_digest": ("Euronews", "2023-04-12", "Europe/Paris"),
    "kyivpost_live_crlf": ("Kyiv Post", "2024-03-13", "Europe/Kyiv"),
    "toi_liveblog": ("The Times of Israel", "2023-10-09", "Asia/Jerusalem"),
    "cnn_live": ("CNN", "2023-10-09", "America/New_York"),
    "aljazeera_key_events": ("Al Jazeera", "2023-04-11", "Asia/Qatar"),
    "general_staff_losses": ("General Staff of the Armed Forces of Ukraine", "2024-03-13", "Europe/Kyiv"),
    "france24_story": ("France 24", "2023-10-09", "Europe/Paris"),
    "newsfeed_list": ("Ukrinform", "2024-03-12", "Europe/Kyiv"),
    "kremlin_releases": ("President of Russia", "2024-03-12", "Europe/Moscow"),
    "ocha_flash_update": ("OCHA", "2023-10-10", "Asia/Gaza"),
    # pages of tests/test_segment_unseen2.py
    "markdown_readlater": ("Example News", "2024-05-14", "Africa/Khartoum"),
    "pdf_sitrep": ("OCHA", "2024-03-12", "Africa/Khartoum"),
    "relative_live": ("Middle East Live", "2024-03-12", "Asia/Jerusalem"),
    "mod_briefing": ("Ministry of Defence of Sudan", "2024-03-12", "Africa/Khartoum"),
    "conflict_monitor": ("Sudan Conflict Monitor", "2024-03-11", "Africa/Khartoum"),
    "us_live_12h": ("The New York Times", "2023-10-17", "America/New_York"),
    "chronology_table": ("Research desk", "2024-01-10", "Africa/Khartoum"),
    "html_leftovers": ("Example Media", "2024-03-12", "Europe/Kyiv"),
    # pages of tests/test_segment_unseen3.py
    "un_meeting_coverage": ("United Nations", "2024-03-12", "America/New_York"),
    "reuters_sudan_wire": ("Reuters", "2024-03-12", "Africa/Khartoum"),
    "newsletter_email": ("Sudan Brief", "2024-03-12", "Africa/Khartoum"),
    "wiki_year_article": ("Wikipedia", "2024-04-02", "UTC"),
    "repeated_summary_live": ("Middle East Live", "2024-03-12", "Asia/Jerusalem"),
    "aggregator_feed": ("Google News", "2024-03-12", "UTC"),
    "tass_bulletin": ("TASS", "2024-03-12", "Europe/Moscow"),
    # pages of tests/test_segment_unseen4.py
    "redsea_newyear_live": ("The National", "2024-01-01", "Asia/Dubai"),
    "myanmar_newyear_ticker": ("Myanmar Now", "2023-12-31", "Asia/Yangon"),
    "niger_coup_live": ("Le Monde", "2023-07-27", "Europe/Paris"),
    "kosovo_ticker": ("KoSSev", "2023-09-24", "Europe/Belgrade"),
    "iran_strike_uk_live": ("Evening Standard", "2024-04-14", "Europe/London"),
    "haiti_us_station": ("WPLG Local 10", "2024-03-04", "America/New_York"),
    "unhcr_goma_release": ("UNHCR", "2025-01-28", "Africa/Lubumbashi"),
    "gaza_press_review": ("Middle East Press Monitor", "2024-01-14", "Asia/Jerusalem"),
    # pages of tests/test_segment_unseen5.py
    "hezbollah_feed_utf16": ("i24NEWS", "2024-09-23", "Asia/Jerusalem"),
    "syria_nyt_live": ("The New York Times", "2024-12-08", "Asia/Damascus"),  # its stamps name ET
    "belarus_border_ministry_cp1252": ("Ministry of National Defence of Poland", "2021-11-16", "Europe/Warsaw"),
    "kabul_radio_transcript": ("RFE/RL", "2021-08-15", "Europe/London"),
    "kursk_regional_roundup": ("Novaya Gazeta Europe", "2024-08-12", "Europe/Moscow"),
    "palma_one_line": ("Africa Desk", "2021-03-29", "Africa/Maputo"),
    "sindoor_x_timeline": ("X", "2025-05-10", "Asia/Kolkata"),
    "thai_cambodia_ap_latest": ("Associated Press", "2025-07-25", "Asia/Bangkok"),
    # pages of tests/test_segment_unseen6.py
    "sahel_weekly_overview": ("Sahel Security Monitor", "2024-03-09", "Africa/Bamako"),
    "tigray_week_recap": ("Horn Observer", "2020-11-11", "Africa/Addis_Ababa"),
    "shabaab_quarter_timeline": ("Somalia Research Hub", "2024-04-02", "Africa/Mogadishu"),
    "israel_iran_weekday_live": ("Gulf Today", "2025-06-16", "Asia/Tehran"),
    "iran_update_ctp": ("Institute for the Study of War", "2024-01-04", "America/New_York"),
    # pages of tests/test_segment_unseen7.py
    "mali_wiki_months": ("Wikipedia", "2024-08-12", "UTC"),
    "myanmar_wire_read_next": ("Mekong Wire", "2024-02-06", "Asia/Yangon"),
    "haiti_flash_update_portal": ("OCHA", "2024-03-21", "America/Port-au-Prince"),
    "sudan_live_key_points": ("Africa Report", "2024-06-10", "Africa/Khartoum"),
    # pages of tests/test_segment_unseen8.py
    "redsea_x_profile": ("X", "2024-02-07", "Asia/Aden"),
    "amhara_bbc_live": ("Horn Broadcasting", "2023-08-04", "Africa/Addis_Ababa"),
    "libya_weekly_undated": ("North Africa Security Forum", "2019-04-13", "Africa/Tripoli"),
    "kakhovka_wire": ("The Wire", "2023-06-07", "Europe/Kyiv"),
    "africa_file_assessment": ("Critical Threats", "2024-03-14", "America/New_York"),
    # pages of tests/test_segment_unseen9.py
    "grain_deal_agency_wire": ("Interfax", "2023-07-17", "Europe/Moscow"),
    "kharkiv_diary_blog": ("Letters from Saltivka", "2022-03-16", "Europe/Kyiv"),
    "ukraine_day_digest_series": ("The Northern Courier", "2022-12-20", "Europe/London"),
    "sudan_live_what_to_know": ("Continental News Network", "2023-04-24", "Africa/Khartoum"),
    "karabakh_explainer_questions": ("Caucasus Review", "2023-09-21", "Asia/Yerevan"),
    "sudan_medical_press_release": ("Médecins Solidaires", "2023-04-19", "Africa/Khartoum"),
    # pages of tests/test_segment_unseen10.py
    "dnipro_wire_caption": ("Kyiv Herald", "2023-01-15", "Europe/Kyiv"),
    "aden_wire_no_caption_match": ("Gulf Wire Service", "2022-03-27", "Asia/Aden"),
    "israel_iran_live_follow": ("Levant Today", "2025-06-16", "Asia/Jerusalem"),
    "sudan_weekly_chronology": ("Horn and Nile Monitor", "2023-07-17", "Africa/Khartoum"),
    "sudan_forum_live_thread": ("r/SudanConflict", "2023-04-17", "Africa/Khartoum"),
    "zaporizhzhia_telegram_web": ("Zaporizhzhia RMA (Telegram)", "2023-06-09", "Europe/Kyiv"),
    "armenian_redcross_facebook": ("Armenian Red Cross Society (Facebook)", "2023-09-22", "Asia/Yerevan"),
    "levant_podcast_transcript": ("Levant Audio Network", "2023-10-21", "Asia/Jerusalem"),
    "darfur_tab_table_timeline": ("Wikipedia", "2023-08-01", "Africa/Khartoum"),
    "mfa_statements_read_more": ("Ministry of Foreign Affairs of Georgia", "2008-08-15", "Asia/Tbilisi"),
    "un_story_body_names": ("UN News", "2017-06-02", "Asia/Aden"),
    "ngo_report_witness": ("Rights Monitor International", "2022-03-11", "Europe/Kyiv"),
    "unhcr_story_photo_credit": ("UN News", "2023-04-28", "Africa/Ndjamena"),
    "un_story_subheadings": ("UN News", "2018-11-12", "Asia/Aden"),
    "ngo_recommendations": ("Rights Monitor International", "2023-05-10", "Africa/Khartoum"),
    # pages of tests/test_segment_feeds.py (parsed there with their save time)
    "sudan_live_map_feed": ("Live map", "2023-06-14", "Africa/Khartoum"),
    "donbas_live_map_days": ("Live map", "2024-08-20", "Europe/Kyiv"),
    "oblast_channel_web_view": ("Live map", "2022-05-20", "Europe/Kyiv"),
    "agency_feed_read_more": ("Horn News Agency", "2023-06-21", "Africa/Khartoum"),
    "x_focused_post_thread": ("X", "2024-06-14", "Africa/Juba"),
    # pages of tests/test_segment_live_boxes.py
    "lebanon_live_key_events": ("The Guardian", "2024-09-23", "Europe/London"),
    # pages of tests/test_segment_digest_sections.py
    "gaza_daily_digest_sections": ("Digest", "2024-02-13", "Asia/Gaza"),
    "sudan_week_newsletter_email": ("Digest", "2024-05-17", "Africa/Khartoum"),
    "rferl_style_story_captions": ("Digest", "2024-03-05", "Asia/Tbilisi"),
    "ministry_communique_signature": ("Digest", "2024-05-14", "Africa/Niamey"),
    "sahel_weekly_overview_trends": ("Digest", "2024-03-13", "Africa/Ouagadougou"),
    # pages of tests/test_segment_unseen12.py
    "monitor_post_listing": ("Burma Conflict Monitor", "2024-03-14", "Asia/Yangon"),
    "pdf_flash_update_wrapped": ("OCHA", "2023-06-09", "Africa/Juba"),
    # pages of tests/test_segment_unseen13.py
    "interfax_wire_story": ("Interfax-Ukraine", "2023-05-14", "Europe/Kyiv"),
    "ministry_briefing_transcript": ("Ministry of Defence of Ukraine", "2022-03-03", "Europe/Kyiv"),
    "forum_live_thread": ("Reddit", "2023-10-09", "Asia/Jerusalem"),
    # pages of tests/test_segment_unseen14.py
    "gaza_diary_chronology": ("Levant Diary", "2023-10-17", "Asia/Jerusalem"),
    "kyiv_wire_place_dateline": ("Ukraine Wire Agency", "2023-07-14", "Europe/Kyiv"),
    "rights_brief_footer_notices": ("Human Rights Monitor", "2023-04-17", "Africa/Khartoum"),
    # pages of tests/test_segment_unseen17.py
    "srilanka_year_headings_timeline": ("Wikipedia", "2024-02-10", "Asia/Colombo"),
    "sahel_daily_feature_standfirst": ("The Sahel Courier", "2024-05-16", "Africa/Bamako"),
    "weekly_review_dash_subpoints": ("The Weekly Brief", "2024-05-20", "Europe/Kyiv"),
    # pages of tests/test_segment_unseen15.py
    "tigray_monitoring_digest": ("Global Media Watch", "2020-11-10", "Africa/Addis_Ababa"),
    "lanka_wire_bracketed_stamps": ("Lanka Wire", "2009-05-09", "Asia/Colombo"),
    "sahel_rights_daily_brief": ("Rights Watch Africa", "2024-04-12", "Africa/Bamako"),
    "agency_list_slashed_month_dates": ("Levant News Agency", "2016-03-03", "Asia/Damascus"),
    # pages of tests/test_segment_unseen18.py
    "almanac_this_day_column": ("Wire Staff", "2024-03-20", "America/New_York"),
    "chechnya_old_story_stamp": ("News Online", "2000-02-01", "Europe/Moscow"),
    "sahel_watch_weekly_column": ("The Sahel Courier", "2024-05-18", "Africa/Bamako"),
    "forum_thread_compact_ages": ("Reddit", "2024-05-11", "Europe/Kyiv"),
    # pages of tests/test_segment_round35.py
    "maritime_warnings_records": ("Maritime Security Centre", "2024-02-20", "Asia/Aden"),
    "protest_event_log": ("Conflict Observatory", "2024-03-31", "Africa/Khartoum"),
    "ministry_qa_briefing": ("Ministry of Foreign Affairs", "2024-05-21", "Europe/Oslo"),
    "notam_airspace_records": ("Civil Aviation Authority", "2024-04-14", "UTC"),
    "court_docket_records": ("Judicial Registry", "2024-03-01", "Europe/Kyiv"),
    "casualty_log_records": ("Civilian Harm Monitor", "2024-03-31", "Europe/Kyiv"),
    "ceasefire_register_records": ("Ceasefire Monitoring Mission", "2024-03-18", "Europe/Kyiv"),
    "aid_incidents_records": ("Humanitarian Hub", "2024-03-25", "Asia/Yangon"),
}
# pages whose config names other wars besides the full-scale invasion (day counters are read against all of them)
EPOCHS = {"gaza_press_review": (UKRAINE, Epoch("Israel-Gaza war", dt.date(2023, 10, 7))),
          "israel_iran_weekday_live": (UKRAINE, Epoch("Israel-Iran war", dt.date(2025, 6, 13), dt.date(2025, 6, 24)))}


@dataclass
class Page:
    """A parsed page, asked about by the text of its lines rather than their numbers."""

    doc: Document
    updates: list[Update]
    dropped_lines: list[Dropped]

    @property
    def dropped(self) -> dict[int, str]:
        return {d.line: d.reason for d in self.dropped_lines}

    def nos(self, start: str) -> list[int]:
        """The numbers of the lines starting with ``start`` (at least one)."""
        found = [n for n, line in enumerate(self.doc.lines, 1) if line.startswith(start)]
        assert found, f"no line starts with {start!r}"
        return found

    def no(self, start: str) -> int:
        """The number of the only line starting with ``start``."""
        found = self.nos(start)
        assert len(found) == 1, f"{len(found)} lines start with {start!r}"
        return found[0]

    def holding(self, n: int) -> Update:
        return next(u for u in self.updates if n in u.lines or n in u.title_lines)

    def of(self, start: str) -> Update:
        """The update (or aside) holding the line starting with ``start``, in its text or its title."""
        return self.holding(self.no(start))

    def why_dropped(self, start: str) -> str | None:
        return self.dropped.get(self.no(start))

    @property
    def reports(self) -> list[Update]:
        """Updates and context, without the asides."""
        return [u for u in self.updates if u.kind != "aside"]

    def not_reported(self, *starts: str) -> None:
        """Each line is dropped or an aside, never part of a report."""
        for start in starts:
            for n in self.nos(start):
                assert n in self.dropped or self.holding(n).kind == "aside", f"line {n} {start!r} is in a report"


@functools.cache
def parse(name: str, dated: bool = True, title: str | None = None) -> Page:
    """The page parsed as configured in ``META`` (``dated=False``: as a source added without its date; ``title``:
    the title the user gave the source, as ``chronik add`` stores it)."""
    publisher, published, zone = META[name]
    path = PAGES / f"{name}.txt"
    source = Source(id=name, file=path.name, path=path, publisher=publisher, title=title,
                    published=dt.date.fromisoformat(published) if dated else None, timezone=zone)
    config = Config(root=PAGES, path=PAGES / "config.yaml", title="t", epochs=EPOCHS.get(name, (UKRAINE,)),
                    sources=(source,))
    doc = read_document(name, path)
    updates, dropped = segment(doc, source, config)
    return Page(doc, updates, dropped)


def titled(name: str, title: str) -> Page:
    """The page parsed with the title the user gave its source."""
    return parse(name, title=title)


def undated(name: str, title: str) -> Page:
    """The page parsed with the title the user gave it and no publication date (a page that shows none)."""
    return parse(name, dated=False, title=title)


def stamps(page: Page) -> list[tuple[str | None, str | None, str]]:
    return [(u.date, u.time, u.timezone) for u in page.reports]


def test_every_page_of_the_folder_is_tested() -> None:
    assert sorted(META) == sorted(p.stem for p in PAGES.glob("*.txt"))


@pytest.mark.parametrize("name", sorted(META))
def test_every_line_is_used_once_and_every_report_is_dated(name: str) -> None:
    page = parse(name)
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    assert all(u.date is not None for u in page.reports)
    assert len(page.reports) >= min(2, sum(1 for line in page.doc.lines if line.strip()))  # (a page saved as one line)


def test_guardian_style_live_blog_newest_first_with_dotted_gmt_stamps() -> None:
    page = parse("guardian_live")
    assert stamps(page) == [("2024-03-12", t, "UTC") for t in ("14:32", "13:18", "12:05", "09:12", *["06:58"] * 3)]
    assert [u.title for u in page.reports] == [
        "Kremlin says presidential vote will go ahead in occupied regions", None,
        "Baltic states sign joint ammunition procurement deal",
        "Ukrainian drones hit oil refinery in Ryazan, officials say", None, None, None]
    assert not any("out-of-order" in u.flags for u in page.updates)
    ryazan = page.of("A fire broke out at an oil refinery")
    assert page.of("A source in Ukraine’s SBU") is ryazan  # the caption between them does not split the update
    # the summary's lines under its headline and lead-in are a digest, one update a line, each at the post's clock
    summary = [page.of(s) for s in ("Russia launched 40 drones", "Volodymyr Zelenskyy said", "Two people were killed")]
    assert len({id(u) for u in summary}) == 3 and all(u.time == "06:58" for u in summary)
    assert page.of("Here are the latest developments:").title == "Summary of the day so far"
    assert page.why_dropped("Firefighters work at the site") == "boilerplate: photo caption"
    assert page.why_dropped("Smoke rises above the refinery") == "boilerplate: photo caption"
    assert all(page.dropped.get(n) for n, line in enumerate(page.doc.lines, 1) if line.endswith("h ago"))
    # when the post above was last changed: a part of it, no post of its own (and no text)
    kremlin = page.of("The Kremlin said on Tuesday")
    assert page.of("Updated at 14.40 GMT") is kremlin and "14.40" not in kremlin.text
    page.not_reported("Key events", "Show key events only", "Please turn on JavaScript",
                      "Our morning email", "Privacy Notice:", "Explore more on these topics", "Reuse this content")
    assert page.why_dropped("Our morning email") and page.why_dropped("Privacy Notice:")


def test_al_jazeera_style_dated_stamp_lines_and_bracketed_photo_credits() -> None:
    page = parse("aljazeera_live")
    assert stamps(page) == [("2024-03-12", t, "UTC") for t in ("11:40", "10:05", "09:15")]
    assert [u.title for u in page.reports] == ["Russia says it repelled cross-border raid",
                                               "Latvia to spend 0.25 percent of GDP on military aid",
                                               "Ukraine downs 36 of 40 drones overnight"]
    assert all(u.date_basis == "timestamp" for u in page.reports)
    assert page.of("Debris from a downed drone") is page.of("Ukraine’s air force said")
    assert page.why_dropped("Smoke rises over a residential area") == "boilerplate: photo caption"
    assert page.why_dropped("Ukrainian air defence units operate") == "boilerplate: photo caption"
    for line in ("Save articles to read later", "Sign up for Al Jazeera", "Get the latest news from Al Jazeera"):
        assert page.why_dropped(line), line
    page.not_reported("Welcome to our live coverage", "Hello and welcome to", "Here are the latest developments")


def test_isw_style_assessment_with_key_takeaways_sections_notes_and_endnotes() -> None:
    page = parse("isw_assessment")
    assert page.of("March 12, 2024, 7:50pm ET").kind == "aside"
    assert page.why_dropped("Click here to see") and page.why_dropped("Click here to access")
    assert page.why_dropped("[1] https://") and page.why_dropped("[2] https://")
    page.not_reported("Note: The data cut-off", "Note: ISW does not receive", "We do not report in detail",
                      "Key Takeaways:", "Russian Main Effort")
    lead = page.of("Ukrainian forces conducted a large-scale drone strike against oil refineries in Ryazan and Nizhny "
                   "Novgorod oblasts overnight on March 11 to 12. Geolocated")
    assert lead.kind == "update" and lead.date in ("2024-03-11", "2024-03-12")
    takeaways = [page.of(f"• {start}") for start in ("Ukrainian forces", "Pro-Ukrainian", "Russian forces")]
    assert len({id(u) for u in takeaways}) == 3 and all(u.kind != "aside" for u in takeaways)
    avdiivka, bakhmut = page.of("Russian forces continued offensive"), page.of("Geolocated footage published on")
    assert avdiivka is not bakhmut and avdiivka.title is None
    assert avdiivka.tags == ["Russian Main Effort – Eastern Ukraine"] and avdiivka.date == "2024-03-12"


def test_kyiv_independent_style_digest_with_unmarked_key_developments() -> None:
    page = parse("kyiv_independent_digest")
    assert page.of("by The Kyiv Independent news desk").kind == "aside"
    assert page.of("Ukraine war latest: Ukrainian drones").lines == [page.no("Ukraine war latest: Ukrainian drones")]
    items = [page.of(s) for s in ("Ukrainian drones hit oil refineries in Ryazan", "Russian volunteer units fighting",
                                  "Latvia pledges 0.25%")]
    assert [(u.kind, u.title, u.date, len(u.lines)) for u in items] == [("update", None, "2024-03-12", 1)] * 3
    assert page.of("Ukrainian drones struck oil refineries").title is None
    assert page.why_dropped("Smoke rising above the Ryazan") == "boilerplate: photo caption"
    for line in ("Join now", "We've been there for you", "Comments", "Log in or become a member"):
        assert page.why_dropped(line), line
    page.not_reported("Read also:", "Related articles", "Zelensky: Air defense is our top priority")


def test_bbc_style_live_page_with_posted_at_stamps_and_a_page_zone_note() -> None:
    page = parse("bbc_live")
    # "All times stated are UK": the page's times are London's, whatever zone the source was given
    assert stamps(page) == [("2022-03-14", t, "Europe/London") for t in ("16:51", "16:30", "16:05", "15:40")]
    assert [u.title for u in page.reports] == [
        "Ukraine says Russian landing ship damaged", "Queues for water in Mariupol", "Talks to resume on Tuesday",
        "Heavy shelling in Kharkiv, mayor says"]
    for line in ("Image source, Reuters", "Image caption, Residents queue"):
        assert page.why_dropped(line) == "boilerplate: photo caption"
    assert all(page.dropped.get(n) for n, line in enumerate(page.doc.lines, 1)
               if line in ("Share this post", "Copy this link"))
    page.not_reported("Read more about these links", "All times stated are UK", "Edited by", "Live Reporting")


def test_wikipedia_style_timeline_with_edit_links_contents_and_references() -> None:
    page = parse("wikipedia_timeline")
    for line in ("Contents", "1 March 2022", "2 April 2022", "3 See also", "4 References", "^ \"Russian missile",
                 "^ Smith, John", "Categories:", "This page was last edited", "Text is available under"):
        assert page.why_dropped(line), line
    # a month heading ("March 2022[edit]") gives its year to the day headings under it, not the day it was saved
    expected = [("A Russian missile struck", "2022-03-01"), ("Satellite images showed", "2022-03-01"),
                ("Russian forces captured Kherson", "2022-03-02"), ("The United Nations General", "2022-03-02"),
                ("A second round of talks", "2022-03-03"), ("Ukrainian officials said that", "2022-04-02")]
    for start, day in expected:
        update = page.of(start)
        assert (update.kind, update.date, update.date_basis, len(update.lines)) == ("update", day, "heading", 1), start
    assert len([u for u in page.reports if u.kind == "update"]) == 6
    page.not_reported("From Wikipedia, the free encyclopedia", "Outline of the Russo-Ukrainian War", "March 2022[edit]")


def test_wikitext_style_list_where_each_item_leads_with_its_own_date() -> None:
    page = parse("wiki_list_timeline")
    expected = [("* 7 October – Hamas", "2023-10-07"), ("* Israel declared", "2023-10-07"),
                ("* 8 October – Hezbollah", "2023-10-08"), ("9 October –", "2023-10-09"),
                ("10 October –", "2023-10-10"), ("12 October –", "2023-10-12")]
    assert [(page.of(s).date, page.of(s).flags) for s, _ in expected] == [(day, []) for _, day in expected]
    assert len(page.reports) == 6
    page.not_reported("=== 7 October ===", "== Summary list ==", "== Timeline of the Israel")


def test_ap_style_wire_story_with_dateline_credits_and_a_coverage_link() -> None:
    page = parse("ap_wire")
    page.not_reported("By HANNA ARHIROVA", "Updated 4:17 PM GMT+1", "Associated Press writer Dasha")
    lead = page.of("KYIV, Ukraine (AP) —")
    assert lead.kind == "update" and lead.date in ("2024-03-11", "2024-03-12")
    assert page.of("“The enemy continues to target") is page.of("The attack on Odesa damaged")
    monday = page.of("Ukraine’s military said Monday")
    assert (monday.date, monday.date_basis) == ("2024-03-11", "relative")
    assert page.of("The war, which began").kind == "context"
    assert page.why_dropped("Follow AP’s coverage") and page.why_dropped("Copyright 2024")


def test_reuters_style_wire_story_with_a_dateline_line_and_licensing_furniture() -> None:
    page = parse("reuters_wire")
    assert page.of("November 2, 2023 7:41 PM GMT+1").kind == "aside"
    lead = page.of("GAZA/JERUSALEM, Nov 2 (Reuters)")
    assert (lead.kind, lead.date, lead.title) == ("update", "2023-11-02", None)
    assert page.of("\"We are at the height of the war,\"") is lead
    assert page.of("Gaza health officials said") is not lead
    hamas = page.of("Hamas said on Wednesday")
    assert (hamas.date, hamas.date_basis) == ("2023-11-01", "relative")
    for line in ("Report this ad", "Purchase Licensing Rights", "Sign up here."):
        assert page.why_dropped(line), line
    page.not_reported("Read Next", "Israel says it struck Hamas commander", "Reporting by Nidal")


def test_x_thread_export_where_each_post_is_stamped_below_its_text() -> None:
    page = parse("x_thread")
    assert stamps(page) == [("2022-03-03", t, "Europe/Kyiv") for t in ("22:21", "22:24", "22:26", "22:27")]
    assert [u.lines for u in page.reports] == [[page.no(f"[{k}/4]"), page.no(f"{t} PM · Mar 3, 2022")]
                                               for k, t in ((1, "10:21"), (2, "10:24"), (3, "10:26"), (4, "10:27"))]
    for line in ("1,204", "Reposts", "5,311", "Likes", "Sign up now to get", "By signing up", "Create account",
                 "Sign up with Google", "New to X?"):
        assert page.why_dropped(line), line


def test_telegram_export_with_sender_and_bracketed_numeric_date_stamps() -> None:
    page = parse("telegram_channel")
    assert stamps(page) == [("2024-03-12", t, "Europe/Kyiv") for t in ("07:02", "09:15", "09:31", "22:48")]
    assert all(u.date_basis == "timestamp" and u.title is None for u in page.reports)
    assert page.of("Ukrainian Air Force, [12.03.2024 09:15]") is page.of("⚡️Threat of ballistic missiles")


def test_ministry_press_list_of_dated_titles_with_breadcrumbs_and_pagination() -> None:
    page = parse("ministry_press")
    assert [(u.kind, u.date, u.time) for u in page.reports] == [
        ("update", "2022-03-03", "21:40"), ("update", "2022-03-03", "18:05"), ("update", "2022-03-03", "12:30"),
        ("update", "2022-03-02", None)]
    assert page.of("Ukraine calls on ICAO").text.startswith("Ukraine calls on ICAO")
    assert page.of("Comment of the MFA").text.startswith("Comment of the MFA")
    assert all(u.title is None for u in page.reports)  # "News" above the list is a label, not a title
    for line in ("Home / Press center / News", "2", "148", "Next", "When using materials"):
        assert page.why_dropped(line), line


def test_european_digest_by_day_of_war_with_dash_bullets() -> None:
    page = parse("euro_day_digest")
    counter = page.of("Day 413 of the war")
    assert (counter.kind, counter.date, counter.date_basis) == ("aside", "2023-04-12", "day-counter")
    assert [u.date for u in page.reports] == ["2023-04-12"] * 3 + ["2023-04-11"] * 2
    assert all(len(u.lines) == 1 and u.kind == "update" for u in page.reports)
    assert page.why_dropped("Comments") and page.why_dropped("Cookies: we use cookies")
    page.not_reported("Read more:", "Leaked Pentagon documents")


def test_page_saved_with_bom_crlf_and_no_break_spaces_reads_like_any_other() -> None:
    page = parse("kyivpost_live_crlf")
    assert page.doc.lines[0] == "Kyiv Post"
    assert stamps(page) == [("2024-03-13", "09:15", "Europe/Kyiv"), ("2024-03-13", "08:02", "Europe/Kyiv"),
                            ("2024-03-12", "23:48", "Europe/Kyiv"), ("2024-03-12", "18:30", "Europe/Kyiv")]
    assert [u.title for u in page.reports] == ["Kharkiv hit by guided bombs", "Zelensky meets Danish PM in Kyiv",
                                               "Air raid alert across eastern Ukraine", "Latvia pledges 0.25% of GDP"]
    assert page.of("“Denmark has been with us") is page.of("President Volodymyr Zelensky met")
    assert not any("out-of-order" in u.flags for u in page.updates)
    assert page.why_dropped("Subscribe to Kyiv Post")


def test_liveblog_with_headline_and_byline_above_today_and_yesterday_stamps() -> None:
    page = parse("toi_liveblog")
    assert stamps(page) == [("2023-10-09", "21:41", "Asia/Jerusalem"), ("2023-10-09", "13:02", "Asia/Jerusalem"),
                            ("2023-10-09", "11:27", "Asia/Jerusalem"), ("2023-10-08", "23:58", "Asia/Jerusalem")]
    assert [u.title for u in page.reports] == ["IDF says it has retaken control of all communities on Gaza border",
                                               "Defense minister orders 'complete siege' of Gaza",
                                               "Sirens sound in Ashkelon and Sderot", None]
    assert not any("out-of-order" in u.flags for u in page.updates)
    page.not_reported("Israel at war: Day 3", "Read more")
    # a post's byline between its headline and its stamp signs the post: its line, none of its words
    assert page.of("By Emanuel Fabian") is page.of("IDF spokesman Daniel Hagari")
    assert not any("By TOI Staff" in u.text or "Emanuel Fabian" in u.text for u in page.reports)
    # the configured war started in 2022: "Day 3" on a 2023 page is another war's counter and dates nothing
    assert page.of("Israel at war: Day 3").date == "2023-10-09"
    for line in ("Log In", "Sign Up", "Share this entry", "Illustrative:"):
        assert all(page.dropped.get(n) for n in page.nos(line)), line


def test_news_feed_of_times_and_headlines_under_date_lines() -> None:
    page = parse("newsfeed_list")
    assert [(u.date, u.time, u.title, u.text.split()[0]) for u in page.reports] == [
        ("2024-03-12", "19:47", None, "Air"), ("2024-03-12", "19:12", None, "Russian"),
        ("2024-03-12", "18:40", None, "Zelensky:"), ("2024-03-11", "22:05", None, "Russians"),
        ("2024-03-11", "21:30", None, "Latvia")]
    assert page.why_dropped("Load more") and page.why_dropped("All news")


def test_press_releases_with_a_dated_stamp_line_under_each_title() -> None:
    page = parse("kremlin_releases")
    assert stamps(page) == [("2024-03-12", "17:30", "Europe/Moscow"), ("2024-03-11", "14:00", "Europe/Moscow")]
    assert [u.title for u in page.reports] == ["Telephone conversation with President of Turkey Recep Tayyip Erdogan",
                                               "Meeting with Government members"]
    assert page.of("The leaders discussed") is page.of("Vladimir Putin had a telephone")
    page.not_reported("Text version", "Publication date:")


def test_humanitarian_situation_report_with_highlights_and_section_labels() -> None:
    page = parse("ocha_flash_update")
    starts = ("Israeli forces continued", "The number of displaced", "The Israeli authorities")
    highlights = [page.of(s) for s in starts]
    assert len({id(u) for u in highlights}) == 3 and all(u.tags == ["Key Highlights"] for u in highlights)
    siege = page.of("On 9 October, the Israeli Minister")
    assert (siege.kind, siege.date, siege.date_basis, siege.tags) == ("update", "2023-10-09", "explicit",
                                                                      ["Situation Overview"])
    assert page.why_dropped("All OCHA situation reports") and page.why_dropped("Download report")
    page.not_reported("Format: Situation Report", "Posted: 10 Oct 2023", "Key Highlights")


def test_cnn_style_live_page_with_et_stamps_over_headlines_and_from_bylines() -> None:
    page = parse("cnn_live")
    timed = [u for u in page.reports if u.time]
    assert [(u.date, u.time, u.timezone) for u in timed] == [
        ("2023-10-09", t, "America/New_York") for t in ("20:27", "18:15", "16:02")]
    assert [u.title for u in timed] == ["Biden speaks with Netanyahu for third time since attack",
                                        "Hamas threatens to execute hostages",
                                        "UN: More than 187,000 people displaced in Gaza"]
    assert page.of("It was the third call") is page.of("President Joe Biden spoke")
    # the page's "Updated ..." line is its dateline, not an entry's stamp
    assert page.of("Updated 11:04 p.m. ET").kind == "aside"
    page.not_reported("Our live coverage of the Israel-Hamas war has moved here")
    # a post's byline under its stamp and headline is the post's line, signing it: none of its reported words
    assert page.holding(page.nos("From CNN's Jane Doe")[0]) is page.of("President Joe Biden spoke")
    assert not any("From CNN's" in u.text for u in page.reports)
    assert all(page.dropped.get(n) for n in page.nos("Link Copied!"))
    assert page.why_dropped("Palestinians inspect the rubble") == "boilerplate: photo caption"


def test_france24_style_story_with_a_day_first_issued_line() -> None:
    page = parse("france24_story")
    page.not_reported("Israel orders 'complete siege' of Gaza after Hamas attack", "Israel said Monday it was",
                      "Text by:", "(FRANCE 24 with AFP and Reuters)")
    issued = page.of("Issued on: 09/10/2023")
    assert (issued.kind, issued.date) == ("aside", "2023-10-09")  # day-first, as the page's own day tells
    lead = page.of("Israel's defence minister on Monday")
    assert (lead.date, lead.date_basis) == ("2023-10-09", "relative")
    assert page.of("\"There will be no electricity") is lead
    assert page.of("The Israeli army said on Sunday").date == "2023-10-08"
    for line in ("3 min", "Israeli soldiers take position", "Subscribe"):
        assert page.why_dropped(line), line


def test_list_of_key_events_by_day_of_war_with_one_word_section_labels() -> None:
    page = parse("aljazeera_key_events")
    title = page.of("Russia-Ukraine war: List of key events, day 412")
    assert (title.kind, title.date, title.date_basis) == ("aside", "2023-04-11", "day-counter")
    assert len(page.reports) == 7 and all(len(u.lines) == 1 for u in page.reports)
    # "A Russian missile hit a residential building in Sloviansk on Monday": the strike's own day, the 10th
    assert [u.date for u in page.reports] == ["2023-04-11"] * 2 + ["2023-04-10"] + ["2023-04-11"] * 4
    assert [u.tags for u in page.reports] == [["Fighting"]] * 3 + [["Diplomacy"]] * 2 + [["Military aid"], ["Economy"]]
    page.not_reported("As the war enters its 412th day", "By Al Jazeera Staff", "Published On", "Source: Al Jazeera")


@pytest.mark.parametrize(("name", "day"), [
    ("kyiv_independent_digest", "2024-03-12"),  # "March 12, 2024 11:52 PM 4 min read"
    ("aljazeera_key_events", "2023-04-11"),  # "Published On 11 Apr 2023"
    ("ocha_flash_update", "2023-10-10"),  # "Posted: 10 Oct 2023"
    ("ap_wire", "2024-03-12"),  # "Updated 4:17 PM GMT+1, March 12, 2024"
])
def test_a_source_added_without_its_date_takes_it_from_the_page_s_dateline(name: str, day: str) -> None:
    page = parse(name, dated=False)
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    assert {u.date for u in page.reports if u.date_basis == "publication"} <= {day}
    assert all(u.date is not None for u in page.reports)


def test_daily_losses_report_whose_list_carries_on_its_intro() -> None:
    page = parse("general_staff_losses")
    report = page.of("The total combat losses of the enemy")
    assert report.lines == list(range(page.no("The total combat losses"), page.no("The data are being updated") + 1))
    assert (report.kind, report.title, report.date) == ("update", None, "2024-03-13")  # not the period's start
    page.not_reported("13.03.2024 07:00", "#StopRussia")
