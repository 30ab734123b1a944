"""Who speaks, eighty-second round: names as Somali and other news pages write them.

- an honorific inside a name, between two names ("Sharif Sheikh Ahmed", "Hassan Sheikh Mohamud"), is a word of the
  name; before it ("Sheikh Sharif") it stays a title;
- a person named again by a courtesy title and one name ("Mr Gedi", "Sheikh Sharif") is the one the page named in
  full before ("Prime Minister Ali Mohamed Gedi"), even when the page gave them no side;
- a time a sentence opens with, no comma after it ("Late in the evening Sheikh Sharif tells ...", "Later that day
  the minister said ...") is no part of its subject;
- a UN body's news service or its office for a place ("UN News Centre", "UN OCHA occupied Palestinian territory")
  publishes in the body's own voice: what it tells in no one's words is the UN's, third-party; a name that only
  holds the body's name otherwise ("United Nations Archives and Records Management Section") is no such service;
- where or when the speaker spoke, between commas before the verb ("Mr. Roe, in a speech that drew murmurs from
  several delegations, said ..."), is no clause of its own: the speaker is the name before it.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, page_of, wars_fixture

wars = wars_fixture({"somalia": ("""
    defaults: extend
    sides:
      government: the Federal Government of Somalia and its forces
      shabaab: al-Shabaab
    polities:
      - {name: Somalia, side: government, adjective: Somali, government: Federal Government of Somalia,
         forms: [Villa Somalia]}
      - {name: al-Shabaab, side: shabaab, adjective: Shabaab, government: null, forms: [Shabaab, Harakat al-Shabaab]}
""", "\n    defaults: extend\n    places:\n      - {name: Mogadishu}\n      - {name: Kismayo}\n")})


@pytest.mark.parametrize(("text", "who"), [
    ("Somali President Hassan Sheikh Mohamud said on Monday that the offensive would go on.", "Hassan Sheikh Mohamud"),
    ("Shabaab leader Sheikh Ahmed Diriye Sheikh Ali says the group will fight on.", "Ahmed Diriye Sheikh Ali"),
])
def test_an_honorific_between_two_names_is_part_of_the_name(wars, text, who):
    assert annotated(wars["somalia"], "Radio desk", text)[0] == who


def test_a_courtesy_title_and_one_name_recall_the_person_named_in_full(wars):
    found = page_of(wars["somalia"], "Radio desk", [
        "Prime Minister Omar Abdirashid Sharmarke, speaking in Kismayo, says the port is under government control.",
        "Mr Sharmarke says the fighting is over and gives the militia three days to hand in their weapons.",
    ])
    assert found[1][0] == "Omar Abdirashid Sharmarke"


@pytest.mark.parametrize("opening", ["Late in the evening", "Early in the morning", "Later that night",
                                     "That afternoon", "Later that day", "On Sunday"])
def test_a_time_opening_a_sentence_without_a_comma_is_no_part_of_its_subject(wars, opening):
    found = page_of(wars["somalia"], "Radio desk", [
        "Shabaab leader Ahmed Umar Diriye says the group will fight on in Mogadishu.",
        f"{opening} Mr Diriye tells reporters in Mogadishu that the fighters are leaving the city.",
    ])
    assert found[1][0] == "Ahmed Umar Diriye"


def test_the_occasion_between_commas_is_no_clause_of_its_own(wars):
    text = ("Mr. Sharmarke, in a speech that drew murmurs from several African delegations, said Somalia had come to "
            "New York \"as a partner in peace, not as a defeated party,\" and warned that Mogadishu would hold Kenya "
            "to \"every letter\" of the timetable.")
    assert annotated(wars["somalia"], "Radio desk", text)[0] == "Mr. Sharmarke"


@pytest.mark.parametrize("publisher", ["UN News Centre", "UN News", "UN OCHA occupied Palestinian territory"])
def test_a_bodys_news_service_speaks_in_its_voice(wars, publisher):
    text = "United Nations peacekeepers today stepped up patrols in Mogadishu after a night of clashes."
    assert annotated(wars["somalia"], publisher, text)[1] == "third-party"


def test_a_bodys_archive_is_no_news_service(wars):
    assert wars["somalia"].attributor.body("United Nations Archives and Records Management Section") is None
