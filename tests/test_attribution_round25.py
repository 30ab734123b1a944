"""Who speaks, twenty-fifth round.

- ministries among a polity's forms: a sides file that lists a ministry named by its domain ("Ministry of Public
  Health and Population") or its mixed-case acronym ("MoPHP") lists a body of the polity, which speaks as itself,
  not as the polity's government; the two names are paired, the acronym keeping the small letter of its "of";
- surnames among a polity's forms: a sides file that lists a person by the surname alone ("Haftar" for the LNA)
  puts the person the gazetteer knows by the full name on that side, whatever state the gazetteer ties them to;
- counts put at a figure: a body that "has put the number of dead at 2,700" (or "puts the death toll at") gives
  its count, as one that "raised the death toll" does;
- a bracketed office: a person named after an office whose acronym is a polity's form ("Coordinator of Government
  Activities in the Territories (COGAT) Maj Gen X") speaks for that polity, as they would with the bare acronym.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from chronik.extract.acronyms import Labeller, spells
from tests.attribution_cases import war_cases, wars_fixture

WARS = {
    "yemen": ("""
    defaults: replace
    sides:
      houthi: the Houthi movement and the authorities it runs in Sanaa
      coalition: the Saudi-led coalition and Yemen's recognised government
      third-party: other states and intergovernmental bodies
      independent: the outlet, NGOs, experts, residents
    narrative: independent
    polities:
      - {name: Houthis, side: houthi, adjective: Houthi, government: Supreme Political Council,
         forms: [Houthi, Sanaa, Ministry of Public Health and Population, MoPHP]}
      - {name: Saudi-led coalition, side: coalition, adjective: coalition, government: Coalition Command,
         forms: [Saudi Arabia, Saudi, Riyadh, Ministry for Legal Affairs]}
""", "defaults: replace\nplaces: []\n"),
    "libya": ("""
    defaults: replace
    sides:
      gnu: the Government of National Unity in Tripoli and its forces
      lna: the Libyan National Army of Khalifa Haftar and its allies in the east
      third-party: other states and intergovernmental bodies
      independent: the outlet, NGOs, experts, residents
    narrative: independent
    polities:
      - {name: Libya, side: gnu, adjective: Libyan, government: Government of National Unity, forms: [Tripoli]}
      - {name: Libyan National Army, side: lna, adjective: LNA, government: Libyan National Army,
         forms: [LNA, Haftar, Benghazi]}
      - {name: Sudan, side: third-party, adjective: Sudanese, government: Government of Sudan,
         forms: [Sudan, Khartoum]}
      - {name: Rapid Support Forces, side: lna, adjective: RSF, government: Rapid Support Forces,
         forms: [RSF, Dagalo]}
""", """
    defaults: replace
    people:
      - {name: Khalifa Haftar, polity: Libya}
      - {name: Mohamed Hamdan Dagalo, polity: Sudan, aliases: [Hemedti]}
      - {name: Abdel Fattah al-Burhan, polity: Sudan}
"""),
    "israel": ("""
    defaults: replace
    sides:
      israeli: Israel's government and military
      palestinian: the Palestinian authorities and armed groups
      third-party: other states and intergovernmental bodies
      independent: the outlet, NGOs, experts, residents
    narrative: independent
    polities:
      - {name: Israel, side: israeli, adjective: Israeli, government: Government of Israel, forms: [COGAT, IDF]}
      - {name: Palestine, side: palestinian, adjective: Palestinian, government: Palestinian Authority,
         forms: [Gaza, Hamas, Ramallah]}
""", "defaults: replace\nplaces: []\n"),
}

wars = wars_fixture(WARS)

test_a_ministry_a_sides_file_lists_speaks_as_itself = war_cases("yemen", [
    ("The Ministry of Public Health and Population (MoPHP) said 12 people were killed in the strike on Hodeidah.",
     "Ministry of Public Health and Population – MoPHP", "houthi"),
    ("A strike on a market in Saada killed nine people, according to the MoPHP.",
     "Ministry of Public Health and Population – MoPHP", "houthi"),
    ("The Ministry for Legal Affairs said the detainees would be exchanged on Sunday.", "Ministry for Legal Affairs",
     "coalition"),
    # the polity's government, named as such, is still the government
    ("The Supreme Political Council said it would answer any escalation.", "Supreme Political Council", "houthi"),
])

test_a_surname_a_sides_file_lists_moves_the_person = war_cases("libya", [
    ("Khalifa Haftar said his forces had taken the airport south of the capital.", "Khalifa Haftar", "lna"),
    ("Haftar said his forces had taken the airport south of the capital.", "Khalifa Haftar", "lna"),
    ("Mohamed Hamdan Dagalo said his fighters had withdrawn from the refinery.", "Mohamed Hamdan Dagalo", "lna"),
    # a person whose surname no polity lists keeps the side of the state the gazetteer names
    ("Abdel Fattah al-Burhan said the army would not negotiate.", "Abdel Fattah al-Burhan", "third-party"),
])

test_a_count_put_at_a_figure_is_its_givers_claim = war_cases("yemen", [
    ("The MoPHP has put the number of people killed in the Hodeidah port strikes at 80.",
     "Ministry of Public Health and Population – MoPHP", "houthi"),
    ("Saudi Arabia's Ministry for Legal Affairs puts the death toll at 14, with dozens more wounded.",
     "Ministry for Legal Affairs", "coalition"),
    ("The Supreme Political Council put the toll at 23 on Monday evening.", "Supreme Political Council", "houthi"),
])

test_a_bracketed_office_gives_its_holders_side = war_cases("israel", [
    ("Coordinator of Government Activities in the Territories (COGAT) Major General Ghassan Alian said 200 aid "
     "trucks had entered on Tuesday.", "Ghassan Alian", "israeli"),
    ("COGAT head Major General Ghassan Alian said 200 aid trucks had entered on Tuesday.", "Ghassan Alian",
     "israeli"),
    # a bracket that holds no polity's form whole gives no side
    ("Head of the crossings unit (in Kerem Shalom) Amir Levy said the gate was closed.", "Amir Levy", None),
])


def test_a_mixed_case_acronym_spells_its_connectives() -> None:
    assert spells("Ministry of Defence", "MoD")
    assert spells("Ministry of Public Health", "MoPH")
    assert spells("Ministry of Public Health", "MPH")
    assert not spells("Ministry of Public Health", "MPoH")
    assert not spells("Military Operations Directorate", "MoD")  # a small letter comes from a connective only
    defined = Labeller.defined("the Ministry of Internal Affairs (MoIA) said")
    assert defined["MoIA"] == defined["Ministry of Internal Affairs"]
