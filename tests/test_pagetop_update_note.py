"""An article's one "Updated at 18:40" line under its dateline is when the page changed, not a post's stamp that its
first paragraph would take; a live page's "Updated" stamps over each post still stamp their posts. Pages written for
these tests."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

ARTICLE = """
    Border clashes
    Shelling hits villages on both sides of the border overnight
    04.05.2024
    Staff reporter, Tbilisi
    Updated at 18:40
    Shelling hit three villages along the border overnight, the defence ministry said on Saturday morning.
    The ministry said two soldiers were wounded and that the shelling stopped at about 4 a.m.
    """


def test_an_articles_lone_update_note_is_its_dateline_not_its_first_paragraphs_clock() -> None:
    updates = parse_page(ARTICLE, dt.date(2024, 5, 4), "Asia/Tbilisi")
    assert of(updates, "Updated at 18:40").kind == "aside"
    first = of(updates, "Shelling hit three villages")
    assert (first.kind, first.time) == ("update", None)


def test_a_live_pages_updated_stamps_still_stamp_their_posts() -> None:
    live = """
        Live: border clashes
        Updated at 18:40
        Shelling resumed near the border crossing, the governor said.
        Updated at 16:05
        The ministry said two soldiers were wounded overnight.
        """
    updates = parse_page(live, dt.date(2024, 5, 4), "Asia/Tbilisi")
    assert of(updates, "Shelling resumed").time == "18:40"
    assert of(updates, "The ministry said").time == "16:05"


def test_a_release_dated_over_its_title_still_has_its_title_found() -> None:
    release = """
        Meetings Coverage
        Security Council
        9786th Meeting (AM)
        SC/15894
        Press release
        Security Council
        18 November 2024
        Security Council Fails to Adopt Draft Resolution on Sudan
        The Security Council today failed to adopt a draft resolution on Sudan, owing to a veto.
        """
    updates = parse_page(release, dt.date(2024, 11, 18), "America/New_York",
                         title="Security Council Fails to Adopt Draft Resolution on Sudan")
    title = of(updates, "Security Council Fails to Adopt")
    assert title.kind == "aside" and title.why.startswith("page title")


def test_a_release_opening_on_its_place_in_brackets_is_an_article_not_a_post() -> None:
    release = """
        May 9, 2024 12:01AM EDT
        Sudan: Killings in El Geneina Amount to Crimes Against Humanity
        Share this via Facebook
        Share this via X
        Share this via WhatsApp
        Share this via Email
        Other ways to share
        Print
        (Nairobi) – Paramilitary forces killed thousands of civilians in El Geneina in 2023, a rights group said today.
        On March 14, the governor of West Darfur was abducted and killed hours after he spoke on television.
        On January 29, 2024, the prosecutor told the Security Council that crimes were being committed in Darfur.
        """
    updates = parse_page(release, dt.datetime(2024, 5, 9, 0, 1), "America/New_York",
                         title="Sudan: Killings in El Geneina Amount to Crimes Against Humanity")
    assert of(updates, "On March 14").date == "2024-03-14"
    assert of(updates, "On January 29, 2024").date == "2024-01-29"
