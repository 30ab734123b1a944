"""Round nine of whole pages (``tests/pages/``): a state agency's wire story ("MOSCOW, July 17. /Interfax/.") whose
statement runs on ("According to him, ...", "..., the spokesman stressed.") over a "More news" list of teasers, each
a headline and its time; a day-of-war digest under a series' label ("Russia's war in Ukraine: key developments") with
its title and standfirst; a live blog opening on a "What to know" box of summary lines; an explainer whose
subheadings are the reader's questions ("How has Armenia responded to the offensive?") over separate reports; a
humanitarian agency's press release ("NAIROBI, 19 April 2023 –") with quotes of its coordinator, a list under "...
have:", notes to editors and a contact block. Each test says what a careful reader expects; every non-blank line is
used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

import pytest
from test_dates_in_pages import parse as parse_text
from test_segment_property import unaccounted
from test_segment_unseen import titled

from chronik.segment import prose
from chronik.segment.blocks import Block
from chronik.segment.headings import question_heading


def test_agency_wire_statement_runs_on_and_its_more_news_list_is_teasers() -> None:
    page = titled("grain_deal_agency_wire", "Moscow halts participation in Black Sea grain deal — Kremlin")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    lead = page.of("MOSCOW, July 17. /Interfax/.")
    assert (lead.kind, lead.date, lead.time) == ("update", "2023-07-17", None)
    # the quote, "According to him, ..." and "..., the spokesman stressed." are Peskov's statement going on
    for start in ('"Unfortunately, the part', "According to him,", "The Kremlin's decision is not connected"):
        assert page.of(start) is lead, start
    # each reaction is its own report, and the background paragraph stands apart
    for start in ("Turkish President Recep", "UN Secretary-General", "Ukrainian President Volodymyr",
                  "The Black Sea grain initiative was signed"):
        assert page.of(start) is not lead and page.of(start).kind != "aside", start
    assert page.of("Turkish President Recep") is not page.of("UN Secretary-General")
    # the "More news" list: headlines and their times ("July 17, 15:02", "14:05") are teasers, never updates
    page.not_reported("Read also", "Crimean Bridge traffic halted", "Tags", "Grain deal   Dmitry Peskov", "More news",
                      "Shoigu inspects", "July 17, 15:02", "EU condemns", "July 17, 14:37", "Wheat futures",
                      "14:05", "Lavrov to visit Ankara", "July 16, 22:48")
    assert not any(u.time for u in page.reports)
    page.not_reported("INTERFAX", "Moscow halts participation", "Russia will return to the deal",
                      "July 17, 2023, 12:44", "UPDATED: July 17, 2023")
    assert page.why_dropped("Kremlin spokesman Dmitry Peskov ©") == "boilerplate: copyright"


def test_a_teaser_list_keeps_a_stamp_over_a_headline_and_its_text_as_an_entry() -> None:
    updates = parse_text("""
        Fighting flares near Lachin corridor
        14:20
        Azerbaijan's defence ministry said Armenian units had fired on its positions near Lachin.
        More news
        Baku summons French ambassador
        13:05
        Yerevan says talks with Baku to continue in Washington
        12:40
    """, "2023-05-14", "Asia/Baku")
    reports = [u for u in updates if u.kind != "aside"]
    assert [(u.title, u.time) for u in reports] == [("Fighting flares near Lachin corridor", "14:20")]


def test_day_of_war_digest_under_a_series_label_has_its_title_and_standfirst_as_asides() -> None:
    page = titled("ukraine_day_digest_series",
                  "Day 300 of the invasion: Putin visits Minsk as Zelensky travels to Bakhmut front")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    # "Russia's war in Ukraine: key developments" over the title is the series' label: the title is still the page's
    page.not_reported("Russia's war in Ukraine: key developments", "Day 300 of the invasion",
                      "Russian leader holds talks", "Tue 20 Dec 2022 19.05 GMT", "Home   World", "Europe", "Ukraine")
    points = [page.of(f"{n}. ") for n in range(1, 7)]
    assert points == page.reports  # each numbered point is its own update, and nothing else is
    assert [u.date for u in points] == ["2022-12-19", *["2022-12-20"] * 5]
    assert all(u.title is None and u.tags == [] for u in points)
    assert page.why_dropped("Our daily email brings you") == "boilerplate: newsletter prompt"


def test_live_blog_what_to_know_box_gives_one_entry_a_line() -> None:
    page = titled("sudan_live_what_to_know",
                  "Sudan fighting live updates: Ceasefire collapses in Khartoum as foreigners are evacuated")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    box = [page.of(s) for s in ("The U.S. and several European", "The World Health Organization says",
                                "The RSF and the army accused")]
    assert len({id(u) for u in box}) == 3 and all(u.kind != "aside" and u.time is None for u in box)
    assert all(u.tags == ["What to know about the fighting"] for u in box)
    assert page.of("What to know about the fighting").kind == "aside"
    stamped = [(u.title, u.date, u.time) for u in page.reports if u.time]
    assert stamped == [("RSF says it will open Khartoum airport for evacuation flights", "2023-04-24", "20:10"),
                       ("France says it has evacuated 491 people", "2023-04-24", "14:35"),
                       ("Biden announces end of U.S. embassy operation in Khartoum", "2023-04-23", "23:50")]
    assert page.of('"I am grateful') is page.of("President Joe Biden said")
    page.not_reported("LIVE UPDATES", "Sudan fighting live updates", "Fighting between the army",
                      "Last updated April 24", "Monday, April 24", "Sunday, April 23")


@pytest.mark.parametrize(("text", "previous", "expected"), [
    ("Moscow will respond, the minister stressed.", "Lavrov said on Monday ...", True),
    ("The talks will go on, Lavrov added. The parties confirmed the format.", "Sergey Lavrov said ...", True),
    ("Kyiv rejected the plan, Zelensky added.", "Sergey Lavrov said ...", False),  # another speaker
    ("The offensive will continue, he added.", "The general said ...", True),
    ("The city was shelled overnight, Kuleba said.", "Dmytro Kuleba said ...", False),  # "said": maybe a new statement
])
def test_a_speaker_of_the_paragraph_above_goes_on(text: str, previous: str, expected: bool) -> None:
    assert prose.speaker_goes_on(text, previous) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("According to him, the parameters will be agreed later.", True),
    ("According to the ministry, 12 drones were shot down.", True),
    ("According to the UN refugee agency, 11,000 people have fled.", False),  # a source of its own
])
def test_according_to_the_speaker_above_carries_on(text: str, expected: bool) -> None:
    assert prose.continues(text) is expected


def test_explainer_question_subheadings_are_section_labels_over_separate_reports() -> None:
    page = titled("karabakh_explainer_questions", "Nagorno-Karabakh: what we know about Azerbaijan's one-day offensive")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    questions = ["What happened?", "Why did Azerbaijan move now?", "How has Armenia responded to the offensive?",
                 "What have other countries said about the ceasefire?", "What happens to the Karabakh Armenians next?"]
    page.not_reported(*questions, "Explainer", "Nagorno-Karabakh: what we know", "Baku says it has restored",
                      "21 September 2023", "By Lusine Hakobyan", "Armenia's prime minister under pressure")
    assert not any(u.title for u in page.updates)  # no question heads a story: each labels the paragraphs under it
    # each paragraph that reports its own act (another speaker, another day) is its own update, tagged by its question
    starts = {"What happened?": ["Azerbaijan's defence ministry announced", "The separatist authorities said",
                                 "At least 200 people were killed"],
              "How has Armenia responded to the offensive?": ["Armenia's prime minister, Nikol Pashinyan",
                                                              "Thousands of protesters gathered"],
              "What have other countries said about the ceasefire?": ["The US secretary of state",
                                                                      "Russia's foreign ministry said",
                                                                      "The UN security council will hold"]}
    for question, paragraphs in starts.items():
        units = [page.of(s) for s in paragraphs]
        assert len({id(u) for u in units}) == len(units), question
        assert all(u.kind == "update" and u.tags == [question] for u in units), question
    assert [page.of(s).date for s in starts["What happened?"]] == ["2023-09-19", "2023-09-20", "2023-09-21"]
    assert page.of("Thousands of protesters gathered").date == "2023-09-20"
    # "He later told ..." carries on the paragraph above; background under "Why ...?" is context
    assert page.of("He later told the protesters'") is page.of("Thousands of protesters gathered")
    assert page.of("Baku has accused the separatists").kind == "context"
    assert page.of("Representatives of the separatist").tags == ["What happens to the Karabakh Armenians next?"]


def test_a_question_under_a_timestamp_is_still_the_posts_title() -> None:
    updates = parse_text("""
        Thursday 21 September
        10:05
        What did Aliyev say in his address?
        Azerbaijan's president Ilham Aliyev said in a televised address that Baku had restored its sovereignty.
        He said the Karabakh Armenians would be guaranteed their rights.
        09:20
        Talks begin in Yevlakh
        Separatist representatives arrived in Yevlakh for talks with Azerbaijani officials.
    """, "2023-09-21", "Asia/Baku")
    reports = [u for u in updates if u.kind != "aside"]
    assert [(u.title, u.time) for u in reports] == [("What did Aliyev say in his address?", "10:05"),
                                                    ("Talks begin in Yevlakh", "09:20")]


@pytest.mark.parametrize(("text", "expected"), [
    ("How did the offensive unfold?", True), ("What happens next", True), ("Who are the rebels?", True),
    ("Where is the president now?", True), ("Will the truce hold?", True),
    ("How the rebels swept across Syria in 12 days", False),  # an article's title, not a question asked
    ("What Putin wants from the talks", False), ("Russia shells Kharkiv as talks stall", False),
])
def test_a_question_heading(text: str, expected: bool) -> None:
    assert question_heading(Block(0, [1], text, text)) is expected


def test_humanitarian_press_release_quotes_list_and_notes_to_editors() -> None:
    page = titled("sudan_medical_press_release",
                  "Sudan: medical teams overwhelmed as fighting in Khartoum enters fifth day")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    lead = page.of("NAIROBI, 19 April 2023 –")
    assert (lead.kind, lead.date, lead.date_basis) == ("update", "2023-04-19", "relative")  # 'warned on Wednesday'
    # the coordinator's quote carries on the statement above it, never an update of its own
    assert page.of('"Our teams are treating') is page.of("Many health facilities in the capital")
    # "The hospital's director told MS ..." is that hospital's story going on
    hospital = page.of("On Monday, the MS-supported hospital")
    assert page.of("The hospital's director told MS") is hospital and hospital.date == "2023-04-17"
    assert page.of("The Sudanese Red Crescent said on Tuesday") is not hospital
    # a quote under a paragraph of the organisation's history is a statement of its own, not more history
    history = page.of("MS has worked in Sudan since 1979")
    quote = page.of('"We call on all parties')
    assert history.kind == "context" and quote is not history and (quote.kind, quote.date) == ("update", "2023-04-19")
    # the list under "... have:" is that paragraph's
    listed = page.of("Since 15 April, MS teams in Sudan have:")
    assert all(page.of(f"• {s}") is listed for s in ("treated 431", "donated surgical kits", "set up a cholera"))
    # notes to editors: the organisation's principles and its footage are for the press; a fact stays context
    page.not_reported("Notes to editors", "MS is an impartial, neutral", "Photos and b-roll", "Related",
                      "Sudan: MS scales up", "Chad: refugees", "Press release", "19 April 2023", "Sudan: medical teams")
    assert page.of("MS has 90 international staff").kind == "context"
    for start in ("For further information", "Amina Khalil, MS Nairobi", "Jonas Weber, MS Geneva"):
        assert page.why_dropped(start) == "boilerplate: contact", start
    assert len(page.reports) == 8


@pytest.mark.parametrize(("text", "previous", "expected"), [
    ("The hospital's director said fuel would last three days.", "Shells hit the hospital in El Fasher.", True),
    ("The ship's captain said the crew was safe.", "A drone struck a tanker off Hodeidah.", False),  # no ship named
    ("The army's spokesman said the strikes would go on.", "Rebels said they shot down a drone.", False),
])
def test_somebody_of_the_thing_named_above_goes_on_with_its_story(text: str, previous: str, expected: bool) -> None:
    assert prose.of_the_thing(text, previous) is expected
