"""Who speaks, twenty-second round.

- described companies: a company named after what it is, with the trade's word for it ("shipping giant Maersk",
  "German shipowner X", "the drone maker Y"), is the claimant; a shipping company or an insurer is independent,
  whatever country's adjective opens its description, while a company a warring party owns ("Russian energy giant
  Gazprom", "Ukraine's state energy company Ukrenergo") keeps that party's side;
- decisions: a body that prolongs or adopts its own measures ("The Council of the EU formally prolonged its
  sanctions", "The General Assembly adopted a resolution") is the claimant of that decision, as one that approves
  or issues it already was;
- home offices: a national outlet names its own country's state offices by their proper names without a polity
  ("the Sumy Oblast Military Administration", "the Odesa Regional Prosecutor's Office" in a Ukrainian outlet), as
  it names its own officials by their title alone ("Energy Minister X"): the outlet's country's side; an office
  named so in an outlet of no country, or a body that is no office, gets none;
- according to: a description closing an "according to X" frame at a sentence's end ("according to X, commander of
  US naval forces in the region") gives X's side, as it does after "said X"; after "According to X," opening the
  sentence the main clause follows, no description;
- joint: states of one side speaking together ("Britain and France", "the United States and 12 partner countries",
  "the US and its allies") are one claimant, the group as written, for that side (states of two sides stay no one's);
  the members a group's subject lists before its verb ("..., among them Britain, Japan and Bahrain, issued") are
  not the speaker.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, ukraine_sides, war_cases, wars_fixture

MORE = """      - {name: Denmark, side: third-party, adjective: Danish, government: Government of Denmark,
         forms: [Denmark, Danish, Copenhagen]}
      - {name: Greece, side: third-party, adjective: Greek, government: Government of Greece,
         forms: [Greece, Greek, Athens]}
      - {name: European Union, side: third-party, adjective: EU, government: European Union,
         forms: [European Union, EU]}
      - {name: United Nations, side: third-party, adjective: UN, government: United Nations,
         forms: [United Nations, UN]}
"""

WARS = {"ukraine": (ukraine_sides(more=MORE), """
    defaults: replace
    places:
      - {name: Odesa}
""")}

wars = wars_fixture(WARS)

test_a_company_named_after_its_trade_speaks = war_cases("ukraine", [
    ("On Monday, Danish shipping giant Maersk said it would stop calling at Odesa until further notice.",
     "Maersk", "independent"),
    ("Greek shipowner Eastern Mediterranean Maritime said its bulk carrier had been hit by a missile off Odesa.",
     "Eastern Mediterranean Maritime", "independent"),
    ("Shipping giant MSC said its vessels would keep using the Ukrainian corridor.", "MSC", "independent"),
    # a company a warring party owns keeps its side
    ("Russian energy giant Gazprom said it had cut supplies through the pipeline.", "Gazprom", "russian"),
    ("Ukraine's state energy company Ukrenergo said power was cut in Odesa after the strike.",
     "Ukrenergo", "ukrainian"),
])

test_a_body_deciding_its_own_measures_is_the_claimant = war_cases("ukraine", [
    ("The Council of the European Union formally prolonged its sanctions on Russian banks for another six months.",
     "Council of the European Union", "third-party"),
    ("The UN General Assembly adopted a resolution demanding the return of deported Ukrainian children.",
     "UN General Assembly", "third-party"),
    ("Ukraine's parliament adopted a law extending martial law by 90 days.", "Ukrainian parliament", "ukrainian"),
])


@pytest.mark.parametrize(("publisher", "text", "who", "side"), [
    ("Kyiv Post", "A Russian guided bomb hit a school in the village of Velykyi Burluk, the Kupiansk District "
     "Military Administration reported.", "Kupiansk District Military Administration", "ukrainian"),
    ("The Kyiv Independent", "The Odesa Regional Prosecutor's Office said it had opened a war crimes case over the "
     "strike on the port.", "Odesa Regional Prosecutor's Office", "ukrainian"),
    # an outlet of no country: the office's country is its region's (regions.yaml)
    ("Reuters", "The Sumy Oblast Military Administration said two civilians were wounded in the shelling.",
     "Sumy Oblast Military Administration", "ukrainian"),
])
def test_a_national_outlets_own_office_named_without_its_polity(wars, publisher, text, who, side):
    assert annotated(wars["ukraine"], publisher, text) == (who, side)

test_a_description_closing_an_according_to_frame = war_cases("ukraine", [
    ("Two drones hit the port overnight, according to Oleksandr Prokudin, head of the Kherson regional "
     "administration of Ukraine.", "Oleksandr Prokudin", "ukrainian"),
    ("The bridge was hit twice, according to Andrei Kartapolov, chairman of the Russian parliament's defence "
     "committee.", "Andrei Kartapolov", "russian"),
    # "According to X, ..." opening the sentence: what follows its comma is the main clause, no description of X
    ("According to local residents, the shells were fired from positions held by Russian forces.",
     "local residents", "independent"),
])

test_states_of_one_side_speaking_together = war_cases("ukraine", [
    ("Denmark and Greece said in a joint statement that the strikes on Odesa's port must stop.",
     "Denmark and Greece", "third-party"),
    ("On Friday, Greece and 11 partner countries, among them Denmark, Poland and the Baltic states, issued a joint "
     "statement condemning the attack on the grain corridor.", "Greece and 11 partner countries", "third-party"),
    ("Denmark and its allies warned that the corridor would be protected.", "Denmark and its allies", "third-party"),
    # states of two sides are no one claimant
    ("Russia and Ukraine said the prisoner exchange had been completed.", None, "independent"),
])
