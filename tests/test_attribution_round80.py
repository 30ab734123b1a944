"""Round 80: a group named after its kind ("rights group HRANA", "the monitoring group Airwars") speaks by its own
name, even when the gazetteer does not know it; and "a statement issued by X" names X as a statement by X does."""

from __future__ import annotations

import pytest

from chronik.extract import annotate, load_extract_data
from chronik.model import Update


def _who(text: str) -> tuple[str | None, str | None]:
    update = Update(source="page", lines=[1], text=text)
    annotate(update, None, load_extract_data())
    assert update.attribution is not None
    return update.attribution.who, update.attribution.side


@pytest.mark.parametrize(("text", "who"), [
    ("Rights group Hengaw said at least 12 Kurdish protesters were killed in Mahabad.", "Hengaw"),
    ("The monitoring group Conflict Watch Sahel said the convoy was ambushed near Djibo.", "Conflict Watch Sahel"),
    ("Local rights group Tawila Voices said two shells hit the market.", "Tawila Voices"),
])
def test_a_group_named_after_its_kind_is_the_claimant(text: str, who: str) -> None:
    assert _who(text) == (who, "independent")


def test_a_group_of_people_described_stays_the_group() -> None:
    # words after the kind that are no name ("rights groups in the region") name no one group
    who, side = _who("Rights groups in the region said hundreds of people had been detained.")
    assert who == "rights groups" and side == "independent"


@pytest.mark.parametrize(("text", "who"), [
    ("Statement issued by the Popular Resistance Committees on Friday 12-4-2024", "Popular Resistance Committees"),
    ("A communique issued by the Transitional Military Council said the curfew was lifted.",
     "Transitional Military Council"),
])
def test_a_statement_issued_by_names_its_issuer(text: str, who: str) -> None:
    assert _who(text)[0] == who
