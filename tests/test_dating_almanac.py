"""An almanac column ("On this day", "Today in History"): a paragraph opening with its year ("In 1999, ...",
"1999: ...") or counting back from the page's year ("Ten years ago: ...") is dated by that year and the column's
month and day; on an ordinary story, "In 2014, ..." is background and keeps the page's date."""

from __future__ import annotations

import datetime as dt

from chronik.segment.almanac import entry_day, frames
from tests.test_dates_in_pages import of, parse

BALKANS_ALMANAC = """
    This Day in History: March 24

    Today is Friday, March 24, the 83rd day of 2017. There are 282 days left in the year.

    On this day:

    In 1999, NATO launched air strikes against Yugoslavia over its crackdown on ethnic Albanians in Kosovo.

    In 1944, about 76 Allied officers escaped from the German prison camp Stalag Luft III.

    Ten years ago: Palestinian leaders formed a unity government joining Fatah and Hamas ministers.

    One year ago: A U.N. tribunal convicted former Bosnian Serb leader Radovan Karadzic of genocide.
"""


def test_an_almanac_paragraph_takes_its_year_and_the_column_s_day() -> None:
    updates = parse(BALKANS_ALMANAC, "2017-03-24", tz="America/New_York")
    assert of(updates, "In 1999, NATO launched").date == "1999-03-24"
    assert of(updates, "In 1944, about 76").date == "1944-03-24"


def test_years_ago_counts_back_from_the_column_s_year() -> None:
    updates = parse(BALKANS_ALMANAC, "2017-03-24", tz="America/New_York")
    assert of(updates, "Ten years ago:").date == "2007-03-24"
    assert of(updates, "One year ago:").date == "2016-03-24"


ORDINARY_STORY = """
    Kosovo marks anniversary of NATO campaign

    March 24, 2019

    PRISTINA (Reuters) - Hundreds gathered in Pristina on Sunday to mark twenty years since NATO's air campaign.

    In 1999, NATO launched air strikes against Yugoslavia over its crackdown on ethnic Albanians in Kosovo.

    Ten years ago, Kosovo declared independence from Serbia, a step Belgrade still rejects.
"""


def test_an_ordinary_story_s_year_opening_stays_background() -> None:
    updates = parse(ORDINARY_STORY, "2019-03-24", tz="Europe/Belgrade")
    told = [u for u in updates if "In 1999, NATO" in u.text or "Ten years ago, Kosovo" in u.text]
    assert told and {u.date for u in told} == {"2019-03-24"}


def test_frames_want_the_day_of_the_year_or_a_label_with_its_colon() -> None:
    assert frames("Today is Friday, March 24, the 83rd day of 2017.")
    assert frames("On this date:")
    assert frames("Today in History: March 24, NATO bombs Yugoslavia")
    assert not frames("Today in History")  # a site's menu entry
    assert not frames("On this day in 1999, NATO launched air strikes.")


def test_entry_day_reads_the_almanac_openings() -> None:
    day = dt.date(2017, 3, 24)
    assert entry_day("1999: NATO begins air strikes on Yugoslavia", day) == (dt.date(1999, 3, 24), "1999")
    assert entry_day("1944 – The Great Escape from Stalag Luft III", day) == (dt.date(1944, 3, 24), "1944")
    assert entry_day("A year ago: a tribunal convicted Karadzic.", day) == (dt.date(2016, 3, 24), "A year ago")
    assert entry_day("In 2025, the mission will end.", day) is None  # after the column's year
    assert entry_day("In 1999, NATO ...", dt.date(2016, 2, 29)) is None  # no 29 February in 1999
    assert entry_day("NATO launched air strikes in 1999.", day) is None
