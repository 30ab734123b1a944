"""Round 21 of the dates: an article's own date line under its headline, dek and byline is its dateline, not a date
heading over its paragraphs; and a day counter in running text is a war's day only when the war is what it counts."""

from __future__ import annotations

import datetime as dt

from chronik.config import Epoch
from chronik.dates import DAY_COUNTER, find_dates
from chronik.model import Update
from tests.page_cases import of, parse_page


def parse(text: str, published: dt.date | None, tz: str = "Africa/Khartoum", title: str | None = None,
          epochs: tuple[Epoch, ...] = ()) -> list[Update]:
    return parse_page(text, published, tz, title, epochs)


SUDAN_TITLE = "RSF claims capture of El Fasher airport as army says it repelled assault"
SUDAN_DEK = ("The paramilitary says its fighters now hold the airport and the eastern market of the besieged city, "
             "while the army insists that its defences are intact and that reinforcements are on their way")
SUDAN_ARTICLE = f"""
    Sudan War Monitor
    Home
    Reports
    Maps
    Support us
    Reports
    {SUDAN_TITLE}
    {SUDAN_DEK}
    By Staff Reporter
    October 21, 2024
    Share
    Print

    The Rapid Support Forces said on Sunday that its fighters had seized the airport of El Fasher, in Darfur.

    On October 3, army spokesman Brig. Gen. Nabil Abdallah said the 6th Infantry Division had held the city.

    The governor of Darfur, Minni Minnawi, went further on October 9, saying the army would retake Nyala soon.

    In a statement on Friday, Sudan's foreign ministry accused the UAE of supplying the RSF with drones.

    Sudan War Monitor could not independently verify the claims.

    Related reports
    Army announces offensive to relieve El Fasher
    October 18, 2024
    Drone strike hits Zamzam displacement camp
    October 12, 2024
    Help us keep reporting
    We rely on readers like you to keep our correspondents in Darfur. Please consider making a contribution.
    Donate
    © 2024 Sudan War Monitor
"""


def test_an_articles_date_line_under_its_headline_dek_and_byline_dates_the_page_not_its_paragraphs() -> None:
    updates = parse(SUDAN_ARTICLE, dt.date(2024, 10, 21), title=SUDAN_TITLE)
    dated = of(updates, "On October 3, army spokesman")
    assert dated.date == "2024-10-03"
    assert "date-conflict" not in dated.flags
    assert of(updates, "The governor of Darfur").date == "2024-10-09"
    assert of(updates, "In a statement on Friday").date == "2024-10-18"
    assert of(updates, "The Rapid Support Forces said on Sunday").date == "2024-10-20"
    line = of(updates, "October 21, 2024")
    assert line.kind == "aside" and line.date_basis != "heading"


def test_a_date_line_right_under_the_dek_and_byline_is_a_dateline_without_a_related_box() -> None:
    page = SUDAN_ARTICLE.split("    Related reports")[0]
    updates = parse(page, dt.date(2024, 10, 21), title=SUDAN_TITLE)
    assert of(updates, "On October 3, army spokesman").date == "2024-10-03"


def test_the_dates_of_related_links_over_a_reader_appeal_do_not_make_the_story_a_dated_list() -> None:
    page = SUDAN_ARTICLE.replace(f"    {SUDAN_DEK}\n", "")
    updates = parse(page, dt.date(2024, 10, 21), title=SUDAN_TITLE)
    dated = of(updates, "On October 3, army spokesman")
    assert dated.date == "2024-10-03" and "date-conflict" not in dated.flags


def test_a_live_page_keeps_its_first_day_heading_under_the_dek_and_byline() -> None:
    page = """
        Fighting in Sudan: live updates
        Follow our coverage of the fighting in Khartoum and Darfur as it unfolds.
        By News Desk
        15 April

        Heavy gunfire was heard near the army headquarters in Khartoum, witnesses said.

        16 April

        The RSF said it controlled the presidential palace, a claim the army denied.
    """
    updates = parse(page, dt.date(2023, 4, 16), title="Fighting in Sudan: live updates")
    assert of(updates, "Heavy gunfire").date == "2023-04-15"
    assert of(updates, "The RSF said").date == "2023-04-16"


def test_a_listings_read_more_keeps_the_next_items_date_as_its_heading() -> None:
    page = """
        Yemen Monitor
        Daily Briefs
        Coalition strikes hit Houthi positions in Marib province
        March 14, 2021
        Coalition aircraft carried out 12 strikes on Houthi positions in Sirwah district, local sources said.
        Read more
        Houthis launch drones at Saudi oil facility in Ras Tanura
        March 7, 2021
        The Houthi military spokesman Yahya Saree said the group had launched 14 drones at Ras Tanura.
        Read more
    """
    updates = parse(page, dt.date(2021, 3, 14), tz="Asia/Aden", title="Daily Briefs")
    first = of(updates, "Coalition aircraft")
    assert first.date == "2021-03-14"
    assert first.title == "Coalition strikes hit Houthi positions in Marib province"
    assert of(updates, "The Houthi military spokesman").date == "2021-03-07"


UKRAINE = (Epoch("Russian invasion of Ukraine", dt.date(2022, 2, 24), dt.date(2025, 12, 31)),)


def counters(text: str, anchor: dt.date) -> list[str]:
    return [m.text for m in find_dates(text, anchor, UKRAINE) if m.timex.kind == DAY_COUNTER]


def test_a_counter_of_a_siege_strike_or_protest_is_not_the_wars_day() -> None:
    anchor = dt.date(2024, 3, 2)
    assert counters("The blockade of Mariupol's port, imposed in early January, entered its 52nd day.", anchor) == []
    assert counters("Dockworkers in Odesa marked the 12th day of the strike outside the port authority.",
                    anchor) == []
    assert counters("Students gathered on day 30 of the sit-in at the university.", anchor) == []
    assert counters("Day 30 of the hunger strike: two detainees were taken to hospital.", anchor) == []


def test_a_counter_of_the_war_is_still_the_wars_day() -> None:
    anchor = dt.date(2022, 4, 9)
    assert counters("The war, which began with the siege of Kyiv's suburbs, entered its 45th day.", anchor) == [
        "45th day"]
    assert counters("On the 45th day of the invasion, shelling hit Kramatorsk station.", anchor) == [
        "the 45th day"]
    assert counters("It was day 45 when the convoy reached Zaporizhzhia.", anchor) == ["day 45"]


def test_a_counter_whose_sentence_names_another_calendar_day_is_not_the_wars_day() -> None:
    anchor = dt.date(2024, 3, 2)
    found = find_dates("The offensive on Avdiivka entered its 140th day on 1 March. Since then, troops withdrew.",
                       anchor, UKRAINE)
    assert [m.text for m in found] == ["1 March"]
    agreeing = find_dates("On the 45th day of the war, 9 April, shelling continued.", dt.date(2022, 4, 9), UKRAINE)
    assert [m.text for m in agreeing] == ["the 45th day", "9 April"]


def test_a_siege_counter_in_a_report_raises_no_date_conflict() -> None:
    page = """
        Situation Update No. 31
        2 March 2024
        1. The siege of Avdiivka's coke plant, which began on 10 October, entered its 145th day on 2 March.
        2. On 1 March, shelling damaged the water station in Kostiantynivka, the regional administration said.
    """
    updates = parse(page, dt.date(2024, 3, 2), tz="Europe/Kyiv", title="Situation Update No. 31", epochs=UKRAINE)
    siege = of(updates, "The siege of Avdiivka")
    assert siege.date == "2024-03-02"
    assert "date-conflict" not in siege.flags
