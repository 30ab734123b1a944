"""Round 37 of the segmenter: live blogs, social threads and investigations, each rule with examples of other outlets,
platforms and wars than the blind pages that showed them (``run`` is the one-page parser of
``tests/test_boilerplate.py``)."""

from __future__ import annotations

import pytest
from test_boilerplate import run


@pytest.mark.parametrize("signature", ["Lena Hartmann", "Ruth Kim, Seoul", "Ana Ruiz and Ben Cole", "Hankyoreh"])
def test_a_name_line_under_a_stamped_post_s_headline_signs_the_post_which_goes_on_below_it(signature: str) -> None:
    updates, _ = run(f"""
        14:05
        North Korea fires ballistic missile into the sea, Seoul says
        {signature}
        South Korea's Joint Chiefs of Staff said the missile was launched from near Pyongyang at about 1:50 p.m.
        Japan's coast guard said it had fallen outside Japan's exclusive economic zone.
        13:20
        Kyiv: air defence active over the capital
        Olena Kovalenko
        The city's military administration said air defence units were engaging drones over the Dnipro.
    """)
    posts = [u for u in updates if u.kind == "update"]
    assert [(u.lines, u.title) for u in posts] == [
        ([1, 4, 5], "North Korea fires ballistic missile into the sea, Seoul says"),
        ([6, 9], "Kyiv: air defence active over the capital")]
    assert [(u.lines, u.kind) for u in updates if u.lines in ([3], [8])] == [([3], "aside"), ([8], "aside")]
    assert [u.time for u in posts] == ["14:05", "13:20"]

