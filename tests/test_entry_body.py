"""Under its heading an entry prints only what the heading does not already say."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from chronik.model import Entry
from chronik.render import fmt
from chronik.render.context import EntryView

LONG = ("Fighting was reported in the eastern districts of the city overnight. Two ambulances were hit while "
        "evacuating wounded civilians.\n\nThe ministry said talks would resume on Monday.")


def view(text: str, title: str | None = None) -> EntryView:
    entry = Entry(id="x", date="2024-03-01", text=text, title=title)
    return EntryView(entry=entry, index=0, path="entries/x.html", heading=fmt.heading(entry), side=None, places=[],
                     actors=[], refs=[], figures=[], when=fmt.when("2024-03-01", None, "UTC", ZoneInfo("UTC"), None))


def test_an_untitled_entry_prints_the_sentences_after_its_heading_with_their_paragraphs() -> None:
    v = view(LONG)
    assert v.heading == "Fighting was reported in the eastern districts of the city overnight."
    assert v.body == ("Two ambulances were hit while evacuating wounded civilians.\n\n"
                      "The ministry said talks would resume on Monday.")


@pytest.mark.parametrize(("text", "title", "body"), [
    ("Shelling hit the central square.  ", None, ""),  # one sentence: all of it is the heading
    (LONG, "Night of shelling", LONG),  # a title of its own: the whole text under it
    ("word " * 40, None, "word " * 40),  # a heading cut short with "…": the whole text under it
])
def test_what_is_printed_under_the_heading(text: str, title: str | None, body: str) -> None:
    assert view(text, title).body == body
