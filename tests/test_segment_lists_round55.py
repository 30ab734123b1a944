"""Round 55 of segmentation: listings. A news aggregator's list of results (a news search, a topic page), one card
per story: the outlet's name, the headline, maybe a byline, and the story's age, the card's buttons under it."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from page_cases import of, parse_page

from chronik.segment import briefings, results
from chronik.segment.blocks import Block
from chronik.segment.info import HEADLINE, Info


def test_each_card_of_a_news_search_is_a_report_dated_by_its_age() -> None:
    saved = dt.datetime(2024, 3, 14, 10, 0, tzinfo=ZoneInfo("Europe/Kyiv"))
    page = parse_page("""
        News
        Kharkiv strike
        Sign in
        Top stories
        Kyiv Independent
        Russian missile strike on Kharkiv kills three, injures 17, governor says
        2 hours ago
        Full Coverage
        More
        Ukrainska Pravda
        Air defence downs 22 of 25 drones overnight, Air Force says
        By Olena Roshchina
        Yesterday
        More
        Reuters
        Ukraine says it struck a Russian oil refinery in Ryazan region
        3 days ago
        More
        Meduza
        Belgorod residents report explosions as officials close schools
        Mar 9, 2024
        More
        Next page
        """, saved, "Europe/Kyiv")
    kharkiv = of(page, "Kyiv Independent")
    assert (kharkiv.kind, kharkiv.lines, kharkiv.date) == ("update", [5, 6, 7], "2024-03-14")
    drones = of(page, "Ukrainska Pravda")
    assert (drones.lines, drones.date) == ([10, 11, 13], "2024-03-13")
    assert of(page, "By Olena Roshchina").kind == "aside"  # the byline shown in the card
    assert of(page, "Reuters").date == "2024-03-11"
    assert (of(page, "Meduza").lines, of(page, "Meduza").date) == ([19, 20, 21], "2024-03-09")


def test_a_topic_page_of_cards_dated_day_first_with_no_buttons_between_them() -> None:
    page = parse_page("""
        Sudan war
        Radio Dabanga
        RSF fighters loot villages east of Wad Madani, residents say
        12 Mar
        Sudan Tribune
        Army retakes state broadcaster building in Omdurman
        12 March 2024
        Al Jazeera English
        Aid convoy reaches El Fasher after weeks of blockade
        10 Mar
        """, dt.date(2024, 3, 13), "Africa/Khartoum")
    assert (of(page, "Radio Dabanga").lines, of(page, "Radio Dabanga").date) == ([2, 3, 4], "2024-03-12")
    assert of(page, "Sudan Tribune").lines == [5, 6, 7]
    assert (of(page, "Al Jazeera English").lines, of(page, "Al Jazeera English").date) == ([8, 9, 10], "2024-03-10")


def test_two_cards_or_a_name_over_a_sentence_make_no_list_of_results() -> None:
    teasers = ["Middle East", "Ceasefire talks resume in Cairo as mediators push for deal", "2 hours ago",
               "Europe", "Poland sends more troops to its border with Belarus", "Yesterday"]
    assert results.cards(teasers) == []
    three = [*teasers, "Africa", "Sahel juntas sign defence pact in Niamey", "Jan 25"]
    assert [c.outlet for c in results.cards(three)] == [0, 3, 6]
    # an outlet's name is no sentence, and a paragraph under it is no headline
    prose = ["Reuters", "The army said it had taken the town. Residents fled overnight.", "3 hours ago"] * 3
    assert results.cards([*prose[:1], "The army said.", *prose[2:]]) == []
    assert results.is_age("3 hours ago") and results.is_age("Jan 26, 2025") and not results.is_age("Goma")


def test_a_box_of_related_links_with_their_sections_under_them_is_no_list_of_results() -> None:
    # "title / day / section" read one line late looks like "outlet / headline / age": the title and day above the
    # first such card give it away
    related = ["Related", "Army captures the bridge at Dansha, officials say", "November 9, 2020", "News",
               "Government declares a state of emergency in the region", "November 4, 2020", "News Alert",
               "Why the crisis demands urgent de-escalation now", "November 7, 2020", "Editorial",
               "Rebels deny shelling the airport in the regional capital", "November 8, 2020", "News", "Leave a Reply"]
    assert results.cards(related) == []
    assert results.cards(['In "News"', *related[4:]]) == []  # (a section in quotes is none of an outlet's names)


def test_a_listing_of_daily_reports_each_titled_over_its_own_date_line() -> None:
    page = parse_page("""
        Press releases
        Russian drone attacks on the Odesa region overnight
        Date: 2024-03-12
        Air defence units destroyed 11 of 14 Shahed-type drones launched at the Odesa region overnight.
        Russian drone attacks on the Odesa region overnight
        Date: 2024-03-11
        Air defence units destroyed 9 of 9 drones. Debris damaged a warehouse in the port area.
        Fire crews worked through the night to put out the blaze.
        Statement on the strike on the Izmail port
        Date: 2024-03-10
        The ministry condemns the strike on civilian port infrastructure in Izmail.
        """, dt.date(2024, 3, 12), "Europe/Kyiv")
    first = of(page, "Air defence units destroyed 11")
    assert (first.title_lines, first.lines, first.date) == ([2], [3, 4], "2024-03-12")
    second = of(page, "Air defence units destroyed 9")
    assert (second.title_lines, second.lines, second.date) == ([5], [6, 7, 8], "2024-03-11")
    statement = of(page, "The ministry condemns")
    assert (statement.title, statement.lines, statement.date) == (
        "Statement on the strike on the Izmail port", [10, 11], "2024-03-10")


def test_a_list_of_statements_with_published_lines_and_one_dated_story() -> None:
    page = parse_page("""
        Statement on the displacement of civilians from Khan Younis
        Published: 4 December 2023
        Hundreds of thousands of people have been ordered to move into an ever smaller area of the south.
        Statement on the humanitarian pause
        Published: 24 November 2023
        The pause allowed the first convoys of fuel to reach the north of the Strip.
        """, dt.date(2023, 12, 5), "Asia/Jerusalem")
    assert (of(page, "Hundreds of thousands").title_lines, of(page, "Hundreds of thousands").lines) == ([1], [2, 3])
    pause = of(page, "The pause allowed")
    assert (pause.title_lines, pause.lines, pause.date) == ([4], [5, 6], "2023-11-24")
    # one such line under a story's title is the story's dateline, not an item's
    story = parse_page("""
        Shelling hits market in Avdiivka
        Published: 4 December 2023
        Two people were killed when shells hit the central market, the regional governor said.
        """, dt.date(2023, 12, 4), "Europe/Kyiv")
    assert of(story, "Published: 4 December 2023").kind == "aside"


def test_statements_under_headings_naming_issuer_and_day_are_dated_and_closed_by_their_signature() -> None:
    page = parse_page("""
        Yemeni Armed Forces operations on Sunday
        Statement issued by the Yemeni Armed Forces on Saturday 13-1-2024
        In the name of Allah, the Most Gracious, the Most Merciful
        At 11:10 pm, the naval forces targeted a commercial ship in the Gulf of Aden with a number of naval missiles.
        Yemeni Armed Forces  Saturday 13-1-2024
        Statement issued by the Yemeni Armed Forces on Sunday 14-1-2024
        In the name of Allah, the Most Gracious, the Most Merciful
        At 9:45 am, the air defences shot down an American MQ-9 drone over the province of Hodeidah.
        Yemeni Armed Forces  Sunday 14-1-2024
        The US Central Command said in a statement that no ship was hit in the Gulf of Aden.
        """, dt.date(2024, 1, 14), "Asia/Aden")
    ship = of(page, "At 11:10 pm, the naval forces")
    assert (ship.title_lines + ship.lines, ship.date, ship.time) == ([2, 3, 4, 5], "2024-01-13", "23:10")
    drone = of(page, "At 9:45 am, the air defences")
    assert (drone.title_lines + drone.lines, drone.date, drone.time) == ([6, 7, 8, 9], "2024-01-14", "09:45")
    # the outlet's paragraph after the signature is its own report
    assert of(page, "The US Central Command said").lines == [10]


def test_communiques_released_by_a_presidency_with_a_place_and_day_signature() -> None:
    page = parse_page("""
        Communiqué released by the Presidency on 12 March 2024
        The President received the commander of the regional force and discussed the security situation in the east.
        Goma, 12 March 2024
        Communiqué released by the Presidency on 14 March 2024
        The Council of Ministers approved the extension of the state of siege in North Kivu and Ituri.
        The measure will be reviewed in thirty days.
        Goma, 14 March 2024
        """, dt.date(2024, 3, 14), "Africa/Lubumbashi")
    first = of(page, "The President received")
    assert (sorted(first.title_lines + first.lines), first.date) == ([1, 2, 3], "2024-03-12")
    second = of(page, "The Council of Ministers")
    assert (sorted(second.title_lines + second.lines), second.date) == ([4, 5, 6, 7], "2024-03-14")


def test_a_press_conference_whose_speakers_are_named_as_written_pairs_each_question_with_its_answer() -> None:
    page = parse_page("""
        Spokesperson Maria Zakharova's briefing on March 6, 2024
        Maria Zakharova: Good afternoon. I will start with the situation around the grain corridor in the Black Sea.
        Kommersant: Kyiv said on Tuesday that Russian drones struck a port in Odesa. Can you comment?
        Maria Zakharova: The Kyiv regime keeps using civilian infrastructure for military purposes.
        That is well known to our Western colleagues.
        Izvestia: The EU is preparing its thirteenth package of sanctions. What will Moscow's response be?
        Maria Zakharova: Every such decision will have its response, as we have said many times.
        """, dt.date(2024, 3, 6), "Europe/Moscow")
    odesa = of(page, "Maria Zakharova: The Kyiv regime")
    assert (odesa.title_lines, odesa.lines) == ([3], [4, 5])  # the question heads its answer
    sanctions = of(page, "Maria Zakharova: Every such decision")
    assert sanctions.title_lines == [6]


def test_a_mixed_case_transcript_of_a_state_department_briefing_and_quotes_in_headlines() -> None:
    page = parse_page("""
        Department Press Briefing
        Matthew Miller: Good afternoon, everyone. I have nothing at the top, so let's go to your questions.
        Question: Israel said this morning it struck a compound in Rafah. Do you have any assessment of that?
        Matthew Miller: We have seen the reports and we are seeking more information from the Israeli government.
        Question: The Houthis claimed another attack on a ship in the Red Sea today. Is the coalition responding?
        Matthew Miller: I will leave operational matters to the Department of Defense.
        """, dt.date(2024, 5, 7), "America/New_York")
    assert of(page, "Matthew Miller: We have seen").title_lines == [3]
    assert of(page, "Matthew Miller: I will leave").title_lines == [5]
    # one speaker twice, or speakers each once, are quotes in headlines, not a transcript
    quotes = [Info(Block(k, [k + 1], t), HEADLINE) for k, t in enumerate([
        "Zelensky: We will not give up the east.", "Stoltenberg: Allies must send more air defence.",
        "Zelensky: The front is holding.", "Kuleba: Talks are not on the table."])]
    briefings.briefing_turns(quotes)
    assert [i.kind for i in quotes] == [HEADLINE] * 4
