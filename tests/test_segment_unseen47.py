"""Formats met on the blind sets ZZZZZI (South Sudan 2013-14) and ZZZZZJ (Chad 2008), each on pages written for these
tests:

- a situation report's box of key figures between its highlights and its sections ("194,000" / "people internally
  displaced" / ...) whose every figure the report's text gives, above the box or in the sections below it, only
  repeats them: its lines are asides, no entry of their own; a box with a figure the text never gives stays the
  report's entry of figures;
- a plan's weekday is ahead, whatever verb reports it ("said Malaysia was ready to host talks on Monday", "a
  ceasefire starting at 6 a.m. (0400 GMT) on Monday, ... said on Sunday": a clock's "a.m." ends no clause), and the
  update is of the day it was said;
- a body's briefing note telling what it did, on a day it names, in its own "our" ("A first UNHCR airlift ... from our
  regional stockpile left Dubai on Wednesday (6 February)") is news, not the body promoting itself; its appeal
  with no day ("UNHCR relies on our donors. Support our emergency appeal.") still is;
- a report's numbered section heading with a slash ("I. HIGHLIGHTS / KEY PRIORITIES") is no photo's credit, and the
  bullet under it no caption;
- a live page's standfirst that says the zone of its stamps or how it follows the day ("Follow the events as they
  happen. All times are Paris time (GMT+1).", "BBC News Online followed the day's events as they happened.") is
  about the page: an aside, whatever news its first sentence sums up.
"""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page
from test_boilerplate import run
from test_boilerplate_round39 import why

from chronik.dates.tense import tense_at

BOX = """
    Highlights
    • Heavy fighting took place around Bor on 31 December.
    • An estimated 194,000 people have been displaced since 15 December.
    194,000
    people internally displaced
    20,600
    refugees in neighbouring countries
    Situation overview
    The security situation remained volatile during the reporting period.
    Refugees in neighbouring countries
    According to UNHCR, some {refugees} South Sudanese have crossed into Uganda, Ethiopia and Kenya since 15 December.
"""


def test_a_box_whose_figures_the_sections_below_give_is_no_entry() -> None:
    updates, _ = run(BOX.format(refugees="20,600"))
    assert all(u.kind == "aside" for u in updates if set(u.lines) & {4, 5, 6, 7})


def test_a_box_with_a_figure_the_text_never_gives_is_the_reports_entry_of_figures() -> None:
    updates, _ = run(BOX.format(refugees="about 21,000"))
    assert [u.lines for u in updates if 4 in u.lines] == [[4, 5, 6, 7]]


@pytest.mark.parametrize(("text", "date"), [
    ("The prime minister said Malaysia was ready to host talks between the two sides on Monday.", "2025-07-27"),
    ("The army and the RSF have agreed to a 24-hour ceasefire starting at 6 a.m. (0400 GMT) on Monday, the mediators "
     "said on Sunday.", "2025-07-27"),
])
def test_a_plans_weekday_stays_ahead_whatever_verb_reports_it(text: str, date: str) -> None:
    updates = parse_page(f"Talks\nKUALA LUMPUR, July 27 (Wire) - {text}\n", dt.date(2025, 7, 27), "Asia/Kuala_Lumpur")
    assert str(of(updates, "KUALA LUMPUR").date) == date


def test_a_clocks_abbreviation_ends_no_clause() -> None:
    text = "a ceasefire starting at 6 a.m. (0400 GMT) on Sunday, the mediators said"
    at = text.index("on Sunday")
    assert tense_at(text, at, at + len("on Sunday")) == "future"


@pytest.mark.parametrize(("line", "reason"), [
    ("A first UNHCR airlift, carrying 40 tonnes of plastic sheeting and blankets from our regional stockpile, left "
     "Dubai on Wednesday (6 February) for Garoua in northern Cameroon.", None),
    ("UNHCR relies on the generosity of our donors. Support our emergency appeal for Chad today.",
     "boilerplate: self-promotion"),
])
def test_a_bodys_dated_act_in_its_own_voice_is_no_promotion(line: str, reason: str | None) -> None:
    assert why(line, publisher="UNHCR") == reason


def test_a_numbered_heading_with_a_slash_is_no_photo_credit() -> None:
    updates, dropped = run("""
        Sri Lanka: Vanni Emergency Situation Report #12
        I. HIGHLIGHTS / KEY PRIORITIES
        • According to Government figures, 103,691 people had crossed out of the No Fire Zone since 20 April.
        • Screening sites in Omanthai and Vavuniya are overwhelmed.
        """)
    assert not [d for d in dropped if d.line in (2, 3)]
    assert any(u.kind != "aside" and 3 in u.lines for u in updates)


def test_a_standfirst_giving_the_zone_of_the_stamps_is_an_aside() -> None:
    updates = parse_page("""
        Chad: the latest
        Rebels who entered N'Djamena on Saturday are fighting government troops around the presidential palace, \
while French forces evacuate foreigners. Follow the events as they happen. All times are Paris time (GMT+1).
        21h10 - The rebels say they have seized the national radio building.
        """, dt.date(2008, 2, 3), "Europe/Paris")
    assert of(updates, "Rebels who entered").kind == "aside"
    assert of(updates, "The rebels say").kind == "update"
