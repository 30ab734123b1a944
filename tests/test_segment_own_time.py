"""The same person named again carries a wire story's update on, unless the paragraph opens on a time of its own
("During the night, Pashinyan held telephone talks with ..." under his words in parliament): another act of the same
person. Written for these tests on the 2022 Armenia-Azerbaijan border war."""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page

from chronik.extract.frame_phrase import without_leading_time

SPEECH = ("Speaking in parliament on Tuesday, Prime Minister Nikol Pashinyan said that 49 Armenian servicemen had been "
          "killed in the attack.")


@pytest.mark.parametrize("opening", ["During the night", "Later in the day", "Overnight", "Late at night", "At dawn",
                                     "Later that day", "Early in the afternoon", "Throughout the evening"])
def test_a_paragraph_on_a_time_of_its_own_is_another_act(opening: str) -> None:
    updates = parse_page(f"""
        Border clashes

        {SPEECH}

        {opening}, Pashinyan held telephone talks with the leaders of Russia and France, his office said.
        """, dt.date(2022, 9, 13), "Asia/Yerevan")
    assert of(updates, opening) is not of(updates, "Speaking in parliament")


def test_the_same_person_going_on_without_a_time_carries_the_update_on() -> None:
    updates = parse_page(f"""
        Border clashes

        {SPEECH}

        Pashinyan added that the number could rise as the search for the missing went on.
        """, dt.date(2022, 9, 13), "Asia/Yerevan")
    assert "Pashinyan added" in of(updates, "Speaking in parliament").text


@pytest.mark.parametrize(("phrase", "subject"), [
    ("At dawn the defence ministry said", "the defence ministry said"),
    ("Later that day Pashinyan told reporters", "Pashinyan told reporters"),
    ("Late in the evening the Armenian side reported", "the Armenian side reported"),
    ("This morning Vladimir Putin was calling", "This morning Vladimir Putin was calling"),  # a reporter's narration
    ("Dawn Butler said", "Dawn Butler said"),  # a name, not a time
])
def test_the_time_a_subject_opens_with_is_cut_from_it(phrase: str, subject: str) -> None:
    assert without_leading_time(phrase) == subject
