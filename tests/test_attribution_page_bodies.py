"""Who speaks: bodies a page named before, and names with what stands before them.

- a body called by its collective noun: "the alliance said" on a page that named one party's "Northern Alliance"
  before (in an earlier update or earlier in the same one) is that alliance; "the information team added" the
  "Information Team of the Defence Council". Two bodies of different sides with that noun make it no one's, and the
  noun alone names nothing on a page that named no such body.
- a body's own name after an owner in lower case ("the army's Media Team said"): the body.
- a rank written with a hyphen ("Maj-Gen Aung Kyaw") is a title, not a word of the name.
- a possessive determiner opens no name ("Its Athens-based manager told ...").
- a group named by its kind and a body's noun ("the Sudanese Teachers Committee") is named whole, not by the noun.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from chronik.segment.prose import same_person
from tests.attribution_cases import page_of, wars_fixture

WARS = {"north": ("""
    defaults: replace
    sides:
      council: the Defence Council's government and army
      alliance: the Northern Alliance and its brigades
      third-party: other states
      independent: the outlet, NGOs, residents
    narrative: independent
    polities:
      - {name: Ruritania, side: council, adjective: Ruritanian, government: Defence Council,
         forms: [Ruritania, Ruritanian, Defence Council, Information Team of the Defence Council, Media Team,
                 Southern Front]}
      - {name: Northern Alliance, side: alliance, adjective: Alliance, government: null,
         forms: [Northern Alliance, Highland Front, Eastern Front]}
""", """
    defaults: replace
    places:
      - {name: Lashka}
""")}

wars = wars_fixture(WARS)


def page(data, texts: list[str]) -> list[tuple[str | None, str | None]]:
    """Who claims each of ``texts`` and for which side, as the updates of one outlet's page in page order."""
    return page_of(data, "Example News", texts)


def test_the_alliance_is_the_one_named_before(wars):
    assert page(wars["north"], [
        "The Northern Alliance launched an offensive on Lashka early on Friday.",
        "The alliance said it had seized two bases on the road to Lashka.",
    ])[1] == ("Northern Alliance", "alliance")


def test_in_the_same_update(wars):
    assert page(wars["north"], [
        "Fighters of the Northern Alliance entered Lashka. In a statement, the alliance said the town was calm.",
    ])[0] == ("Northern Alliance", "alliance")


def test_the_words_before_the_noun_are_in_the_name(wars):
    found = page(wars["north"], [
        "Attacks near Lashka were repelled, according to the Information Team of the Defence Council.",
        "The insurgents destroyed two bridges, the information team added.",
        "Three villages were shelled, the media team said.",  # no "media" in the team's name
    ])
    assert found[1] == ("Information Team of the Defence Council", "council")
    assert found[2] != ("Information Team of the Defence Council", "council")


@pytest.mark.parametrize("texts", [
    # two fronts of different sides: "the front" is no one's
    ["The Highland Front attacked Lashka.", "The Southern Front counter-attacked.", "The front said it held the town."],
    # no front named before
    ["Fighting continued near Lashka on Friday.", "The front said it held the town."],
])
def test_no_body_by_its_noun_alone(wars, texts):
    who, _ = page(wars["north"], texts)[-1]
    assert who is None or "Front" not in who


@pytest.mark.parametrize("texts", [
    ["The Highland Front attacked Lashka.", "The Eastern Front joined the attack.", "The front said it held the town."],
])
def test_two_bodies_of_one_side_keep_their_side(wars, texts):
    assert page(wars["north"], texts)[-1][1] == "alliance"


def test_a_body_named_after_a_generic_owner(wars):
    assert page(wars["north"], ["The army's Media Team said the attacks had been repulsed."])[0] == (
        "Media Team", "council")


@pytest.mark.parametrize(("text", "who"), [
    ("Maj-Gen Aung Kyaw told a press conference in Lashka that the town was calm.", "Aung Kyaw"),
    ("Lt-Col Min Thu said the base had fallen.", "Min Thu"),
])
def test_a_hyphenated_rank_is_no_word_of_the_name(wars, text, who):
    assert page(wars["north"], [text])[0][0] == who


def test_a_possessive_opens_no_name(wars):
    who, _ = page(wars["north"], ["Its Athens-based manager told Example News that the crew was safe."])[0]
    assert who is None or not who.startswith("Its")


def test_a_hyphenated_rank_before_a_surname_continues_the_story():
    assert same_person("Maj-Gen Thura said the town was calm.", "Spokesman Maj-Gen Aung Thura spoke on Friday.")


@pytest.mark.parametrize("text", [
    "Teachers went on strike in Lashka on Saturday, the Ruritanian Teachers Committee announced.",
    "The Lashka Doctors Union said three hospitals had closed.",
])
def test_a_group_named_by_its_kind_and_a_body_noun_is_named_whole(wars, text):
    who, side = page(wars["north"], [text])[0]
    assert side == "independent" and who is not None and len(who.split()) >= 3


def test_a_unit_of_the_pages_one_army(wars):
    found = page(wars["north"], [
        "Fighting between the Ruritanian army and the Highland Front went on near Lashka on Friday.",
        "The army's 6th Infantry Division said its drones had struck a convoy on the outskirts of the city.",
    ])
    assert found[1] == ("6th Infantry Division", "council")


def test_a_unit_of_no_known_army_has_no_side(wars):
    _, side = page(wars["north"], ["The army's 6th Infantry Division said its drones had struck a convoy."])[0]
    assert side not in ("council", "alliance")  # no army named before, no national outlet: no party's


@pytest.mark.parametrize("title", ["WARNING 021/JAN/2024 - ATTACK", "NOTICE 044/MAR/2023 - SUSPICIOUS APPROACH"])
def test_a_notices_kind_in_capitals_after_a_dash_is_no_speaker(wars, title):
    found = wars["north"].attributor.attribute(
        "A merchant vessel reported an explosion 40NM west of Lashka.", title, wars["north"].sides.polity("Ruritania"))
    assert found.who is None or not found.who.isupper()
