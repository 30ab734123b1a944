"""Round 34 of segmentation: paragraphs that carry on the update above them (a pronoun subject making something
known, a body named again by the last word of its name in lower case, a witness after the residents above, a post
embedded under the paragraph naming its author)."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

from chronik.segment import prose


def test_a_pronoun_subject_announcing_carries_on_the_speaker_above() -> None:
    assert prose.continues("He announced a further 2,000 tonnes of grain for the Tigray region.")
    assert prose.continues("Later, she announces that the crossing will reopen on Monday.")
    assert not prose.continues("The governor announced a curfew in the city.")
    page = parse_page("""
        GENEVA, 4 March (Desk) - The delegate of Norway told the Council that attacks on aid convoys in Darfur
        must stop.

        She announced an additional 20 million kroner for the refugees in eastern Chad.
        """, dt.date(2024, 3, 4), "Europe/Zurich")
    assert of(page, "GENEVA, 4 March").lines == [1, 2, 4]
