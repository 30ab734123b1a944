"""Round eight of whole pages (``tests/pages/``): a saved X profile whose post headers give a day and a clock
("@handle · Feb 6, 21:40", "· Feb 5, 9:12 PM"), an older year ("· Dec 19, 2023") and an age ("· 14h"), under a
profile header (name, handle, bio, place, link, "Joined ...", counts, tabs), with a pinned post, reposts, count lines
("88 1.2K 2.9K 410K"), "Show more", a box of accounts to follow and a sign-up prompt; a post saved on its own page
("9:41 AM · Jan 11, 2025" under it); a Bluesky timeline (handles that are domains). Each test says what a careful
reader expects; every non-blank line is used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

import pytest
from test_dates_in_pages import parse as parse_text
from test_segment_property import unaccounted
from test_segment_unseen import parse, titled, undated

from chronik.segment.posts import post_header
from chronik.segment.prose import same_thing


def test_x_profile_posts_stamped_with_day_and_clock_a_pinned_post_and_the_profile_header() -> None:
    page = parse("redsea_x_profile")  # saved on 7 February 2024 in Aden's clock
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    stamped = [("Our running list", "2023-12-19", None), ("UKMTO reports a vessel", "2024-02-07", None),
               ("On Feb. 6, at approximately", "2024-02-06", "21:40"),
               ("Houthi spokesman Yahya Saree", "2024-02-06", "14:05"),
               ("Two anti-ship ballistic missiles", "2024-02-05", "21:12")]
    for start, day, time in stamped:
        u = page.of(start)
        assert (u.kind != "aside", u.date, u.time, u.timezone) == (True, day, time, "Asia/Aden"), start
        assert u.title is None and u.tags == [] and "out-of-order" not in u.flags, start
    assert len(page.reports) == len(stamped)
    # the header over the text is the post's: it belongs to its update, not to the one above
    assert page.of("@CENTCOM · Feb 6, 21:40") is page.of("On Feb. 6, at approximately")
    # the profile: its name, handle, bio, place, link and join date are the profile's, none a post
    for start in ("Open-source tracking of attacks", "Aden, Yemen", "redseawatch.org", "Joined November 2023",
                  "@RedSeaWatch\n", "Pinned", "Red Sea Shipping Watch reposted", "CENTCOM", "Lloyd's List"):
        n = page.no(start.rstrip("\n")) if not start.endswith("\n") else page.nos("@RedSeaWatch")[0]
        assert n in page.dropped or page.holding(n).kind == "aside", start
    for start in ("214 Following", "31.7K Followers", "88 1.2K 2.9K 410K", "402 1.7K 6.8K 1.1M", "Posts",
                  "Media", "Who to follow", "@LloydsList", "People on X are the first to know.",
                  "Don’t miss what’s happening"):
        assert page.why_dropped(start), start
    assert all(page.dropped[n] == "boilerplate: pagination" for n in page.nos("Show more"))


def test_a_pinned_post_of_the_same_day_is_out_of_order_on_purpose() -> None:
    updates = parse_text("""
        Kyiv Independent
        @kyivindependent.com
        Pinned
        Kyiv Independent
        @kyivindependent.com · Mar 4, 08:15
        Our live map of the front line is updated every morning.
        Kyiv Independent
        @kyivindependent.com · Mar 4, 18:30
        Russian strike on Odesa kills 4, injures 12, Governor Oleh Kiper says.
        Kyiv Independent
        @kyivindependent.com · Mar 4, 12:05
        Zelensky meets Erdogan in Istanbul.
        Ukrainska Pravda
        @pravda.com.ua · 3 Mar 2024, 22:40
        Explosions heard in Kharkiv, mayor Ihor Terekhov reports.
    """, "2024-03-05", "Europe/Kyiv")
    reports = [u for u in updates if u.kind != "aside"]
    assert [(u.date, u.time, u.flags) for u in reports] == [
        ("2024-03-04", "08:15", []), ("2024-03-04", "18:30", []), ("2024-03-04", "12:05", []),
        ("2024-03-03", "22:40", [])]
    assert all(u.kind == "aside" for u in updates if u.text in ("Pinned", "Kyiv Independent", "Ukrainska Pravda"))


def test_a_timeline_listed_against_its_order_is_flagged_without_a_pin() -> None:
    updates = parse_text("""
        Kyiv Independent
        @kyivindependent.com · Mar 4, 08:15
        Air raid alert lifted in Kyiv after three hours.
        Kyiv Independent
        @kyivindependent.com · Mar 4, 18:30
        Russian strike on Odesa kills 4, injures 12, Governor Oleh Kiper says.
        Kyiv Independent
        @kyivindependent.com · Mar 4, 12:05
        Zelensky meets Erdogan in Istanbul.
        Kyiv Independent
        @kyivindependent.com · Mar 3, 22:40
        Explosions heard in Kharkiv, mayor Ihor Terekhov reports.
    """, "2024-03-05", "Europe/Kyiv")
    assert [u.flags for u in updates if u.kind != "aside"] == [["out-of-order"], [], [], []]


def test_a_post_saved_on_its_own_page_is_stamped_by_the_clock_and_day_under_it() -> None:
    updates = parse_text("""
        Post

        See new posts

        Conversation

        Ukrainian Air Force
        @KpsZSU
        Overnight, Russia launched 89 Shahed-type drones and 3 Iskander-M missiles. Air defence shot down 61 drones.
        9:41 AM · Jan 11, 2025
        ·
        412K Views
        318
        2.4K
        9.9K
        Post your reply
    """, "2025-01-12", "Europe/Kyiv")
    post = next(u for u in updates if u.text.startswith("Overnight, Russia launched"))
    assert (post.kind, post.date, post.time, post.timezone) == ("update", "2025-01-11", "09:41", "Europe/Kyiv")
    assert [u for u in updates if u.kind != "aside"] == [post]


@pytest.mark.parametrize(("text", "expected"), [
    ("@IDF · Oct 9, 21:05", ("@IDF", "Oct 9", None, "21:05")),
    ("@UNHCR · 3 Feb 2024, 9:15 PM", ("@UNHCR", "3 Feb 2024", None, "21:15")),
    ("Kyiv Independent @kyivindependent.com · 14h", ("@kyivindependent.com", None, "14h", None)),
    ("@osint.bsky.social · Jan 3 at 12:05 am", ("@osint.bsky.social", "Jan 3", None, "00:05")),
    ("@adgpi · May 9", ("@adgpi", "May 9", None, None)),
    ("@IDF · Oct 9, 13:05 PM", None), ("Email press@un.org · 3 May, 10:00", None),
])
def test_a_post_header_may_give_the_posts_clock_after_its_day(text: str, expected: tuple | None) -> None:
    header = post_header(text)
    got = None if header is None else (header.handle, header.date_text, header.age, header.time)
    assert got == expected


def test_live_page_posted_at_stamps_a_closing_post_a_welcome_post_and_a_reporter_signing_a_post() -> None:
    page = parse("amhara_bbc_live")  # newest first; "Posted at 16:50" and a bare "16:10"
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    # the summary box: one report per bullet, of the page's day, with no time
    for start in ("• Fano militia fighters have entered", "• Ethiopia's government has declared",
                  "• Flights to Bahir Dar", "• The US embassy urges"):
        u = page.of(start)
        assert (u.kind, u.date, u.time, len(u.lines)) == ("update", "2023-08-04", None, 1), start
    # the post closing the coverage and the one welcoming readers: stamp, headline and text are asides
    for start in ("Posted at 17:25", "We're ending our live coverage", "That's where we'll leave",
                  "Posted at 12:30", "Welcome to our live coverage", "Good morning and welcome"):
        assert page.of(start).kind == "aside", start
    stamped = [("Ethiopian Airlines said", "16:50"), ("The US embassy in Addis Ababa", "16:10"),
               ("Residents of Lalibela told me", "15:35"), ("Prime Minister Abiy Ahmed's office", "14:20"),
               ("Fano is a loosely organised", "13:05")]
    for start, time in stamped:
        u = page.of(start)
        assert (u.date, u.time, u.timezone, u.flags) == ("2023-08-04", time, "Africa/Addis_Ababa", []), start
    assert page.of("Passengers with bookings") is page.of("Ethiopian Airlines said")
    # a reporter signing a post under its stamp: the byline is the post's lines (not its words), and the post keeps
    # its stamp
    signed = page.of("Residents of Lalibela told me")
    for start in ("Mercy Wanjiru", "Africa correspondent, reporting from Nairobi"):
        assert page.of(start) is signed and start not in signed.text, start
    assert page.of("Posted at 15:35") is signed and page.of("One hotel owner said") is signed
    assert not any(u.tags == ["Mercy Wanjiru"] for u in page.updates)
    assert page.why_dropped("Share page") == "boilerplate: share buttons"
    page.not_reported("Live Reporting", "Edited by Marta Bekele", "Why Ethiopia's Amhara militias")


@pytest.mark.parametrize("text", [
    "Lyse Doucet\nChief international correspondent",
    "Frank Gardner\nSecurity correspondent, in Kyiv",
    "Anna Foster\nMiddle East correspondent, reporting from Beirut",
])
def test_a_reporters_name_over_their_post_is_a_byline_not_a_section_label(text: str) -> None:
    name, post = text.split("\n")
    updates = parse_text(f"""
        Gaza live

        14:05

        {name}

        {post}

        Residents said shelling continued through the night near the hospital.

        13:10

        The UN said an aid convoy had reached the north of the strip.
    """, "2023-11-12", "Asia/Gaza")
    signed = next(u for u in updates if u.text.startswith("Residents said"))
    assert (signed.time, signed.tags) == ("14:05", [])
    assert all(u.kind == "aside" for u in updates if u.text in (name, post))


def test_weekly_update_without_a_publication_date_its_links_to_other_weeks_and_its_sign_up_footer() -> None:
    page = undated("libya_weekly_undated", "Libya Conflict Monitor – Weekly Update: 6–12 April 2019")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    assert page.of("Libya Conflict Monitor – Weekly Update").kind == "aside"
    for start, day, end in (("• Forces loyal to Khalifa Haftar", "2019-04-06", None),
                            ("• The UN-backed Government", "2019-04-07", None),
                            ("6 April – Haftar's", "2019-04-06", None), ("On 8 April", "2019-04-08", None),
                            ("9–10 April", "2019-04-09", "2019-04-10"), ("On 10 April", "2019-04-10", None)):
        u = page.of(start)
        assert (u.kind, u.date, u.date_end, u.flags) == ("update", day, end, []), start
    # an item naming no day: of the week the title names (the page says nothing closer)
    warrants = page.of("The GNA's interior ministry issued")
    assert (warrants.kind, warrants.date, warrants.date_end) == ("update", "2019-04-06", "2019-04-12")
    # the links to the weeks before and after are asides dating nothing; the sign-up box is furniture
    for start in ("Previous update: 30 March", "Next update: 13–19 April 2019"):
        assert page.of(start).kind == "aside", start
    assert not any(u.date in ("2019-03-30", "2019-04-13") for u in page.updates)
    assert page.why_dropped("Receive our weekly update on Libya") == "boilerplate: subscription appeal"
    assert page.why_dropped("Email address") == "boilerplate: navigation"
    page.not_reported("Sign up for the Libya Monitor", "Subscribe", "© North Africa Security Forum")


def test_an_item_no_date_reaches_on_a_page_without_one_is_flagged() -> None:
    updates = parse_text("""
        Libya Monitor

        Tripoli front

        The GNA's interior ministry issued arrest warrants for Haftar and several LNA commanders.

        On 8 April 2019, an LNA warplane struck Mitiga airport.
    """, None, "Africa/Tripoli")
    warrants = next(u for u in updates if u.text.startswith("The GNA's interior ministry"))
    assert (warrants.date, warrants.flags) == (None, ["no-date"])
    strike = next(u for u in updates if u.text.startswith("On 8 April 2019"))
    assert (strike.date, strike.flags) == ("2019-04-08", [])


def test_wire_story_background_on_a_thing_the_update_named_carries_the_update_on() -> None:
    page = titled("kakhovka_wire", "Thousands flee as floods spread after Kakhovka dam breach")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    lead = page.of("KHERSON, Ukraine (Wire)")
    assert (lead.kind, lead.date) == ("update", "2023-06-06")
    # "The dam is ...", "The cause of the breach is ...": background on the dam and the breach the lead named;
    # the governor's quote between them carries the lead on too
    for start in ("The dam is one of six", "“The water is rising", "The cause of the breach"):
        assert page.of(start) is lead, start
    # a paragraph reporting an act of its own is an update of its own, whatever it opens with
    for start in ("Ukraine's military accused", "The villages of Korsunka", "The UN humanitarian office"):
        assert page.of(start) is not lead and page.of(start).kind == "update", start
    assert page.of("“Everything is gone.") is page.of("Svitlana Moroz")
    assert page.of("The UN humanitarian office").date == "2023-06-07"
    for start in ("Thousands flee as floods spread", "Floodwaters from the destroyed dam", "By Olena Hrytsenko"):
        assert page.of(start).kind == "aside", start


@pytest.mark.parametrize(("text", "previous", "expected"), [
    ("The region had a population of 120,000.", "... fled the breakaway region.", True),
    ("The cause of the explosion is still unclear.", "... an explosion at a fuel depot ...", True),
    ("The casualties were taken to Mykolaiv.", "... hit a bus, causing casualties ...", True),
    ("The cause of the fire is unclear.", "... an explosion at a fuel depot ...", False),
    ("The Kremlin denied involvement.", "... the Kremlin said ...", False),  # a name, not a thing named again
])
def test_a_paragraph_opening_on_a_thing_named_above(text: str, previous: str, expected: bool) -> None:
    assert same_thing(text, previous) is expected


def test_assessment_says_what_it_leaves_out_and_links_its_maps() -> None:
    page = titled("africa_file_assessment",
                  "Africa File, March 14, 2024: Sudanese Army Retakes State Broadcaster in Omdurman")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    # "We do not report in detail on ... the military operations we are assessing": the publisher on its own scope
    assert page.why_dropped("We do not report in detail") == "boilerplate: self-promotion"
    for start in ("View the full-size map", "Click to enlarge"):
        assert page.why_dropped(start) == "boilerplate: navigation", start
    for start, day in (("Sudanese Armed Forces (SAF) units retook", "2024-03-12"),
                       ("The RSF claimed on March 13", "2024-03-13"),
                       ("RSF fighters attacked SAF positions", "2024-03-11"),
                       ("Unidentified gunmen killed", "2024-03-10")):
        u = page.of(start)
        assert (u.kind, u.date, u.flags) == ("update", day, []), start
    assert page.of("RSF fighters attacked SAF positions").tags == ["Darfur"]
    page.not_reported("Liam Karr and Yale Ford", "March 14, 2024", "Data cut-off", "Key Takeaways:")
