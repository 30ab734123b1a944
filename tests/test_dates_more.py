"""The resolver on wordings the parser met on unseen pages: a weekend told in a tense, a plan as a noun, ranges of
days written out in prose, and which date of a text names its act."""

from __future__ import annotations

import datetime as dt

from chronik.dates import find_dates
from chronik.dates.tense import tense_at
from chronik.segment.finder import make_finder

THURSDAY = dt.date(2024, 3, 7)
MONDAY = dt.date(2024, 3, 11)


def values(text: str, anchor: dt.date) -> list[str]:
    return [m.timex.value for m in find_dates(text, anchor)]


def test_the_weekend_in_a_past_report_is_the_one_before_the_anchor() -> None:
    assert values("Militants attacked the town over the weekend.", THURSDAY) == ["2024-W09-WE"]
    assert values("At the weekend, the junta closed two border posts.", THURSDAY) == ["2024-W09-WE"]
    assert values("Rebels seized the port this weekend.", MONDAY) == ["2024-W10-WE"]


def test_the_weekend_in_a_future_clause_or_without_a_tense_keeps_the_nearest_reading() -> None:
    assert values("The envoy will visit the camps this weekend.", THURSDAY) == ["2024-W10-WE"]
    assert values("Talks will resume this weekend.", MONDAY) == ["2024-W11-WE"]
    assert values("Talks resume this weekend.", MONDAY) == ["2024-W11-WE"]
    # control: early in the week "the weekend" was already the one just past
    assert values("Shelling over the weekend hit Avdiivka.", MONDAY) == ["2024-W10-WE"]
    assert values("over the weekend", dt.date(1990, 8, 13)) == ["1990-W32-WE"]


def test_a_plan_as_a_noun_is_no_future_tense_but_a_verb_still_is() -> None:
    noun = "Fighting erupted on Saturday over a plan to merge the militias into the army."
    assert tense_at(noun, noun.index("Saturday"), noun.index("Saturday") + 8) != "future"
    assert values(noun, MONDAY) == ["2024-03-09"]
    verb = "The rebels plan to attack the port on Saturday."
    assert tense_at(verb, verb.index("Saturday"), verb.index("Saturday") + 8) == "future"
    their = "Their plans to retake the port on Saturday failed."
    assert tense_at(their, their.index("Saturday"), their.index("Saturday") + 8) != "future"


def test_a_range_of_days_in_prose_is_one_span_and_can_name_the_act() -> None:
    finder = make_finder(dt.date(2024, 6, 14), [])
    for text, span in (("Some 18,000 people arrived in Kassala between 3 and 11 June.", ("2024-06-03", "2024-06-11")),
                       ("Clinics saw 90 cases in the period 2 to 13 June.", ("2024-06-02", "2024-06-13")),
                       ("Convoys crossed at Adre from 4 to 6 June, officials said.", ("2024-06-04", "2024-06-06")),
                       ("Rains fell from May 29 to June 3, the agency said.", ("2024-05-29", "2024-06-03"))):
        act = finder.act(text)
        assert act is not None, text
        assert (act.timex.start.isoformat(), act.timex.end.isoformat()) == span, text


def test_a_vague_span_or_a_range_longer_than_a_month_names_no_act() -> None:
    finder = make_finder(dt.date(2024, 6, 14), [])
    assert finder.act("Clinics saw 90 cases earlier this month.") is None
    assert finder.act("Officials reported 300 cases last week.") is None
    assert finder.act("Displacement rose between 1 April and 10 June, officials said.") is None


def test_a_plan_is_passed_over_for_the_day_of_the_saying_after_it() -> None:
    finder = make_finder(dt.date(2024, 6, 12), [])
    act = finder.act("Germany will deliver two more air defence systems this week, the chancellor said on Monday.")
    assert act is not None and act.timex.value == "2024-06-10"
    only_plan = finder.act("The parliament is set to vote on the bill on Friday.")
    assert only_plan is not None and only_plan.timex.value == "2024-06-14"  # returned, for the dating to see the plan
