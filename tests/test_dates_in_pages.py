"""Dates as the parser reads them on whole pages: days named under a date heading, nights, slashed dates, zone
abbreviations with several meanings, and headings without a year on pages without a publication date."""

from __future__ import annotations

import datetime as dt

from chronik.model import Update
from tests.page_cases import of, parse_page


def parse(text: str, published: str | None, tz: str = "Africa/Khartoum") -> list[Update]:
    return parse_page(text, dt.date.fromisoformat(published) if published else None, tz)


SUDAN_DIGEST = """
    Tuesday 15 August

    On Sunday, RSF fighters stormed the main market in Nyala, residents said.

    On 13 August, the army shelled positions south of the capital's airport.

    Overnight on 13 August, drones struck a fuel depot in Port Sudan, the navy said.

    Overnight, shelling hit the Karari district of Omdurman.

    The foreign ministry called a statement by the RSF on Sunday a provocation.

    On 2 August, the UN envoy met the army chief in Port Sudan.

    09:10 On Sunday, the health ministry said, a cholera outbreak was confirmed in Gedaref.
"""


def test_a_day_opening_an_update_under_a_heading_a_few_days_off_dates_it() -> None:
    updates = parse(SUDAN_DIGEST, "2023-08-15")
    sunday = of(updates, "On Sunday, RSF fighters")
    assert (sunday.date, sunday.date_basis) == ("2023-08-13", "relative")
    assert "Tuesday 15 August" in sunday.why and "2 days" in sunday.why
    assert (of(updates, "On 13 August").date, of(updates, "On 13 August").date_basis) == ("2023-08-13", "explicit")
    assert of(updates, "Overnight on 13 August").date == "2023-08-13"  # the day said wins over 'overnight'


def test_the_heading_stays_for_a_night_into_its_morning_a_date_inside_the_sentence_and_a_stamp() -> None:
    updates = parse(SUDAN_DIGEST, "2023-08-15")
    night = of(updates, "Overnight, shelling")
    assert (night.date, night.date_basis, night.flags) == ("2023-08-15", "heading", [])
    mention = of(updates, "The foreign ministry called")  # the statement's day, not the ministry's act
    assert (mention.date, mention.date_basis) == ("2023-08-15", "heading")
    stamped = of(updates, "On Sunday, the health ministry")
    assert (stamped.date, stamped.time, stamped.date_basis) == ("2023-08-15", "09:10", "timestamp")


KHARKIV_DIGEST = """
    Wednesday 15 May

    Russian forces shelled residential districts in Kharkiv on Monday, killing three, the governor said.

    In its evening briefing, Ukraine's General Staff said its troops retook two villages on Tuesday.

    The foreign ministry dismissed a report published by a Moscow newspaper on Monday as propaganda.

    Ukraine's air force said it shot down a Russian Su-25 aircraft that had bombed Chasiv Yar on Monday.

    Officials reviewed the damage caused by guided bombs dropped on the city of Kharkiv on Monday.

    Kyiv welcomed the resolution of the United Nations on Monday.

    Kyiv's allies condemn Iran-backed drone strikes on Monday.
"""


def test_the_main_verbs_own_day_deep_in_a_sentence_dates_the_update() -> None:
    updates = parse(KHARKIV_DIGEST, "2024-05-15", tz="Europe/Kyiv")
    shelled = of(updates, "Russian forces shelled")
    assert (shelled.date, shelled.date_basis, shelled.flags) == ("2024-05-13", "relative", [])
    assert "Wednesday 15 May" in shelled.why and "2 days" in shelled.why
    assert of(updates, "In its evening briefing").date == "2024-05-14"  # "retook two villages ... on Tuesday"


def test_a_day_tied_to_an_object_or_said_in_a_relative_clause_keeps_the_heading() -> None:
    updates = parse(KHARKIV_DIGEST, "2024-05-15", tz="Europe/Kyiv")
    for start in ("The foreign ministry dismissed", "Ukraine's air force said it shot down",
                  "Officials reviewed the damage", "Kyiv welcomed the resolution of the United Nations",
                  "Kyiv's allies condemn"):
        update = of(updates, start)
        assert (update.date, update.date_basis) == ("2024-05-15", "heading"), start


def test_a_day_far_from_the_heading_keeps_the_heading_and_is_flagged() -> None:
    far = of(parse(SUDAN_DIGEST, "2023-08-15"), "On 2 August")
    assert (far.date, far.date_basis) == ("2023-08-15", "heading")
    assert "date-conflict" in far.flags


def test_overnight_without_a_heading_is_the_night_into_the_publication_day() -> None:
    # (the night into the morning the page came out, as under that morning's heading; the blind sets' gold dates it
    # so: this test said the night before until the sets were measured)
    updates = parse("""
        Overnight, Russian drones struck energy facilities in Odesa, the regional governor said.

        Overnight on 9 March, missiles hit a railway depot in Kharkiv, Ukrainian Railways said.
    """, "2024-03-11", tz="Europe/Kyiv")
    assert of(updates, "Overnight, Russian drones").date == "2024-03-11"
    assert of(updates, "Overnight on 9 March").date == "2024-03-09"


def test_slashed_dates_in_running_text_read_as_the_page_writes_them() -> None:
    day_first = parse("""
        Ceasefire talks

        The first round of talks in Gomel ended on 28/02/2022 without agreement, the delegation said.

        The next round of talks is set for 03/04/2022, the Turkish foreign ministry announced.
    """, "2022-03-14", tz="Europe/London")
    assert of(day_first, "The first round").date == "2022-02-28"
    # 4 March is nearer the page's day than 3 April, but the page writes day first; the round ahead is a plan
    # named by the announcement of the page's day
    plan = of(day_first, "The next round")
    assert plan.date == "2022-03-14" and "plan for '03/04/2022' (2022-04-03)" in plan.why
    assert "as the page writes" in plan.why

    month_first = parse("""
        Evacuation corridors

        The first convoy left Mariupol on 02/28/2022, the city council said.

        A second convoy is planned for 04/03/2022, the Red Cross announced.
    """, "2022-03-14", tz="America/New_York")
    assert "plan for '04/03/2022' (2022-04-03)" in of(month_first, "A second convoy").why


def test_slashed_dates_of_a_page_that_says_nothing_either_way_read_nearer_its_day() -> None:
    updates = parse("""
        Gaza crossings live

        12/03/2024 18:40

        Aid trucks crossed at Rafah, the Egyptian Red Crescent said.

        11/03/2024 21:05

        Israeli strikes hit Rafah, the health ministry said.

        Key events

        On 10/03/2024 the first aid ship left Larnaca for Gaza, the Cypriot government said.
    """, "2024-03-14", tz="Asia/Gaza")
    assert [(u.date, u.time) for u in updates if u.kind == "update"] == [
        ("2024-03-12", "18:40"), ("2024-03-11", "21:05"), ("2024-03-10", None)]  # not 3 December, 3 November...
    assert "nearer the anchor" in of(updates, "On 10/03/2024").why


KHARKIV_REPORTS = """
    Kharkiv regional administration – situation reports

    03/04/2022 – Russian shelling hit the Saltivka district overnight, the governor said.

    05/04/2022 – Two humanitarian corridors opened from Izium, the regional administration said.
"""


def test_slashed_dates_of_a_page_without_a_date_read_as_the_sources_region_writes_them() -> None:
    def days(tz: str) -> list[str | None]:
        return [u.date for u in parse(KHARKIV_REPORTS, None, tz=tz) if u.kind == "update"]

    assert days("Europe/Kyiv") == ["2022-04-03", "2022-04-05"]  # day first, as Europe writes them
    assert days("America/Bogota") == ["2022-04-03", "2022-04-05"]  # Latin America too
    assert days("America/Chicago") == ["2022-03-04", "2022-05-04"]  # month first in the United States
    assert days("Asia/Manila") == ["2022-03-04", "2022-05-04"]
    # a date that reads one way only still decides for the page, whatever the zone
    one_way = KHARKIV_REPORTS.replace("05/04/2022", "04/25/2022")
    assert [u.date for u in parse(one_way, None, tz="Europe/Kyiv") if u.kind == "update"] == [
        "2022-03-04", "2022-04-25"]


YEMEN_TIMELINE = """
    Red Sea shipping attacks: a timeline

    The truce that began on 2 April 2022 expired in October, the UN envoy said.

    Houthi forces fired drones at a tanker in the southern Red Sea, the US military said.

    28 December

    A container ship reported an explosion near Hodeidah, the UKMTO agency said.

    The US navy shot down 12 drones and five missiles over the Red Sea on 1 January 2024, Centcom said.
"""


def test_a_heading_without_a_year_on_a_page_without_a_date_takes_the_year_of_the_nearest_full_date() -> None:
    updates = parse(YEMEN_TIMELINE, None, tz="Asia/Aden")
    heading = of(updates, "28 December")
    # as near as the truce's date above it, the date below gives the year: 2023, not 2021
    assert (heading.kind, heading.date) == ("aside", "2023-12-28")
    assert "nearest" in heading.why
    under = of(updates, "A container ship")
    assert (under.date, under.date_basis, under.flags) == ("2023-12-28", "heading", [])
    above = of(updates, "Houthi forces fired")  # above any heading, the page has no date to give it
    assert above.date is None and "no-date" in above.flags


def test_a_heading_without_a_year_takes_a_full_date_before_it_when_none_follows() -> None:
    updates = parse("""
        Syria: the road to Damascus

        Rebel forces entered Aleppo on 29 November 2024, a war monitor said.

        Thursday 5 December

        Rebels said they had taken Hama after days of fighting.
    """, None, tz="Asia/Damascus")
    assert of(updates, "Rebels said they had taken Hama").date == "2024-12-05"


SUDAN_YEARS = """
    Sudan war: how the fighting spread

    The army and the RSF began fighting in Khartoum on 15 April 2023, witnesses said.

    Monday 17 April

    RSF fighters seized the presidential palace, residents said.

    March 2024

    Monday 11 March

    The army retook the state broadcaster's building in Omdurman, held by the RSF since 15 April 2023, officials
    said.

    Thursday 14 March

    Drones struck the army's headquarters in Kosti, the army said.
"""


def test_a_month_heading_lower_on_the_page_does_not_leave_the_headings_above_it_without_a_year() -> None:
    updates = parse(SUDAN_YEARS, None)
    palace = of(updates, "RSF fighters seized")  # above "March 2024": the year of the full date near it
    assert (palace.date, palace.date_basis, palace.flags) == ("2023-04-17", "heading", [])
    assert "nearest" in of(updates, "Monday 17 April").why
    assert of(updates, "The army retook").date == "2024-03-11"  # under "March 2024": its year
    assert of(updates, "Drones struck the army").date == "2024-03-14"  # the month above, not the full date nearer


def test_a_heading_without_a_year_stays_undated_on_a_page_without_any_full_date() -> None:
    updates = parse("""
        Yemen: strikes on Hodeidah

        Monday 14 March

        Air strikes hit the port of Hodeidah, residents said.
    """, None, tz="Asia/Aden")
    strikes = of(updates, "Air strikes hit the port")
    assert strikes.date is None and "no-date" in strikes.flags


GAZA_LIVE = """
    Israel-Hamas war: live updates

    14:05 IST: Sirens sounded in Ashkelon and Sderot, the army said.

    13:40 IST – The army said it had struck Hamas targets in Khan Younis overnight.
"""


def test_ist_is_the_sources_own_zone_when_it_is_one_of_its_meanings() -> None:
    for source_zone in ("Asia/Jerusalem", "Asia/Kolkata", "Europe/Dublin"):
        updates = parse(GAZA_LIVE, "2023-10-09", tz=source_zone)
        assert [(u.time, u.timezone) for u in updates if u.kind == "update"] == [
            ("14:05", source_zone), ("13:40", source_zone)]
    sirens = of(parse(GAZA_LIVE, "2023-10-09", tz="Asia/Jerusalem"), "Sirens sounded")  # the zone is no text
    assert sirens.text == "Sirens sounded in Ashkelon and Sderot, the army said."


def test_ist_on_a_source_in_another_zone_is_india_and_other_zones_are_left_alone() -> None:
    updates = parse(GAZA_LIVE, "2023-10-09", tz="Europe/London")
    assert {u.timezone for u in updates if u.kind == "update"} == {"Asia/Kolkata"}
    gmt = parse("""
        Israel-Hamas war: live updates

        14:05 GMT: Sirens sounded in Ashkelon and Sderot, the army said.

        13:40 GMT – The army said it had struck Hamas targets in Khan Younis overnight.
    """, "2023-10-09", tz="Asia/Jerusalem")
    assert {u.timezone for u in gmt if u.kind == "update"} == {"UTC"}


def test_a_page_note_that_all_times_are_ist_follows_the_same_rule() -> None:
    updates = parse("""
        Israel-Hamas war: live updates

        All times IST

        14:05 Sirens sounded in Ashkelon and Sderot, the army said.

        13:40 The army said it had struck Hamas targets in Khan Younis overnight.
    """, "2023-10-09", tz="Asia/Jerusalem")
    assert {u.timezone for u in updates if u.kind == "update"} == {"Asia/Jerusalem"}
    india = parse("""
        Ukraine war: live updates

        All times IST

        14:05 Sirens sounded in Kyiv, the city administration said.

        13:40 Russian drones struck Odesa overnight, the regional governor said.
    """, "2022-03-14", tz="Europe/Kyiv")
    assert {u.timezone for u in india if u.kind == "update"} == {"Asia/Kolkata"}


def test_a_day_ahead_said_in_the_future_is_a_plan_not_the_news_day() -> None:
    under_heading = parse("""
        Tuesday 12 March

        The Security Council will hold an emergency meeting on Friday, diplomats said.

        Talks between the two sides are set to resume in Jeddah on Monday.

        The army said it retook the bridge on Sunday.
    """, "2024-03-12")
    for start in ("The Security Council will hold", "Talks between the two sides"):
        plan = of(under_heading, start)
        assert (plan.date, plan.date_basis, plan.flags) == ("2024-03-12", "heading", []), start
        assert "plan for" in plan.why
    assert of(under_heading, "The army said it retook").date == "2024-03-10"  # a past day still dates the act
    wire = parse("""
        KHARTOUM, March 12 (Reuters) - Mediators said on Tuesday that talks between the army and the RSF
        would resume in Jeddah on March 20.
    """, "2024-03-12")
    assert [(u.date, u.flags) for u in wire if u.kind == "update"] == [("2024-03-12", [])]


# sources added without their date: the page's own dateline dates them, whatever it says around the date
UNDATED_LIVE = """
    World Desk
    Menu
    Myanmar fighting live: resistance claims two more towns
    Published on 4 February 2024 at 07h30, last updated at 19h05
    Times are Yangon time.
    18.20
    The Arakan Army said it had taken the town of Kyauktaw after a week of fighting.
    09.45
    Residents of Sittwe said the market had closed and the roads out of the city were jammed.
"""

UNDATED_BYLINE = """
    Yemen live: Houthis claim strike on tanker
    By Sara Khalil and Omar Aziz · Updated 21 February 2024
    All times are GMT.
    14:10 GMT
    The Houthis said they had fired missiles at a tanker in the Gulf of Aden on Wednesday.
"""

UNDATED_TRANSCRIPT = """
    Evening bulletin: Fighting in Khartoum
    Radio transcript, Saturday 17 June 2023
    [19:05] PRESENTER: The army said it had repelled an attack on the Signal Corps in Bahri this afternoon.
    [19:12] CORRESPONDENT: Residents told us the shelling went on until sunset.
"""

# a dateline after the page's first paragraph is an item's, not the page's: "Reuters, 13 May 2024" closes a story
UNDATED_REVIEW = """
    Weekly press review
    Compiled from the international press by our monitoring desk, with the outlet and the day each story ran under it.
    Army claims gains in Omdurman
    The army said it had pushed the RSF out of the old market district after weeks of fighting.
    Reuters, 13 May 2024
"""


def test_a_source_without_its_date_takes_the_day_of_a_dateline_with_a_clock_and_an_update_note() -> None:
    updates = parse(UNDATED_LIVE, None, tz="Asia/Yangon")
    assert [(u.date, u.time, u.flags) for u in updates if u.kind != "aside"] == [
        ("2024-02-04", "18:20", []), ("2024-02-04", "09:45", [])]


def test_a_source_without_its_date_takes_the_day_of_a_dateline_after_its_byline() -> None:
    update = of(parse(UNDATED_BYLINE, None, tz="Asia/Aden"), "The Houthis said")
    assert (update.date, update.time, update.timezone, update.flags) == ("2024-02-21", "14:10", "UTC", [])


def test_a_source_without_its_date_takes_the_day_a_short_line_at_the_top_ends_with() -> None:
    updates = [u for u in parse(UNDATED_TRANSCRIPT, None, tz="Africa/Khartoum") if u.kind != "aside"]
    assert [(u.date, u.time, u.flags) for u in updates] == [("2023-06-17", "19:05", []), ("2023-06-17", "19:12", [])]


def test_an_items_source_line_under_the_first_paragraph_is_no_dateline_of_the_page() -> None:
    updates = parse(UNDATED_REVIEW, None)
    assert not any("the page's dateline" in u.why for u in updates)  # the page's day stays unknown
    assert all(u.date is None for u in updates if u.kind == "aside")


def test_a_source_without_its_date_reads_its_slashed_dateline_as_its_region_writes_dates() -> None:
    page = """
        Paris desk
        Strike on Kharkiv kills three
        Published on 05/03/2024 - 08:45
        Russian missiles struck Kharkiv, killing three people, the governor said.
    """
    assert of(parse(page, None, tz="Europe/Paris"), "Russian missiles").date == "2024-03-05"  # was 3 May
    assert of(parse(page, None, tz="America/New_York"), "Russian missiles").date == "2024-05-03"
