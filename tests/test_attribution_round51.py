"""Who speaks, round 51: a person the page introduced before, named again by one name alone in a later update.

A timeline or an article introduces a speaker once with the words that place them ("Somali Defence Minister
Abdulkadir Nur said ...") and later names them by a name alone ("Nur told reporters ..."): across the updates of one
page the speaker keeps the side learnt first (extract/page_people.py). Another page, a name two people share, or a
person of the outlet's own voice (a resident it quotes) recalls no one.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from chronik.extract import annotate
from chronik.extract.data import ExtractData
from chronik.model import Update
from tests.attribution_cases import wars_fixture
from tests.test_attribution_round8 import WARS

wars = wars_fixture(WARS)


def _attributed(data: ExtractData, page: str, texts: list[str]) -> list[tuple[str | None, str | None]]:
    """The claimant and side of each update of ``page``, attributed in order as the pipeline does."""
    out = []
    for text in texts:
        update = Update(page, [1], text)
        annotate(update, None, data)
        out.append((update.attribution.who, update.attribution.side))
    return out


def test_a_surname_alone_keeps_the_side_the_page_gave_its_person(wars):
    found = _attributed(wars["somalia"], "timeline-a", [
        "3 May - Somali Defence Minister Abdulkadir Nur said the army had retaken two villages near Baidoa.",
        "4 May - Shelling continued overnight around Kismayo.",
        "5 May - Nur told reporters that 30 al-Shabaab fighters had been killed in the operation.",
    ])
    assert found[2] == ("Abdulkadir Nur", "somali")


def test_a_given_name_alone_recalls_the_person_too(wars):
    found = _attributed(wars["somalia"], "article-b", [
        "Al-Shabaab spokesman Ali Dheere said the group had shot down a helicopter near Baidoa.",
        "Ali later said in a radio address that the attacks would go on.",
    ])
    assert found[1] == ("Ali Dheere", "shabaab")


def test_another_page_recalls_no_one(wars):
    _attributed(wars["somalia"], "page-c", [
        "Kenyan Foreign Minister Musalia Mudavadi said talks on the border would resume in June."])
    found = _attributed(wars["somalia"], "page-d", ["Mudavadi said the crossing at Mandera would stay closed."])
    assert found[0][1] is None


def test_a_name_two_people_share_recalls_neither(wars):
    found = _attributed(wars["somalia"], "page-e", [
        "Somali army commander Mohamed Hassan said the base at Baidoa had been reinforced.",
        "Al-Shabaab commander Yusuf Hassan said the group's fighters had entered Kismayo.",
        "Hassan said the fighting had stopped by nightfall.",
    ])
    assert found[2][1] is None


def test_a_person_of_the_outlets_own_voice_is_not_recalled_for_a_party(wars):
    found = _attributed(wars["somalia"], "page-f", [
        "Amina Farah, a resident of Baidoa, said she heard explosions all night.",
        "Farah said the market had reopened by noon.",
    ])
    assert found[1][1] != "somali" and found[1][1] != "shabaab"


def test_an_army_named_by_no_polity_is_the_one_army_the_page_named_before(wars):
    found = _attributed(wars["somalia"], "timeline-g", [
        "2 May - Fighting between the Somali National Army and al-Shabaab spreads to the outskirts of Baidoa.",
        "3 May - Aid convoys are held up on the road to Kismayo.",
        "4 May - The army says it has retaken the bridge north of Baidoa.",
    ])
    assert found[2][1] == "somali"


def test_an_army_named_by_no_polity_stays_no_ones_where_the_page_named_two_sides_armies(wars):
    found = _attributed(wars["somalia"], "timeline-h", [
        "2 May - Somali troops and Kenyan troops shelled al-Shabaab positions near Kismayo.",
        "4 May - The army says it has retaken the bridge north of Baidoa.",
    ])
    assert found[1][1] is None
