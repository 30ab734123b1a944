"""Formats met on the blind sets ZZZZW (Sierra Leone 1999) and ZZZZX (Lebanon 1982), each on pages written for these
tests:

- a news archive's month page ("Liberia News Archives / August 2003"), newest day first, each day leading its first
  paragraph ("11 August: ...") and further paragraphs of that day after it: those paragraphs are that day's, their
  weekdays counted from it ("on Sunday" under "11 August" is 10 August), not from the month's first or last day; a
  paragraph naming its own day written out keeps it; a bulleted list of days is read item by item
"""

from __future__ import annotations

import datetime as dt

from tests.page_cases import of, parse_page

ARCHIVE = "\n".join([
    "The Liberia Web",
    "Home | News | Archives | Links | Contact",
    "Liberia News Archives",
    "August 2003",
    "11 August: President Charles Taylor handed power to Vice President Moses Blah at a ceremony in Monrovia on "
    "Monday and left for exile in Nigeria, Reuters reported.",
    "LURD spokesman Kabineh Janneh said on Sunday that the rebels would withdraw from the port once peacekeepers "
    "were deployed there.",
    "Aid agencies estimate that about a million people are living in and around the capital without clean water.",
    "10 August: Nigerian peacekeepers of the ECOMIL force took over the airport at Roberts Field on Sunday, a "
    "spokesman for the force said.",
    "The U.S. warships off the coast remained on standby on Saturday, a Pentagon official said.",
    "The rebels said they had lost 40 fighters since 3 August.",
])


def test_an_archive_days_paragraphs_are_of_the_day_that_leads_them() -> None:
    updates = parse_page(ARCHIVE, dt.date(2003, 8, 11), "Africa/Monrovia")
    assert of(updates, "11 August").date == "2003-08-11"
    assert of(updates, "LURD spokesman").date == "2003-08-10"
    assert of(updates, "Aid agencies").date == "2003-08-11"
    assert of(updates, "10 August").date == "2003-08-10"
    assert of(updates, "The U.S. warships").date == "2003-08-09"
    assert of(updates, "The rebels said").date == "2003-08-10"
