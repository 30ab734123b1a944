"""Round ZI of the segmenter: furniture that the blind pages of set ZI showed, each rule with examples of other
outlets and wars than those pages (``run`` is the one-page parser of ``tests/test_boilerplate.py``)."""

from __future__ import annotations

import pytest
from test_boilerplate import REPORT, run


@pytest.mark.parametrize("line", [
    # a copyright credit set off after the caption's sentence
    "Firefighters put out a fire at a fuel depot in Sumy, 3 May 2023. - Copyright Ivan Petrenko/AP Photo",
    "Smoke rises over the port of Hodeidah after an airstrike on Saturday. – Copyright AFP",
    # a photographer and the office or agency the photo is from, after the caption's sentence
    "Volodymyr Zelensky speaks to soldiers near Kupiansk on Tuesday. Jane Roe/Office of the President",
    "Sudanese army soldiers patrol a street in Omdurman. Ahmed Musa/Sudan Tribune",
])
def test_a_caption_closed_by_its_photo_credit_is_furniture(line: str) -> None:
    updates, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(3, "boilerplate: photo caption")]
    assert [u.lines for u in updates] == [[1]]


@pytest.mark.parametrize("line", [
    "The ministry said the strike on the depot was carried out by the air force, and/or by artillery.",
    "Police said the photographer was detained in Kherson on Monday - officers later released him.",
    "The army said the town had been retaken. Residents said they saw no soldiers on Monday.",
])
def test_a_report_without_a_photo_credit_is_kept(line: str) -> None:
    updates, dropped = run(f"{line}\n")
    assert not dropped and updates[0].lines == [1]


@pytest.mark.parametrize("running_time", ["02:35 - Source: Reuters", "1:07 | Source: Sky News", "12:04 - Source: BBC"])
def test_a_video_players_title_and_running_time_are_asides_not_a_stamped_post(running_time: str) -> None:
    updates, _ = run(f"""
        9:40 a.m. ET, June 6, 2023
        Dam at Nova Kakhovka destroyed, Ukraine says
        The dam at Nova Kakhovka was destroyed overnight, the Ukrainian military said.
        Officials in Kherson said residents of ten villages downstream were being evacuated.

        Footage shows water pouring through the breached dam
        {running_time}

        8:15 a.m. ET, June 6, 2023
        Russian-installed officials blame Ukrainian shelling
        Russian-installed officials said the dam was damaged by Ukrainian shelling.
        """)
    stamped = [u for u in updates if u.kind != "aside"]
    assert [(u.lines[0], u.time) for u in stamped] == [(1, "09:40"), (9, "08:15")]
    player = [u for u in updates if {6, 7} & set(u.lines)]
    assert player and all(u.kind == "aside" for u in player)


@pytest.mark.parametrize(("teaser", "kept"), [
    ("Transcript: The strike hit the port of Odesa at dawn, the regional governor says...", False),
    ("Video transcript: Israeli troops pushed deeper into Khan Younis overnight, the army said …", False),
    # a sentence that only names a transcript is news
    ("The transcript of the call between the two presidents was published by the Kremlin on Monday.", True),
])
def test_a_videos_transcript_cut_short_is_an_aside(teaser: str, kept: bool) -> None:
    updates, _ = run(f"{REPORT}\n\n{teaser}\n")
    assert [u.kind == "aside" for u in updates if u.lines == [3]] == [not kept]
