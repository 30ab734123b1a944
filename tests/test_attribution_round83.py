"""Who speaks, eighty-third round: the office a name holds, written after it.

- an office after the name without its article ("Nechirvan Barzani, prime minister of Iraq's autonomous Kurdistan
  region, ...") introduces the name as the one with the article does, and a quote the sentence gives them later keeps
  that side;
- a polity in the possessive before a region the sides file counts as a polity of its own ("Iraq's autonomous
  Kurdistan region") is the region's owner, not the side of whoever holds the region's office; a person's office
  after the possessive ("Iraq's UN ambassador") stays the possessor's;
- a region's name closing on its noun in lower case ("the Kurdistan region") is the form "Kurdistan Region";
- on the page of an office one person holds ("President of Ukraine"), what the page tells in its own voice, and what
  it says of the office by its title alone ("The President signed ..."), is said by the holder: the first person of
  its side an update of the page gave a claim to ("Volodymyr Zelensky told ..."); a page of a ministry has
  no such holder;
- a group described as of no party ("OVD-Info, an independent Russian rights group") speaks for no party, whatever
  polity the description names; its own name stays its name;
- an outlet owned by a state's organ, in the possessive before it ("the Iranian judiciary's Mizan News Agency"), is
  that state's;
- on the page of an institution named after a person ("Harry S. Truman Library & Museum"), the office by its title
  alone ("the President tells reporters") is that person;
- a relative clause in an apposition opened by "one of the" ("..., one of the groups that have held Mosul since June,
  said") describes the subject: the speaker is the name before it;
- a timeline item's day before its text ("June 30: ...", "12 May 2015 - ...") is no subject of its sentence: "he"
  after it is the person the sentence names;
- a ship's name after its kind ("the command ship Mount Whitney") is no person's name;
- a whole clause before a name between commas ("A fire has broken out ... after shelling by Islamic State fighters,
  Ahmed Jassim, the mayor of Baiji, said") is no description of the name.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.model import Update
from tests.attribution_cases import annotated, page_of, ukraine_sides, wars_fixture

wars = wars_fixture({"iraq": ("""
    defaults: extend
    sides:
      iraqi: the Iraqi government and its forces
      kurdish: the Kurdistan Regional Government and the Peshmerga
      islamicstate: the Islamic State group
      coalition: the US-led coalition
    polities:
      - {name: Iraq, side: iraqi, adjective: Iraqi, government: Government of Iraq, forms: [Baghdad]}
      - {name: Kurdistan Region, side: kurdish, adjective: Kurdish, government: Kurdistan Regional Government,
         forms: [Kurdistan Region, KRG, Peshmerga]}
      - {name: Islamic State, side: islamicstate, adjective: Islamic State, government: null, forms: [ISIL, ISIS]}
      - {name: United States, side: coalition, adjective: American, government: Government of the United States,
         forms: [U.S., Washington]}
""", "\n    defaults: extend\n    places:\n      - {name: Makhmour}\n      - {name: Baiji}\n"),
                     "ukraine": (ukraine_sides(defaults="extend"), "\n    defaults: extend\n")})


@pytest.mark.parametrize("article", ["", "the "])
def test_an_office_after_the_name_introduces_it_with_or_without_its_article(wars, article):
    text = (f"Nechirvan Barzani, {article}prime minister of Iraq's autonomous Kurdistan region, welcomed the deal and "
            "thanked the fighters who \"held the line\" at Makhmour in the first weeks of the war.")
    assert annotated(wars["iraq"], "Gulf desk", text) == ("Nechirvan Barzani", "kurdish")


@pytest.mark.parametrize(("text", "side"), [
    ("The Kurdistan region's interior ministry said two suicide bombers were stopped near Makhmour.", "kurdish"),
    ("Iraq's UN ambassador Mohamed Ali Alhakim told the council that Baghdad would not accept the vote.", "iraqi"),
])
def test_a_possessive_owns_a_region_not_the_person_it_names(wars, text, side):
    assert annotated(wars["iraq"], "Gulf desk", text)[1] == side


def test_a_clause_before_a_name_is_no_description_of_it(wars):
    text = ("A fire has broken out at the Baiji refinery after shelling by Islamic State fighters, Ahmed Jassim, the "
            "mayor of the nearby town, said, adding that the fighters \"fired from the hills\".")
    assert annotated(wars["iraq"], "Gulf desk", text) == ("Ahmed Jassim", None)  # the fighters' side is not his


HOLDER_PAGE = [
    "Volodymyr Zelensky told the heads of regional military administrations that the defence of the south would be "
    "strengthened.",
    "Yesterday, the President signed a decree on additional payments to the families of fallen defenders.",
    "The meeting, which began at 10:00 in the Mariinsky Palace, was also attended by the Chief of the General Staff.",
]


def test_the_page_of_one_persons_office_speaks_through_its_holder(wars):
    found = page_of(wars["ukraine"], "President of Ukraine", HOLDER_PAGE)
    assert found == [("Volodymyr Zelensky", "ukrainian")] * 3


def test_a_ministrys_page_has_no_holder(wars):
    found = page_of(wars["ukraine"], "Ministry of Defence of Ukraine", HOLDER_PAGE)
    assert found[2][0] != "Volodymyr Zelensky"


def test_a_group_described_as_of_no_party_is_independent(wars):
    text = "OVD-Info, an independent Russian rights group, said 41 people had been detained in Kursk since Friday."
    assert annotated(wars["ukraine"], "Gulf desk", text) == ("OVD-Info", "independent")


def test_an_outlet_of_a_states_organ_is_the_states(wars):
    text = "The Russian judiciary's Pravo News Agency reported on Monday that two men had been detained in Kursk."
    assert annotated(wars["ukraine"], "Gulf desk", text)[1] == "russian"


@pytest.mark.parametrize(("publisher", "who"), [("Harry S. Truman Library & Museum", "Harry S. Truman"),
                                                ("Dwight D. Eisenhower Presidential Library", "Dwight D. Eisenhower"),
                                                ("National Archives Museum", "President")])
def test_the_title_alone_on_a_namesakes_page_is_the_namesake(wars, publisher, who):
    source = Source(id=f"namesake-{who}", file="p.txt", path=Path("p.txt"), publisher=publisher,
                    timezone="America/New_York", own_timezone="America/New_York")
    update = Update(source.id, [1], 'At his afternoon press conference, the President tells reporters, "We are not at '
                                    'war," and agrees that the action could be called a police action.')
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)), wars["iraq"])
    assert update.attribution.who == who


def test_a_ships_name_after_its_kind_is_no_ones_name(wars):
    text = "A navy spokesman aboard the command ship Mount Whitney said the landing craft met only light fire."
    assert annotated(wars["iraq"], "Gulf desk", text)[0] != "Mount Whitney"


def test_a_relative_clause_after_one_of_the_describes_the_subject(wars):
    text = ("Abu Mohammed, a spokesman for ISIS, one of the groups that have held Mosul since June, said late on "
            "Tuesday that the strikes had killed civilians.")
    assert annotated(wars["iraq"], "Gulf desk", text) == ("Abu Mohammed", "islamicstate")


@pytest.mark.parametrize("label", ["June 30:", "Jun. 30 -", "30 June 2014 –"])
def test_a_timeline_items_day_is_no_subject(wars, label):
    text = (f"{label} Iraqi Prime Minister Nouri al-Maliki visits Samarra, where he tells troops that the city will "
            "not fall.")
    assert annotated(wars["iraq"], "Gulf desk", text) == ("Nouri al-Maliki", "iraqi")
