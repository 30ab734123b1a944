"""Live pages: timestamps of every common shape, titles above updates, continuations, order, zones."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Dropped, Update
from chronik.segment import segment


def run(text: str, published: str | None = "2022-03-22", tz: str = "Europe/Kyiv",
        title: str | None = None) -> tuple[list[Update], list[Dropped]]:
    source = Source(id="live", file="live.txt", path=Path("live.txt"), publisher="Kyiv Wire", title=title,
                    published=dt.date.fromisoformat(published) if published else None, timezone=tz)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("live", lines), source, config)


def holding(updates: list[Update], start: str) -> Update:
    """The update whose text (or title) starts with ``start``."""
    for u in updates:
        if u.text.startswith(start) or (u.title or "").startswith(start):
            return u
    raise AssertionError(f"no update starts with {start!r}: {[u.text[:30] for u in updates]}")


@pytest.mark.parametrize(("line", "time", "zone"), [
    ("8:55 a.m.: Shelling resumed in Kharkiv, the regional governor said.", "08:55", "Europe/Kyiv"),
    ("10:10 a.m: Air raid sirens sounded across the capital.", "10:10", "Europe/Kyiv"),
    ("11 a.m.: The mayor said water supplies were restored.", "11:00", "Europe/Kyiv"),
    ("9:35 p.m.:\u00a0Firefighters put out a blaze at a depot.", "21:35", "Europe/Kyiv"),
    ("21:35 Emergency crews reached the village.", "21:35", "Europe/Kyiv"),
    ("17:40GMT – Turkey offered to host talks, the foreign ministry said.", "17:40", "UTC"),
    ("15:30 GMT - The UN said a convoy reached the city.", "15:30", "UTC"),
    ("06:45 GMT/ 00:45 CST: The Pentagon said it had seen no sign of a pullback.", "06:45", "UTC"),
    ("14:05 EDT: The White House announced new sanctions.", "14:05", "America/New_York"),
    ("[19:20] The general staff reported heavy fighting near Bakhmut.", "19:20", "Europe/Kyiv"),
    ("16:00 UTC+3 – Moscow said its forces had withdrawn.", "16:00", "Etc/GMT-3"),
])
def test_timestamp_shapes_open_updates_with_time_and_zone(line: str, time: str, zone: str) -> None:
    updates, dropped = run(f"March 22 update\n\n{line}\n")
    update = next(u for u in updates if u.kind != "aside")
    assert (update.time, update.timezone, update.date, update.date_basis) == (time, zone, "2022-03-22", "timestamp")
    assert update.lines == [3] and not dropped


def test_headline_above_a_timestamp_is_its_title_and_paragraphs_continue_it() -> None:
    updates, _ = run("""
        Kyiv: live updates

        Strikes on the power grid

        7:10 a.m.: Russian missiles hit energy facilities in three regions, the grid operator said.

        Power was cut in parts of Lviv and Odesa.

        At 6:30 a.m., air defences were active over the capital, the military said.

        8:05 a.m.: The prime minister said repairs would take days.
    """)
    first = holding(updates, "Strikes on the power grid")
    assert first.title == "Strikes on the power grid" and first.title_lines == [3]
    assert first.lines == [5, 7, 9] and first.time == "07:10"
    assert "At 6:30 a.m." in first.text  # an in-text time is not a new update
    assert holding(updates, "The prime minister").time == "08:05"


def test_stamp_line_of_its_own_with_a_date_stamps_the_paragraph_below() -> None:
    updates, _ = run("""
        04 Nov 2020, 18:30
        Fighting continued near Hadrut, the defence ministry said.

        04 Nov 2020, 20:15
        The ombudsman said two civilians were wounded.
    """, published="2020-11-05")
    first = holding(updates, "Fighting continued")
    assert (first.date, first.time, first.lines, first.date_basis) == ("2020-11-04", "18:30", [1, 2], "timestamp")
    assert holding(updates, "The ombudsman").time == "20:15"


def test_stamp_with_its_own_date_dates_the_update() -> None:
    updates, _ = run("""
        23:18 GMT 10.10.2020 – A ceasefire took effect at noon, both sides said.

        23:40 GMT 10.10.2020 – Shelling was reported in Stepanakert an hour later.
    """, published="2020-10-11")
    assert [(u.date, u.time, u.timezone) for u in updates] == [("2020-10-10", "23:18", "UTC"),
                                                               ("2020-10-10", "23:40", "UTC")]


def test_a_page_that_names_its_zone_once_keeps_it() -> None:
    updates, _ = run("""
        17:40 GMT – Talks opened in Geneva.

        18:05 – Delegations broke for consultations.
    """)
    assert [u.timezone for u in updates] == ["UTC", "UTC"]


def test_oldest_first_page_flags_the_update_listed_out_of_order() -> None:
    updates, _ = run("""
        9:20 p.m.: Sirens in Kyiv.

        9:35 p.m.: Explosions heard in the east of the city.

        9:25 p.m.: Air defence engaged drones, the city administration said.

        10 p.m.: The all-clear was given.
    """)
    flagged = [u.time for u in updates if "out-of-order" in u.flags]
    assert flagged == ["21:25"]
    assert holding(updates, "Air defence").time == "21:25"  # the stated time is kept


def test_newest_first_page_is_read_as_such() -> None:
    updates, _ = run("""
        22:10 The governor said the fire was contained.

        21:40 A fire broke out at the oil depot.

        21:50 Firefighters arrived at the depot.

        20:05 Drones were spotted over the port.
    """)
    assert [u.time for u in updates if "out-of-order" in u.flags] == ["21:50"]


def test_times_passing_midnight_on_a_page_without_headings_move_to_the_next_day() -> None:
    updates, _ = run("""
        22:30 Heavy shelling was reported in the north.

        23:45 The regional governor ordered an evacuation.

        00:20 Buses left the town, officials said.
    """, published="2022-03-22")
    assert [u.date for u in updates] == ["2022-03-22", "2022-03-22", "2022-03-23"]
    assert not any("out-of-order" in u.flags for u in updates)
    assert "midnight" in updates[-1].why


def test_date_headings_date_the_updates_under_them() -> None:
    updates, _ = run("""
        Sunday, October 11th

        10:05 Armenia said a truce was broken overnight.

        Background paragraph without a time continues the update above.

        oct10 update

        Azerbaijan said it had retaken a village.

        March 22, 2022

        The city council met in an emergency session.
    """, published="2020-10-12")
    assert holding(updates, "Armenia said").date == "2020-10-11"
    assert holding(updates, "Armenia said").lines == [3, 5]
    assert (holding(updates, "Azerbaijan said").date, holding(updates, "Azerbaijan said").date_basis) == (
        "2020-10-10", "heading")
    assert holding(updates, "The city council").date == "2022-03-22"
    headings = [u for u in updates if u.kind == "aside"]
    assert [h.lines for h in headings] == [[1], [7], [11]]


def test_teaser_for_another_article_between_updates_is_an_aside() -> None:
    updates, _ = run("""
        9:00 a.m.: The health ministry said 12 people were wounded in Kherson.

        Living in the Basement: A Family's Winter

        For three months, the Ivanenko family has slept underground as the shelling goes on.

        9:45 a.m.: Rail services to the south resumed.
    """)
    teaser = holding(updates, "Living in the Basement")
    assert teaser.kind == "aside" and teaser.lines == [5] and teaser.title_lines == [3]
    assert holding(updates, "The health ministry").lines == [1]


def test_headline_with_an_undated_body_after_the_last_timestamp_is_one_update() -> None:
    updates, _ = run("""
        November 2

        10 p.m.: The ministry said fighting continued.

        Amnesty Statement on Cluster Munitions

        “We call on all sides to stop using cluster munitions.”

        “Civilians are paying the price,” the statement said.
    """, published="2020-11-03")
    statement = holding(updates, "Amnesty Statement")
    assert statement.kind == "update" and statement.lines == [7, 9] and statement.title_lines == [5]
    assert (statement.date, statement.time, statement.date_basis) == ("2020-11-02", None, "heading")


def test_date_conflict_is_flagged_and_the_heading_date_kept() -> None:
    updates, _ = run("""
        March 20

        On February 14, the mayor gave an interview to a local radio station.
    """)
    update = holding(updates, "On February 14")
    assert update.date == "2022-03-20" and "date-conflict" in update.flags
    assert "February 14" in update.why and "heading" in update.why


def test_stamp_line_then_headline_then_text_is_one_titled_update() -> None:
    updates, _ = run("""
        Posted at 10:15 GMT
        Russia says it downed 20 drones
        Russia's defence ministry said air defences destroyed 20 drones over Crimea overnight.

        14.05 BST
        Kyiv reports power cuts
        The grid operator said power was cut in four regions.
    """)
    drones = holding(updates, "Russia says it downed")
    assert (drones.lines, drones.title_lines, drones.time, drones.timezone) == ([1, 3], [2], "10:15", "UTC")
    power = holding(updates, "Kyiv reports power cuts")
    assert (power.lines, power.time, power.timezone) == ([5, 7], "14:05", "Europe/London")


def test_a_subhead_in_a_story_does_not_glue_the_paragraphs_under_it() -> None:
    updates, _ = run("""
        The army said it had retaken two villages near Bakhmut.

        Fears of wider war

        Poland said it would send more troops to its eastern border.

        Lithuania's president called for a NATO summit.
    """)
    assert [(u.lines, u.kind) for u in updates] == [([1], "update"), ([3], "aside"), ([5], "update"),
                                                     ([7], "update")]
    assert updates[2].tags == ["Fears of wider war"]


def test_notes_about_the_live_page_itself_are_asides() -> None:
    updates, _ = run("""
        Welcome to our live coverage of the war in Ukraine.

        18:30 The governor said a curfew would start at 8 p.m.

        This live page is now closed. Thank you for joining us.
    """)
    assert [u.kind for u in updates] == ["aside", "update", "aside"]


def test_a_thread_post_of_several_paragraphs_runs_on_to_the_stamp_below_it() -> None:
    updates, _ = run("""
        Kharkiv Regional Administration
        @kharkiv_rda
        [1/2] Russian troops shelled Kharkiv overnight.

        The regional administration said eight civilians were killed.
        10:21 PM · Mar 3, 2022
        Kharkiv Regional Administration
        @kharkiv_rda
        [2/2] Shelters are open across the city.
        10:24 PM · Mar 3, 2022
    """, published="2022-03-04")
    posts = [u for u in updates if u.kind != "aside"]
    assert [(u.lines, u.date, u.time) for u in posts] == [([3, 5, 6], "2022-03-03", "22:21"),
                                                          ([9, 10], "2022-03-03", "22:24")]


def test_times_of_a_page_that_states_its_zone_once_at_the_top() -> None:
    updates, _ = run("""
        All times are Kyiv time
        March 22 update
        14:05 Sirens sounded in Odesa.
        15:30 GMT The UN said a convoy reached Mariupol.
    """, tz="UTC")
    assert [(u.time, u.timezone) for u in updates if u.kind != "aside"] == [("14:05", "Europe/Kyiv"), ("15:30", "UTC")]


def test_a_feed_under_today_and_yesterday_headings_with_ages_glued_to_its_stamps() -> None:
    updates, dropped = run("""
        Today
        1h ago14.32 GMT
        Kremlin says the vote will go ahead in occupied regions
        3h ago 12.05 GMT
        Baltic states sign an ammunition deal
        Yesterday
        21:40
        Drones hit a refinery in Ryazan, the governor says
    """, published="2024-03-12")
    reports = [u for u in updates if u.kind != "aside"]
    assert [(u.lines, u.date, u.time, u.timezone) for u in reports] == [
        ([2, 3], "2024-03-12", "14:32", "UTC"), ([4, 5], "2024-03-12", "12:05", "UTC"),
        ([7, 8], "2024-03-11", "21:40", "UTC")]
    assert not dropped
