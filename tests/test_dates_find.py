"""find_dates(): every date expression in running text, and only those."""

from __future__ import annotations

import datetime as dt

from chronik.config import Epoch
from chronik.dates import find_dates

D = dt.date


def found(text: str, anchor: dt.date, epochs: tuple[Epoch, ...] = ()) -> list[tuple[str, str]]:
    return [(m.text, m.timex.value) for m in find_dates(text, anchor, epochs)]


def test_finds_dates_with_their_offsets() -> None:
    text = "Rockets were fired on Saturday, October 7, and the ground operation began on October 27."
    mentions = find_dates(text, D(2023, 11, 2))
    assert [(m.text, m.timex.value) for m in mentions] == [
        ("Saturday, October 7", "2023-10-07"), ("October 27", "2023-10-27")]
    for m in mentions:
        assert text[m.start:m.end] == m.text


def test_clock_times_alone_are_not_dates() -> None:
    assert found("At 2:30 p.m. the sirens sounded again; by 14:45 the shelling stopped.", D(2022, 3, 2)) == []


def test_clock_time_next_to_a_day_is_kept_with_it() -> None:
    assert found("The curfew starts at 10 p.m. Saturday in Aleppo.", D(2016, 12, 11)) == [
        ("10 p.m. Saturday", "2016-12-10T22:00")]


def test_quantities_percentages_and_money_are_not_dates() -> None:
    text = ("About 55,000 people fled in 10 minutes of shelling; 40% of homes were hit, "
            "2000 soldiers arrived and $2022 was raised for 1,948 families.")
    assert found(text, D(2022, 3, 2)) == []


def test_years_in_running_text_need_a_time_context() -> None:
    assert found("Russia annexed Crimea in 2014.", D(2022, 3, 2)) == [("2014", "2014")]
    assert found("Fighting has continued since 2011, the UN said.", D(2016, 12, 1)) == [("2011", "2011")]


def test_ambiguous_month_words_need_a_capital() -> None:
    assert found("Aid may arrive soon, and they march on.", D(2022, 3, 2)) == []
    assert found("The offensive began in March.", D(2022, 6, 2)) == [("March", "2022-03")]


def test_relative_words_and_weekdays_in_a_report() -> None:
    text = "Yesterday the army said the strike on Tuesday killed nine; talks resume tomorrow."
    assert found(text, D(2022, 3, 3)) == [
        ("Yesterday", "2022-03-02"), ("Tuesday", "2022-03-01"), ("tomorrow", "2022-03-04")]


def test_future_tense_moves_a_weekday_ahead() -> None:
    anchor = D(2016, 12, 14)  # a Wednesday
    assert found("The convoy left on Monday.", anchor) == [("Monday", "2016-12-12")]
    assert found("The convoy will leave on Monday.", anchor) == [("Monday", "2016-12-19")]


def test_day_counters_against_the_epochs() -> None:
    epochs = (Epoch("2023 Gaza war", D(2023, 10, 7)),)
    text = "On the 19th day of the war, and again on day 21, convoys entered from the south."
    assert found(text, D(2023, 10, 28), epochs) == [("the 19th day", "2023-10-25"), ("day 21", "2023-10-27")]
    assert found(text, D(2023, 10, 28)) == []


def test_repeated_days_are_not_day_counters() -> None:
    epochs = (Epoch("2023 Gaza war", D(2023, 10, 7)),)
    text = "Power was cut for a third day, and protests went on for the fifth day in a row."
    assert found(text, D(2023, 10, 28), epochs) == []


def test_ranges_and_vague_words_in_running_text() -> None:
    text = "Talks were held on November 1 and 2; recently, negotiators said more are needed now."
    mentions = find_dates(text, D(2016, 11, 5))
    assert [(m.text, m.timex.start, m.timex.end) for m in mentions] == [
        ("November 1 and 2", D(2016, 11, 1), D(2016, 11, 2))]
