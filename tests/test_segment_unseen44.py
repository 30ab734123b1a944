"""Formats met on the blind sets ZZZZZA (Ethiopia in Somalia 2006-07), ZZZZZB (Ivory Coast 2011), ZZZZZC (Central
African Republic 2013-14) and ZZZZZD (Angola 1987-94), each on pages written for these tests:

- a Somali radio network's news page, each story headed by its headline and opening on a dateline that writes the
  day before the month and the year in two digits after the month's stop ("Kismayo 17, Oct.11 (Sh. M. Network) -"):
  the story is of that day (17 October 2011, not 11 October), and an act its text dates on another day ("said on
  Saturday", "last night") is of that day, the dateline being no date of the story's own
- a ministry's daily briefing whose header gives the day alone ("March 22, 2011") over an index of its topics, and
  the clock on a line of its own right before the turns ("TRANSCRIPT:" / "1:05 p.m. EDT"): every answer is of that
  day at that clock, each question heading its own answer
- a paragraph whose subject a participle clause dates, told in the present ("Resolution 2719, adopted on 21
  December, authorizes the mission ..."): background of the page's day, not of the clause's day; told in the past
  ("The resolution was adopted on 21 December") it is of that day
- a situation report's note on what it is based on ("This report is based on information received from ... It
  covers the period from ...") is a page note: an aside, its dates dating nothing; the period it names, up to the
  day the report was issued, dates its items: an act of a day in it keeps that day, the rest is as of the issue day
- a country profile's timeline whose items open with the year before the month ("1960 August - ..."): each item is
  of that month
- a rights report's chapter on a siege told a year and more later: a paragraph opening with its own day and year
  ("On May 26, 1993, a relief plane was hit ...") is the report's next act, not history under the paragraph above; one
  opening with the weeks the act lasted ("From January 9 to March 7, 1993, UNITA forces besieged ...") is of them
- a wire story's new version on a news portal, opening with its summary points marked by bullets and the note of
  what the version adds ("(Adds French presidency statement)") above its dateline: the points and the note are
  asides, each point told in full below
- a monitoring service's daily report whose source line opens with the station's kind in brackets ("(Clandestine)
  Voice of the Resistance of the Black Cockerel in Portuguese to Angola 0500 GMT 24 Feb 88"): the item under it is
  stamped at that clock, its headline heading it
- a history site's timeline closing on a bibliography under "References", each book by its author and year
  ("Bridgland, F. (1990). The War for Africa. ..."): a reference list, not updates
- the furniture of an old news site's and a ministry archive's foot: a copyright line going on with the terms of
  reuse, an agency's note on its journalists' code, who manages the site, that external links are no endorsement,
  "View all comments ...": dropped, however long
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.dates import resolve
from tests.page_cases import of, parse_page
from tests.test_boilerplate_round39 import run, why

RADIO = "\n".join([
    "Somali Radio Network",
    "Home | News | English | Contact",
    "Monday, October 17, 2011",
    "Kenyan troops advance towards Afmadow",
    "Kismayo 17, Oct.11 (Sh. M. Network) - Kenyan troops backed by Somali government forces have today advanced "
    "to within 30 km of Afmadow town in Lower Juba region, residents said.",
    "The residents said dozens of military trucks passed through Qoqani village in the morning.",
    "Al-Shabaab says it repulsed attack near Dhobley",
    "Kismayo 17, Oct.11 (Sh. M. Network) - The Al-Shabaab spokesman Sheikh Ali Dhere claimed last night that his "
    "fighters had repulsed an attack by the Kenyan forces near Dhobley.",
    "Nairobi calls for support",
    "Nairobi 16, Oct.11 (Sh. M. Network) - Kenya's internal security minister George Saitoti said on Saturday that "
    "the operation would continue until the militants were no longer a threat.",
    "Copyright © 2011 Somali Radio Network. All Rights Reserved.",
])


def test_a_day_before_a_dotted_month_and_a_two_digit_year() -> None:
    assert resolve("24, Dec.06", dt.date(2006, 12, 24)).value == "2006-12-24"
    assert resolve("3 Nov.98", dt.date(1999, 1, 5)).value == "1998-11-03"
    assert resolve("Dec.06", dt.date(2006, 12, 24)).value == "2006-12-06"  # (a month's day alone: no year)


def test_a_datelines_day_month_and_two_digit_year_date_its_story() -> None:
    updates = parse_page(RADIO, dt.date(2011, 10, 17), "Africa/Mogadishu")
    assert of(updates, "Kismayo 17, Oct.11 (Sh. M. Network) - Kenyan").date == "2011-10-17"
    assert of(updates, "Kismayo 17, Oct.11 (Sh. M. Network) - The Al-Shabaab").date == "2011-10-16"
    assert of(updates, "Nairobi 16, Oct.11").date == "2011-10-15"


BRIEFING = "\n".join([
    "Daily Press Briefing",
    "Mark Toner, Acting Deputy Department Spokesman",
    "Washington, DC",
    "March 22, 2011",
    "INDEX:",
    "LIBYA",
    "Coalition Operations / Command and Control / Humanitarian Access to Misrata",
    "TRANSCRIPT:",
    "1:05 p.m. EDT",
    "MR. TONER: Good afternoon. I'll start with a brief statement on Libya and then take your questions.",
    "QUESTION: Can you say when command of the operation will pass to NATO?",
    "MR. TONER: We expect the transition to take place within days. The discussions in Brussels are going on today.",
    "QUESTION: Were any civilians killed in the strikes on Tripoli last night?",
    "MR. TONER: I've seen the claims by the Libyan government. We have no evidence to support them.",
    "QUESTION: Has any aid reached Misrata?",
    "MR. TONER: Not yet. The city remains under siege, and we are working with partners on access.",
    "QUESTION: Thank you.",
    "(The briefing was concluded at 1:40 p.m.)",
])


def test_a_briefings_lone_clock_before_the_turns_clocks_every_answer() -> None:
    updates = parse_page(BRIEFING, dt.date(2011, 3, 22), "America/New_York")
    for start in ("MR. TONER: We expect", "MR. TONER: I've seen", "MR. TONER: Not yet"):
        answer = of(updates, start)
        assert (answer.date, answer.time) == ("2011-03-22", "13:05"), start
        assert answer.title is not None and answer.title.startswith("QUESTION: "), start


@pytest.mark.parametrize("line", [
    "© Agence Example 2012. All rights reserved. Users may download and print extracts of content from this website "
    "for their own personal and non-commercial use only. Republication or redistribution of its content, including "
    "by framing or similar means, is expressly prohibited without its prior written consent.",
    "Agence Example journalists are subject to an Editorial Handbook which requires fair presentation and disclosure "
    "of relevant interests.",
    "The Press Office of the Ministry of Foreign Affairs manages this site as a portal for information from the "
    "Ministry.",
    "Links to other Internet sites should not be construed as an endorsement of the views contained therein.",
    "View all comments that have been posted about this article.",
])
def test_an_old_sites_foot_is_furniture(line: str) -> None:
    assert why(line, publisher="Daily Example") is not None


def test_a_story_about_who_runs_a_town_is_no_furniture() -> None:
    assert why("The town is run by the militia, which manages the port and the market, residents said.",
               publisher="Daily Example") is None


BACKGROUND = "\n".join([
    "UN News",
    "Peacekeepers step up patrols in Bangui after night of clashes",
    "14 January 2014 – United Nations peacekeepers today stepped up patrols in Bangui after a night of clashes, "
    "the mission said.",
    "Resolution 2127, adopted unanimously by the Security Council on 5 December, authorizes the African-led force "
    "to take all necessary measures to protect civilians.",
    "The Council adopted the resolution on 5 December after a week of fighting in the capital.",
])


def test_a_subject_dated_by_its_participle_clause_is_background_of_the_page() -> None:
    updates = parse_page(BACKGROUND, dt.date(2014, 1, 14), "Africa/Bangui")
    assert of(updates, "Resolution 2127").date == "2014-01-14"
    assert of(updates, "The Council adopted").date == "2013-12-05"


SITREP = "\n".join([
    "ReliefWeb",
    "Central African Republic: Humanitarian Situation Report No. 2",
    "Source: OCHA",
    "Date: 12 Dec 2013",
    "UNITED NATIONS",
    "Office for the Coordination of Humanitarian Affairs",
    "Central African Republic",
    "HUMANITARIAN SITUATION REPORT No. 2 - CONFLICT IN BANGUI",
    "12 December 2013",
    "This report is based on information received from humanitarian partners in Bangui and Bossangoa. It covers the "
    "period from 1 to 12 December 2013. The next report will be issued on or around 19 December.",
    "I. SITUATION OVERVIEW",
    "1. On 10 December, humanitarian partners registered 159,000 displaced people at 40 sites in Bangui.",
    "2. The transitional Prime Minister announced on 2 December a curfew in Bangui from 6 p.m. to 6 a.m.",
    "3. Access to Bossangoa remains limited because of insecurity on the main road.",
])


def test_a_reports_note_on_its_sources_is_an_aside() -> None:
    updates = parse_page(SITREP, dt.date(2013, 12, 12), "Africa/Bangui")
    assert of(updates, "This report is based on").kind == "aside"
    assert of(updates, "On 10 December").date == "2013-12-10"
    announced = of(updates, "The transitional Prime Minister")  # (a day of the period it covers, under the day heading)
    assert (announced.date, announced.flags) == ("2013-12-02", [])
    assert of(updates, "Access to Bossangoa").date == "2013-12-12"  # (as of the day it was issued)


PROFILE = "\n".join([
    "Mali profile - Timeline",
    "10 January 2016",
    "A chronology of key events:",
    "1960 September - Mali becomes independent, with Modibo Keita as president.",
    "1968 November - Army officers led by Moussa Traore seize power in a coup.",
    "Rebellion in the north",
    "2012 March - Soldiers angered by the government's handling of the Tuareg rebellion overthrow President Toure.",
    "2013 January - France sends troops to halt the advance of Islamist fighters towards Bamako.",
])


def test_a_timelines_items_open_with_the_year_before_the_month() -> None:
    updates = parse_page(PROFILE, dt.date(2016, 1, 10), "Europe/London")
    assert [(of(updates, start).date, of(updates, start).date_end) for start in ("1960 September", "2013 January")] \
        == [("1960-09-01", "1960-09-30"), ("2013-01-01", "2013-01-31")]
    assert resolve("2012 March", dt.date(2016, 1, 10)).value == "2012-03"


CHAPTER = "\n".join([
    "Liberia: The Siege of Monrovia",
    "Human Rights Watch/Africa",
    "March 1, 1995",
    "III. THE SIEGE OF GBARNGA",
    "From October 15 to December 20, 1993, ULIMO forces besieged and shelled Gbarnga, the seat of the NPFL.[12]",
    "A teacher who stayed in the town told Human Rights Watch that the market was hit at least six times. "
    "\"We counted the dead every morning,\" he said.[13]",
    "On November 30, 1993, a relief convoy was stopped at a checkpoint north of the town and its drivers were "
    "beaten.[14]",
])


def test_a_reports_paragraph_opening_with_its_own_day_is_its_own_act() -> None:
    updates = parse_page(CHAPTER, dt.date(1995, 3, 1), "Africa/Monrovia")
    siege = of(updates, "From October 15 to December 20, 1993")
    assert (siege.date, siege.date_end) == ("1993-10-15", "1993-12-20")
    assert of(updates, "On November 30, 1993").date == "1993-11-30"


WIRE_UPDATE = "\n".join([
    "UPDATE 2-Rebels enter Bamako suburbs as government forces withdraw",
    "By Jane Roe",
    "* Rebels take airport road, looting reported",
    "* Interim president leaves for Dakar - adviser",
    "(Adds ECOWAS statement, French foreign ministry)",
    "BAMAKO, April 2 (Reuters) - Rebel fighters entered the northern suburbs of Bamako on Sunday as government "
    "forces pulled back to the city centre, residents said.",
    "The interim president left for Dakar on Sunday morning, an adviser told Reuters.",
])


def test_a_wire_storys_summary_points_and_version_note_are_asides() -> None:
    updates = parse_page(WIRE_UPDATE, dt.date(2023, 4, 2), "Africa/Bamako")
    for start in ("Rebels take airport road", "Interim president leaves", "(Adds ECOWAS statement"):
        assert of(updates, start).kind == "aside", start
    assert of(updates, "BAMAKO, April 2 (Reuters)").kind == "update"


DAILY_REPORT = "\n".join([
    "DAILY REPORT",
    "Sub-Saharan Africa",
    "Monday 4 March 1985",
    "MOZAMBIQUE",
    "GOVERNMENT REPORTS ATTACK ON RAIL LINE",
    "Maputo Domestic Service in Portuguese 1730 GMT 3 Mar 85",
    "[Text] Armed bandits attacked a train on the Beira corridor yesterday, killing four passengers, the Ministry of "
    "Defense has announced.",
    "RENAMO CLAIMS CAPTURE OF GARRISON",
    "(Clandestine) Voice of Free Africa in Portuguese to Mozambique 0430 GMT 4 Mar 85",
    "[Text] The General Staff of the Mozambique National Resistance has announced that its forces captured the "
    "garrison at Caia on Saturday.",
])


def test_a_source_line_opening_with_the_stations_kind_stamps_its_item() -> None:
    updates = parse_page(DAILY_REPORT, dt.date(1985, 3, 4), "UTC")
    item = of(updates, "[Text] The General Staff")
    assert item.time == "04:30" and item.title is not None and item.title.startswith("RENAMO CLAIMS")


BIBLIOGRAPHY = "\n".join([
    "Siege of Khe Sanh 1968 timeline",
    "21 January 1968 - North Vietnamese artillery opens fire on the Khe Sanh combat base, destroying its main "
    "ammunition dump.",
    "8 April 1968 - Operation Pegasus relief forces reach the base, ending the siege.",
    "References",
    "Prados, J. and Stubbe, R. (1991). Valley of Decision: The Siege of Khe Sanh. Boston: Houghton Mifflin.",
    "Shore, M. S. (1969). The Battle for Khe Sanh. Washington: US Marine Corps.",
])


def test_a_bibliography_by_author_and_year_is_a_reference_list() -> None:
    updates, dropped = run(BIBLIOGRAPHY, publisher="History Online")
    assert {d.line for d in dropped if d.reason.startswith("citation")} == {4, 5, 6}  # (its label too)
    assert of(updates, "21 January 1968").date == "1968-01-21"
