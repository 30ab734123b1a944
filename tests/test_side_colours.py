"""A side's label keeps its acronym, and every side colour index the site hands out has a colour in the theme."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from chronik.render.context import PALETTE, side_label


@pytest.mark.parametrize(("key", "description", "label"), [
    ("third-party", "other states and intergovernmental bodies", "Third party"),
    ("armenian", "Armenia and the Karabakh (Artsakh) authorities", "Armenian"),
    ("lna", "Khalifa Haftar's Libyan National Army (LNA)", "LNA"),
    ("gna", "Libya's Tripoli-based Government of National Accord", "GNA"),
    ("isis", "ISIS, its provinces and the Amaq agency", "ISIS"),
    ("tplf", "", "Tplf"),  # a longer key the description does not write in capitals stays a word
    ("houthi", "the Houthi movement (Ansar Allah) and the Sana'a authorities", "Houthi"),
    ("al-shabaab", "al-Shabaab and its Andalus radio", "Al-Shabaab"),
    ("al-shabaab", "", "Al shabaab"),
    ("independent", "the outlet's own reporting, independent monitors", "Independent"),
    ("armenian", "the Armenian government", "Armenian"),
    ("somali_government", "", "Somali government"),
])
def test_side_label(key: str, description: str, label: str) -> None:
    assert side_label(key, description) == label


def test_every_colour_index_has_a_light_and_a_dark_colour_and_a_class() -> None:
    css = (resources.files("chronik") / "theme" / "static" / "chronik.css").read_text(encoding="utf-8")
    for i in range(PALETTE):
        assert len(re.findall(rf"--side-{i}:\s*#[0-9a-f]{{6}};", css)) == 2, i  # the light theme and the dark one
        assert re.search(rf"\.s{i}\s*\{{\s*--c:\s*var\(--side-{i}\)", css), i
    assert f"--side-{PALETTE}:" not in css  # the palette size in the code is the theme's
    light = re.findall(r"--side-\d:\s*(#[0-9a-f]{6});", css)[:PALETTE]
    assert len(set(light)) == PALETTE
