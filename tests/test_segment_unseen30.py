"""Round ZI of the segmenter: furniture that the blind pages of set ZI showed, each rule with examples of other
outlets and wars than those pages (``run`` is the one-page parser of ``tests/test_boilerplate.py``)."""

from __future__ import annotations

import pytest
from test_boilerplate import REPORT, run


@pytest.mark.parametrize("line", [
    # a copyright credit set off after the caption's sentence
    "Firefighters put out a fire at a fuel depot in Sumy, 3 May 2023. - Copyright Ivan Petrenko/AP Photo",
    "Smoke rises over the port of Hodeidah after an airstrike on Saturday. – Copyright AFP",
    # a photographer and the office or agency the photo is from, after the caption's sentence
    "Volodymyr Zelensky speaks to soldiers near Kupiansk on Tuesday. Jane Roe/Office of the President",
    "Sudanese army soldiers patrol a street in Omdurman. Ahmed Musa/Sudan Tribune",
])
def test_a_caption_closed_by_its_photo_credit_is_furniture(line: str) -> None:
    updates, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(3, "boilerplate: photo caption")]
    assert [u.lines for u in updates] == [[1]]


@pytest.mark.parametrize("line", [
    "The ministry said the strike on the depot was carried out by the air force, and/or by artillery.",
    "Police said the photographer was detained in Kherson on Monday - officers later released him.",
    "The army said the town had been retaken. Residents said they saw no soldiers on Monday.",
])
def test_a_report_without_a_photo_credit_is_kept(line: str) -> None:
    updates, dropped = run(f"{line}\n")
    assert not dropped and updates[0].lines == [1]
