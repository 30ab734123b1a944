"""Round 43 of the segmenter: channels, bulletins and reports' boxes, each rule with examples of other channels,
ministries and agencies than the blind pages that showed them (``run`` is the one-page parser of
``tests/test_boilerplate.py``)."""

from __future__ import annotations

import pytest
from test_boilerplate import run


def test_a_channel_message_runs_from_the_footer_above_to_its_own_whatever_its_lines_look_like() -> None:
    updates, _ = run("""
        Генштаб ЗСУ / General Staff of the Armed Forces of Ukraine
        1,203,511 subscribers
        June 5
        Russian forces shelled Nikopol district with heavy artillery overnight, the regional administration reports.
        👁 41.2K 07:45
        Photo
        Results of the day
        Over the past day, 148 combat engagements took place along the front line.
        Glory to Ukraine!
        👁 77.0K edited 22:10
        Forwarded from Zaporizhzhia Regional Military Administration
        Video
        Rescuers are working at the site of the strike on an industrial facility in Zaporizhzhia.
        👁 52.3K 23:05
        Leave Channel
    """)
    posts = [u for u in updates if u.kind != "aside"]
    assert [(u.lines, u.time) for u in posts] == [
        ([4, 5], "07:45"), ([6, 7, 8, 9, 10], "22:10"), ([11, 12, 13, 14], "23:05")]
    assert all(u.date == "2023-06-05" for u in posts)


def test_a_short_line_ending_in_a_colon_over_a_list_run_on_in_lines_carries_the_paragraph_above_on() -> None:
    updates, _ = run("""
        Defence ministry statement on the situation in the east (as of 12 May)
        Units of the Eastern Command repelled two attacks near Pervomaiske over the past day, the ministry said.
        Losses of the adversary:
        up to 60 personnel,
        two armoured personnel carriers,
        one mortar.
        Air defence units intercepted nine drones over the Dnipropetrovsk region.
    """)
    paragraphs = [u.lines for u in updates if u.kind != "aside"]
    assert paragraphs == [[2, 3, 4, 5, 6], [7]]


def test_a_label_ending_in_a_colon_over_sentences_is_still_a_section() -> None:
    updates, _ = run("""
        Units of the Eastern Command repelled two attacks near Pervomaiske over the past day, the ministry said.
        Humanitarian situation:
        Aid convoys reached Sloviansk on Tuesday with food and medicine for 4,000 people.
        The regional administration said water supply had been restored in Kramatorsk.
    """)
    assert [2] not in [u.lines for u in updates if u.kind == "update" and len(u.lines) > 1 and 1 in u.lines]
    assert not any(1 in u.lines and 2 in u.lines for u in updates)


def test_a_box_of_key_figures_is_one_entry_and_its_bare_numbers_are_kept() -> None:
    updates, dropped = run("""
        OCHA Flash Update #3: Sudan
        KEY FIGURES
        25 million
        people in need of humanitarian assistance (Humanitarian Needs Overview 2024)
        8,500
        people killed since 15 April, according to the Armed Conflict Location and Event Data Project
        412
        health facilities out of service in Khartoum, Darfur and Kordofan states
        SITUATION OVERVIEW
        On 3 May, fighting resumed in Khartoum North despite the announced ceasefire.
    """)
    assert [d.line for d in dropped if d.line in range(3, 9)] == []
    assert [3, 4, 5, 6, 7, 8] in [u.lines for u in updates]
    assert [10] in [u.lines for u in updates]


@pytest.mark.parametrize("count", ["1,204", "3.1K"])
def test_a_post_s_counter_over_a_short_word_is_still_furniture(count: str) -> None:
    _, dropped = run(f"""
        The army said its forces had retaken the bridge over the Irpin river.
        {count}
        Reposts
    """)
    assert 2 in [d.line for d in dropped]


def test_a_box_that_only_repeats_the_highlights_figures_is_no_entry() -> None:
    updates, _ = run("""
        HIGHLIGHTS
        • Some 9,400 people have fled the fighting in Goma, according to IOM.
        • MSF reports 63 people treated for gunshot wounds since 25 January.
        9,400
        people displaced
        63
        people wounded
        SITUATION OVERVIEW
        On 27 January, fighting reached the outskirts of Goma airport.
    """)
    assert [[4, 5, 6, 7]] not in [[u.lines] for u in updates]
    assert all(u.kind == "aside" for u in updates if set(u.lines) & {4, 5, 6, 7})


LIVE_PAGE = """
    Ukraine war latest: Russian strike hits Odesa port
    Updated June 6, 2023 at 9:12 PM GMT
    Originally published June 6, 2023 at 7:00 AM GMT
    The Nova Kakhovka dam was destroyed overnight, flooding towns along the Dnipro. Here's the latest.
    Evacuations: Ukrainian officials say about 16,000 people live in the flood zone on the west bank.
    Blame: Kyiv and Moscow accuse each other of blowing up the dam.
    Dam collapse floods villages downstream, officials say
    Updated June 6, 2023 at 4:40 PM GMT
    By Olena Petrenko
    The regional governor said 17 villages had been flooded after the Nova Kakhovka dam was destroyed.
    Listen · 4:18
    Transcript
    OLENA PETRENKO: Water levels in Kherson are still rising, and evacuation buses are leaving every hour.
    OLEKSANDR PROKUDIN: We expect the water to peak by tomorrow morning.
    Kyiv says air defence downed 20 drones overnight
    Updated June 6, 2023 at 8:05 AM GMT
    By Maria Lopez
    The Ukrainian air force said it had shot down 20 of 24 drones launched overnight.
    Russia says it repelled an offensive in Donetsk region
    Updated June 6, 2023 at 6:30 AM GMT
    By Maria Lopez
    Russia's defence ministry said its forces had repelled a large Ukrainian offensive in the south of Donetsk region.
"""


def test_the_stamp_beside_originally_published_stamps_the_page_not_the_first_post() -> None:
    updates, _ = run(LIVE_PAGE)
    page = [u for u in updates if set(u.lines) & {2, 3}]
    assert [(u.lines, u.kind) for u in page] == [([2], "aside"), ([3], "aside")]
    assert [u.time for u in updates if u.time] == ["16:40", "08:05", "06:30"]


def test_an_audio_player_inside_a_post_is_furniture_and_the_transcript_below_it_goes_on_the_post() -> None:
    updates, _ = run(LIVE_PAGE)
    post = next(u for u in updates if 8 in u.lines)
    assert {10, 13, 14} <= set(post.lines)
    assert all(u.kind == "aside" for u in updates if set(u.lines) & {11, 12})


TEASER = ("05.06.2023 (09:45) The Vostok Group of Forces thwarted an attempt of Ukrainian sabotage and reconnaissance "
          "groups to enter the Bryansk region")


def test_a_related_link_that_opens_with_its_date_and_clock_is_a_teaser() -> None:
    updates, _ = run(f"""
        Units of the Eastern Command repelled two attacks near Pervomaiske over the past day, the ministry said.
        Air defence units intercepted nine drones over the Dnipropetrovsk region, the ministry added.
        Other news
        05.06.2023 (16:20) Ministry of Defence briefing on the situation in the south (as of 5 June 2023)
        {TEASER}
        04.06.2023 (18:02) Minister of Defence held a working meeting with commanders in the east
    """)
    assert all(u.kind == "aside" for u in updates if set(u.lines) & {4, 5, 6})
    assert [u.date for u in updates if u.lines == [5]] == ["2023-06-06"]
