"""Round twenty-seven of page shapes, live pages and stories updated in place: a "Key events" box of one-line links
("10.41 GMT <headline>") that gives its clock to a post stamped only by its age, a summary over posts titled under
their stamps, a live page's closing post, an "(Update, 22:10 IST)" note inside a story, a speaker named by rank after
a long opening clause, and the furniture of such pages (an agency's "(XYZ Photo)" credit, a site's promotion of its
coverage, a notice that comments are off).

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

KEY_EVENTS = """
    Israel-Gaza war live: ceasefire talks resume in Cairo as aid trucks cross at Rafah
    Hamas delegation arrives in Egypt; UN says 120 trucks entered Gaza on Wednesday
    Maya Cohen
    Wed 6 Mar 2024 14.30 GMT
    First published on Wed 6 Mar 2024 08.05 GMT
    Key events
    13.49 GMT Hamas delegation arrives in Cairo for truce talks
    12.10 GMT UN says 120 aid trucks entered Gaza through Rafah
    Show key events only

    6m ago
    Jordan calls for more crossings to open
    Jordan's foreign minister said on Wednesday that one crossing could not meet the needs of Gaza's population.

    38m ago
    Hamas delegation arrives in Cairo for truce talks
    A Hamas delegation arrived in Cairo on Wednesday for a new round of talks on a truce, Egyptian state media said.
    Israel has not said whether it will send negotiators.

    1h ago
    Strike on Rafah house kills five, medics say
    Medics in Rafah said five people were killed when a strike hit a house in the city's west.

    2h ago
    UN says 120 aid trucks entered Gaza through Rafah
    The UN humanitarian office said 120 trucks carrying food and medicine had entered Gaza on Wednesday.
"""


def test_a_one_line_key_event_gives_its_clock_to_the_post_with_its_headline() -> None:
    updates = parse_page(KEY_EVENTS, dt.datetime(2024, 3, 6, 14, 30), "Europe/London")
    talks = of(updates, "A Hamas delegation arrived in Cairo")
    assert (talks.date, talks.time) == ("2024-03-06", "13:49")  # the clock written out, not 38m counted back (13:52)
    assert talks.title == "Hamas delegation arrives in Cairo for truce talks"
    aid = of(updates, "The UN humanitarian office said")
    assert (aid.date, aid.time) == ("2024-03-06", "12:10")  # an age in hours alone gives no clock


def test_the_key_event_links_are_asides_and_other_ages_keep_their_own_reading() -> None:
    updates = parse_page(KEY_EVENTS, dt.datetime(2024, 3, 6, 14, 30), "Europe/London")
    for start in ("13.49 GMT Hamas delegation", "12.10 GMT UN says"):
        assert of(updates, start).kind == "aside"
    assert of(updates, "Jordan's foreign minister").time == "14:24"  # counted back from the page's 14.30 GMT
    assert of(updates, "Medics in Rafah said").time is None  # "1h ago", in no key event


def test_a_key_event_naming_another_clock_than_the_posts_own_is_left_alone() -> None:
    page = """
        Live: Sudan war
        Key events
        09.40 BST Army says it retook a bridge in Omdurman

        10.15 BST
        Army says it retook a bridge in Omdurman
        The Sudanese army said on Thursday it had retaken the Halfaya bridge from the RSF.
    """
    updates = parse_page(page, dt.date(2024, 6, 13), "Europe/London")
    assert of(updates, "The Sudanese army said").time == "10:15"


SUMMARY_OVER_POSTS = """
    Live Reporting
    Edited by Sam Reed
    All times stated are UK
    Summary
    Iran's foreign minister says talks with the US will go ahead in Oman on Saturday
    The White House says the talks will be direct; Tehran says they will be indirect
    Oil prices fell by 2% after the announcement
    Posted at 22:50
    We're pausing our live coverage
    That's all from us for today. You can read more on the talks in our main story and our analysis.
    Share
    Posted at 21:35
    Oman confirms it will host the talks
    Oman's foreign ministry said it would host the talks in Muscat on Saturday.
    Watch: Araghchi arrives in Muscat
    Share
    Posted at 20:10
    Tehran says talks will be indirect
    Iran's foreign minister said the talks would be held through Omani mediators.
    Watch: Crowds gather outside the embassy
    Share
"""


def test_a_summary_line_over_a_post_stamp_is_not_the_posts_title_when_posts_are_titled_under_their_stamps() -> None:
    updates = parse_page(SUMMARY_OVER_POSTS, dt.date(2025, 4, 9), "Europe/London")
    assert of(updates, "Oil prices fell by 2%").kind == "aside"
    assert not any(u.title and u.title.startswith("Oil prices") for u in updates)


def test_a_live_pages_closing_post_is_no_update() -> None:
    updates = parse_page(SUMMARY_OVER_POSTS, dt.date(2025, 4, 9), "Europe/London")
    assert not any("pausing our live coverage" in u.text or "That's all from us" in u.text
                   for u in updates if u.kind != "aside")
    assert not any(u.time == "22:50" and u.kind != "aside" for u in updates)
    oman = of(updates, "Oman's foreign ministry said")
    assert (oman.time, oman.title) == ("21:35", "Oman confirms it will host the talks")


UPDATED_STORY = """
    Army says truce holding in Kordofan after night of clashes
    By Staff Reporter
    Published on: June 2, 2024 14:05 GMT
    Soldiers at a checkpoint outside El Obeid on Sunday. (SUNA Photo)
    Brig Gen Nabil Abdallah, the army's spokesman, said on Sunday that a local truce with the RSF was holding.
    Addressing reporters in Port Sudan alongside the governors of North and South Kordofan, Brig Gen Abdallah said so.
    "Our forces remain in their positions," he said.
    Also Read: RSF says it will respect Kordofan truce
    The RSF said on Saturday it had pulled its fighters back from the villages east of El Obeid.
    Truce holds overnight
    (Update, 18:40 GMT) The army said in a statement that the night had been calm across North Kordofan.
    Earlier on Sunday, the governor of North Kordofan visited displaced families in El Obeid.
    Get Latest Africa News along with Latest News and Top Headlines from the region and around the world.
    Catch all the Latest World News and Breaking News on Example Daily website and apps.
    Comments (312)
    Commenting has been disabled at this time but you can still read the discussion of this story.
"""


def test_an_update_note_inside_a_story_times_its_own_paragraph_only() -> None:
    updates = parse_page(UPDATED_STORY, dt.datetime(2024, 6, 2, 14, 5), "Europe/London")
    note = of(updates, "The army said in a statement that the night")
    assert (note.date, note.time) == ("2024-06-02", "18:40")
    assert note.title is None  # the story's sub-heading over it heads a section, not the note
    earlier = of(updates, "Earlier on Sunday, the governor")
    assert earlier is not note and earlier.time is None
    assert of(updates, "Truce holds overnight").kind == "aside"


def test_a_speaker_named_by_rank_after_a_long_opening_clause_carries_the_story_on() -> None:
    updates = parse_page(UPDATED_STORY, dt.datetime(2024, 6, 2, 14, 5), "Europe/London")
    truce = of(updates, "Brig Gen Nabil Abdallah, the army's spokesman")
    assert "Brig Gen Abdallah said so." in truce.text
    assert '"Our forces remain in their positions,"' in truce.text


def test_a_storys_furniture_is_no_report() -> None:
    updates = parse_page(UPDATED_STORY, dt.datetime(2024, 6, 2, 14, 5), "Europe/London")
    reports = " ".join(u.text for u in updates if u.kind != "aside")
    for line in ("(SUNA Photo)", "Get Latest Africa News", "Catch all the Latest World News", "Commenting has been",
                 "Comments (312)"):
        assert line not in reports
