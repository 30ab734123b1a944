"""The gazetteer: canonical names, aliases both ways, whole-word case-aware matching, one scan."""

from __future__ import annotations

import time

import pytest

from chronik.extract.data import load_files
from chronik.extract.gazetteer import Gazetteer, Name, spelling_variants, surname
from chronik.extract.matcher import PhraseMatcher


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_files().gazetteer


def names(gazetteer: Gazetteer, text: str) -> list[str]:
    return [m.entry.name if m.entry else f"?{m.text}" for m in gazetteer.find(text)]


@pytest.mark.parametrize(("alias", "canonical"), [
    ("Stepanakert", "Stepanakert"), ("Khankendi", "Stepanakert"), ("Khankandi", "Stepanakert"),
    ("Shushi", "Shusha"), ("Terter", "Tartar"), ("Aghjabedi", "Aghjabadi"), ("Aghdam", "Agdam"),
    ("Fuzuli", "Fizuli"), ("Jebrayil", "Jabrayil"), ("Jrakan", "Jabrayil"), ("Zengilan", "Zangilan"),
    ("Yevlakh", "Yevlax"), ("Kalbajar", "Karvachar"), ("Khojavend", "Martuni"), ("Kubatly", "Gubadli"),
    ("Aghdara", "Martakert"), ("Khojaly", "Askeran"), ("Pashinian", "Nikol Pashinyan"),
    ("Pashiyan", "Nikol Pashinyan"), ("Haruyunyan", "Arayik Harutyunyan"), ("Shahramanian", "Samvel Shahramanyan"),
    ("Sergei Lavrov", "Sergey Lavrov"), ("Cavusoglu", "Mevlut Cavusoglu"), ("Erdoğan", "Recep Tayyip Erdogan"),
])
def test_every_alias_leads_to_the_canonical_name(gazetteer, alias, canonical):
    assert gazetteer.get(alias).name == canonical
    assert names(gazetteer, f"Shelling was reported in {alias} on Monday.") == [canonical]


def test_aliases_are_listed_for_the_site_and_search(gazetteer):
    assert {"Khankendi", "Khankandi"} <= set(gazetteer.aliases("Stepanakert"))
    assert {"Pashinian", "Pashiyan", "Nikol Pashinian", "Pashinyan"} <= set(gazetteer.aliases("Nikol Pashinyan"))
    assert "Nikol Pashinyan" not in gazetteer.aliases("Nikol Pashinyan")
    assert gazetteer.aliases("Atlantis") == []


def test_whole_words_only_and_longest_name_first(gazetteer):
    assert names(gazetteer, "The Baku-Tbilisi pipeline; Bakuriani is a resort; Shushaville is not a place.") == [
        "Baku", "Tbilisi"]
    assert names(gazetteer, "The Lachin corridor was closed.") == ["Lachin corridor"]
    assert names(gazetteer, "Nagorno-Karabakh's capital") == ["Nagorno-Karabakh"]


def test_case_aware(gazetteer):
    assert names(gazetteer, "GANJA and Ganja") == ["Ganja", "Ganja"]
    assert names(gazetteer, "a bag of ganja") == []


def test_a_shared_surname_is_resolved_from_the_full_name_in_the_same_text(gazetteer):
    found = gazetteer.find("Gegham Stepanyan spoke first. Later Stepanyan added that the toll had risen.")
    assert [m.entry.name for m in found] == ["Gegham Stepanyan", "Gegham Stepanyan"]
    alone = gazetteer.find("Stepanyan said the front was calm.")
    assert alone[0].entry is None and {e.name for e in alone[0].entries} >= {"Shushan Stepanyan", "Gegham Stepanyan"}
    assert alone[0].side == "armenian"


def test_people_get_their_surname_and_spellings():
    assert surname("Ursula von der Leyen") == "von der Leyen"
    assert surname("Madonna") is None
    assert spelling_variants("Nikol Pashinyan", [("yan", "ian")]) == {"Nikol Pashinyan", "Nikol Pashinian"}
    g = Gazetteer({"Anna Hakobyan": Name("Anna Hakobyan", "person", "armenian")}, (("yan", "ian"),))
    assert [m.entry.name for m in g.find("Hakobian and Anna Hakobian")] == ["Anna Hakobyan", "Anna Hakobyan"]


def test_matching_scales_with_the_text_not_with_the_number_of_names():
    small = PhraseMatcher({f"Place{i}": [i] for i in range(10)})
    big = PhraseMatcher({f"Place{i} Town{i % 97}": [i] for i in range(10_000)} | {"Place7": [7]})
    text = "Shelling hit Place7 and the villages around it. " * 400
    timings = []
    for matcher in (small, big):
        start = time.perf_counter()
        for _ in range(5):
            found = matcher.find_all(text)
        timings.append(time.perf_counter() - start)
        assert [m.values for m in found] == [(7,)] * 400
    assert timings[1] < timings[0] * 10 + 0.05  # 1,000 times more names, not 1,000 times slower


def test_phrases_that_only_hold_a_name_are_not_mentions(gazetteer):
    assert names(gazetteer, "Banned under the Geneva Conventions, the bombs fell on Barda.") == ["Barda"]
    assert names(gazetteer, "Talks in Geneva resumed.") == ["Geneva"]
