"""Digests and overviews: one event a paragraph or bullet, section labels, day counters, lead-ins, links."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from chronik.config import Config, Epoch, Source
from chronik.ingest import clean_line
from chronik.model import Document, Dropped, Update
from chronik.segment import segment

UKRAINE = Epoch("full-scale invasion", dt.date(2022, 2, 24))


def run(text: str, published: str | None = "2022-04-10", title: str | None = None,
        epochs: tuple[Epoch, ...] = (UKRAINE,)) -> tuple[list[Update], list[Dropped]]:
    source = Source(id="digest", file="d.txt", path=Path("d.txt"), publisher="Black Sea Monitor", title=title,
                    published=dt.date.fromisoformat(published) if published else None, timezone="Europe/Kyiv")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", epochs=epochs, sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("digest", lines), source, config)


def on_line(updates: list[Update], line: int) -> Update:
    return next(u for u in updates if line in u.lines or line in u.title_lines)


def test_day_counter_title_dates_every_paragraph_and_labels_become_tags() -> None:
    updates, dropped = run("""
        Forty-sixth day of the full-scale invasion

        Military developments

        The general staff said Russian forces were regrouping near Izium.

        The regional governor reported shelling in Kramatorsk.

        Political developments

        The foreign minister met his Polish counterpart in Warsaw.
    """)
    title = on_line(updates, 1)
    assert title.kind == "aside" and title.date == "2022-04-10" and title.date_basis == "day-counter"
    label = on_line(updates, 3)
    assert label.kind == "aside" and label.lines == [3]
    reports = [u for u in updates if u.kind != "aside"]
    assert [u.lines for u in reports] == [[5], [7], [11]]
    assert {u.date for u in reports} == {"2022-04-10"} and {u.date_basis for u in reports} == {"day-counter"}
    assert reports[0].tags == ["Military developments"] and reports[2].tags == ["Political developments"]
    assert not dropped


def test_bullets_are_one_update_each_under_a_dated_lead_in_and_a_counter_label() -> None:
    updates, _ = run("""
        A short overview of events as of April 9
        Ukraine, day 45
        • Kyiv said 52 people were killed in a strike on the Kramatorsk station.
        - Moscow denied responsibility for the strike.
        – The EU announced a fifth package of sanctions.
        * Prior to that, the UK said it would send more anti-ship missiles.
        News, reports, photos and videos on the war in Ukraine for April 8, 2022
    """)
    lead_in, label = on_line(updates, 1), on_line(updates, 2)
    assert lead_in.kind == label.kind == "aside"
    bullets = [u for u in updates if u.kind != "aside"]
    assert [u.lines for u in bullets] == [[3], [4], [5], [6]]
    assert {u.date for u in bullets} == {"2022-04-09"}
    assert bullets[0].text.startswith("Kyiv said")  # the bullet mark is not part of the text
    link = on_line(updates, 7)
    assert link.kind == "aside" and link.lines == [7]  # not glued to the last bullet


def test_a_link_to_another_day_does_not_date_what_follows() -> None:
    updates, _ = run("""
        Live updates for April 7, 2022: previous day's coverage

        Shelling was reported in Mykolaiv.
    """)
    assert on_line(updates, 3).date == "2022-04-10"


def test_separators_are_dropped_and_paragraphs_around_them_kept() -> None:
    updates, dropped = run("""
        The governor said a curfew would start at 8 p.m.

        ***

        -

        * * *

        Officials said a convoy left Mariupol.
    """)
    assert [(d.line, d.reason) for d in dropped] == [(3, "separator"), (5, "separator"), (7, "separator")]
    assert [u.lines for u in updates] == [[1], [9]]


def test_see_also_box_and_colon_labels_are_asides_that_never_join_an_entry() -> None:
    updates, _ = run("""
        Information from Kyiv:

        The presidential office said talks would resume on Monday.

        See also

        Why the grain deal matters
    """)
    assert on_line(updates, 1).kind == "aside"
    assert on_line(updates, 3).lines == [3] and on_line(updates, 3).tags == ["Information from Kyiv"]
    assert on_line(updates, 5).kind == on_line(updates, 7).kind == "aside"


def test_a_paragraph_confirming_the_one_above_continues_it() -> None:
    updates, _ = run("""
        The defence ministry stated that air defences shot down two cruise missiles.

        The same figure was confirmed by the air force command.

        Belarus said it was moving troops to its southern border.
    """)
    assert [u.lines for u in updates] == [[1, 3], [5]]


def test_explicit_date_equal_to_the_counter_is_explicit_and_far_dates_conflict() -> None:
    updates, _ = run("""
        Day 46 of the war

        On 10 April, the mayor of Lviv said refugees were still arriving.

        On 2 March, the parliament adopted a law on martial law courts.
    """)
    same = on_line(updates, 3)
    assert (same.date, same.date_basis, same.flags) == ("2022-04-10", "explicit", [])
    far = on_line(updates, 5)
    assert (far.date, far.date_basis) == ("2022-04-10", "day-counter") and far.flags == ["date-conflict"]


def test_dates_in_subordinate_clauses_never_date_or_flag_a_digest_item() -> None:
    updates, _ = run("""
        Day 46

        • Since the invasion began on February 24, more than 4 million people have left the country.
        • The village, which was occupied in early March, was retaken, the army said.
    """)
    assert [u.flags for u in updates if u.kind != "aside"] == [[], []]


def test_without_epochs_a_counter_is_just_a_label() -> None:
    updates, _ = run("""
        Day 46

        The governor reported shelling.
    """, epochs=())
    report = on_line(updates, 3)
    assert (report.date, report.date_basis) == ("2022-04-10", "publication")


def test_items_leading_with_their_own_date_keep_it_under_any_heading() -> None:
    updates, _ = run("""
        April 2022
        Date\tEvent
        2 April 2022\tUkraine said the whole Kyiv region had been retaken.
        3 April 2022 | Bodies of civilians were found in Bucha.
        4 April – The UN Secretary-General called for an independent investigation.
        April 5: Zelensky addressed the UN Security Council.
    """, published="2022-04-30")
    reports = [u for u in updates if u.kind != "aside"]
    assert [(u.lines, u.date, u.date_basis, u.flags) for u in reports] == [
        ([3], "2022-04-02", "explicit", []), ([4], "2022-04-03", "explicit", []),
        ([5], "2022-04-04", "explicit", []), ([6], "2022-04-05", "explicit", [])]


def test_unmarked_items_under_a_list_intro_are_updates_but_teasers_under_other_labels_are_not() -> None:
    updates, _ = run("""
        Key takeaways:
        Russian forces advanced near Kreminna
        Ukraine repelled attacks in the south
        The general staff said 40 clashes took place on the front line over the past day.
        Latest:
        Inside the battle for Bakhmut
        Why the spring offensive matters
    """)
    assert [u.lines for u in updates if u.kind != "aside"] == [[2], [3], [4]]
