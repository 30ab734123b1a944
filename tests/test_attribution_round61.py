"""Round 61 of attribution: a monitoring service's items (a summary of world broadcasts), each under its source line
("Baghdad home service in Arabic 1400 gmt 12 Aug 86") and opened by the monitor's introduction ("Text of special
announcement by X:", "Excerpts from broadcast by X:"); and a trailing speaker after what the claim goes on with
("..., killing at least 20 civilians, most of them women, a government spokesman said"); the kinds of document an
issuer puts out are one list, for a title ("Communique by X") as for a text's opening ("Appeal of X: ..."); a given
name before a patronymic ("Ahmed bin Hassan Asiri") is no one else's surname, and capitalised words a body's noun
closes ("the Joint Relief Commission") name no person (examples of wars and wordings the blind pages do not
have); a document named before its issuer ("A statement issued in Geneva by X said ...") is the issuer's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.model import Update
from tests.attribution_cases import annotated, gulf_war, wars_fixture
from tests.page_cases import of, parse_page

WARS = {"gulf": gulf_war("General Command of the Armed Forces, Baghdad home service, Iraqi Government, Saddam Husayn")}

wars = wars_fixture(WARS)


@pytest.mark.parametrize(("text", "who"), [
    ("Text of special announcement by the General Command of the Armed Forces:\n\nOur forces yesterday repelled an "
     "enemy attack east of Basra.", "General Command of the Armed Forces"),
    ("Excerpts from broadcast by the Iraqi President, Saddam Husayn:\n\nBrothers, the enemy has failed again.",
     "Saddam Husayn"),
    ("Summary of statement by the Iraqi Government:\n\nThe government rejects the claims of the Tehran regime.",
     "Iraqi Government"),
])
def test_a_monitor_s_introduction_names_who_speaks(wars, text, who):
    assert annotated(wars["gulf"], "BBC Monitoring (Summary of World Broadcasts)", text) == (who, "iraqi")


@pytest.mark.parametrize("text", [
    "Iranian jets bombed the market in Basra, killing at least 20 civilians, an Iraqi Government spokesman said.",
    "Iranian jets bombed the market in Basra, near the port, killing 20 people, most of them women and children, an "
    "Iraqi Government spokesman said.",
])
def test_a_trailing_speaker_after_what_the_claim_goes_on_with(wars, text):
    assert annotated(wars["gulf"], "The Times", text) == ("Iraqi Government", "iraqi")


SWB = """
    IRAQ
    BAGHDAD REPORTS ATTACK REPELLED
    Baghdad home service in Arabic 1400 gmt 12 Aug 86
    A military spokesman said this afternoon that an enemy attack east of Basra had been repelled with heavy losses.
    (Passage omitted)
    The spokesman said the enemy had left hundreds of dead on the battlefield.
    BAGHDAD ON TANKER ATTACKS
    Baghdad home service in Arabic 1900 gmt 12 Aug 86
    The Iraqi Government said tonight that its aircraft had struck two tankers near Kharg Island.
"""


def test_a_monitored_item_s_source_line_credits_it_and_its_elision_mark_is_its_line(wars):
    updates = [u for u in parse_page(SWB, dt.date(1986, 8, 14), "UTC") if u.kind != "aside"]
    item = of(updates, "A military spokesman")
    assert "hundreds of dead" in item.text and len(updates) == 2 and item.time == "14:00"
    annotate(item, None, wars["gulf"])
    assert item.attribution.side == "iraqi"


def test_an_item_with_no_source_line_keeps_no_side(wars):
    item = Update("page", [1], "A military spokesman said this afternoon that an attack had been repelled.")
    annotate(item, None, wars["gulf"])
    assert item.attribution.side is None


def test_a_document_kind_names_its_issuer_in_a_title_as_in_a_text(wars):
    source = Source(id="titled", file="t.txt", path=Path("t.txt"), publisher="Radio monitoring digest")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    titled = Update(source.id, [1], "Our forces repelled an enemy attack.",
                    title="Communique by the General Command of the Armed Forces")
    annotate(titled, config, wars["gulf"])
    opened = Update(source.id, [2], "Appeal of the Iraqi Government: the world must stop the bombing of our cities.")
    annotate(opened, config, wars["gulf"])
    assert [(u.attribution.who, u.attribution.side) for u in (titled, opened)] == [
        ("General Command of the Armed Forces", "iraqi"), ("Government of Iraq", "iraqi")]


@pytest.mark.parametrize("text", [
    "The spokesman of the Iraqi forces, Brig. Gen. Ahmed bin Hassan Asiri, said that an attack had been repelled.",
    "Col. Ahmed ibn Khalid al-Tikriti said that an attack had been repelled near Basra.",
])
def test_a_given_name_before_a_patronymic_is_no_one_else_s_surname(wars, text):
    who, _ = annotated(wars["gulf"], "The Times", text)
    assert who is not None and who != "Abiy Ahmed" and "Ahmed" in who


@pytest.mark.parametrize("text", [
    "A spokesman for the Joint Relief Commission said that the convoy had reached Basra.",
    "The Arab League Ceasefire Committee said that both sides had accepted the truce.",
])
def test_capitalised_words_a_body_s_noun_closes_name_no_person(wars, text):
    who, _ = annotated(wars["gulf"], "The Times", text)
    assert who not in ("Joint Relief", "Arab League Ceasefire")


def test_a_document_named_before_its_issuer_is_the_issuer_s(wars):
    text = 'A statement issued in Geneva by the Iraqi envoy, Ismat Kittani, said the truce had "broken down".'
    assert annotated(wars["gulf"], "The Times", text) == ("Ismat Kittani", "iraqi")  # (the name after its role)
