"""Who speaks, twenty-seventh round.

- a state body's list of its releases ("Press Releases: Northern Front", "Press releases, page 2") marks a release
  as a single release's title does: its items are told in the body's own voice;
- a statement signed on a line of its own for a body ("Maj. X, Official Spokesman of the Y", "Press Service of the
  Y") speaks in that body's voice, for its side, unless its lead names who says it;
- one capitalised word right after a person's office ("military spokesman Saree") is the holder's surname;
- a party's possessive before a person's name ("Russia's Ivan Sokolov") names the person, for the party's side; a
  body is named so only with its noun ("Russia's Black Sea Fleet");
- a body's own page whose update names the body and relays hearsay ("OCHA received reports that ... were reportedly
  killed") is told in the body's voice, as its plain reports are.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from chronik.extract.data import ExtractData, load_files
from chronik.extract.gazetteer import Name
from chronik.extract.publisher import state_release
from tests.attribution_cases import annotated, ukraine_sides, war_cases, wars_fixture


@pytest.mark.parametrize(("title", "polity", "release"), [
    ("Press Releases: Operations in the North", "Ukraine", True),
    ("Latest press releases, page 3", "Azerbaijan", True),
    ("Releases and statistics of the season", "Ukraine", False),  # no press release
    ("Press Releases", None, False),  # an international body's list: no state's
])
def test_a_list_of_press_releases_marks_a_release(title, polity, release):
    assert state_release(title, Name("Some Body", "body", polity=polity)) is release


WARS = {"ukraine": (ukraine_sides(), """
    defaults: replace
    bodies:
      - {name: Wagner Group, polity: Russia, aliases: [Wagner]}
      - {name: Azov Brigade, polity: Ukraine, aliases: [Azov]}
""")}

wars = wars_fixture(WARS)

test_a_signed_statement_speaks_for_its_body = war_cases("ukraine", [
    ("Our units repelled three assaults near the village overnight and destroyed two armoured vehicles.\n\n"
     "We warn the enemy that every new attack will be answered.\n\n"
     "Major Taras Hnatenko, Official Spokesman of the Azov Brigade", "Azov Brigade", "ukrainian"),
    ("Our fighters have completed the withdrawal from the town and handed over their positions.\n\n"
     "Press Service of the Wagner Group", "Wagner Group", "russian"),
    ("Our fighters have completed the withdrawal from the town.\n\nSpokesperson for Wagner.", "Wagner Group",
     "russian"),
    # a signature for no party the files know is no one's
    ("The family asks for privacy at this difficult time and thanks the rescuers.\n\n"
     "Anna Kovalenko, spokeswoman for the family", None, "independent"),
    # a lead that names its own claimant keeps it
    ("The Russian Defence Ministry said its troops had taken the village.\n\n"
     "Major Taras Hnatenko, Official Spokesman of the Azov Brigade", "Russian Defence Ministry", "russian"),
])

test_a_surname_after_an_office_names_its_holder = war_cases("ukraine", [
    ("Russian Defence Ministry spokesman Konashenkov said the troops had taken two villages.", "Konashenkov",
     "russian"),
    ("Ukrainian air force spokesman Ihnat: three of the five missiles were shot down over the region",
     "Ihnat", "ukrainian"),
    # a day or a place after the office is no name
    ("The Russian defence minister Tuesday said the troops had taken two villages.", "Russian Defense Minister",
     "russian"),
])

test_a_partys_possessive_before_a_name_names_its_person = war_cases("ukraine", [
    ("Ukraine's Mykola Hrytsenko said the brigade had pulled back to new positions.", "Mykola Hrytsenko",
     "ukrainian"),
    ("Russia's Ivan Sokolov: the talks will not resume before spring", "Ivan Sokolov", "russian"),
    # a body named with its noun stays a body
    ("Russia's Black Sea Fleet said it had repelled a drone attack on the port.", "Russian Black Sea Fleet",
     "russian"),
])


@pytest.fixture(scope="module")
def packaged() -> ExtractData:
    return load_files()


@pytest.mark.parametrize(("publisher", "text", "who", "side"), [
    ("UN OCHA (via ReliefWeb)", "On 3 May, OCHA received reports that two schools sheltering displaced families "
     "were reportedly hit by shelling in the eastern districts.",
     "OCHA – UN Office for the Coordination of Humanitarian "
     "Affairs", "third-party"),
    # hearsay that does not name the body stays no one's
    ("UN OCHA (via ReliefWeb)", "Two schools sheltering displaced families were reportedly hit by shelling.", None,
     None),
])
def test_a_body_that_names_itself_relays_what_it_heard(packaged, publisher, text, who, side):
    assert annotated(packaged, publisher, text) == (who, side)
