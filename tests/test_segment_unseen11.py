"""Round eleven of whole pages (``tests/pages/``): a forum's live thread whose updates are stamped "UPDATE 23:05
(Khartoum):" — the clock's place in parentheses names its zone — newest first, the top one dated past midnight
("UPDATE 01:20 Apr 18 (Khartoum):"), the ones under it on the day before, and readers' comments under it
("nile_watcher · 5 hr. ago" over what they say, "level 2", "[removed]"); a podcast's transcript whose turns sit
under media offsets ("[00:01:18]", the recording's clock, not the day's), opened by the host's greeting, answered by
a correspondent's "Yes. ..." and closed by a sign-off; an encyclopedia's timeline saved as a tab-separated table
whose rows leave the date cell empty under a date they share (a merged cell: the row takes the date above), under a
hatnote "See also: <article>" that names its one link and opens no list of links; a ministry's list of statements,
newest first, each a date line, a title and paragraphs, one ending on its own "Read more" link, one whose second
paragraph carries the first on ("The Minister informed ...") though it names another day; a UN story where "The
Office for the Coordination of Humanitarian Affairs said ..." names a body (it does not carry on "the office" above)
and whose "Download the UN News app ..." is furniture; a rights group's report where a witness introduced by age ("A
62-year-old woman, Olena, said ...") tells of the incident above, whose "at about 10 a.m." after its opening day is
its time, and "Join our movement today." is an appeal; a UN story whose photo's credit line ("Photo: UNHCR/...") has
the caption under it, and whose date comes with its section ("28 April 2023 Migrants and Refugees"); a UN story with
subheadings between its paragraphs, the last one shaped like a headline ("Fighters seize hospital roof in Hodeidah")
but a subheading as the others are, a body named again by its short name ("OCHA also said ..." under "... (OCHA)
said"), and a quote whose speaker, named in full after it and not above, spoke on a day of their own ("..., Save the
Children Country Director Tamer Kirolos told reporters in Amman on Sunday."); a rights group's recommendations, each
list of them under whom it is for ("To the UN Security Council:"), and a quote after the last list that is none of
its recommendations. Each test says what a careful reader expects; every non-blank line is used exactly once
(``test_segment_unseen``)."""

from __future__ import annotations

import pytest
from test_segment_property import unaccounted
from test_segment_unseen import parse

from chronik.segment import prose
from chronik.segment.blocks import split_blocks
from chronik.segment.classify import STAMP_LINE, classify_page
from chronik.segment.finder import make_finder
from chronik.segment.timestamps import act_clock, find_stamp, topic_dateline


def test_forum_live_thread_stamped_with_the_clock_s_place_newest_first_past_midnight() -> None:
    page = parse("sudan_forum_live_thread")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    stamped = [("UPDATE 01:20 Apr 18", "2023-04-18", "01:20"), ("UPDATE 23:05", "2023-04-17", "23:05"),
               ("UPDATE 18:40", "2023-04-17", "18:40"), ("UPDATE 12:15", "2023-04-17", "12:15")]
    for start, date, time in stamped:
        update = page.of(start)
        assert (update.kind, update.date, update.time, update.timezone) == ("update", date, time, "Africa/Khartoum")
    # the stamp is not the update's text, and the line under one continues it
    assert page.of("UPDATE 01:20").text.startswith("RSF says its fighters")
    assert page.of("Several hospitals in the capital") is page.of("UPDATE 18:40")
    assert "the day before" in page.of("UPDATE 23:05").why
    assert sum(u.kind == "update" for u in page.reports) == 4
    # what readers say under the thread is not its news, however it is worded
    for start in ("nile_watcher · 5 hr. ago", "The convoy story is wild.", "Probably someone who did not know",
                  "omdurman_eng · 4 hr. ago", "My cousin near the airport"):
        assert page.of(start).kind == "aside"
    assert page.why_dropped("Previous threads: Day 2 | Day 1") == "boilerplate: navigation"
    assert page.why_dropped("Thread rules: no graphic videos") == "boilerplate: forum furniture"
    assert page.why_dropped("level 2") == "boilerplate: forum furniture"
    assert page.why_dropped("[removed]") == "boilerplate: forum furniture"
    assert page.why_dropped("About Community") == "boilerplate: forum furniture"
    assert page.why_dropped("News and discussion on the war") == "boilerplate: forum furniture"  # the sidebar's blurb
    page.not_reported("Live thread: fighting in Khartoum", "1.1k", "Share", "Reply", "[deleted] · 2 hr. ago",
                      "Created Jan 3, 2019")
    note = page.of("Updates newest first.")  # the thread's note on how it is kept: about the page, not news
    assert note.kind == "aside" and note.why.startswith("thread note")


def test_a_place_in_parentheses_after_a_stamp_s_clock_is_its_zone() -> None:
    for text, zone in [("UPDATE 16:40 (Kyiv): Zelensky says the city holds.", "Europe/Kyiv"),
                       ("21:05 (Baku) – The ministry says two soldiers died.", "Asia/Baku"),
                       ("09:30 Mar 3 (Moscow time): The Kremlin says talks continue.", "Europe/Moscow")]:
        stamp = find_stamp(text)
        assert stamp is not None and stamp.zone == zone and stamp.body[0].isupper()
    # a place the lexicon gives no clock is not read as a zone, nor is a place in the sentence
    assert find_stamp("10:00 (Paris): Macron calls for a ceasefire.") is None
    assert find_stamp("At 16:40 (Kyiv), sirens sounded.") is None


def test_podcast_transcript_with_media_offsets_a_greeting_replies_and_a_sign_off() -> None:
    page = parse("levant_podcast_transcript")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    # the offsets time nothing: every report is the episode's day, none has a time
    assert all((u.date, u.time) == ("2023-10-21", None) for u in page.reports)
    page.not_reported("[00:00:00]", "[00:00:11]", "[00:01:18]", "[00:02:40]", "Frontline Daily",
                      "ANCHOR (DANA LEVI): Good morning", "Episode 31:", "21 October 2023")
    # the correspondent's "Yes. ..." answers the anchor's cue: one story
    crossing = page.of("ANCHOR: The Rafah crossing")
    assert page.of("KARIM NASSER: Yes.") is crossing and crossing.kind == "update"
    for start in ("KARIM NASSER: The Gaza health ministry", "ANCHOR: In Cairo, Egypt hosted"):
        assert page.of(start).kind == "update" and page.of(start) is not crossing
    assert page.why_dropped("This is a rush transcript.") == "boilerplate: transcript note"
    assert page.why_dropped("ANCHOR: That's all from") == "boilerplate: sign-off"
    assert page.why_dropped("Subscribe to Frontline Daily") == "boilerplate: subscription appeal"
    assert page.why_dropped("[SOUND OF TRUCKS]") == "boilerplate: stage direction"


def test_offsets_that_start_late_or_go_back_are_a_live_page_s_clock() -> None:
    def kinds(lines: list[str]) -> list[str]:
        return [i.kind for i in classify_page(split_blocks(lines), make_finder(None, ()))]

    turns = ["HOST: The strike came at dawn.", "GUEST: The mayor said two people died."]
    offsets = kinds(["[00:00:05]", turns[0], "[00:00:40]", turns[1], "[00:01:30]", turns[0]])
    assert STAMP_LINE not in offsets
    late = kinds(["[14:32:05]", turns[0], "[14:40:10]", turns[1], "[14:55:00]", turns[0]])
    assert late.count(STAMP_LINE) == 3


def test_tab_table_timeline_whose_rows_share_a_merged_date_cell_under_a_hatnote() -> None:
    page = parse("darfur_tab_table_timeline")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    rows = [("24 April 2023\tFighting between", "2023-04-24"), ("\tLooting of the city's markets", "2023-04-24"),
            ("14 June 2023\tThe governor of West Darfur", "2023-06-14"), ("\tThe RSF denied any role", "2023-06-14"),
            ("\tThe African Union condemned", "2023-06-14"), ("13 July 2023\tThe UN reported", "2023-07-13")]
    units = [page.of(start) for start, _ in rows]
    assert len({id(u) for u in units}) == 6
    assert [(u.kind, u.date) for u in units] == [("update", date) for _, date in rows]
    # the merged cell's date is the row's, as the table shows it
    assert page.of("\tThe RSF denied any role").text.startswith("14 June 2023 | The RSF denied")
    assert page.why_dropped("Date\tEvent\tSource") == "markup: table header"
    page.not_reported("Timeline of the 2023 Sudan war", "See also: War in Sudan", "Timeline[edit]", "References[edit]")


def test_ministry_statements_list_with_an_item_s_read_more_link_and_a_paragraph_carrying_the_first_on() -> None:
    page = parse("mfa_statements_read_more")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    talks = page.of("Statement on the talks of Foreign Minister")
    assert (talks.kind, talks.date, talks.title) == (
        "update", "2008-08-14",
        "Statement on the talks of Foreign Minister Eka Tkeshelashvili with the EU Special Representative")
    assert page.of("On 14 August, Foreign Minister") is talks and page.of("The Minister informed") is talks
    # "Read more" is the item's link: the next day's statement is not a related link under it
    plan = page.of("Georgia accepts the six-point peace plan")
    assert (plan.kind, plan.date, plan.title) == ("update", "2008-08-13", "Georgia accepts the six-point peace plan")
    assert page.of("The Ministry of Foreign Affairs of Georgia welcomes") is plan
    assert page.of("Georgia calls on the Russian Federation") is plan
    assert sum(u.kind == "update" for u in page.reports) == 2
    page.not_reported("Ministry of Foreign Affairs of Georgia", "Press releases", "14 August, 2008", "Read more",
                      "13 August, 2008", "Share:")


def test_un_story_where_a_body_s_name_opens_a_paragraph_and_an_app_prompt_closes_it() -> None:
    page = parse("un_story_body_names")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    cholera = page.of("Cholera cases in Yemen")
    assert (cholera.kind, cholera.date) == ("update", "2017-06-02")
    assert page.of('"The sheer scale of the outbreak') is cholera
    ocha = page.of("The Office for the Coordination")
    assert ocha is not cholera and (ocha.kind, ocha.date) == ("update", "2017-06-01")
    assert page.why_dropped("Download the UN News app") == "boilerplate: app prompt"
    page.not_reported("Humanitarian Aid", "Yemen: cholera cases double", "2 June 2017 Health")


def test_the_office_said_carries_on_but_a_body_named_office_for_does_not() -> None:
    assert prose.continues("The office said the figures were provisional.")
    assert not prose.continues("The Office for Democratic Institutions and Human Rights said on Monday it would send "
                               "observers.")
    assert not prose.continues("The Commission on Human Rights in Kenya said 12 people had died.")


def test_rights_report_whose_witness_tells_of_the_incident_above() -> None:
    page = parse("ngo_report_witness")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    strike = page.of("On February 28, at about 10 a.m.")
    # the clock after the day the item opens with is the strike's, as its day is
    assert (strike.kind, strike.date, strike.time, strike.timezone) == ("update", "2022-02-28", "10:00", "Europe/Kyiv")
    assert page.of("A 62-year-old woman, Olena, said") is strike
    denial = page.of("The Russian Defence Ministry has denied")
    assert denial is not strike and (denial.kind, denial.time) == ("update", None)
    assert page.why_dropped("Get updates on human rights issues") == "boilerplate: subscription appeal"
    page.not_reported("Ukraine: Cluster munitions killed", "March 11, 2022")


def test_a_clock_right_after_an_item_s_opening_day_is_its_act_s() -> None:
    assert act_clock(", at about 10:30 a.m., two rockets hit") == ("10:30", "at about 10:30 a.m.")
    assert act_clock(" at 21:40, the drone struck") == ("21:40", "at 21:40")
    assert act_clock(", around midday, a shell was found") is None  # no clock
    assert act_clock(", the ministry said at 5 p.m. that ...") is None  # a clock further on is not the act's


def test_un_story_with_a_caption_under_its_photo_credit_and_a_dateline_naming_its_section() -> None:
    page = parse("unhcr_story_photo_credit")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    assert page.why_dropped("Photo: UNHCR/Aristophane") == "boilerplate: photo caption"
    assert page.why_dropped("Women and children wait for registration") == "boilerplate: photo caption"
    dateline = page.of("28 April 2023 Migrants and Refugees")
    assert (dateline.kind, dateline.date) == ("aside", "2023-04-28")
    story = page.of("Some 20,000 people have fled")
    assert (story.kind, story.date, story.title) == ("update", "2023-04-28", None)
    page.not_reported("Displaced families arrive in Chad")


@pytest.mark.parametrize(("text", "date"), [("15 March 2024 Humanitarian Aid", "15 March 2024"),
                                            ("March 3, 2022 Peace and Security", "March 3, 2022"),
                                            ("28 April 2023 Migrants and Refugees", "28 April 2023"),
                                            ("15 March 2024 The army said it had retaken the town.", None),
                                            ("3 May 2023 – 4 May 2023", None)])
def test_a_date_then_a_section_s_name_is_a_dateline(text: str, date: str | None) -> None:
    assert topic_dateline(text) == date


def test_un_story_with_subheadings_a_body_s_short_name_and_a_new_speaker_s_quote() -> None:
    page = parse("un_story_subheadings")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    for start in ("Port under threat", "Fighters seize hospital roof"):
        assert (page.of(start).kind, page.of(start).title) == ("aside", None)
    wfp = page.of("Fighting between the Saudi-led coalition")
    assert (wfp.kind, wfp.date) == ("update", "2018-11-12") and page.of("WFP said its warehouses") is wfp
    ocha = page.of("The UN Office for the Coordination")
    assert (ocha.kind, ocha.date) == ("update", "2018-11-11") and page.of("OCHA also said") is ocha
    roof = page.of("Save the Children said fighters")
    assert (roof.kind, roof.date, roof.title) == ("update", "2018-11-10", None)
    quote = page.of('"Children are being treated')
    assert quote is not roof and (quote.kind, quote.date) == ("update", "2018-11-11")
    page.not_reported("Yemen: Hodeidah port damaged", "12 November 2018 Humanitarian Aid")


def test_a_quote_carries_on_the_speaker_above_but_not_a_new_one_named_in_full() -> None:
    above = "UNICEF warned on Friday that children were dying."
    said = '"Children are dying," UNICEF Executive Director Catherine Russell said in a statement.'
    assert prose.new_quoted_speaker(said, above)
    assert not prose.new_quoted_speaker(said, "UNICEF chief Catherine Russell warned on Friday ...")
    assert not prose.new_quoted_speaker('"We will rebuild," he said.', above)


def test_recommendations_listed_under_whom_they_are_for() -> None:
    page = parse("ngo_recommendations")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    armed = page.of("• Immediately stop attacks on hospitals")
    assert (armed.kind, armed.title) == ("update", "To the Sudanese Armed Forces and the Rapid Support Forces")
    assert page.of("• Allow safe passage") is armed and page.of("To the Sudanese Armed Forces") is armed
    council = page.of("• Extend the arms embargo")
    assert council is not armed and council.title == "To the UN Security Council"
    quote = page.of('"Doctors are being shot at')
    assert quote not in (armed, council) and quote.kind == "update"
    assert all(u.date == "2023-05-10" for u in page.reports)
    page.not_reported("Sudan: Attacks on hospitals", "Recommendations")
