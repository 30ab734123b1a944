"""Formats met on the blind sets ZZZY (Cyprus 1974) and ZZZZ (Ladakh 2020), each on pages written for these tests:

- a live page's byline line of parts, its section, its editor and when the page was updated ("World | Edited by
  Maria Costa | Updated: March 4, 2021 9:15 pm IST"), is the page's dateline: no feed item stamped with its clock
  that would swallow the summary paragraphs under it
- a record of a day's broadcast announcements, each under a title closed by its clock ("Communiqué No. 1 – 14:05
  hours", "Communiqué No. 6 – 01:40 hours, 7 October"): each title stamps the announcement under it; a title with
  no clock between them ("Order of the Day by the Minister of War") is an announcement whose time is not given, no
  teaser of another page
- a paper's correspondents' dispatches under their credit and dateline ("From our own Correspondent: Suez, October
  31"): each dates the dispatch under it, and its "this morning" and "tonight" are that day's, not the paper's
- a situation report's lettered sub-items under its numbered sections ("a. Israeli armored units reached ...", "b.
  Cairo radio claimed ..."): each is an item of its own, not a paragraph in lower case carrying on the one above
"""


from __future__ import annotations

import datetime as dt

import pytest

from chronik.segment.feed import feed_item
from chronik.segment.timestamps import titled_stamp
from tests.page_cases import of, parse_page

LIVE = """
    World
    Border Talks LIVE Updates: Ministers Agree To Meet Again Next Week
    World | Edited by Maria Costa | Updated: March 4, 2021 9:15 pm IST
    Share

    New Delhi: The foreign minister told parliament this evening that talks with the neighbouring state would resume
    next week, after a day of shelling along the frontier.

    Two soldiers wounded in Tuesday's shelling were flown to the capital for treatment on Wednesday evening, army
    sources said.

    Here are the LIVE updates on the border talks:

    Mar 04, 2021 21:15 (IST)
    Minister Sums Up Talks
    The foreign minister said both sides had agreed to keep talking.

    Mar 04, 2021 20:40 (IST)
    Opposition Demands Debate
    The leader of the opposition asked the government to explain the shelling to parliament.

    Mar 04, 2021 19:05 (IST)
    Army Chief Visits Forward Posts
    The army chief visited forward posts along the frontier, the army said in a statement.
"""


def test_a_byline_line_with_the_page_s_update_time_is_its_dateline() -> None:
    updates = parse_page(LIVE, dt.datetime(2021, 3, 4, 21, 15), "Asia/Kolkata")
    byline = of(updates, "World | Edited by")
    assert byline.kind == "aside"
    minister, soldiers = of(updates, "New Delhi: The foreign minister"), of(updates, "Two soldiers wounded")
    assert minister is not soldiers and minister.kind == soldiers.kind == "update"
    assert (minister.date, minister.time) == ("2021-03-04", None)  # "this evening": the page's day, no post's clock


@pytest.mark.parametrize(("line", "source"), [
    ("World | Edited by Maria Costa | Updated: March 4, 2021 9:15 pm IST", None),
    ("By Jane Roe | Reuters | March 4, 2021 9:15 pm", None),
    # a feed's item: headline, outlet, stamp
    ("Ministers agree to meet again next week | Reuters | March 4, 2021 21:15", "Reuters"),
])
def test_a_byline_is_no_feed_item(line: str, source: str | None) -> None:
    item = feed_item(line)
    assert (item.source if item is not None else None) == source


COMMUNIQUES = """
    Historical documents
    Communiqués of the General Command, 6 October 1973
    Radio Cairo broadcast the following communiqués during 6 October and the first hours of 7 October.

    Communiqué No. 1 – 14:05 hours
    The enemy attacked our forces in the Zafarana and Sukhna areas in the Gulf of Suez with aircraft.

    Communiqué No. 2 – 14:40 hours
    Our forces are now crossing the canal at several points and the air force has struck enemy positions in Sinai.

    Order of the Day by the Minister of War
    Soldiers of the armed forces! Today you write a new page in the history of our nation.
    Your families are with you in every trench.

    Communiqué No. 3 – 16:20 hours
    Our forces have raised the flag on the east bank of the canal.

    Communiqué No. 6 – 01:40 hours, 7 October
    Our forces completed the crossing during the night and hold the east bank along its length.
"""


def test_titles_closed_by_their_clock_stamp_the_announcements_under_them() -> None:
    updates = parse_page(COMMUNIQUES, dt.date(1973, 10, 6), "Africa/Cairo")
    titled = {u.title: u for u in updates}
    first, third = titled["Communiqué No. 1"], titled["Communiqué No. 3"]
    assert (first.time, first.kind) == ("14:05", "update") and "Zafarana" in first.text
    assert third.time == "16:20"
    late = titled["Communiqué No. 6"]
    assert (late.date, late.time) == ("1973-10-07", "01:40")
    order = [u for u in updates if "Soldiers of the armed forces" in u.text]
    assert len(order) == 1 and order[0].kind == "update" and order[0].time is None


@pytest.mark.parametrize(("line", "clock", "title"), [
    ("Communiqué No. 1 – 14:05 hours", "14:05", "Communiqué No. 1"),
    ("Statement by the Prime Minister, on radio - 20:30", "20:30", "Statement by the Prime Minister, on radio"),
    ("Communiqué No. 3 - 30 October 1973, 06:15", "06:15", "Communiqué No. 3"),  # its day before its clock
    ("Bulletin No. 5 — 2 November at 14:00", "14:00", "Bulletin No. 5"),
    ("The police said the road was closed. — 10:05", None, None),  # a sentence closed by a clock: a ticker's entry
    ("The army attacked. Then it withdrew - 10:05", None, None),
])
def test_a_title_closed_by_its_clock(line: str, clock: str | None, title: str | None) -> None:
    stamp = titled_stamp(line)
    assert (stamp.time if stamp else None, stamp.body if stamp else None) == (clock, title)


DISPATCHES = """
    The Manchester Guardian archive

    British and French aircraft bombed Egyptian airfields last night, the Ministry of Defence announced.

    From our own Correspondent: Cairo, October 31

    Air-raid sirens sounded over Cairo at dusk tonight and anti-aircraft guns opened fire along the Nile.

    Cairo Radio said this morning that Egyptian forces were fighting in Sinai.

    From our Correspondent: Jerusalem, October 31

    The Israeli army announced tonight that its forces had reached positions near the Canal.
"""


def test_a_correspondent_s_dispatch_line_dates_the_dispatch_under_it() -> None:
    updates = parse_page(DISPATCHES, dt.date(1956, 11, 1), "Africa/Cairo")
    assert of(updates, "British and French aircraft").date == "1956-10-31"  # "last night" in the paper of 1 Nov
    assert of(updates, "Air-raid sirens").date == "1956-10-31"
    assert of(updates, "Cairo Radio said this morning").date == "1956-10-31"
    assert of(updates, "The Israeli army announced tonight").date == "1956-10-31"


SITREP = """
    SITUATION REPORT NO. 4
    1. North
    a. Government troops reached the river crossing at Kalima during the night, the army announced this morning.
    b. Rebel radio claimed last night that its fighters had shot down two helicopters near Kalima.
    2. South
    a. The port of Sandra was quiet yesterday.
    (b) The embassy reports that all American staff are safe.
"""


def test_a_report_s_lettered_sub_items_are_items_of_their_own() -> None:
    updates = [u for u in parse_page(SITREP, dt.date(1967, 6, 8), "UTC") if u.kind != "aside"]
    assert [u.text.split()[0] for u in updates] == ["Government", "Rebel", "The", "The"]
    assert of(updates, "Rebel radio claimed").date == "1967-06-07"  # "last night", its own day
