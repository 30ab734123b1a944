"""Attribution cases met on the blind set ZZZZZO (Afghanistan 2001), on text written for these tests:

- a party's commanders together ("Azerbaijani commanders say ...", "Armenian field commanders said") speak for its
  forces, named as such; commanders of no party named ("The two commanders announced ...") name no one: unnamed, as
  "officials" are (a guard: the rule before named no one either);
- "the government said" after a claim naming an armed group and a state ("... an attack by insurgents on the northern
  Mozambican town of Palma, the government said") is the state's government: the armed group has none;
- an office's common name a sides file lists as one state's form ("defence ministry" for Mozambique) is another
  state's office after that state's adjective: "the Portuguese defence ministry said" is Portugal's ministry; after
  its own state's adjective it is that state's ministry, not its government ("the Mozambican defence ministry");
- people described by how the outlet reached them ("residents reached by telephone said", "witnesses contacted by
  telephone", "two Azerbaijani officials reached by phone") are those people;
- a ministry no office lists, named by its state's adjective and its domain ("the Armenian Ministry of Public
  Health"), is that ministry, as "Armenia's Ministry of ..." and "the Armenian Health Ministry" were, not the
  state's government;
- a briefer a transcript's header names ("Press Conference by NATO Spokesman, Jamie Shea ...") speaks for the body
  whose page it is, whatever side the answer's words name ("JAMIE SHEA: ... Armenian forces shelled the town.");
- a party's stand in a court's or a body's record ("Armenia, for its part, asserts that ...", "Azerbaijan maintains
  that ...", "contends that ...") is that party's claim; "maintains" a garrison is no claim (a guard);
- a body named in full with its acronym in brackets, the full name unknown, the acronym a party's form ("the
  Defence and Security Forces of Mozambique (FDS) said"), is known by its acronym;
- a party with no government of its own, named by another proper name its sides file lists ("the Coast Caliphate
  claimed"), speaks by that name: a group of it; not by a plural of its members ("the Shabaabs said", a guard);
- on a humanitarian body's report (OCHA's), an item telling what another body of no party did ("On 27 October, WFP
  began distributing food ...", "UNICEF and partners are trucking water ...") is that body's account of its work,
  not the report's own voice;
- a surname alone (`Kabbah said ...`, `President Kabbah said ...`) after the page named the person in full ("President
  Ahmad Tejan Kabbah") is that person, named in full, and a title before the surname still makes them an official.
"""

from __future__ import annotations

import pytest
from attribution_cases import annotated, annotated_briefing, labelled_cases, page_of, wars_fixture

_INSURGENCY = """
    defaults: extend
    sides:
      government: the Government of Mozambique and the forces fighting with it
      insurgents: the insurgents of Cabo Delgado
    polities:
      - {name: Mozambique, side: government, adjective: Mozambican, government: Government of Mozambique,
         forms: [Mozambique, Mozambican, FDS, defence ministry]}
      - {name: Rwanda, side: government, adjective: Rwandan, government: Government of Rwanda, forms: [Rwanda, Rwandan]}
      - {name: Cabo Delgado insurgents, side: insurgents, adjective: insurgent, government: null,
         forms: [insurgents, Ahlu Sunnah Wal Jama'a, Coast Caliphate, Shabaabs]}
"""

wars = wars_fixture({"mozambique": (_INSURGENCY, "")}, default=True)


# who speaks in an update's text, as an outlet's page tells it
test_who_speaks = labelled_cases([
    ("a party's commanders", "karabakh-default",
     "Azerbaijani commanders say their units have taken the heights above Hadrut after a night of fighting.",
     "Azerbaijani commanders", "azerbaijani"),
    ("a party's commanders", "karabakh-default",
     "Armenian field commanders said the road to Lachin was still open to civilian traffic.",
     "Armenian commanders", "armenian"),
    ("a party's commanders", "karabakh-default",
     "Artillery pounded the ridge for a third day. Azerbaijani commanders say the defenders have pulled back.",
     "Azerbaijani commanders", "azerbaijani"),
    ("the government of a state", "mozambique",
     "Dozens of people were killed in an attack by insurgents on the northern Mozambican town of Palma, the government "
     "said on Sunday.", "Government of Mozambique", "government"),
    ("the government of a state", "mozambique",
     "Insurgents of Ahlu Sunnah Wal Jama'a ambushed a convoy near Mozambique's border with Tanzania, the government "
     "said.", "Government of Mozambique", "government"),
    ("an office after a state's adjective", "mozambique",
     "Portugal will send 60 soldiers to help train the army, the Portuguese defence ministry said on Monday.",
     "Portuguese Defense Ministry", "third-party"),
    ("an office after a state's adjective", "mozambique",
     "Troops retook the port of Mocimboa da Praia, the Mozambican defence ministry said on Sunday.",
     "Mozambican Defense Ministry", "government"),
    ("people reached", "karabakh-default",
     "In Stepanakert, residents reached by telephone said strikes late Sunday hit the market.", "residents",
     "independent"),
    ("people reached", "karabakh-default",
     "Witnesses contacted by telephone said the bridge over the Hakari had been destroyed.", "witnesses",
     "independent"),
    ("people reached", "karabakh-default",
     "Two Azerbaijani officials reached by phone said the talks had stalled.", "Azerbaijani officials", "azerbaijani"),
    ("a ministry by adjective and domain", "karabakh-default",
     "The Armenian Ministry of Public Health said 46 people had been wounded in the shelling of Martuni.",
     "Armenian Ministry of Public Health", "armenian"),
    ("a ministry by adjective and domain", "karabakh-default",
     "The Azerbaijani Ministry of Culture said the museum in Shusha had been looted.",
     "Azerbaijani Ministry of Culture", "azerbaijani"),
    ("a group by its own name", "mozambique",
     "The Coast Caliphate claimed the attack through its news agency, saying it had taken the town.",
     "Coast Caliphate", "insurgents"),
    ("a group by its own name", "mozambique", "The Shabaabs said they had taken the town.",
     "Cabo Delgado insurgents", "insurgents"),
])


def test_commanders_of_no_party_named_are_no_one(wars):
    text = "The two commanders announced that the withdrawal had been completed and the talks would resume."
    assert annotated(wars["karabakh-default"], "Example News", text)[0] is None


@pytest.mark.parametrize(("publisher", "text", "briefers", "expected"), [
    ("NATO", "JAMIE SHEA: Our aircraft struck two bridges last night. Armenian forces shelled the town.",
     {"shea": "Jamie Shea"}, ("Jamie Shea", "third-party")),
    ("OSCE", "JOHN DOE: The monitors saw Azerbaijani armour moving towards Hadrut on Tuesday.", {"doe": "John Doe"},
     ("John Doe", "third-party")),
])
def test_a_briefer_the_header_names_speaks_for_the_pages_body(wars, publisher, text, briefers, expected):
    assert annotated_briefing(wars["karabakh-default"], publisher, text, briefers) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("18. Armenia, for its part, asserts that a dispute exists between the Parties.",
     ("Government of Armenia", "armenian")),
    ("17. In its Document, Azerbaijan maintains that the Court lacks jurisdiction.",
     ("Government of Azerbaijan", "azerbaijani")),
    ("Azerbaijan contends that the convention does not apply.", ("Government of Azerbaijan", "azerbaijani")),
])
def test_a_partys_stand_in_a_record_is_its_claim(wars, text, expected):
    assert annotated(wars["karabakh-default"], "International Court of Justice", text) == expected


def test_maintaining_a_garrison_is_no_claim(wars):
    text = "Armenia maintains a garrison of 2,000 troops in the region."
    assert annotated(wars["karabakh-default"], "Example News", text)[0] != "Government of Armenia"


def test_a_body_unknown_in_full_is_known_by_its_acronym_in_brackets(wars):
    text = "The Defence and Security Forces of the Republic (FDS) said they had retaken the port on Sunday."
    who, side = annotated(wars["mozambique"], "Example News", text)
    assert side == "government" and who is not None and "FDS" in who


@pytest.mark.parametrize(("text", "who"), [
    ("On 27 October, WFP began distributing ready-to-eat food to newly displaced families in Goris.",
     "World Food Programme – WFP"),
    ("UNICEF and partners are trucking water to gathering sites and have deployed mobile health teams.", "UNICEF"),
    ("• Between 8 and 14 April, the World Food Programme (WFP) distributed food to 18,000 displaced people.",
     "World Food Programme – WFP"),
])
def test_a_partner_bodys_work_in_a_humanitarian_report_is_its_account(wars, text, who):
    found, side = annotated(wars["karabakh-default"], "UN OCHA", text)
    assert side == "third-party" and found is not None and set(found.split(" – ")) == set(who.split(" – "))


def test_a_surname_alone_is_the_person_the_page_named_in_full(wars):
    found = page_of(wars["karabakh-default"], "Example News", [
        "Mr Spencer said President Ahmad Tejan Kabbah was safe and in full control of the government.",
        "Kabbah said he would accept a ceasefire if the rebels withdrew from the capital.",
        "On Thursday President Kabbah said the talks would resume in Lome.",
    ])
    assert found[1][0] == "Ahmad Tejan Kabbah"
    assert found[2] == ("Ahmad Tejan Kabbah", "third-party")
