"""Formats met on the blind sets ZZZZU (Sri Lanka 2009) and ZZZZV (Iraq 2003), each on pages written for these tests:

- a situation report's period under its title ("3 – 6 March 2024"), issued on the period's last day: what it tells
  without a day of its own ("Shelters in Kramatorsk are full.") is as of the day the report was issued, not of the
  period's first day; an item naming its day keeps it; a period that ended before the report was issued still dates
  its undated items by its first day; the report's note on how it was issued ("This report was issued by OCHA
  Colombo. It covers the period ...", "This update was produced by ...") is an aside
- an embedded reporter's diary under day headings ("Day 40 -- Thursday, April 3"): a paragraph opening on a time of
  the day ("Late in the afternoon, ...", "At 4 p.m., ...") is of its heading's day, whatever day someone in it tells
  of in a later sentence ("... he said his unit had been cut off on Monday"); "That evening" after it is that day's
- a day in the possessive that a comparison looks back to ("more defiant than at Sunday's news conference") is no
  day of the paragraph's own
- a history site's timeline told in the present ("On May 1, 1945, Dönitz orders ...") whose item opens on a later day
  written in full than its last day's heading: that day, as a past-tense item's would be
"""

from __future__ import annotations

import datetime as dt

from tests.page_cases import of, parse_page

SITREP = "\n".join([
    "Humanitarian Response Portal",
    "Home | Operations | Assessments | Funding | Contacts",
    "Document",
    "Ukraine: Donetsk Oblast Emergency Flash Update No. 7",
    "Source: OCHA",
    "Posted: 6 Mar 2024",
    "Ukraine",
    "UKRAINE: DONETSK OBLAST EMERGENCY",
    "Flash Update No. 7",
    "3 – 6 March 2024",
    "This update was produced by OCHA Ukraine. The next update will be issued on or around 10 March.",
    "HIGHLIGHTS",
    "• On 4 March, shelling damaged the water pumping station that supplies Kostiantynivka.",
    "• Collective centres in Kramatorsk and Sloviansk are full; blankets and heaters are urgently required.",
    "SITUATION OVERVIEW",
    "Humanitarian partners estimate that some 12,000 people remain in the frontline villages east of Chasiv Yar.",
])


def test_a_report_periods_undated_items_are_as_of_its_issue_day() -> None:
    updates = parse_page(SITREP, dt.date(2024, 3, 6), "Europe/Kyiv")
    assert of(updates, "On 4 March").date == "2024-03-04"
    for start in ("Collective centres", "Humanitarian partners"):
        found = of(updates, start)
        assert (found.date, found.date_basis) == ("2024-03-06", "publication")


def test_a_period_over_before_the_report_dates_by_its_first_day() -> None:
    updates = parse_page(SITREP, dt.date(2024, 3, 12), "Europe/Kyiv")
    assert of(updates, "Collective centres").date == "2024-03-03"


def test_a_reports_note_on_how_it_was_issued_is_an_aside() -> None:
    updates = parse_page(SITREP, dt.date(2024, 3, 6), "Europe/Kyiv")
    assert of(updates, "This update was produced").kind == "aside"


DIARY = "\n".join([
    "War diary: 'The bridge is ours'",
    "By Dana Whitfield",
    "Web posted Friday, April 4, 2003",
    "Day 16 -- Thursday, April 3",
    "The battalion spent the morning clearing the approaches to the bridge over the Euphrates at Musayyib.",
    "Late in the afternoon, the scouts brought in two deserters from the Hammurabi Division. Through an interpreter, "
    "one said his unit had been cut off on Monday and had not eaten since.",
    "That evening, the engineers finished checking the bridge for charges and the first tanks crossed.",
    "Day 17 -- Friday, April 4",
    "The column moved north at first light.",
])


def test_a_diary_paragraph_opening_on_a_time_of_day_is_of_its_heading() -> None:
    updates = parse_page(DIARY, dt.date(2003, 4, 4), "Asia/Baghdad")
    assert of(updates, "Late in the afternoon").date == "2003-04-03"
    assert of(updates, "That evening").date == "2003-04-03"


def test_a_day_a_comparison_looks_back_to_is_not_the_paragraphs() -> None:
    text = "\n".join([
        "Iraqi minister's news conference",
        "Monitoring comment",
        "The minister's figures could not be independently verified. His tone was more defiant than at Sunday's news "
        "conference.",
    ])
    updates = parse_page(text, dt.date(2003, 3, 24), "Asia/Baghdad")
    assert of(updates, "The minister's figures").date == "2003-03-24"


HISTORY_TIMELINE = "\n".join([
    "Battle of Berlin, 1945: Timeline",
    "Updated: April 16, 2020",
    "April 16",
    "At 3 a.m., Soviet artillery opens the offensive on the Seelow Heights with a barrage of 9,000 guns.",
    "April 30",
    "Hitler takes his own life in the Fuhrerbunker as Soviet troops storm the Reichstag.",
    "Aftermath",
    "On May 8, 1945, Germany signs its unconditional surrender in Berlin-Karlshorst.",
])


def test_a_present_tense_timeline_item_on_a_later_full_day_keeps_it() -> None:
    updates = parse_page(HISTORY_TIMELINE, dt.date(2020, 4, 16), "Europe/Berlin")
    assert of(updates, "Hitler takes").date == "1945-04-30"
    assert of(updates, "On May 8, 1945").date == "1945-05-08"
