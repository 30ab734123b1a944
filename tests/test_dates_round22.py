"""Round 22 of the dates: an article's name line over its date line, under a dek that names the news's day, is its
byline, so the date line stays the story's dateline and its paragraphs take the days they tell; "last week"
opening a sentence names the act's week (any day of it), while "this week", "the past week", "over the last week"
and "last week" further into a sentence date nothing; and a day long before a plan ("will vote on Wednesday on
... seized on Nov. 19") is its background, not the day it was announced."""

from __future__ import annotations

import datetime as dt

from chronik.model import Update
from chronik.segment.finder import DateFinder
from tests.page_cases import of, parse_page


def parse(text: str, published: dt.date, tz: str = "Europe/London", title: str | None = None) -> list[Update]:
    return parse_page(text, published, tz, title)


LEDE = ("KHARTOUM — Artillery shells fired from the west of the city tore through the crowded stalls, bus "
        "station and clinics of the Sabreen market on Tuesday, in what residents described as the worst attack on "
        "the city in weeks.")
LAST_WEEK = ("Last week, a drone hit a fuel depot near Port Sudan, the first such attack on the city, according to a "
             "port official.")
TITLE = "Army and RSF trade blame after shelling of Omdurman market kills 21"
# a Thursday's article on fighting in Sudan: kicker, title, dek, byline, date line, share bar, caption
ARTICLE = f"""
    The Desk
    News that matters from the region
    Subscribe
    Sign in
    World
    Africa
    Middle East
    Europe
    Opinion
    Podcasts
    Sudan
    {TITLE}
    Shells killed 21 people in Omdurman's main market on Tuesday, as the army and the RSF blamed each other.
    Desk Staff
    March 14, 2024
    Share
    Facebook
    Email
    Smoke over Omdurman, March 2024. — Photo: AFP
    {LEDE}
    The Rapid Support Forces said in a statement on Wednesday that the army had fired the shells from Karari.
    {LAST_WEEK}
    This week, aid agencies warned that famine was spreading across Darfur.
    Over the past week, at least 60 civilians were killed in the capital, a medics' group said.
    Topics
    Sudan
"""


def test_a_paragraph_under_the_articles_own_date_line_takes_its_acts_day() -> None:
    ups = parse(ARTICLE, dt.date(2024, 3, 14), title=TITLE)
    # the day of the main verb, after a long object and before a clause of comment
    assert of(ups, "KHARTOUM").date == "2024-03-12"
    # the day the statement was made, before the reported clause
    assert of(ups, "The Rapid Support Forces said").date == "2024-03-13"


def test_last_week_names_the_week_before_the_pages() -> None:
    ups = parse(ARTICLE, dt.date(2024, 3, 14), title=TITLE)
    last = of(ups, "Last week, a drone")
    assert last.date == "2024-03-04"
    assert last.date_end == "2024-03-10"


def test_this_week_and_the_past_week_date_nothing() -> None:
    ups = parse(ARTICLE, dt.date(2024, 3, 14), title=TITLE)
    assert of(ups, "This week, aid agencies").date == "2024-03-14"
    assert of(ups, "Over the past week").date == "2024-03-14"


def test_last_week_opening_a_sentence_is_an_acts_week() -> None:
    finder = DateFinder(dt.date(2025, 6, 4))
    act = finder.act("Last week, Israeli jets struck a fuel depot in Hodeidah, the Houthis said.")
    assert act is not None and act.timex.start == dt.date(2025, 5, 26)
    assert finder.act("Earlier this week, the envoy met both delegations in Muscat.") is None
    assert finder.act("The ministry said it had counted 40 drone attacks in the past week.") is None
    assert finder.act("Over the last week, the army has retaken three villages near Kupiansk.") is None
    assert finder.act("The navy said it intercepted 14 drones last week.") is None


def test_a_day_long_before_a_plan_is_its_background_not_its_announcement() -> None:
    finder = DateFinder(dt.date(2024, 1, 10))  # a Wednesday
    act = finder.act("The Security Council is expected to vote later on Wednesday on a resolution demanding the "
                     "release of the tanker the rebels seized on Nov. 19.")
    assert act is not None and act.text.strip().endswith("Wednesday")  # the plan, for the dating to tell
    said = finder.act("Both armies will pull back from the border next week, the defence minister said on Monday.")
    assert said is not None and said.timex.start == dt.date(2024, 1, 8)


def test_a_name_over_the_date_line_under_a_dek_naming_a_day_is_the_byline() -> None:
    ups = parse(ARTICLE, dt.date(2024, 3, 14), title=TITLE)
    assert [(u.kind, u.date) for u in ups if u.text in ("Desk Staff", "March 14, 2024")] == [
        ("aside", "2024-03-14"), ("aside", "2024-03-14")]
    assert of(ups, "Shells killed 21 people").kind == "aside"  # the dek
