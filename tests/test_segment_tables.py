"""Chronology tables pasted as text, read by their header: a researcher's sheet or a Google Doc copied out with its
header row ("Date | Time (UTC) | Location | Event | Source"), its cells split by bars or tabs, or a Markdown table
with its rule. Each row is one update dated by its day cell and timed by its clock cell (an empty clock cell: no
time; an empty day cell: the day of the row above); a header naming the columns in another order ("Where | When |
What") still puts the day first; the claimant is read from the row's text cell, not from its place or source cell;
a clock column's header naming a zone ("Time (UTC)") gives the rows' times that zone; and a row listed against
the way the table's days run is flagged out of order.

The tables are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.extract import annotate, load_extract_data
from chronik.extract.text import claim_text
from chronik.ingest import clean_line
from chronik.model import Document, Update
from chronik.segment import segment
from chronik.segment.blocks import split_blocks


def _parse(text: str, timezone: str = "UTC") -> list[Update]:
    source = Source(id="sheet", file="sheet.txt", path=Path("sheet.txt"), publisher="Researcher's notes",
                    published=dt.date(2024, 4, 20), timezone=timezone)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    updates, _ = segment(Document("sheet", lines), source, config)
    data = load_extract_data(config)
    for update in updates:
        annotate(update, config, data)
    return [u for u in updates if u.kind != "aside"]


def _row(updates: list[Update], words: str) -> Update:
    return next(u for u in updates if words in u.text)


PIPES = """
    Gaza war: working timeline (April 2024)
    Date | Time (UTC) | Location | Event | Source
    2024-04-01 | 17:05 | Deir al-Balah | WCK chief José Andrés: seven colleagues were killed in an IDF strike. | WCK
    2024-04-02 |  | Jerusalem | Benjamin Netanyahu: the strike was "unintended" and "it happens in war". | PMO video
    | 14:30 | Tel Aviv | IDF chief of staff Herzi Halevi: the strike was "a grave mistake". | IDF Telegram
    2024-04-05 | 08:40 | Rafah | Gaza civil defence spokesman Mahmoud Basal: rescuers recovered 12 bodies. | Al Jazeera
"""


def test_a_pipe_table_row_takes_its_day_and_clock_from_its_cells() -> None:
    rows = _parse(PIPES)
    assert [(u.date, u.time, u.kind) for u in rows] == [
        ("2024-04-01", "17:05", "update"), ("2024-04-02", None, "update"), ("2024-04-02", "14:30", "update"),
        ("2024-04-05", "08:40", "update")]
    assert rows[2].text.startswith("2024-04-02 | 14:30 | Tel Aviv")  # the merged day cell, from the row above


def test_the_claimant_is_read_from_the_event_cell_not_the_place_or_the_source() -> None:
    rows = _parse(PIPES)
    assert _row(rows, "grave mistake").attribution.who == "Herzi Halevi"
    assert _row(rows, "12 bodies").attribution.who == "Mahmoud Basal"
    assert _row(rows, "unintended").attribution.who == "Benjamin Netanyahu"


def test_the_zone_a_header_names_is_the_rows_zone_else_the_source_s() -> None:
    named = _parse(PIPES, timezone="Asia/Jerusalem")
    assert {(u.timezone, u.time) for u in named[:1]} == {("UTC", "17:05")}
    plain = _parse(PIPES.replace("Time (UTC)", "Time"), timezone="Asia/Jerusalem")
    assert {u.timezone for u in plain} == {"Asia/Jerusalem"}


def test_a_date_and_time_cell_gives_the_row_its_clock() -> None:
    rows = _parse("""
        Date/time | Description | Source
        2024-03-12 14:05 | Defence Minister Rustem Umerov said the strikes hit an oil depot. | Suspilne
        2024-03-13 09:30 | The governor of Belgorod, Vyacheslav Gladkov, said two people were killed. | TASS
        14 March 2024, 18:40 | The air force said 31 of 36 drones were shot down overnight. | Ukrinform
    """)
    assert [(u.date, u.time) for u in rows] == [("2024-03-12", "14:05"), ("2024-03-13", "09:30"),
                                                ("2024-03-14", "18:40")]
    assert rows[0].attribution.who == "Rustem Umerov"


def test_a_tab_table_whose_header_names_when_after_where_puts_the_day_first() -> None:
    rows = _parse("""
        Sudan: El Fasher notes
        Where\tWhen\tTime\tWhat
        El Fasher\t10 May 2024\t06:15\tRSF spokesman al-Fateh Qurashi said its forces had taken the army's base.
        Omdurman\t11 May 2024\t\tArmy spokesman Nabil Abdallah said the attack on the 6th Division was repelled.
        Tawila\t12 May 2024\t09:00\tMSF said its hospital in the camp received 40 wounded people overnight.
    """)
    assert [(u.date, u.time) for u in rows] == [("2024-05-10", "06:15"), ("2024-05-11", None),
                                                ("2024-05-12", "09:00")]
    assert rows[0].text.startswith("10 May 2024 | 06:15 | El Fasher | RSF spokesman")


def test_a_markdown_table_with_its_rule_and_a_description_column() -> None:
    rows = _parse("""
        | Date | Description | Where |
        |---|---|---|
        | 3 March 2024 | The Houthis' military spokesman Yahya Saree said they fired missiles at a tanker. | Aden |
        | 4 March 2024 | CENTCOM said US forces had shot down three drones over the Red Sea. | Red Sea |
        | 6 March 2024 | UKMTO said a vessel reported an explosion 54 nautical miles southwest of Aden. | Aden |
    """)
    assert [u.date for u in rows] == ["2024-03-03", "2024-03-04", "2024-03-06"]
    assert rows[0].attribution.who == "Yahya Saree"
    assert not any("out-of-order" in u.flags for u in rows)


def test_a_row_listed_against_the_way_the_table_runs_is_flagged_out_of_order() -> None:
    rows = _parse("""
        Date | Event | Source
        2023-10-07 | Hamas fighters cross into southern Israel; rockets fired at Tel Aviv. | Reuters
        2023-10-09 | Defence Minister Yoav Gallant orders a "complete siege" of Gaza. | Times of Israel
        2023-10-27 | Israeli ground forces expand operations in northern Gaza. | IDF
        2023-10-13 | The IDF tells 1.1 million residents of northern Gaza to move south. | AP
        2023-10-17 | An explosion hits al-Ahli Arab hospital in Gaza City. | BBC
        2023-11-24 | A truce takes effect; the first hostages are released. | Qatar MFA
    """)
    flagged = [u.date for u in rows if "out-of-order" in u.flags]
    assert flagged == ["2023-10-27"]  # the row whose removal leaves the days in order


def test_of_two_rows_swapped_the_later_one_is_out_of_place() -> None:
    rows = _parse("""
        Date | Event
        2024-02-01 | The EU agrees a 50 billion euro facility for Ukraine.
        2024-02-17 | Russian forces take Avdiivka, the Russian defence ministry says.
        2024-02-08 | Oleksandr Syrskyi replaces Valerii Zaluzhnyi as commander-in-chief.
        2024-02-24 | Western leaders visit Kyiv on the second anniversary of the invasion.
    """)
    assert [u.date for u in rows if "out-of-order" in u.flags] == ["2024-02-08"]  # as a live page's stamps


def test_a_newest_first_table_is_in_order() -> None:
    rows = _parse("""
        Date | Event
        2024-06-03 | Ceasefire talks resume in Cairo.
        2024-06-01 | The mediators publish a three-phase proposal.
        2024-05-28 | Strikes on a camp in Rafah kill dozens, the health ministry says.
    """)
    assert len(rows) == 3 and not any("out-of-order" in u.flags for u in rows)


@pytest.mark.parametrize("line", [
    "Ukraine war live | Reuters",
    "2022-03-16 | The ministry said the convoy was hit | a claim it did not back up",
    "Morning brief: what we know so far",
])
def test_a_line_that_is_no_table_row_has_no_cells(line: str) -> None:
    updates = _parse(f"""
        {line}
        The regional governor said two people were wounded in the shelling of Kherson overnight.
    """)
    assert updates and not any(u.context.cells for u in updates)


def test_a_row_is_read_by_its_text_cell() -> None:
    cells = ["2022-03-16", "10:05", "Mariupol", "Officials said the theatre was hit.", "Ukrinform"]
    assert claim_text(" | ".join(cells), cells) == "Officials said the theatre was hit."
    assert claim_text("Officials said the theatre was hit.", []) == "Officials said the theatre was hit."


def test_a_row_update_carries_its_cells() -> None:
    rows = _parse(PIPES)
    assert rows[0].context.cells == ["2024-04-01", "17:05", "Deir al-Balah",
                             "WCK chief José Andrés: seven colleagues were killed in an IDF strike.", "WCK"]
    assert "cells" not in rows[0].to_json()


def test_a_header_naming_the_day_second_puts_the_day_first() -> None:
    blocks = split_blocks(["Event | Date", "Talks open | 1 May 2023", "Talks end | 2 May 2023"])
    assert [b.text for b in blocks][1:] == ["1 May 2023 | Talks open", "2 May 2023 | Talks end"]
    blocks = split_blocks(["Date | Event", "1 May 2023 | Talks open.", "2 May 2023 | Talks end."])
    assert [(b.text, b.row) for b in blocks][1:] == [("1 May 2023 | Talks open.", True),
                                                     ("2 May 2023 | Talks end.", True)]
