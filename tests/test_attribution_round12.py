"""Who speaks, twelfth round: a state agency's dateline, leaders and spokesmen a sides file names, bodies of a
state's long name, and a state agency's own country.

- dateline: a state agency's dateline with its name after the date and no dash ("Addis Ababa, November 5, ENA ",
  "Tashkent, 5 March, UzA ") says where and who files, never who speaks;
- address: a leader who "addressed the nation" speaks (a weak frame, as "called" is);
- held: a leader's or spokesman's full name that a sides file lists among a polity's forms, after a title or an
  office ("Government spokesman Redwan Hussien"), is that person, for the polity; a polity's adjective and an
  office's noun listed as a form ("Ethiopian army") is that body, not the polity's government;
- republic: a body "of the Republic of X" (a state's long name ending in its name) is X's;
- home: a state news agency the gazetteer ties to its state is that state's outlet: the offices it names without a
  polity ("..., the Ministry of Defense said") are its own state's, whichever other parties the sentence names.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from chronik.extract.data import ExtractData, load_files
from chronik.extract.text import normalize
from tests.attribution_cases import war_cases, wars_fixture
from tests.test_attribution_wars import who_and_side

WARS = {"tigray": ("""
    defaults: replace
    sides:
      federal: the Ethiopian federal government and army
      tigrayan: the Tigray regional government and its forces
      third-party: other states
      independent: the outlet, NGOs, residents
    narrative: independent
    polities:
      - {name: Ethiopia, side: federal, adjective: Ethiopian, government: Government of Ethiopia,
         forms: [Ethiopia, Ethiopian, Addis Ababa, Ethiopian army, Federal Democratic Republic of Ethiopia,
                 Redwan Hussien]}
      - {name: Tigray, side: tigrayan, adjective: Tigrayan, government: Tigray regional government,
         forms: [Tigray, Tigrayan, TPLF, Tigray Defense Forces, Getachew Reda]}
""", """
    defaults: replace
    people:
      - {name: Abiy Ahmed, polity: Ethiopia}
    bodies:
      - {name: Fana Broadcasting Corporate, polity: Ethiopia, aliases: [Fana, FBC]}
    places:
      - {name: Shire}
      - {name: Alamata}
      - {name: Mekelle}
""")}

wars = wars_fixture(WARS)


test_a_state_agency_dateline = war_cases("tigray", [
    ("Addis Ababa, November 5, ENA The Ministry of Defense of the Federal Democratic Republic of Ethiopia has "
     "informed that federal troops took Shire.", "Ethiopian Defense Ministry", "federal"),
    ("Addis Ababa, 4 November, FBC Prime Minister Abiy Ahmed has addressed the nation on the operation in Tigray.",
     "Abiy Ahmed", "federal"),
])

test_a_leader_addressing_the_nation = war_cases("tigray", [
    ("Prime Minister Abiy Ahmed addressed the nation on Tuesday evening.", "Abiy Ahmed", "federal"),
])

test_a_holder_named_among_the_forms = war_cases("tigray", [
    ("Government spokesman Redwan Hussien said the army would not enter Mekelle.", "Redwan Hussien", "federal"),
    ("TPLF spokesman Getachew Reda said Tigrayan forces had retaken Alamata.", "Getachew Reda", "tigrayan"),
    ("The Ethiopian army said it had taken Shire.", "Ethiopian army", "federal"),
    # controls: the government and a body named in full stay as they were
    ("The Ethiopian government said it had taken Shire.", "Government of Ethiopia", "federal"),
    ("The Tigray Defense Forces said they had taken Shire.", "Tigray Defense Forces", "tigrayan"),
])


@pytest.fixture(scope="module")
def karabakh() -> ExtractData:
    return load_files()


@pytest.mark.parametrize(("text", "who", "side"), [
    ("The Security Council of the Republic of Armenia said the border was calm.",
     "Security Council of the Republic of Armenia", "armenian"),
    ("The Investigative Committee of the Republic of Armenia said two soldiers were detained.",
     "Investigative Committee of the Republic of Armenia", "armenian"),
])
def test_a_body_of_a_states_long_name(karabakh, text, who, side):
    assert who_and_side(karabakh, text) == (who, side)


@pytest.mark.parametrize(("publisher", "text", "who", "side"), [
    ("Fana Broadcasting Corporate", "TPLF forces shelled Alamata overnight, the Ministry of Defense said.",
     "Ethiopian Defense Ministry", "federal"),
    ("FBC", "TPLF forces shelled Alamata overnight, the Ministry of Defense said.",
     "Ethiopian Defense Ministry", "federal"),
    # an outlet the gazetteer does not tie to a state has no home: the office is the party the sentence names
    ("The Horn Observer", "TPLF forces shelled Alamata overnight, the Ministry of Defense said.",
     "Tigrayan Defense Ministry", "tigrayan"),
])
def test_a_state_agencys_own_country(wars, publisher, text, who, side):
    data = wars["tigray"]
    found = data.attributor.attribute(normalize(text), None, data.attributor.home(publisher))
    assert (found.who, found.side) == (who, side)


test_a_transcripts_turn = war_cases("tigray", [
    # a person's label: they say what follows
    ("GETACHEW REDA: Our forces have retaken Alamata and are moving south.", "Getachew Reda", "tigrayan"),
    ("BILLENE SEYOUM: Good morning. The operation in Tigray is in its final phase.", "Billene Seyoum", None),
    # ranks abbreviated before the name are no part of it
    ("MAJ. GEN. TESFAYE: Good morning. The operation in Tigray is in its final phase.", "Tesfaye", None),
    # a correspondent's turn that relays a source: the source says it
    ("HAILU TESFAYE: Governor Abebe Kebede said last night that Alamata was shelled again.", "Abebe Kebede", None),
    ("HAILU TESFAYE: Officials said last night that Alamata was shelled again.", None, None),
    # a role's label names no one
    ("QUESTION: Is the army moving on Mekelle?", None, "independent"),
    ("HOST: We start in Mekelle, where the airport was closed this morning.", None, "independent"),
    ("UNIDENTIFIED MALE: The shelling started at dawn.", None, "independent"),
])


test_how_words_reached_the_outlet = war_cases("tigray", [
    # "by phone" after the verb says how the words came, not who spoke them (as "reported by X" does)
    ("A resident of Alamata, Hailu Gebre, said by phone that heavy gunfire was heard.", "Hailu Gebre", "independent"),
    ("A nurse in Shire said by telephone that the hospital had run out of fuel.", "nurses in Shire", "independent"),
    ("The shelling was reported by residents.", "residents", "independent"),
])
