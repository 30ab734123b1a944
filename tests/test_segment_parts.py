"""The parser's parts on their own: blocks, timestamps, headings, prose cues."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pytest

from chronik.config import Epoch
from chronik.segment import kinds, prose
from chronik.segment.blocks import Block, split_blocks
from chronik.segment.finder import DateFinder
from chronik.segment.headings import (
    date_heading,
    day_counter,
    headline_shaped,
    lead_in,
    month_heading,
    section_label,
)
from chronik.segment.timestamps import declared_zone, find_stamp

T = TypeVar("T")
FINDER = DateFinder(dt.date(2020, 11, 3), (Epoch("2020 war", dt.date(2020, 9, 27), dt.date(2020, 11, 10)),))


def block(text: str) -> Block:
    return split_blocks([text])[0]


def found(value: T | None) -> T:
    """What a reader returned, which the test expects it to find."""
    assert value is not None
    return value


def test_blocks_are_lines_and_hard_wrapped_paragraphs_are_joined() -> None:
    lines = ["KYIV, March 3 (Wire) - Russian forces shelled the outskirts of the city",
             "overnight, the mayor said, and power was cut in several districts.",
             "Second paragraph on its own line.", "", "", "- a list item", "• another item"]
    blocks = split_blocks(lines)
    assert [b.lines for b in blocks] == [[1, 2], [3], [6], [7]]
    assert blocks[0].text.endswith("power was cut in several districts.")
    assert blocks[2].text == "a list item" and blocks[2].bullet and blocks[2].blank_before == 2


@pytest.mark.parametrize("text", [
    "At 2:30 p.m., the Defense Army detected an accumulation of forces.",
    "11 people were killed in the strike.",
    "2020: a year of war",
    "12.5 million people need aid.",
    "By 10 a.m. the town was surrounded.",
    "9/11 changed everything.",
])
def test_not_a_timestamp(text: str) -> None:
    assert find_stamp(text) is None


def test_timestamp_parts() -> None:
    stamp = find_stamp("23:18 GMT 10.10.2020 – Baku said the truce was broken.")
    assert stamp is not None
    assert (stamp.time, stamp.zone, stamp.date_text, stamp.body) == ("23:18", "UTC", "10.10.2020",
                                                                     "Baku said the truce was broken.")
    line = find_stamp("04 Nov 2020, 18:30")
    assert line is not None and line.standalone and line.date_text == "04 Nov 2020"
    assert found(find_stamp("12 p.m.: Noon briefing.")).time == "12:00"
    assert found(find_stamp("12:15 a.m.: Past midnight.")).time == "00:15"


@pytest.mark.parametrize(("text", "time", "zone", "date_text", "body"), [
    ("11:05 PM · Oct 9, 2023", "23:05", None, "Oct 9, 2023", ""),  # a post's footer: "PM" is not lost
    ("Posted at 9:40 9:40", "09:40", None, None, ""),  # the time written twice
    ("Published at 11:02 11:02 GMT - Rockets were fired at Sderot.", "11:02", "UTC", None,
     "Rockets were fired at Sderot."),
    ("IDF Spokesperson, [09.10.2023 14:20]", "14:20", None, "09.10.2023", ""),  # a chat export
    ("[10.10.23 08:05]", "08:05", None, "10.10.23", ""),
    ("October 9, 2023 11:41 AM GMT+3 Updated 5 hours ago", "11:41", "Etc/GMT-3", "October 9, 2023", ""),
    ("October 9, 2023, 4:15pm ET", "16:15", "America/New_York", "October 9, 2023", ""),
    ("Yesterday, 10:05 am", "10:05", None, "Yesterday", ""),
    ("22:14:09 Sirens sounded in Haifa.", "22:14", None, None, "Sirens sounded in Haifa."),  # with seconds
    ("2023-10-09 14:32", "14:32", None, "2023-10-09", ""),
    ("12:05 local time: The army said troops entered Beit Hanoun.", "12:05", None, None,
     "The army said troops entered Beit Hanoun."),
])
def test_more_timestamp_shapes(text: str, time: str, zone: str | None, date_text: str | None, body: str) -> None:
    stamp = find_stamp(text)
    assert stamp is not None and (stamp.time, stamp.zone, stamp.date_text, stamp.body) == (time, zone, date_text, body)


def test_published_and_updated_lines_with_a_date_are_the_page_s_metadata() -> None:
    for text in ("Published on 03/11/2023 - 10:20", "Updated 9:12 a.m. EST, November 3, 2023",
                 "First published on Fri 3 Nov 2023 09.12 GMT",
                 "Issued on: 03/11/2023 - 10:20 Modified: 03/11/2023 - 11:00"):
        stamp = find_stamp(text)
        assert stamp is not None and stamp.metadata and stamp.standalone, text
    assert not found(find_stamp("Posted at 9:12")).metadata  # an entry's stamp
    assert not found(find_stamp("03/11/2023 10:20")).metadata


def test_a_slashed_date_is_read_the_way_that_lands_near_the_page_s_day() -> None:
    november = DateFinder(dt.date(2023, 11, 3))
    assert found(november.resolve("03/11/2023")).start == dt.date(2023, 11, 3)
    assert found(november.resolve("11/02/2023")).start == dt.date(2023, 11, 2)
    assert found(november.resolve("25/10/2023")).start == dt.date(2023, 10, 25)


@pytest.mark.parametrize(("text", "zone"), [
    ("All times stated are UK", "Europe/London"), ("(All times GMT)", "UTC"),
    ("Times are in Kyiv time.", "Europe/Kyiv"), ("All times EDT", "America/New_York"),
    ("All times are approximate", None), ("Times change", None),
])
def test_a_page_note_on_the_zone_of_its_times(text: str, zone: str | None) -> None:
    assert declared_zone(text) == zone


@pytest.mark.parametrize(("text", "day"), [
    ("november 3 update", "2020-11-03"),
    ("oct7 update", "2020-10-07"),
    ("November 2", "2020-11-02"),
    ("Sunday, October 11th", "2020-10-11"),
    ("March 22, 2022", "2022-03-22"),
    ("Live: 12 October", "2020-10-12"),
    ("Updates, 5 November 2020:", "2020-11-05"),
])
def test_date_headings(text: str, day: str) -> None:
    timex = date_heading(block(text), FINDER)
    assert timex is not None and timex.start is not None and timex.start.isoformat() == day


@pytest.mark.parametrize("text", [
    "Clashes over separatist region continue after November 2 talks",
    "November",
    "On November 2, troops entered the town.",
    "Sunday",
    "Karabakh, day 11",
])
def test_not_date_headings(text: str) -> None:
    assert date_heading(block(text), FINDER) is None


def test_month_headings_and_headings_with_reference_marks() -> None:
    month = month_heading(block("October 2023[edit]"), FINDER)
    assert month is not None and month.value == "2023-10"
    assert month_heading(block("9 October 2023"), FINDER) is None
    assert found(date_heading(block("9 October[edit]"), FINDER)).start == dt.date(2020, 10, 9)
    assert headline_shaped(block("Rockets hit Ashkelon")) and not headline_shaped(block("Rockets hit Ashkelon.[3][4]"))


def test_day_counters_in_titles_and_labels() -> None:
    assert day_counter(block("Thirty ninth day of the renewed war"), FINDER).timex.start == dt.date(2020, 11, 4)
    assert day_counter(block("Karabakh, day 11"), FINDER).timex.start == dt.date(2020, 10, 7)
    assert day_counter(block("The shelling went on for a fifth day."), FINDER) is None


def test_shapes_of_short_lines() -> None:
    assert headline_shaped(block("Pashinyan Expresses Condolences to Austrian Chancellor"))
    assert not headline_shaped(block("The ministry said fighting continued."))
    assert section_label(block("Military developments")) and section_label(block("Information from Baku:"))
    assert not section_label(block("Stepanakert and Shushi Targeted Again"))
    assert lead_in(block("Here is a chronology of official updates."))
    assert not lead_in(block("Artsrun Hovhannisyan said the offensive was repelled in the south."))


@pytest.mark.parametrize(("text", "expected"), [
    ("“We will not give up an inch,” the commander said.", True),
    ("He said the talks would continue next week.", True),
    ("Speaking to reporters in Brussels, she added that sanctions were ready.", True),
    ("The spokesman added that no soldiers were hurt.", True),
    ("The person said many residents had fled.", True),
    ("Another witness described hearing three explosions.", True),
    ("Reuters also cited two officials who confirmed the strike.", True),
    ("The agency quoted a spokesman as saying two soldiers were wounded.", True),
    ("State media quoted the governor as saying the fires were out.", True),
    # a source introduced by its name in full: a report of its own
    ("The Bosnian Serb news agency SRNA quoted the army command as saying its forces had regrouped.", False),
    ("Russian news agency TASS cited a source as saying the convoy had turned back.", False),
    ("Iran's Tasnim news agency also quoted the commander as saying the drills would go on.", True),
    ("“We are ready,” Maria Zakharova, the foreign ministry spokeswoman, told reporters.", False),
    ("The minister of defence said the strike hit a depot.", False),
    ("The Kremlin said it had no plans for talks.", False),
    ("Turkey's president, whose government backs Baku, also spoke with Aliyev.", False),
])
def test_paragraphs_that_continue_the_one_above(text: str, expected: bool) -> None:
    assert prose.continues(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The recent outburst of fighting, which broke out on Sept. 27, has gone on despite calls for a truce.", True),
    ("Russian peacekeepers have been in place since a ceasefire that ended six weeks of fighting in 2020.", True),
    ("The four weeks of fighting has prompted concerns of a wider conflict.", True),
    ("The first round of talks ended without progress.", False),
    ("Two soldiers were killed in the attack.", False),
    ("The White House has expressed concern about the crisis.", False),
    ("The ministry “categorically denied” the allegations.", False),
])
def test_background_context(text: str, expected: bool) -> None:
    assert kinds.background(text, FINDER) is expected


def test_subordinate_clauses_and_event_nouns() -> None:
    text = "Since the fighting began on September 27, troops said on October 2 that the offensive on October 1 failed."
    assert prose.in_subordinate(text, text.index("September 27"))
    assert not prose.in_subordinate(text, text.index("October 2"))
    assert prose.hangs_on_event(text, text.index("October 1"))
    said = "The ministry said that battles took place on Sunday morning."
    assert not prose.in_subordinate(said, said.index("Sunday"))  # a reported claim, not a relative clause


def test_second_reference_by_surname() -> None:
    previous = "Russian President Vladimir Putin spoke by phone with Aliyev."
    assert prose.same_person("Putin stressed the importance of the talks.", previous)
    assert not prose.same_person("Aliyev stressed the importance of the talks.", previous)  # not given in full
    assert not prose.same_person("Russia stressed the importance of the talks.", previous)


def test_the_one_spoken_of_answering_is_a_statement_of_their_own() -> None:
    previous = ("On Sunday, the police chief had said seized files showed contacts between the rebels and the security "
                "minister, Pedro Larra, over hostage releases.")
    assert not prose.same_person("Larra denied any wrongdoing on a Quito radio station.", previous)
    assert prose.same_person("Larra said the contacts were about hostages.", previous)  # speaking on, not answering
    # the speaker above denying more is the same statement
    assert prose.same_person("Larra denied any wrongdoing.", "Security minister Pedro Larra spoke to reporters.")
