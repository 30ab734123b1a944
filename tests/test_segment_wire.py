"""Wire stories: one update a paragraph that reports its own act; quotes and "He said" continue; background
is context; title, dek, byline, dateline and credits are asides; dates come from the act, not from clauses."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Dropped, Update
from chronik.segment import segment

STORY = """
Sudan's army and RSF agree to a 72-hour truce

The deal follows days of fighting in the capital

By Jane Doe and Omar Ali
Wednesday 26 April 2023 09:10 EDT

Sudan's army and the RSF agreed on Tuesday to a 72-hour ceasefire, the U.S. State Department said.

“We urge both sides to respect it fully,” Secretary of State Antony Blinken said.

He added that Washington was working with regional partners to set up a monitoring mechanism.

The fighting, which erupted on April 15, has killed at least 459 people, according to the World Health Organization.

The conflict has prompted fears of a wider humanitarian crisis in a country that has suffered decades of instability.

Residents in Khartoum reported gunfire on Monday night despite an earlier truce.

One resident told reporters that the streets were empty.

“The RSF must join the army within two years,” Abdel Fattah al-Burhan, the army chief, told a news conference.

Reuters reporter Khalid Abdelaziz contributed to this report.
"""


def run(text: str, published: str | None = "2023-04-26", tz: str = "America/New_York", title: str | None = None,
        publisher: str = "Global Wire") -> tuple[list[Update], list[Dropped]]:
    source = Source(id="wire", file="w.txt", path=Path("w.txt"), publisher=publisher, title=title,
                    published=dt.date.fromisoformat(published) if published else None, timezone=tz)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("wire", lines), source, config)


def on_line(updates: list[Update], line: int) -> Update:
    return next(u for u in updates if line in u.lines or line in u.title_lines)


@pytest.fixture(scope="module")
def story() -> list[Update]:
    updates, dropped = run(STORY)
    assert not dropped
    return updates


def test_title_dek_byline_and_dateline_are_asides(story: list[Update]) -> None:
    for line in (1, 3, 5, 6):
        assert on_line(story, line).kind == "aside", line
        assert on_line(story, line).lines == [line]


def test_quote_and_he_added_continue_the_paragraph_above(story: list[Update]) -> None:
    truce = on_line(story, 8)
    assert truce.lines == [8, 10, 12]
    assert truce.date == "2023-04-25" and truce.date_basis == "relative"  # "agreed on Tuesday"


def test_background_paragraphs_are_context_dated_by_publication(story: list[Update]) -> None:
    toll = on_line(story, 14)
    assert toll.lines == [14] and toll.date == "2023-04-26" and toll.date_basis == "publication"  # not April 15
    assert on_line(story, 16).kind == "context"


def test_an_account_by_one_resident_continues_the_report_above(story: list[Update]) -> None:
    gunfire = on_line(story, 18)
    assert gunfire.lines == [18, 20] and gunfire.date == "2023-04-24"  # "on Monday night"


def test_a_quote_introducing_a_new_speaker_in_full_is_its_own_update(story: list[Update]) -> None:
    assert on_line(story, 22).lines == [22] and on_line(story, 22).kind == "update"


def test_contributor_credit_is_an_aside(story: list[Update]) -> None:
    assert on_line(story, 24).kind == "aside"


@pytest.mark.parametrize(("paragraph", "date", "basis"), [
    ("The rebels said Monday that they had seized the airport.", "2023-04-24", "relative"),
    ("On 23 April, the embassy began evacuating its staff.", "2023-04-23", "explicit"),
    ("Officials said on April 24 that the talks, which began on April 2, had stalled.", "2023-04-24", "explicit"),
    ("The army, whose offensive on April 15 surprised observers, said it controlled the airport.",
     "2023-04-26", "publication"),
    ("The negotiators met again a day earlier than planned, the mediators said.", "2023-04-26", "publication"),
    ("Talks have stalled since the agreement signed in 2019 collapsed.", "2023-04-26", "publication"),
    ("“We will meet on Friday,” the envoy said.", "2023-04-26", "publication"),
    ("Earlier this month, the two generals held talks, but on Saturday evening fighting resumed.",
     "2023-04-22", "relative"),
    ("The ministry said on April 19-20 that its forces repelled attacks.", "2023-04-19", "explicit"),
])
def test_the_date_of_the_main_act(paragraph: str, date: str, basis: str) -> None:
    updates, _ = run(f"Ignored title line\n\n{paragraph}\n")
    update = on_line(updates, 3)
    assert (update.date, update.date_basis) == (date, basis), update.why


def test_a_range_gives_date_end() -> None:
    updates, _ = run("Title of the story here\n\nThe ministry said on April 19-20 that its forces repelled attacks.\n")
    assert (on_line(updates, 3).date, on_line(updates, 3).date_end) == ("2023-04-19", "2023-04-20")


def test_year_missing_from_the_text_comes_from_the_publication_date() -> None:
    updates, _ = run("Some title of a story\n\nOn November 2, the council voted to extend martial law.\n",
                     published="2014-11-05")
    assert on_line(updates, 3).date == "2014-11-02"


def test_without_publication_date_relative_dates_stay_unresolved() -> None:
    updates, _ = run("A title for the page\n\nThe rebels said Thursday that they had seized the airport.\n\n"
                     "On 3 May 2023, the envoy arrived in Jeddah.\n", published=None)
    unknown = on_line(updates, 3)
    assert unknown.date is None and unknown.flags == ["no-date"] and unknown.date_basis == "publication"
    assert on_line(updates, 5).date == "2023-05-03"


def test_a_dateline_with_a_year_stands_in_for_a_missing_publication_date() -> None:
    updates, _ = run("""
        Ceasefire talks resume in Jeddah

        Via Wire Services
        Sunday 7 May 2023 10:15 EDT

        Delegations from both sides arrived on Saturday, the Saudi foreign ministry said.
    """, published=None)
    report = on_line(updates, 6)
    assert (report.date, report.date_basis) == ("2023-05-06", "relative")
    assert on_line(updates, 4).kind == "aside"


def test_every_update_explains_its_date_in_words(story: list[Update]) -> None:
    assert all(u.why and "\n" not in u.why for u in story)
    assert "Tuesday" in on_line(story, 8).why


def test_a_second_reference_by_surname_continues_unless_it_names_its_own_day() -> None:
    updates, _ = run("""
        A title for this story

        Ukraine's President Volodymyr Zelenskyy visited troops near Bakhmut.

        Zelenskyy handed out medals and thanked the soldiers, his office said.

        Zelenskyy met the Polish president in Rzeszow on Monday.
    """)
    assert [u.lines for u in updates if u.kind != "aside"] == [[3, 5], [7]]
