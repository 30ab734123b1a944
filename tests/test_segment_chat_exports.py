"""Chat exports (chronik/segment/chat.py, chronik/extract/chat.py): a messaging app's export saved as text, each
message opened by its stamp and sender. Examples of other apps, locales and wars than the blind pages: WhatsApp on
iOS and Android in day-first and US month-first locales, Telegram and Signal exports written out as text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.model import Context, Document, Dropped, Update
from chronik.segment import segment
from tests.attribution_cases import ukraine_sides, wars_fixture

wars = wars_fixture({"ukraine": (ukraine_sides(
    russia="Russia, Russian, Moscow, Russian Ministry of Defence",
    ukraine="Ukraine, Ukrainian, Kyiv, Ukrainian Air Force, General Staff of Ukraine"), """
    defaults: extend
    people:
      - {name: Vitaliy Kim, side: ukrainian}
      - {name: Yuriy Ihnat, side: ukrainian}
    places:
      - {name: Mykolaiv}
      - {name: Odesa}
""")})


def _parse(text: str, zone: str = "Europe/Kyiv") -> tuple[list[Update], list[Dropped]]:
    lines = text.strip("\n").split("\n")
    path = Path("chat.txt")
    source = Source(id="chat", file=path.name, path=path, publisher="WhatsApp group (chat export)",
                    published=dt.date(2022, 11, 12), timezone=zone)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    return segment(Document("chat", lines), source, config)


ANDROID_DAY_FIRST = """
11/11/2022, 08:02 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
11/11/2022, 08:03 - Olena K created group "Kherson fixers"
11/11/2022, 08:03 - Olena K added Mark
11/11/2022, 09:15 - Mark: Ukrainian flags going up in Bilozerka, video from a local admin
<Media omitted>
11/11/2022, 09:16 - Olena K: <Media omitted>
11/11/2022, 09:20 - Olena K: thanks Mark
11/11/2022, 10:41 - Olena K: Locals say the Antonivsky bridge was blown overnight, two spans down.
Checkpoint at Kyselivka abandoned, no Russian troops seen since 6am
11/11/2022, 10:45 - Mark: 👍
11/11/2022, 11:02 - Mark: anyone heading to Kherson city today?
11/11/2022, 12:30 - Mark: This message was deleted
11/11/2022, 13:05 - Mark left
"""


def test_android_export_messages_run_to_the_next_stamp_and_the_app_s_lines_are_dropped():
    updates, dropped = _parse(ANDROID_DAY_FIRST)
    reports = [u for u in updates if u.kind != "aside"]
    assert [(u.lines, u.date, u.time) for u in reports] == [
        ([4, 5], "2022-11-11", "09:15"), ([8, 9], "2022-11-11", "10:41")]
    assert sorted(d.line for d in dropped) == [1, 2, 3, 6, 12, 13]
    # the chatter is kept as asides: thanks, an emoji, a question to the group
    assert [u.lines for u in updates if u.kind == "aside"] == [[7], [10], [11]]
    assert reports[0].context.sender == "Mark"


US_IOS = """
[11/9/22, 9:42:13\u202fPM] Dana Whitfield: Russian MoD says troops ordered to withdraw to the left bank of the Dnipro
[11/9/22, 9:44:01\u202fPM] Sam Ortiz: ok
[11/10/22, 7:05:40\u202fAM] Sam Ortiz: Mykolaiv: air raid alert since 6:50, two explosions heard in the north
\u200eimage omitted
[11/11/22, 12:10:02\u202fPM] Dana Whitfield: \u200eimage omitted
"""


def test_us_ios_export_is_read_month_first_from_its_day_over_12_with_a_12_hour_clock():
    updates, dropped = _parse(US_IOS, zone="America/New_York")
    reports = [u for u in updates if u.kind != "aside"]
    assert [(u.date, u.time) for u in reports] == [("2022-11-09", "21:42"), ("2022-11-10", "07:05")]
    assert [d.line for d in dropped] == [5]


def test_day_order_is_decided_by_the_page_not_line_by_line():
    # 03/11 and 04/11 alone read either way; the page's 13/11 says the day comes first
    page = """
[03/11/2022, 18:20:00] Iryna: Shelling reported in the centre of Nikopol this evening, the mayor says
[04/11/2022, 07:10:00] Taras: Power back in most districts of Nikopol after the overnight strikes
[13/11/2022, 09:00:00] Iryna: Water supply restored in Mykolaiv after six months, the city council said
"""
    updates, _ = _parse(page)
    assert [u.date for u in updates] == ["2022-11-03", "2022-11-04", "2022-11-13"]


def test_telegram_and_signal_exports_written_as_text():
    telegram = """
[12.11.2022 08:15] Air Force Monitor: Explosions in Odesa, air defence working over the port
[12.11.2022 08:16] Air Force Monitor: stay in shelters
[12.11.2022 08:40] Anna: thanks
"""
    signal = """
[2022-11-12 08:15] Petro: Two cruise missiles downed over Odesa region, the Southern Command reports
[2022-11-12 08:17] Petro: Strike on a grain terminal in the port, fire crews on site
[2022-11-12 08:20] Lina: noted, thanks
"""
    for page in (telegram, signal):
        updates, _ = _parse(page)
        assert (updates[0].date, updates[0].time, updates[0].kind) == ("2022-11-12", "08:15", "update")
        assert updates[-1].kind == "aside"


def test_a_news_list_of_dated_headlines_is_no_chat_export():
    page = """
12/11/2022, 08:00 - Ukraine says it has retaken 41 settlements on the right bank
12/11/2022, 09:30 - Zelensky visits Kherson region checkpoint
12/11/2022, 11:00 - Russia says withdrawal across the Dnipro complete
"""
    updates, dropped = _parse(page)
    assert not dropped and all(u.context.sender is None for u in updates)


def _claim(data, text: str, sender: str) -> tuple[str | None, str | None]:
    source = Source(id="chat", file="chat.txt", path=Path("chat.txt"), publisher="WhatsApp group (chat export)")
    update = Update(source.id, [1], text, context=Context(sender=sender))
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)), data)
    return update.attribution.who, update.attribution.side


def test_the_sender_claims_their_own_reporting_also_from_an_unnamed_source(wars):
    data = wars["ukraine"]
    assert _claim(data, "Big explosion near the port, windows shaking on Derybasivska", "Mark") \
        == ("Mark", "independent")
    assert _claim(data, "my contact at the hospital: 14 wounded brought in since morning", "Olena K") \
        == ("Olena K", "independent")
    assert _claim(data, "Residents tell me the bridge was hit twice overnight", "Mark") == ("Mark", "independent")


def test_a_message_relaying_a_named_source_is_that_source_s_claim(wars):
    data = wars["ukraine"]
    assert _claim(data, "FWD from Vitaliy Kim's channel:\nMissile strike on the regional administration building",
                  "Olena K") == ("Vitaliy Kim", "ukrainian")
    assert _claim(data, "Yuriy Ihnat tweet: 18 of 20 drones shot down overnight", "Mark") \
        == ("Yuriy Ihnat", "ukrainian")
    assert _claim(data, "Vitaliy Kim just posted a video: Mykolaiv will get water back by the weekend", "Mark") \
        == ("Vitaliy Kim", "ukrainian")


def test_us_android_and_german_exports_with_a_file_and_its_caption():
    us = """
11/9/22, 9:42 PM - Dana: Russian MoD says troops ordered to withdraw to the left bank of the Dnipro
11/9/22, 9:44 PM - Sam: Is that confirmed?? Nothing on TV yet
11/13/22, 7:05 AM - Sam: IMG-20221113-WA0004.jpg (file attached)
Crowds with flags on Freedom Square in Kherson this morning
11/13/22, 7:06 AM - Sam: VID-20221113-WA0005.mp4 (file attached)
"""
    updates, dropped = _parse(us, zone="America/Chicago")
    assert [(u.lines, u.date, u.time, u.kind) for u in updates] == [
        ([1], "2022-11-09", "21:42", "update"), ([2], "2022-11-09", "21:44", "aside"),
        ([3, 4], "2022-11-13", "07:05", "update")]
    assert [d.line for d in dropped] == [5]
    german = """
14.11.22, 10:20 - Jonas: Selenskyj in Cherson eingetroffen, Video der Präsidialverwaltung
14.11.22, 10:21 - Jonas: <Medien ausgeschlossen>
14.11.22, 10:25 - Mia: Is he still there? Explosions reported near the airport by our fixer and by two residents
"""
    updates, _ = _parse(german, zone="Europe/Berlin")
    assert [(u.lines, u.date, u.time, u.kind) for u in updates if u.kind == "update"] == [
        ([1], "2022-11-14", "10:20", "update"), ([3], "2022-11-14", "10:25", "update")]


def test_telegram_desktop_copy_with_the_sender_over_the_message():
    page = """
Olena K, [11.11.2022 09:15]
Ukrainian flags going up in Bilozerka, video from a local admin
Mark, [11.11.2022 09:20]
thanks
Olena K, [11.11.2022 10:41]
Forwarded from Vitaliy Kim
The Antonivsky bridge was blown overnight, two spans are down.
Mark, [11.11.2022 10:45]
👍
"""
    updates, dropped = _parse(page)
    assert not dropped
    assert [(u.lines, u.time, u.kind, u.context.sender) for u in updates] == [
        ([1, 2], "09:15", "update", "Olena K"), ([3, 4], "09:20", "aside", "Mark"),
        ([5, 6, 7], "10:41", "update", "Olena K"), ([8, 9], "10:45", "aside", "Mark")]


def test_a_channel_s_posts_copied_from_telegram_desktop_are_no_chat():
    page = """
Ukrainian Air Force, [11.11.2022 09:15]
Air raid alert in Mykolaiv region
Ukrainian Air Force, [11.11.2022 09:40]
All clear in Mykolaiv region
Ukrainian Air Force, [11.11.2022 10:41]
Two Shahed drones downed over Odesa region overnight
"""
    updates, _ = _parse(page)
    assert all(u.context.sender is None for u in updates)
