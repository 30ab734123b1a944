"""Round 31 of the segmenter: posts embedded in an article and a breaking-news ticker, each rule with examples of
other outlets and wars than the blind pages that showed them (``run`` is the one-page parser of
``tests/test_boilerplate.py``)."""

from __future__ import annotations

import pytest
from test_boilerplate import run


@pytest.mark.parametrize(("embed", "signature"), [
    # a post's text of several lines, a hashtag among them, signed with the day in the American order
    ("#Bakhmut\nOur defenders hold the line.\nGlory to Ukraine!", "— Defense of Ukraine (@DefenceU) March 4, 2023"),
    # one line of text, signed with the day in the British order and an en dash
    ("Aid trucks crossed at Rafah this morning. More are needed.", "– UN News (@UN_News) 21 October 2023"),
    # a picture's link before the signature
    ("Sirens across the north. Stay in shelters.", "pic.twitter.com/Xy12AbCd — IDF (@IDF) October 8, 2023"),
])
def test_an_embedded_post_is_one_block_with_the_paragraph_that_introduces_it(embed: str, signature: str) -> None:
    text = "\n".join([
        "The governor said shelling had hit two villages overnight, wounding three people.",
        "An hour later, the army's press office posted on X:",
        *embed.split("\n"),
        signature,
        "In Moscow, the defence ministry said its forces had repelled four attacks near the town.",
    ])
    updates, dropped = run(text + "\n")
    last = len(text.split("\n"))
    assert not dropped
    assert [u.lines for u in updates] == [[1], list(range(2, last)), [last]]
    assert all(u.time is None for u in updates)


def test_a_signature_without_an_introduction_closes_the_block_above() -> None:
    updates, _ = run("""
        The foreign minister wrote that the talks in Doha had been "constructive".
        — Jane Roe (@jroe_fm) 12 May 2024
        Negotiators are expected to meet again on Thursday, officials said.
    """)
    assert [u.lines for u in updates] == [[1, 2], [3]]



TICKER = """
    Latest updates
    19:20
    Kharkiv: governor says two wounded in shelling of Saltivka district
    The governor said a residential block was hit shortly after 7 p.m.
    By STAFF
    18:40
    Sumy region: power cut in three villages after drone strike, officials say
    By STAFF
    17:15
    Ukraine's air force says it downed 14 of 20 drones launched overnight
    The air force said the drones were launched from Kursk and Bryansk regions.
    By AFP
    16:02
    Moldova summons Russian ambassador over airspace violation
    By STAFF
    15:30
    Zelensky meets Czech president in Kyiv, discusses ammunition initiative
    Zelensky said the initiative had already delivered hundreds of thousands of shells.
    By AFP
    14:55
    NATO chief says allies will deliver more Patriot systems
    Mark Rutte said the systems would arrive before the winter.
    By AFP
    14:11
    Polish army raises readiness of air defence units near the border
    By STAFF
    13:05
    Russian defence ministry claims capture of village near Pokrovsk
    By STAFF
"""


def test_a_ticker_s_headline_only_items_below_its_last_item_with_text_are_its_items() -> None:
    updates, _ = run(TICKER)
    items = {u.time: u for u in updates if u.time}
    for clock in ("14:11", "13:05"):
        assert items[clock].kind == "update", clock
        assert items[clock].text.startswith(("Polish army", "Russian defence")), clock


def test_headlines_under_a_list_whose_items_all_have_text_are_teasers() -> None:
    updates, _ = run("""
        18:40
        Governor says two wounded in shelling of Saltivka district
        The regional governor said the shelling hit a residential block on Monday.
        17:15
        Air force says it downed 14 of 20 drones launched overnight
        The air force said the drones were launched from Kursk and Bryansk regions.
        16:02
        Moldova summons Russian ambassador over airspace violation
        The foreign ministry said the ambassador had been summoned on Monday afternoon.
        Most read
        14:11
        Ten things to know about the war this week
        13:05
        Opinion: what the new aid package means
    """)
    items = {u.time: u for u in updates if u.time}
    assert items["14:11"].kind == "aside" and items["13:05"].kind == "aside"


def test_the_last_ticker_item_s_byline_over_a_box_of_links_is_an_aside() -> None:
    updates, _ = run(TICKER + """
    Most popular
    Analysis: what the fall of Avdiivka means for the front
    Explainer: how Ukraine's drone industry grew in two years
""")
    last = next(u for u in updates if u.time == "13:05")
    assert last.lines == [last.lines[0], last.lines[0] + 1]
