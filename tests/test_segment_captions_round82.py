"""Round 82: a photo's caption closed by a credit form the lexicon did not know — where the picture is from ("Image
from the Ministry of Defence.", "Photo courtesy of ..."), the outlet's initials over its photographer ("LS/Awa
Ndiaye"), or the kind of picture in parentheses ("(file photo)") — is kept as an aside, not read as a report."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Update
from chronik.segment import segment
from chronik.segment.blocks import Block
from chronik.segment.headings import furniture


def run(text: str) -> list[Update]:
    source = Source(id="page", file="p.txt", path=Path("p.txt"), publisher="Example Herald",
                    published=dt.date(2024, 3, 7), timezone="Europe/Oslo")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    updates, _ = segment(Document("page", lines), source, config)
    return updates


def kept(text: str) -> str | None:
    return furniture(Block(0, [1], text, text))


@pytest.mark.parametrize("line", [
    # where the picture is from, after the caption's sentence
    "A Norwegian F-35 lands at Bodø air station after a patrol over the Barents Sea. Image from the Norwegian Armed "
    "Forces.",
    "Sappers clear a road outside Kherson. Photo courtesy of the State Emergency Service of Ukraine",
    "A convoy of aid trucks waits at the Rafah crossing. Picture provided by UNRWA.",
    # the outlet's initials over its photographer
    "The defence minister speaks to reporters in Dakar after the summit. LS/Awa Ndiaye",
    "Soldiers of the 3rd Brigade rest near Pokrovsk. EH/Oleh Kovalenko",
    # the kind of picture in parentheses closing it
    "Sudanese soldiers patrol a street in Omdurman. (file photo)",
    "Armenian border guards stand near Jermuk. (archive photo)",
])
def test_these_captions_are_kept_as_asides(line: str) -> None:
    assert kept(line) == "caption"


@pytest.mark.parametrize("line", [
    # a picture that is the story's subject: "videos from" two villages say something
    "The army says it pushed the attackers back. Videos from Souran and Tayyibat suggest otherwise.",
    # a photo from a place that shows something: not a credit after the sentence
    "The ministry published a photo from Avdiivka on Tuesday showing the destroyed coke plant.",
    "Image from the satellite shows new trenches dug along the road to Tokmak overnight, analysts said.",
    # a slash between two sources that is no photographer: a labelled source, initials on both sides
    "Casualty figures are compiled by the health ministry. Source: WHO/UNICEF",
    "Talks resumed in Doha on Monday between the two sides. US/EU Statement",
    # a photo in parentheses in the middle of a report
    "The governor (photo) said 12 drones were shot down over Kursk on Tuesday.",
])
def test_news_is_not_a_caption(line: str) -> None:
    assert kept(line) is None


def test_a_caption_with_an_unknown_credit_is_an_aside_beside_the_news() -> None:
    updates = run("""
        Shelling hit the centre of Kharkiv on Wednesday, wounding six people, the regional governor said.

        Ukrainian sappers clear mines from a field near Izium. (file photo)

        Norway said on Wednesday it would send two more air defence systems to Ukraine.
        """)
    kinds = {u.text.split()[0]: u.kind for u in updates}
    assert kinds == {"Shelling": "update", "Ukrainian": "aside", "Norway": "update"}
