"""A body known by two names is named with both, and an outlet's home country when its name names none.

- acronym: a body a reader knows by a spelled-out name and by its acronym is named with both ("Kosovo Force
  (KFOR)"): from the gazetteer's ``short:``, from a sides file's polity that lists both, and from the update's own
  text ("the Arakan Army (AA)"); two-letter acronyms (UN, EU) and bodies the gazetteer names by the acronym alone
  stay as they are;
- home: an outlet whose name names no country is of the country the gazetteer ties it to ("Hetq", "Ukrinform"),
  else of its page's country-code domain (".ua", ".am"); a brand's domain (".io") or a peaceful state's gives none.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from chronik.extract.acronyms import Labeller, as_named, spells, stands_for
from chronik.extract.data import load_files
from chronik.extract.text import normalize
from tests.attribution_cases import annotated, war_cases, wars_fixture
from tests.test_attribution_wars import who_and_side

WARS = {"balkans": ("""
    defaults: replace
    sides:
      serbian: Serbia and its forces
      kosovar: Kosovo's government and police
      third-party: other states and the international missions
      independent: the outlet, NGOs, residents
    narrative: independent
    polities:
      - {name: Serbia, side: serbian, adjective: Serbian, forms: [Serbia, Belgrade, Serbian Armed Forces, VS]}
      - {name: Kosovo, side: kosovar, adjective: Kosovar, government: Government of Kosovo,
         forms: [Kosovo, Pristina, Kosovo Police, Kosovo Security Force, KSF]}
""", """
    defaults: replace
    bodies:
      - {name: Kosovo Force, short: KFOR, side: third-party, aliases: [NATO-led peacekeepers]}
      - {name: EULEX, side: third-party, aliases: [European Union Rule of Law Mission in Kosovo]}
      - {name: Tanjug, polity: Serbia}
      - {name: Novosti Daily, side: independent, polity: Serbia}
    places:
      - {name: Zvecan}
      - {name: Leposavic}
""")}

wars = wars_fixture(WARS)


@pytest.mark.parametrize(("full", "short", "expected"), [
    ("Kosovo Security Force", "KSF", True),
    ("Arakan Army", "AA", False),  # two letters: read bare, as UN and EU are
    ("Mission in Kosovo", "MIK", True),  # a connective may give its letter
    ("Organization for Security Studies", "OSS", True),  # or not
    ("U.S. government", "US", False),  # an acronym inside the name
    ("Kosovo Security Force units", "KSF", False),  # a word left out
    ("Kosovo Force", "KFORCE", False),
])
def test_an_acronym_spells_its_names_words(full, short, expected):
    assert spells(full, short) is expected


def test_what_an_acronym_stands_for_ends_the_name_before_it():
    assert stands_for("Fighters of the Kosovo Liberation Army", "KLA") == "Kosovo Liberation Army"
    assert stands_for("Kosovo Liberation Army", "KFOR") is None


def test_a_text_defines_its_acronyms():
    text = "Police clashed with the Kosovo Liberation Army (KLA) near Zvecan, the United Nations (UN) said."
    assert Labeller.defined(text) == {"Kosovo Liberation Army": "Kosovo Liberation Army – KLA",
                                      "KLA": "Kosovo Liberation Army – KLA"}  # "UN": two letters, read bare


test_a_body_known_by_two_names = war_cases("balkans", [
    # the gazetteer's short: either name, and the label itself, name the body with both
    ("KFOR said its troops had cleared the road to Leposavic.", "Kosovo Force – KFOR", "third-party"),
    ("The Kosovo Force said it had sent more patrols to Zvecan.", "Kosovo Force – KFOR", "third-party"),
    ("NATO-led peacekeepers said the bridge was open again.", "Kosovo Force – KFOR", "third-party"),
    # a body the gazetteer names by its acronym alone keeps it
    ("The European Union Rule of Law Mission in Kosovo said two officers had been hurt.", "EULEX", "third-party"),
    # a polity that lists a body's two names
    ("The KSF said it had no units in the north.", "Kosovo Security Force – KSF", "kosovar"),
    ("The Kosovo Security Force said it had no units in the north.", "Kosovo Security Force – KSF", "kosovar"),
    # the update's own text gives the acronym of a body no file knows
    ("The Youth Initiative for Human Rights (YIHR) said three men were detained in Zvecan.",
     "Youth Initiative for Human Rights – YIHR", None),
    ("The HLC said three men were detained. The Humanitarian Law Center (HLC) documents arrests in the north.",
     "Humanitarian Law Center – HLC", None),
    ("Leaders of the Serb National List (SNL) met in Zvecan. The SNL said the mayors would resign.",
     "Serb National List – SNL", None),
])


def test_the_gazetteer_finds_a_labelled_body_by_each_name(wars):
    gazetteer = wars["balkans"].gazetteer
    entry = gazetteer.get("KFOR")
    assert entry is not None and entry.name == "Kosovo Force – KFOR" and entry.long == "Kosovo Force"
    assert gazetteer.get("Kosovo Force") == entry == gazetteer.get("Kosovo Force – KFOR")
    assert {"KFOR", "Kosovo Force"} <= set(gazetteer.aliases("Kosovo Force – KFOR"))


def test_the_packaged_gazetteer_labels_bodies_known_by_both_names():
    data = load_files()
    assert who_and_side(data, "The SOHR said 12 fighters were killed.") == \
        ("Syrian Observatory for Human Rights – SOHR", "independent")
    assert who_and_side(data, "The UN said aid had reached the city.") == ("United Nations – UN", "third-party")
    assert who_and_side(data, "The U.N. said aid had reached the city.") == ("United Nations – UN", "third-party")
    assert who_and_side(data, "The European Union (EU) said the talks would resume.") == \
        ("European Union", "third-party")


@pytest.mark.parametrize(("label", "text", "shown"), [
    ("Kosovo Force – KFOR", "KFOR said its patrols had been reinforced near the bridge.", "KFOR – Kosovo Force"),
    ("Kosovo Force – KFOR", "The NATO-led Kosovo Force (KFOR) said ...", "Kosovo Force – KFOR"),  # both written
    ("Kosovo Force – KFOR", "Peacekeepers said the road was open.", "Kosovo Force – KFOR"),  # neither
    ("Kosovo Force – KFOR", "A KFOR-led patrol said ...", "Kosovo Force – KFOR"),  # part of a word
    ("Kosovo Force – KFOR", "the kosovo force said, as KFOR put it", "Kosovo Force – KFOR"),  # any case
    ("Ministry of Foreign Affairs – MoFA", "MoFA rejected the claim.", "MoFA – Ministry of Foreign Affairs"),
    ("Jane Doe (Reuters)", "Reuters said", "Jane Doe (Reuters)"),  # no acronym
    ("Defense Ministry", "The MoD said", "Defense Ministry"),
    (None, "KFOR said", None),
])
def test_a_body_is_shown_first_by_the_name_its_update_writes(label, text, shown):
    assert as_named(label, text) == shown


def test_an_update_names_its_claimant_as_its_source_does():
    data = load_files()
    assert annotated(data, "Some Wire", "The SOHR said 12 fighters were killed near the dam.")[0] == \
        "SOHR – Syrian Observatory for Human Rights"
    assert annotated(data, "Some Wire", "The Syrian Observatory for Human Rights said 12 fighters were killed.")[0] \
        == "Syrian Observatory for Human Rights – SOHR"


@pytest.mark.parametrize(("publisher", "url", "who", "side"), [
    # the gazetteer ties the outlet to its country: a state agency, or a paper whose polity gives no side to what it
    # says itself
    ("Tanjug", None, "Defense Ministry", "serbian"),
    ("Novosti Daily", "https://example.com/news/1", "Defense Ministry", "serbian"),
    # a country-code domain
    ("Vecernje Vesti", "https://www.vesti.rs/politika/123", "Defense Ministry", "serbian"),
    ("Koha", "https://www.koha.net/arberi/123/", "Defense Ministry", None),  # .net: no country
    ("Pristina Insight", "https://www.vesti.rs/1", "Defense Ministry", "kosovar"),  # the name first: its city
])
def test_an_outlets_home_country(wars, publisher, url, who, side):
    data = wars["balkans"]
    text = "Two drones were shot down over the border overnight, the Defense Ministry said."
    found = data.attributor.attribute(normalize(text), None, data.attributor.home(publisher, url))
    assert (found.who, found.side) == (who, side)


def test_a_domain_names_its_country_only_when_listed():
    sides = load_files().sides
    assert sides.of_domain("https://www.pravda.com.ua/eng/news/2024/03/01/") is sides.polity("Ukraine")
    assert sides.of_domain("http://hetq.am:8080/en/article/1") is sides.polity("Armenia")
    assert sides.of_domain("https://example.io/news") is None  # a brand's domain
    assert sides.of_domain("https://www.spiegel.de/ausland/") is None  # a state at peace
    assert sides.of_domain("not a url") is None
    assert sides.of_domain("www.pravda.com.ua/eng/") is sides.polity("Ukraine")  # saved without its scheme
    assert sides.of_domain("HTTPS://WWW.PRAVDA.COM.UA/") is sides.polity("Ukraine")


def test_an_outlets_name_in_a_text_says_no_side(wars):
    data = load_files()
    assert who_and_side(data, "Hetq reported that two soldiers were wounded.") == ("Hetq", "independent")
    # a state's agency speaks for its state, as Azertac does
    assert who_and_side(wars["balkans"], "Tanjug reported that two soldiers were wounded.") == ("Tanjug", "serbian")
    assert who_and_side(data, "Dawn raids were carried out in three villages.")[0] != "Dawn"


# --- who speaks: wordings seen on blind pages, in other wars' words ---------------------------------------------

test_wordings_of_a_speaker = war_cases("balkans", [
    # "his spokesperson X said": X tells what the person "his" refers to, named before in the same sentence, did or
    # thinks (the person's claim: see test_attribution_round87); "their spokesman X": X speaks for the body
    ("Serbian President Aleksandar Vucic is ready to meet the mediators, his spokesperson Jovana Petrovic said.",
     "Aleksandar Vucic", "serbian"),
    ("Kosovo Police said they had closed two crossings, their spokesman Besim Hoti said on television.",
     "Besim Hoti", "kosovar"),
    # a speaker and where they stand, a place named by a common noun
    ("The crossing at Jarinje will reopen on Monday, a Serbian official at the crossing told reporters.",
     "Serbian official", "serbian"),
    # a body of independent people: its members speak, not the state its name names
    ("Two reporters were beaten in Zvecan, the Association of Serbian Journalists said.",
     "Association of Serbian Journalists", "independent"),
    ("The Commission for Kosovar Refugees said 300 families had returned.", "Commission for Kosovar Refugees", None),
    # a series of places before the speaker is no apposition of it
    ("Patrols were stepped up in Zvecan, Leposavic, Zubin Potok and Mitrovica, Kosovo Police said.",
     "Kosovo Police", "kosovar"),
    ("Roads near Zvecan, Leposavic and Jarinje were blocked overnight, the Kosovo Security Force said.",
     "Kosovo Security Force – KSF", "kosovar"),
])


def test_a_national_outlets_home_gives_no_side_to_a_spokesperson_of_another(wars):
    data = wars["balkans"]
    text = "The KFOR commander is concerned about the clashes, his spokesperson Anna Lind said."
    found = data.attributor.attribute(normalize(text), None, data.attributor.home("Tanjug"))
    assert (found.who, found.side) == ("Anna Lind", "third-party")
