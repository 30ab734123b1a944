"""A channel's messages copied from Telegram Desktop: "[Forwarded from X]" in brackets names who first posted a
message, a publisher named as an organisation's "(Telegram channel)" is that organisation's own account, and the
places an alert lists each behind a pin ("📍 Kharkiv") are its items, not labels of their own. Examples from
Ukraine's air-raid channels, not the seeds' war."""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.extract.data import load_files
from tests.attribution_cases import annotated
from tests.conftest import write
from tests.page_cases import parse_page

SIDES = """
    defaults: extend
    sides:
      ukrainian: Ukraine's government, armed forces and regional administrations
      russian: Russia's government and armed forces
    polities:
      - {name: Ukraine, side: ukrainian, adjective: Ukrainian, government: Government of Ukraine,
         forms: [Ukraine, Ukrainian, Kyiv, Air Force of Ukraine, Kharkiv Regional Military Administration]}
      - {name: Russia, side: russian, adjective: Russian, government: Government of Russia, forms: [Russia, Moscow]}
"""


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return load_files(write(tmp_path_factory.mktemp("ukraine") / "sides.yaml", SIDES))


@pytest.mark.parametrize(("publisher", "text", "who"), [
    ("Air Force of Ukraine (Telegram channel)", "Air defence destroyed 31 of 40 drones overnight.",
     "Ukrainian Air Force"),
    ("Air Force of Ukraine (Telegram channel)",
     "[Forwarded from Kharkiv Regional Military Administration]\n\nA guided bomb hit a warehouse in Kharkiv.",
     "Kharkiv Regional Military Administration"),
    ("Air Force of Ukraine (Facebook page)", "Air defence destroyed 31 of 40 drones overnight.",
     "Ukrainian Air Force"),
])
def test_a_channel_s_own_messages_and_the_ones_it_forwards(data, publisher, text, who):
    assert annotated(data, publisher, text) == (who, "ukrainian")


def test_a_feed_about_a_subject_is_no_one_s_own_account(data):
    assert annotated(data, "Ukraine War Tracker (Telegram timeline)",
                     "Air defence destroyed 31 of 40 drones overnight.")[0] is None


CHANNEL = """
    Air Force of Ukraine
    312 450 subscribers

    Air Force of Ukraine, [12.07.24 03:10]
    ⚠️ Missile threat for the following regions:
    📍 Kharkiv region
    📍 Poltava region
    📍 Sumy region

    Air Force of Ukraine, [12.07.24 04:25]
    ✅ All clear in Kharkiv, Poltava and Sumy regions.
"""


def test_the_places_an_alert_pins_are_its_items():
    updates = parse_page(CHANNEL, dt.date(2024, 7, 12), "Europe/Kyiv")
    alert = next(u for u in updates if "Missile threat" in u.text)
    assert "Poltava region" in alert.text and "Sumy region" in alert.text
    assert not any(u.text.startswith(("Kharkiv region", "Poltava region")) for u in updates)
