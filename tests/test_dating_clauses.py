"""Which clause of a lead names the day of its act: "after" or "before" a time of day is no clause of another event
("shortly before dawn on Sunday"), a perfect participle's clause is one ("having fled ... overnight"), a verb of
telling keeps its reported clause with a long object ("informs the public opinion that from 3 to 5 May ..."), and
"at the time" a statement was made is the day of the item before it."""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.dates import Timex
from chronik.segment.finder import make_finder
from tests.test_dates_in_pages import of, parse

_FINDER = make_finder(dt.date(2024, 3, 20), [])


@pytest.mark.parametrize(("text", "day"), [
    ("Russian drones struck Odesa's port shortly before dawn on Sunday, killing two dock workers.", "2024-03-17"),
    ("Shelling of Avdiivka resumed just after 10 p.m. on Monday, the regional governor said.", "2024-03-18"),
    ("Israeli jets struck a house in Rafah soon after midnight on Tuesday, medics said.", "2024-03-19"),
    ("RSF fighters entered the market in El Fasher after sunrise on Saturday, residents said.", "2024-03-16"),
])
def test_after_or_before_a_time_of_day_says_when_the_act_was(text: str, day: str) -> None:
    act = _FINDER.act(text)
    assert act is not None and act.timex.start == dt.date.fromisoformat(day)


def test_after_another_event_stays_a_clause_of_its_own() -> None:
    assert _FINDER.act("Mediators left Doha after talks collapsed on Monday.") is None
    assert _FINDER.act("The convoy was held at the crossing until after Monday.") is None


@pytest.mark.parametrize("text", [
    "A Reuters reporter who reached Kupiansk on Wednesday found the town empty, with most families having left "
    "for Kharkiv overnight.",
    "Having shelled the village on Monday, the troops pulled back to their old lines.",
])
def test_a_perfect_participle_opens_a_clause_of_its_own(text: str) -> None:
    assert _FINDER.act(text) is None


@pytest.mark.parametrize(("text", "day"), [
    ("The Ministry of Defence informs the national and international public opinion that from 14 to 16 March "
     "2024, its units repelled attacks near Menaka.", "2024-03-14"),
    ("The Foreign Ministry notified the members of the Security Council that on 12 March its air defences shot "
     "down four drones over Port Sudan.", "2024-03-12"),
])
def test_a_verb_of_telling_keeps_its_reported_clause(text: str, day: str) -> None:
    act = _FINDER.act(text)
    assert act is not None and act.timex.start == dt.date.fromisoformat(day)


SAHEL_NEWSLETTER = """
    Sahel weekly brief

    On 2 March, insurgents ambushed an army convoy on the road between Djibo and Ouagadougou.

    The army said at the time that its air support had killed dozens of the attackers.

    At the same time, aid groups in Djibo reported a shortage of flour, residents said.
"""


def test_at_the_time_is_the_day_of_the_item_before() -> None:
    updates = parse(SAHEL_NEWSLETTER, "2024-03-08", tz="Africa/Ouagadougou")
    assert of(updates, "On 2 March").date == "2024-03-02"
    assert of(updates, "The army said at the time").date == "2024-03-02"
    assert of(updates, "At the same time").date == "2024-03-08"  # meanwhile: no anaphor of a day


def test_at_the_time_of_writing_names_no_earlier_day() -> None:
    reference = Timex("2024-03-02", dt.date(2024, 3, 2), dt.date(2024, 3, 2), "explicit", "said before")
    assert _FINDER.anaphor("At the time of writing, the road to Djibo was still closed.", reference) is None
    found = _FINDER.anaphor("Officials at the time said the strike hit a fuel depot.", reference)
    assert found is not None and found.timex.start == dt.date(2024, 3, 2)


ODESA_STORY = """
    Drones hit Odesa port

    Russian drones struck the port of Odesa shortly after midnight on Sunday, the regional governor said. The air
    force said the attack began at 00:20.

    Shortly after midnight on Saturday, a drone hit a grain silo in Izmail, port officials said.

    Residents described a string of loud explosions.
"""


def test_a_vague_time_of_day_takes_the_clock_the_act_began_at() -> None:
    updates = parse(ODESA_STORY, "2024-03-18", tz="Europe/Kyiv")
    port = of(updates, "Russian drones struck")
    assert (port.date, port.time) == ("2024-03-17", "00:20")
    silo = of(updates, "Shortly after midnight on Saturday")
    assert (silo.date, silo.time) == ("2024-03-16", None)  # early on Saturday, not its end (24:00)


def test_a_verb_of_telling_with_a_clause_of_its_own_keeps_the_relative_that() -> None:
    assert _FINDER.act("Moscow told Kyiv to pull back from the villages that it took on Monday.") is None
