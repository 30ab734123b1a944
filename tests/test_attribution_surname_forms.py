"""A leader's surname among a polity's forms: a sides file may list the surnames of a party's leaders with its forms
("Vostran" for Ruritania), so that "Vostran said" counts for the party's side. When the page has named that person in
full ("President Ilya Vostran said ...", in an earlier update or in the same one), the surname alone is that person,
not the party's government; a form the page never wrote after a given name (another spelling of the party's name)
stays the party's, unless the sides file lists the full name too ("Karl Brandt" beside "Brandt"). And a group of
people a party sent ("Observers from the Northern Front") speaks for the party.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import wars_fixture
from tests.test_attribution_page_bodies import page

WARS = {"ruritania": ("""
    defaults: replace
    sides:
      ruritanian: Ruritania's government, president and army
      northern: the Northern Front
      third-party: other states
      independent: the outlet, NGOs, residents
    narrative: independent
    polities:
      - {name: Ruritania, side: ruritanian, adjective: Ruritanian, government: Government of Ruritania,
         forms: [Ruritania, Ruritanian, Strelsau, Vostran, Kessler]}
      - {name: Northern Front, side: northern, adjective: Northern Front, government: null,
         forms: [Northern Front, Nordfront, Marek, Brandt, Karl Brandt]}
""", """
    defaults: replace
    places:
      - {name: Lashka}
""")}

wars = wars_fixture(WARS)


def test_the_surname_is_the_person_the_page_named_before(wars):
    found = page(wars["ruritania"], [
        "President Ilya Vostran said the army would not withdraw from Lashka.",
        "Vostran said on Sunday that talks could resume next week.",
    ])
    assert found[1] == ("Ilya Vostran", "ruritanian")


def test_named_in_full_in_the_same_update(wars):
    found = page(wars["ruritania"], [
        "Defence Minister Anton Kessler visited the front line near Lashka. Kessler said the line was holding.",
    ])
    assert found[0] == ("Anton Kessler", "ruritanian")


def test_a_form_the_page_never_wrote_in_full_stays_the_partys(wars):
    found = page(wars["ruritania"], [
        "Vostran said on Sunday that talks could resume next week.",  # no given name on the page
        "Nordfront said its fighters had entered Lashka.",  # another spelling of the party's name
    ])
    assert found[0] == ("Government of Ruritania", "ruritanian")
    assert found[1][1] == "northern" and found[1][0] != "Nordfront Nordfront"


def test_a_leader_of_a_party_with_no_government(wars):
    found = page(wars["ruritania"], [
        "Jan Marek, the Northern Front's commander, said his fighters held the bridge.",
        "Marek said the bridge was still in the front's hands.",
    ])
    assert found[1] == ("Jan Marek", "northern")


def test_monitors_from_a_party_speak_for_it(wars):
    """A group the lexicon tells of no party ("monitors", "observers"), sent by a party the sides file names: the
    party's; from a place, still the group's."""
    found = page(wars["ruritania"], [
        "Observers from the Northern Front said the bridge was still standing.",
        "Monitors from Lashka said the bridge was still standing.",
    ])
    assert found[0][1] == "northern"
    assert found[1] == ("monitors from Lashka", "independent")


def test_a_surname_the_sides_file_lists_in_full_too(wars):
    found = page(wars["ruritania"], [
        "Brandt said his fighters would hold the bridge.",  # the page never names him in full
        "Brandt: We will not give up the bridge",  # a news list's line, its speaker before a colon
    ])
    assert found == [("Karl Brandt", "northern")] * 2
