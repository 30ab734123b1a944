"""Round 41 of the segmenter: spoken records, a parliament's record of its sittings (each rule with examples of other
parliaments, debates and wars than the blind pages that showed them; ``run`` is the one-page parser of
``tests/test_boilerplate.py``)."""

from __future__ import annotations

import pytest
from test_boilerplate import run

from chronik.segment.speakers import chair_heading, speaker_name
from chronik.segment.time_check import time_check

COMMONS = """
    Kakhovka Dam: Destruction
    Volume 734: debated on Tuesday 6 June 2023
    Column 161
    12.41 pm
    The Secretary of State for Foreign, Commonwealth and Development Affairs (James Cleverly)
    With permission, Mr Speaker, I will make a statement on the destruction of the Nova Kakhovka dam.
    In the early hours of this morning, the dam on the Dnipro was breached, and water is flooding villages downstream.
    The UK is ready to help Ukraine with the floods, and we are talking to the UN about what is needed first.
    Yesterday, I spoke to the Ukrainian Foreign Minister, Dmytro Kuleba, who told me that evacuations had begun.
    Column 162
    I commend this statement to the House.
    Mr Speaker
    I call the shadow Foreign Secretary.
    Mr David Lammy (Tottenham) (Lab)
    I thank the Foreign Secretary for advance sight of his statement, and I join him in condemning this attack.
    Will he tell the House what help is already on its way?
    Mr Cleverly
    Pumps, boats and water filters are being flown to Ukraine, and more will follow in the coming days.
    Alyn Smith (Stirling) (SNP)
    Does the Foreign Secretary agree that whoever did this must answer for it in a court?
    Mr Cleverly
    I do, and we will support the Ukrainian prosecutors in gathering the evidence.
    Contains Parliamentary information licensed under the Open Parliament Licence v3.0.
"""


def test_a_member_s_heading_titles_the_contribution_under_it() -> None:
    updates, _ = run(COMMONS, publisher="UK Parliament (Hansard)")
    said = [(u.title, u.lines) for u in updates if u.kind == "update"]
    assert said[-4:] == [("Mr David Lammy (Tottenham) (Lab)", [15, 16]), ("Mr Cleverly", [18]),
                         ("Alyn Smith (Stirling) (SNP)", [20]), ("Mr Cleverly", [22])]


def test_a_statement_s_paragraphs_that_open_with_the_day_of_their_act_are_updates_of_their_own() -> None:
    updates, _ = run(COMMONS, publisher="UK Parliament (Hansard)")
    statement = [u for u in updates if u.title and "James Cleverly" in u.title]
    assert [(u.lines, u.date, u.time) for u in statement] == [
        ([4, 6], "2023-06-06", "12:41"), ([7, 8], "2023-06-06", None), ([9, 11], "2023-06-05", None)]
    assert [u.title_lines for u in statement] == [[5], [], []]  # (the heading's line is the first update's only)


def test_a_member_named_again_by_surname_is_the_member_a_heading_above_named_in_full() -> None:
    updates, _ = run(COMMONS, publisher="UK Parliament (Hansard)")
    assert [u.context.speaker for u in updates if u.kind == "update"] == [
        "James Cleverly", "James Cleverly", "James Cleverly", "David Lammy", "James Cleverly", "Alyn Smith",
        "James Cleverly"]


def test_the_chair_s_call_of_the_next_speaker_is_no_report() -> None:
    updates, _ = run(COMMONS, publisher="UK Parliament (Hansard)")
    assert [(u.lines, u.kind) for u in updates if u.lines[0] in (12, 13)] == [([12], "aside"), ([13], "aside")]


def test_column_markers_and_the_open_licence_are_furniture() -> None:
    _, dropped = run(COMMONS, publisher="UK Parliament (Hansard)")
    assert {d.line for d in dropped} == {3, 10, 23}


def test_a_house_of_representatives_record_with_the_time_in_each_heading() -> None:
    updates, _ = run("""
        Questions without Notice
        Defence
        Mr DUTTON (Dickson—Leader of the Opposition) (14:02):
        My question is to the Prime Minister. When will the submarines promised under AUKUS arrive?
        Mr ALBANESE (Grayndler—Prime Minister) (14:03):
        I thank the Leader of the Opposition for his question. The first boats will arrive in the early 2030s.
        The SPEAKER:
        The member for Fenner.
        Mr ANDREW LEIGH (Fenner—Assistant Minister for Competition) (14:06):
        Two weeks ago our government signed the agreement in San Diego, and it is a good agreement.
    """, publisher="Parliament of Australia (Hansard)")
    said = [(u.title, u.lines) for u in updates if u.kind == "update"]
    assert said == [("Mr DUTTON (Dickson—Leader of the Opposition) (14:02)", [4]),
                    ("Mr ALBANESE (Grayndler—Prime Minister) (14:03)", [6]),
                    ("Mr ANDREW LEIGH (Fenner—Assistant Minister for Competition) (14:06)", [10])]
    assert [u.kind for u in updates if u.lines in ([7], [8])] == ["aside", "aside"]


def test_a_news_page_with_one_member_named_is_no_record() -> None:
    updates, _ = run("""
        MPs back more help for Ukraine
        Mr David Lammy (Tottenham) (Lab)
        Labour said on Monday it would back the government's package of military aid for Ukraine.
        Ministers said the first deliveries would arrive within weeks.
    """, publisher="Example News")
    assert all(u.context.speaker is None for u in updates)


@pytest.mark.parametrize(("line", "name"), [
    ("Mr Andrew Mitchell (Sutton Coldfield) (Con)", "Andrew Mitchell"),
    ("Dame Nia Griffith (Llanelli) (Lab)", "Nia Griffith"),
    ("The Minister for Defence (Mr Richard Marles)", "Richard Marles"),
    ("The Cabinet Secretary for Justice and Home Affairs (Angela Constance)", "Angela Constance"),
    ("Senator WONG (South Australia—Minister for Foreign Affairs) (14:01):", "Wong"),
])
def test_the_member_a_heading_names(line: str, name: str) -> None:
    assert speaker_name(line, named_again=False) == name


@pytest.mark.parametrize("line", [
    "Mr Speaker", "Madam Deputy Speaker (Dame Rosie Winterton)", "The SPEAKER:", "The PRESIDENT", "Mr President",
])
def test_the_chair_names_no_member(line: str) -> None:
    assert chair_heading(line)
    assert speaker_name(line) is None


@pytest.mark.parametrize("line", [
    "Mr Lammy said the strikes were unacceptable.", "Kyiv (Ukraine)", "Sudan: Humanitarian Situation Report",
    "Mr Lammy",  # a member named again counts only on a record's page
])
def test_a_line_that_is_no_member_s_heading(line: str) -> None:
    assert speaker_name(line, named_again=False) is None


# --- broadcast transcripts ---------------------------------------------------------------------------------------

NEWSHOUR = """
    Aired June 6, 2023 - 22:00 ET
    ANNA LEE, ANCHOR: Good evening. It's just after 10 p.m. here in Washington, five o'clock Wednesday morning in Kyiv.
    Ukraine's military says Russian forces blew up the dam overnight, and thousands have left their homes.
    (BEGIN VIDEO CLIP)
    (END VIDEO CLIP)
    LEE: Welcome back. It's 10:30 p.m. here in Washington. Officials in Kherson say the water reached the port.
    LEE: That's all the time we have this hour.
    TO ORDER A VIDEO OF THIS TRANSCRIPT, PLEASE CALL 800-555-0100 OR USE OUR SECURE ONLINE ORDER FORM.
    Terms under which this service is provided to you.
    Read our privacy guidelines. Contact us.
"""


def test_an_anchor_s_time_check_is_the_turn_s_time_and_the_clock_elsewhere_is_no_day() -> None:
    updates, _ = run(NEWSHOUR, publisher="Example Broadcasting")
    first = next(u for u in updates if 2 in u.lines)
    later = next(u for u in updates if 6 in u.lines)
    assert (first.date, first.time) == ("2023-06-06", "22:00")  # (not Wednesday, Kyiv's day)
    assert (later.date, later.time) == ("2023-06-06", "22:30")


def test_a_transcript_s_ordering_notice_and_footer_sentences_are_furniture() -> None:
    _, dropped = run(NEWSHOUR, publisher="Example Broadcasting")
    assert {8, 9, 10} <= {d.line for d in dropped}


@pytest.mark.parametrize(("lead", "clock"), [
    ("It's 9 p.m. here in London, and the sirens have stopped.", "21:00"),
    ("Good morning. It's just after 6 a.m. here in Kyiv.", "06:00"),
    ("Welcome back. It's nearly 11:45 p.m. here on the West Coast.", "23:45"),
])
def test_a_time_check(lead: str, clock: str) -> None:
    found = time_check(lead)
    assert found is not None and found[0] == clock


@pytest.mark.parametrize("lead", [
    "It's 9 p.m. in Kyiv, and the curfew has begun.",  # the clock of a place, not of here
    "The strike came at 9 p.m., the governor said. It's unclear whether anyone was hurt here.",
    "Residents said the shelling began at 3 a.m. It was the third night in a row. It's 9 p.m. here.",  # too late
])
def test_no_time_check(lead: str) -> None:
    assert time_check(lead) is None
