"""Round eighteen of whole pages (``tests/pages/``): an almanac column ("This Day in History") whose frame line
("Today is Wednesday, March 20, the 80th day of 2024. ...") and closing features ("Today's Birthdays: ...",
"Thought for Today: ...") are its furniture; an old news site's story stamped by the line over its title ("Tuesday, 1
February, 2000, 10:05 GMT"), a photo's caption between title and lead, a wire's "According to ministry spokesman X,
..." carrying on the ministry's claim above, as "A Council spokesman, ..." carries on the Council's; a weekly column
whose items each open with a short title line over one paragraph, the first item's clock said with its day deep in
its first sentence ("at around 6 am on Monday"); a forum thread whose readers' comments are headed "u/name · 3h".
Each test says what a careful reader expects; every non-blank line is used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

from test_segment_property import unaccounted
from test_segment_unseen import parse, titled


def test_almanac_frame_line_and_closing_features_are_asides() -> None:
    page = parse("almanac_this_day_column")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    page.not_reported("Today is Wednesday, March 20", "Today's Birthdays:", "Thought for Today:")
    # the column's paragraphs still take their year with the column's month and day
    assert page.of("In 2003, the United States").date == "2003-03-20"
    assert page.of("Ten years ago: Russia").date == "2014-03-20"
    assert len(page.reports) == 4


def test_old_story_stamp_over_its_title_stamps_the_story() -> None:
    page = titled("chechnya_old_story_stamp", "Rebels say they have left Grozny")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    story = page.of("Chechen rebels say")
    assert page.of("Tuesday, 1 February, 2000") is story and page.of("Rebels say they have left") is story
    assert page.of("A rebel spokesman") is story and page.of('"The city is no longer') is story
    assert (story.kind, story.date, story.time, story.timezone) == ("update", "2000-02-01", "10:05", "UTC")
    # the photo's caption between the title and the lead, and the crosshead, are asides
    page.not_reported("Chechen fighters leaving the capital", "Moscow's view")
    # "According to ministry spokesman X, ..." carries on the ministry's claim above
    ministry = page.of("The Russian Defence Ministry said")
    assert page.of("According to ministry spokesman") is ministry
    assert page.of("The Council of Europe said") is not ministry
    # the spokesperson of the body named just above goes on with its statement
    assert page.of("A Council spokesman") is page.of("The Council of Europe said")


def test_weekly_column_items_are_titled_by_short_lines() -> None:
    page = parse("sahel_watch_weekly_column")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    page.not_reported("Welcome to Sahel Watch", "Read more:")
    ambush = page.of("Gunmen attacked a fuel convoy")
    assert page.of("Ambush on the Gao road") is ambush
    # the clock said with the day that dates the item, closing its clause, deep in the first sentence
    assert (ambush.date, ambush.time) == ("2024-05-13", "06:00")
    for title, lead in (("Friends in the Kremlin", "Last Thursday"), ("Mines at the market", "A roadside bomb"),
                        ("Bread prices keep rising", "The price of a loaf")):
        item = page.of(lead)
        assert item.kind == "update" and page.of(title) is item, title
    assert page.of("Mines at the market").date == "2024-05-15"


def test_forum_comments_with_a_bare_age_are_asides() -> None:
    page = parse("forum_thread_compact_ages")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    page.not_reported("u/kharkiv_local", "Sirens have been going", "u/quiet_observer_9", "The bridge at Vovchansk")
    assert [(u.date, u.time) for u in page.reports] == [("2024-05-11", "09:10"), ("2024-05-11", "11:25")]
