"""Who speaks, twenty-sixth round.

- a ticker's "Speaker: ..." line whose speaker is one acronym in capitals ("NATO: ...", "IDF: ...") is that body's
  line, not a transcript's label (a transcript labels a person by two words or more, or by a role: "HOST:");
- unnamed sources before a colon ("Kremlin sources: ...") are named as the text names them, for the side of the
  party they serve;
- a headline that opens with a person before a colon ("Zelensky: ...", "Sharif at the cabinet: ...") names the one
  the text below describes only by a role ("the president said", "the group's leader said"); a topic before the
  colon ("Operation Dawn launched: ...") names no one;
- national outlets of India and Pakistan (and a few of their leaders) in the gazetteer: their stories name their own
  country's officials without its name ("Foreign Secretary X said").

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from pathlib import Path

from chronik.extract.data import load_files
from tests.attribution_cases import annotated, titled_cases, ukraine_sides, war_cases, wars_fixture

WARS = {
    "ukraine": (ukraine_sides(russia="Russia, Russian, Moscow, Kremlin",
                              ukraine="Ukraine, Ukrainian, Kyiv, ZSU, SBU"), """
    defaults: replace
    people:
      - {name: Volodymyr Zelensky, polity: Ukraine, aliases: [Zelensky]}
      - {name: Dmitry Peskov, polity: Russia, aliases: [Peskov]}
    bodies:
      - {name: NATO, side: third-party}
"""),
}

wars = wars_fixture(WARS)

test_an_acronym_before_a_colon_speaks = war_cases("ukraine", [
    ("SBU: Two agents detained in Odesa for passing coordinates of air defence sites", "SBU", "ukrainian"),
    ("NATO: No plans to send alliance troops to Ukraine, allies agree", "NATO", "third-party"),
    # a transcript's labels stay labels
    ("QUESTION: Will the alliance send troops?", None, "independent"),
    ("HOST: Welcome back to the programme.", None, "independent"),
])

test_unnamed_sources_before_a_colon_give_their_side = war_cases("ukraine", [
    ("Kremlin sources: Putin will not attend the summit in Johannesburg", "Kremlin sources", "russian"),
    ("Ukrainian military sources: Bridge near Kherson hit overnight, traffic halted", "Ukrainian military sources",
     "ukrainian"),
])

test_a_headline_person_is_the_one_the_text_describes = titled_cases([
    ("role", "ukraine", "The president said in his nightly address that the army would hold every position.",
     "Zelensky: We will not cede Donbas", "Volodymyr Zelensky", "ukrainian"),
    ("occasion", "ukraine", '"The talks are over for now," the Kremlin spokesman told reporters.',
     "Peskov at daily briefing: No talks with Kyiv planned", "Dmitry Peskov", "russian"),
    # a topic before the colon is no one
    ("topic", "ukraine", "The SBU said two agents had been detained in Odesa.",
     "Operation Spiderweb launched: SBU", "SBU", "ukrainian"),
])


INDIA_PAKISTAN = """
defaults: extend
sides:
  indian: India
  pakistani: Pakistan
polities:
  - {name: India, side: indian, adjective: Indian, government: Government of India, forms: [India, Indian, New Delhi]}
  - {name: Pakistan, side: pakistani, adjective: Pakistani, government: Government of Pakistan,
     forms: [Pakistan, Pakistani, Islamabad]}
"""


def test_a_national_outlet_names_its_own_officials(tmp_path: Path) -> None:
    sides = tmp_path / "sides.yaml"
    sides.write_text(INDIA_PAKISTAN, encoding="utf-8")
    data = load_files(sides)
    assert annotated(data, "ThePrint", "Foreign Secretary Vikram Misri said talks with the neighbour were not "
                     "on the table.") == ("Vikram Misri", "indian")
    assert annotated(data, "The Express Tribune", "Interior Minister Mohsin Naqvi said the border crossing "
                     "would stay closed.")[1] == "pakistani"
    # a leader the gazetteer knows keeps the side of his own state in the other's outlet
    assert annotated(data, "Hindustan Times", "Shehbaz Sharif said the country would answer any attack.") \
        == ("Shehbaz Sharif", "pakistani")
