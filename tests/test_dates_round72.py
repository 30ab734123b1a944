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


DNIPRO_TIMELINE = """
    Timeline

    At 15:30 local time on 14 January, a Kh-22 missile struck a nine-storey apartment block in Dnipro, the regional \
governor said on Telegram.

    At 17:05, the State Emergency Service said 20 people had been pulled alive from the rubble.

    At 21:40, President Zelensky said in his nightly address that the rescue operation would go on through the night.

    At 08:00, rescuers said the toll had risen to 30.
"""

KHAN_YUNIS_TIMELINE = """
    What happened

    At around 06:10 on 3 December, residents reported Israeli leaflets ordering the evacuation of eastern \
neighbourhoods of Khan Younis.

    At 11:45, the health ministry said two hospitals in the city had received dozens of wounded.
"""


def test_a_clock_opening_an_item_goes_on_through_the_day_the_text_was_at() -> None:
    updates = parse(DNIPRO_TIMELINE, "2023-01-20", tz="Europe/Kyiv")
    assert (of(updates, "At 17:05").date, of(updates, "At 17:05").time) == ("2023-01-14", "17:05")
    assert (of(updates, "At 21:40").date, of(updates, "At 21:40").time) == ("2023-01-14", "21:40")
    gaza = parse(KHAN_YUNIS_TIMELINE, "2023-12-10", tz="Asia/Gaza")
    assert (of(gaza, "At 11:45").date, of(gaza, "At 11:45").time) == ("2023-12-03", "11:45")


def test_a_clock_before_the_told_one_is_not_that_days() -> None:
    updates = parse(DNIPRO_TIMELINE, "2023-01-20", tz="Europe/Kyiv")
    assert of(updates, "At 08:00").date != "2023-01-14"
