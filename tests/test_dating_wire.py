"""A wire story's days: its dateline ("ODESA, March 12 (AP) — ") is the filing day, not its news's; the dates of a box
of related links at its foot are the teasers', so the story's own date line under its title stays its dateline, not a
section; a day after the page's ("a pause beginning on Saturday morning") is no news yet. A chronology's row leading
with its day over the rest of a wrapped cell, and the clock the row opens with ("12 Jun | From about 05:15, ...")."""

from __future__ import annotations

import datetime as dt
import types

from chronik.segment.dating import PageDates, date_update
from chronik.segment.finder import make_finder
from chronik.segment.units import Unit
from tests.test_dates_in_pages import of, parse

ODESA_WIRE = """
    Ukraine says it downed drones over Odesa as grain corridor talks stall

    March 12, 2024

    A firefighter works at the site of a drone strike in Odesa (AP photo)

    ODESA, March 12 (AP) — Ukrainian air defences shot down 11 Russian drones over the southern Odesa region on \
Sunday night, the regional governor said, in the largest attack on the port city this month.

    The Russian Defence Ministry said in a statement that its forces had struck port infrastructure used by the \
Ukrainian navy.

    Turkey's foreign minister said last Thursday that Ankara was ready to host new talks on shipping in the Black Sea.

    Related stories

    Russian strike damages grain silos in Izmail

    March 10, 2024

    Zelensky visits front-line positions in Zaporizhzhia

    March 8, 2024
"""


def test_a_wire_dateline_does_not_date_the_story_lead() -> None:
    updates = parse(ODESA_WIRE, "2024-03-12", tz="Europe/Kyiv")
    assert of(updates, "ODESA, March 12").date == "2024-03-10"


def test_related_links_dates_leave_the_story_date_line_a_dateline() -> None:
    updates = parse(ODESA_WIRE, "2024-03-12", tz="Europe/Kyiv")
    assert of(updates, "Turkey's foreign minister").date == "2024-03-07"  # 'said last Thursday', 5 days back
    assert of(updates, "March 12, 2024").kind == "aside"


TIGRAY_WIRE = """
    Tigray talks: sides agree three-day pause in fighting, mediators say

    ADDIS ABABA, Nov 4 (AFP) - Ethiopia's government and Tigrayan forces agreed to a three-day pause in fighting \
beginning on Saturday morning, African Union mediators said on Thursday.

    The mediators said aid convoys would be allowed to reach Mekelle during the pause.
"""


def test_a_day_after_the_page_is_a_plan_and_the_saying_day_dates_the_news() -> None:
    updates = parse(TIGRAY_WIRE, "2022-11-04", tz="Africa/Addis_Ababa")
    assert of(updates, "ADDIS ABABA").date == "2022-11-03"  # 'on Thursday', not the pause's Saturday


SUDAN_CHRONOLOGY = """
    Conflict chronology: Sudan, June 2023

    3 July 2023

    This chronology records the main events of the war in Sudan in June 2023. All times are local.
    Date | Event
    2 Jun | The army and the RSF agree a 24-hour truce in Jeddah, which largely holds in Khartoum.
    10 Jun | Fighting resumes in Omdurman; drones strike RSF positions north of the city during
    Friday prayers, killing at least five people. The RSF blames the army.
    12 Jun | From about 05:15, artillery shells hit the Kalakla district of Khartoum, residents say. \
14 Jun | The governor of West Darfur is killed in El Geneina hours after accusing the RSF of genocide.
"""


def test_an_item_whose_title_leads_with_its_day_is_dated_by_it() -> None:
    # a chronology's row wrapped over lines, its first line read as the item's title over the rest of its text
    title = types.SimpleNamespace(text="10 Jun | Fighting resumes in Omdurman; drones strike RSF positions during")
    unit = Unit(kind="update", what="item", texts=["Friday prayers, killing at least five people."],
                title=title)  # type: ignore[arg-type]
    finder = make_finder(dt.date(2023, 7, 3), ())
    dated = date_update(unit, PageDates(dt.date(2023, 7, 3), "the publication date", finder))
    assert dated.date == dt.date(2023, 6, 10)  # not the Friday before the page's date


def test_a_chronology_row_opening_with_a_clock_after_its_separator_has_that_time() -> None:
    updates = parse(SUDAN_CHRONOLOGY, "2023-07-03")
    row = of(updates, "12 Jun | From about 05:15")
    assert (row.date, row.time) == ("2023-06-12", "05:15")


NIGERIA_WIRE = """
    Gunmen kill 12 in attack on checkpoint in northwest Nigeria

    Monday, 6 March 2023

    SOKOTO (Reuters) - Gunmen attacked a police checkpoint outside Sabon Birni on Saturday night, killing 12 people, \
the state police said.

    A police officer at the scene said the attackers opened fire at about 10:15 pm before setting two patrol \
vehicles alight.

    Residents said the army sent reinforcements at around 2 am and the gunmen withdrew into the forest.

    The state governor said a new base would be built near the town.
"""


def test_a_clock_in_the_night_the_lead_told_dates_the_next_item() -> None:
    updates = parse(NIGERIA_WIRE, "2023-03-06", tz="Africa/Lagos")
    assert of(updates, "SOKOTO (Reuters)").date == "2023-03-04"
    opened = of(updates, "A police officer at the scene")
    assert (opened.date, opened.time) == ("2023-03-04", "22:15")
    later = of(updates, "Residents said the army")
    assert (later.date, later.time) == ("2023-03-05", "02:00")  # the small hours of the morning after
    assert of(updates, "The state governor said").time is None
