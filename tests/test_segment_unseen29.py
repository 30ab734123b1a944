"""Round twenty-nine of page shapes, written for the shape rather than one outlet: a day-by-day timeline explainer's
furniture (a push-service prompt, the paragraph of an appeal box between its heading and its button, a comment
form's "Please enter ..." fields), an inline lead with an hour and no minutes ("March 3, 9 pm: ..."), a clock opening
an item under a night's heading ("Night of March 3-4" / "At 11 pm, ..."), and paragraphs of their own under a day's
heading around an item that leads with its clock.

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page
from test_boilerplate import REPORT, run


@pytest.mark.parametrize(("line", "reason"), [
    ("The Daily Star would like to send you notifications for the latest news and updates.", "notification prompt"),
    ("We'd like to show you notifications for breaking stories.", "notification prompt"),
    ("Sustaining this work needs support from readers like you.", "donation appeal"),
    ("Wherever you are, you can take a paid subscription by clicking here.", "donation appeal"),
    ("Please enter your comment!", "comment form"),
    ("Please enter your name here", "comment form"),
    ("Please enter your email address here.", "comment form"),
])
def test_furniture_lines_are_dropped(line: str, reason: str) -> None:
    updates, dropped = run(f"{REPORT}\n{line}\n")
    assert [d.reason for d in dropped] == [f"boilerplate: {reason}"]
    assert [u.lines for u in updates] == [[1]]


def test_a_paragraph_inside_an_appeal_box_is_the_appeals() -> None:
    page = f"""
        {REPORT}
        Support Our Journalism
        Ukraine needs independent, on-the-ground reporting from the front. The Kharkiv Herald, with its team of
        Sustaining this work needs support from readers like you.
        Support Our Journalism
    """
    updates, dropped = run(page.replace("of\n", "of reporters, is doing just that.\n"))
    assert [u.lines for u in updates] == [[1]]
    assert sorted(d.line for d in dropped) == [2, 3, 4, 5]


def test_a_report_between_two_appeals_is_kept_only_when_long() -> None:
    body = " ".join(["Russian forces shelled the village again on Tuesday, the regional governor said."] * 6)
    page = f"""
        {REPORT}
        Support Our Journalism
        {body}
        Please donate today.
    """
    updates, _ = run(page)
    assert [u.lines for u in updates] == [[1], [3]]


def test_a_request_to_enter_something_in_a_report_is_kept() -> None:
    line = "Please enter your details at the registration point, the mayor told residents leaving Kherson."
    updates, dropped = run(f"{REPORT}\n{line}\n")
    assert not dropped and len(updates) == 2


TIMELINE = """
    How the week unfolded

    March 2:
    Ukraine's foreign minister met his Polish counterpart in Rzeszow to discuss air defence supplies.

    March 3:
    Before dawn, Russian drones struck an energy facility outside Odesa, the regional governor said.
    March 3, 10:15 am: The Ukrainian air force said it had shot down 34 of 41 drones launched overnight.
    March 3, 9 pm: A nationwide air raid alert was declared as strategic bombers took off from Olenya airbase.
    The mayor of Kharkiv, Ihor Terekhov, wrote on Telegram that explosions were heard in the city.
    Blackout in the northern districts. Stay in shelters, please.

    Night of March 3-4
    At 11 pm, the defence ministry in Moscow said its air defences had downed six Ukrainian drones over Belgorod.
    Around 2:30 am, a missile hit a residential building in Dnipro, killing three people, emergency services said.
    Rescuers worked through the night to reach people under the rubble.
"""


def _timeline() -> list:
    return [u for u in parse_page(TIMELINE, dt.date(2025, 3, 5), "Europe/Kyiv") if u.kind != "aside"]


@pytest.mark.parametrize(("start", "time"), [
    ("March 3, 10:15 am", "10:15"),
    ("March 3, 9 pm", "21:00"),
])
def test_an_inline_lead_with_an_hour_gives_its_time(start: str, time: str) -> None:
    update = of(_timeline(), start)
    assert (update.date, update.time) == ("2025-03-03", time)


@pytest.mark.parametrize(("start", "date", "time"), [
    ("At 11 pm", "2025-03-03", "23:00"),  # the night's evening: its first day
    ("Around 2:30 am", "2025-03-04", "02:30"),  # its small hours: the morning after
])
def test_a_clock_opening_an_item_under_a_nights_heading_gives_its_day_and_time(start: str, date: str,
                                                                               time: str) -> None:
    update = of(_timeline(), start)
    assert (update.date, update.date_end, update.time) == (date, None, time)


def test_an_item_without_a_clock_under_a_nights_heading_keeps_both_days() -> None:
    page = TIMELINE.replace("At 11 pm, the defence", "The defence")
    update = of([u for u in parse_page(page, dt.date(2025, 3, 5), "Europe/Kyiv")], "The defence ministry")
    assert (update.date, update.date_end, update.time) == ("2025-03-03", "2025-03-04", None)


def test_a_paragraph_under_a_clock_lead_in_a_days_section_of_unled_paragraphs_is_its_own() -> None:
    starts = [u.text[:20] for u in _timeline()]
    assert "The mayor of Kharkiv" in starts
    assert of(_timeline(), "March 3, 9 pm").lines == [9]


def test_a_paragraph_under_a_dated_entry_of_a_diary_tells_its_day() -> None:
    """On a page copied without blank lines the layout sets no paragraph under the entry: the next one is an update of
    its own (the blind sets ZZZZZW and ZZZZT give a paragraph there an entry of its own), of the entry's day."""
    page = """
        I kept notes every evening. Here they are, more or less as I wrote them.
        Monday, 3 March: Drones again over the city before dawn. The governor said two were shot down.
        The school near us has closed until further notice.
        Tuesday, 4 March: Quiet day. Power came back in the afternoon.
    """
    updates = [u for u in parse_page(page, dt.date(2025, 3, 5), "Europe/Kyiv") if u.kind != "aside"]
    assert of(updates, "Monday, 3 March").lines == [2]
    assert of(updates, "The school near us").date == "2025-03-03"


@pytest.mark.parametrize(("opening", "time"), [
    ("At a 10:30 am briefing, the army spokesman said", "10:30"),
    ("At its 4 pm press conference, the general staff said", "16:00"),
    ("At the 12:00 daily briefing, the ministry said", "12:00"),
])
def test_the_clock_of_the_briefing_an_item_opens_with_is_its_time(opening: str, time: str) -> None:
    page = f"""
        March 2:
        Ukraine's foreign minister met his Polish counterpart in Rzeszow.

        March 3:
        {opening} that 14 drones had been shot down over Kyiv overnight.
    """
    update = of(parse_page(page, dt.date(2025, 3, 5), "Europe/Kyiv"), opening[:12])
    assert (update.date, update.time) == ("2025-03-03", time)

