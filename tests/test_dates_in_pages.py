"""Dates as the parser reads them on whole pages: days named under a date heading, nights, slashed dates, zone
abbreviations with several meanings, and headings without a year on pages without a publication date."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Update
from chronik.segment import segment


def parse(text: str, published: str | None, tz: str = "Africa/Khartoum") -> list[Update]:
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher="Desk",
                    published=dt.date.fromisoformat(published) if published else None, timezone=tz)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("page", lines), source, config)[0]


def of(updates: list[Update], start: str) -> Update:
    """The update whose text starts with ``start``."""
    found = [u for u in updates if u.text.startswith(start)]
    assert len(found) == 1, f"{len(found)} updates start with {start!r}"
    return found[0]


SUDAN_DIGEST = """
    Tuesday 15 August

    On Sunday, RSF fighters stormed the main market in Nyala, residents said.

    On 13 August, the army shelled positions south of the capital's airport.

    Overnight on 13 August, drones struck a fuel depot in Port Sudan, the navy said.

    Overnight, shelling hit the Karari district of Omdurman.

    The foreign ministry called a statement by the RSF on Sunday a provocation.

    On 2 August, the UN envoy met the army chief in Port Sudan.

    09:10 On Sunday, the health ministry said, a cholera outbreak was confirmed in Gedaref.
"""


def test_a_day_opening_an_update_under_a_heading_a_few_days_off_dates_it() -> None:
    updates = parse(SUDAN_DIGEST, "2023-08-15")
    sunday = of(updates, "On Sunday, RSF fighters")
    assert (sunday.date, sunday.date_basis) == ("2023-08-13", "relative")
    assert "Tuesday 15 August" in sunday.why and "2 days" in sunday.why
    assert (of(updates, "On 13 August").date, of(updates, "On 13 August").date_basis) == ("2023-08-13", "explicit")
    assert of(updates, "Overnight on 13 August").date == "2023-08-13"  # the day said wins over 'overnight'


def test_the_heading_stays_for_a_night_into_its_morning_a_date_inside_the_sentence_and_a_stamp() -> None:
    updates = parse(SUDAN_DIGEST, "2023-08-15")
    night = of(updates, "Overnight, shelling")
    assert (night.date, night.date_basis, night.flags) == ("2023-08-15", "heading", [])
    mention = of(updates, "The foreign ministry called")  # the statement's day, not the ministry's act
    assert (mention.date, mention.date_basis) == ("2023-08-15", "heading")
    stamped = of(updates, "On Sunday, the health ministry")
    assert (stamped.date, stamped.time, stamped.date_basis) == ("2023-08-15", "09:10", "timestamp")


def test_a_day_far_from_the_heading_keeps_the_heading_and_is_flagged() -> None:
    far = of(parse(SUDAN_DIGEST, "2023-08-15"), "On 2 August")
    assert (far.date, far.date_basis) == ("2023-08-15", "heading")
    assert "date-conflict" in far.flags


def test_overnight_without_a_heading_is_the_night_before_the_publication_day() -> None:
    updates = parse("""
        Overnight, Russian drones struck energy facilities in Odesa, the regional governor said.

        Overnight on 9 March, missiles hit a railway depot in Kharkiv, Ukrainian Railways said.
    """, "2024-03-11", tz="Europe/Kyiv")
    assert of(updates, "Overnight, Russian drones").date == "2024-03-10"
    assert of(updates, "Overnight on 9 March").date == "2024-03-09"
