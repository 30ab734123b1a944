"""Formats met on the blind sets ZZZS (Libya 2011) and ZZZT (Eritrea-Ethiopia 2000), each on pages written for
these tests:

- a short label that names its day and ends with a colon ("Key Hits 11 APRIL:", "Strikes 3 May:") dates the rows or
  paragraphs under it, until the next label; a dateline ("Tripoli, 8 April 2019:") is no such label;
- a news headline, its verb in lower case ("SOMALIA: Government announces curfew in the capital"), over reports that
  each tell their own day titles the first of them, and so does every headline after it on the page; a section's
  name in title case ("Operations in the North") over such reports stays their label;
- a text quoted paragraph by paragraph, each opening with a quotation mark and only the last closing it (a
  resolution "reads as follows:"), is one update with the line that introduces it, whatever its paragraphs say;
- a wire's chronology opens with a long lead-in after its credit ("(AP) - Following are key developments ... since
  ...:"): a lead-in however long, so its first dated item is an item of its own, of its own day;
- an office's list of its releases, each under its date line and signed alike by a line or two (the office, the
  place): the signature is the release's last lines, not a section label.
"""

from __future__ import annotations

import datetime as dt

from tests.page_cases import of, parse_page

SITREP = """
Peacekeeping Mission - Daily Operational Update for 14 May
Key facts and figures
Since the start of the mission (1 March), a total of 812 patrols have been conducted.
Air strikes 13 MAY:
Near the northern bridge: 3 trucks, 1 fuel depot.
Near the airfield: 2 armoured vehicles.
Humanitarian access
The mission continues to escort aid convoys along the coastal road.
"""


def test_a_short_label_naming_its_day_dates_the_rows_under_it_until_the_next_label():
    updates = parse_page(SITREP, dt.date(2011, 5, 14), "Europe/Brussels")
    for row in ("Near the northern bridge", "Near the airfield"):
        assert of(updates, row).date == "2011-05-13"
    assert of(updates, "The mission continues to escort").date == "2011-05-14"  # after the next label: the page's


WIRE = """
Airport closed after strike
Tripoli, 8 April 2019:
The city's only functioning airport was closed to all traffic this afternoon after it was hit by an air strike.
The health ministry said on Sunday that 21 people had been killed in the fighting south of the city.
"""


def test_a_dateline_ending_with_a_colon_is_no_dated_label():
    updates = parse_page(WIRE, dt.date(2019, 4, 8), "Africa/Tripoli")
    assert of(updates, "Tripoli, 8 April 2019").date_basis != "heading"  # the story's place and day, no section
    assert of(updates, "The health ministry said on Sunday").date == "2019-04-07"


UPDATE = """
HORN OF AFRICA: IRIN Update, 12 March 2007
SOMALIA: Government announces curfew in the capital
The transitional government announced on Sunday a dusk-to-dawn curfew in Mogadishu after two days of clashes.
Residents told IRIN on Monday that the streets of the Bakara market area were deserted by late afternoon.
SOMALIA: Displaced now over 40,000, says UNHCR
UNHCR said on Monday that more than 40,000 people had fled Mogadishu since the start of the month.
Aid workers in Afgooye told IRIN that many families were sheltering under trees along the road.
KENYA: Government keeps the border closed to refugees
The Kenyan government said on Saturday that the border with Somalia would remain closed to refugees.
"""


def test_news_headlines_over_reports_of_their_own_days_title_the_first_of_them():
    updates = parse_page(UPDATE, dt.date(2007, 3, 12), "Africa/Nairobi")
    curfew = of(updates, "The transitional government announced")
    assert curfew.title == "SOMALIA: Government announces curfew in the capital"
    residents = of(updates, "Residents told IRIN")
    assert residents is not curfew and not residents.title  # a report of its own, under the same headline
    assert of(updates, "UNHCR said on Monday").title == "SOMALIA: Displaced now over 40,000, says UNHCR"
    assert of(updates, "Aid workers in Afgooye") is not of(updates, "UNHCR said on Monday")
    assert of(updates, "The Kenyan government said").title == "KENYA: Government keeps the border closed to refugees"


ASSESSMENT = """
Regional Conflict Assessment, March 12, 2007
Operations in the North
Fighting continued near Baidoa on March 11. Local sources reported clashes along the main road on March 11.
Militia commanders claimed on Saturday that their forces had retaken two villages north of the town.
Operations in the Capital
Clashes resumed in northern Mogadishu on March 12, according to residents.
"""


def test_a_section_name_in_title_case_over_reports_stays_their_label():
    updates = parse_page(ASSESSMENT, dt.date(2007, 3, 12), "Africa/Nairobi")
    assert of(updates, "Operations in the North").kind == "aside"
    assert not of(updates, "Fighting continued near Baidoa").title


RESOLUTION = """
Council extends observer mission, demands withdrawal
The Council unanimously adopted resolution 2211 this afternoon, extending the observer mission by six months.
The full text of resolution 2211 (2015) reads as follows:
"The Security Council,
"Recalling its previous resolutions on the situation along the border,
"Strongly condemning the attack on the observers' convoy on 3 May 2015,
"1. Decides to extend the mandate of the observer mission until 31 December 2015;
"2. Demands that all forces withdraw to the positions they held on 1 January 2015."
Speaking after the vote, the representative of France said the mission was indispensable.
"""


def test_a_text_quoted_paragraph_by_paragraph_is_one_update_with_its_introduction():
    updates = parse_page(RESOLUTION, dt.date(2015, 6, 30), "America/New_York")
    text = of(updates, "The full text of resolution 2211")
    assert text.kind != "aside"
    for part in ('"The Security Council,', '"Strongly condemning the attack', '"2. Demands that all forces'):
        assert part in text.text
    assert of(updates, "Speaking after the vote") is not text  # after the quotation closed: a statement of its own


LEAD_IN = ("(AP) - Following are key developments in Yemen since the coalition began its air campaign against the "
           "Houthi movement in late March:")
FACTBOX = f"""
FACTBOX-Key developments in the Yemen conflict
{LEAD_IN}
March 26 - Coalition aircraft strike Houthi positions in Sanaa and at the air base in Aden.
April 2 - Houthi fighters push into the centre of Aden, backed by tanks.
April 14 - The U.N. Security Council imposes an arms embargo on the Houthi leaders.
"""


def test_a_long_lead_in_after_a_wire_credit_leaves_the_first_item_its_own():
    updates = parse_page(FACTBOX, dt.date(2015, 4, 20), "Asia/Aden")
    assert of(updates, "(AP) - Following are key developments").kind == "aside"
    assert of(updates, "March 26 - Coalition aircraft").date == "2015-03-26"


RELEASES = """
Press Statements
12 March 2003
Government Rejects the Ultimatum
The Government of Iraq today rejected the ultimatum issued last night, calling it an act of aggression.
It called on the Security Council to meet in emergency session.
Ministry of Foreign Affairs
Baghdad
10 March 2003
Inspectors Given Access to All Sites
The Government of Iraq has given the inspectors access to every site they asked to visit this week.
Ministry of Information
Baghdad
2 March 2003
Missiles Destroyed Under Supervision
Six more missiles were destroyed today under the supervision of the inspectors.
"""


def test_the_signature_of_each_release_in_a_list_of_them_is_its_last_lines():
    updates = parse_page(RELEASES, dt.date(2003, 3, 12), "Asia/Baghdad")
    rejects = of(updates, "The Government of Iraq today rejected")
    access = of(updates, "The Government of Iraq has given")
    lines = RELEASES.strip().splitlines()
    assert lines.index("Ministry of Foreign Affairs") + 1 in rejects.lines
    assert lines.index("Ministry of Information") + 1 in access.lines
    assert {i + 1 for i, line in enumerate(lines) if line == "Baghdad"} <= {*rejects.lines, *access.lines}


MONTHS = """
Timeline of the siege
February
1 February
Shelling of the old town resumed after a week of calm.
March
5 March
The first aid convoy in a month reached the eastern districts.
April
2 April
Talks on a ceasefire opened in Geneva.
"""


def test_a_month_s_heading_between_a_day_s_paragraph_and_the_next_day_is_no_signature():
    updates = parse_page(MONTHS, dt.date(2016, 4, 30), "Europe/Istanbul")
    assert 5 not in of(updates, "Shelling of the old town").lines  # ("March" is line 5)
    assert 8 not in of(updates, "The first aid convoy").lines  # ("April")
