"""A page's own voice (page_voice.py): whose voice, for which side, a page's publisher and title say it speaks in.

- a unit's war diary (its publisher or title says so): the unit speaks, for the side its publisher's name ties it to;
- a party's own organ (its publisher, or that name's initials, a form a sides file gives a party): the party's side,
  no one in particular, its unnamed sources too;
- an intelligence service of the gazetteer: its assessment, its side, only where an update names no source at all;
- tried in that order; any other page (an outlet, a museum, a country's own name) has no voice of its own.

The examples are written for these tests (the Falklands war of 1982); none is taken from a page chronik is measured
on.
"""

from __future__ import annotations

import pytest

from chronik.extract.page_voice import Voice, page_voice
from tests.attribution_cases import annotated, wars_fixture

WARS = {"falklands": ("""
    defaults: replace
    sides:
      british: United Kingdom
      argentine: Argentina
      third-party: other states
      independent: the outlet, residents
    narrative: independent
    polities:
      - {name: United Kingdom, side: british, adjective: British, government: Government of the United Kingdom,
         forms: [United Kingdom, British, London, Royal Marines, Parachute Regiment, British Forces Broadcasting
                 Service, Joint Intelligence Committee]}
      - {name: Argentina, side: argentine, adjective: Argentine, government: Government of Argentina,
         forms: [Argentina, Argentine, Buenos Aires, Telam, Fuerza Aérea Argentina]}
""", """
    defaults: replace
    places:
      - {name: Goose Green}
      - {name: Port Stanley}
    bodies:
      - {name: Joint Intelligence Committee, side: british}
      - {name: Naval Intelligence Service, side: argentine}
      - {name: South Atlantic Relief Fund, side: independent}
""")}

wars = wars_fixture(WARS)


@pytest.mark.parametrize(("publisher", "title", "voice"), [
    # a unit's diary, by its publisher's note or by its title
    ("2nd Battalion, The Parachute Regiment (war diary, DEFE 4/512)", "May 1982",
     Voice("2nd Battalion, The Parachute Regiment", "british", unnamed=True)),
    ("Fuerza Aérea Argentina, Grupo 5 de Caza", "Operations log, Grupo 5, 21 May 1982",
     Voice("Fuerza Aérea Argentina, Grupo 5 de Caza", "argentine", unnamed=True)),
    # a party's own organ, by its own name or its initials
    ("Telam (wire)", "Cables, 2 May 1982", Voice(None, "argentine", unnamed=True)),
    # ... with the kind of outlet after that name
    ("Telam News Agency", "Cables, 2 May 1982", Voice(None, "argentine", unnamed=True)),
    ("Telam Radio (archive)", None, Voice(None, "argentine", unnamed=True)),
    ("BFBS Radio Desk", None, None),  # initials alone are no organ's own name
    ("British Forces Broadcasting Service (archive)", "Bulletins", Voice(None, "british", unnamed=True)),
    # an intelligence service: its assessment, no one's words, for its side, not for its unnamed sources
    ("Naval Intelligence Service (declassified archive)", "Situation report No. 7",
     Voice(None, "argentine", unnamed=False)),
])
def test_a_page_s_own_voice(wars, publisher, title, voice):
    data = wars["falklands"]
    assert page_voice(publisher, title, data.sides, data.gazetteer) == voice


@pytest.mark.parametrize(("publisher", "title"), [
    ("The Penguin News (Port Stanley)", "Islanders return to Goose Green"),  # an outlet named after a place
    ("Argentina", "Comunicado"),  # the polity's own name is no organ of it
    ("Argentina News Agency", "Comunicado"),  # nor with the kind of outlet after it
    ("Royal Marines Museum", "The Marines at Port Stanley"),  # a museum about a unit keeps no diary
    ("Islanders' Association (war diary)", "May 1982"),  # a diary of no side its name tells
    ("South Atlantic Relief Fund", "Appeal"),  # a body, but no intelligence service
])
def test_no_voice_of_its_own(wars, publisher, title):
    data = wars["falklands"]
    assert page_voice(publisher, title, data.sides, data.gazetteer) is None


def test_the_cases_are_tried_in_order(wars):
    data = wars["falklands"]
    # a unit's diary whose keeper is also a party's organ: the unit speaks
    assert page_voice("Royal Marines (war diary)", None, data.sides, data.gazetteer) \
        == Voice("Royal Marines", "british", unnamed=True)
    # an intelligence service a sides file lists among a party's organs: the party's organ
    assert page_voice("Joint Intelligence Committee", None, data.sides, data.gazetteer) \
        == Voice(None, "british", unnamed=True)


@pytest.mark.parametrize(("publisher", "text", "who", "side"), [
    # a diary's entry in its own voice is the unit's
    ("2nd Battalion, The Parachute Regiment (war diary, DEFE 4/512)",
     "0600 A Coy moved on the gorse line north of Goose Green. Heavy fire from the school house.",
     "2nd Battalion, The Parachute Regiment", "british"),
    # a party's organ's report, and its unnamed sources: the party's side
    ("Telam (wire)", "Two enemy frigates were hit off Port Stanley.", None, "argentine"),
    ("Telam (wire)", "Two enemy frigates were reportedly hit off Port Stanley.",
     None, "argentine"),
    # an intelligence service's own sentence is its assessment; what it says others report stays no one's
    ("Naval Intelligence Service (declassified archive)",
     "The enemy fleet has probably withdrawn to the east of Port Stanley.", "Naval Intelligence Service", "argentine"),
    ("Naval Intelligence Service (declassified archive)",
     "Two enemy frigates were reportedly hit off Port Stanley.", None, None),
    # an outlet's own sentence stays its narrative
    ("The Penguin News (Port Stanley)", "Two enemy frigates were hit off Port Stanley.", None, "independent"),
])
def test_an_update_in_its_page_s_own_voice(wars, publisher, text, who, side):
    assert annotated(wars["falklands"], publisher, text) == (who, side)
