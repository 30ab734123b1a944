"""Formats met on the blind sets ZZZZS (Bosnia 1995) and ZZZZT (eastern DR Congo 2025), each on pages written for
these tests:

- a timeline whose older items lead with their full dates ("Nov. 8, 2021 - ...") and whose recent ones sit under a
  year heading ("2025") with no year of their own ("Jan. 4 - ..."): the heading's year is theirs, not the year the
  list would run on into after the last full date
"""

from __future__ import annotations

import datetime as dt

from tests.page_cases import of, parse_page

SAHEL_TIMELINE = "\n".join([
    "Timeline: how the jihadist insurgency reached Mali's capital",
    "Here is a timeline of key events:",
    "Jan. 11, 2013 - French forces launch Operation Serval to halt an advance of Islamist fighters on Bamako.",
    "Aug. 16, 2021 - Mali's army says it has lost 15 soldiers in an ambush near Boni in the Mopti region.",
    "2024",
    "Jan. 25 - The junta ends the 2015 Algiers peace agreement with the northern armed groups.",
    "July 27 - Wagner fighters and Malian troops are routed near Tinzaouaten after three days of fighting.",
    "Sept. 17 - Gunmen attack a gendarmerie school and the military airport in Bamako.",
])


def test_a_year_heading_gives_its_year_to_the_items_under_it() -> None:
    updates = parse_page(SAHEL_TIMELINE, dt.date(2024, 9, 20), "Africa/Bamako")
    assert of(updates, "Aug. 16, 2021").date == "2021-08-16"
    assert [of(updates, start).date for start in ("Jan. 25", "July 27", "Sept. 17")] == \
        ["2024-01-25", "2024-07-27", "2024-09-17"]


def test_without_a_year_heading_the_list_runs_on_from_its_last_full_date() -> None:
    updates = parse_page(SAHEL_TIMELINE.replace("\n2024\n", "\n"), dt.date(2024, 9, 20), "Africa/Bamako")
    assert of(updates, "Jan. 25").date == "2022-01-25"
