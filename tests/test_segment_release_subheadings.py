"""A news release's subheadings between its paragraphs ("Bodies lying in the streets", "A call on the parties"),
shaped as headlines, are its sections' labels, as labels are: each paragraph under them reporting an act of its own
is an update of its own, not glued with the rest of the section into one story under its subheading. A page written
for these tests."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

RELEASE = """
    News release
    Sudan: aid agency delivers surgical supplies to Khartoum hospitals
    03 May 2023
    Khartoum (Agency) – The agency on Tuesday delivered surgical supplies to three hospitals in Khartoum.
    "Every hour without supplies costs lives," said the head of the agency's delegation in Sudan.
    Bodies lying in the streets
    Volunteers of the Red Crescent have been unable to collect many of the bodies lying in the streets of Khartoum.
    Speaking to journalists in Geneva on Monday, the agency's regional director said it had had hundreds of calls.
    A call on the parties
    The agency reminded both parties of their obligations to spare civilians and medical facilities.
    """


def test_a_releases_headline_shaped_subheadings_label_its_sections() -> None:
    updates = parse_page(RELEASE, dt.date(2023, 5, 3), "Africa/Khartoum",
                         title="Sudan: aid agency delivers surgical supplies to Khartoum hospitals")
    briefing = of(updates, "Speaking to journalists in Geneva on Monday")
    assert briefing.kind == "update" and briefing.date == "2023-05-01"
    assert briefing.lines == [8]  # its own update, not glued under "Bodies lying in the streets"
    assert of(updates, "Bodies lying in the streets").kind == "aside"
