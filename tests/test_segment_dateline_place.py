"""A news list's dateline on a line of its own, the day and then the place in capitals ("May 12 - 2024 EL FASHER"):
a date heading, dating the text under it, the place being where, not part of the day. The pages are written for
these tests."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Update
from chronik.segment import segment
from chronik.segment.blocks import Block
from chronik.segment.finder import DateFinder
from chronik.segment.headings import calendar_heading


def heading(text: str) -> str | None:
    timex = calendar_heading(Block(0, [1], text, text), DateFinder(dt.date(2024, 5, 12)))
    return timex.value if timex is not None else None


@pytest.mark.parametrize(("line", "value"), [
    ("May 12 - 2024 EL FASHER", "2024-05-12"),
    ("May 11 - 2024 ZAMZAM CAMP", "2024-05-11"),
    ("10 May 2024 KHARTOUM", "2024-05-10"),
    ("May 12, 2024", "2024-05-12"),  # a date alone, as before
])
def test_a_dateline_with_its_place_is_a_date_heading(line: str, value: str) -> None:
    assert heading(line) == value


@pytest.mark.parametrize("line", [
    "May 12 El Fasher shelled",  # a headline with a date in it: its words are not in capitals
    "EL FASHER UNDER SIEGE",  # capitals and no day
    "May 12 - 2024 EL FASHER NORTH DARFUR STATE",  # more than a place
])
def test_other_lines_are_not(line: str) -> None:
    assert heading(line) is None


def run(text: str) -> list[Update]:
    source = Source(id="page", file="p.txt", path=Path("p.txt"), publisher="Example Radio",
                    published=dt.date(2024, 5, 12), timezone="Africa/Khartoum")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("page", lines), source, config)[0]


def test_a_dateline_dates_the_text_under_it() -> None:
    updates = run("""
        May 11 - 2024 GEDAREF
        Teachers in the state began an open strike to demand the payment of salary arrears, their committee announced.
        A spokesperson told the radio that teachers have been paid for only three months over the past year.
        """)
    news = [u for u in updates if u.kind != "aside"]
    assert news and [(u.date, u.date_basis) for u in news] == [("2024-05-11", "heading")] * len(news)


@pytest.mark.parametrize(("lede", "date"), [
    # a wire's dateline with the day first and the place in brackets: the filing day, not the news's
    ("June 30, 2024 (PORT SUDAN) – The Rapid Support Forces on Saturday claimed to have taken Sinja.", "2024-06-29"),
    ("30 June 2024 (KHARTOUM) - The army said on Friday it had retaken the bridge over the Nile.", "2024-06-28"),
    # the same day in a story's first words is the news's own
    ("June 28, 2024 The army retook the bridge over the Nile, its spokesman said.", "2024-06-28"),
])
def test_a_day_first_wire_dateline_is_the_filing_day(lede: str, date: str) -> None:
    source = Source(id="page", file="p.txt", path=Path("p.txt"), publisher="Example Tribune",
                    published=dt.date(2024, 6, 30), timezone="Africa/Khartoum")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    updates, _ = segment(Document("page", [clean_line(lede)]), source, config)
    assert [u.date for u in updates] == [date]
