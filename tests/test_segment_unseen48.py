"""Formats met on the blind sets ZZZZZK (East Timor 1999) and later, each on pages written for these tests:

- a timeline's first date heading written without its year, under a background paragraph that tells a date long
  past ("declared independence on 4 December 1976"), is a day of the publication's year when the headings after it
  stay there: the run of headings tells the page's year, the background only what came long before; a page that
  does tell the past moves its next heading as well, and keeps the year it tells (a guard: the rule before kept it
  too);
- a live page's stamp in local time with its GMT in brackets, four digits each ("0020 local (1850 GMT)") or with
  colons ("23:30 (18:00 GMT)"), opens a post stamped with the local clock; the page's note "Times are local, with
  GMT in brackets. The latest entries appear first." is an aside;
- a page of releases, each its number over its date line ("Date: 14 March 2023") over its paragraphs: each date line
  dates its release ("today" is that day, not the page's), and a paragraph's own earlier day ("on 12 March",
  "yesterday evening") is its news's; one such date line alone stays the page's dateline;
- an office's footer: its telephone and fax line, and an old site's "Best viewed in 800 x 600 resolution ..." are
  furniture;
- a briefing's turns labelled by a post alone ("Spokesman:", "Deputy Spokesman:") are the person its header names
  holding that post ("... noon briefing by Farhan Haq, Deputy Spokesman for the Secretary-General"); a deputy's
  name is not the spokesman's, nor the other way round (a guard: the rule before named neither);
- a timeline's item led by a year alone ("1974 - ... On July 20, Turkish troops land ...") is of the day its text
  names in that year, not in the page's; one naming no day is of that year, its first day to its last;
- a wire's dateline whose place is three words or has where it is in brackets ("Chahid El Hafed (Sahrawi Refugee
  Camps), 18 November 2020 (SPS) - ") is the filing day: the story's "yesterday" counts from it;
- a stamped communiqué's lead-in further down, over its own list ("... carried out the following attacks on
  Thursday, 19 November:" / "- Bombardment of ..."), is the communiqué's, whatever day it names: no heading of a
  section of its own;
- a wire's long line of credits ("Reporting by ... ; Additional reporting by ...; Writing by ...; Editing by ...")
  is about the story, an aside, however many people it names;
- a timeline's standfirst that says the page charts the events below ("... has been marked by bloodshed. Example
  News charts the key events.") is about the page: an aside;
- a live post's lead-in to what readers sent ("Some of the e-mails Example News readers have been sending us:") is
  the post's, not the outlet promoting itself; its appeal for them ("Readers can send us their views ...") stays
  furniture;
- a briefing's notes read before its first question are the briefer's the header names ("... noon briefing by Farhan
  Haq, Deputy Spokesman ..."), not the header's own line, nor the turns below.
"""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page
from test_boilerplate import run
from test_boilerplate_round39 import why

from chronik.segment.briefers import briefer_names
from chronik.segment.timestamps import find_stamp

TIMELINE = """
    Aceh: the road to martial law
    The Free Aceh Movement declared independence on 4 December 1976 and has fought Jakarta since.
    14 November
    Rebel leaders in Stockholm reject Jakarta's offer of special autonomy for the province.
    9 December
    Government and rebel negotiators sign a cessation of hostilities agreement in Geneva.
    18 December
    Monitors from Thailand and the Philippines arrive in Banda Aceh.
"""


def test_a_first_heading_under_a_background_of_long_ago_is_of_the_pages_year() -> None:
    updates = parse_page(TIMELINE, dt.date(2003, 3, 1), "Asia/Jakarta")
    assert of(updates, "Rebel leaders").date == "2002-11-14"
    assert of(updates, "Government and rebel").date == "2002-12-09"


def test_a_page_telling_a_past_year_moves_its_next_headings_too() -> None:
    page = """
        Aceh: the ceasefire of 2000
        The "humanitarian pause" was signed in Geneva on 12 May 2000 and took effect on 2 June 2000.
        15 June
        Rebels and the army trade accusations of breaking the pause.
        20 June
        Monitors report a fall in killings across the province.
    """
    updates = parse_page(page, dt.date(2003, 1, 10), "Asia/Jakarta")
    assert of(updates, "Rebels and the army").date == "2000-06-15"
    assert of(updates, "Monitors report").date == "2000-06-20"


@pytest.mark.parametrize(("text", "time", "body"), [
    ("0020 local (1850 GMT)", "00:20", ""),
    ("23:30 (18:00 GMT) The president signs the decree.", "23:30", "The president signs the decree."),
    ("1415 local (0845 GMT): Police fire tear gas.", "14:15", "Police fire tear gas."),
])
def test_a_local_stamp_with_its_gmt_in_brackets(text: str, time: str, body: str) -> None:
    stamp = find_stamp(text)
    assert stamp is not None and (stamp.time, stamp.zone, stamp.body) == (time, None, body)


def test_a_live_page_stamped_in_local_time_with_gmt_in_brackets() -> None:
    page = """
        Sri Lanka: As it happened
        Last Updated: Monday, 14 March 2005, 19:05 GMT
        Times are local (Sri Lanka), with GMT in brackets. The latest entries appear first.
        0020 local (1850 GMT)
        The president tells parliament the state of emergency will be lifted at dawn.
        2330 local (1800 GMT)
        Troops withdraw from the checkpoints around Colombo's fort, police say.
        2215 local (1645 GMT)
        The opposition calls off its march on the president's house.
        1840 local (1310 GMT)
        A curfew is imposed on the capital until further notice.
    """
    updates = parse_page(page, dt.date(2005, 3, 14), "Asia/Colombo")
    stamped = [(u.date, u.time) for u in updates if u.kind == "update"]
    assert stamped == [("2005-03-15", "00:20"), ("2005-03-14", "23:30"), ("2005-03-14", "22:15"),
                       ("2005-03-14", "18:40")]
    assert of(updates, "Times are local").kind == "aside"


RELEASES = """
    Armed Forces of the Philippines
    Public Affairs Office
    Press Release No. 31/2023
    Date: 14 March 2023
    1. Troops of the 10th Infantry Division repulsed an attack on their base in Maco today. Two were wounded.
    2. In a separate encounter in Sitio Lumbo on 12 March 2023, four rebels were killed and five rifles were recovered.
    Press Release No. 30/2023
    Date: 11 March 2023
    1. A patrol came under fire near New Bataan yesterday evening. No one was hurt.
    2. The Chief of Staff left for Jakarta today for talks with his Indonesian counterpart.
    Telephone: 911-6001, 911-6436 | Fax: 63-2-911-6436
    Best viewed in 1024 x 768 resolution with Internet Explorer 6.0 or above.
"""


def test_each_date_line_of_a_page_of_releases_dates_its_release() -> None:
    updates = parse_page(RELEASES, dt.date(2023, 3, 14), "Asia/Manila")
    assert of(updates, "Troops").date == "2023-03-14"
    assert of(updates, "In a separate").date == "2023-03-12"
    assert of(updates, "A patrol came").date == "2023-03-10"
    assert of(updates, "The Chief of Staff").date == "2023-03-11"


@pytest.mark.parametrize("line", [
    "Telephone: 911-6001, 911-6436 | Fax: 63-2-911-6436",
    "Tel: +977 1 4245020",
    "Best viewed in 1024 x 768 resolution with Internet Explorer 6.0 or above.",
    "This site is best viewed with Netscape Navigator 4.",
])
def test_an_offices_footer_lines_are_furniture(line: str) -> None:
    assert why(line) is not None


def test_a_sentence_naming_a_telephone_is_no_footer() -> None:
    assert why("Telephone lines to Kathmandu were cut on Tuesday morning, officials said.") is None


NOON_BRIEFING = """
    Daily Press Briefing by the Office of the Spokesperson for the Secretary-General
    The following is a transcript of today's noon briefing by Farhan Haq, {post} for the Secretary-General.
    Question: Farhan, is there any news from Goma this morning?
    Deputy Spokesman: Our colleagues tell us that the fighting has moved to the west of the city.
    Question: And the airport?
    Deputy Spokesman: The airport remains closed to all flights.
    Question: Has the Secretary-General called President Kagame?
    Deputy Spokesman: He spoke to him yesterday afternoon.
"""


def test_a_briefings_turns_labelled_by_a_post_are_the_person_holding_it() -> None:
    updates = parse_page(NOON_BRIEFING.format(post="Deputy Spokesman"), dt.date(2025, 1, 27), "America/New_York")
    assert of(updates, "Deputy Spokesman: The airport").context.briefers == {"deputy spokesman": "Farhan Haq"}
    header = ["Noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General"]
    assert briefer_names(header, ["Spokesman", "Question"]) == {"spokesman": "Stéphane Dujarric"}
    assert briefer_names(["Moderator Jane Roe opened the session."], ["Moderator"]) == {"moderator": "Jane Roe"}


def test_a_deputys_name_is_not_the_spokesmans() -> None:
    updates = parse_page(NOON_BRIEFING.format(post="Spokesman"), dt.date(2025, 1, 27), "America/New_York")
    assert of(updates, "Deputy Spokesman: The airport").context.briefers == {}
    assert briefer_names(["Briefing by Farhan Haq, Deputy Spokesman"], ["Spokesman"]) == {}


YEAR_ITEMS = """
    Here are the key events of the dispute:
    1974 - A coup backed by the junta in Athens topples Makarios. On July 20, Turkish troops land near Kyrenia.
    1983 - The Turkish Cypriots declare a state in the north on November 15, recognised only by Turkey.
    1984 - The UN Security Council calls the declaration legally invalid.
    April 24, 2004 - Greek Cypriots reject the Annan plan in a referendum.
"""


def test_a_timeline_item_led_by_a_year_is_of_that_years_day() -> None:
    updates = parse_page(YEAR_ITEMS, dt.date(2024, 7, 20), "Asia/Nicosia")
    assert of(updates, "1974 - A coup").date == "1974-07-20"
    assert of(updates, "1983 - The Turkish").date == "1983-11-15"
    year = of(updates, "1984 - The UN")
    assert (year.date, year.date_end) == ("1984-01-01", "1984-12-31")
    assert of(updates, "April 24, 2004").date == "2004-04-24"


def test_a_datelines_place_with_brackets_is_the_filing_day() -> None:
    story = ("Chahid El Hafed (Sahrawi Refugee Camps), 18 November 2020 (SPS) - SPLA units attacked the positions of "
             "the occupation forces in the Mahbes sector yesterday, the Ministry of Defense said.")
    assert of(parse_page(f"War communiques\n{story}\n", dt.date(2020, 11, 20), "Africa/Algiers"), "Chahid").date \
        == "2020-11-17"


COMMUNIQUES = """
    Military communiqué No. 12: Army units strike enemy positions
    14/03/2021 - 10:20
    Sanaa, 14 March 2021 (Saba) - Army units continued their operations on the Marib front, the military spokesman said.
    Units carried out the following operations on Saturday, 13 March:
    - Shelling of enemy positions in the Raghwan district.
    - An attack on an enemy convoy near the Kofal camp.
    The spokesman added that the operations would go on.
    Military communiqué No. 11: Drone units target airbase
    13/03/2021 - 09:05
    Sanaa, 13 March 2021 (Saba) - Drone units targeted an airbase in the south of the kingdom, the spokesman said.
"""


def test_a_communiques_dated_lead_in_over_its_list_stays_the_communiques() -> None:
    updates = parse_page(COMMUNIQUES, dt.date(2021, 3, 14), "Asia/Aden")
    communique = of(updates, "Sanaa, 14 March")
    assert (communique.title_lines, communique.lines) == ([1], [2, 3, 4, 5, 6, 7])
    assert (communique.date, communique.time) == ("2021-03-14", "10:20")


def test_a_wires_long_line_of_credits_is_an_aside() -> None:
    credits = ("Reporting by Jane Roe in Kabul and John Doe in Islamabad; Additional reporting by Ann Lee at the "
               "United Nations; Writing by Tom Poe; Editing by Alex Richardson and Jonathan Oatis")
    updates, _ = run(f"KABUL, Nov 13 (Reuters) - Troops entered the city on Friday, officials said.\n{credits}")
    assert [u.kind for u in updates] == ["update", "aside"]


def test_a_standfirst_that_charts_the_key_events_is_an_aside() -> None:
    updates, _ = run("""
        Aceh: Timeline of the conflict
        The road from the Geneva talks to martial law has been marked by bloodshed. Example News charts the key events.
        9 December
        Government and rebel negotiators sign a cessation of hostilities agreement in Geneva.
    """)
    assert of(updates, "The road from").kind == "aside"


def test_what_readers_sent_is_no_self_promotion() -> None:
    assert why("Some of the e-mails Example News readers in Aceh have been sending us:", "Example News") is None
    assert why("Readers can send us their views on the Example News website.", "Example News") is not None


def test_a_briefings_opening_notes_are_the_briefers() -> None:
    page = NOON_BRIEFING.format(post="Deputy Spokesman").replace(
        "    Question: Farhan, is there any news",
        "    Good afternoon. Our colleagues in Goma tell us that the airport remains closed.\n"
        "    Question: Farhan, is there any news", 1)
    updates = parse_page(page, dt.date(2025, 1, 27), "America/New_York")
    assert of(updates, "Good afternoon").context.opening == "Farhan Haq"
    assert of(updates, "The following is").context.opening is None
    assert of(updates, "Deputy Spokesman: The airport").context.opening is None
