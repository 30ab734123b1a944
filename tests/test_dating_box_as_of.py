"""A figures box's label that gives the day its figures stand at in brackets ("FUNDING (AS OF 28 MAY 2024)") dates
that box only: the report's sections below it, naming no day, keep the report's own date. A lead-in naming the day
of the news ("Key developments on Sunday, Feb. 18:") still dates what follows it. Pages written for these tests on
Sudanese refugees in Chad."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

REPORT = """
    OPERATIONAL UPDATE
    Chad: Sudan Refugee Emergency
    KEY FIGURES
    608,433
    Sudanese refugees have arrived in eastern Chad since April 2023
    FUNDING (AS OF 28 MAY 2024)
    USD 630.5 million
    requested for the Sudan situation in Chad
    Operational Context
    New arrivals interviewed by UNHCR protection teams at Tine reported killings and looting on the road from El Fasher.
    • 21,480 refugees were biometrically registered by UNHCR and its partners in eastern Chad this month.
    """


def test_a_boxs_as_of_day_dates_the_box_not_the_sections_below() -> None:
    updates = parse_page(REPORT, dt.date(2024, 5, 31), "Africa/Ndjamena")
    assert of(updates, "New arrivals interviewed").date == "2024-05-31"
    assert of(updates, "21,480 refugees").date == "2024-05-31"


def test_a_lead_in_naming_the_day_of_the_news_still_dates_what_follows() -> None:
    page = """
        Key developments on Sunday, Feb. 18:
        • Russian troops shelled Kherson, killing two people, the regional governor said.
        """
    assert of(parse_page(page, dt.date(2024, 2, 19), "Europe/Kyiv"), "Russian troops").date == "2024-02-18"
