"""Formats met on the blind sets ZZZZZI (South Sudan 2013-14) and ZZZZZJ (Chad 2008), each on pages written for these
tests:

- a situation report's box of key figures between its highlights and its sections ("194,000" / "people internally
  displaced" / ...) whose every figure the report's text gives, above the box or in the sections below it, only
  repeats them: its lines are asides, no entry of their own; a box with a figure the text never gives stays the
  report's entry of figures.
"""

from __future__ import annotations

from test_boilerplate import run

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
