"""Round 23 of the dates: a day right before the verb of a toll ("a shell on a market in the town of Kadugli on
Monday evening killed five people") is the day the casualties fell, the news the update reports, whatever noun the
day closes: it dates an item of a digest a day or two before the digest's own day, as a day said with the main verb
does, and a day hanging on an event noun that is the subject of the toll ("an attack on Monday killed three") is the
act's, not background. In a report on a past period, a chapter's heading naming a day ("3. The shelling of 22
January") dates its paragraphs that name none."""

from __future__ import annotations

import datetime as dt

from chronik.model import Update
from chronik.segment.dating import PageDates, date_unit
from chronik.segment.finder import DateFinder, make_finder
from chronik.segment.units import Unit
from tests.page_cases import of, parse_page


def parse(text: str, published: dt.date, tz: str = "Africa/Khartoum") -> list[Update]:
    return parse_page(text, published, tz)


SHELL = ("The governor of South Kordofan state said a shell from RSF positions on a crowded market in the town of "
         "Kadugli on Monday evening killed five people and wounded 12.")
# a Wednesday's list of key events of the war in Sudan, covering Tuesday
DIGEST = f"""
    Sudan war: List of key events
    Here are the key events of the war in Sudan.
    Here is the situation on Tuesday, May 7, 2024:
    Fighting
    {SHELL}
    A local medics' group said a drone strike by the RSF on a bus on Monday night injured three children in Kosti.
    The army said its troops had repelled an RSF assault on the outskirts of El Fasher.
    Source: news agencies
"""


def test_a_day_right_before_the_toll_dates_a_digest_item() -> None:
    ups = parse(DIGEST, dt.date(2024, 5, 8))
    # the day closes a long subject (the shell, where it came from, its target, its place): the toll's day, a day
    # before the list's
    assert of(ups, "The governor of South Kordofan").date == "2024-05-06"
    assert of(ups, "A local medics' group said").date == "2024-05-06"
    # no day of its own: the list's
    assert of(ups, "The army said its troops").date == "2024-05-07"


def test_the_subject_of_a_toll_is_no_background_event() -> None:
    finder = DateFinder(dt.date(2023, 10, 18))
    found = finder.act("Officials said the attack on Tuesday killed at least 30 people at the school in Khan Younis.")
    assert found is not None and found.timex.start == dt.date(2023, 10, 17)
    # an adverb between the day and the toll
    found = finder.act("The ministry said shelling on Monday reportedly wounded four civilians.")
    assert found is not None and found.timex.start == dt.date(2023, 10, 16)
    # an event noun's day before another verb stays background
    assert finder.act("The offensive on Monday was the largest since the summer, analysts said.") is None


def _dates(units: list[tuple[str, str, str]], published: dt.date) -> list[str | None]:
    """The dates of ``units`` (kind, what, text) read in page order on a page published then."""
    page = PageDates(published, "the publication date", make_finder(published, ()))
    dated = [date_unit(Unit(kind=kind, what=what, texts=[text]), page) for kind, what, text in units]
    return [d.date.isoformat() if d.date is not None else None for d in dated]


# a rights group's report of June 2015 on the shelling of Donetsk in January, in chapters
REPORT = [
    ("aside", "section label", "2. BACKGROUND"),
    ("update", "paragraph", "On 20 January, separatist forces said they had taken the new terminal of the airport."),
    ("aside", "headline", "3. THE SHELLING OF 22 JANUARY"),
    ("update", "paragraph", "On the morning of 22 January, rockets struck a trolleybus stop on Kuprina Street."),
    ("update", "paragraph", "A second witness, a 54-year-old driver, said the blast threw him to the ground."),
    ("update", "paragraph", "On 23 January, the authorities and the separatist leaders blamed each other."),
    ("aside", "section label", "4. RECOMMENDATIONS"),
    ("update", "paragraph", "Both sides should stop using rockets in populated areas."),
]


def test_a_chapter_heading_naming_a_past_day_dates_its_paragraphs_naming_none() -> None:
    assert _dates(REPORT, dt.date(2015, 6, 11)) == [
        "2015-06-11", "2015-01-20", "2015-06-11", "2015-01-22",
        "2015-01-22",  # no day of its own under the chapter's heading: the day it names, not the report's
        "2015-01-23",  # a day of its own
        "2015-06-11", "2015-06-11"]  # a heading naming no day ends the chapter


def test_a_heading_naming_a_recent_day_heads_no_chapter() -> None:
    news = [("aside", "headline", "Strikes on Kharkiv on Tuesday"),
            ("update", "paragraph", "A second witness said the blast threw him to the ground.")]
    assert _dates(news, dt.date(2024, 5, 16))[1] == "2024-05-16"
