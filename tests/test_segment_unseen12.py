"""Round twelve of whole pages (``tests/pages/``), from outlets and wars the holdout sets do not have: a monitor's
listing of posts, each its headline, the day it was posted and its text, closed by a "Read More" link. Each test
says what a careful reader expects; every non-blank line is used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

from test_segment_property import unaccounted
from test_segment_unseen import parse


def test_listing_of_posts_headline_date_line_text_read_more() -> None:
    page = parse("monitor_post_listing")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    # each post is one update: its headline (the title), its date line (its day) and its lead
    for title, date_line, lead, date in (
            ("Junta airstrike hits monastery", "March 14, 2024", "BCM sources reported that a junta", "2024-03-14"),
            ("Resistance forces claim capture", "March 13, 2024", "The Kawlin People's Defence Force", "2024-03-13"),
            ("Fuel convoy ambushed", "March 12, 2024", "A convoy of fuel trucks", "2024-03-12")):
        update = page.of(lead)
        assert update.kind == "update" and update.date == date
        assert update.title is not None and update.title.startswith(title)
        assert page.no(date_line) in update.lines
    # after the lead a paragraph is read as a digest's: another party's claim is an update of its own, of the post's day
    denial = page.of("The junta's information team denied")
    assert denial is not page.of("The Kawlin People's Defence Force") and denial.date == "2024-03-13"
    assert page.of("BCM has documented the deaths").date == "2024-03-14"
    # the links closing each post, the pager and the sidebar's teaser and its date are no news
    page.not_reported("Read More", "« Previous", "Most Read", "Thousands flee fighting", "March 11, 2024")


def test_pdf_flash_update_wrapped_its_dated_paragraphs_list_headings_and_page_footers() -> None:
    page = parse("pdf_flash_update_wrapped")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    # a wrapped paragraph runs on over its full lines; the next dated one, under a line ending a sentence, is its own
    first = page.of("On 7 June, fighting broke out")
    assert page.of("in Malakal, and at least 13") is first and first.date == "2023-06-07"
    assert page.of("On 9 June, the Humanitarian Coordinator") is not page.of("The mission said on 8 June")
    assert page.of("On 9 June, the Humanitarian Coordinator").date == "2023-06-09"
    # the page footer ("1 | Page") is dropped, not glued to the paragraph above it
    assert page.why_dropped("1 | Page") is not None and page.why_dropped("2 | Page") is not None
    # a short heading between a report's lists is a label, and the list item under it is kept
    assert page.of("Water and Sanitation").kind == "aside"
    assert page.of("• Water trucking resumed").kind == "update"
    assert page.why_dropped("• Water trucking resumed") is None
    # a key figure alone under a full line is the figure box's, not the rest of the item above
    assert page.of("• Water trucking resumed").lines == [page.no("• Water trucking resumed")]
    assert page.no("18,000") in page.dropped or page.of("18,000").kind == "aside"
    page.not_reported("For further information, please contact:", "Anna Example, Head of Office")
