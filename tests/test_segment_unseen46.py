"""Formats met on the blind sets ZZZZZG (Korea 1950) and ZZZZZH (Mali 2013), each on pages written for these tests:

- a press release whose one date line under its title is the day it came out ("14 January 2013"): no section its
  acts must keep to; an act a day or two before it that the text names, anywhere in the sentence, is of its day
  ("The Council on Sunday adopted ..." is of the Sunday), a date far from it still flagged;
- a day told between the subject and its verb, as a wire writes it ("The Security Council late last night adopted
  ...", "France on Saturday sent ..."): the main verb's day; a vote or a statement "late last night" is of the
  evening before, not of a night running into the morning;
- a quote closed by a new speaker named with a rank and an initial ("Maj. Gen. Oliver P. Smith, commander of ...,
  said") is that speaker's update, not the one above's;
- a feature telling a past war on from a day it writes with its year ("On July 29, 1950, ...") reads a later day
  written without one ("On Oct. 1, ...") in that year, up to the weeks after it, not in the year before the page's.
"""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

RELEASE = """
    Welcome to the United Nations
    Meetings Coverage and Press Releases
    Home › Press Releases › Security Council
    Security Council Press Statement on Mali
    Press Release SC/10878
    14 January 2013
    This press statement, issued by the Department of Public Information in New York, follows the \
Council's consultations of 13 January 2013 on the situation in Mali.
    (For information media — not an official record)
    NEW YORK, 14 January — The Security Council late last night adopted a presidential statement on the situation in \
Mali.
    The Council members on Saturday welcomed the swift response of the French forces to the request of the Malian \
authorities.
    Security Council adopts resolution 2085
    On 20 December 2012, the Council adopted resolution 2085, authorizing an African-led mission in Mali.
    """


def test_a_release_dateline_lets_its_acts_keep_their_days() -> None:
    updates = parse_page(RELEASE, dt.date(2013, 1, 14), "America/New_York")
    assert str(of(updates, "NEW YORK, 14 January").date) == "2013-01-13"
    assert str(of(updates, "The Council members on Saturday").date) == "2013-01-12"
    recalled = of(updates, "On 20 December 2012")
    assert str(recalled.date) == "2013-01-14" and "date-conflict" in recalled.flags


def test_a_day_between_subject_and_verb_is_the_verbs() -> None:
    updates = parse_page("""
        Mali: latest
        PARIS, Jan 13 (Wire) - France on Saturday sent a further 400 troops to Mali, the defence ministry said.
        """, dt.date(2013, 1, 13), "Europe/Paris")
    assert str(of(updates, "PARIS, Jan 13").date) == "2013-01-12"


def test_a_quote_closed_by_a_new_speaker_with_rank_and_initial_is_an_update_of_its_own() -> None:
    updates = parse_page("""
        Marines land at Inchon
        TOKYO, Sept. 16 (AP)—A navy spokesman said about 20 marines were killed in the day's fighting.
        "It went like clockwork," Maj. Gen. Oliver P. Smith, commander of the division, said when he came ashore.
        """, dt.date(1950, 9, 16), "Asia/Tokyo")
    assert of(updates, '"It went like clockwork') is not of(updates, "TOKYO, Sept. 16")


def test_a_story_told_on_from_a_past_day_reads_later_days_in_its_year() -> None:
    updates = parse_page("""
        Veterans recall the defence of the river line
        Some 200 veterans attended the ceremony on Thursday.
        On July 29, 1950, the division took up positions along the river.
        On Oct. 1, the division crossed the 38th parallel on the east coast.
        """, dt.date(2020, 8, 14), "Asia/Seoul")
    assert str(of(updates, "On Oct. 1").date) == "1950-10-01"
