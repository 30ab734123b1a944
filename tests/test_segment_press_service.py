"""Formats of a ministry's press-service page and a live page's furniture: a breadcrumb from a section ("Newsroom »
Statements » 2022"), the statement's stamp over its numbered title and text, and a sidebar of the ministry's other
statements ("Other statements"), each a long numbered title over its date and time, then the link to the archive
("All statements"): the sidebar is asides, its stamps date nothing, and the links are furniture."""

from __future__ import annotations

import datetime as dt

from test_segment_entry_pages import holding, parse

MINISTRY_PAGE = """
    Ministry of Defence of Georgia
    Newsroom » Statements » 2008
    9 August 2008, 16:20
    No. 214, Statement of the Ministry of Defence on the bombing of the port of Poti and the Senaki air base
    On the morning of 9 August aircraft bombed the port of Poti and the military base in Senaki, killing two soldiers.
    The Ministry calls on the international community to condemn the strikes on civilian infrastructure.
    Share
    Print
    Other statements
    No. 213, Information on the evacuation of residents of the villages near Tskhinvali to Gori and Tbilisi
    8 August 2008, 23:40
    No. 212, Commentary of the Press Secretary of the Ministry on the statement of the Ministry of the other party
    8 August 2008, 19:05
    All statements
    © 2008 Ministry of Defence of Georgia
"""


def test_press_service_statement_under_a_breadcrumb_with_a_sidebar_of_other_statements() -> None:
    updates, dropped, lines = parse(MINISTRY_PAGE, dt.date(2008, 8, 9), "Asia/Tbilisi")
    reasons = {d.line: d.reason for d in dropped}
    assert reasons[2] == "boilerplate: navigation"  # the breadcrumb
    assert reasons[lines.index("All statements") + 1] == "boilerplate: navigation"
    statement = holding(updates, lines, "9 August 2008, 16:20")
    assert (statement.kind, statement.date, statement.time) == ("update", "2008-08-09", "16:20")
    assert holding(updates, lines, "The Ministry calls on") is statement
    for start in ("Other statements", "No. 213,", "8 August 2008, 23:40", "No. 212,", "8 August 2008, 19:05"):
        aside = holding(updates, lines, start)
        assert aside.kind == "aside", start
        assert aside.time is None, start
    assert [u.time for u in updates if u.kind == "update"] == ["16:20"]


def test_a_breadcrumb_needs_its_separators_and_a_quote_is_none() -> None:
    page = """
        News » World
        He said: «Nobody» will stop us, the commander told reporters in Donetsk on Monday.
    """
    updates, dropped, _ = parse(page, dt.date(2022, 3, 7), "Europe/Kyiv")
    assert [d.line for d in dropped] == [1]
    assert any(2 in u.lines for u in updates if u.kind != "aside")


LIVE_PAGE = """
    Israel-Hamas war live
    Live feed
    4:40 pm
    Rafah crossing reopens for aid trucks, Egyptian officials say
    Egyptian officials said the first trucks carrying fuel and medicine crossed into Gaza through Rafah.
    3:15 pm
    'There will be no ceasefire as of today', Netanyahu says
    Speaking at a news conference in Tel Aviv, Netanyahu said the army would press on with its operation in Gaza City.
    He said the hostages' return remained the first aim of the war.
    1:05 pm
    Hamas says Israeli strike hit a school shelter
    The Hamas-run government media office said dozens of people were killed when a school used as a shelter was hit.
    The Israeli army said it had struck a command centre inside the compound and blamed Hamas for using it. (AFP)
    11:20 am
    Blinken lands in Amman for talks with Arab ministers
    US Secretary of State Antony Blinken arrived in Amman for talks on aid to Gaza.
"""


def test_stamped_title_naming_a_day_and_a_paragraph_closed_by_its_wire() -> None:
    updates, _, lines = parse(LIVE_PAGE, dt.date(2023, 11, 4), "Asia/Jerusalem")
    quoted = holding(updates, lines, "3:15 pm")
    assert (quoted.kind, quoted.time) == ("update", "15:15")
    assert holding(updates, lines, "'There will be no ceasefire") is quoted  # its title, not a lead-in
    assert holding(updates, lines, "Speaking at a news conference") is quoted
    strike = holding(updates, lines, "1:05 pm")
    assert holding(updates, lines, "The Israeli army said it had struck") is strike  # "... (AFP)" is no headline
    assert holding(updates, lines, "11:20 am").time == "11:20"
    assert holding(updates, lines, "US Secretary of State") is holding(updates, lines, "11:20 am")


RELEASE = """
    Syria: Air strikes on markets in Idlib must be investigated as war crimes
    Human Rights Watch said on Monday that air strikes on two markets in Idlib province killed at least 40 civilians.
    Background
    The conflict in Syria began with the crackdown on protests in March 2011 and has killed hundreds of thousands.
    According to the UN refugee agency, more than 6.8 million Syrians have been displaced inside the country.
    On 5 March 2020, Russia and Turkey agreed a ceasefire in Idlib that held for several months.
"""


def test_under_background_a_figure_with_no_day_goes_on_the_item_above() -> None:
    updates, _, lines = parse(RELEASE, dt.date(2021, 6, 14), "Asia/Damascus")
    war = holding(updates, lines, "The conflict in Syria began")
    assert holding(updates, lines, "According to the UN refugee agency") is war
    assert holding(updates, lines, "On 5 March 2020") is not war


def test_the_terms_of_an_agreement_carry_its_report_on_whatever_day_they_name() -> None:
    page = """
        The ceasefire
        Hamas and Israel agreed to a four-day truce mediated by Qatar, the Qatari foreign ministry said on Wednesday.
        Under the truce 50 hostages are to be freed for 150 prisoners, starting on Friday, 24 November.
        What Washington says
        US President Joe Biden welcomed the deal on Wednesday.
    """
    updates, _, lines = parse(page, dt.date(2023, 11, 22), "Asia/Jerusalem")
    truce = holding(updates, lines, "Hamas and Israel agreed")
    assert holding(updates, lines, "Under the truce 50 hostages") is truce
    assert holding(updates, lines, "US President Joe Biden") is not truce
