"""Page furniture is dropped with a reason; page content (even asides) is never dropped; input hygiene."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.ingest import clean_line, read_document
from chronik.model import Document, Dropped, Update
from chronik.segment import segment


def run(text: str, publisher: str = "Kyiv Independent", patterns: tuple[str, ...] = (),
        site_patterns: tuple[str, ...] = ()) -> tuple[list[Update], list[Dropped]]:
    source = Source(id="page", file="p.txt", path=Path("p.txt"), publisher=publisher,
                    published=dt.date(2023, 6, 6), timezone="Europe/Kyiv", boilerplate=patterns)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", boilerplate=site_patterns,
                    sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("page", lines), source, config)


REPORT = "The dam at Nova Kakhovka was destroyed overnight, the Ukrainian military said."


@pytest.mark.parametrize(("line", "reason"), [
    ("This website uses cookies to improve your experience. Accept all cookies or manage cookies in settings.",
     "cookie notice"),
    ("Turn on notifications to get breaking news as it happens", "notification prompt"),
    ("Sign up for our newsletter and get the day's news delivered to your inbox.", "subscription appeal"),
    ("Your donation keeps our reporters in the field. Donate now.", "donation appeal"),
    ("Leave a comment", "comment form"),
    ("Your email address will not be published. Required fields are marked *", "comment form"),
    ("Skip to main content", "skip link"),
    ("We're hiring: the newsroom is looking for a night editor. Send your CV and a cover letter.", "job ad"),
    ("© 2023 Example Media. All rights reserved.", "copyright"),
    ("Powered by WordPress", "site credit"),
    ("You are now logged in. Please refresh the page.", "login notice"),
    ("Share on Facebook", "share buttons"),
    ("Facebook | Twitter | Email", "share buttons"),
    ("Advertisement", "advertisement"),
    ("Rescuers search the rubble in Dnipro on Sunday. (AP Photo/Evgeniy Maloletka)", "photo caption"),
    ("A man walks past a destroyed school in Kharkiv. REUTERS/Vyacheslav Madiyevskyy", "photo caption"),
    ("Privacy Policy", "navigation"),
    ("Home › World › Middle East", "navigation"),
    ("Categories: 2023 in Israel | Gaza–Israel conflict", "navigation"),
    ("Israeli tanks on the Gaza border on Sunday. Photograph: Amir Cohen/Reuters", "photo caption"),
    ("Rescuers at the site of the strike [File: Ahmad Hasaballah/Getty]", "photo caption"),
    ("Firefighters at a burning depot in Sumy (State Emergency Service/Telegram)", "photo caption"),
    ("Image source, EPA", "photo caption"),
    ("Image caption, Displaced families shelter in a school in Khan Younis", "photo caption"),
    ("Get the Evening Brief in your inbox every weekday", "newsletter prompt"),
    ("Sign up to our weekly newsletter", "newsletter label"),
    ("3 hours ago", "relative age"),
    ("LIVE Updated 12m ago", "relative age"),
    ("Older posts »", "pagination"),
    ("27", "pagination"),
    ("5.3K Likes", "engagement counts"),
    ("Retweets", "engagement counts"),
    ("Click here to read the full statement of the ministry.", "link prompt"),
    ("Follow the latest on the war at https://example.org/live", "link prompt"),
    ("[14] https://t.me/example/123 ; https://x.com/example/status/1", "link prompt"),
    ("^ Jones, Ann (8 October 2023). \"Rockets fired at Sderot\". Haaretz. Retrieved 9 October 2023.", "references"),
    ("Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.",
     "licence notice"),
    ("12 Comments", "comment form"),
    ("Share this entry", "share buttons"),
    ("Share post", "share buttons"),  # a live post's own button
    ("Gift this article free", "share buttons"),
    ("want to join? Log in or sign up in seconds.", "login notice"),
    ("Skip to end of carousel", "skip link"),
    ("Your tax deductible gift can help stop abuses and save lives around the world.", "donation appeal"),
    ("Comment guidelines:", "forum rules"),
    ("Key Event", "post badge"),
    ("Flash Updates give first estimates of sudden displacement caused by fighting or floods. For further "
     "information, please contact the field office at field.office@example.org.", "contact footer"),
    ("Link Copied!", "share buttons"),
    ("Smoke over Khan Younis after an air strike. Ibraheem Abu Mustafa/Reuters", "photo caption"),
    ("Credit...Samar Abu Elouf for The New York Times", "photo caption"),
    ("Sign In", "navigation"),
    ("Download the full report (PDF | 1.2 MB)", "navigation"),
    ("Earlier bulletins are available at: https://example.org/bulletins", "link prompt"),
    ("Market data powered by FactSet. Prices delayed at least 15 minutes.", "market data notice"),
    ("Quotes displayed in real-time or delayed by at least 15 minutes.", "market data notice"),
    ("Sahel Monitor is a service provided by the Danish Refugee Council.", "site service"),
    ("ConflictWatch is a project of the Geneva Institute for Peace Studies.", "site service"),
    ("Interfax-Ukraine. Media outlet registration certificate No. KV-1234 issued by the State Committee.",
     "licence notice"),
    ("The online publication is registered as a mass medium by the Federal Service for Supervision of"
     " Communications, registration number EL No. FS 77-12345.", "licence notice"),
    ("This website may contain materials not intended for persons under 18.", "licence notice"),
    ("16+", "licence notice"),
    ("Comments have been closed for this story.", "comment form"),
    ("Example Post takes no responsibility for the comments posted by its readers.", "comment form"),
    ("Agence Afrique, the news division of Afrique Media Group, is the leading news agency of West Africa.",
     "about the publisher"),
    ("Terms & Conditions", "navigation"),
    ("Your Privacy Choices", "navigation"),
    ("[edit]", "edit link"),
    ("Official channel of the General Staff of the Armed Forces. Operational updates and statements.",
     "about the publisher"),
    ("Reporting since 1998 to give readers in the region the news others miss.", "about the publisher"),
    ("Peace Watch is an independent, non-profit organisation working to prevent and resolve deadly conflict.",
     "about the publisher"),
    ("All figures are subject to change as new information becomes available.", "disclaimer"),
    ("The Sahel Weekly will return next week.", "sign-off"),
    ("We will be back on Monday.", "sign-off"),
    ("The Sahel Monitor's weekly overviews are based on data collected for the reporting week and may be revised as "
     "new information becomes available.", "disclaimer"),
    ("This material was created and (or) distributed by a foreign mass media agent.", "disclaimer"),
    ("You can support the displaced families of Kharkiv through the city's relief fund: example.org/relief",
     "donation appeal"),
    ("Time to read 4 min.", "navigation"),
    ("OCHA will issue the next Flash Update on 27 September.", "sign-off"),
    ("OCHA will continue to monitor the situation and issue updates as needed.", "sign-off"),
    ("The next situation report will be issued on Friday.", "sign-off"),
    ("Reading time: 6 minutes", "navigation"),
    ("Listen to Story", "navigation"),
    ("An image taken from a video released by the rebels on July 28, 2024, showing a burned-out truck near Gao, "
     "Mali. AFP", "photo caption"),
    ("Choose to support open, independent, quality journalism and subscribe on a monthly basis.", "donation appeal"),
    ("Residents inspect a house damaged by a shell fired across the border on Monday, March 3. Photo by Jane Roe",
     "photo caption"),
])
def test_furniture_is_dropped_with_its_reason(line: str, reason: str) -> None:
    updates, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(3, f"boilerplate: {reason}")]
    assert [u.lines for u in updates] == [[1]]


@pytest.mark.parametrize("line", [
    "Hackers used stolen browser cookies to log in to officials' accounts, the cyber police said on Monday.",
    "The foundation urged people to donate to the Red Cross, saying Russia will support us no matter what.",
    "Lawyers for the broadcaster said the copyright dispute over the war footage would go to court in July, and "
    "that the footage had been shared without permission by several channels in Russia and Belarus since March.",
    "Rescuers retrieved on 12 March 2022 the bodies of four people from the rubble in Kharkiv, officials said.",
    "Finland and Sweden said they would sign up to the joint procurement of artillery shells next month.",
    "The ministry published a hyperlink to the video of the strike and said it showed a launcher being hit.",
    "The military released a photo: the wreck of a drone that fell near the power plant on Sunday.",
    "In its daily newsletter, the institute said Russian forces had advanced near Avdiivka on Monday.",
    "The army is a service run by conscripts, and the ministry said a project of the old government had ended.",
    "Traders said oil prices were delayed at the port of Sudan after the attack on the refinery on Sunday.",
    "The ceasefire's terms and conditions were not made public.",
    "Hamas said the site map was fake.",
    "MSF, an international medical organisation working in Gaza, said its clinic in Rafah was shelled on Monday.",
    "The official channel of the ministry said 12 drones were shot down overnight.",
    "The delegation will return to Geneva next week, the UN envoy said.",
    "Casualty figures were subject to change, the health ministry said on Monday.",
    "A Moscow court fined the journalist for failing to label a post as the work of a foreign agent.",
    "The footage shows the convoy leaving Gao, the army said, in a statement relayed by AFP",
    "The UN will continue to monitor the situation in El Fasher, where 800,000 people are trapped, the envoy said.",
])
def test_news_that_merely_uses_a_furniture_word_is_kept(line: str) -> None:
    updates, dropped = run(f"{line}\n")
    assert not dropped and updates[0].lines == [1]


def test_publisher_speaking_for_itself_is_self_promotion_but_quotes_are_not() -> None:
    updates, dropped = run(f"""
        {REPORT}

        The Kyiv Independent is reader-funded. We rely on our community to keep reporting from the front.

        Kherson's mayor told the Kyiv Independent: “We will rebuild.”
    """)
    assert [(d.line, d.reason) for d in dropped] == [(3, "boilerplate: self-promotion")]
    assert [u.lines for u in updates] == [[1], [5]]


def test_a_person_speaking_as_we_to_the_publisher_is_not_self_promotion() -> None:
    # quoted in single curly marks (an apostrophe inside a word does not end the quote), or told without quotes
    updates, dropped = run(f"""
        {REPORT}

        ‘We didn’t sleep. We took the children to the basement of the school,’ a resident told the Kyiv Independent.

        We lost everything in the flood, a farmer from Oleshky told Kyiv Independent by phone.

        Our reporters in Kherson saw the water rise. Support the Kyiv Independent and keep us in the field.
    """)
    assert [(d.line, d.reason) for d in dropped] == [(7, "boilerplate: self-promotion")]
    assert sorted(n for u in updates for n in u.lines) == [1, 3, 5]  # (the quote may carry on the report above)


def test_the_publisher_speaking_as_we_about_its_own_reports_is_self_promotion() -> None:
    _, dropped = run(f"""
        {REPORT}

        We will keep updating this report as we verify claims from both sides, and we correct our reports openly.
    """, publisher="Conflict Monitor")
    assert [(d.line, d.reason) for d in dropped] == [(3, "boilerplate: self-promotion")]


def test_a_table_of_contents_is_dropped_even_where_its_numbers_look_like_dates() -> None:
    updates, dropped = run(f"""
        Table of contents
        1 June 2023
        2 Reactions
        2.1 Domestic
        {REPORT}
    """)
    assert [(d.line, d.reason) for d in dropped] == [(n, "boilerplate: table of contents") for n in (1, 2, 3, 4)]
    assert [u.lines for u in updates] == [[5]]


def test_alt_text_repeating_the_caption_below_goes_with_it() -> None:
    _, dropped = run(f"""
        {REPORT}
        Kherson flood
        Kherson flood (Copyright 2023 Example Wire. All rights reserved)
    """)
    assert [(d.line, d.reason) for d in dropped] == [(2, "boilerplate: copyright"), (3, "boilerplate: copyright")]


def test_config_patterns_of_the_site_and_of_the_source_drop_lines() -> None:
    updates, dropped = run(f"""
        {REPORT}

        Listen to our podcast Ukraine Daily

        Telegram channel: t.me/example
    """, patterns=(r"^telegram channel:",), site_patterns=(r"podcast",))
    assert [d.line for d in dropped] == [3, 5]
    assert all(d.reason.startswith("boilerplate: config pattern") for d in dropped)
    assert [u.lines for u in updates] == [[1]]


@pytest.mark.parametrize("line", ["From CNN's Jane Doe and John Roe", "Text by: FRANCE 24", "By HANNA ARHIROVA",
                                  "The New Arab Staff & Agencies", "Al Jazeera Staff", "Guardian staff and agencies",
                                  "Middle East analyst, BBC World Service"])
def test_bylines_of_other_shapes_are_asides(line: str) -> None:
    updates, dropped = run(f"{REPORT}\n\n{line}\n")
    assert not dropped and [(u.lines, u.kind) for u in updates] == [([1], "update"), ([3], "aside")]


def test_see_also_read_more_and_bylines_are_asides_not_dropped() -> None:
    updates, dropped = run(f"""
        {REPORT}

        Read more: What the dam's collapse means for the counteroffensive

        Reporting by Olena Harmash; Editing by Tom Balmforth
    """)
    assert not dropped
    assert [(u.lines, u.kind) for u in updates] == [([1], "update"), ([3], "aside"), ([5], "aside")]


def test_unknown_publisher_is_never_matched_as_a_name() -> None:
    _, dropped = run("An unknown number of people were evacuated; we are told more buses are coming.\n",
                     publisher="unknown (republished)")
    assert not dropped


# --- input hygiene: chronik/ingest.py feeds the parser clean lines ------------------------------------------


def _parse_file(tmp_path: Path, data: bytes) -> tuple[list[Update], list[Dropped], list[str]]:
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    doc = read_document("page", path)
    source = Source(id="page", file="page.txt", path=path, publisher="X", published=dt.date(2023, 6, 6))
    config = Config(root=tmp_path, path=tmp_path / "config.yaml", title="t", sources=(source,))
    updates, dropped = segment(doc, source, config)
    return updates, dropped, doc.warnings


def test_bom_crlf_and_no_break_spaces_do_not_change_line_numbers_or_timestamps(tmp_path: Path) -> None:
    data = "\ufeffJune 6 update\r\n\r\n9:35 p.m.:\u00a0Water levels rose in Kherson.\r\n".encode()
    updates, dropped, warnings = _parse_file(tmp_path, data)
    report = next(u for u in updates if u.kind == "update")
    assert (report.lines, report.time, report.text) == ([3], "21:35", "Water levels rose in Kherson.")
    assert not dropped and not warnings


def test_a_page_that_is_not_utf8_is_read_with_a_warning(tmp_path: Path) -> None:
    data = "Kyiv \u2013 the mayor said the caf\u00e9 reopened.\n".encode("cp1252")
    updates, _, warnings = _parse_file(tmp_path, data)
    assert updates[0].text == "Kyiv – the mayor said the café reopened."
    assert warnings and "not UTF-8" in warnings[0]


def test_menus_above_the_story_and_footer_links_below_it_are_dropped() -> None:
    updates, dropped = run(f"""
        Home
        News
        War in Ukraine
        Opinion
        Dam destroyed in southern Ukraine
        {REPORT}
        About
        Contact
        Careers
    """)
    assert [(d.line, d.reason) for d in dropped] == [(n, "boilerplate: navigation") for n in (1, 2, 3, 4, 7, 8, 9)]
    assert [u.lines for u in updates] == [[5], [6]]


def test_short_lines_between_paragraphs_or_with_dates_are_not_a_menu() -> None:
    updates, dropped = run(f"""
        June 6
        Live
        Kherson
        {REPORT}
        Shelling continues
        Rescue efforts
        Evacuations
        {REPORT}
    """)
    assert not dropped and len(updates) == 8


def test_a_share_rows_last_buttons_are_furniture_and_do_not_title_the_story() -> None:
    """ "X" and "LINE" alone are a button only under another one of the row; "X" read as a roman numeral would title
    the whole story below it as one section."""
    updates, dropped = run("""
        Share
        Facebook
        X
        LINE

        Artillery fire was reported near Sisophon on Sunday morning, the provincial police chief said.

        The Royal Thai Navy said on Saturday that marines had repelled an attack near Ban Chamrak.

        Malaysia's foreign minister said on Sunday that talks could be held in Putrajaya as early as Monday.
        """)
    assert [(d.line, d.reason) for d in dropped] == [(n, "boilerplate: share buttons") for n in (1, 2, 3, 4)]
    assert [u.lines for u in updates if u.kind == "update"] == [[6], [8], [10]]


def test_a_lone_x_or_line_is_kept_where_no_share_row_is_above() -> None:
    updates, dropped = run("""
        Line

        Artillery fire was reported near Sisophon on Sunday morning, the provincial police chief said.
        """)
    assert not dropped and [u.lines for u in updates] == [[1], [3]]


def test_a_caption_credited_to_its_photographer_and_agency_in_parentheses_is_an_aside() -> None:
    updates, dropped = run("""
        Residents inspect a damaged building in Kramatorsk on June 6, 2023. ( Jane Roe - Example Agency )

        The dam at Nova Kakhovka was destroyed overnight, the Ukrainian military said.
        """)
    assert not dropped and [(u.lines, u.kind) for u in updates] == [([1], "aside"), ([3], "update")]


def test_readers_comments_under_a_story_each_a_name_and_stamp_line_and_a_vote_button_are_furniture() -> None:
    updates, dropped = run(f"""
        {REPORT}

        Comments (12) Closed
        Olena K. | Jun 06, 2023 04:12pm
        The army must rebuild the dam as soon as the water falls.
        Recommend 3
        Petro | Jun 06, 2023 05:47pm
        Nobody will pay for this crime.
        Recommend 0
        """)
    assert [u.lines for u in updates] == [[1]]
    assert {d.line for d in dropped} == set(range(3, 10))


def test_a_wiki_navigation_box_s_rows_are_furniture() -> None:
    updates, dropped = run(f"""
        {REPORT}

        Background\tKakhovka Reservoir · Nova Kakhovka · Dnipro River · Battle of Kherson
        Events\tDestruction of the Kakhovka Dam · 2023 Ukrainian counteroffensive · Flooding in Kherson
        """)
    assert [u.lines for u in updates] == [[1]]
    assert [(d.line, d.reason) for d in dropped] == [(n, "boilerplate: navigation box") for n in (3, 4)]


def test_a_publication_line_glued_to_its_screen_reader_copy_is_the_pages_dateline() -> None:
    updates, dropped = run(f"Posted Mon 9 Oct 2023 at 6:05amMon 9 Oct 2023 at 6:05am, updated 41m ago41 minutes ago\n\n"
                           f"{REPORT}\n")
    assert dropped == []  # the page's own line: kept, as its dateline
    line = next(u for u in updates if u.lines == [1])
    assert line.kind == "aside" and line.why.startswith("publication line")
    assert [u.kind for u in updates if u.lines == [3]] == ["update"]


def test_a_publisher_of_two_names_describing_the_report_it_publishes_is_about_itself() -> None:
    text = ("The Sahel Conflict Project (SCP) at the Example Institute and the Centre for Peace Studies (CPS) publish "
            "the Sahel Update, which provides daily insights into the fighting in Mali, Burkina Faso and Niger.")
    _, dropped = run(f"{REPORT}\n\n{text}\n", publisher="Centre for Peace Studies / Sahel Conflict Project")
    assert [(d.line, d.reason) for d in dropped] == [(3, "boilerplate: about the publisher")]
    # the same sentence by an outlet that is not its publisher is page content
    updates, dropped = run(f"{REPORT}\n\n{text}\n", publisher="Example Radio")
    assert dropped == [] and [u.lines for u in updates] == [[1], [3]]


def test_a_forums_rules_under_their_label_are_furniture() -> None:
    updates, dropped = run(f"""{REPORT}

Comment guidelines:
Please do:
Be polite and civil,
Link to your sources,
Please do not:
Start fights with other commenters,
Please read our in depth rules https://example.org/rules.
""")
    assert [d.reason for d in dropped] == ["boilerplate: forum rules"] * 7
    assert [u.lines for u in updates] == [[1]]


def test_a_numbered_list_of_notes_whose_marks_were_lost_is_the_apparatus() -> None:
    notes = ('[1] UN OCHA, "Sudan: Port Sudan - Flash Update No. 1", May 6, 2025.\n'
             '[2] Sudan Tribune, "Drones hit Port Sudan fuel depots for second day", May 5, 2025.\n')
    _, dropped = run(f"{REPORT}\n\n{notes}")
    assert [(d.line, d.reason) for d in dropped] == [(3, "citation: note"), (4, "citation: note")]
    # one bracketed number alone, or numbers that do not count from one, are no list of notes
    _, dropped = run(f"{REPORT}\n\n[3] The ministry said 40 people were killed in the strike on 4 May 2025.\n")
    assert not dropped
