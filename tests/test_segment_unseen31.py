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

