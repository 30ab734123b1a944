"""Round 44 of the segmenter: the top of a live page ends at its first post's stamp. A byline or dateline within
a few lines of the page title is the page's only above that stamp (``parse_page`` is the one-page parser of
``tests/page_cases.py``)."""

from __future__ import annotations

import datetime as dt

from page_cases import parse_page

TITLE = "Sahel live: junta claims Menaka retaken as drone strikes continue"


def _parse(text: str) -> list[tuple[str, list[int], str | None]]:
    updates = parse_page(text, dt.date(2024, 3, 5), "Africa/Bamako", title=TITLE)
    return [(u.kind, u.lines, u.time) for u in updates]


def test_the_first_post_under_the_page_s_stamp_and_standfirst_keeps_its_stamp_and_byline() -> None:
    parsed = _parse(f"""
        {TITLE}
        Updated 10:42 GMT
        Follow our live coverage of the fighting in northern Mali.
        10:31 GMT
        Army says convoy reached Menaka
        By Jane Roe
        The Malian army said on its television channel that a supply convoy had reached Menaka after two days.
        09:58 GMT
        Rebels report drone strike near Kidal
        The separatist alliance said a drone struck a market near Kidal, killing four civilians.
    """)
    first = next(p for p in parsed if 7 in p[1])
    assert first[0] == "update" and first[2] == "10:31" and 4 in first[1]
    assert not any(p[0] == "aside" and {4, 6} & set(p[1]) for p in parsed)


def test_the_page_s_own_byline_and_dateline_over_its_standfirst_stay_the_top_of_the_page() -> None:
    parsed = _parse(f"""
        {TITLE}
        By Amadou Diallo and Claire Martin
        5 March 2024
        Follow our live coverage of the fighting in northern Mali.
        10:31 GMT
        Army says convoy reached Menaka
        The Malian army said on its television channel that a supply convoy had reached Menaka after two days.
    """)
    top = [kind for kind, lines, _ in parsed if {2, 3} & set(lines)]
    assert top and set(top) == {"aside"}
    first = next(p for p in parsed if 7 in p[1])
    assert first[0] == "update" and first[2] == "10:31"
    assert 2 not in first[1] and 3 not in first[1]
