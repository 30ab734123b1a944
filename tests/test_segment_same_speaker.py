"""A paragraph that goes on with the speaker of the one above by another of its names carries it on: an acronym of
seven or eight letters the paragraph above gave in brackets ("The US Africa Command (AFRICOM) said ..." then
"AFRICOM said ..."), and an army by either word ("Israel's military said ..." then "The army said ..."), when the
paragraph above had that army speak. Written for these tests on the wars in Somalia and Lebanon."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

from chronik.segment import prose


def test_a_long_acronym_given_in_brackets_is_the_same_body() -> None:
    above = "The US Africa Command (AFRICOM) said it conducted an airstrike against al-Shabaab near Jilib on Sunday."
    assert prose.same_body("AFRICOM said its initial assessment was that no civilians were harmed.", above)
    assert not prose.same_body("UNSOM said it was concerned about the strikes.", above)


def test_the_army_goes_on_for_the_military_that_spoke_above() -> None:
    above = "Israel's military said on Wednesday that eight soldiers had been killed in southern Lebanon."
    assert prose.body_by_head_noun("The army said a commando officer was among the dead.", above)
    # an army the paragraph above only names, speaking for the first time, is a report of its own
    assert not prose.body_by_head_noun("The army said it had repelled the attack.",
                                       "Hezbollah said its fighters clashed with the army near Aitaroun on Tuesday.")


def test_a_wire_story_keeps_the_armys_second_paragraph_with_its_first() -> None:
    page = """
        Israel's military said on Wednesday that eight soldiers had been killed in fighting in southern Lebanon.
        The army said a commando officer and three soldiers were killed in one village close to the border.
        Hezbollah said its fighters had destroyed three Merkava tanks near Maroun al-Ras on Wednesday.
        """
    updates = parse_page(page, dt.date(2024, 10, 2), "Asia/Beirut")
    assert of(updates, "Israel's military said").lines == [1, 2]
    assert of(updates, "Hezbollah said").lines == [3]
