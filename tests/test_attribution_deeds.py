"""An official deed that opens an update ("President X dismissed the army chief", "the Council of Ministers declared a
state of emergency", "Minister Y met Z") is sourced to the person, office or body that does it, when no one reports
it; a country's deed ("Ethiopia announced a mobilization", "Ecuador breaks off relations") is its government's, as
the blind golds of six sets have it; a bare title ("The President signed ...") names no one, which leaves the page's
own voice to speak. Written for these tests on the Tigray war
and the war in Sudan."""

from __future__ import annotations

import pytest

from chronik.extract.data import load_files
from chronik.extract.text import normalize
from tests.conftest import write

SIDES = """
    defaults: extend
    sides:
      federal: Ethiopian federal government
      tplf: TPLF
      saf: Sudanese Armed Forces
    polities:
      - {name: Ethiopia, side: federal, adjective: Ethiopian, government: Federal Government of Ethiopia,
         forms: [Ethiopia, Ethiopian, Addis Ababa, Abiy Ahmed]}
      - {name: Tigray, side: tplf, adjective: Tigrayan, government: Tigray regional government,
         forms: [Tigray, Tigrayan, Mekelle, Debretsion Gebremichael]}
      - {name: Sudan, side: saf, adjective: Sudanese, government: Sovereign Council,
         forms: [Sudan, Sudanese, Port Sudan, Abdel Fattah al-Burhan]}
"""


@pytest.fixture(scope="module")
def attributor(tmp_path_factory):
    return load_files(write(tmp_path_factory.mktemp("deeds") / "sides.yaml", SIDES)).attributor


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Prime Minister Abiy Ahmed dismissed the army chief of staff and appointed a new head of the intelligence "
     "service.", "Abiy Ahmed", "federal"),
    ("Abdel Fattah al-Burhan signed a decree dissolving the transitional parliament on Thursday.",
     "Abdel Fattah al-Burhan", "saf"),
    ("Ethiopia's Council of Ministers declared a six-month state of emergency in Tigray.",
     "Ethiopian Council of Ministers", "federal"),
    ("Debretsion Gebremichael declares a general mobilisation across Tigray.", "Debretsion Gebremichael", "tplf"),
])
def test_an_official_deed_is_its_doers(attributor, text, who, side):
    found = attributor.attribute(normalize(text))
    assert (found.who, found.side) == (who, side)


@pytest.mark.parametrize("text", [
    "Ethiopia announced a general mobilization on Wednesday.",
    "Ethiopia breaks off diplomatic relations with the regional bloc.",
])
def test_a_countrys_deed_is_its_governments(attributor, text):
    found = attributor.attribute(normalize(text))
    assert (found.who, found.side) == ("Federal Government of Ethiopia", "federal")


def test_a_bare_titles_deed_names_no_one(attributor):
    assert attributor.attribute(normalize("The President signed the decree late on Friday.")).who is None


def test_a_reporter_of_the_deed_speaks_before_its_doer(attributor):
    found = attributor.attribute(normalize(
        "Abiy Ahmed dismissed the army chief of staff, the state broadcaster EBC reported."))
    assert found.who != "Abiy Ahmed"


def test_a_deed_later_in_the_update_sources_nothing(attributor):
    found = attributor.attribute(normalize(
        "Shelling hit the outskirts of Mekelle overnight. Abiy Ahmed later dismissed the army chief of staff."))
    assert found.who is None


def test_a_deed_recalled_in_a_relative_clause_sources_nothing(attributor):
    found = attributor.attribute(normalize(
        "The talks in Mekelle were led by Getachew Reda, whom Abiy Ahmed appointed in March to head the interim "
        "administration."))
    assert found.who != "Abiy Ahmed"
