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



@pytest.mark.parametrize("caption", [
    "Firefighters at the grain terminal in Izmail after the strike on August 2, 2023. Source: Telegram/@odesa_ova",
    "Left: a still from the video. Right: the same road in Google Earth. Source: X/@geoconfirmed; Google Earth",
    "The crater outside the clinic in Khan Younis, as filmed on Monday. Credit: Instagram/Motaz Azaiza",
])
def test_a_caption_closed_by_a_platform_credit_is_no_report(caption: str) -> None:
    updates, dropped = run(f"""
        Russian drones struck the port of Izmail overnight, the regional governor said.
        {caption}
        The governor said a grain silo and an administrative building were damaged.
    """)
    assert [d.line for d in dropped] == [2]
    assert all(2 not in u.lines for u in updates)


def test_a_paragraph_ending_with_its_source_account_is_still_a_report() -> None:
    updates, dropped = run("""
        The defence ministry said its forces had taken the village of Krasnohorivka. Source: t.me/mod_russia
        Ukraine's General Staff said fighting continued near the village.
    """)
    assert not dropped
    assert [u.lines for u in updates] == [[1], [2]]


def test_a_story_s_first_subheading_is_one_like_the_others_below_it() -> None:
    updates, _ = run("""
        For three nights from March 3, drones struck the power plant in Zmiiv, the regional governor said.
        Ukrenergo said two of the turbines were damaged and the plant had stopped.
        Night one: the Zmiiv power plant
        At 02:40 local time (00:40 UTC) on March 3, videos filmed from a nearby village show two explosions.
        We geolocated the footage to a field about 3 kilometres north of the plant.
        The substation
        At 03:15 local time (01:15 UTC) on March 4, videos show fires at a substation on the city's eastern edge.
    """)
    assert [u.lines for u in updates if u.kind == "aside"] == [[3], [6]]
    assert all(u.title is None for u in updates if u.kind == "update")


def test_a_picture_s_alt_badge_and_its_description_are_no_post() -> None:
    updates, dropped = run("""
        Kateryna Volkova @kvolkova.bsky.social · 3h
        Thread 1/ Russian forces pushed into the outskirts of Vovchansk overnight, the Ukrainian General Staff says.
        ALT
        Map of the Kharkiv border area with the front line north of Vovchansk shaded red.
        Kateryna Volkova @kvolkova.bsky.social · 2h
        2/ Governor Oleh Syniehubov says 1,700 residents have been evacuated since Friday.
    """)
    assert {d.line for d in dropped} >= {3, 4}
    assert all(3 not in u.lines and 4 not in u.lines for u in updates)
    assert len([u for u in updates if u.kind == "update"]) == 2
