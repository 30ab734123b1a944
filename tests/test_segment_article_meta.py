"""An article's own metadata, in the forms a newspaper site writes it: an update line with a dash after "Updated" and
the dateline's place after the clock ("Updated - September 27, 2023 11:14 pm IST - IMPHAL"), which dates the story
and stamps no post; an audio player's "Listen to Story" button, which is furniture and tags nothing; and a title's
"for second day", which counts the protest's days, not the war's. Pages written for these tests on the Manipur
conflict."""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page

from chronik.config import Epoch
from chronik.segment.timestamps import find_stamp

ARTICLE = """
    Manipur: students clash with police for second day; curfew extended
    Special Correspondent
    Updated - September 27, 2023 11:14 pm IST - IMPHAL
    Listen to Story
    Students clashed with security personnel in Imphal for the second consecutive day on Wednesday.
    The protesters were stopped near the secretariat, police said.
    On Tuesday, more than 45 students were injured when security forces used tear gas to disperse a march.
    Curfew for six more months
    The State government extended the curfew in five valley districts.
    Chief Minister N. Biren Singh appealed for calm.
    The Kuki-Zo council held a rally in Churachandpur against the arrests.
    """

# a war whose day 2 falls a week before the page: "for second day" must not date the story by it
EPOCHS = (Epoch("offensive", dt.date(2023, 9, 19)),)


@pytest.mark.parametrize(("line", "time"), [
    ("Updated - September 27, 2023 11:14 pm IST - IMPHAL", "23:14"),
    ("Published - 3 March 2024 09:05 GMT", "09:05"),
    ("Updated – 12 May 2024, 18:40 – NEW DELHI", "18:40"),
])
def test_an_update_line_with_dashes_and_a_place_is_a_stamp(line: str, time: str) -> None:
    stamp = find_stamp(line)
    assert stamp is not None and stamp.time == time and stamp.date_text is not None


def test_an_article_with_its_update_line_and_a_listen_button_is_read_as_a_story() -> None:
    updates = parse_page(ARTICLE, dt.date(2023, 9, 27), "Asia/Kolkata",
                         title="Manipur: students clash with police for second day; curfew extended", epochs=EPOCHS)
    assert of(updates, "Updated - September 27").kind == "aside"  # the story's dateline, no post's stamp
    assert not any(u.text.startswith("Listen to Story") for u in updates)
    first = of(updates, "Students clashed")
    assert first.kind == "update" and first.time is None and first.date == "2023-09-27"
    assert not first.tags  # the button tags nothing
    # the subheading between paragraphs labels its section; its paragraphs stay reports of their own
    assert of(updates, "Curfew for six more months").kind == "aside"
    assert of(updates, "The State government extended") is not of(updates, "The Kuki-Zo council held")


def test_a_titles_second_day_is_no_day_of_the_war() -> None:
    updates = parse_page(ARTICLE, dt.date(2023, 9, 27), "Asia/Kolkata",
                         title="Manipur: students clash with police for second day; curfew extended", epochs=EPOCHS)
    assert of(updates, "Chief Minister N. Biren Singh").date == "2023-09-27"
