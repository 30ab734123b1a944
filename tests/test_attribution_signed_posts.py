"""A live page's post its author signs inside it, under its headline ("Olena Marsh" / "Eastern Europe analyst, BBC
World Service", or "By Professor Jan Novak, security and defence analyst") keeps the byline in the post, and the
analyst's post is theirs: their reading of the day, for no side, whoever it names. An editor's post is theirs when it
quotes no one else; a correspondent reports in the outlet's voice. Pages written for these tests on the
Russia-Ukraine war."""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page

from chronik.extract import annotate
from chronik.extract.data import ExtractData, load_files
from chronik.model import Update
from tests.attribution_cases import ukraine_sides
from tests.conftest import write

LIVE = """
    Ukraine war live: Kyiv says it holds ground in Kursk
    All times stated are UK
    Posted at 11:40
    Kremlin signals it wants talks - but on whose terms?
    Olena Marsh
    Eastern Europe analyst, BBC World Service
    By calling for talks within hours, Russia's leadership is telling Kyiv and Washington it wants the war frozen.
    The question now is whether Volodymyr Zelensky's government, which meets later today, will listen.
    Posted at 10:55
    Analysis: Kyiv's gamble has bought it time
    By Professor Jan Novak, security and defence analyst
    The Ukrainians have now been inside Russia for a week, and the speed of the advance caught the Kremlin off guard.
    Posted at 10:20
    A quiet morning in the capital
    Anna Brook
    Russia editor, reporting from Moscow
    This morning the streets of Moscow were calm, and the shops on Tverskaya opened as usual.
    Posted at 09:45
    Drones shot down over Belgorod
    Mark Tell
    Russia editor, reporting from Moscow
    Russia's defence ministry said its air defences had shot down 12 Ukrainian drones over the Belgorod region.
    Posted at 09:10
    Sirens in Kharkiv
    Lucy Hale
    Ukraine correspondent, reporting from Kharkiv
    Air raid sirens sounded across Kharkiv for two hours overnight, and explosions were heard in the north of the city.
    """


@pytest.fixture(scope="module")
def updates(tmp_path_factory) -> list[Update]:
    data: ExtractData = load_files(write(tmp_path_factory.mktemp("signed") / "sides.yaml", ukraine_sides()))
    found = parse_page(LIVE, dt.date(2024, 8, 12), "Europe/London")
    for update in found:
        annotate(update, None, data)
    return found


def test_a_byline_under_a_posts_headline_stays_in_the_post(updates):
    post = of(updates, "By calling for talks")
    assert post.kind == "update" and post.time == "11:40"
    assert {5, 6, 7, 8} <= set(post.lines)  # the name, the post's line and the text: one update
    assert not any(u.text.startswith(("Olena Marsh", "Eastern Europe analyst")) for u in updates)


@pytest.mark.parametrize(("start", "who"), [
    ("By calling for talks", "Olena Marsh"),  # an analyst's reading, though it names Russia's leadership
    ("The Ukrainians have now", "Jan Novak"),  # "By NAME, POST" on one line, the honorific left out
    ("This morning the streets", "Anna Brook"),  # an editor's post quoting no one
])
def test_an_analysts_post_is_their_own_reading(updates, start, who):
    post = of(updates, start)
    assert (post.attribution.who, post.attribution.side) == (who, "independent")


def test_an_editor_quoting_a_body_gives_its_claim(updates):
    post = of(updates, "Russia's defence ministry said")
    assert post.attribution.side == "russian" and post.attribution.who != "Mark Tell"


def test_a_correspondents_post_is_in_the_outlets_voice(updates):
    assert of(updates, "Air raid sirens sounded").attribution.who != "Lucy Hale"


def test_a_person_named_again_without_the_title_keeps_the_side_the_page_gave(tmp_path):
    """A page introduces "Hezbollah's deputy leader Naim Qassem"; a later post names "Naim Qassem" alone."""
    data = load_files(write(tmp_path / "sides.yaml", ukraine_sides()))
    first = data.attributor.attribute("Ukraine's defence minister Rustem Umerov said the front line was holding.",
                                      None, None, None, page="p")
    later = data.attributor.attribute("In his first speech since the strike, Rustem Umerov said the army would "
                                      "rebuild its air defences.", None, None, None, page="p")
    assert (first.who, first.side) == ("Rustem Umerov", "ukrainian")
    assert (later.who, later.side) == ("Rustem Umerov", "ukrainian")
