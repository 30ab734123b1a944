"""Round 60: a daily digest whose title counts the war's days dates its undated items by the day it counts (the
saved text below starts under the title, which only the source's configured title gives); a morning report's
"late yesterday" or "last night" said with its verb dates the item the day before."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from test_segment_live import holding
from test_segment_live import run as live_run

from chronik.config import Config, Epoch, Source
from chronik.ingest import clean_line
from chronik.model import Document, Dropped, Update
from chronik.segment import segment
from chronik.segment.main_verb import verbs_span

UKRAINE = Epoch("Russian invasion of Ukraine", dt.date(2022, 2, 24))
GAZA = Epoch("Israel-Hamas war", dt.date(2023, 10, 7))


def run(text: str, title: str, published: str, epoch: Epoch, tz: str = "UTC") -> tuple[list[Update], list[Dropped]]:
    source = Source(id="digest", file="digest.txt", path=Path("digest.txt"), publisher="Digest", title=title,
                    published=dt.date.fromisoformat(published), timezone=tz)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,), epochs=(epoch,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("digest", lines), source, config)


def test_a_key_events_list_published_the_morning_after_its_counted_day_dates_its_items_by_that_day() -> None:
    title = "Russia-Ukraine war: List of key events, day 812"  # day 812 = 15 May 2024
    updates, _ = run("""
        Russian forces pressed their assault north of Kharkiv, Ukraine's military said.

        A drone attack set fire to an oil depot in Russia's Belgorod region, the governor said.

        On 16 May, Kyiv's air defences shot down six missiles, the city administration said.
    """, title, "2024-05-16", UKRAINE, tz="Europe/Kyiv")
    assault = holding(updates, "Russian forces pressed")
    assert (assault.date, assault.date_basis) == ("2024-05-15", "day-counter")
    assert holding(updates, "A drone attack").date == "2024-05-15"
    assert holding(updates, "On 16 May").date == "2024-05-16"  # an item naming its own day keeps it


def test_a_gaza_war_digest_counting_its_day_dates_its_undated_items_by_it() -> None:
    title = "Day 100 of the war: what we know so far"  # day 100 = 14 January 2024
    updates, _ = run("""
        The Gaza health ministry said the death toll had passed 23,900.

        Israel's military said its troops raided a Hamas command centre in Khan Younis.
    """, title, "2024-01-15", GAZA, tz="Asia/Jerusalem")
    assert holding(updates, "The Gaza health ministry").date == "2024-01-14"
    assert holding(updates, "Israel's military said").date == "2024-01-14"


def test_a_title_counting_a_day_weeks_before_the_page_s_date_dates_nothing() -> None:
    title = "Day 100 of the invasion, remembered: how Severodonetsk fell"  # day 100 = 3 June 2022, page months later
    updates, _ = run("""
        Veterans of the battle described the last days of the defence, the regional governor said.
    """, title, "2022-10-03", UKRAINE)
    assert holding(updates, "Veterans of the battle").date == "2022-10-03"


def test_a_morning_report_s_item_said_yesterday_with_its_verb_takes_the_day_before() -> None:
    # a morning report under its day's heading: "yesterday" follows its verb with no "on"
    updates, _ = live_run("""
        Tuesday, 14 March 2023

        Khartoum was quiet this morning after heavy fighting near the airport, residents said.

        The African Union, chaired by Moussa Faki, called late yesterday for an immediate truce between the two forces.

        Chad's president, Mahamat Deby, closed the border yesterday.

        Kenya's foreign ministry, in Nairobi, summoned the ambassador early yesterday.

        The army said yesterday's strike hit a fuel depot.
    """, published="2023-03-14", tz="Africa/Khartoum")
    assert holding(updates, "Khartoum was quiet").date == "2023-03-14"
    assert holding(updates, "The African Union").date == "2023-03-13"
    assert holding(updates, "Chad's president").date == "2023-03-13"
    assert holding(updates, "Kenya's foreign ministry").date == "2023-03-13"
    assert holding(updates, "The army said").date == "2023-03-14"  # a possessive names the strike's day, not the act's


def test_verbs_span_takes_a_bare_yesterday_after_its_verb_but_not_a_possessive() -> None:
    for lead, day, said in (("The Red Cross said early yesterday it had reached the town.", "early yesterday", True),
                            ("Hezbollah fired rockets last night at the border towns.", "last night", True),
                            ("The mayor described yesterday's shelling as the worst yet.", "yesterday", False)):
        start = lead.index(day)
        assert verbs_span(lead, start, start + len(day)) is said, lead
