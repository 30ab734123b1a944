"""Round 20 of the dates: the year a page's title or list gives the dates it writes without one, the day a live page's
clock crosses midnight, and the stamps and reference days other pages write."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from chronik.model import Update
from tests.page_cases import of, parse_page


def parse(text: str, published: dt.date | dt.datetime | None, tz: str = "Europe/Kyiv",
          title: str | None = None) -> list[Update]:
    return parse_page(text, published, tz, title)


SYRIA_TIMELINE = """
    Timeline of the Syrian civil war (March 2012)

    From Wikipedia, the free encyclopedia

    This is a timeline of the Syrian civil war for March 2012.[1]

    1 March[edit]

    Rebel fighters withdrew from the Baba Amr district of Homs after a month-long siege by government forces.[2]

    13 March[edit]

    Government troops entered the northern city of Idlib after three days of shelling, activists said.[3]

    The Syrian National Council called for foreign air strikes against army positions.[4]

    17 March[edit]

    Two car bombs exploded outside security buildings in Damascus, killing 27 people, state media reported.[5]
"""


def test_a_timeline_titled_with_its_month_dates_its_headings_in_that_year_not_the_year_it_was_edited() -> None:
    updates = parse(SYRIA_TIMELINE, dt.date(2019, 5, 20), tz="Asia/Damascus")
    assert of(updates, "Rebel fighters withdrew").date == "2012-03-01"
    assert of(updates, "Government troops entered").date == "2012-03-13"
    assert of(updates, "The Syrian National Council").date == "2012-03-13"
    assert of(updates, "Two car bombs").date == "2012-03-17"


def test_a_page_saved_inside_the_month_its_title_names_keeps_its_dates() -> None:
    updates = parse(SYRIA_TIMELINE, dt.date(2012, 3, 20), tz="Asia/Damascus")
    assert of(updates, "Two car bombs").date == "2012-03-17"


UKRAINE_FACTBOX = """
    FACTBOX-Key moments of the war in Ukraine

    June 1 (Reuters) - Here are the main events since Russia invaded its neighbour:

    Feb. 24, 2022 - Russian troops cross into Ukraine from the north, east and south.

    March 2 - Russian forces capture Kherson, the first regional capital to fall.

    Nov. 11 - Ukrainian troops enter Kherson after a Russian withdrawal across the Dnipro.

    Jan. 13, 2023 - Russia's Wagner group claims the town of Soledar.

    May 20 - Wagner chief Yevgeny Prigozhin says his men have taken Bakhmut.

    Editing by Desk Editor
"""


def test_a_yearless_list_item_takes_the_year_of_the_last_item_that_wrote_one() -> None:
    updates = parse(UKRAINE_FACTBOX, dt.date(2023, 6, 1))
    assert of(updates, "Feb. 24, 2022").date == "2022-02-24"
    assert of(updates, "March 2 - Russian").date == "2022-03-02"  # not the publication year's March 2
    assert of(updates, "Nov. 11 - Ukrainian").date == "2022-11-11"
    assert of(updates, "May 20 - Wagner").date == "2023-05-20"


def test_a_yearless_list_item_that_would_fall_after_the_page_date_keeps_its_reading() -> None:
    text = """
        Key events, latest first:

        March 3, 2024 - Talks on a truce open in Cairo.

        Oct. 7 - Hamas fighters attack southern Israel.
    """
    updates = parse(text, dt.date(2024, 3, 5), tz="Asia/Jerusalem")
    assert of(updates, "Oct. 7 - Hamas").date == "2023-10-07"  # (not 7 October 2024, after the page's date)


KYIV_LATEST = """
    The Latest: Russian forces press on toward Kyiv as talks stall

    Updated 7:10 AM EST, March 5, 2022

    KYIV, Ukraine (AP) — Russian troops kept up their assault on Ukrainian cities. Here's the latest:

    1:50 p.m.

    Ukraine's president calls on the West for more aircraft

    President Volodymyr Zelenskyy told U.S. senators in a video call that Ukraine needed more warplanes.

    11:20 a.m.

    Shelling halts evacuation from Mariupol

    The city council said Russian shelling had forced it to postpone the evacuation of civilians.

    12:30 a.m.

    Russia says its troops control the Zaporizhzhia nuclear plant

    The Russian Defense Ministry said its forces had secured the plant after a fire broke out overnight.

    10:40 p.m.

    UN rights council votes to investigate

    The U.N. Human Rights Council voted to set up a commission to investigate alleged violations in Ukraine.
"""


def test_a_last_update_clock_in_another_zone_than_the_stamps_is_read_in_theirs() -> None:
    """7:10 a.m. EST is 14:10 in Kyiv: the newest post, 1:50 p.m., is of the page's day, and the page runs back past
    midnight between 12:30 a.m. and 10:40 p.m. (the day before)."""
    updates = parse(KYIV_LATEST, dt.datetime(2022, 3, 5, 7, 10, tzinfo=ZoneInfo("America/New_York")))
    assert (of(updates, "President Volodymyr").date, of(updates, "President Volodymyr").time) == ("2022-03-05", "13:50")
    assert of(updates, "The Russian Defense").date == "2022-03-05"
    assert (of(updates, "The U.N. Human").date, of(updates, "The U.N. Human").time) == ("2022-03-04", "22:40")


AGED_LIST = """
    Top Stories

    Drone strike hits power substation in Odesa region

    by Kyiv Desk  3 hours ago

    A Russian drone struck an energy facility in the Odesa region overnight, the regional governor said.

    Comments 4

    Ukraine says it downed 30 of 38 drones

    by Kyiv Desk  19 hours ago

    Ukraine's air force said it destroyed 30 of 38 Shahed drones launched by Russia, mostly over the south.

    Comments 1
"""


def test_a_byline_with_an_age_counts_back_from_the_save_time() -> None:
    """Saved at 11:00: "19 hours ago" is the evening before; an age in hours gives the day, no clock."""
    updates = parse(AGED_LIST, dt.datetime(2023, 7, 20, 11, 0, tzinfo=ZoneInfo("Europe/Kyiv")))
    assert of(updates, "A Russian drone").date == "2023-07-20"
    assert of(updates, "Ukraine's air force").date == "2023-07-19"


FLASH_UPDATE = """
    Ukraine: Humanitarian Impact Situation Report

    4 March 2022

    Figures correct as at 3 March 2022, 18:00 (Kyiv time). Figures are subject to change as verification continues.

    Highlights

    On 1 March, shelling damaged the regional administration building in Kharkiv.

    Civilian casualties continue to rise in the east, with hospitals reporting shortages of medical supplies.

    More than 1 million people have fled to neighbouring countries.
"""


def test_a_reports_valid_as_of_line_is_the_day_of_its_undated_paragraphs() -> None:
    updates = parse(FLASH_UPDATE, dt.date(2022, 3, 4))
    assert of(updates, "Civilian casualties continue").date == "2022-03-03"
    assert of(updates, "More than 1 million").date == "2022-03-03"
    assert of(updates, "On 1 March, shelling").date == "2022-03-01"
    assert not [u for u in updates if u.text.startswith("Figures correct") and u.kind == "update"]


LEBANON_2006 = """
    Live: Israel strikes Beirut airport

    All times are Beirut time.

    Jul.13, 18:05

    Israeli warplanes struck the runways of Beirut's airport, forcing its closure, the airport authority said.

    Jul.13, 09:40

    The Israeli army said it had imposed a naval blockade on Lebanon's ports.
"""


def test_a_stamp_whose_month_runs_into_its_day_after_the_dot_is_a_stamp() -> None:
    updates = parse(LEBANON_2006, dt.date(2006, 7, 13), tz="Asia/Beirut")
    airport = of(updates, "Israeli warplanes struck")
    assert (airport.date, airport.time, airport.date_basis) == ("2006-07-13", "18:05", "timestamp")
    assert of(updates, "The Israeli army said").time == "09:40"


NIGHT_UNDER_HEADING = """
    Live: Fighting on the border

    Tuesday 4 October

    22:10

    Shelling was reported near the border village of Sotk, the defence ministry said.

    23:50

    The foreign minister spoke by phone with the OSCE chairman about the clashes.

    00:25

    The ministry said the shelling near Sotk had stopped shortly after midnight.

    Wednesday 5 October

    09:00

    Schools in the border villages stayed closed, the governor said.
"""


def test_a_post_whose_clock_drops_past_midnight_under_a_days_heading_is_of_the_next_day() -> None:
    updates = parse(NIGHT_UNDER_HEADING, dt.date(2022, 10, 4), tz="Asia/Yerevan")
    assert of(updates, "The foreign minister").date == "2022-10-04"
    stopped = of(updates, "The ministry said the shelling")
    assert (stopped.date, stopped.time) == ("2022-10-05", "00:25")
