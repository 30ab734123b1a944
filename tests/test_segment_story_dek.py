"""A story's dek written as headlines under its title ("Five killed in one family, ministry says" / "Prime minister
vows to respond") over a lede opening with its place ("BEIRUT/JERUSALEM: ...", "ISLAMABAD (Dunya News) – ...") is
the page's, not the title of one update gluing the whole story: each paragraph reporting its own act is its own.
Pages written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page

from chronik.segment.prose import opens_with_place

STORY = """
    Strikes kill 12 across the south as militia claims border clashes
    October 14, 2024 21:18
    Strikes kill 12 across the south as militia claims border clashes
    Five members of one family among dead, health ministry says
    Prime minister vows to strike back "without mercy" after drone attack
    BEIRUT/JERUSALEM: Air strikes hit towns across the south on Monday, killing 12 people, the health ministry said.
    The ministry said a strike on a house in the village of Qlayaa killed five members of one family.
    The army said its aircraft had hit more than 200 targets over the past day, including weapons depots.
    The militia said in a statement that its fighters had clashed with troops near the border village of Labbouneh.
    """


def test_a_dek_over_a_lede_with_its_place_titles_no_update() -> None:
    updates = parse_page(STORY, dt.datetime(2024, 10, 14, 21, 18), "Asia/Beirut",
                         title="Strikes kill 12 across the south as militia claims border clashes")
    assert of(updates, "Prime minister vows").kind == "aside"
    army = of(updates, "The army said its aircraft")
    assert army.kind == "update" and army.title is None
    assert of(updates, "The militia said").lines != army.lines


@pytest.mark.parametrize(("text", "opens"), [
    ("BEIRUT/JERUSALEM: Air strikes hit towns across the south on Monday.", True),
    ("ISLAMABAD (Dunya News) – Pakistan said on Saturday that the ceasefire held.", True),
    ("KYIV, May 3 (Reuters) - Two drones were shot down.", True),
    ("BREAKING: The army said it had taken the bridge.", False),
    ("The army said on Monday it had taken the bridge.", False),
])
def test_a_lede_opens_with_its_place(text: str, opens: bool) -> None:
    assert opens_with_place(text) is opens
