"""A page that says it is a press release by a line of its own ("FOR IMMEDIATE RELEASE", "Release Number: ...",
"NEWS RELEASE") is told in its issuer's voice, whatever its title: a state body's sentences that name no claimant are
the body's. Without such a line, a body's page whose title reports ("Forces conduct strikes ...") stays the outlet's
voice, as a state news agency's reports do.

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.extract.data import ExtractData, load_files
from chronik.ingest import clean_line
from chronik.model import Document, Update
from chronik.segment import segment
from chronik.segment.releases import marked_release


@pytest.fixture(scope="module")
def packaged() -> ExtractData:
    return load_files()


def annotated(data: ExtractData, publisher: str, title: str, page: str) -> list[Update]:
    """The updates of ``page`` (asides left out), segmented and attributed as the pipeline does."""
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher=publisher, title=title,
                    published=dt.date(2024, 5, 14), timezone="Europe/Berlin")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(page).strip("\n").splitlines()]
    updates = [u for u in segment(Document("page", lines), source, config)[0] if u.kind != "aside"]
    for update in updates:
        annotate(update, config, data)
    return updates


BODY = """
STUTTGART, Germany – Two B-52 bombers flew over the Baltic Sea on May 13 alongside Polish fighter jets.
The flight trained crews in joint air defence procedures over the region.
"""
TITLE = "Bombers train with allies over the Baltic"


@pytest.mark.parametrize("marker", ["FOR IMMEDIATE RELEASE", "Release Number: 20240514-01", "NEWS RELEASE",
                                    "Release No. 24-031"])
def test_a_page_marked_as_a_release_speaks_in_its_issuers_voice(packaged, marker):
    page = f"{TITLE}\nMay 14, 2024\n{marker}\n{textwrap.dedent(BODY)}"
    updates = annotated(packaged, "U.S. European Command", TITLE, page)
    assert updates and {(u.attribution.who, u.attribution.side) for u in updates} == {
        ("US European Command", "third-party")}


def test_the_same_page_without_the_line_stays_the_outlets_voice(packaged):
    page = f"{TITLE}\nMay 14, 2024\n{textwrap.dedent(BODY)}"
    updates = annotated(packaged, "U.S. European Command", TITLE, page)
    assert updates and all(u.attribution.who is None for u in updates)


@pytest.mark.parametrize(("texts", "marked"), [
    (["Title", "FOR IMMEDIATE RELEASE", "Text."], True),
    (["Title", "Press release", "Text."], True),
    (["Title", "Text."], False),
    (["The ministry issued a press release on Monday."], False),  # a sentence naming one
    (["Title", *["Text."] * 45, "PRESS RELEASE"], False),  # far down: a list of other pages
])
def test_which_lines_mark_a_release(texts, marked):
    assert marked_release(texts) is marked


def test_a_companys_release_is_its_own(packaged):
    page = """Example Energy suspends work at its gas site
    Press release
    05/14/2024
    Paris, May 14, 2024 – Example Energy has withdrawn all personnel from its gas site after the attack on the port.
    The company has decided to suspend all construction work on the site until further notice.
    """
    updates = annotated(packaged, "Example Energy", "Example Energy suspends work", page)
    assert updates and all(u.attribution.who == "Example Energy" for u in updates)
    assert all(u.attribution.side == "independent" for u in updates[1:])


def test_an_unmarked_companys_page_stays_the_outlets(packaged):
    page = """Example Energy suspends work at its gas site
    May 14, 2024
    The company has decided to suspend all construction work on the site until further notice.
    """
    updates = annotated(packaged, "Example Energy", "Example Energy suspends work", page)
    assert updates and all(u.attribution.who is None for u in updates)


def test_an_international_bodys_marked_release_is_the_bodys(packaged):
    """A UN mission's release marked as one: its numbered points that name no one are the mission's, even those that
    do not name it ("Heavy fighting was reported ..."); unmarked, such a point is the mission's own account too, as any
    international body's sentence in its page's own voice is."""
    points = """
    1. At 1420 hrs yesterday, armoured vehicles were observed moving north towards the river crossing.
    2. Heavy fighting was reported in and around the town throughout the afternoon.
    """
    marked = annotated(packaged, "United Nations Mission in South Sudan (UNMISS)", "Fighting near the crossing",
                       f"PRESS RELEASE\nJuba, 14 May 2024\n{textwrap.dedent(points)}")
    assert len(marked) == 2 and all((u.attribution.who, u.attribution.side) == ("UNMISS", "third-party")
                                    for u in marked)
    unmarked = annotated(packaged, "United Nations Mission in South Sudan (UNMISS)", "Fighting near the crossing",
                         f"Juba, 14 May 2024\n{textwrap.dedent(points)}")
    assert len(unmarked) == 2 and all((u.attribution.who, u.attribution.side) == ("UNMISS", "third-party")
                                      for u in unmarked)


def test_a_publisher_keeps_the_acronym_it_gives_itself(packaged):
    """A publisher that gives its acronym in brackets ("Northern Grid Company (NGC)") is labelled by both names, as
    a body the gazetteer knows by two is; a note in brackets ("(via ReliefWeb)") is no acronym."""
    page = """Northern Grid Company restores power to the port
    Press release
    Port City, May 14, 2024 – Northern Grid Company has restored power to the port after the strike on Monday.
    """
    updates = annotated(packaged, "Northern Grid Company (NGC)", "Power restored", page)
    assert updates and {u.attribution.who for u in updates} == {"Northern Grid Company – NGC"}
    updates = annotated(packaged, "Northern Grid Company (via ReliefWeb)", "Power restored", page)
    assert updates and {u.attribution.who for u in updates} == {"Northern Grid Company"}
