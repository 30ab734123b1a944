"""Formats met after the blind sets ZZZZZQ (Aceh 2003) and ZZZZZR (Donbas 2014-15), each on pages written for these
tests:

- a label under a timeline's day headings naming a longer time the last day is not in ("How it began: April 2023",
  "Background: the spring of 2023") opens a section on that other time: its items are dated by their own words ("On
  April 15, ...") or, naming none, by the page's date as background, not by the day heading above the label; a label
  of a time holding the day ("Humanitarian situation: 8-9 June") or of no time ("Military developments") does not
  (guards);
- an unstamped item opening with a wire's dateline that gives its clock ("ANTARA, Jayapura, 09:15 WIT: ...",
  "KHARTOUM (SUNA), 14:05 - ...") has that time, in the zone the dateline names, if any; a dateline without a clock
  ("KHARTOUM, June 8 (Reuters) - ...") gives none (a guard);
- a report's paragraph ending with a colon that opens with a list's label ("2. Main developments reported by the
  field office and the media:", "Highlights of the week, as reported by partners and local media:") introduces the
  dated items under it: an aside, each item an update of its own;
- a rights group's release opening with its place and day in brackets ("(Kampala, March 3, 2024) – ...") is a wire
  story: the stamp over its title ("March 3, 2024 12:00AM EST") is when it was published, and its paragraphs are
  dated by their own days ("on February 12 soldiers ..."), not by the stamp;
- a document or an event named by its day after "of" ("in violation of the Jeddah Declaration of 11 May", "Resolution
  2166 of 21 July") is recalled, not the day of the paragraph's act; "on the night of 17 June" still is (a guard);
- a post embedded in a live post, its text reading as a headline ("Drone strike on #Port_Sudan fuel depot this
  morning") right above its signature ("— Sudan Tribune (@SudanTribune) May 6, 2025"), is the live post's lines,
  not a headline over an aside;
- a briefing's housekeeping ("MODERATOR: Thank you. The next briefing will be held tomorrow at 11:00.", "We will now
  take a few questions.", "This concludes the briefing.") is an aside; a long turn closing with it still reports
  (a guard);
- a picture's caption of one sentence closed by its day, after a place with a hyphen ("Guinea-Bissau - Voters queue
  outside a polling station in Bissau, 24 November 2019.") or alone in the present ("Residents of Khartoum queue for
  bread as shelling echoes nearby, April 20, 2023."), is set aside as a caption; a report of the past closed by a day
  ("Fighting broke out in the capital, 15 April 2023.") is not (a guard);
- a parliament's record marks its clock now and then ("§ 2.15 p.m."): each speech after a mark, until the next, takes
  the mark's clock; a heading of the next item ("BUSINESS OF THE HOUSE") ends its reach (a guard).
"""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page

_TIMELINE = """
    Timeline: the war in Sudan
    Below is a timeline of the key events in the fighting between the army and the Rapid Support Forces.

    June 9
    The army said its aircraft had struck RSF positions in southern Khartoum, and residents reported heavy shelling.
    The RSF accused the army of bombing a market in Omdurman, killing at least 17 people.

    June 8
    The Saudi and US mediators said the talks in Jeddah had been suspended after repeated violations of the truce.
    Aid agencies said fighting had cut the road between El Obeid and Khartoum for a third day.

    {label}
    The rivalry between the two generals grew after the 2021 coup, as talks on merging the RSF into the army stalled.
    On April 15, fighting broke out in Khartoum between the army and the RSF after weeks of tension over the merger.
    On May 20, the two sides signed a week-long ceasefire in Jeddah, which was repeatedly violated.
    Related
"""


@pytest.mark.parametrize("label", ["How it began: April 2023", "Background: the spring of 2023"])
def test_a_label_naming_another_time_ends_the_day_headings(label: str) -> None:
    updates = parse_page(_TIMELINE.format(label=label), dt.date(2023, 6, 24), "Africa/Khartoum")
    assert of(updates, "The army said its aircraft").date == "2023-06-09"
    assert of(updates, "On April 15").date == "2023-04-15"
    assert of(updates, "On May 20").date == "2023-05-20"
    assert of(updates, "The rivalry between").date == "2023-06-24"


@pytest.mark.parametrize("label", ["Military developments", "Humanitarian situation: 8-9 June"])
def test_a_label_of_a_time_holding_the_day_keeps_it(label: str) -> None:
    """Guard: a label naming no time, or a time holding the day above, leaves the day's items dated by the
    heading."""
    page = _TIMELINE.replace("{label}", "").replace("    Aid agencies said", f"    {label}\n    Aid agencies said")
    updates = parse_page(page, dt.date(2023, 6, 24), "Africa/Khartoum")
    assert of(updates, "Aid agencies said").date == "2023-06-08"


_DIGEST = """
    Regional news digest
    Monday, June 2, 2003
    Troops Search Villages Near Jayapura
    ANTARA, Jayapura, 09:15 WIT: Troops searched villages east of the city after an ambush on a patrol on Sunday.
    Council Meets on Ceasefire
    KHARTOUM (SUNA), 14:05 - The council met to discuss the ceasefire proposal, a spokesman said.
    Aid Convoy Reaches Town
    KHARTOUM, June 2 (Reuters) - An aid convoy reached the town after a week on the road, the WFP said.
"""


@pytest.mark.parametrize(("start", "time", "zone"), [
    ("ANTARA, Jayapura", "09:15", "Asia/Jayapura"),
    ("KHARTOUM (SUNA)", "14:05", "Africa/Khartoum"),
    ("KHARTOUM, June 2", None, "Africa/Khartoum"),
])
def test_a_datelines_clock_is_the_items_time(start: str, time: str | None, zone: str) -> None:
    item = of(parse_page(_DIGEST, dt.date(2003, 6, 2), "Africa/Khartoum"), start)
    assert (item.date, item.time, item.timezone) == ("2003-06-02", time, zone)


@pytest.mark.parametrize("intro", ["2. Main developments reported by the field office and the media:",
                                   "Highlights of the week, as reported by partners and local media:"])
def test_a_list_label_ending_with_a_colon_introduces_its_dated_items(intro: str) -> None:
    page = f"""
        Situation report No. 7
        Situation
        1. Fighting continued in several districts of the province during the reporting period.
        {intro}
        • 21 June: The governor announced that agencies need a permit to travel outside the capital.
        • 22 June: UNICEF began distributing school tents in two districts.
        • 23 June: Five civilians were reported killed in crossfire near the market.
        Displacement
    """
    updates = parse_page(page, dt.date(2003, 6, 25), "Asia/Jakarta")
    assert of(updates, intro.removeprefix("2. ")[:12]).kind == "aside"
    assert [of(updates, f"{day} June").date for day in (21, 22, 23)] == ["2003-06-21", "2003-06-22", "2003-06-23"]



def test_a_release_opening_with_its_place_and_day_in_brackets_is_a_story() -> None:
    page = """
        Human Rights Group
        Press release
        March 3, 2024 12:00AM EST
        Uganda: Soldiers Accused of Killings in the North
        Government Should Open an Independent Inquiry
        Share this via Email
        (Kampala, March 3, 2024) – Soldiers killed at least six civilians during operations in northern Uganda, the
        group said today.
        A farmer from Gulu told researchers that on February 12 soldiers took his brother from their home at night.
        On February 20, police detained 14 people who had gone to report the killings to a local official.
    """
    updates = parse_page(page, dt.date(2024, 3, 3), "Africa/Kampala",
                         title="Uganda: Soldiers Accused of Killings in the North")
    assert of(updates, "Uganda: Soldiers Accused").kind == "aside"
    assert of(updates, "A farmer from Gulu").date == "2024-02-12"
    assert of(updates, "On February 20").date == "2024-02-20"


@pytest.mark.parametrize(("text", "date"), [
    ("We would recall that the offensive launched in the east in April, in violation of the Jeddah Declaration of 11 "
     "May, has already cost thousands of lives.", "2023-06-20"),
    ("The ministry insists that the blockade breaches Resolution 2166 of 21 July and must be lifted.", "2023-06-20"),
    ("Fighting resumed on the night of 17 June near the airport, the army said.", "2023-06-17"),
])
def test_a_document_named_by_its_day_is_no_act(text: str, date: str) -> None:
    page = f"""
        Comment by the Ministry of Foreign Affairs
        {text}
    """
    assert of(parse_page(page, dt.date(2023, 6, 20), "Africa/Khartoum"), text[:20]).date == date


def test_an_embedded_post_reading_as_a_headline_is_the_live_posts() -> None:
    page = """
        Sudan war live: Port Sudan hit by drones
        6 May 2025 14:20 GMT
        Drones struck the main fuel depot in Port Sudan for a third day, the army said, and flights were suspended.
        Drone strike on #Port_Sudan fuel depot this morning, smoke visible across the city
        — Sudan Tribune (@SudanTribune) May 6, 2025

        6 May 2025 12:05 GMT
        The RSF has not commented on the strikes, which began on Sunday.
    """
    updates = parse_page(page, dt.date(2025, 5, 6), "Africa/Khartoum")
    assert of(updates, "Drones struck").lines == [2, 3, 4, 5]  # the stamp, the post's text, the embed's two lines
    assert not [u for u in updates if u.text.startswith(("Drone strike on", "— Sudan Tribune"))]


_BRIEFING = """
    Daily briefing of the press centre
    MODERATOR: Good afternoon. Colonel Ivan Petrenko will brief you on the situation.
    PETRENKO: Over the past day the enemy shelled our positions near the airport 14 times; two servicemen were hurt.
    SPOKESPERSON: {closing}
"""


@pytest.mark.parametrize("closing", ["Thank you. The next briefing will be held tomorrow at 11:00.",
                                     "We will now take a few questions. Please introduce yourself before asking.",
                                     "Thank you very much for joining us. This concludes the briefing."])
def test_a_briefings_housekeeping_is_an_aside(closing: str) -> None:
    updates = parse_page(_BRIEFING.format(closing=closing), dt.date(2015, 2, 19), "Europe/Kyiv")
    assert of(updates, "SPOKESPERSON").kind == "aside"
    assert of(updates, "PETRENKO").kind == "update"


def test_a_long_turn_closing_with_housekeeping_still_reports() -> None:
    """Guard: a turn that reports at length before its closing words stays an update."""
    closing = ("Overnight the enemy attacked our positions in Shyrokyne with tanks and mortars, and our units held "
               "the line; three servicemen were wounded and evacuated to the hospital in Mariupol, where doctors say "
               "their condition is stable. We will now take a few questions.")
    updates = parse_page(_BRIEFING.format(closing=closing), dt.date(2015, 2, 19), "Europe/Kyiv")
    assert of(updates, "SPOKESPERSON").kind == "update"


@pytest.mark.parametrize(("line", "caption"), [
    ("Guinea-Bissau - Voters queue outside a polling station in Bissau, 24 November 2019.", True),
    ("Residents of Khartoum queue for bread as shelling echoes nearby, April 20, 2023.", True),
    ("Fighting broke out between the army and the paramilitary forces in the capital, 15 April 2023.", False),
])
def test_a_pictures_caption_closed_by_its_day(line: str, caption: bool) -> None:
    page = f"""
        Clashes spread across the capital
        The army said on Thursday that it had retaken the airport after two days of fighting.
        {line}
        The paramilitary forces denied the claim and said their units still held the terminal.
    """
    updates = parse_page(page, dt.date(2023, 4, 20), "Africa/Khartoum")
    assert of(updates, line[:20]).kind == ("aside" if caption else "update")


def test_a_debates_clock_mark_times_the_speeches_after_it() -> None:
    page = """
        HC Deb 14 April 1982 vol 21 cc1146-50
        FALKLAND ISLANDS
        § 2.15 p.m.
        § The Secretary of State for Defence (Mr. John Nott) With permission, I will make a statement on the task force.
        § Mr. John Silkin (Deptford) The House will want to know when the fleet will reach the islands.
        § Mr. Nott The fleet is on its way and will arrive in the area within days.
        § 2.30 p.m.
        § Mr. Denis Healey (Leeds, East) Will the right hon. Gentleman tell the House what the Americans have said?
        § Mr. Nott The Secretary of State is in Washington today and will report to the House.
        BUSINESS OF THE HOUSE
        § Mr. Michael Foot (Ebbw Vale) May we have a statement on next week's business?
    """
    updates = parse_page(page, dt.date(1982, 4, 14), "Europe/London")
    assert [of(updates, f"§ {who}").time for who in ("The Secretary", "Mr. John Silkin", "Mr. Nott The fleet",
                                                     "Mr. Denis Healey", "Mr. Nott The Secretary")] == \
        ["14:15", "14:15", "14:15", "14:30", "14:30"]
    assert of(updates, "§ Mr. Michael Foot").time is None
