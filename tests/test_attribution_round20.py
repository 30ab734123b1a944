"""Who speaks, twentieth round.

- release: a page a state's body publishes (a military command, a forces' press service the gazetteer ties to its
  state) whose title marks a release ("EUCOM Statement on ...", "Press Release No 45/2023") is told in the body's own
  voice: its sentences that name no claimant are the body's, and the officials it names without a polity are its
  state's. A state's news agency is such a body too, but its titles report; a UN agency's report is no state's.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.extract.data import ExtractData, load_files
from chronik.extract.gazetteer import Name
from chronik.extract.publisher import state_release
from chronik.model import Update
from tests.attribution_cases import ukraine_sides, war_cases, wars_fixture, who_and_side

WARS = {"ukraine": (ukraine_sides(), """
    defaults: replace
    places:
      - {name: Mariupol}
"""), "ethiopia": ("""
    defaults: replace
    sides:
      federal: Ethiopia's federal government and army
      tigrayan: the TPLF
      independent: the outlet, NGOs, residents
    narrative: independent
    polities:
      - {name: Ethiopia, side: federal, adjective: Ethiopian, government: Government of Ethiopia,
         forms: [Ethiopia, Ethiopian, Addis Ababa, Ethiopian army, General Command]}
      - {name: Tigray, side: tigrayan, adjective: Tigrayan, government: Tigray regional government,
         forms: [TPLF, Tigrayan, Mekelle]}
""", """
    defaults: replace
    places:
      - {name: Shire}
""")}

wars = wars_fixture(WARS)


@pytest.fixture(scope="module")
def packaged() -> ExtractData:
    return load_files()


def on_page(data: ExtractData, publisher: str, title: str | None, text: str) -> tuple[str | None, str | None]:
    """Who claims ``text`` and for which side, as an update of the page ``publisher`` published under ``title``."""
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher=publisher, title=title)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    update = Update(source="page", lines=[1], text=text)
    annotate(update, config, data)
    return update.attribution.who, update.attribution.side


@pytest.mark.parametrize(("publisher", "title", "text", "who", "side"), [
    # a command's statement: its unattributed sentences are its own
    ("U.S. European Command", "EUCOM Statement on Air Defense Exercise in the Baltic",
     "Two B-52 bombers flew over the Baltic Sea on Tuesday alongside Polish and Lithuanian fighter jets.",
     "US European Command", "third-party"),
    # a numbered release of a forces' press service; an official it names without a state is the state's
    ("Inter-Services Public Relations", "No PR-214/2021-ISPR",
     "Troops repulsed an attack on a border post in North Waziristan; two soldiers were injured.",
     "Inter-Services Public Relations – ISPR", "third-party"),
    ("Inter-Services Public Relations", "Press Release No 88/2022",
     "Later, CGS visited the forward posts. CGS said that the troops remain ready to respond.", "CGS",
     "third-party"),
    # a sentence that names its own claimant keeps it
    ("U.S. European Command", "EUCOM Statement on Air Defense Exercise in the Baltic",
     "The Russian Defence Ministry said its fighters had escorted the bombers away from the border.",
     "Russian Defence Ministry", "third-party"),
    # a page of that body whose title does not mark a release: the body only where it names itself
    ("U.S. European Command", "Bombers train over the Baltic",
     "Two B-52 bombers flew over the Baltic Sea on Tuesday.", None, "independent"),
])
def test_a_state_bodys_release_speaks_in_its_own_voice(packaged, publisher, title, text, who, side):
    assert on_page(packaged, publisher, title, text) == (who, side)


@pytest.mark.parametrize(("title", "polity", "release"), [
    ("IDF Statement on the Strike in Rafah", "Israel", True),
    ("Press Release No. 12/2024", "Israel", True),
    ("Readout of the Chief of Staff's visit to the northern command", "Israel", True),
    ("Shelling continues near the border: live updates", "Armenia", False),  # a state news agency's report
    ("Statement on the humanitarian situation in Gaza", None, False),  # a UN agency's: no state's
    (None, "Israel", False),
])
def test_which_titles_mark_a_state_release(title, polity, release):
    assert state_release(title, Name("Some Body", "body", polity=polity)) is release


test_an_armys_organ_is_named_with_its_army = war_cases("ethiopia", [
    ("The Ethiopian army's General Command said on Friday that its troops had taken Shire.",
     "Ethiopian army General Command", "federal"),
    ("Mekelle was calm, the Ethiopian army's General Command said.", "Ethiopian army General Command", "federal"),
])

test_an_armys_centre_is_no_persons_name = war_cases("ukraine", [
    ("The Russian military's Centre for Humanitarian Response in Ukraine said it had opened a corridor from "
     "Mariupol.", "Russian military Centre for Humanitarian Response", "russian"),
    ("The Ukrainian army's Joint Forces Command said two bridges were hit overnight.",
     "Ukrainian army Joint Forces Command", "ukrainian"),
])

test_a_part_of_the_day_before_the_speaker = war_cases("ukraine", [
    ("In the morning Vitaliy Kim, the head of the Mykolaiv regional administration, wrote on Telegram that the port "
     "was hit.", "Vitaliy Kim", "ukrainian"),  # a regional head of no named state: his region's (regions.yaml)
    ("Later in the day Ukrainian Foreign Minister Dmytro Kuleba told reporters that talks had stalled.",
     "Dmytro Kuleba", "ukrainian"),
    ("In the evening Russian Defence Minister Sergei Shoigu said two villages had been taken.", "Sergei Shoigu",
     "russian"),
])

test_an_information_ministry_is_its_polity_s = war_cases("ethiopia", [
    ("The Tigrayan information ministry said that federal drones had struck a market in Mekelle.",
     "Tigrayan Information Ministry", "tigrayan"),
    ("Shire was bombed twice, Ethiopia's information ministry said.", "Ethiopian Information Ministry", "federal"),
])


# a common word a default polity lists ("breakaway", "separatist" for Artsakh) before another polity's name describes
# that one: the leader of breakaway Transnistria is not Artsakh's
WARS["moldova"] = ("""
    defaults: extend
    sides:
      moldovan: Moldova's government
      transnistrian: the Transnistrian de facto authorities and the Russian troops behind them
    polities:
      - {name: Moldova, side: moldovan, adjective: Moldovan, government: Government of Moldova,
         forms: [Moldova, Moldovan, Chisinau]}
      - {name: Transnistria, side: transnistrian, adjective: Transnistrian,
         government: Transnistrian de facto authorities, forms: [Transnistria, Transnistrian, Tiraspol]}
""", """
    defaults: extend
    places:
      - {name: Bender}
""")


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Vadim Krasnoselsky, the leader of breakaway Transnistria, said his forces had been put on alert.",
     "Vadim Krasnoselsky", "transnistrian"),
    ("Separatist Transnistrian officials said a drone had hit a radio mast near Bender.",
     "Transnistrian officials", "transnistrian"),
    ("Separatist officials in Stepanakert said the road had been closed.", "Artsakh officials", "armenian"),
])
def test_a_common_word_before_a_polity_describes_it(wars, text, who, side):
    assert who_and_side(wars["moldova"], text) == (who, side)
