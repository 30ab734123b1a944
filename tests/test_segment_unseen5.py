"""Round five of whole pages from outlets and wars the other page tests do not have (``tests/pages/``): a news feed
stamped "Today, 14:35" / "Yesterday, 21:05" / "Sat 21 Sep, 18:40" and saved as UTF-16, a New York Times live page
whose stamps carry their date and zone ("Dec. 8, 2024, 11:40 p.m. ET") over bylines that say where the reporter
files from, a ministry's news list stamped "16.11.2021 | 17:40" saved in Windows-1252 with tab and no-break-space
indents, and a radio transcript of "[11:05] ANCHOR: ..." turns with speakers carrying on. Each test says what a
careful reader expects, and every non-blank line is used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_segment_unseen import PAGES, parse, stamps
from test_segment_unseen2 import _lines

from chronik.config import Config, Source
from chronik.ingest import clean_line, decode, read_document
from chronik.model import Document
from chronik.segment import segment
from chronik.segment.classify import speaker_turn
from chronik.segment.posts import post_header
from chronik.segment.timestamps import find_stamp


def test_feed_with_today_yesterday_and_weekday_stamps_saved_as_utf16() -> None:
    page = parse("hezbollah_feed_utf16")  # saved on Monday 23 September 2024, newest first
    assert page.doc.warnings and "hezbollah_feed_utf16.txt" in page.doc.warnings[0]
    assert "utf-16" in page.doc.warnings[0]
    today = [("2024-09-23", t, "Asia/Jerusalem") for t in ("14:35", "13:10", "11:05", "07:45")]
    yesterday = [("2024-09-22", t, "Asia/Jerusalem") for t in ("23:50", "21:05", "06:40")]
    saturday = [("2024-09-21", t, "Asia/Jerusalem") for t in ("18:40", "10:15")]
    assert stamps(page) == today + yesterday + saturday
    assert all(u.date_basis == "timestamp" and not u.flags for u in page.reports)
    assert page.of("Today, 14:35").title == "IDF: More than 800 Hezbollah targets struck since the morning"
    assert page.of("Sat 21 Sep, 18:40").title == "Death toll in Beirut strike rises to 45"
    assert page.of("Schools in the south were closed") is page.of("Lebanon's health ministry says 182")
    assert all(page.dropped[n] == "boilerplate: share buttons" for n in page.nos("Share"))
    assert page.why_dropped("Refresh") == "boilerplate: pagination"
    assert page.why_dropped("Load more") == "boilerplate: pagination"
    assert page.why_dropped("Advertisement") == "boilerplate: advertisement"
    page.not_reported("i24NEWS", "Breaking news", "Israel–Hezbollah escalation", "Monday, September 23",
                      "Analysis: Has Israel", "Who was Ibrahim Aqil", "Map: where Hezbollah", "Follow i24NEWS")


def test_new_york_times_live_page_with_dated_et_stamps_and_reporting_from_bylines() -> None:
    page = parse("syria_nyt_live")  # the source is configured in Damascus time; the stamps say ET
    assert stamps(page)[3:] == [("2024-12-08", t, "America/New_York") for t in ("23:40", "16:10", "10:25", "06:02",
                                                                                 "00:15")] + [
        ("2024-12-07", t, "America/New_York") for t in ("21:48", "13:30")]
    assert [u.title for u in page.reports if u.time] == [
        "Russian state media says Assad is in Moscow", "Biden calls the fall of Assad \"a fundamental act of justice\"",
        "Israeli troops move into the buffer zone on the Golan Heights",
        "Crowds pour into Sednaya prison as rebels free detainees", "Rebels say they have entered Damascus",
        "Rebels claim full control of Homs", "Foreign ministers of Russia, Iran and Turkey meet in Doha"]
    # the reporter's name and where they file from are the entry's byline: its lines (not its words), neither a tag
    # nor the end of the entry
    for name, place in (("Anton Troianovski", "Reporting from Berlin"), ("Hwaida Saad and Ben Hubbard",
                                                                           "Reporting from Beirut and Istanbul")):
        assert page.of(name) is page.of(place) and page.of(name).time and name not in page.of(name).text
    assert not any(u.tags for u in page.reports if u.time)
    moscow = page.of("Russia's state news agencies")
    assert page.of("The Kremlin has not commented") is moscow and moscow.time == "23:40"
    assert page.of("The rebel coalition led by") is page.of("Dec. 8, 2024, 12:15 a.m. ET")
    summary = [page.of(s) for s in ("Rebels who swept", "Russian state media said Bashar", "Israel sent troops")]
    assert [(u.kind != "aside", u.date, u.time) for u in summary] == [(True, "2024-12-08", None)] * 3
    assert page.of("Updated Dec. 8, 2024, 11:52 p.m. ET").kind == "aside"
    assert page.why_dropped("A crowd celebrating in Umayyad Square") == "boilerplate: photo caption"
    assert page.why_dropped("Skip to site index") == "boilerplate: skip link"
    page.not_reported("Middle East", "Today's Paper", "Live", "Syria's Assad Flees", "Here's what to know",
                      "Read more", "How the rebels swept", "See more updates", "More on Syria", "What to know about",
                      "Who is Abu Mohammed")


def test_ministry_news_list_with_dotted_dates_and_bars_saved_in_windows_1252() -> None:
    page = parse("belarus_border_ministry_cp1252")
    warning = page.doc.warnings[0]
    assert "belarus_border_ministry_cp1252.txt" in warning and "cp1252" in warning
    assert "“We will not let ourselves be provoked”" in page.of("\tMinister Blaszczak").title  # curly quotes kept
    assert stamps(page) == [("2021-11-16", "17:40", "Europe/Warsaw"), ("2021-11-16", "10:15", "Europe/Warsaw"),
                            ("2021-11-15", "21:05", "Europe/Warsaw"), ("2021-11-15", "08:30", "Europe/Warsaw"),
                            ("2021-11-14", "19:50", "Europe/Warsaw"), ("2021-11-13", "12:00", "Europe/Warsaw")]
    assert all(u.date_basis == "timestamp" and not u.flags for u in page.reports)
    # tab and no-break-space indents are no part of what the entries say
    water = page.of("\tWater cannon used")
    assert water.title == "Water cannon used at Kuznica crossing; nine officers injured"
    assert water.text.startswith("Migrants on the Belarusian side")
    assert page.of("    More soldiers deployed").title == "More soldiers deployed to the border"
    assert all(page.holding(n).kind == "aside" for n in page.nos("\tRead more") + page.nos("    Read more"))
    assert page.why_dropped("Menu") == "boilerplate: navigation"
    assert page.why_dropped("Share: Facebook") == "boilerplate: share buttons"
    assert page.why_dropped("Contact the press office") == "boilerplate: contact"
    assert all(page.dropped[n] == "boilerplate: pagination" for n in (page.no("« Previous"), page.no("Next »")))
    page.not_reported("Republic of Poland", "Situation on the Polish", "News from the border",
                      "Klonowa 1 Street", "Accessibility statement")


def test_radio_transcript_with_bracketed_clocks_and_speakers_carrying_on() -> None:
    page = parse("kabul_radio_transcript")
    assert stamps(page) == [("2021-08-15", t, "Europe/London")
                            for t in ("11:05", "11:20", "12:40", "14:10", "16:45", "16:50")]
    assert all(u.kind == "update" and u.title is None for u in page.reports)
    # two turns stamped with the same minute are one segment: the anchor's lead-in and the correspondent's answer
    opening = page.of("[11:05] ANCHOR: Good morning")
    assert page.of("[11:05] CORRESPONDENT (Kabul)") is opening and page.of("Residents describe") is opening
    assert "\n\nCORRESPONDENT (Kabul): The streets are full" in opening.text  # its stamp is no part of the text
    # an unstamped turn ("ANCHOR: And at the airport?") carries the segment on; it is no headline
    assert page.of("ANCHOR: Is there any sign") is page.of("[11:05] CORRESPONDENT (Kabul)")
    assert page.of("CORRESPONDENT: Police checkpoints") is page.of("[11:05] CORRESPONDENT (Kabul)")
    palace = page.of("[16:50] CORRESPONDENT (Doha)")
    assert page.of("ANCHOR: And at the airport?") is palace and page.of("CORRESPONDENT: Thousands") is palace
    ghani = page.of("[14:10] ANCHOR: Breaking news")
    assert ghani.text.startswith("ANCHOR: Breaking news: Afghan officials say President Ashraf Ghani")
    assert page.of("ABDULLAH (recording)") is ghani and page.of("SHAHEEN (by phone") is page.of("[11:20]")
    assert [page.why_dropped(s) for s in ("(BREAK)", "[MUSIC]")] == ["boilerplate: stage direction"] * 2
    assert page.why_dropped("That's all from this special") == "boilerplate: sign-off"
    page.not_reported("Afghanistan Special", "Broadcast transcript", "Transcripts are produced", "Related",
                      "Who are the Taliban?", "Afghanistan: A timeline", "Listen to the full broadcast")


@pytest.mark.parametrize(("text", "expected"), [
    ("ANCHOR: And at the airport?", True), ("CORRESPONDENT (Kabul): The streets are full.", True),
    ("SHAHEEN (by phone, Doha): We assure the people of Kabul.", True),
    ("UN: More than 187,000 people displaced in Gaza", False),  # a headline naming its source
    ("BREAKING: Ghani has left the country.", False), ("WATCH: The palace tonight.", False),
    ("Kharkiv Oblast: Russian forces shelled 12 settlements.", False),
])
def test_a_speaker_turn_is_a_name_in_capitals_saying_a_sentence(text: str, expected: bool) -> None:
    assert speaker_turn(text) is expected


TEXT = "Kyiv – the mayor said the “café” reopened.\nSecond line\n"


@pytest.mark.parametrize(("data", "encoding"), [
    (TEXT.encode("utf-16"), "utf-16-le"), (TEXT.encode("utf-16-be"), "utf-16-be"),
    (TEXT.encode("utf-16-le"), "utf-16-le"),  # no byte order mark: told by its NUL bytes
    (TEXT.encode("utf-32"), "utf-32-le"), (TEXT.encode("cp1252"), "cp1252"),
])
def test_a_page_in_another_encoding_is_read_with_a_warning_naming_the_file(data: bytes, encoding: str) -> None:
    text, warnings = decode(data, "pages/x.txt")
    assert text == TEXT and len(warnings) == 1 and warnings[0].startswith("pages/x.txt:") and encoding in warnings[0]


def test_a_truncated_utf16_page_keeps_what_it_can_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(TEXT.encode("utf-16")[:-1])  # saved half a character short
    doc = read_document("cut", path)
    assert doc.lines[0] == "Kyiv – the mayor said the “café” reopened." and doc.lines[1].startswith("Second line")
    assert "replaced" in doc.warnings[0] and str(path) in doc.warnings[0]


def test_the_utf16_page_reads_as_the_same_lines_as_its_text() -> None:
    doc = read_document("p", PAGES / "hezbollah_feed_utf16.txt")
    assert doc.lines[:2] == ["Skip to main content", "Home"] and not any("\x00" in line for line in doc.lines)


def test_regional_round_up_with_leading_place_labels_under_date_headings() -> None:
    page = parse("kursk_regional_roundup")
    regions = {"August 12, 2024": ("Kursk Oblast: Acting governor", "Belgorod Oblast —", "Bryansk Oblast:",
                                   "Kursk direction —", "Putin called the incursion"),
               "August 11, 2024": ("Kursk Oblast: Debris", "Voronezh Oblast:", "Zaporizhzhia direction —"),
               "August 10, 2024": ("Kursk, Belgorod and Bryansk oblasts:", "Lipetsk Oblast:", "Local channels")}
    for heading, starts in regions.items():
        items = [page.of(s) for s in starts]
        assert len({id(u) for u in items}) == len(starts), heading  # one update a region
        day = page.of(heading).date
        assert all((u.kind, u.date, u.date_basis) == ("update", day, "heading") for u in items), heading
    assert page.of("Kursk Oblast: Debris").text.startswith("Kursk Oblast: Debris from a Ukrainian missile")
    # a line under a paragraph with no blank line between them, on a page that spaces its paragraphs: the same one
    assert page.of("Residents were moved") is page.of("Kursk Oblast: Debris")
    trucks = page.of("Local channels published")
    assert page.of("The Defence Ministry did not comment") is trucks and trucks.tags == ["Kursk Oblast"]
    assert len([u for u in page.reports]) == 11
    assert page.why_dropped("If you value our work") == "boilerplate: donation appeal"
    assert page.why_dropped("Donate") == "boilerplate: navigation"
    assert page.why_dropped("Tags: Kursk Oblast") == "boilerplate: page categories"
    page.not_reported("Kursk incursion: what", "A daily round-up", "By the Novaya Gazeta", "12 August 2024",
                      "Read also: Who is Apti", "More on this topic", "How Russia's army")


def test_lines_of_one_paragraph_on_a_page_that_spaces_its_paragraphs_stay_together() -> None:
    spaced = ("Talks in Geneva\n\nThe delegations met in Geneva on Monday.\nThey agreed to meet again.\n\n"
              "Shelling hit Kharkiv overnight, the mayor said.\n\nA drone struck Odesa port.\n\n"
              "Power was cut in Sumy, the governor said.\n")
    _, updates, _ = _lines(spaced)
    reports = [u for u in updates if u.kind != "aside"]
    assert [u.lines for u in reports] == [[3, 4], [6], [8], [10]]
    unspaced = ("Talks in Geneva\nThe delegations met in Geneva on Monday.\nShelling hit Kharkiv overnight, the mayor "
                "said.\nA drone struck Odesa port.\nPower was cut in Sumy, the governor said.\n")
    _, updates, _ = _lines(unspaced)
    assert [u.lines for u in updates if u.kind != "aside"] == [[2], [3], [4], [5]]


def test_page_saved_as_one_20_kb_line_is_one_dated_update_that_keeps_every_word() -> None:
    page = parse("palma_one_line")
    (line,) = page.doc.lines
    assert len(line) > 17_000 and "\u200b" not in line  # the zero-width spaces are cleaned, nothing else
    assert not page.dropped_lines and len(page.updates) == 1
    (update,) = page.updates
    # one line can only be one update: it is a report, dated by the dateline the line opens with
    assert (update.kind, update.date, update.date_basis, update.time) == ("update", "2021-03-29", "explicit", None)
    assert update.text == line and update.lines == [1]


SENTENCES = """\
Mozambique: Insurgents seize Palma as thousands flee
By Africa Desk reporters in Pemba
29 March 2021
Insurgents have taken control of the town of Palma after a three-day assault, the defence ministry said on Sunday.
Spokesman Omar Saranga told reporters in Maputo that dozens of people had been killed.
He said seven died when a convoy trying to leave a hotel was ambushed on Friday.
The attack began on Wednesday afternoon, March 24.
The International Organization for Migration said on Monday that 3,300 people had reached Pemba.
Share this article
Facebook
WhatsApp
© 2021 Africa Desk. All rights reserved.
"""


def test_page_saved_with_every_sentence_on_its_own_line_loses_no_sentence_and_dates_each() -> None:
    doc, updates, dropped = _lines(SENTENCES, published="2021-03-29")
    assert [d.line for d in dropped] == [9, 10, 11, 12]
    reports = {u.lines[0]: u for u in updates if u.kind != "aside"}
    assert reports[4].date == "2021-03-28"  # "on Sunday", before the dateline's Monday 29th
    assert reports[5].lines == [5, 6]  # "He said ..." carries the spokesman's line on
    assert reports[7].date == "2021-03-24" and reports[8].date == "2021-03-29"
    assert sum(len(u.lines) for u in updates) + len(dropped) == len(doc.lines)
    assert all(u.kind == "aside" for u in updates if u.lines[0] in (1, 2, 3))


def test_saved_x_timeline_with_handle_stamps_ages_reposts_and_a_quoted_post() -> None:
    page = parse("sindoor_x_timeline")  # saved on 10 May 2025: "3h" is that day, with no clock to count back from
    assert [(u.date, u.time, u.date_basis != "publication") for u in page.reports] == [
        ("2025-05-10", None, True), ("2025-05-10", None, True), ("2025-05-09", None, True),
        ("2025-05-08", None, True), ("2025-05-08", None, True), ("2025-05-07", None, True), ("2025-05-07", None, True)]
    misri = page.of("@MEAIndia · 3h")
    assert page.of("Foreign Secretary Vikram Misri") is misri and page.of("The DGMOs will speak again") is misri
    assert misri.title is None and not misri.tags and not misri.flags  # "12 May" is the next talks, not the post
    # the display name over the handle is the post's author; "ANI reposted" says who shared it: asides, no tags
    assert [page.of(s).kind for s in ("Ministry of External Affairs", "Secretary Marco Rubio", "ANI reposted",
                                       "ADG PI - INDIAN ARMY", "Government of Pakistan")] == ["aside"] * 5
    assert not any(u.tags for u in page.reports)
    fact_check, quoted = page.of("Pakistani propaganda accounts"), page.of("Pakistan Army has destroyed")
    assert fact_check is not quoted and quoted.date == "2025-05-08"  # the quoted post is stamped by its own header
    drones = page.of("Pakistan Armed Forces launched multiple attacks")
    assert page.of("#IndianArmy") is drones and page.of("#OperationSindoor") is drones  # a post's hashtags close it
    for line in ("2.1K", "3.2M", "Translate post", "Show more posts", "Who to follow", "42.1K posts",
                 "View keyboard shortcuts", "© 2025 X Corp."):
        assert page.why_dropped(line), line


@pytest.mark.parametrize(("text", "expected"), [
    ("@MEAIndia · 3h", ("@MEAIndia", None, "3h")), ("@adgpi · May 9", ("@adgpi", "May 9", None)),
    ("Defence of Ukraine @DefenceU · Mar 3, 2022", ("@DefenceU", "Mar 3, 2022", None)),
    ("@kyivindependent@mastodon.social · 2d", ("@kyivindependent@mastodon.social", None, "2d")),
    ("@UN · 8 May", ("@UN", "8 May", None)), ("@sudan_osint · 3 days", ("@sudan_osint", None, "3 days")),
    ("Contact us at @press · for more", None), ("Email press@un.org · 3 May briefing", None),
])
def test_a_post_header_is_a_handle_and_a_day_or_an_age(text: str, expected: tuple | None) -> None:
    header = post_header(text)
    assert ((header.handle, header.date_text, header.age) if header else None) == expected


@pytest.mark.parametrize(("text", "days"), [
    ("@DefenceU · 2d", 2), ("@DefenceU · 3 days", 3), ("@DefenceU · 1 day", 1), ("@DefenceU · 5h", 0),
    ("@DefenceU · 45m", 0), ("@DefenceU · 30s", 0), ("@DefenceU · Mar 3", 0),
])
def test_a_post_headers_age_counts_back_whole_days_only(text: str, days: int) -> None:
    header = post_header(text)
    assert header is not None and header.days_back == days


def test_a_post_aged_in_days_is_dated_that_many_days_before_the_page_was_saved() -> None:
    lines = [clean_line(x) for x in ["Kyiv Independent @KyivIndependent · 2d",
                                     "Russian drones hit Odesa's port overnight.", "",
                                     "Kyiv Independent @KyivIndependent · 5h",
                                     "Ukraine's air force said it downed 30 of 35 drones."]]
    source = Source(id="x", file="x.txt", path=Path("x.txt"), publisher="X", published=dt.date(2024, 3, 12),
                    timezone="Europe/Kyiv")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    updates = [u for u in segment(Document("x", lines), source, config)[0] if u.kind == "update"]
    assert [(u.date, u.time) for u in updates] == [("2024-03-10", None), ("2024-03-12", None)]
    assert "@KyivIndependent · 2d" in updates[0].why


def test_ap_the_latest_page_with_the_latest_and_what_to_know_lists_and_short_titles() -> None:
    page = parse("thai_cambodia_ap_latest")
    lead = page.of("BANGKOK (AP) —")
    assert (lead.kind, lead.date, lead.tags) == ("update", "2025-07-25", [])  # the title above it is no label
    latest = [page.of(f"• {s}") for s in ("Thailand's Health Ministry", "More than 100,000", "Thailand declared")]
    assert [(u.kind, u.date, u.tags) for u in latest] == [("update", "2025-07-25", ["THE LATEST"])] * 3
    # "WHAT TO KNOW" is the background of the story: context, even "In 1962, the court awarded ..."
    background = [page.of(f"• {s}") for s in ("The two countries share", "In 1962", "Tensions have been high")]
    assert [(u.kind, u.tags) for u in background] == [("context", ["WHAT TO KNOW"])] * 3
    titled = [(u.title, u.date, u.tags) for u in page.reports if u.title]
    assert titled == [("Cambodia reports its first civilian death", "2025-07-25", []),
                      ("Malaysia offers to mediate", "2025-07-25", []),  # four words and a verb: a title, no label
                      ("Thai military says Cambodian rockets hit a gas station", "2025-07-24", []),  # "on Thursday"
                      ("Thailand closes all border crossings", "2025-07-25", [])]
    assert page.of("He said Thailand had agreed") is page.of("Malaysian Prime Minister Anwar")
    assert page.of("Associated Press writers").kind == "aside"
    assert page.why_dropped("The Associated Press is an independent") == "boilerplate: about the publisher"
    assert page.why_dropped("Do Not Sell or Share") == "boilerplate: navigation"
    assert page.why_dropped("ADVERTISEMENT") == "boilerplate: advertisement"
    page.not_reported("Thailand-Cambodia border clashes: The latest", "Thailand and Cambodia trade fire",
                      "By THE ASSOCIATED PRESS", "Updated 9:40 PM GMT+7", "THE LATEST", "WHAT TO KNOW",
                      "Here's the latest:", "Recommended", "What's behind the", "Thailand's leader suspended")


@pytest.mark.parametrize(("text", "expected"), [
    ("Today, 14:35", ("14:35", None, "Today")), ("Yesterday, 21:05", ("21:05", None, "Yesterday")),
    ("Yesterday at 9:12 PM", ("21:12", None, "Yesterday")), ("Sat 2 Mar, 18:40", ("18:40", None, "Sat 2 Mar")),
    ("12:15 p.m. ET, March 3, 2024", ("12:15", "America/New_York", "March 3, 2024")),
    ("March 3, 2024, 12:15 p.m. ET", ("12:15", "America/New_York", "March 3, 2024")),
    ("Dec. 8, 2024, 11:40 p.m. ET", ("23:40", "America/New_York", "Dec. 8, 2024")),
    ("03.03.2024 | 14:05", ("14:05", None, "03.03.2024")),
    ("2024-03-03T14:05:00Z", ("14:05", "UTC", "2024-03-03")),
    ("2024-03-03T14:05:00+02:00", ("12:05", "UTC", "2024-03-03")),  # told in UTC
    ("2024-03-03T01:05:00.000+05:30", ("19:35", "UTC", "2024-03-02")),  # the day before, in UTC
    ("2024-02-30T10:00:00Z", None),
])
def test_stamp_lines_with_relative_days_and_full_dates(text: str, expected: tuple | None) -> None:
    stamp = find_stamp(text)
    assert ((stamp.time, stamp.zone, stamp.date_text) if stamp else None) == expected
    assert stamp is None or stamp.standalone


def test_an_api_dump_stamped_in_iso_8601_reads_as_a_live_page_in_utc() -> None:
    _, updates, _ = _lines("Liveblog export\n\n2024-03-03T14:05:00Z\nDrones hit Odesa port, the governor said.\n\n"
                           "2024-03-03T01:05:00+02:00\nAir raid alert across Ukraine, the air force said.\n",
                           published="2024-03-03")
    assert [(u.date, u.time, u.timezone, u.date_basis) for u in updates if u.kind == "update"] == [
        ("2024-03-03", "14:05", "UTC", "timestamp"), ("2024-03-02", "23:05", "UTC", "timestamp")]
