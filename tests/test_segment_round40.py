"""Round 40: lists of records read on pages of shapes the first record rule was not written on.

Pages under ``tests/pages/`` (registered in the META of ``test_segment_unseen.py``): an aviation authority's list of
NOTAMs (a header line over each record, a date-time group as the date field, labels whose value is on the next line,
a closing link, a correction with its own date-time), a war-crimes case register (a header line naming each case, a
last record dated by a field of another name, an update inside a record), a casualty log with few fields (two
labels with values and one alone, ISO date-times), a ceasefire mission's register whose values are on the line under
each label, and two aid-incident records each closed by the same link. Also the military dates the date resolver now
reads.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_segment_unseen import parse

from chronik.segment.finder import make_finder


def test_notams_open_at_their_header_and_take_the_date_time_group() -> None:
    page = parse("notam_airspace_records")
    records = [u for u in page.reports if u.text.startswith("A08")]
    assert [(u.date, u.time) for u in records] == [("2024-04-13", "17:45"), ("2024-04-14", "02:30"),
                                                  ("2024-04-14", "06:55")]
    first = page.of("A0871/24 NOTAMN")
    for start in ("Issued: 131745Z", "131800Z APR 24 TO", "Airspace closed to all civil traffic"):
        assert page.of(start) is first  # its fields, the value under a label alone, its text
    assert page.holding(page.nos("Validity:")[0]) is first
    page.not_reported("Print NOTAM")  # the link closing every record is not the record's


def test_a_correction_with_its_own_date_time_is_a_later_update_to_its_record() -> None:
    page = parse("notam_airspace_records")
    correction = page.of("CORRECTION (14 APR 24 0310Z)")
    assert correction is not page.of("A0874/24 NOTAMN")
    assert (correction.date, correction.time) == ("2024-04-14", "03:10")


def test_case_register_records_open_at_the_case_line_and_dates_in_their_logs_date_nothing() -> None:
    page = parse("court_docket_records")
    records = [u for u in page.reports if u.text.startswith("Case No.")]
    assert [u.date for u in records] == ["2023-05-03", "2023-07-14", "2024-02-20"]
    first = page.of("Case No. 415/2210/23")
    for start in ("Filed: 3 May 2023", "Shelling of residential", "Preliminary hearing of 12 June",
                  "Verdict of 19 September 2023"):
        assert page.of(start) is first
    assert page.of("Lodged: 20 February 2024") is page.of("Case No. 522/1907/24")  # a header over another field
    update = page.of("Update (21 Sep 2023, 11:00)")
    assert update is not first and (update.date, update.time) == ("2023-09-21", "11:00")
    page.not_reported("Open case file")


def test_a_log_of_few_fields_with_a_label_alone_is_a_list_of_records() -> None:
    page = parse("casualty_log_records")
    records = [u for u in page.reports if u.text.startswith("Logged:")]
    assert [(u.date, u.time) for u in records] == [("2024-03-14", "15:30"), ("2024-03-16", "07:10"),
                                                  ("2024-03-19", "21:45")]
    first = records[0]
    assert page.of("A guided aerial bomb") is first
    assert page.of("Figures revised on 15 March 2024") is first  # a note's date dates nothing
    assert page.holding(page.nos("What happened:")[1]) is page.of("Logged: 2024-03-16")


def test_fields_whose_values_are_on_the_line_under_their_labels() -> None:
    page = parse("ceasefire_register_records")
    records = [u for u in page.reports if u.text.startswith("Report no.:")]
    assert [(u.date, u.time) for u in records] == [("2024-03-11", "23:40"), ("2024-03-14", "04:15"),
                                                  ("2024-03-16", "18:05")]
    assert page.of("CMM-24-0314") is records[1]
    assert page.of("A camera recorded two drones") is records[1]


def test_two_records_each_closed_by_the_same_link() -> None:
    page = parse("aid_incidents_records")
    records = [u for u in page.reports if u.text.startswith("Incident 1")]
    assert [u.date for u in records] == ["2024-03-12", "2024-03-19"]
    assert page.of("A warehouse storing rice") is records[1]  # "on 20 March" in its text dates nothing
    page.not_reported("See details")


@pytest.mark.parametrize(("text", "value", "end"), [
    ("Reported at 05 MAR 23 2210Z by the master", "2023-03-05T22:10", "2023-03-05"),
    ("DTG 191430Z NOV 22", "2022-11-19T14:30", "2022-11-19"),
    ("Exercise area active 08-10 JUN 24", "2024-06-08", "2024-06-10"),
    ("effective 020001Z OCT 2023", "2023-10-02T00:01", "2023-10-02"),
])
def test_military_dates_and_date_time_groups(text: str, value: str, end: str) -> None:
    finder = make_finder(dt.date(2024, 7, 1), [])
    found = [m.timex for m in finder.find(text)]
    assert [(t.value, t.end.isoformat() if t.end else None) for t in found] == [(value, end)]


@pytest.mark.parametrize("text", [
    "On 12 MAR 24 people were evacuated",  # a day and a count, not a year
    "Flight JAN 2412 landed",
])
def test_a_number_after_a_capital_month_is_not_always_its_year(text: str) -> None:
    finder = make_finder(dt.date(2024, 7, 1), [])
    assert all(m.timex.value.split("T")[0][:4] == "2024" and "T" not in m.timex.value for m in finder.find(text))
