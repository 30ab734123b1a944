"""Formats met on the blind sets ZZZZE (Suez 1956) and ZZZZF (Biafra) and those after them, each on pages written for
these tests:

- an older parliament's record, a member's heading on a line of its own over what they say, the honorific with its
  full stop and the seat alone in brackets, no party ("Mr. Harold Davies (Leek)", "The Minister of State for Foreign
  Affairs (Mr. Kenneth Younger)", "Mr. Younger"), the chair as "Mr. Speaker": each contribution is one update, its
  member the one who speaks, the chair's ruling an aside
"""

from __future__ import annotations

import pytest
from test_boilerplate import run

from chronik.segment.speakers import chair_heading, speaker_name

KOREA = """
    HANSARD 1803–2005
    KOREA
    HC Deb 05 July 1950 vol 477 cc485-90
    3.35 p.m.
    The Minister of State for Foreign Affairs (Mr. Kenneth Younger)
    With your permission, Mr. Speaker, I will make a statement on the situation in Korea.
    North Korean forces crossed the 38th parallel on 25th June and have continued their advance south of Seoul.
    486
    Mr. Anthony Eden (Warwick and Leamington)
    Can the right hon. Gentleman say what naval forces are now under the United Nations command?
    Mr. Younger
    Units of the Far Eastern Fleet have been placed at the disposal of the United Nations commander.
    Mr. Harold Davies (Leek)
    Will the Government make clear that our forces act only under the authority of the Security Council?
    Mr. Younger
    That is the position, and I have nothing to add to what the Prime Minister said last week.
    Mr. Clement Davies (Montgomery)
    Has any word been received from Peking about the intentions of the Chinese Government?
    Mr. Younger
    No, Sir, we have had no communication from Peking on this matter.
    Mr. Speaker
    Order. We must now proceed with the business of the day.
"""


def test_an_older_record_s_headings_title_the_contributions_under_them() -> None:
    updates, _ = run(KOREA, publisher="UK Parliament (Hansard)")
    said = [(u.title, u.title_lines, u.lines, u.context.speaker) for u in updates if u.kind == "update"]
    assert said == [
        ("The Minister of State for Foreign Affairs (Mr. Kenneth Younger)", [5], [4, 6, 7], "Kenneth Younger"),
        ("Mr. Anthony Eden (Warwick and Leamington)", [9], [10], "Anthony Eden"),
        ("Mr. Younger", [11], [12], "Kenneth Younger"),
        ("Mr. Harold Davies (Leek)", [13], [14], "Harold Davies"),
        ("Mr. Younger", [15], [16], "Kenneth Younger"),
        ("Mr. Clement Davies (Montgomery)", [17], [18], "Clement Davies"),
        ("Mr. Younger", [19], [20], "Kenneth Younger")]


def test_an_older_record_s_chair_and_ruling_are_asides() -> None:
    updates, _ = run(KOREA, publisher="UK Parliament (Hansard)")
    assert [(u.lines, u.kind) for u in updates if u.lines[0] >= 21] == [([21], "aside"), ([22], "aside")]


@pytest.mark.parametrize(("line", "name"), [
    ("Mr. Harold Davies (Leek)", "Harold Davies"),
    ("Sir Alec Douglas-Home (Kinross and West Perthshire)", "Alec Douglas-Home"),
    ("The Minister of State for Foreign Affairs (Mr. Kenneth Younger)", "Kenneth Younger"),
    ("Mrs. Barbara Castle (Blackburn, East)", "Barbara Castle"),
])
def test_the_member_an_older_heading_names(line: str, name: str) -> None:
    assert speaker_name(line, named_again=False) == name


@pytest.mark.parametrize("line", [
    "Kyiv (Ukraine)",  # a place and its country: no honorific
    "Mr. Younger",  # a member named again counts only on a record's page
    "Mr. Younger said the fleet had sailed.",
])
def test_a_line_that_is_no_older_member_s_heading(line: str) -> None:
    assert speaker_name(line, named_again=False) is None


def test_the_chair_with_its_full_stop() -> None:
    assert chair_heading("Mr. Speaker")
    assert speaker_name("Mr. Speaker") is None


def test_a_news_page_naming_two_people_with_their_towns_is_no_record() -> None:
    updates, _ = run("""
        Families wait for news from Korea
        Mrs. Mary Hughes (Cardiff)
        Her son sailed with the fleet in May, and she has had no letter since.
        Mr. John Platt (Leeds)
        He said the town would hold a service on Sunday.
    """, publisher="Example News")
    assert all(u.context.speaker is None for u in updates)
