"""Formats met on the blind sets ZZZM (Raqqa 2017) and ZZZN (Kargil 1999), each on pages written for these tests:

- a live post's clock written twice, one line under the other ("5.55pm BST" / "17:55"): one stamp, from the first
  line, keeping the zone;
- a closing post "We're going to wrap up our live coverage there." is the page's leave, and the title of the story
  it points to with a colon is its link, not the next post's headline, on a page whose posts carry their headlines
  under their stamps;
- a day, a comma and "at" before the clock ("July 4, 2017, at 11:42 a.m.") is one stamp; a wire story's byline
  ending so, over a lede opening with its place, is when the story was published, not a post's stamp;
- an aggregator's outlet with its story's stamp in brackets ("AP (May 27, 1:36 PM ET)") stamps the story;
- a lede opening with its place, its day and a colon ("ISLAMABAD, June 3: ...") is a wire story's; a page of such
  stories, each under its headline (even after a "Top stories" label), titles each story with its headline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.segment import prose
from chronik.segment.timestamps import find_stamp
from tests.page_cases import of, parse_page

LIVE = """
Live
Siege of the port city: fighters say last positions taken - as it happened
Key events
4.10pm BST Army: clearing operations continue
Show key events only
6.30pm BST
18:30
We're going to wrap up our live coverage there. Our full story on the end of the siege is here:
Government forces say they have taken the port city
5.20pm BST
17:20
An army spokesman said engineers were clearing mines from the harbour road and that the city was not yet safe.
4.10pm BST
16:10
Army: clearing operations continue
The army said its units were still searching the old quarter for the last fighters.
2.05pm BST
14:05
Council: residents return
Residents began returning to the eastern districts on foot, according to a local council official.
"""


def test_a_clock_written_twice_is_one_stamp_and_a_closing_post_keeps_its_link():
    updates = parse_page(LIVE, dt.date(2017, 10, 17), "Europe/London")
    mines = of(updates, "An army spokesman said engineers")
    assert (mines.time, mines.timezone, mines.lines[0]) == ("17:20", "Europe/London", 10)  # from "5.20pm BST"
    assert 11 in mines.lines and not mines.title  # "17:20" is its line; no headline above it is its title
    clearing = of(updates, "The army said its units")
    assert (clearing.time, clearing.title) == ("16:10", "Army: clearing operations continue")
    closing = of(updates, "We're going to wrap up")
    assert closing.kind == "aside" and 9 in closing.lines  # the story it points to is its link
    assert of(updates, "Residents began returning").time == "14:05"


def test_two_stamps_of_one_minute_with_text_between_are_two_posts():
    page = """
    Live
    Ceasefire talks - live
    10.00am BST
    10:00
    Delegations arrived at the venue.
    10:00
    A second convoy crossed the checkpoint.
    """
    updates = [u for u in parse_page(page, dt.date(2017, 10, 17), "Europe/London") if u.kind != "aside"]
    assert [u.time for u in updates] == ["10:00", "10:00"]


@pytest.mark.parametrize(("text", "time", "date"), [
    ("July 4, 2017, at 11:42 a.m.", "11:42", "July 4, 2017"),
    ("AP (May 27, 1:36 PM ET)", "13:36", "May 27"),
    ("Reuters (May 26, 10:52 AM ET)", "10:52", "May 26"),
    # an outlet, its place, its day and its clock between slashes
    ("Civil Georgia, Tbilisi / 11 Aug.'08 / 22:15", "22:15", "11 Aug.'08"),
    ("Daily Wire, Kyiv / 3 Mar '22 / 09:40", "09:40", "3 Mar '22"),
])
def test_stamps(text, time, date):
    stamp = find_stamp(text)
    assert stamp is not None and (stamp.time, stamp.date_text, stamp.body) == (time, date, "")


@pytest.mark.parametrize("text", [
    "Kashmir: Playing With Fire - The Hindu (May 27)",  # an opinion link: a day, no clock
    "Related: Pakistan Protests Indian Raids to Delhi Envoy (Reuters, May 26)",
    "The army (which said on May 27, 1:36 PM ET)",
])
def test_what_is_no_credited_stamp(text):
    stamp = find_stamp(text)
    assert stamp is None or not (stamp.time and stamp.date_text)


WIRE = """
World News
Fighters Breach Wall of the Old City
By Associated Press, Wire Service Content July 4, 2017, at 11:42 a.m.
Share
BEIRUT (AP) — Government-backed fighters have breached the old wall of the city, the coalition said Tuesday.
A spokeswoman for the fighters said they entered the Old City from the southeast late Monday.
The monitoring group said at least 21 civilians had been killed since Monday.
"""


def test_a_byline_stamp_over_a_wire_story_is_its_publication():
    updates = parse_page(WIRE, dt.date(2017, 7, 4), "America/New_York")
    assert of(updates, "By Associated Press").kind == "aside"
    breach = of(updates, "BEIRUT (AP)")
    assert breach.kind == "update" and breach.time is None
    assert of(updates, "A spokeswoman for the fighters").date == "2017-07-03"  # its paragraphs: reports of their own


AGGREGATOR = """
Full Coverage > World > Kashmir
Updated: Thursday, May 27, 1999 4:12 PM ET
News Stories
Jets Strike Ridge Positions for Second Day
AP (May 27, 3:05 AM ET)
KARGIL, India (AP) -- Jets attacked mountain positions for a second day Thursday, officials said.
Envoy Urges Restraint
Reuters (May 26, 5:47 PM ET)
WASHINGTON (Reuters) - A State Department spokesman urged both sides on Wednesday to act with restraint.
"""


def test_an_aggregators_credit_line_stamps_the_story():
    updates = parse_page(AGGREGATOR, dt.date(1999, 5, 27), "America/New_York")
    jets = of(updates, "KARGIL, India (AP)")
    assert (jets.date, jets.time, jets.title) == ("1999-05-27", "03:05", "Jets Strike Ridge Positions for Second Day")
    envoy = of(updates, "WASHINGTON (Reuters)")
    assert (envoy.date, envoy.time) == ("1999-05-26", "17:47")


@pytest.mark.parametrize(("text", "placed"), [
    ("ISLAMABAD, June 3: Pakistan on Thursday handed over the pilot.", True),
    ("KARACHI, 1 June: Share prices fell sharply.", True),
    ("BEIRUT/JERUSALEM: Israeli airstrikes hit the south.", True),
    ("UPDATE, June 3: the page was changed.", False),  # lower case after the colon
    ("June 3: Pakistan handed over the pilot.", False),  # no place
])
def test_a_place_its_day_and_a_colon_open_a_wire_story(text, placed):
    assert prose.opens_with_place(text) is placed


DIGEST = """
THE WEEKLY WIRE
Week Ending : 03 June 1999
TOP STORIES

Pilot handed over to Red Cross
------------------------------
ISLAMABAD, June 3: The government on Thursday handed over a captured pilot to the Red Cross, a spokesman said.
The spokesman said the release should not be seen as a sign of weakness.

Helicopter downed near the ridge
--------------------------------
RAWALPINDI, May 28: A helicopter gunship was shot down on Friday near the ridge, the army said.
The army's spokesman told reporters that the helicopter had been brought down by rebels.

Talks offer made by telephone
-----------------------------
ISLAMABAD, May 28: The prime minister on Friday telephoned his counterpart and proposed talks, officials said.
"""


def test_a_digest_of_wire_stories_titles_each_story():
    updates = [u for u in parse_page(DIGEST, dt.date(1999, 6, 3), "Asia/Karachi") if u.kind != "aside"]
    assert [u.title for u in updates] == ["Pilot handed over to Red Cross", "Helicopter downed near the ridge",
                                          "Talks offer made by telephone"]
    pilot = of(updates, "ISLAMABAD, June 3")
    assert "should not be seen as a sign of weakness" in pilot.text  # the same spokesman goes on
    assert of(updates, "RAWALPINDI, May 28").date == "1999-05-28"


@pytest.mark.parametrize("text", [
    "TOI.in / Updated: May 10, 2025, 23:48 IST",  # the page's note of its change
    "Home / News / World",
    "Kyiv / 3 Mar '22",  # no clock
])
def test_what_is_no_slashed_stamp(text):
    stamp = find_stamp(text)
    assert stamp is None or stamp.prefixed or not (stamp.time and stamp.date_text)


LIST = """
Daily News
Monday, August 11, 2008
Troops Cut the Highway
Border Wire, Capital / 11 Aug.'08 / 22:15
Armored columns seized the main highway near the town on Monday evening, the interior ministry said.
Ceasefire Document Signed
Border Wire, Capital / 10 Aug.'08 / 23:20
The president signed a document committing the country to an immediate ceasefire, his office said.
"""


def test_a_news_list_stamped_between_slashes():
    updates = [u for u in parse_page(LIST, dt.date(2008, 8, 11), "Asia/Tbilisi") if u.kind != "aside"]
    highway = of(updates, "Armored columns seized")
    assert (highway.date, highway.time, highway.title) == ("2008-08-11", "22:15", "Troops Cut the Highway")
    signed = of(updates, "The president signed")
    assert (signed.date, signed.time) == ("2008-08-10", "23:20")


BARE = """
Border conflict: As it happened
All times are BST (GMT +1)
2250 That is the end of our live coverage for today.
2145 The mediator has arrived in the capital and has gone straight into talks with the president.
1954 Addressing the crowd, the visiting president says the region's borders must be respected.
1538 At a joint news conference, the mediator says both sides have agreed to a six-point plan.
1247 A rights group calls on all sides to protect civilians.
0905 Welcome to our live coverage of the conflict, now in its fifth day.
"""


def test_a_live_page_stamped_with_four_digits():
    updates = parse_page(BARE, dt.date(2008, 8, 12), "Europe/London")
    assert of(updates, "Addressing the crowd").time == "19:54"
    assert of(updates, "At a joint news conference").time == "15:38"


def test_four_digits_out_of_the_clocks_order_are_no_stamps():
    page = """
    Border report
    2008 The year the talks began, after the first ceasefire.
    1500 Troops crossed the river on Monday, officials said.
    1999 Another year of talks ended without an agreement.
    """
    updates = parse_page(page, dt.date(2008, 8, 12), "Europe/London")
    assert all(u.time is None for u in updates)


@pytest.mark.parametrize(("text", "value"), [
    ("08/ 08/ 2008", "2008-08-08"),  # an old news site's slashes with a space after each
    ("8. 8. 2008", "2008-08-08"),  # a Central European day and month, each with its dot and a space
    ("14. 03. 2022", "2022-03-14"),
])
def test_a_numeric_date_with_spaces_after_its_separators(text, value):
    from chronik.dates import resolve
    found = resolve(text, dt.date(2022, 3, 20) if "2022" in text else dt.date(2008, 8, 8))
    assert found is not None and found.value == value


RIA = """
Former Soviet Union
Peacekeepers killed as the offensive reaches the regional capital
20:42 | 08/ 08/ 2008
Print version
CAPITAL/MOSCOW, August 8 (Wire Novosti) - At least ten peacekeepers have been killed, their commander said on Friday.
The prime minister said on Friday that "war has started" and that the aggression would get a response.
The separatist leader said in a radio interview that the militia still held the northern part of the city.
"""


def test_a_clock_and_a_spaced_date_under_a_wire_storys_title_is_its_publication():
    stamp = find_stamp("20:42 | 08/ 08/ 2008")
    assert stamp is not None and (stamp.time, stamp.date_text, stamp.body) == ("20:42", "08/ 08/ 2008", "")
    updates = [u for u in parse_page(RIA, dt.date(2008, 8, 8), "Europe/Moscow") if u.kind != "aside"]
    assert of(updates, "The prime minister said").date == "2008-08-08"
    assert len(updates) == 3  # the story's paragraphs report their own acts, not one post under the stamp


RELEASES = """
Statements and Press Releases
19.08.2008
Press Release
On 19 August, the Minister of Foreign Affairs spoke at a special meeting of the Council in Brussels.
Minister Roe expressed the gratitude of the people to the Allies for their solidarity.
18.08.2008
Press Release
Today the Ministry sent a note to the Executive Committee notifying it of the country's withdrawal.
In accordance with the Charter, the withdrawal will take effect twelve months after the notification.
"""


def test_a_document_kind_under_its_date_line_titles_the_release():
    updates = [u for u in parse_page(RELEASES, dt.date(2008, 8, 22), "Asia/Tbilisi") if u.kind != "aside"]
    assert [u.title for u in updates] == ["Press Release", "Press Release"]
    assert "expressed the gratitude" in of(updates, "On 19 August").text
    assert of(updates, "Today the Ministry sent").date == "2008-08-18"


TIMELINE = """
Timeline: the conflict in the north
Last Modified: 02 Feb 2013 14:20
2012
January 17
Rebels attack army posts in the north, the start of the rebellion.
December 20
The Council adopts a resolution authorising an African-led force.
2013
January 10
Armed groups capture the central town, raising fears of an advance on the capital.
"""


def test_a_year_alone_over_a_timelines_days_is_their_year_not_a_page_number():
    updates = parse_page(TIMELINE, dt.date(2013, 2, 2), "UTC")
    assert of(updates, "Rebels attack army posts").date == "2012-01-17"
    assert of(updates, "The Council adopts").date == "2012-12-20"
    assert of(updates, "Armed groups capture").date == "2013-01-10"
    assert of(updates, "2012").kind == "aside"  # the year heading, kept, not dropped as a page number


NEWS_LIST = """
Situation Report
Three boats destroyed - Eastern Lagoon - 21st April 2009
Navy craft destroyed three suicide boats that tried to approach naval units around 2.30 a.m. today.
No casualties to naval personnel were reported, the spokesman added.
Cadres surrender to troops - Coastal Strip - 21st April 2009
At least 183 cadres have surrendered to troops since yesterday (April 20), security sources said.
"""


def test_a_title_closing_on_its_day_titles_and_dates_its_report():
    updates = [u for u in parse_page(NEWS_LIST, dt.date(2009, 4, 21), "Asia/Colombo") if u.kind != "aside"]
    boats = of(updates, "Navy craft destroyed")
    assert boats.title == "Three boats destroyed - Eastern Lagoon - 21st April 2009"
    assert "No casualties to naval personnel" in boats.text
    surrender = of(updates, "At least 183 cadres")
    assert (surrender.title, surrender.date) == ("Cadres surrender to troops - Coastal Strip - 21st April 2009",
                                                 "2009-04-21")  # the title's day, not the background's
