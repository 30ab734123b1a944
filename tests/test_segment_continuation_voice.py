"""A wire story's paragraph that carries on the one above: the voice of the body named above ("A spokesperson for the
committee told ...") and the speaker above asking for something ("He called on the United Nations to ..."). The
stories are written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Update
from chronik.segment import segment

STRIKE = ("Teachers in Kassala state began an open strike on Saturday to demand salary arrears, the Sudanese Teachers "
          "Committee announced.")
APPEAL = ("Halima Idris, spokesperson for the coordination of the displaced in Darfur, said on Sunday that nine "
          "children had died of hunger in the camp in the past week.")


def updates(*paragraphs: str) -> list[Update]:
    source = Source(id="page", file="p.txt", path=Path("p.txt"), publisher="Example Radio",
                    published=dt.date(2024, 5, 12), timezone="Africa/Khartoum")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for p in paragraphs for x in (p, "")]
    return [u for u in segment(Document("page", lines), source, config)[0] if u.kind != "aside"]


def test_the_voice_of_the_body_named_above_goes_on() -> None:
    found = updates(STRIKE, "A spokesperson for the committee told the radio that teachers had been paid for only "
                            "three months over the past year.")
    assert [u.lines for u in found] == [[1, 3]]


def test_the_voice_of_another_body_opens_a_report() -> None:
    found = updates(STRIKE, "A spokesperson for the ministry told the radio that salaries would be paid within days.")
    assert len(found) == 2


def test_the_speaker_above_calling_for_something_goes_on() -> None:
    found = updates(APPEAL, "She called on the United Nations to open safe corridors to the camp before it was late.")
    assert [u.lines for u in found] == [[1, 3]]
