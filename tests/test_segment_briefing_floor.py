"""A briefing transcript's lines that only run the session are asides: the host's introduction of the briefer ("We're
joined today from Baghdad by ..."), the briefer's greeting alone ("Thanks, Jane, and good morning ..."), the hand-over
to the questions ("And with that, I'll take your questions."), the host giving the floor ("We'll start with Idrees.",
"Barbara.") and closing it ("That's all the time we have today."). The paragraphs of the opening statement under the
greeting are reports of their own, each still the briefer's words unless it names its own source.

The transcript is written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.extract.data import load_files
from chronik.segment.exchanges import closes_session
from tests.conftest import write
from tests.page_cases import of, parse_page

BRIEFING = """
Department of Defense Press Briefing by Colonel Roe via Teleconference from Erbil
June 6, 2017
CAPTAIN JOHN DOE: Good morning, everybody. We're joined today from Erbil by Colonel Jane Roe.
COLONEL JANE ROE: Thanks, John, and good morning to everyone in the briefing room.
Today partner forces began their assault on the western districts of the city, attacking from three directions.
Yesterday the task force conducted 18 strikes near the city, destroying 11 fighting positions and two vehicle bombs.
General Mark Poe, the task force commander, said this morning that the fight would be long and difficult.
And with that, I'll take your questions.
CAPT. DOE: We'll start with Idrees.
Q: Thanks, Colonel. How many fighters are still inside the city?
COL. ROE: We estimate between 2,000 and 3,000 fighters remain inside the city.
CAPT. DOE: Barbara.
Q: Are you seeing regime forces move toward the city?
COL. ROE: We have seen them moving east, and the deconfliction line is working.
CAPT. DOE: Thank you, Colonel Roe. That's all the time we have today.
COL. ROE: Thanks, everybody.
"""


@pytest.mark.parametrize(("text", "closes"), [
    ("CAPT. DOE: We'll start with Idrees.", True),
    ("CAPT. DOE: Barbara.", True),
    ("CAPT. DOE: Go ahead, Barbara.", True),
    ("CAPT. DOE: Thank you, Colonel Roe. That's all the time we have today.", True),
    ("COLONEL JANE ROE: Thanks, John, and good morning to everyone in the briefing room.", True),
    ("And with that, I'll take your questions.", True),
    # words of the briefing itself
    ("COL. ROE: We estimate between 2,000 and 3,000 fighters remain inside the city.", False),
    ("COL. ROE: Thanks, John. Partner forces began their assault this morning.", False),
    ("With that, the task force ended its operation in the east.", False),
])
def test_lines_that_only_run_the_session(text, closes):
    assert closes_session(text) is closes


def test_the_opening_statement_is_one_report_a_paragraph_and_the_briefers(tmp_path):
    updates = parse_page(BRIEFING, dt.date(2017, 6, 6), "America/New_York")
    for start in ("CAPTAIN JOHN DOE", "COLONEL JANE ROE", "And with that", "CAPT. DOE: We'll start",
                  "CAPT. DOE: Barbara", "CAPT. DOE: Thank you"):
        assert of(updates, start).kind == "aside", start
    assault = of(updates, "Today partner forces began")
    strikes = of(updates, "Yesterday the task force conducted")
    assert (assault.kind, assault.date, strikes.kind, strikes.date) == ("update", "2017-06-06", "update", "2017-06-05")
    sides = write(tmp_path / "sides.yaml", """
        defaults: extend
        sides:
          coalition: the task force and its partners
          insurgents: the insurgents
        polities:
          - {name: Task Force, side: coalition, adjective: task force, government: Task Force, forms: [task force]}
          - {name: Insurgents, side: insurgents, adjective: insurgent, government: null, forms: [insurgents]}
    """)
    data = load_files(sides)
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher="Department of Defense")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    for update in (assault, strikes, of(updates, "General Mark Poe")):
        annotate(update, config, data)
    assert assault.attribution.who == strikes.attribution.who == "Jane Roe"  # the turn's speaker goes on
    assert of(updates, "General Mark Poe").attribution.who == "Mark Poe"  # a source of its own


BRIEFER = """
Briefing by the General Staff spokesman
On 15 August the spokesman held a regular briefing for journalists.
J. ROE: Good afternoon. Over the past 24 hours the situation in the zone has remained tense but controllable.
Yesterday, at about 21:40, a reconnaissance group of up to 15 persons tried to approach the positions near the village.
On 13 August, in the port, our units found and destroyed five boats and a quantity of weapons.
Our losses remain unchanged since the last briefing.
QUESTION (Wire): When will the troops be withdrawn?
J. ROE: The withdrawal will be carried out in accordance with the agreed principles.
Yesterday the first columns already left the zone.
QUESTION (Radio): What is the situation in the north?
J. ROE: The situation in the north is calm.
"""


def test_a_turns_paragraph_that_opens_with_its_own_day_is_its_own_report():
    updates = parse_page(BRIEFER, dt.date(2008, 8, 15), "Europe/Moscow")
    group = of(updates, "Yesterday, at about 21:40")
    boats = of(updates, "On 13 August, in the port")
    assert (group.date, boats.date) == ("2008-08-14", "2008-08-13")
    assert group.context.turn == boats.context.turn == "J. ROE"  # still the briefer's words
    assert of(updates, "Our losses remain unchanged").context.turn == "J. ROE"
    assert "Over the past 24 hours" in of(updates, "J. ROE: Good afternoon").text
