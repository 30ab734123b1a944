"""Round 100: a digest's closing appeals (a magazine's promotion with "subscribe for", a call to support independent
media) and its link to the full stories, and the news like them that stays."""

from __future__ import annotations

import pytest
from test_boilerplate_round39 import why

from chronik.segment.blocks import Block
from chronik.segment.headings import furniture


@pytest.mark.parametrize(("line", "reason"), [
    ("The Weekly is out now – subscribe for in-depth analysis of the week's events.", "subscription appeal"),
    ("Subscribe for unlimited access to our reporting from the front.", "subscription appeal"),
    ("Support independent media in Georgia. Donate to Example News.", "donation appeal"),
])
def test_appeals_are_dropped(line: str, reason: str) -> None:
    assert why(line) == f"boilerplate: {reason}"


@pytest.mark.parametrize("line", ["Read the full stories on example.com", "Read the full report at example.org"])
def test_a_link_to_the_full_stories_is_furniture(line: str) -> None:
    assert furniture(Block(0, [1], line)) == "see also"


@pytest.mark.parametrize("line", [
    "Residents were asked to subscribe to the city's alert service, the mayor said on Tuesday.",
    "The ministry said it would support independent monitors at the polling stations, officials said.",
    "Read the full text of the ceasefire agreement, the negotiators told reporters after the talks.",
])
def test_news_that_looks_like_an_appeal_stays(line: str) -> None:
    assert why(line) is None


@pytest.mark.parametrize(("line", "reason"), [
    ("Soldiers ride an armoured vehicle near the border in Sumy region (Reuters)", "caption"),
    ("Evacuees gather at a temporary accommodation centre in Kursk (AP)", "caption"),
    ("Rescue workers at the site of a missile impact in Haifa (AFP via Getty Images)", "caption"),
    ("Smoke rises over the port after the strike (Reuters/Jane Roe)", "caption"),
    # a report closed by its wire is no caption: it says who told it, or ends its sentence before the credit
    ("The ministry said three people were killed in the strike (Reuters)", None),
    ("Israel strikes targets in southern Lebanon. (Reuters)", None),
])
def test_a_photo_agencys_credit_closes_a_caption(line: str, reason: str | None) -> None:
    assert furniture(Block(0, [1], line)) == reason
