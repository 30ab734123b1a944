"""Formats met after the blind sets ZZZZZS (Côte d'Ivoire 2002-04) and ZZZZZT (India-Pakistan 2019) were opened,
each on pages written for these tests:

- a timeline's item opening with its day and a clock of four digits before its zone ("Feb 2, 1300 GMT - ...",
  "3 February, 2130 WAT – ...") is dated that day of the page's year, at that time; the four digits are no year.
  An item with its year ("Feb 1, 2008 - ...") still has it (a guard);
- a diary's day headings of a weekday and an ordinal day of no month ("Friday 28th", "Monday, the 3rd") date the
  paragraphs under them: the day of that number on that weekday nearest the publication, in the month before it
  when that is where the weekday falls; a weekday with its day and month ("Tuesday 4th March") reads as it says
  (a guard);
- a series of releases numbered by the office's code alone ("No PR-12/2016-DPR" over "Dated: March 3, 2016" over
  "Juba - March 3, 2016:") sets those three lines apart as asides, the release's text one update dated by them; a
  number with the document's name ("Statement No. 40") still titles its release (a guard);
- an item of a timeline opening with "In the days that followed" or "Over the next few days" tells of the days after
  the item before it: it is dated the day after that item's;
- a spokesperson's housekeeping in the first person ("That concludes my statement. I will now take your questions.",
  "Our next briefing will take place on Thursday 17 June at 11:00.") is an aside, as "The next briefing will be
  held ..." is; the report before it still reports (a guard);
- a transcript's question labelled with who asks it in brackets ("Question (Reuters): ...?") heads the answer under
  it, as "Question: ...?" does.
"""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page

_TIMELINE = """
    Factbox: fighting in Chad's capital
    Feb 4 (Reuters) - Following is a timeline of the fighting in N'Djamena since rebels entered the capital.
    Feb 1, 2008 - Rebel columns reach Massaguet, 50 km north-east of the capital, after a three-day advance.
    Feb 2, 1300 GMT - Rebels enter N'Djamena and fighting breaks out around the presidential palace.
    Feb 2, 1815 UTC - The French army says it has begun evacuating foreigners to Libreville.
    3 February, 2130 WAT – Government forces say they have pushed the rebels out of the city centre.
    Feb 4 - The U.N. Security Council calls on states to support the government.
"""


@pytest.mark.parametrize(("start", "date", "time"), [
    ("Feb 2, 1300 GMT", "2008-02-02", "13:00"),
    ("Feb 2, 1815 UTC", "2008-02-02", "18:15"),
    ("3 February, 2130 WAT", "2008-02-03", "21:30"),
    ("Feb 1, 2008", "2008-02-01", None),
])
def test_a_clock_of_four_digits_before_its_zone_is_no_year(start: str, date: str, time: str | None) -> None:
    item = of(parse_page(_TIMELINE, dt.date(2008, 2, 4), "Africa/Ndjamena"), start)
    assert (item.date, item.time) == (date, time)


_DIARY = """
    Simferopol diary: the week the soldiers came
    A few notes from the last days, for friends who asked. The phone network has been patchy since the weekend.
    Friday 28th
    Armed men in unmarked uniforms took over the airport before dawn. Our neighbour says they came in trucks.
    Saturday, the 1st
    The parliament voted to hold a referendum, the local radio said, and queues formed at the cash machines.
    Monday, the 3rd
    The Ukrainian base at Perevalne is surrounded. The officers' wives brought them food through the gate.
    Tuesday 4th March
    Quieter. The shops are open and the buses run again.
"""


@pytest.mark.parametrize(("start", "date"), [
    ("Armed men in unmarked uniforms", "2014-02-28"),
    ("The parliament voted", "2014-03-01"),
    ("The Ukrainian base at Perevalne", "2014-03-03"),
    ("Quieter.", "2014-03-04"),
])
def test_a_weekday_and_an_ordinal_day_head_a_diarys_day(start: str, date: str) -> None:
    item = of(parse_page(_DIARY, dt.date(2014, 3, 5), "Europe/Simferopol"), start)
    assert item.date == date


_RELEASES = """
    Directorate of Public Relations
    Press Releases
    {first}
    Dated: March 3, 2016
    Juba - March 3, 2016:
    Rebel forces attacked army positions near Malakal this evening and were repulsed with heavy losses.
    Two soldiers were wounded and evacuated to the military hospital in Juba.
    {second}
    Dated: March 2, 2016
    Juba - March 2, 2016:
    The Chief of General Staff visited troops deployed along the Nile and reviewed their readiness.
    Copyright 2016 Directorate of Public Relations. All rights reserved.
"""


def _release_page(first: str, second: str) -> list:
    return parse_page(_RELEASES.format(first=first, second=second), dt.date(2016, 3, 3), "Africa/Juba")


def test_a_release_numbered_by_its_code_alone_sets_its_heads_apart() -> None:
    updates = _release_page("No PR-12/2016-DPR", "No PR-11/2016-DPR")
    for head in ("No PR-12/2016-DPR", "Dated: March 3, 2016", "Juba - March 3, 2016:", "No PR-11/2016-DPR"):
        assert of(updates, head).kind == "aside"
    report = of(updates, "Rebel forces attacked")
    assert (report.kind, report.date, report.title_lines) == ("update", "2016-03-03", [])
    assert "Two soldiers were wounded" in report.text
    assert of(updates, "The Chief of General Staff").date == "2016-03-02"


def test_a_releases_name_and_number_still_title_it() -> None:
    """Guard: "Statement No. 12" is the release's title, a line of its update."""
    updates = _release_page("Statement No. 12", "Statement No. 11")
    report = of(updates, "Juba - March 3, 2016:")
    assert report.title == "Statement No. 12" and report.title_lines
    assert "Rebel forces attacked" in report.text


@pytest.mark.parametrize("opening", ["In the days that followed", "Over the next few days", "In the ensuing days"])
def test_the_days_that_followed_begin_the_day_after_the_item_before(opening: str) -> None:
    page = f"""
        12 July
        Gunmen attacked a police post near the border, killing four officers.
        {opening}, the government closed two crossings and expelled a diplomat.
        18 July
        Talks resumed in the capital.
"""
    updates = parse_page(page, dt.date(2006, 7, 30), "Asia/Beirut")
    assert of(updates, opening).date == "2006-07-13"
    assert of(updates, "Gunmen attacked").date == "2006-07-12"


_PRESS_CONFERENCE = """
    Text of the press conference of the government spokesman
    Dr. Jane Roe: Good evening. The army repelled an attack on the port this morning and the situation is calm.
    The curfew in the capital stays in force until further notice, and the airport will reopen tomorrow.
    Question (Reuters): Your forces shelled the market again today. Do you deny it?
    Dr. Jane Roe: This is not true. Our forces have not fired a single shell at the market since the truce.
    Question (AFP): Will you allow journalists to visit the port?
    Dr. Jane Roe: When the security situation allows, we will organise a visit for the foreign press.
    Question (BBC): Is the president ready to talk to the rebels?
    Dr. Jane Roe: The president has said many times that the door to dialogue is open to those who lay down arms.
"""


@pytest.mark.parametrize(("answer", "asker"), [("Dr. Jane Roe: This is not true", "Reuters"),
                                               ("Dr. Jane Roe: When the security", "AFP")])
def test_a_question_labelled_with_its_asker_heads_the_answer(answer: str, asker: str) -> None:
    updates = parse_page(_PRESS_CONFERENCE, dt.date(2011, 4, 20), "Africa/Tripoli")
    found = of(updates, answer)
    assert found.title is not None and found.title.startswith(f"Question ({asker})") and found.title_lines


_BRIEFING = """
    Weekly press briefing
    Spokesperson: Good morning. The Force Commander reports that the situation was calm this week.
    {close}
    Question: Can you confirm the reports of an attack on a patrol near the river?
    Answer: We have no report of any incident involving our troops near the river.
    Spokesperson: Thank you. {next}
"""


@pytest.mark.parametrize(("close", "next_briefing"), [
    ("That concludes my statement. I will now take your questions.",
     "Our next briefing will take place on Thursday 17 June at 11:00."),
    ("This concludes my statement. I am happy to take your questions.",
     "Our next press briefing will be on Thursday."),
])
def test_a_spokespersons_housekeeping_is_an_aside(close: str, next_briefing: str) -> None:
    updates = parse_page(_BRIEFING.format(close=close, next=next_briefing), dt.date(2004, 6, 10), "Africa/Abidjan")
    assert of(updates, close[:20]).kind == "aside"
    assert of(updates, "Spokesperson: Thank you.").kind == "aside"
    assert of(updates, "Spokesperson: Good morning.").kind == "update"
