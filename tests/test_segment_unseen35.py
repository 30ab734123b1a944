"""Formats met on the blind sets ZZZW (Bosnia 1995) and ZZZX (Falklands 1982), each on pages written for these tests:

- an archive's header giving the day the site was viewed ("Wednesday, 4 March 2026" over a bulletin of 1991) is no
  heading of the bulletin's reports: a day more than a month after the page was published heads none of them
- an e-mailed digest kept as hard-wrapped text, its items numbered in brackets under headlines in capitals closed
  by a stop ("[02] REBELS SHELL THE AIRPORT."): each headline titles its item, and the item's first line, short
  because the headline was taken off the same printed line, runs on into the next whatever that line starts with;
  under an archive's menu of links, the first of those headlines is still its item's, not one more link
- a paper's story filed the day before the paper counts its days from its dateline ("ZAGREB, Aug. 4— ... today")
- a site's range of years ("ON THIS DAY 1950 - 2005") is no span a page of 1982 looks back on
- a monitoring service's source line ("PY251540 Buenos Aires Domestic Service in Spanish 1500 GMT 25 May 82")
  stamps the item under it with the day and clock it went on the air, and so does one in brackets closing a brief
  item ("... [Buenos Aires Domestic Service in Spanish 1230 GMT 25 May 82 PY]")
- a government's transcript sets a question off by a wide gap, not a colon ("Q    Nick, what do you know ...?"): it
  heads the answer under it
- an author's signature on its own line under a digest's item ("-- Patrick Moore, OMRI, Inc.") closes the item
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.segment.timestamps import find_stamp
from tests.page_cases import of, parse_page

VIEWED = """
Balkan Archive - Documents Online
Document of the day
Read the Brioni Declaration, signed by the parties on the island of Veliki Brijun in July 1991.
Wednesday, 4 March 2026
Home | Documents | Search
Daily Bulletin
The federal army said on 13 May that it had sent tanks to the village of Borovo Selo after clashes between police
and local militia.
Croatian officials said two policemen were wounded in the village.
"""


def test_a_day_long_after_the_page_heads_none_of_its_reports():
    updates = parse_page(VIEWED, dt.date(1991, 5, 14), "Europe/Zagreb")
    assert of(updates, "The federal army said").date == "1991-05-13"
    assert of(updates, "Croatian officials said").date == "1991-05-14"  # the page's, not the day it was viewed
    assert of(updates, "Wednesday, 4 March 2026").kind == "aside"


def test_a_day_soon_after_the_page_still_heads_its_reports():
    # a live page configured with its first day: a day heading after it is its own section
    page = """
Balkan Archive - Live
Thursday, 16 May 1991
The federal army said that it had sent tanks to the village of Borovo Selo after clashes between police and local
militia.
Wednesday, 15 May 1991
Croatian officials said two policemen were wounded in the village.
"""
    updates = parse_page(page, dt.date(1991, 5, 14), "Europe/Zagreb")
    assert of(updates, "The federal army said").date == "1991-05-16"
    assert of(updates, "Croatian officials said").date == "1991-05-15"


DIGEST = """
Balkan Press Archive - Compact version
Today's Suggestion
Read the Brioni Declaration signed on the island of Veliki Brijun (7 July 1991)
Home About Archive News Web Sites Documents Contact us
Wednesday, 4 March 2026
News
  Latest News (All)
     From the Region
  News Archives
Web Sites
Documents

REGIONAL DAILY DIGEST
No. 88, Part II, 3 May 1994

[01] REBELS SHELL THE AIRPORT.
Government radio said on 2 May that rebel
artillery had shelled the airport for the third day running, closing it to
relief flights until further notice. A UN spokeswoman confirmed that two
cargo planes had turned back. -- Jan Novak, Digest Inc.

[02] PARLIAMENT EXTENDS STATE OF EMERGENCY.
The motion tabled by Prime Minister
Edward Lowassa passed on 2 May by 212 votes to 40, extending the state of
emergency by another ninety days despite protests by the opposition, which
walked out before the vote. -- Jan Novak, Digest Inc.

[03] AID CONVOY REACHES NORTHERN TOWN.
A convoy of twelve trucks carrying
food and medicine reached the besieged northern town on 2 May after a week
of talks at the checkpoints, the World Food Programme said in Geneva on the
same day. -- Jan Novak, Digest Inc.
"""


def test_a_digest_s_numbered_headlines_in_capitals_title_their_items():
    updates = parse_page(DIGEST, dt.date(1994, 5, 3), "Europe/Prague")
    shelled = of(updates, "Government radio")
    assert shelled.title is not None and shelled.title.endswith("REBELS SHELL THE AIRPORT.")
    assert (of(updates, "A convoy of twelve trucks").title or "").endswith("AID CONVOY REACHES NORTHERN TOWN.")
    assert shelled.date == "1994-05-02"


def test_a_first_line_left_short_by_its_headline_runs_on_whatever_its_next_line_starts_with():
    updates = parse_page(DIGEST, dt.date(1994, 5, 3), "Europe/Prague")
    shelled = of(updates, "Government radio")
    assert "said on 2 May that rebel artillery had shelled" in shelled.text
    voted = of(updates, "The motion tabled by Prime Minister")
    assert "Prime Minister Edward Lowassa passed on 2 May" in voted.text
    assert voted is not shelled


FILED = """
Archives
REBELS PUSH INTO NORTHERN TOWN AS TALKS STALL
By Jane Roe, Special to The Daily Record
March 9, 1992
MOGADISHU, Somalia, March 8— Rebel forces today pushed into the northern town of Burao, sending thousands of
residents fleeing toward the coast, relief officials said.
A spokesman for the rebels said tonight that the town's garrison had surrendered without a fight.
At talks in Addis Ababa yesterday, the two factions had agreed only to meet again.
The Red Cross said it had suspended flights to the region.
"""


def test_a_story_filed_the_day_before_the_paper_counts_its_days_from_its_dateline():
    updates = parse_page(FILED, dt.date(1992, 3, 9), "Africa/Mogadishu")
    assert of(updates, "MOGADISHU, Somalia, March 8").date == "1992-03-08"
    assert of(updates, "A spokesman for the rebels said tonight").date == "1992-03-08"
    assert of(updates, "At talks in Addis Ababa yesterday").date == "1992-03-07"
    assert of(updates, "The Red Cross said").date == "1992-03-08"  # no day of its own: the dateline's


ON_THIS_DAY = """
ON THIS DAY 1950 - 2005
Front Page
Years
Themes
14 June
1982: Argentine garrison surrenders at Port Stanley
The Argentine commander in the Falklands has signed the surrender of his forces at Port Stanley.
British troops entered the town after the last Argentine positions on the hills around it fell.
"""


def test_a_site_s_range_of_years_is_no_span_a_page_of_an_earlier_year_looks_back_on():
    updates = parse_page(ON_THIS_DAY, dt.date(1982, 6, 14), "Atlantic/Stanley")
    assert of(updates, "The Argentine commander").date == "1982-06-14"


MONITORED = """
Daily Report. Middle East and Africa
Thursday, October 11, 1973
SYRIA
ASAD ADDRESSES THE NATION
JN101830 Damascus Domestic Service in Arabic 1800 GMT 10 Oct 73
[Excerpts] Citizens: our armed forces have fought with honour for five days on the Golan front.
GENERAL COMMAND COMMUNIQUE NO 22
JN110105 Damascus Domestic Service in Arabic 0100 GMT 11 Oct 73
[Text] Our air defences shot down four enemy aircraft over the capital tonight.
"""


@pytest.mark.parametrize(("line", "time", "day"), [
    ("JN101830 Damascus Domestic Service in Arabic 1800 GMT 10 Oct 73", "18:00", "10 Oct 1973"),
    ("Source: Radio Kabul, in Dari and Pashto 1530 gmt 27 Dec 79", "15:30", "27 Dec 1979"),
    ("LD052210 Moscow TASS in English 2204 GMT 5 Jun 1982", "22:04", "5 Jun 1982"),
])
def test_a_monitoring_service_s_source_line_is_when_its_item_went_on_the_air(line, time, day):
    stamp = find_stamp(line)
    assert stamp is not None and (stamp.time, stamp.zone, stamp.date_text, stamp.body) == (time, "UTC", day, "")


@pytest.mark.parametrize("line", [
    "The talks in Geneva in 1982 went on into the night.",
    "JN101830 Damascus Domestic Service in Arabic 1800 GMT 31 Feb 73",  # no such day
])
def test_no_source_line(line):
    assert find_stamp(line) is None


def test_a_monitoring_report_s_items_are_stamped_by_their_source_lines_and_titled_by_their_headlines():
    updates = parse_page(MONITORED, dt.date(1973, 10, 11), "UTC")
    speech = of(updates, "[Excerpts] Citizens")
    assert (speech.date, speech.time, speech.title) == ("1973-10-10", "18:00", "ASAD ADDRESSES THE NATION")
    assert speech.lines == [5, 6]  # the source line stamps it
    communique = of(updates, "[Text] Our air defences")
    assert (communique.date, communique.time, communique.lines) == ("1973-10-11", "01:00", [8, 9])


SPACED_QUESTIONS = """
Daily Press Briefing
Office of the Spokesman
MS. SHELLY: Good afternoon. I have one announcement, and then I will take your questions.
The Secretary will travel to Geneva on Sunday for talks with the Russian Foreign Minister.

Q    Christine, on Rwanda, is the United States sending any troops to help the refugees in Goma?

MS. SHELLY: No. We are sending aircraft with water purification equipment, and they will arrive tomorrow.

Q    On Haiti. Is the United States ready to tighten the embargo?

MS. SHELLY: The embargo is being enforced, and we are consulting our partners.

Q    Thank you.
"""


def test_a_question_set_off_by_a_wide_gap_heads_its_answer():
    updates = parse_page(SPACED_QUESTIONS, dt.date(1994, 7, 22), "America/New_York")
    answer = of(updates, "MS. SHELLY: No. We are sending aircraft")
    assert answer.title is not None and answer.title.startswith("Q    Christine, on Rwanda")
    assert of(updates, "MS. SHELLY: The embargo is being").title.startswith("Q    On Haiti.")
    assert of(updates, "Q    Thank you.").kind == "aside"


SIGNED = """
REGIONAL DAILY DIGEST
No. 88, Part II, 3 May 1994
CENTRAL ASIA

[01] REBELS SHELL THE AIRPORT.
Government radio said on 2 May that rebel gunners had
shelled the airport for the third day running, closing it to relief flights
until further notice. The government insisted that its troops still held the
road to the airport, where 40 UN observers remain.
-- Jan Novak, Digest Inc.

[02] PARLIAMENT EXTENDS STATE OF EMERGENCY.
The parliament voted on 2 May to extend
the state of emergency by another ninety days, despite protests by the
opposition, which walked out of the chamber before the vote was held.
-- Jan Novak, Digest Inc.

[03] AID CONVOY REACHES NORTHERN TOWN.
A convoy of twelve trucks carrying
food and medicine reached the besieged northern town on 2 May after a week
of talks at the checkpoints, the World Food Programme said in Geneva on the
same day. -- Jan Novak, Digest Inc.
"""


def test_an_author_s_signature_on_its_own_line_closes_the_item_above():
    updates = parse_page(SIGNED, dt.date(1994, 5, 3), "Europe/Prague")
    assert of(updates, "Government radio").lines[-1] == 10  # the signature, with its item
    assert of(updates, "The parliament voted").lines[-1] == 16


BRIEFS = """
Daily Report. Middle East and Africa
Thursday, October 11, 1973
SYRIA
ASAD ADDRESSES THE NATION
JN101830 Damascus Domestic Service in Arabic 1800 GMT 10 Oct 73
[Excerpts] Citizens: our armed forces have fought with honour for five days on the Golan front.
BRIEFS
BLOOD DONATIONS -- 12,000 citizens gave blood today. [Damascus Domestic Service in Arabic 1230 GMT 10 Oct 73 JN]
CURFEW EASED -- The night curfew was eased today. [Damascus Domestic Service in Arabic 2030 GMT 10 Oct 73 JN]
"""


def test_a_brief_item_closed_by_its_source_in_brackets_is_stamped_by_it():
    updates = parse_page(BRIEFS, dt.date(1973, 10, 11), "UTC")
    blood = of(updates, "BLOOD DONATIONS")
    assert (blood.date, blood.time) == ("1973-10-10", "12:30")
    curfew = of(updates, "CURFEW EASED")
    assert (curfew.date, curfew.time) == ("1973-10-10", "20:30")
    assert curfew is not blood
