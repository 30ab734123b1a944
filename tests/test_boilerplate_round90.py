"""Round 90: a newspaper's furniture under its stories (the print edition a story ran in, the outlet's accounts by
their handles, its word on moderating comments), and the news like it that stays."""

from __future__ import annotations

import pytest
from test_boilerplate_round39 import why

from chronik.segment.blocks import Block
from chronik.segment.headings import furniture


@pytest.mark.parametrize(("line", "reason"), [
    ("Published in The Express Tribune, May 12th, 2025.", "archive note"),
    ("Published in Dawn, May 10th, 2025", "archive note"),
    ("This article was published in The Daily Star, 3 June 2024.", "archive note"),
    ("Like Opinion & Editorial on Facebook, follow @ETOpEd on Twitter to receive all our editorial pieces.",
     "link prompt"),
    ("Follow us @KyivPostNews on Telegram for the latest.", "link prompt"),
    ("Comments are moderated and generally will be posted if they are on-topic and not abusive.", "comment form"),
    ("214 replies  1.9K reposts  4.1K likes  388K views", "engagement counts"),
    ("12 retweets 3 quotes 40 likes 2 bookmarks", "engagement counts"),
    ("For more information about UNICEF and its work for children, visit www.unicef.org.", "link prompt"),
    ("Follow UNICEF on X, Facebook, Instagram and YouTube.", "link prompt"),
])
def test_furniture_is_dropped(line: str, reason: str) -> None:
    assert why(line) == f"boilerplate: {reason}"


@pytest.mark.parametrize("line", [
    "The figures were published in The Lancet, the health ministry said on 4 May 2024.",
    "Residents were told to follow the army's channel on Telegram for evacuation orders, the governor said.",
    "The comments were moderated by the minister's office before the interview aired, the broadcaster said.",
    "Follow the army on Telegram and X for updates on the offensive, the spokesman said.",
    "For more information, the ministry said, residents should visit the district office in Kherson.",
    "214 replies to the ministry's appeal had been received by Friday, officials said.",
])
def test_news_that_looks_like_furniture_stays(line: str) -> None:
    assert why(line) is None


@pytest.mark.parametrize("line", [
    "— With assistance from Jennifer Jacobs and Skylar Woodhouse",
    "With reporting by Olena Harmash in Kyiv",
    "– With help from Golnar Motevalli",
])
def test_a_wires_line_of_colleagues_is_a_credit_kept_apart(line: str) -> None:
    assert furniture(Block(0, [1], line, line)) == "credit"


def test_news_with_assistance_stays() -> None:
    line = "With assistance from Qatar, the two sides agreed to exchange 40 prisoners on Sunday, officials said."
    assert furniture(Block(0, [1], line, line)) is None
