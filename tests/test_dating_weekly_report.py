"""A weekly report whose title names its week ("Sahel Weekly: 3–9 June 2024"), saved days later: a section label
naming "this week" is the report's week, not the week the page was saved in, so "On Saturday" is that week's
Saturday. A label naming its week by dates ("Week 23: 3–9 June") dates its items as before."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

SAVED = dt.date(2024, 6, 12)  # the Wednesday after the week


def test_this_week_under_a_title_naming_the_week_is_that_week() -> None:
    updates = parse_page("""
        Sahel Weekly: 3-9 June 2024

        Incidents this week

        On Saturday, gunmen killed five villagers near Djibo, local sources told the Sahel Weekly.

        On 4 June, the army said it had repelled an attack on its base in Boulsa.
        """, SAVED, "Africa/Ouagadougou")
    assert of(updates, "On Saturday").date == "2024-06-08"
    assert of(updates, "On 4 June").date == "2024-06-04"


def test_a_label_naming_its_week_by_dates_dates_its_items() -> None:
    updates = parse_page("""
        Sahel chronology

        Week 23: 3-9 June

        On Saturday, gunmen killed five villagers near Djibo, local sources said.
        """, SAVED, "Africa/Ouagadougou")
    assert of(updates, "On Saturday").date == "2024-06-08"
