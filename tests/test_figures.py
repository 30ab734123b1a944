"""Figures: counts of the killed, wounded, displaced, captured, destroyed and missing, with qualifiers,
ranges, cumulative tallies and their claimant. Examples from several wars, none from the seeds."""

from __future__ import annotations

import pytest

from chronik.extract import annotate, load_extract_data
from chronik.extract.figures import default_figure_lexicon, parse_number
from chronik.model import Figure, Update


@pytest.fixture(scope="module")
def data():
    return load_extract_data()


def figures(data, text: str, date: str = "2022-03-01") -> list[Figure]:
    update = Update(source="s", lines=[1], text=text, date=date)
    annotate(update, None, data)  # type: ignore[arg-type]
    return update.figures


def brief(found: list[Figure]) -> list[tuple]:
    return [(f.what, f.count, f.qualifier, f.count_max, f.cumulative) for f in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("More than 250 soldiers have been killed since the fighting began.",
     [("soldiers killed", 250, "more than", None, True)]),
    ("About 300 civilians were wounded in the strikes on the city.",
     [("civilians wounded", 300, "about", None, False)]),
    ("Nearly 5,000 people have died in the fighting so far.", [("people killed", 5000, "nearly", None, True)]),
    ("At least 200 people were killed and about twice as many injured.",
     [("people killed", 200, "at least", None, False)]),
    ("Between 200 and 300 soldiers were captured near the bridge.",
     [("soldiers captured", 200, "range", 300, False)]),
    ("The ministry said 200-300 servicemen are missing.", [("soldiers missing", 200, "range", 300, False)]),
    ("Two tanks destroyed, one civilian wounded.",
     [("tanks destroyed", 2, None, None, False), ("civilians wounded", 1, None, None, False)]),
    ("The shelling killed three civilians and wounded 12 others.",
     [("civilians killed", 3, None, None, False), ("civilians wounded", 12, None, None, False)]),
    ("The death toll rose to 1,250 on Tuesday.", [("people killed", 1250, None, None, True)]),
    ("Putin said the death toll neared 5,000.", [("people killed", 5000, "nearly", None, True)]),
    ("A total of 91 civilians have been killed, and 405 injured since the fighting began.",
     [("civilians killed", 91, None, None, True), ("civilians wounded", 405, None, None, True)]),
    ("Officials said 974 of their troops have been killed so far, as well as 37 civilians.",
     [("soldiers killed", 974, None, None, True), ("civilians killed", 37, None, None, True)]),
    ("Kyiv said 3 Russian helicopters and 2 jets were shot down.",
     [("aircraft destroyed", 3, None, None, False), ("aircraft destroyed", 2, None, None, False)]),
    ("Over 1.5 million people have been displaced since February 24.",
     [("people displaced", 1_500_000, "more than", None, True)]),
    ("Missiles hit the market, killing at least 5 people and injuring 20.",
     [("people killed", 5, "at least", None, False), ("people wounded", 20, None, None, False)]),
])
def test_figures_are_read(data, text, expected):
    assert brief(figures(data, text)) == expected


@pytest.mark.parametrize("text", [
    "Dozens of soldiers were killed in the attack.",
    "40% of the city has been destroyed since the fighting began.",
    "The city had a population of 55,000 before the war.",
    "A group of 30 soldiers, taking cover in the smoke, tried to cross the river.",
    "In 1994 the war ended with a ceasefire.",
    "Thousands of wounded were taken to hospitals in the capital.",
])
def test_vague_amounts_and_other_numbers_are_not_figures(data, text):
    assert figures(data, text) == []


def test_a_figure_carries_its_claimant_side_and_date(data):
    found = figures(data, "Stepanakert's mayor Davit Sargsyan stated that 46 civilians have been killed since "
                          "the fighting began.", date="2020-11-04")
    assert found == [Figure("civilians killed", 46, "2020-11-04", "Davit Sargsyan", "armenian", True)]


def test_each_sentence_credits_its_own_claimant(data):
    found = figures(data, "According to Karabakh officials, 40 soldiers were killed. Azerbaijani officials said "
                          "that 12 civilians were killed on their side.")
    assert [(f.count, f.claimant, f.side) for f in found] == [
        (40, "Artsakh officials", "armenian"), (12, "Azerbaijani officials", "azerbaijani")]


def test_single_incident_counts_are_not_cumulative(data):
    found = figures(data, "One civilian was wounded when a shell hit the maternity hospital.")
    assert brief(found) == [("civilians wounded", 1, None, None, False)]


@pytest.mark.parametrize(("text", "value"), [
    ("5,000", 5000), ("1.5 million", 1_500_000), ("two", 2), ("Twelve", 12), ("2 thousand", 2000), ("x", None),
])
def test_numbers(text, value):
    assert parse_number(text, default_figure_lexicon()) == value
