"""An investigation's chapters headed by their day and their subject ("March 3: The strike", "March 4–5: The
fragments") date the paragraphs under them, as day headings do; a chapter named by its subject alone after them
("What the footage shows") is dated by its own words or the page's day, not the last chapter's. One such line alone
on a page is no day heading. A page written for these tests on the war in Ukraine."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

INVESTIGATION = """
    How the strike on the Kharkiv printing house was covered up
    The Ledger
    12 March 2024
    A week after a missile destroyed the printing house, officials in Moscow still deny that their forces fired it.
    March 3: The strike
    At about 11 a.m., a missile hit the main building of the printing house, killing seven workers.
    Within an hour, the regional governor said that fragments of an Iskander missile had been found at the site.
    March 4–5: The fragments
    Investigators published photographs of the recovered fragments, among them a piece bearing a serial number.
    Russia's defence ministry called the photographs a provocation staged for foreign journalists.
    What the footage shows
    Two missile experts consulted by The Ledger said that the object in the video has the shape of an Iskander.
    """


def test_chapters_headed_by_day_and_subject_date_their_paragraphs() -> None:
    updates = parse_page(INVESTIGATION, dt.date(2024, 3, 12), "Europe/Kyiv",
                         title="How the strike on the Kharkiv printing house was covered up")
    assert of(updates, "Within an hour").date == "2024-03-03"
    assert of(updates, "Russia's defence ministry called").date == "2024-03-04"
    assert of(updates, "Two missile experts").date == "2024-03-12"


def test_one_line_naming_its_day_and_subject_heads_no_chapter() -> None:
    page = """
        Strike on Kharkiv printing house
        March 3: The strike
        Russia's defence ministry called the photographs a provocation staged for foreign journalists.
        The regional governor said seven workers had been killed.
        """
    updates = parse_page(page, dt.date(2024, 3, 12), "Europe/Kyiv")
    assert of(updates, "The regional governor said").date == "2024-03-12"
