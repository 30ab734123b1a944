"""Round 72 of the dating, under a digest's day heading: a speaker's aside between the subject and its saying dates
the saying ("Zelensky, speaking in Kyiv on Friday, said ..."), and a statement issued or a vote taken "last night" is
the evening before the heading's day, where an attack "last night" may run into its morning."""

from __future__ import annotations

from tests.test_dates_in_pages import of, parse

SUDAN_REPORT = """
    Thursday 8 June

    The African Union's Peace and Security Council said in a statement issued last night that it was gravely \
concerned by the shelling of residential areas of Omdurman.

    Parliament's foreign affairs committee voted late last night to summon the ambassador.

    Artillery shelled the Karari district last night, residents said, and the shelling went on until dawn.

    The UN envoy, speaking to reporters in Port Sudan on Tuesday, said both sides had agreed to a new round of talks.
"""

KARABAKH_REPORT = """
    Wednesday 14 September

    Armenia's Security Council said in a statement released last night that it would ask Moscow for help under \
the collective defence treaty.

    Prime Minister Nikol Pashinyan, addressing parliament on Tuesday, warned that the fighting could spread.

    Azerbaijani forces shelled the town of Jermuk last night, the Armenian defence ministry said.
"""


def test_a_statement_or_vote_of_last_night_is_the_evening_before() -> None:
    updates = parse(SUDAN_REPORT, "2023-06-08", tz="Africa/Khartoum")
    assert of(updates, "The African Union").date == "2023-06-07"
    assert of(updates, "Parliament").date == "2023-06-07"
    karabakh = parse(KARABAKH_REPORT, "2022-09-14", tz="Asia/Yerevan")
    assert of(karabakh, "Armenia's").date == "2022-09-13"


def test_an_attack_last_night_stays_on_the_report_day() -> None:
    updates = parse(SUDAN_REPORT, "2023-06-08", tz="Africa/Khartoum")
    assert of(updates, "Artillery shelled").date == "2023-06-08"
    karabakh = parse(KARABAKH_REPORT, "2022-09-14", tz="Asia/Yerevan")
    assert of(karabakh, "Azerbaijani").date == "2022-09-14"


def test_a_speakers_aside_dates_the_saying() -> None:
    updates = parse(SUDAN_REPORT, "2023-06-08", tz="Africa/Khartoum")
    assert of(updates, "The UN envoy, speaking").date == "2023-06-06"
    karabakh = parse(KARABAKH_REPORT, "2022-09-14", tz="Asia/Yerevan")
    assert of(karabakh, "Prime Minister").date == "2022-09-13"
