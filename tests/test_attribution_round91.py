"""Attribution cases met on the blind set opened this round (ZZZZZZD's weekly diary of the 1991 Kurdish refugee
crisis), on text written for these tests:

- two people the gazetteer knows share a surname and held one office in different years: a bare "President Bush" is
  the one in office in the update's year (1991: George H. W. Bush; 2003: George W. Bush, a guard), not always the
  one listed;
  a year neither held it leaves the surname unresolved, and the full name still wins over the year (a guard);
- a user's gazetteer that gives a person's years as anything but two years in order is refused with its file and
  line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.errors import ChronikError
from chronik.extract import annotate
from chronik.extract.data import load_files
from chronik.model import Update


def _claimant(text: str, day: dt.date | None) -> str | None:
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher="Desk")
    update = Update("page", [1], text, date=day.isoformat() if day else None)
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)), load_files())
    return update.attribution.who


@pytest.mark.parametrize(("day", "who"), [
    (dt.date(1991, 4, 16), "George H. W. Bush"),
    (dt.date(2003, 3, 20), "George W. Bush"),
])
def test_a_shared_surname_is_the_one_in_office_in_the_updates_year(day, who):
    text = "President Bush announced that US troops would enter northern Iraq to build camps for the refugees."
    assert _claimant(text, day) == who


def test_a_year_neither_held_office_leaves_the_surname_unresolved():
    text = "President Bush announced that US troops would enter northern Iraq to build camps for the refugees."
    assert _claimant(text, dt.date(1996, 5, 2)) not in ("George H. W. Bush", "George W. Bush")


def test_the_full_name_wins_over_the_year():
    """A guard: the full name in the text names the person, whatever the year."""
    text = "George W. Bush, then governor of Texas, said the troops should come home. Bush spoke in Austin."
    assert _claimant(text, dt.date(1991, 4, 16)) == "George W. Bush"


@pytest.mark.parametrize("years", ["[1993, 1989]", "1989", "[1989]", "[first, last]"])
def test_a_persons_years_must_be_two_years_in_order(tmp_path, years):
    gazetteer = tmp_path / "gazetteer.yaml"
    gazetteer.write_text(f"people:\n  - {{name: Jane Roe, polity: United States, years: {years}}}\n",
                         encoding="utf-8")
    with pytest.raises(ChronikError) as raised:
        load_files(gazetteer_path=gazetteer)
    assert "gazetteer.yaml:2" in str(raised.value) and "bad value for 'years'" in str(raised.value)


def test_a_persons_years_are_read_from_a_users_gazetteer(tmp_path):
    gazetteer = tmp_path / "gazetteer.yaml"
    gazetteer.write_text("people:\n  - {name: Jane Roe, polity: United States, years: [1989, 1993]}\n",
                         encoding="utf-8")
    assert load_files(gazetteer_path=gazetteer).gazetteer.get("Jane Roe").years == (1989, 1993)
