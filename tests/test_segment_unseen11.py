"""Round eleven of whole pages (``tests/pages/``): a forum's live thread whose updates are stamped "UPDATE 23:05
(Khartoum):" — the clock's place in parentheses names its zone — newest first, the top one dated past midnight
("UPDATE 01:20 Apr 18 (Khartoum):"), the ones under it on the day before. Each test says what a careful reader
expects; every non-blank line is used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

from test_segment_property import unaccounted
from test_segment_unseen import parse

from chronik.segment.timestamps import find_stamp


def test_forum_live_thread_stamped_with_the_clock_s_place_newest_first_past_midnight() -> None:
    page = parse("sudan_forum_live_thread")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    stamped = [("UPDATE 01:20 Apr 18", "2023-04-18", "01:20"), ("UPDATE 23:05", "2023-04-17", "23:05"),
               ("UPDATE 18:40", "2023-04-17", "18:40"), ("UPDATE 12:15", "2023-04-17", "12:15")]
    for start, date, time in stamped:
        update = page.of(start)
        assert (update.kind, update.date, update.time, update.timezone) == ("update", date, time, "Africa/Khartoum")
    # the stamp is not the update's text, and the line under one continues it
    assert page.of("UPDATE 01:20").text.startswith("RSF says its fighters")
    assert page.of("Several hospitals in the capital") is page.of("UPDATE 18:40")
    assert "the day before" in page.of("UPDATE 23:05").why
    page.not_reported("Live thread: fighting in Khartoum")


def test_a_place_in_parentheses_after_a_stamp_s_clock_is_its_zone() -> None:
    for text, zone in [("UPDATE 16:40 (Kyiv): Zelensky says the city holds.", "Europe/Kyiv"),
                       ("21:05 (Baku) – The ministry says two soldiers died.", "Asia/Baku"),
                       ("09:30 Mar 3 (Moscow time): The Kremlin says talks continue.", "Europe/Moscow")]:
        stamp = find_stamp(text)
        assert stamp is not None and stamp.zone == zone and stamp.body[0].isupper()
    # a place the lexicon gives no clock is not read as a zone, nor is a place in the sentence
    assert find_stamp("10:00 (Paris): Macron calls for a ceasefire.") is None
    assert find_stamp("At 16:40 (Kyiv), sirens sounded.") is None
