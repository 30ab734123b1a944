"""Who speaks, round 65: a party's own page.

- party page: a page whose publisher is one of the organs a sides file lists among a party's forms (its alerts
  service, its ministry's channel, its state broadcaster), by its own name or by that name's initials ("Korean
  Central News Agency" for a form "KCNA"), speaks in its own voice for that party: its rows and reports have no
  claimant and the party's side. A national outlet only named after a country or city, and an outlet no sides file
  lists, keep the narrative side; a claimant the text names keeps their own side.

- hearing turns: a printed hearing names each speaker by title and surname in capitals with a full stop ("Senator
  WICKER.", "Mr. McCAUL.", "Ambassador THOMAS-GREENFIELD."): the turn and its following paragraphs are the speaker's
  ("Mr. McCaul"), for their country's side, unless a paragraph names its own source.

- court records: a court's case page lists its filings as rows of cells; a row is its filer's: the court's decisions
  and orders its chamber's (the one the page names, else the court's), a prosecution's requests the Office of the
  Prosecutor's, a state's challenge or observations that state's ("State of Ukraine"); "the Chamber" in the page's
  text is the chamber it names.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, page_of, wars_fixture

WARS = {"korea": ("""
    defaults: replace
    sides:
      north-korean: North Korea's government and state media
      south-korean: South Korea's government and armed forces
      third-party: other states
      independent: the outlet, NGOs, residents
    narrative: independent
    polities:
      - {name: North Korea, side: north-korean, adjective: North Korean, government: Government of the DPRK,
         forms: [North Korea, North Korean, DPRK, Pyongyang, KCNA, Rodong Sinmun]}
      - {name: South Korea, side: south-korean, adjective: South Korean, government: Government of South Korea,
         forms: [South Korea, South Korean, Seoul, Joint Chiefs of Staff, JCS]}
""", """
    defaults: replace
    places:
      - {name: Yellow Sea}
"""), "ukraine": ("""
    defaults: replace
    sides:
      russian: Russia
      ukrainian: Ukraine
      third-party: other states
      independent: the outlet, NGOs, residents
    narrative: independent
    polities:
      - {name: Russia, side: russian, adjective: Russian, government: Government of Russia,
         forms: [Russia, Russian, Moscow, RT, Channel One]}
      - {name: Ukraine, side: ukrainian, adjective: Ukrainian, government: Government of Ukraine,
         forms: [Ukraine, Ukrainian, Kyiv, Ukrainian Air Force, Kharkiv Regional Military Administration]}
      - {name: United States, side: third-party, adjective: American, government: U.S. government,
         forms: [United States, U.S., American, Washington]}
""", """
    defaults: replace
    places:
      - {name: Kharkiv}
    bodies:
      - {name: International Criminal Court, short: ICC, side: third-party}
      - {name: International Court of Justice, short: ICJ, side: third-party}
""")}

wars = wars_fixture(WARS)

PAGES = [
    ("korea", "Korean Central News Agency",
     "The Missile General Bureau carried out a test-fire of a new-type ICBM on Thursday morning.",
     None, "north-korean"),
    ("korea", "Rodong Sinmun (online edition)",
     "The puppet military warmongers staged another provocative drill near the Yellow Sea.",
     None, "north-korean"),
    # (a state's military body the file lists publishes its own release: its sentences are the body's)
    ("korea", "Joint Chiefs of Staff (Republic of Korea)",
     "Air raid sirens sounded on five islands near the Yellow Sea at 14:05.", "Joint Chiefs of Staff", "south-korean"),
    ("ukraine", "Channel One (Russia)", "Air defences repelled a drone attack on the Moscow region overnight.",
     None, "russian"),
    ("ukraine", "RT", "Kiev regime forces shelled a residential area of Belgorod overnight.", None, "russian"),
    ("ukraine", "The Kyiv Independent", "Air raid alert in Kharkiv and the region.", None, "independent"),
    ("ukraine", "Moscow Monitor Weekly", "Prices of bread rose again in March.", None, "independent"),
    ("ukraine", "RT", "Two drones were shot down over Kharkiv, the Ukrainian Air Force said.",
     "Ukrainian Air Force", "ukrainian"),
]


@pytest.mark.parametrize(("war", "publisher", "text", "who", "side"), PAGES,
                         ids=[f"party-page-{i}" for i in range(len(PAGES))])
def test_a_party_page_speaks_for_its_party(wars, war, publisher, text, who, side):
    assert annotated(wars[war], publisher, text) == (who, side)


HEARINGS = [
    ("U.S. House Committee on Foreign Affairs (GPO)",
     ["Mr. McCAUL. The committee will come to order. We meet today to examine the crisis in Sudan.",
      "On April 15, fighting broke out in Khartoum between the army and the Rapid Support Forces.",
      "Ambassador THOMAS-GREENFIELD. Thank you, Chairman McCaul. The United States has been clear.",
      "Since May, we have provided more than $500 million in humanitarian aid."],
     [("Mr. McCaul", "third-party"), ("Mr. McCaul", "third-party"),
      ("Ambassador Thomas-Greenfield", "third-party"), ("Ambassador Thomas-Greenfield", "third-party")]),
    ("U.S. Senate Committee on Foreign Relations",
     ["Senator O'BRIEN. Mr. Secretary, the Ukrainians told us that they are rationing shells.",
      "Secretary BLINKEN. Senator, we are working to close that gap.",
      "Last week, the Ukrainian Air Force said it had shot down 30 drones."],
     [("Senator O'Brien", "third-party"), ("Secretary Blinken", "third-party"),
      ("Ukrainian Air Force", "ukrainian")]),
]


@pytest.mark.parametrize(("publisher", "turns", "expected"), HEARINGS,
                         ids=[f"hearing-{i}" for i in range(len(HEARINGS))])
def test_a_hearing_turn_is_its_speakers(wars, publisher, turns, expected):
    assert page_of(wars["ukraine"], publisher, turns) == expected


@pytest.mark.parametrize("line", ["Russia Warns NATO. Tanks massed near the border.", "The CHAIRMAN. The hearing will "
                                  "come to order.", "On MONDAY. The strikes resumed."])
def test_no_hearing_turn(wars, line):
    assert annotated(wars["ukraine"], "Hearing record", line)[0] is None


RECORDS = [
    ("International Criminal Court",
     ["On 17 March 2023, Pre-Trial Chamber II issued warrants of arrest in the Situation in Ukraine.",
      "ICC-01/22-16 | Date: 17/03/2023 | Decision on the Prosecution's applications for warrants of arrest | Pages: 30",
      "ICC-01/22-12 | Date: 22/02/2023 | Prosecution's request for warrants of arrest | Pages: 48",
      "ICC-01/22-40 | Date: 05/05/2023 | Observations of Ukraine pursuant to rule 103 | Pages: 12",
      "On 5 March 2024, Pre-Trial Chamber II said that two more warrants would remain secret."],
     [("Pre-Trial Chamber II", "third-party"), ("Pre-Trial Chamber II", "third-party"),
      ("Office of the Prosecutor", "third-party"), ("State of Ukraine", "ukrainian"),
      ("Pre-Trial Chamber II", "third-party")]),
    ("International Court of Justice",
     ["No. 182 | 2 February 2024 | Judgment on the preliminary objections | PDF",
      "No. 145 | 3 February 2023 | Russia's written statement of preliminary objections | PDF",
      "Kharkiv | 2 February 2024 | 12 people were wounded in shelling"],
     [("International Court of Justice – ICJ", "third-party"), ("State of Russia", "russian"),
      ("International Court of Justice – ICJ", "third-party")]),
]


@pytest.mark.parametrize(("publisher", "rows", "expected"), RECORDS, ids=[f"court-{i}" for i in range(len(RECORDS))])
def test_a_filing_is_its_filers(wars, publisher, rows, expected):
    assert page_of(wars["ukraine"], publisher, rows) == expected
