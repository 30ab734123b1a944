"""Round 36 of the dates: a day heading with its weekday in brackets ("March 3, 2022 (Thursday)") is a heading, not a
photo caption closed by its credit, and dates the items under it past the link line an encyclopedia sets under
it ("edit history watch"). Military and wire clocks of four digits with their zone letter or word ("0300Z",
"0238 local", "1915 EST") open a chronology's entries as stamps and time a statement said at them; a time written
in another zone than the source's keeps that zone ("0300Z" on a page of Baghdad time is 03:00 UTC; "local" is the
source's clock again), and a lettered item ("B. The ...") is no sentence of its own."""

from __future__ import annotations

import datetime as dt

from chronik.model import Update
from chronik.segment.timestamps import find_stamp
from tests.page_cases import of, parse_page


def parse(text: str, published: dt.date, tz: str = "UTC") -> list[Update]:
    return parse_page(text, published, tz)


# a current-events portal of the war in Ukraine, newest day first
PORTAL = """
    Portal:Current events
    March 3, 2022 (Thursday)
    edit history watch
    Armed conflicts and attacks
    Russian invasion of Ukraine
    Russian forces capture the city of Kherson, the first major Ukrainian city to fall, its mayor says. (BBC News)
    The International Atomic Energy Agency says it is in contact with Ukraine about the Zaporizhzhia plant. (Reuters)
    March 2, 2022 (Wednesday)
    edit history watch
    International relations
    The United Nations General Assembly votes 141 to 5 to demand that Russia withdraw its forces from Ukraine. (AP)
"""


def test_a_day_heading_with_its_weekday_in_brackets_dates_the_items_under_it() -> None:
    ups = parse(PORTAL, dt.date(2022, 3, 4))
    assert of(ups, "Russian forces capture the city").date == "2022-03-03"
    assert of(ups, "The International Atomic Energy").date == "2022-03-03"
    assert of(ups, "The United Nations General Assembly").date == "2022-03-02"
    heading = of(ups, "March 2, 2022 (Wednesday)")
    assert heading.kind == "aside" and heading.date == "2022-03-02"


def test_the_weekday_in_brackets_after_a_day_written_first() -> None:
    page = """
        12 October 2023 (Thursday)
        edit history watch
        Israel–Hamas war
        The Israeli Air Force says it has dropped about 6,000 bombs on the Gaza Strip. (Times of Israel)
        11 October 2023 (Wednesday)
        edit history watch
        Gaza's only power plant shuts down after running out of fuel, its energy authority says. (Al Jazeera)
    """
    ups = parse(page, dt.date(2023, 10, 13))
    assert of(ups, "The Israeli Air Force says").date == "2023-10-12"
    assert of(ups, "Gaza's only power plant").date == "2023-10-11"


def test_a_caption_closed_by_its_credit_after_its_date_stays_furniture() -> None:
    page = """
        Shelling hits Kharkiv
        Firefighters work at the site of a strike in Kharkiv, Ukraine, March 3, 2022. (AA Photo)
        Russian shelling hit a residential district of Kharkiv on Thursday, the regional governor said.
    """
    ups = parse(page, dt.date(2022, 3, 4))
    assert not [u for u in ups if u.text.startswith("Firefighters work")]


# a chronology of the Gulf War's first night, its times in Baghdad time ("local") or GMT ("Z")
GULF = """
    Operation Desert Storm: the first night
    Times are given as in the unit logs: local is Baghdad time, Z is GMT.
    17 January 1991
    0238 local: AH-64 Apache helicopters of Task Force Normandy destroy two Iraqi radar sites near the Saudi border.
    0300Z: F-117 stealth fighters strike the central telephone exchange in Baghdad.
    0340 local: Tomahawk cruise missiles launched from ships in the Gulf hit government buildings in Baghdad.
    Iraqi state radio says the "mother of all battles" has begun.
"""


def test_a_chronology_entry_opening_with_a_military_clock_takes_it_in_the_source_zone() -> None:
    ups = parse(GULF, dt.date(2021, 1, 17), tz="Asia/Baghdad")
    apache = of(ups, "AH-64 Apache helicopters")
    assert (apache.date, apache.time) == ("1991-01-17", "02:38")
    stealth = of(ups, "F-117 stealth fighters")  # as written, in GMT
    assert (stealth.date, stealth.time, stealth.timezone) == ("1991-01-17", "03:00", "UTC")
    # "local" is the source's clock again after a stamp in GMT
    tomahawk = of(ups, "Tomahawk cruise missiles")
    assert (tomahawk.time, tomahawk.timezone) == ("03:40", "Asia/Baghdad")


def test_a_four_digit_figure_without_a_zone_is_no_clock() -> None:
    assert find_stamp("2014 UK floods: the army is deployed") is None
    assert find_stamp("1991") is None
    assert find_stamp("1600Z: The battalion crossed the river.") is not None


# a situation report of the Kosovo war, its times in GMT
SITREP = """
    SITUATION REPORT NO. 9
    AS OF 0600 GMT, 30 MARCH 1999
    1. AIR OPERATIONS
    A. The NATO spokesman announced at 1445Z that allied aircraft had struck an ammunition depot near Pristina.
    B. The Yugoslav foreign minister met the Russian ambassador at 1915 EST yesterday and asked for fuel supplies.
"""


def test_a_statement_said_at_a_zulu_clock_takes_it_in_the_zone_it_names() -> None:
    ups = parse(SITREP, dt.date(1999, 3, 30))
    nato = of(ups, "A. The NATO spokesman")
    assert (nato.time, nato.timezone) == ("14:45", "UTC")
    met = of(ups, "B. The Yugoslav foreign minister")
    assert (met.date, met.time, met.timezone) == ("1999-03-29", "19:15", "America/New_York")
