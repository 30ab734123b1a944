"""Which side a claimant belongs to when the packaged data knows it: every state is a polity (states.yaml),
intergovernmental bodies are third-party, NGOs and monitors independent, and the people and bodies of a
state take whatever side the configured war gives that state (``polity:`` in gazetteer.yaml).

The updates are written for these tests; none is from the seeds or the holdout pages.
"""

from __future__ import annotations

import pytest

from chronik.errors import ChronikError
from chronik.extract.data import STATES_FILE, ExtractData, load_files
from chronik.extract.sides import read_states
from tests.conftest import write
from tests.test_attribution_wars import who_and_side

UKRAINE = """
    defaults: extend
    sides:
      russian: Russia
      ukrainian: Ukraine
    polities:
      - {name: Russia, side: russian, adjective: Russian, government: Government of Russia,
         forms: [Russia, Russian, Moscow]}
      - {name: Ukraine, side: ukrainian, adjective: Ukrainian, government: Government of Ukraine,
         forms: [Ukraine, Ukrainian, Kyiv]}
"""

# the Palestinian side named after the Gaza authorities, with "Palestinian" as one of its forms
GAZA = """
    sides:
      israeli: Israel
      gazan: Hamas and the Gaza authorities
    polities:
      - {name: Israel, side: israeli, adjective: Israeli, government: Government of Israel, forms: [Israel, Israeli]}
      - {name: Gaza, side: gazan, adjective: Gaza, government: Gaza authorities,
         forms: [Gaza, Palestinian, Hamas-run, Hamas, Qassam Brigades]}
"""

# the army is a polity of its own, named by its initials only
SUDAN = """
    sides:
      army: the Sudanese army
      paramilitary: the Rapid Support Forces
    polities:
      - {name: Army, side: army, adjective: army, government: Sudanese army command, forms: [SAF]}
      - {name: RSF, side: paramilitary, adjective: RSF, government: RSF command, forms: [RSF, Rapid Support Forces]}
"""

# a civil war: the army's polity is named with the state's adjective, so the state is split
SUDAN_SPLIT = """
    sides:
      army: the Sudanese army
      paramilitary: the Rapid Support Forces
    polities:
      - {name: Sudanese Army, side: army, adjective: Sudanese army, government: Sudanese army command,
         forms: [Sudanese army, Sudan's army, SAF]}
      - {name: RSF, side: paramilitary, adjective: RSF, government: RSF command, forms: [RSF, Rapid Support Forces]}
"""

# another war altogether: the packaged states are not read
REPLACED = """
    defaults: replace
    sides:
      federal: the federal government
      rebels: the rebel alliance
      third-party: foreign states
      independent: everyone else
    narrative: independent
    polities:
      - {name: Federation, side: federal, adjective: federal, government: federal government, forms: [federal]}
"""


@pytest.fixture(scope="module")
def wars(tmp_path_factory) -> dict[str, ExtractData]:
    out = {"default": load_files()}
    for name, text in (("ukraine", UKRAINE), ("gaza", GAZA), ("sudan", SUDAN), ("sudan-split", SUDAN_SPLIT),
                       ("replaced", REPLACED)):
        out[name] = load_files(write(tmp_path_factory.mktemp(name) / "sides.yaml", text))
    return out


def side(data: ExtractData, text: str) -> str | None:
    return who_and_side(data, text)[1]


@pytest.mark.parametrize("text", [
    "Polish Prime Minister Donald Tusk said on Tuesday that his country would send more air defence systems.",
    "Norway's foreign ministry said it had summoned the ambassador over the strike.",
    "Chilean officials said the evacuation flight had landed in Santiago de Chile.",
    "The Estonian defence ministry said a new package of artillery shells was on its way.",
    "Officials in Canberra said two Australian citizens were among the wounded.",
    "Brazil's foreign minister said a ceasefire had to come first.",
    "Japan's top government spokesman said Tokyo was watching the situation closely.",
    "The Kenyan president said the talks in Nairobi would resume next week.",
])
def test_a_state_that_is_no_party_is_third_party(wars, text):
    assert side(wars["default"], text) == "third-party"


@pytest.mark.parametrize(("text", "expected"), [
    ("Armenia's Defence Ministry said the shelling had stopped by noon.", "armenian"),
    ("The Azerbaijani Defense Ministry said two soldiers had been killed.", "azerbaijani"),
    ("Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow was ready to mediate.", "third-party"),
    ("Turkey's defence minister said Ankara stood by Baku.", "third-party"),
    ("Iran's foreign ministry said Tehran would not accept border changes.", "third-party"),
    ("The French foreign ministry said Paris was ready to host talks.", "third-party"),
    ("A U.S. State Department spokesperson said Washington was deeply concerned.", "third-party"),
])
def test_the_default_war_keeps_its_sides(wars, text, expected):
    assert side(wars["default"], text) == expected


@pytest.mark.parametrize(("text", "who"), [
    ("The International Organization for Migration said 40,000 people had crossed the border in a week.",
     "International Organization for Migration – IOM"),
    ("UNICEF said at least 12 children were among the dead.", "UNICEF"),
    ("The IMF said the economy would shrink by a fifth this year.", "International Monetary Fund – IMF"),
    ("The African Union said it would send an envoy to the capital.", "African Union"),
    ("The World Food Programme said it had suspended deliveries after a convoy was hit.", "World Food Programme – WFP"),
    ("The UN nuclear watchdog said the plant had lost external power for the eighth time.",
     "International Atomic Energy Agency – IAEA"),
    ("The Displacement Tracking Matrix said some 9,000 households had fled in three days.",
     "IOM Displacement Tracking Matrix – DTM"),
    ("DTM said 4,200 people had arrived at the gathering site since Sunday.", "IOM Displacement Tracking Matrix – DTM"),
    ("CENTCOM said its forces had shot down two drones over the Red Sea.", "US Central Command – CENTCOM"),
    ("OHCHR said it had verified 31 civilian deaths in the district.", "UN Human Rights Office – OHCHR"),
    ("OCHA said aid trucks had been blocked at the crossing for a fourth day.",
     "UN Office for the Coordination of Humanitarian Affairs – OCHA"),
    ("The Arab League said the blockade amounted to collective punishment.", "Arab League"),
])
def test_intergovernmental_bodies_are_third_party(wars, text, who):
    assert who_and_side(wars["default"], text) == (who, "third-party")


@pytest.mark.parametrize(("text", "who"), [
    ("Doctors Without Borders said its clinic had been looted overnight.", "Médecins Sans Frontières – MSF"),
    ("MSF said two of its staff had been injured.", "Médecins Sans Frontières – MSF"),
    ("The Norwegian Refugee Council said winter would make the camps deadly.", "Norwegian Refugee Council – NRC"),
    ("Save the Children said schools had been closed for six months.", "Save the Children"),
    ("The Institute for the Study of War said the offensive had stalled.", "Institute for the Study of War – ISW"),
    ("Airwars said at least 30 civilians were likely killed in the strike.", "Airwars"),
    ("ACLED said political violence had doubled since January.", "ACLED"),
    ("The International Rescue Committee said the cholera outbreak was spreading.",
     "International Rescue Committee – IRC"),
])
def test_ngos_and_monitors_are_independent(wars, text, who):
    assert who_and_side(wars["default"], text) == (who, "independent")


@pytest.mark.parametrize(("text", "expected"), [
    ("Kremlin spokesman Dmitry Peskov told reporters the talks were premature.", ("Dmitry Peskov", "russian")),
    ("The Kremlin said the drills were routine.", ("Kremlin", "russian")),
    ("Vladimir Putin said the operation would go on.", ("Vladimir Putin", "russian")),
    ("Zelenskyy said in his nightly address that the front was holding.", ("Volodymyr Zelensky", "ukrainian")),
    ("Ukraine's General Staff said 14 attacks had been repelled.",
     ("General Staff of the Armed Forces of Ukraine", "ukrainian")),
    ("The Wagner Group said its fighters had entered the town.", ("Wagner Group", "russian")),
    # a state that stays out of this war
    ("Polish Prime Minister Donald Tusk said Warsaw would keep the border open.", (None, "third-party")),
    # a body with a side of its own keeps it
    ("Antonio Guterres said the attacks on the plant must stop.", ("Antonio Guterres", "third-party")),
])
def test_a_users_sides_file_moves_a_states_people_and_bodies(wars, text, expected):
    who, found = who_and_side(wars["ukraine"], text)
    assert found == expected[1]
    if expected[0] is not None:
        assert who == expected[0]


def test_the_same_people_are_third_party_in_the_default_war(wars):
    for text in ("Kremlin spokesman Dmitry Peskov told reporters the talks were premature.",
                 "The Kremlin said the drills were routine.",
                 "Zelenskyy said in his nightly address that the front was holding.",
                 "Benjamin Netanyahu said the operation would continue.",
                 "The IDF said it had struck a weapons depot.",
                 "Wafa news agency said three people were killed in the raid."):
        assert side(wars["default"], text) == "third-party", text


@pytest.mark.parametrize(("text", "expected"), [
    ("Benjamin Netanyahu said the operation would continue.", "israeli"),
    ("The IDF said it had struck a weapons depot.", "israeli"),
    ("Israel's Home Front Command said schools in the north would stay shut.", "israeli"),
    ("The Home Front Command said residents could leave shelters.", "israeli"),
    ("Israel Police said a suspect had been detained.", "israeli"),
    ("The Shin Bet said it had foiled a plot.", "israeli"),
    ("Wafa news agency said three people were killed in the raid.", "gazan"),
    ("The Qassam Brigades said they had fired rockets at Ashkelon.", "gazan"),
    # the user's polity lists "Palestinian": the packaged Palestine no longer has it
    ("Palestinian health officials said the toll had risen to 40.", "gazan"),
    # a state outside the war is still third-party
    ("Qatar's foreign ministry said mediation efforts were continuing.", "third-party"),
])
def test_a_party_named_by_a_users_polity_takes_its_bodies(wars, text, expected):
    assert side(wars["gaza"], text) == expected


def test_a_polity_that_lists_a_bodys_name_wins_over_the_bodys_state(wars):
    # the packaged Sudanese Armed Forces belong to Sudan, but this war's "Army" polity lists "SAF"
    assert side(wars["sudan"], "The SAF said it had retaken the bridge.") == "army"
    assert side(wars["sudan"], "The RSF said it had shot down a drone.") == "paramilitary"
    assert side(wars["default"], "The SAF said it had retaken the bridge.") == "third-party"


def test_a_state_split_by_a_users_war_is_no_third_party(wars):
    data = wars["sudan-split"]
    assert side(data, "The Sudanese foreign ministry said the talks in Jeddah had failed.") is None
    assert side(data, "Khartoum said the airport had been retaken.") is None
    assert data.gazetteer.get("Abdel Fattah al-Burhan").side is None
    assert side(data, "The Sudanese army said it had retaken the bridge.") == "army"
    assert side(data, "The SAF said it had retaken the bridge.") == "army"
    assert side(data, "Egypt's foreign ministry said the border crossing would stay open.") == "third-party"
    # the same state is third-party where the army's polity does not name it
    assert side(wars["sudan"], "The Sudanese foreign ministry said the talks in Jeddah had failed.") == "third-party"


def test_defaults_replace_reads_no_packaged_states(wars):
    assert "Poland" not in {p.name for p in wars["replaced"].sides.polities}
    assert side(wars["replaced"], "Polish Prime Minister Donald Tusk said the border would stay open.") is None
    assert side(wars["replaced"], "The federal government said the rebels had been pushed back.") == "federal"


def test_every_un_member_and_observer_is_in_the_states_file():
    states, reader = read_states(STATES_FILE)
    assert not reader.problems
    names = {p.name for p in states}
    assert len(names) == len(states) >= 197  # 193 members, the Holy See, Palestine, Taiwan, Kosovo ...
    assert {"Poland", "Estonia", "Brazil", "Vatican", "Palestine", "Taiwan", "Kosovo"} <= names
    assert {p.side for p in states} == {"third-party"}
    # the default war's parties are in sides.yaml, not here
    assert not names & {"Armenia", "Azerbaijan", "Artsakh"}
    forms = [f for p in states for f in {p.name, p.adjective, *p.forms}]
    assert len(forms) == len(set(forms)), "a form names one state"


def test_the_compact_form_gives_adjective_and_government(wars):
    by_name = {p.name: p for p in wars["default"].sides.polities}
    assert (by_name["Poland"].adjective, by_name["Poland"].government) == ("Polish", "Government of Poland")
    assert "Warsaw" in by_name["Poland"].forms
    assert by_name["United Kingdom"].government == "UK government"


def test_an_unknown_polity_in_a_gazetteer_is_reported_where_it_is(tmp_path):
    gaz = write(tmp_path / "gazetteer.yaml", """
        people:
          - {name: Ana Example, polity: Atlantis}
    """)
    with pytest.raises(ChronikError) as err:
        load_files(None, gaz)
    text = str(err.value)
    assert "unknown polity 'Atlantis'" in text and "gazetteer.yaml:2" in text


def test_a_gazetteer_entry_with_a_polity_takes_its_side(tmp_path):
    sides = write(tmp_path / "sides.yaml", UKRAINE)
    gaz = write(tmp_path / "gazetteer.yaml", """
        people:
          - {name: Ivan Exampleko, polity: Ukraine}
          - {name: Petro Samplenko, polity: Ukraine, side: independent}
    """)
    data = load_files(sides, gaz)
    assert data.gazetteer.get("Ivan Exampleko").side == "ukrainian"
    assert data.gazetteer.get("Petro Samplenko").side == "independent"
    assert load_files(None, gaz).gazetteer.get("Ivan Exampleko").side == "third-party"
