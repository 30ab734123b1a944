"""Round 80: asides that were emitted as updates or as context — a photo's caption with its day and its credit, an
author's line with a title or a particle in the name, the outlet speaking of its own coverage or of a correction to
the piece, a newsletter's greeting before the issue and its farewell naming the next one, a figure's caption, an
account's bio, and a caption between a photographer's credit lines without a "Photo:" label."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Dropped, Update
from chronik.segment import segment
from chronik.segment.blocks import Block
from chronik.segment.headings import furniture


def run(text: str) -> tuple[list[Update], list[Dropped]]:
    source = Source(id="page", file="p.txt", path=Path("p.txt"), publisher="Example Herald",
                    published=dt.date(2024, 3, 7), timezone="Europe/Oslo")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("page", lines), source, config)


def kept(text: str) -> str | None:
    return furniture(Block(0, [1], text, text))


@pytest.mark.parametrize(("line", "category"), [
    # a photo's caption: its day, then its credit in parentheses, after a bar or after "Credit"
    ("Norway's foreign minister speaks to reporters at the ministry in Oslo on Wednesday. (NRK)", "caption"),
    ("Rescue workers search the rubble of a school in Kramatorsk on 4 March | Suspilne", "caption"),
    ("Demonstrators outside the Russian embassy in Vilnius, Lithuania, on March 2, 2024. Credit: Reuters", "caption"),
    ("Soldiers patrol the Armenian border near Jermuk, in this handout photo released by the ministry", "caption"),
    # ... its day after a comma, its credit after a dash, as South Asian sites credit their pictures
    ("Army soldiers stand guard at a post along the Line of Control in the Neelum Valley, May 8, 2025. — AFP",
     "caption"),
    ("Rescuers carry a wounded man out of a house in Poonch on May 7. - Reuters", "caption"),
    # an author's line: a title before the name, a particle in it, a fellow of a programme, a researcher on a team
    ("Dr Maria Kowalska is a Senior Fellow of the Eastern Europe Programme at the Example Institute.",
     "about the author"),
    ("Pieter van Dam is an open-source researcher at Example Investigations.", "about the author"),
    ("Leila Haddad is a researcher on Example Herald's Middle East team, focusing on Lebanon.", "about the author"),
    # the outlet on its own coverage, a correction to the piece
    ("Example Herald will bring updates as they come in.", "own coverage"),
    ("The bridge at Zatoka was hit again on Tuesday. Our live coverage has moved here.", "own coverage"),
    ("Example Check has debunked other false claims about the floods in Libya here.", "own coverage"),
    ("Correction, 4 May 2024: this article corrected the name of the district in paragraph 3.", "own coverage"),
    ("Example Daily pieces together what happened in Tigray, week by week, from statements and local reports.",
     "own coverage"),
    ("Stay with Example Herald for the latest on the fighting in Kursk.", "own coverage"),
    # a newsletter's greeting and farewell
    ("Good morning. Today: shelling on Kharkiv, a deal on grain, and talks in Istanbul.", "issue greeting"),
    ("Good Friday morning. This is The Weekly Brief, our look at the war in Sudan.", "issue greeting"),
    ("Good evening from Lviv. This issue covers two days, because the power was out on Sunday.", "issue greeting"),
    ("That's it for today. The next edition will land in your inbox on Monday.", "issue greeting"),
    # a figure's caption, an account's bio
    ("Figure 3: Displaced people by governorate, 1-7 May 2024 (Source: IOM DTM)", "figure caption"),
    ("Map: Areas of control around Pokrovsk on 12 November. Source: Example Institute.", "figure caption"),
    ("Former artillery officer. Drones, air defence, Black Sea. Views my own.", "profile bio"),
    ("Reporter in Tbilisi covering the South Caucasus. Opinions are mine, RTs not endorsements.", "profile bio"),
])
def test_these_asides_are_kept_as_furniture(line: str, category: str) -> None:
    assert kept(line) == category


@pytest.mark.parametrize("line", [
    # a report closed by its wire: somebody said something
    "Russia launched 40 drones at Odesa overnight, the governor said on Wednesday. (Reuters)",
    # a report whose day is not at its end under a credit
    "The army said it shot down 12 drones over Kursk on Tuesday and lost no aircraft.",
    # a story about a researcher, not the author's line
    "Maria Kowalska, a researcher, was detained in Minsk on Monday.",
    # the army will bring reinforcements: no coverage
    "The army will bring reinforcements to the border as the fighting spreads.",
    # a greeting over news with no word of the issue
    "Good morning. Russian forces shelled Kherson overnight, killing two people.",
    # an update that moves troops, not coverage
    "The brigade has moved to the outskirts of Pokrovsk.",
    # a sentence that happens to hold "map" or "views"
    "The map published by the ministry on Tuesday shows new gains near Kupiansk.",
    "The minister said the views of Kyiv would be heard at the talks.",
    # a report that ends with its wire after a dash: somebody said something
    "Two drones were shot down over Lahore on May 8, the police said. — AFP",
])
def test_news_is_not_such_furniture(line: str) -> None:
    assert kept(line) is None


def test_a_caption_and_its_credit_are_asides_beside_the_news() -> None:
    updates, _ = run("""
        Shelling hit the centre of Kharkiv on Wednesday, wounding six people, the regional governor said.

        Norway's foreign minister speaks to reporters at the ministry in Oslo on Wednesday. (NRK)

        Norway said on Wednesday it would send two more air defence systems to Ukraine.
        """)
    kinds = {u.text.split()[0]: u.kind for u in updates}
    assert kinds == {"Shelling": "update", "Norway's": "aside", "Norway": "update"}


def test_a_caption_between_the_photographers_credit_lines_is_left_out() -> None:
    updates, dropped = run("""
        Shelling hit the centre of Kharkiv on Wednesday, wounding six people, the regional governor said.

        Jane Roe/Example Agency
        Firefighters work at a burning warehouse in Kharkiv after a drone strike on Wednesday.
        Jane Roe/Example Agency

        Norway said on Wednesday it would send two more air defence systems to Ukraine.
        """)
    assert [u.text.split()[0] for u in updates if u.kind == "update"] == ["Shelling", "Norway"]
    assert {d.line: d.reason for d in dropped}[4] == "boilerplate: photo caption"  # (the caption's line)


def run_paragraphs(*paragraphs: str) -> tuple[list[Update], list[Dropped]]:
    """:func:`run` on a page of these paragraphs, a blank line between them."""
    return run("\n\n".join(paragraphs))


def test_a_live_pages_note_on_itself_is_an_aside_however_long() -> None:
    updates, _ = run_paragraphs(
        "Example News brings you the latest updates on the standoff that began with missile strikes on three cities"
        " in the early hours of May 7, and on the diplomacy since.",
        "Many of the claims made by both sides could not be independently verified. What follows is a timeline based"
        " on official statements and our own reporting.",
        "Shelling hit the centre of Kharkiv on Wednesday, wounding six people, the regional governor said.")
    assert [u.kind for u in updates] == ["aside", "aside", "update"]


def test_a_post_promising_the_latest_after_its_news_is_the_news() -> None:
    updates, _ = run(
        "Israel's military says its troops have crossed into southern Lebanon for limited ground raids against"
        " Hezbollah, a week after it began bombing. We'll bring you all the latest developments throughout the day.")
    assert [u.kind for u in updates] == ["update"]


def test_a_speaker_named_again_by_rank_and_surname_goes_on() -> None:
    updates, _ = run_paragraphs(
        "New Delhi, May 9: Drones were sent at 36 places along the western border overnight, Colonel Sofiya Qureshi"
        " said on Friday, adding that most were shot down.",
        "Addressing a special briefing along with the Foreign Secretary, Colonel Qureshi said the drones were meant"
        " to test air defences.",
        "Wing Commander Vyomika Singh said the airspace had been kept open to civilian flights throughout.")
    assert [len(u.lines) for u in updates if u.kind == "update"] == [2, 1]
