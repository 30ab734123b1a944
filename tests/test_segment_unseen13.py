"""Round thirteen of whole pages (``tests/pages/``), from outlets and wars the holdout sets do not have. Each test
says what a careful reader expects; every non-blank line is used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from test_segment_property import unaccounted
from test_segment_unseen import PAGES, Page, parse

from chronik.config import Config, Source
from chronik.ingest import read_document
from chronik.segment import segment
from chronik.segment.blocks import Block, split_blocks
from chronik.segment.boilerplate import _publisher_regex, drop_reasons, reason_for


def test_wire_story_published_stamp_and_deck_under_its_title_then_one_paragraph_a_claimant() -> None:
    page = parse("interfax_wire_story")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    # the stamp under the title is when the story was published (no other stamp under it stamps any text): a
    # dateline, not a live post taking the whole story along; the deck under it sums the story up
    for start, what in (("14.05.2023 13:05", "aside"), ("Air defence worked in five", "aside")):
        assert page.of(start).kind == what
    lead = page.of("KYIV, May 14. /Interfax-Ukraine/.")
    assert lead.kind == "update" and lead.time is None and lead.date == "2023-05-14"
    assert page.of('"Most of the drones were shot down') is lead
    # each paragraph with a claimant of its own is its own update
    claims = ("KYIV, May 14.", "The Russian Defence Ministry said", "Kyiv city military")
    assert len({id(page.of(s)) for s in claims}) == 3
    # the related links and their times, the tags and the outlet's legal notices are no news
    page.not_reported("Related news", "Zelensky meets Italian", "13.05, 18:20", "Tags", "drones")
    assert page.why_dropped("Interfax-Ukraine. Media outlet registration") == "boilerplate: licence notice"
    assert page.why_dropped("This website may contain materials") == "boilerplate: licence notice"


def test_briefing_transcript_turns_carry_their_paragraphs_and_a_question_heads_its_answer() -> None:
    page = parse("ministry_briefing_transcript")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    # the spokesperson's "we" about their own ministry, the publisher, is what they say, not the site promoting itself
    assert page.why_dropped("As I said this morning, the Ministry") is None
    # a speaker's turn takes the paragraphs under it, up to the next speaker
    opening = page.of("SPOKESPERSON: Good morning.")
    for start in ("As I said this morning", "The Russian side claims", "Let me now give the floor"):
        assert page.of(start) is opening
    operations = page.of("OPERATIONS HEAD: Thank you. Over the past")
    assert operations is not opening
    # ... but a paragraph that opens with the day of an act of its own is a report of its own, in the speaker's words
    yesterday = page.of("Yesterday evening our forces")
    assert yesterday is not operations and yesterday.context.turn == "OPERATIONS HEAD"
    # a question heads the answer under it: the answer's update, titled by the question
    answer = page.of("SPOKESPERSON: Olena, we can confirm")
    assert page.of("QUESTION: Olena Koval, Suspilne.") is answer and answer.title is not None
    assert answer.text.startswith("SPOKESPERSON: Olena")
    denial = page.of("OPERATIONS HEAD: No.")
    assert page.of("QUESTION: The Russian ministry says") is denial and denial is not answer
    page.not_reported("Back to top", "Video of the briefing")


def test_forum_live_thread_post_headers_with_their_age_open_each_post_and_its_furniture_is_left_out() -> None:
    path = PAGES / "forum_live_thread.txt"
    saved = dt.datetime(2023, 10, 9, 21, 40, tzinfo=ZoneInfo("Asia/Jerusalem"))  # the page's save time
    source = Source(id="thread", file=path.name, path=path, publisher="Reddit", published=saved,
                    timezone="Asia/Jerusalem")
    config = Config(root=PAGES, path=PAGES / "config.yaml", title="t", epochs=(), sources=(source,))
    doc = read_document("thread", path)
    updates, dropped = segment(doc, source, config)
    page = Page(doc, updates, dropped)
    assert unaccounted(doc, updates, dropped) == []
    # "posted by u/name · 1h ago" over a post's text is the post's header: the post opens there, dated by its age
    # counted back from the save time (an age in hours gives the day, no clock time), and takes its lines along
    army = page.of("Israel's military says it has regained")
    assert page.of("posted by u/levant_desk") is army and (army.kind, army.date, army.time) == (
        "update", "2023-10-09", None)
    health = page.of("Gaza's health ministry says")
    assert page.of("posted by u/ModTeamIP · 3h ago") is health and page.of("The ministry says more than") is health
    # the thread's note, its audience counter and a post's "edited" mark are furniture, not news
    assert page.of("Updates are posted by approved").kind == "aside"
    assert page.why_dropped("1,082 watching now") == "boilerplate: engagement counts"
    assert page.why_dropped("edited") == "boilerplate: forum furniture"
    assert "edited" not in page.of("Egypt says it warned").text


def test_a_number_alone_over_its_label_is_a_key_figure_not_a_counter_nor_a_page_number() -> None:
    lines = ["KEY FIGURES", "3.4M", "children out of school", "412", "schools damaged",
             "Strikes hit two schools in Kharkiv on 5 May, the education ministry said.",
             "1,204", "Reposts", "2", "Next"]
    path = PAGES / "interfax_wire_story.txt"
    source = Source(id="s", file=path.name, path=path, publisher="UNICEF", published=dt.date(2024, 5, 6),
                    timezone="Europe/Kyiv")
    config = Config(root=PAGES, path=PAGES / "config.yaml", title="t", epochs=(), sources=(source,))
    blocks = split_blocks(lines)
    reasons = {blocks[i].text: r for i, r in drop_reasons(blocks, source, config).items()}
    # the box's figures stay on the page, for what they count (their labels are under them)
    assert "3.4M" not in reasons and "412" not in reasons
    # a post's counter over its dropped label, and a pager's number, are still furniture
    assert reasons["1,204"] == "boilerplate: engagement counts" and reasons["2"] == "boilerplate: pagination"


@pytest.mark.parametrize("text", [
    "Kyiv, May 14, UKRINFORM The Air Force said our air defence downed 18 of 22 drones over our territory overnight.",
    "MOSCOW, April 2. /TASS/. The ministry said our forces had repelled the attack on our positions near the border.",
])
def test_a_wire_dateline_naming_the_agency_is_no_self_promotion(text: str) -> None:
    publisher = _publisher_regex("TASS" if "TASS" in text else "Ukrinform")
    assert reason_for(Block(0, [1], text, text), (), publisher) is None


def test_the_agency_speaking_of_itself_is_still_self_promotion() -> None:
    text = "Ukrinform is proud to present our new English service; we thank our readers for their support."
    assert reason_for(Block(0, [1], text, text), (), _publisher_regex("Ukrinform")) == "boilerplate: self-promotion"
