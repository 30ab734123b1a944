"""Round 62 of the segmenter: an alerts history (a civil-defence site's or an alert app's list of sirens), each alert a
clock alone on its line over its type and places, is one update per alert (``parse_page`` is the one-page parser of
``tests/page_cases.py``)."""

from __future__ import annotations

import datetime as dt

from page_cases import parse_page


def _rows(text: str, published: dt.date, tz: str) -> list[tuple[str, list[int], str | None, str | None]]:
    updates = parse_page(text, published, tz, title="Alerts")
    return [(u.kind, u.lines, u.date, u.time) for u in updates]


def test_an_air_raid_alert_log_reads_each_clock_with_its_type_and_region() -> None:
    rows = _rows("""
        Air raid alerts
        Alerts history
        Saturday, 24 February 2024
        04:41
        All clear
        Kyiv Oblast, Zhytomyr Oblast
        03:12
        Air raid alert
        Kyiv Oblast, Zhytomyr Oblast, Chernihiv Oblast
        02:55
        Air raid alert
        Kharkiv Oblast
        Friday, 23 February 2024
        23:18
        All clear
        Odesa Oblast
        22:47
        Air raid alert
        Odesa Oblast, Mykolaiv Oblast
    """, dt.date(2024, 2, 24), "Europe/Kyiv")
    alerts = [r for r in rows if r[0] == "update"]
    assert [r[1] for r in alerts] == [[4, 5, 6], [7, 8, 9], [10, 11, 12], [14, 15, 16], [17, 18, 19]]
    assert [(r[2], r[3]) for r in alerts] == [("2024-02-24", "04:41"), ("2024-02-24", "03:12"),
                                             ("2024-02-24", "02:55"), ("2024-02-23", "23:18"),
                                             ("2024-02-23", "22:47")]


def test_an_alert_app_s_rows_of_three_lines_keep_their_protection_time_and_the_footer_stays_apart() -> None:
    rows = _rows("""
        Red Alert history
        12.05.2023
        13:05:22
        Rockets and missiles
        Ashkelon - South, Zikim
        Time to shelter: 30 seconds
        12:48:09
        Rockets and missiles
        Sderot, Ibim
        Time to shelter: 15 seconds
        09:14:51
        Hostile aircraft
        Metula
        Time to shelter: immediately
        11.05.2023
        21:30:40
        Rockets and missiles
        Nahal Oz, Kfar Aza
        Time to shelter: 15 seconds
        Show older alerts
    """, dt.date(2023, 5, 12), "Asia/Jerusalem")
    alerts = [r for r in rows if r[0] == "update"]
    assert [r[1] for r in alerts] == [[3, 4, 5, 6], [7, 8, 9, 10], [11, 12, 13, 14], [16, 17, 18, 19]]
    assert [r[3] for r in alerts] == ["13:05", "12:48", "09:14", "21:30"]
    assert alerts[-1][2] == "2023-05-11"
    assert not any(20 in r[1] for r in alerts)


def test_a_live_page_s_clocks_over_a_headline_and_its_paragraph_are_no_alert_rows() -> None:
    text = """
        Live: Russian strikes on Kharkiv
        14:05
        Strike hits apartment block
        Regional governor Oleh Syniehubov said a guided bomb struck a nine-storey building, wounding six people.
        13:40
        Power cut in two districts
        The city's utility said electricity had been cut in the Saltivskyi and Kyivskyi districts after the strike.
        13:12
        Air raid alert declared
        The regional administration urged residents to stay in shelters until the all-clear.
    """
    updates = parse_page(text, dt.date(2024, 5, 25), "Europe/Kyiv", title="Alerts")
    assert [(u.kind, u.lines, u.title) for u in updates if u.kind == "update"] == [
        ("update", [2, 4], "Strike hits apartment block"), ("update", [5, 7], "Power cut in two districts"),
        ("update", [8, 10], "Air raid alert declared")]


def test_a_channel_s_web_preview_drops_the_messaging_app_s_own_lines_around_the_posts() -> None:
    updates = parse_page("""
        Kyiv City Military Administration
        @VA_Kyiv
        512K subscribers
        Preview channel
        If you have Telegram, you can view and join Kyiv City Military Administration right away.
        March 21
        Kyiv City Military Administration
        Ballistic missile attack on the capital. Debris fell in the Shevchenkivskyi district, Serhiy Popko said.
        👁 140K  05:12
        Load more
        Telegram is a cloud-based mobile and desktop messaging app with a focus on security and speed.
    """, dt.date(2024, 3, 21), "Europe/Kyiv", title="Kyiv City Military Administration")
    covered = {n for u in updates for n in u.lines}
    assert 5 not in covered and 11 not in covered
    assert any(8 in u.lines and u.kind == "update" for u in updates)


def test_a_bot_s_contact_prompt_in_the_web_preview_is_dropped_too() -> None:
    updates = parse_page("""
        Air Force of the Armed Forces of Ukraine
        If you have Telegram, you can contact Air Force of the Armed Forces of Ukraine right away.
        May 8
        Overnight the enemy launched 21 Shahed drones; air defence destroyed 20 of them over five regions.
        👁 96.4K  07:41
    """, dt.date(2024, 5, 8), "Europe/Kyiv", title="Air Force of the Armed Forces of Ukraine")
    assert 2 not in {n for u in updates for n in u.lines}


_ADVISORIES = """
    Red Sea advisories
    Yemen: Merchant vessel reports missile impact near Mokha
    Date: 12 Feb 2024 06:40 UTC
    Category: Maritime security
    Region: Southern Red Sea
    Summary
    A Greece-flagged bulk carrier reported a missile struck its port side 57 nautical miles west of Mokha.
    Yemen: Houthi spokesman claims drone attack on tanker
    Date: 10 Feb 2024 21:15 UTC
    Category: Maritime security
    Region: Gulf of Aden
    Summary
    Yahya Saree said Houthi forces had targeted a tanker with drones; no damage was reported by the vessel.
{tail}
    Request a demo to access the full advisory archive.
"""


def test_a_box_of_links_named_as_the_records_are_is_no_record_of_the_list() -> None:
    updates = parse_page(_ADVISORIES.format(tail="""
    Related advisories
    Yemen: Elevated threat to shipping in the southern Red Sea through March
    Yemen: GPS interference likely off Hodeidah"""), dt.date(2024, 2, 12), "UTC", title="Red Sea advisories")
    records = [u for u in updates if u.kind == "update"]
    assert [u.lines for u in records] == [[2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13]]
    assert [u.date for u in records] == ["2024-02-12", "2024-02-10"]
    assert {n for u in updates if u.kind == "aside" for n in u.lines} >= {15, 16, 17}
    assert 18 not in {n for u in updates for n in u.lines}  # the platform's prompt


def test_one_last_record_without_its_date_field_stays_a_record() -> None:
    updates = parse_page(_ADVISORIES.format(tail="""
    Yemen: Vessel reports explosion in its vicinity near Aden
    Category: Maritime security
    Region: Gulf of Aden
    Summary
    The master reported an explosion about one nautical mile off the vessel's starboard bow; crew safe."""),
        dt.date(2024, 2, 12), "UTC", title="Red Sea advisories")
    last = next(u for u in updates if 15 in u.lines)
    assert last.kind == "update" and last.lines == [15, 16, 17, 18, 19]
