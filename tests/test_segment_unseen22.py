"""A stamp over an article's title: a live post's stamp, or an article's publication stamp.

A story page may print its day and clock over its title. Where the story under the title opens as a wire story
does, with its place and a dash ("ODESA – Russian drones struck ...", "KHARTOUM, June 3 (Reuters) - ..."), or its
byline closes on the place ("By Jane Roe | ODESA"), it is an article: the stamp says when it was published, and its
paragraphs each report their own act on their own day. Other stamped stories (an old news page's "Monday, 29 March,
1999, 14:12 GMT" over its title) stay one stamped update.

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.model import Update
from chronik.segment import prose
from tests.page_cases import parse_page

TITLE = "Drones hit Odesa port as Kyiv vows response"


def parse(text: str) -> list[Update]:
    return [u for u in parse_page(text, dt.datetime(2024, 3, 5, 18, 20), "Europe/Kyiv", TITLE) if u.kind != "aside"]


def page(lede: str) -> str:
    return f"""
        World
        March 5, 2024 - 18:20
        {TITLE}
        Two ships damaged; navy says six drones downed

        {lede}

        On Sunday, the navy said it had downed six drones over the Black Sea near Zatoka.

        The foreign ministry summoned the Turkish ambassador on Monday over the convoy's route.
        """


@pytest.mark.parametrize("place", ["ODESA – ", "ODESA, March 5 (Reuters) - ", "ODESA (AP) — "])
def test_a_wire_story_under_a_stamped_title_is_an_article(place: str) -> None:
    updates = parse(page(f"{place}Russian drones struck the port of Odesa on Tuesday morning, the regional "
                         "governor said."))
    assert [u.text.split()[0] for u in updates][1:] == ["On", "The"]
    assert [u.date for u in updates] == ["2024-03-05", "2024-03-03", "2024-03-04"]
    assert all(u.time is None for u in updates)  # the page's clock is its publication's, no act's


def test_a_byline_that_closes_on_the_place_makes_it_an_article() -> None:
    text = page("ODESA Russian drones struck the port of Odesa on Tuesday morning, the regional governor said.")
    text = text.replace("Two ships damaged; navy says six drones downed", "By Jane Roe and Olena Kit | ODESA")
    updates = parse(text)
    assert [u.date for u in updates] == ["2024-03-05", "2024-03-03", "2024-03-04"]
    assert all(u.time is None for u in updates)


def test_a_stamped_story_without_a_wire_opening_stays_one_stamped_update() -> None:
    updates = parse(page("Russian drones struck the port of Odesa on Tuesday morning, the regional governor said."))
    assert (len(updates), updates[0].time) == (1, "18:20")


@pytest.mark.parametrize(("text", "wire"), [
    ("TEHRAN – The Guards said ...", True), ("GAZA CITY -- Residents fled ...", True),
    ("BEIRUT (AP) — Israeli jets struck ...", True), ("UN – a body", False),  # no capitals after the dash
    ("Tehran – The Guards said ...", False), ("NATO said on Monday – in a statement", False),
])
def test_a_place_and_a_dash_open_a_wire_story(text: str, wire: bool) -> None:
    assert bool(prose.PLACE_DASH.match(text)) is wire
