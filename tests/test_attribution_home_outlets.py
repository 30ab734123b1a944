"""National outlets the packaged gazetteer knows tell their home country, whose offices their stories name without
the country ("the Defense Ministry said" in Hürriyet Daily News is Turkey's), while they speak for no side themselves.
The outlets are real; the sentences are written for these tests."""

from __future__ import annotations

import pytest

from chronik.extract.data import load_files
from chronik.extract.text import normalize
from tests.conftest import write

SIDES = """
    defaults: extend
    sides:
      turkish: Türkiye's government and armed forces
      pkk: the PKK
    polities:
      - {name: Turkey, side: turkish, adjective: Turkish, government: Government of Turkey,
         forms: [Turkey, Türkiye, Turkish, Ankara]}
      - {name: PKK, side: pkk, adjective: PKK, government: null, forms: [PKK, HPG]}
"""


@pytest.fixture(scope="module")
def attributor(tmp_path_factory):
    return load_files(write(tmp_path_factory.mktemp("home") / "sides.yaml", SIDES)).attributor


@pytest.mark.parametrize(("publisher", "home"), [
    ("Hürriyet Daily News", "Turkey"), ("Daily Sabah", "Turkey"), ("Kyiv Post", "Ukraine"),
    ("The Times of Israel", "Israel"), ("Azernews", "Azerbaijan"), ("Addis Standard", "Ethiopia"),
])
def test_a_known_national_outlet_tells_its_home_country(attributor, publisher, home):
    found = attributor.home(publisher)
    assert found is not None and found.name == home


def test_an_outlet_of_no_country_has_no_home(attributor):
    assert attributor.home("Reuters") is None


@pytest.mark.parametrize(("text", "who", "side"), [
    # a ranked officer named without a polity in a national outlet: an officer of its own country's forces
    ("Colonel Ayse Demir said on Friday that two drones had been shot down near the border.", "Ayse Demir", "turkish"),
    ("Air Marshal Kemal Arslan told reporters the strikes had hit four PKK depots.", "Kemal Arslan", "turkish"),
    ("Lt Gen Murat Kaya said the operation would go on.", "Murat Kaya", "turkish"),
    # a military's media wing, as an office of the outlet's country
    ("The military's media wing said two drones had been shot down near the border.", "military's media wing",
     "turkish"),
    # ... not one whose side the text names
    ("PKK commander Colonel Zagros Amed said the group had downed a drone.", "Zagros Amed", "pkk"),
])
def test_a_ranked_officer_is_of_the_outlets_country(attributor, text, who, side):
    found = attributor.attribute(normalize(text), None, attributor.home("Daily Sabah"))
    assert (found.who, found.side) == (who, side)


def test_a_ranked_officer_in_an_outlet_of_no_country_has_no_side(attributor):
    text = "Colonel Ayse Demir said on Friday that two drones had been shot down near the border."
    assert attributor.attribute(normalize(text), None, attributor.home("Reuters")).side is None
