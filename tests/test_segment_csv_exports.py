"""Spreadsheet exports pasted as text: an event log kept in Google Sheets or Excel, or an ACLED-style download,
saved as .csv/.txt with its cells split by commas or semicolons (a cell holding the delimiter in quotes, a quote in
a cell doubled). Under a header row of column names naming the day, each row is one update dated by its day
cell and timed by its clock cell (no time when it is empty); the header, rows of empty cells, a note row and the
line of the workbook's sheet tabs are no updates; a header naming who reports a row (``source``, ``actor1``,
``reported_by``) makes that cell the row's claimant. Prose with commas is never read as such a table.

The exports are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from chronik.config import Config, Source
from chronik.extract import annotate, load_extract_data
from chronik.ingest import clean_line
from chronik.model import Document, Dropped, Update
from chronik.segment import segment
from chronik.segment.delimited import read_exports


def _parse(text: str) -> tuple[list[Update], list[Dropped]]:
    source = Source(id="log", file="log.csv", path=Path("log.csv"), publisher="Monitoring desk",
                    published=dt.date(2023, 6, 1), timezone="UTC")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    updates, dropped = segment(Document("log", lines), source, config)
    data = load_extract_data(config)
    for update in updates:
        annotate(update, config, data)
    return [u for u in updates if u.kind != "aside"], dropped


def _lines(text: str) -> list[str]:
    return textwrap.dedent(text).strip("\n").splitlines()


ACLED = '''
    event_date,event_type,actor1,location,notes
    2023-05-03,Shelling,Military Forces of Russia (2000-),"Kherson, city","Market hit; ""21 killed"", officials said"
    2023-05-04,Battles,Military Forces of Ukraine (2019-),Bakhmut,"Assaults repelled, the General Staff said"
    2023-05-06,Drone strike,Military Forces of Russia (2000-),"Kyiv, Solomianskyi","Debris damaged houses"
'''


def test_each_row_of_an_acled_style_export_is_one_update_dated_by_its_day_column() -> None:
    rows, _ = _parse(ACLED)
    assert [(u.date, u.time) for u in rows] == [("2023-05-03", None), ("2023-05-04", None), ("2023-05-06", None)]
    assert all(u.date_basis != "publication" for u in rows)


def test_a_quoted_cell_keeps_its_commas_and_its_doubled_quotes_read_as_one() -> None:
    rows, _ = _parse(ACLED)
    assert rows[0].context.cells[3] == "Kherson, city"
    assert '"21 killed"' in rows[0].text
    assert rows[0].text.startswith("2023-05-03 | Shelling | ")


def test_the_actor1_column_is_the_claimant_even_when_the_notes_name_another() -> None:
    rows, _ = _parse(ACLED)
    assert [u.attribution.who for u in rows] == [
        "Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)", "Military Forces of Russia (2000-)"]
    assert all(u.attribution.side is not None for u in rows)  # the gazetteer knows the names


SEMICOLONS = '''
    Air raid log, Odesa oblast (export from Excel)
    date;time;place;description;reported_by
    14.07.2023;03:40;"Odesa; port area";Drone attack on grain terminals, fire put out by 06:00;Suspilne
    14.07.2023;;Izmail;"Explosions heard near the river port; ""no casualties"" reported";Suspilne
    15.07.2023;23:15;Odesa;Missile strike damages a cathedral in the old town;Suspilne
    ;;;;
    ;;;;
'''


def test_a_semicolon_export_with_day_month_year_dates_is_dated_and_timed_by_its_cells() -> None:
    rows, _ = _parse(SEMICOLONS)
    assert [(u.date, u.time) for u in rows] == [
        ("2023-07-14", "03:40"), ("2023-07-14", None), ("2023-07-15", "23:15")]
    assert [u.attribution.who for u in rows] == ["Suspilne"] * 3
    assert rows[1].context.cells[:2] == ["14.07.2023", "Izmail"]  # the empty clock cell is no cell


SHEET = '''
    Place,Date,Time (UTC),Event,Source
    Gaza City,2023-11-01,09:10,"Strike on a camp, second day, dozens killed",Gaza Health Ministry
    Tel Aviv,2023-11-01,,"Sirens in central Israel, interceptions reported",Israel Defense Forces
    ,,,,
    "Note: compiled from the ministry's and the army's channels, figures as claimed",,,,
    Sheet1 | November | Sources
'''


def test_the_header_empty_rows_note_row_and_sheet_tabs_are_no_updates() -> None:
    rows, dropped = _parse(SHEET)
    assert [(u.date, u.time) for u in rows] == [("2023-11-01", "09:10"), ("2023-11-01", None)]
    assert rows[0].text.startswith("2023-11-01 | 09:10 | Gaza City | ")  # the day and the clock first
    assert {d.line for d in dropped} == {1, 4, 5, 6}
    assert [u.attribution.who for u in rows] == ["Gaza Health Ministry", "Israel Defense Forces"]
    assert [u.timezone for u in rows] == ["UTC", "UTC"]


def test_the_zone_a_clock_column_names_is_the_rows_zone() -> None:
    rows, _ = _parse(SHEET.replace("Time (UTC)", "Time (Kyiv)"))
    assert rows[0].timezone == "Europe/Kyiv"


def test_the_rows_of_an_export_are_told_apart_by_line() -> None:
    found = read_exports(_lines(SHEET))
    assert [found[k].only for k in sorted(found)] == [
        "table header", None, None, "empty row", "sheet note", "sheet tabs"]


PROSE = '''
    Date, time and location of the next round of talks were not disclosed, officials said on Monday.
    In Kharkiv, Sumy and Poltava, air raid alerts lasted, on and off, for most of the night, local authorities said.
    The governor, Oleh Syniehubov, said that two people, both elderly, were wounded in the city, and one in a village.
    Date, event, source
    2023-05-04, then the rain, stopped
'''


def test_prose_with_commas_is_no_export() -> None:
    assert read_exports(_lines(PROSE)) == {}
    rows, _ = _parse(PROSE)
    assert all(not u.context.cells and u.context.claimant is None for u in rows)


def test_a_header_needs_two_rows_under_it() -> None:
    one = "date,time,event,source\n2023-05-04,10:00,Talks resumed in Istanbul,Reuters\n"
    assert read_exports(one.splitlines()) == {}
    assert len(read_exports((one + "2023-05-05,,Talks paused,AP\n").splitlines())) == 3
