"""find_dates(): every date expression in running text, and only those."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronik.config import Epoch
from chronik.dates import find_dates
from chronik.dates.finder import RULES, mentions, plan
from chronik.dates.lexicon import alternation
from chronik.dates.rules import Context
from chronik.dates.tense import tense_at

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


def test_a_trailing_attribution_does_not_set_the_tense_of_the_clause() -> None:
    tuesday = D(2024, 3, 12)
    assert found("Russia will launch more drones at Black Sea ports overnight, the navy warned.", tuesday) == [
        ("overnight", "2024-03-12TNI")]  # tonight, not last night
    assert found("The army plans to resume its offensive on Monday, officials in Port Sudan said.", tuesday) == [
        ("Monday", "2024-03-18")]
    # the clause's own past, or none at all: the attribution's past still holds
    assert found("Drones struck a depot in Odesa on Monday, the governor said.", tuesday) == [("Monday", "2024-03-11")]
    assert found("Polls closed on Sunday, said the electoral commission.", tuesday) == [("Sunday", "2024-03-10")]


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


# --- the finder's shortcuts change nothing ------------------------------------------------------------

WORDS = ["May", "may", "MARCH", "Sept.", "sept", "Feb", "december", "Thu.", "Saturday", "sunday", "Wed", "the",
         "of", "on", "last", "next", "this", "past", "coming", "week", "weekend", "month", "year", "years", "ago",
         "earlier", "day", "days", "quarter", "half", "fiscal", "FY", "spring", "Winter", "morning", "night",
         "tonight", "yesterday", "Christmas", "Eve", "New", "Year's", "o'clock", "noon", "at", "in", "since", "and",
         "to", "between", "twenty", "nineteen", "ninety", "two", "thousand", "oh", "five", "first", "third",
         "thirty", "century", "mid", "early", "late", "end", "1", "7th", "24", "2022", "1998", "'98", "1990s",
         "80s", "nineties", "Q3", "H1", "10:30", "p.m.", "07.10.2023", "2022-03-16", "10/24/16", "İ", "ı", "ſept"]
GLUE = [" ", " ", " ", "", ",", ", ", ".", "-", "–", "/", "\n", "’s "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), max_size=14))
def test_every_match_of_a_rule_holds_its_cue(pieces: list[tuple[str, str]]) -> None:
    """The finder skips a rule whose cue is not in the text; that is safe only if each match holds it."""
    text = "".join(word + glue for word, glue in pieces)
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            assert rule.cue is None or rule.cue.found_in(m.group()), (rule.name, m.group())


UNCUED = {running: plan(running, [dataclasses.replace(rule, cue=None) for rule in RULES]) for running in (True, False)}
SAMPLE = [
    "On Sat. 7 Oct. 2023 at 6:30 a.m. rockets were fired; on the night of October 8-9 more followed.",
    "Talks ran from Sept. 30 to Oct. 2 and again between 3 and 5 November, officials said on Monday.",
    "The truce held from Sept. 30 to Oct. 2.",
    "Another held from 29 January – 2 February.",
    "The ministry said late Tuesday that the convoy, which left on 12/10/2023, will arrive next week.",
    "In fiscal 2022 and FY2023, and in the third quarter of 2021, revenue fell; the year-ago quarter was worse.",
    "Since the 1990s and the mid-'80s, and in the twenty-first century, winters have been warmer than last spring.",
    "Yesterday evening and overnight, shelling resumed; two weeks ago, a decade ago and several years ago too.",
    "Day 12 of the war, the fortieth day, began quietly, but a third day running of strikes followed on Christmas Eve.",
    "The weekend before Easter Monday, and the week of 14 March, and May 2019, and this May, and may.",
    "Nothing here: 2000 soldiers, 55,000 people, 40% of homes, $2022 raised, and ten days of rain.",
    "“We will meet on Thursday,” he said on Wednesday, adding that 2024-06-13 was the deadline for 1 July.",
]


@pytest.mark.parametrize("text", SAMPLE)
def test_cues_change_no_finding(text: str) -> None:
    """The same spans and values with the cues as when every rule runs over every text."""
    anchor, epochs = D(2023, 10, 12), (Epoch("war", D(2023, 10, 7)),)
    for running in (True, False):
        ctx = Context(anchor, epochs, running=running, tense_of=functools.partial(tense_at, text))
        assert mentions(text, ctx) == mentions(text, ctx, UNCUED[running])


def test_cues_cover_a_varied_text() -> None:
    text = ("On Sat. 7 Oct. 2023, at 6:30 a.m., and again on the night of October 8-9 and from Sept. 30 to Oct. 2, "
            "in FY2022, in fiscal nineteen ninety-nine, since 2014, the 1990s, the mid-'80s, the twenty-first century, "
            "the third quarter, Q3 2021, H1, last spring, winter 2019, 07.10.2023, 2023-10-07, 10/24/16, yesterday "
            "evening, overnight, last Thursday's strike, next week, this weekend, earlier this month, next year, "
            "the year-end, two weeks ago, a year earlier, day 12, the fortieth day, Christmas Eve and Easter Monday.")
    anchor = D(2023, 10, 12)
    epochs = (Epoch("war", D(2023, 10, 7)),)
    assert len(find_dates(text, anchor, epochs)) >= 25
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            assert rule.cue is None or rule.cue.found_in(m.group()), (rule.name, m.group())


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aeinorstuy -'", max_size=30))
def test_trie_alternation_matches_like_longest_first(text: str) -> None:
    words = ["a", "an", "a few", "a couple of", "tea", "team", "teams", "ten", "tent", "note", "not", "no one"]
    plain = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"
    for suffix in ("", r"(?![\w])", r"s?\b"):
        assert [m.span() for m in re.finditer(alternation(words) + suffix, text, re.I)] == \
            [m.span() for m in re.finditer(plain + suffix, text, re.I)]
