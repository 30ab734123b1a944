"""Round 41 of attribution: in a parliament's record, a contribution's speaker is its claimant, for the state whose
parliament it is, whoever the words cite (examples of other parliaments and wars than the blind pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.model import Context, Update
from tests.attribution_cases import ukraine_sides, wars_fixture

WARS = {"ukraine": (ukraine_sides(russia="Russia, Russian, Moscow, Russian Federation, State Duma",
                                  ukraine="Ukraine, Ukrainian, Kyiv, Verkhovna Rada", defaults="extend"), """
    defaults: extend
    places:
      - {name: Bakhmut}
""")}

wars = wars_fixture(WARS)


def _said(data, publisher: str, text: str, speaker: str | None,
          title: str | None = None) -> tuple[str | None, str | None]:
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher=publisher)
    update = Update(source.id, [1], text, title=title or speaker, context=Context(speaker=speaker))
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)), data)
    return update.attribution.who, update.attribution.side


@pytest.mark.parametrize(("publisher", "text", "speaker", "side"), [
    ("Verkhovna Rada of Ukraine", "The Russian army shelled Kherson again last night, the regional governor said.",
     "Oleksandr Merezhko", "ukrainian"),
    ("State Duma of the Russian Federation", "Ukrainian drones struck an oil depot in Bryansk, the governor said.",
     "Vyacheslav Volodin", "russian"),
    ("UK Parliament (Hansard, House of Lords)", "According to the UN, 1,200 civilians were killed in Bakhmut.",
     "Lord Ahmad of Wimbledon", "third-party"),
])
def test_a_member_of_a_parliament_s_record_claims_what_their_words_cite(wars, publisher, text, speaker, side):
    assert _said(wars["ukraine"], publisher, text, speaker) == (speaker, side)


def test_a_title_shaped_like_a_member_s_heading_on_a_news_page_names_no_speaker(wars):
    # (only the record's reader names a speaker: a title alone is read as any title)
    who, _ = _said(wars["ukraine"], "Kyiv Independent",
                   "Ukraine's General Staff said Russian forces attacked near Bakhmut 42 times.", None,
                   title="Mr Shapps (Welwyn Hatfield) (Con)")
    assert who == "General Staff of the Armed Forces of Ukraine"


@pytest.mark.parametrize(("text", "who", "side"), [
    ("OLEKSII REZNIKOV, UKRAINIAN DEFENSE MINISTER (through translator): Our forces have pushed the enemy back.",
     "Oleksii Reznikov", "ukrainian"),
    ("SERGEI LAVROV, RUSSIAN FOREIGN MINISTER (through translator): We did not attack Ukraine.",
     "Sergey Lavrov", "russian"),  # (as the gazetteer spells him)
    ("LT. GEN. MARK ROE, COMMANDER, TASK FORCE NORTH: Our units held the line overnight.", "Mark Roe", None),
    # the broadcaster's own staff speak in its voice
    ("JANE ROE, BYLINE: Sirens sounded across the capital before dawn.", None, "independent"),
])
def test_a_broadcast_transcript_s_speaker_labelled_with_a_role(wars, text, who, side):
    assert _said(wars["ukraine"], "Example Broadcasting", text, None) == (who, side)
