"""Round six of whole pages (``tests/pages/``), mostly saved by a user who did not know their date: a weekly
overview whose title names its week ("Weekly overview: 2–8 March 2024"), a day-by-day recap titled "what happened
from 4 to 10 November 2020" with headings without a year, a quarter's timeline titled "(1 January 2024 – 31 March
2024)" with "4 February – ..." items, a live page with weekday headings without a year ("Friday, June 13") whose only
year is the configured war's, and an ISW-style report whose title carries its date. Each test says what a careful
reader expects; every non-blank line is used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_dates_in_pages import parse as parse_text
from test_segment_property import unaccounted
from test_segment_unseen import UKRAINE, parse

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document
from chronik.segment import segment

WEEK = ("2024-03-02", "2024-03-08")


@pytest.mark.parametrize("dated", [True, False])
def test_weekly_overview_dates_its_undated_items_with_the_week_its_title_names(dated: bool) -> None:
    page = parse("sahel_weekly_overview", dated=dated)
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    for start in ("Suspected jihadists attacked", "Residents of Kaya", "The army and Russian paramilitaries",
                  "The transitional government", "The junta announced", "Protesters gathered in Niamey"):
        u = page.of(start)
        assert (u.kind, u.date, u.date_end, u.date_basis, u.flags) == ("update", *WEEK, "heading", []), start
    for start, day in (("On 5 March", "2024-03-05"), ("On 7 March", "2024-03-07")):
        u = page.of(start)  # a day inside the week is the item's own
        assert (u.date, u.date_end, u.date_basis, u.flags) == (day, None, "explicit", []), start
    # a lone "Reuters, 6 March 2024" under a short item is that item's date, not a report of its own
    banned = page.of("Burkina Faso suspended the broadcasts")
    assert page.of("Reuters, 6 March 2024") is banned
    assert (banned.date, banned.date_basis, banned.flags) == ("2024-03-06", "explicit", [])
    page.not_reported("Weekly overview: 2–8 March 2024", "Weekly overview: 24 February", "Related briefs",
                      "Mali", "Niger", "Also this week")
    assert page.holding(page.doc.lines.index("Burkina Faso") + 1).kind == "aside"  # a section label


@pytest.mark.parametrize("dated", [True, False])
def test_day_by_day_recap_takes_the_year_of_the_range_its_title_names(dated: bool) -> None:
    page = parse("tigray_week_recap", dated=dated)
    expected = [("Prime Minister Abiy Ahmed ordered", "2020-11-04"), ("Sudan closed its border", "2020-11-05"),
                ("Tens of thousands of people fled", "2020-11-06"), ("The upper house", "2020-11-07"),
                ("Abiy replaced the army chief", "2020-11-08"), ("Amnesty International said", "2020-11-09"),
                ("The United Nations said Sudan", "2020-11-10")]
    for start, day in expected:
        u = page.of(start)
        assert (u.kind, u.date, u.date_basis, u.flags) == ("update", day, "heading", []), start
    assert page.of("Monday 9 November").kind == "aside"
    assert all(u.date is not None for u in page.reports)


@pytest.mark.parametrize("dated", [True, False])
def test_quarter_timeline_reads_each_yearless_item_inside_its_title_s_span(dated: bool) -> None:
    page = parse("shabaab_quarter_timeline", dated=dated)
    expected = [("4 January –", "2024-01-04", None), ("17–19 January –", "2024-01-17", "2024-01-19"),
                ("4 February –", "2024-02-04", None), ("14–15 March –", "2024-03-14", "2024-03-15"),
                ("21 March –", "2024-03-21", None), ("29 March –", "2024-03-29", None)]
    for start, day, end in expected:
        u = page.of(start)  # "21 March – ATMIS handed over ..." is 2024's, not the year before
        assert (u.kind, u.date, u.date_end, u.date_basis, u.flags) == ("update", day, end, "explicit", []), start
    # the title's span is no section: its first day dates nothing
    assert page.of("Timeline of the al-Shabaab insurgency (1 January").kind == "aside"
    assert all(u.date != "2024-01-01" for u in page.reports)


@pytest.mark.parametrize("dated", [True, False])
def test_weekday_headings_without_a_year_take_the_one_year_of_the_war_that_fits(dated: bool) -> None:
    page = parse("israel_iran_weekday_live", dated=dated)
    assert [(u.date, u.time, u.date_basis) for u in page.reports if u.time] == [
        ("2025-06-16", "10:40", "timestamp"), ("2025-06-16", "08:05", "timestamp"),
        ("2025-06-15", "22:30", "timestamp"), ("2025-06-15", "13:15", "timestamp"),
        ("2025-06-14", "21:50", "timestamp"), ("2025-06-14", "06:20", "timestamp"),
        ("2025-06-13", "23:45", "timestamp"), ("2025-06-13", "03:30", "timestamp")]
    assert not any(u.flags for u in page.reports if u.time)
    assert page.of("Friday, June 13").kind == "aside"


def test_weekday_headings_with_no_war_and_no_year_on_the_page_stay_undated_and_flagged() -> None:
    updates = parse_text("""
        Frontline diary

        Sunday 31 December

        Drones struck a fuel depot near the port, officials said.

        Monday, January 1

        Shelling resumed in the northern districts, residents said.
    """, None)
    reports = [u for u in updates if u.kind != "aside"]
    assert reports and all(u.date is None and "no-date" in u.flags for u in reports)


def test_weekday_headings_across_new_year_take_the_years_their_weekdays_fit_in_the_war() -> None:
    # the war configured since 2022 (open: looked for over a few years): 31 December is a Sunday only in 2023
    text = ["Sunday 31 December", "", "Drones struck a fuel depot near the port, officials said.", "",
            "Monday, January 1", "", "Shelling resumed in the northern districts, residents said."]
    source = Source(id="p", file="p.txt", path=Path("p.txt"), publisher="Desk", published=None, timezone="UTC")
    config = Config(root=Path("."), path=Path("c.yaml"), title="t", epochs=(UKRAINE,), sources=(source,))
    updates = segment(Document("p", [clean_line(x) for x in text]), source, config)[0]
    reports = [u for u in updates if u.kind != "aside"]
    assert [(u.date, u.date_basis) for u in reports] == [("2023-12-31", "heading"), ("2024-01-01", "heading")]
    assert dt.date(2023, 12, 31).weekday() == 6


@pytest.mark.parametrize("dated", [True, False])
def test_isw_style_update_dated_by_the_date_in_its_title(dated: bool) -> None:
    page = parse("iran_update_ctp", dated=dated)
    assert page.of("Iran Update, January 4, 2024").kind == "aside"
    for start in ("• The Islamic State claimed", "Iranian Supreme Leader", "The Iraqi government condemned",
                  "The Houthis launched an unmanned surface vessel into international shipping lanes in the Red "
                  "Sea. The vessel"):
        u = page.of(start)
        assert (u.date, u.flags) == ("2024-01-04", []), start
    assert all(u.date == "2024-01-04" for u in page.reports)
