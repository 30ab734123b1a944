"""resolve(): one isolated date expression against the anchor (the page's publication date)."""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.config import Epoch
from chronik.dates import DAY_COUNTER, EXPLICIT, RELATIVE, find_dates, resolve, slashes
from chronik.dates.discourse import Discourse

D = dt.date
UKRAINE = (Epoch("2022 invasion", D(2022, 2, 24)),)


def found_in(text: str, anchor: dt.date) -> list[tuple[str, str]]:
    return [(m.text, m.timex.value) for m in find_dates(text, anchor)]


def value(expr: str, anchor: dt.date, epochs: tuple[Epoch, ...] = (), tense: str | None = None) -> str | None:
    timex = resolve(expr, anchor, epochs, tense=tense)
    return timex.value if timex else None


@pytest.mark.parametrize(("expr", "anchor", "expected"), [
    ("2022-03-16", D(2022, 3, 20), "2022-03-16"),
    ("16.03.2022", D(2022, 3, 20), "2022-03-16"),
    ("07.10.23", D(2023, 10, 9), "2023-10-07"),
    ("10/24/2016", D(2016, 10, 25), "2016-10-24"),
    ("24/10/2016", D(2016, 10, 25), "2016-10-24"),
    ("07 Oct 2023", D(2023, 10, 9), "2023-10-07"),
    ("Saturday 7 October 2023", D(2023, 10, 9), "2023-10-07"),
    ("February 24, 2022", D(2022, 3, 1), "2022-02-24"),
    ("Dec. 22, 2016", D(2017, 1, 3), "2016-12-22"),
    ("Thursday, February 24th", D(2022, 3, 1), "2022-02-24"),
    ("the 24th of February", D(2022, 3, 1), "2022-02-24"),
    ("feb24", D(2022, 3, 1), "2022-02-24"),
    ("March eighth", D(2022, 3, 10), "2022-03-08"),
])
def test_explicit_calendar_dates(expr: str, anchor: dt.date, expected: str) -> None:
    timex = resolve(expr, anchor)
    assert timex is not None
    assert timex.value == expected
    assert timex.kind == EXPLICIT
    assert timex.start == timex.end == D.fromisoformat(expected)


@pytest.mark.parametrize(("expr", "anchor", "expected"), [
    ("December 30", D(2021, 1, 2), "2020-12-30"),   # back across the year boundary
    ("Jan. 3", D(2016, 12, 28), "2017-01-03"),      # a few days ahead, across it
    ("October 7", D(2023, 10, 9), "2023-10-07"),
    ("Nov. 30", D(2023, 2, 1), "2022-11-30"),       # two months back, not ten ahead
])
def test_missing_year_comes_from_the_anchor(expr: str, anchor: dt.date, expected: str) -> None:
    assert value(expr, anchor) == expected


def test_missing_year_never_comes_from_today() -> None:
    assert value("May 9", D(1995, 5, 10)) == "1995-05-09"


def test_tense_shifts_the_year_of_a_date_without_one() -> None:
    anchor = D(2016, 10, 20)
    assert value("December 30", anchor) == "2016-12-30"
    assert value("December 30", anchor, tense="past") == "2015-12-30"
    assert value("March 1", anchor) == "2016-03-01"
    assert value("March 1", anchor, tense="future") == "2017-03-01"


def test_weekday_on_the_same_day_and_the_day_before() -> None:
    sunday = D(2023, 10, 8)
    assert value("Sunday", sunday) == "2023-10-08"
    assert value("Saturday", sunday) == "2023-10-07"
    assert value("Saturday morning", sunday) == "2023-10-07TMO"
    assert value("Friday night", sunday) == "2023-10-06TNI"
    timex = resolve("Saturday", sunday)
    assert timex is not None and timex.kind == RELATIVE and "Sunday 2023-10-08" in timex.why


def test_weekday_last_next_and_future_tense() -> None:
    wednesday = D(2022, 3, 2)
    assert value("Monday", wednesday) == "2022-02-28"
    assert value("last Wednesday", wednesday) == "2022-02-23"
    assert value("next Monday", wednesday) == "2022-03-07"
    assert value("Monday", wednesday, tense="future") == "2022-03-07"
    # six days back would be "last Thursday": a bare "Thursday" on a Wednesday page is tomorrow
    assert value("Thursday", wednesday) == "2022-03-03"


@pytest.mark.parametrize(("expr", "expected"), [
    ("yesterday", "2022-03-01"),
    ("today", "2022-03-02"),
    ("tomorrow", "2022-03-03"),
    ("tonight", "2022-03-02TNI"),
    ("this evening", "2022-03-02TEV"),
    ("last night", "2022-03-01TNI"),
    ("overnight", "2022-03-01TNI"),
    ("late yesterday", "2022-03-01"),
    ("earlier this month", "2022-03"),
    ("last month", "2022-02"),
    ("this year", "2022"),
    ("last year", "2021"),
    ("last week", "2022-W08"),
    ("the past week", "2022-W08"),
    ("next week", "2022-W10"),
    ("three days ago", "2022-02-27"),
    ("two weeks ago", "2022-02-16"),
    ("five months ago", "2021-10"),
])
def test_relative_expressions(expr: str, expected: str) -> None:
    assert value(expr, D(2022, 3, 2)) == expected


def test_week_value_and_span() -> None:
    timex = resolve("last week", D(2023, 10, 12))
    assert timex is not None
    assert (timex.value, timex.start, timex.end) == ("2023-W40", D(2023, 10, 2), D(2023, 10, 8))


@pytest.mark.parametrize(("expr", "expected"), [
    ("day 11", "2022-03-06"),
    ("Day 1", "2022-02-24"),
    ("the 11th day", "2022-03-06"),
    ("19th day", "2022-03-14"),
    ("day forty", "2022-04-04"),
    ("Thirty ninth day", "2022-04-03"),
    ("the thirty-ninth day", "2022-04-03"),
])
def test_day_counters(expr: str, expected: str) -> None:
    timex = resolve(expr, D(2022, 4, 10), UKRAINE)
    assert timex is not None
    assert timex.value == expected
    assert timex.kind == DAY_COUNTER
    assert "2022-02-24" in timex.why


def test_day_counter_needs_an_epoch_that_has_begun() -> None:
    assert resolve("day 11", D(2022, 4, 10)) is None
    assert resolve("day 11", D(2021, 4, 10), UKRAINE) is None


def test_day_counter_takes_the_latest_epoch_begun() -> None:
    epochs = (Epoch("2014 war", D(2014, 4, 14)), *UKRAINE)
    assert value("day 3", D(2022, 3, 1), epochs) == "2022-02-26"
    assert value("day 3", D(2015, 1, 1), epochs) == "2014-04-16"


@pytest.mark.parametrize(("expr", "anchor", "start", "end"), [
    ("September 19-20", D(2023, 9, 21), D(2023, 9, 19), D(2023, 9, 20)),
    ("November 1 and 2", D(2016, 11, 5), D(2016, 11, 1), D(2016, 11, 2)),
    ("between 3 and 5 March", D(2022, 3, 6), D(2022, 3, 3), D(2022, 3, 5)),
    ("12–14 October 2023", D(2023, 10, 20), D(2023, 10, 12), D(2023, 10, 14)),
    ("December 30 - January 2", D(2017, 1, 3), D(2016, 12, 30), D(2017, 1, 2)),
])
def test_ranges_keep_start_and_end(expr: str, anchor: dt.date, start: dt.date, end: dt.date) -> None:
    timex = resolve(expr, anchor)
    assert timex is not None
    assert (timex.start, timex.end) == (start, end)
    assert timex.value == start.isoformat()


def test_night_of_a_date_and_clock_times() -> None:
    anchor = D(2023, 10, 9)
    assert value("on the night of October 7", anchor) == "2023-10-07TNI"
    assert value("10 p.m. Saturday", anchor) == "2023-10-07T22:00"
    assert value("Saturday at 06:30", anchor) == "2023-10-07T06:30"


@pytest.mark.parametrize(("expr", "expected"), [
    # a day named with "overnight" wins over the shift of a bare "overnight" (Monday 2022-03-14)
    ("Overnight on March 12", "2022-03-12TNI"),
    ("overnight on 12 March", "2022-03-12TNI"),
    ("overnight on Saturday, March 12", "2022-03-12TNI"),
    ("overnight Saturday", "2022-03-12TNI"),
    ("Saturday overnight", "2022-03-12TNI"),
    # a night is dated by the evening it begins on: "into" names the morning after it
    ("overnight into March 12", "2022-03-11TNI"),
    ("overnight into Sunday", "2022-03-12TNI"),
    ("overnight Saturday into Sunday", "2022-03-12TNI"),
    ("overnight from Saturday to Sunday", "2022-03-12TNI"),
    ("overnight", "2022-03-13TNI"),
])
def test_overnight_with_a_day_is_that_days_night(expr: str, expected: str) -> None:
    assert value(expr, D(2022, 3, 14)) == expected


def test_overnight_in_running_text_is_the_night_before_unless_said_of_the_future() -> None:
    monday = D(2022, 3, 14)
    assert found_in("Overnight on March 12, missiles struck an airfield near Lviv, the governor said.", monday) == \
        [("Overnight on March 12", "2022-03-12TNI")]
    assert found_in("The RSF shelled El Fasher overnight, residents said.", monday) == \
        [("overnight", "2022-03-13TNI")]
    assert found_in("The navy said Houthi forces will likely launch more drones overnight.", monday) == \
        [("overnight", "2022-03-14TNI")]
    assert value("overnight", monday, tense="future") == "2022-03-14TNI"
    assert value("last night", monday, tense="future") == "2022-03-13TNI"  # never the coming night


@pytest.mark.parametrize(("expr", "anchor", "expected"), [
    ("12/03/2022", D(2022, 3, 14), "2022-03-12"),  # 12 March is nearer a page of 14 March than 3 December
    ("12/03/2022", D(2022, 12, 5), "2022-12-03"),
    ("03/12/2022", D(2022, 3, 14), "2022-03-12"),
    ("07/10/2023", D(2023, 10, 9), "2023-10-07"),
    ("25/03/2022", D(2022, 12, 5), "2022-03-25"),  # one reading only
])
def test_a_slashed_date_reads_the_way_nearer_the_anchor(expr: str, anchor: dt.date, expected: str) -> None:
    assert value(expr, anchor) == expected
    assert [m.timex.value for m in find_dates(f"Aid convoys reached Khartoum on {expr}.", anchor)] == [expected]


def test_a_page_writes_its_slashed_dates_one_way() -> None:
    assert slashes.page_order(["Talks resumed on 25/03/2022.", "The ceasefire of 12/03/2022 held."]) == \
        slashes.DAY_FIRST
    assert slashes.page_order(["Filed 03/25/2022", "and 04/27/2022, refiled 12/03/2022"]) == slashes.MONTH_FIRST
    assert slashes.page_order(["On 12/03/2022 and 25.03.2022", "1/2 of the aid, 24/7 shelling"]) is None
    march = D(2022, 3, 14)
    assert slashes.read_slashed(3, 12, 2022, slashes.DAY_FIRST, march)[0] == D(2022, 12, 3)  # the page wins
    assert slashes.read_slashed(12, 3, 2022, slashes.MONTH_FIRST, march)[0] == D(2022, 12, 3)
    assert slashes.read_slashed(12, 3, 2022, None, march)[0] == D(2022, 3, 12)
    assert slashes.read_slashed(30, 2, 2022, None, march)[0] is None


@pytest.mark.parametrize(("zone", "order"), [
    ("America/New_York", slashes.MONTH_FIRST), ("America/Indiana/Indianapolis", slashes.MONTH_FIRST),
    ("US/Pacific", slashes.MONTH_FIRST), ("Canada/Eastern", slashes.MONTH_FIRST), ("Asia/Manila", slashes.MONTH_FIRST),
    ("America/Bogota", slashes.DAY_FIRST), ("America/Argentina/Buenos_Aires", slashes.DAY_FIRST),
    ("Europe/Kyiv", slashes.DAY_FIRST), ("Africa/Khartoum", slashes.DAY_FIRST), ("UTC", slashes.DAY_FIRST),
    ("Asia/Manilaa", slashes.DAY_FIRST), (None, None),
])
def test_a_sources_zone_tells_how_its_region_writes_slashed_dates(zone: str | None, order: str | None) -> None:
    assert slashes.zone_order(zone) == order


def test_coarser_values() -> None:
    anchor = D(2016, 12, 20)
    assert value("August 2016", anchor) == "2016-08"
    assert value("last March", anchor) == "2016-03"
    assert value("2014", anchor) == "2014"
    assert value("the 1990s", anchor) == "199"
    assert value("the third quarter", anchor) == "2016-Q3"
    assert value("the first half of 2015", anchor) == "2015-H1"
    assert value("last summer", anchor) == "2016-SU"
    assert value("the 20th century", anchor) == "19"
    assert value("last decade", anchor) == "200"
    assert value("this decade", anchor) == "201"
    assert value("Christmas", anchor) == "2016-12-25"


def test_vague_references_have_no_span() -> None:
    for expr, expected in (("now", "PRESENT_REF"), ("recently", "PAST_REF"), ("the near future", "FUTURE_REF"),
                           ("already", "PRESENT_REF")):
        timex = resolve(expr, D(2022, 3, 2))
        assert timex is not None
        assert (timex.value, timex.start, timex.end) == (expected, None, None)


@pytest.mark.parametrize("expr", ["", "   ", "the convoy", "55,000", "40%", "10 minutes"])
def test_not_dates(expr: str) -> None:
    assert resolve(expr, D(2022, 3, 2)) is None


def test_impossible_dates_are_refused() -> None:
    assert value("February 30, 2022", D(2022, 3, 2)) == "2022"  # only the year stands
    assert resolve("31.04.2022", D(2022, 5, 2)) is None


def test_the_weekend_is_the_nearest_one() -> None:
    assert value("the weekend", D(2024, 6, 10)) == "2024-W23-WE"  # a Monday: the one just past
    assert value("the weekend", D(2024, 6, 13)) == "2024-W24-WE"  # a Thursday: the coming one
    assert value("this weekend", D(2024, 6, 10)) == "2024-W24-WE"


def test_the_day_before_or_after_a_weekday() -> None:
    thursday = D(2024, 6, 13)
    assert value("the day before last Tuesday", thursday) == "2024-06-10"
    assert value("day after Monday", thursday) == "2024-06-11"


@pytest.mark.parametrize(("expr", "expected"), [
    ("two weeks ago", "2024-05-30"),      # near enough to name a day
    ("five weeks ago", "2024-W19"),       # further back: a week
    ("a decade ago", "2014"),
    ("two decades ago", "2004"),
    ("several years ago", "PAST_REF"),    # no year to point at
    ("a few years ago", "PAST_REF"),
])
def test_counting_back(expr: str, expected: str) -> None:
    assert value(expr, D(2024, 6, 13)) == expected


def test_day_count_without_an_epoch_is_the_day_of_the_report() -> None:
    assert value("the third day", D(2024, 6, 13)) == "2024-06-13"
    assert value("day 3", D(2024, 6, 13)) is None  # a bare counter names no day without its epoch
    assert found_in("Talks went into the third day on Thursday.", D(2024, 6, 13)) == [("Thursday", "2024-06-13")]


def test_weeks_named_by_a_day() -> None:
    assert value("Christmas week", D(2024, 12, 10)) == "2024-W52"
    assert value("the week of 14 March", D(2024, 3, 20)) == "2024-W11"
    assert value("the week of May 6, 2019", D(2024, 3, 20)) == "2019-W19"


def test_years_with_a_prefix() -> None:
    assert value("post-1945", D(2024, 3, 20)) == "1945"
    assert found_in("The pre-2014 border was restored.", D(2024, 3, 20)) == [("pre-2014", "2014")]


@pytest.mark.parametrize(("expr", "expected"), [
    ("the year-ago second quarter", "2023-Q2"),
    ("the quarter a year earlier", "2023-Q2"),
    ("the corresponding period of the previous year", "2023-Q2"),
    ("last year's quarter", "2023-Q2"),
    ("the 2019 quarter", "2019-Q2"),
    ("the latest quarter", "2024-Q2"),
    ("the year-ago period", "2023-Q2"),
    ("the first two quarters of 2025", "2025-H1"),
    ("the last two quarters", "2024-H2"),
])
def test_financial_periods(expr: str, expected: str) -> None:
    assert value(expr, D(2024, 8, 1)) == expected  # the last quarter completed is 2024-Q2


@pytest.mark.parametrize(("expr", "expected"), [
    ("three years", "P3Y"),
    ("the past two decades", "P20Y"),
    ("several weeks", "PXW"),
    ("ten-day", "P10D"),
    ("weekly", "P1W"),
    ("every day", "P1D"),
    ("at the time", "PAST_REF"),
])
def test_durations_sets_and_references_have_no_span(expr: str, expected: str) -> None:
    timex = resolve(expr, D(2024, 6, 13))
    assert timex is not None
    assert (timex.value, timex.start, timex.end) == (expected, None, None)


def test_a_part_of_the_day_or_the_day_alone_is_the_anchors() -> None:
    anchor = D(2024, 6, 13)
    assert value("mid-morning", anchor) == "2024-06-13TMO"
    assert value("the evening", anchor) == "2024-06-13TEV"
    assert value("the day", anchor) == "2024-06-13"
    assert value("the day before yesterday", anchor) == "2024-06-11"


def test_isolated_readings_stay_out_of_running_text() -> None:
    text = "For three years the ferry ran daily; in the evening of the day, crews rested."
    assert found_in(text, D(2024, 6, 13)) == []


def in_discourse(anchor: dt.date, *exprs: str) -> list[str | None]:
    """The values of ``exprs`` resolved one after another as the date expressions of one document."""
    discourse = Discourse(anchor)
    return [timex.value if timex else None for timex in map(discourse.resolve, exprs)]


WEDNESDAY = D(2021, 3, 10)


@pytest.mark.parametrize(("exprs", "expected"), [
    (("March 3", "that day"), ["2021-03-03", "2021-03-03"]),
    (("March 3", "the day"), ["2021-03-03", "2021-03-03"]),
    (("March 3", "day"), ["2021-03-03", "2021-03-03"]),
    (("March 3", "later that night"), ["2021-03-03", "2021-03-03TNI"]),
    (("March 3", "the evening"), ["2021-03-03", "2021-03-03TEV"]),
    (("March 3", "the next day"), ["2021-03-03", "2021-03-04"]),
    (("March 3", "the day before"), ["2021-03-03", "2021-03-02"]),
    (("March 3", "the following morning"), ["2021-03-03", "2021-03-04TMO"]),
    (("May 2015", "the following year"), ["2015-05", "2016"]),
    (("May 2015", "the previous month"), ["2015-05", "2015-04"]),
    (("in 2008", "later that year"), ["2008", "2008"]),
    (("January 14", "a year earlier"), ["2021-01-14", "2020-01-14"]),
    (("January 14", "two days later"), ["2021-01-14", "2021-01-16"]),
    (("the fourth quarter of 2019", "a year earlier"), ["2019-Q4", "2018-Q4"]),
    (("Feb. 9", "then"), ["2021-02-09", "2021-02-09"]),
    (("Feb. 9", "10"), ["2021-02-09", "2021-02-10"]),
    (("Feb. 9", "the 12th"), ["2021-02-09", "2021-02-12"]),
    (("Feb. 9", "the previous Friday"), ["2021-02-09", "2021-02-05"]),
    (("Feb. 9", "the following Monday"), ["2021-02-09", "2021-02-15"]),
    (("Feb. 9", "that Thursday"), ["2021-02-09", "2021-02-11"]),
])
def test_anaphors_refer_to_the_date_said_before(exprs: tuple[str, ...], expected: list[str]) -> None:
    assert in_discourse(WEDNESDAY, *exprs) == expected


def test_an_anaphor_takes_the_latest_date_fine_enough_for_it() -> None:
    # "that day" skips the year said in between; "that year" does not need a day
    assert in_discourse(WEDNESDAY, "Dec. 1, 2019", "2015", "that day", "that year") == \
        ["2019-12-01", "2015", "2019-12-01", "2019"]


def test_a_comparison_does_not_move_the_discourse() -> None:
    # both compare with the third quarter: the second is not a year before the first
    assert in_discourse(WEDNESDAY, "the third quarter of 2020", "a year earlier", "a year earlier") == \
        ["2020-Q3", "2019-Q3", "2019-Q3"]
    # a narrative step does: the day after the day after
    assert in_discourse(WEDNESDAY, "March 3", "the next day", "the next day") == \
        ["2021-03-03", "2021-03-04", "2021-03-05"]


def test_without_a_date_said_before_anaphors_lean_on_the_anchor_or_name_nothing() -> None:
    assert [value(expr, WEDNESDAY) for expr in ("that day", "the day before", "a year earlier")] == \
        ["2021-03-10", "2021-03-09", "2020-03-10"]
    assert in_discourse(WEDNESDAY, "then", "10", "that Friday") == [None, None, "2021-03-05"]
    assert value("the 12th", WEDNESDAY) == "2021-03-12"
    assert value("the following year", WEDNESDAY) == "2022"
    assert value("day 12", WEDNESDAY) is None  # the word "day" of a counter is no anaphor


def test_the_discourse_leaves_other_expressions_alone() -> None:
    # a report's weekdays are the days around its publication, whatever dates it mentions in between
    assert in_discourse(WEDNESDAY, "Feb. 9", "Friday", "yesterday", "last week") == \
        ["2021-02-09", "2021-03-05", "2021-03-09", "2021-W09"]


def test_an_anaphor_says_what_it_refers_to() -> None:
    discourse = Discourse(WEDNESDAY)
    discourse.resolve("March 3")
    timex = discourse.resolve("the next day")
    assert timex is not None and "2021-03-03" in timex.why
    alone = resolve("the next day", WEDNESDAY)
    assert alone is not None and alone.value == "2021-03-11" and "anchor" in alone.why
