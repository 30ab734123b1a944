"""A day that names an event before its noun, in a phrase hanging on a preposition ("killed in Hamas's Oct. 7 attack",
"since the 24 February invasion"), is the event the text recalls, not the day of the paragraph's act; a day before an
event noun that is the act's subject ("Sunday strikes on Kyiv killed five") is the act's."""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.segment.finder import make_finder

FINDER = make_finder(dt.date(2023, 11, 21), [], None, "UTC")


@pytest.mark.parametrize("text", [
    "Israel says about 1,200 people were killed in Hamas's Oct. 7 attack.",
    "More than 6 million people have fled since the 24 February invasion, the agency said.",
    "Prices have doubled after the 3 November strikes on the port, traders said.",
    # the object of a verb: the event the act is about ("postpones the ... elections")
    "The electoral commission postpones the November 14 elections, citing the offensive.",
])
def test_an_event_named_by_its_day_is_not_the_act(text: str) -> None:
    assert FINDER.act(text) is None


@pytest.mark.parametrize(("text", "day"), [
    ("Sunday strikes on Kyiv killed five people, the mayor said.", "2023-11-19"),
    ("On 19 November, strikes on Kyiv killed five people.", "2023-11-19"),
    ("Talks stalled, but on Saturday evening fighting resumed.", "2023-11-18"),  # an adverb's day, not a name
])
def test_the_acts_own_day_still_dates_it(text: str, day: str) -> None:
    act = FINDER.act(text)
    assert act is not None and act.timex.start is not None and act.timex.start.isoformat() == day
