"""An outlet whose name and address say nothing of its country is of the country of its clock: the time zone its
source entry gives ("Asia/Karachi"), when that country is a party to the war. Its stories name their own country's
offices without the country ("the army said" on a Pakistani site). The outlets' names and the
sentences are written for these tests."""

from __future__ import annotations

import pytest

from chronik.extract.data import load_files
from chronik.extract.text import normalize
from chronik.extract.zone_tab import country_name, country_of_zone
from tests.conftest import write

SIDES = """
    defaults: extend
    sides:
      philippine: a state whose country-code domain the states file does not list
      indian: India's government and armed forces
      pakistani: Pakistan's government and armed forces
    polities:
      - {name: India, side: indian, adjective: Indian, government: Government of India,
         forms: [India, Indian, New Delhi]}
      - {name: Pakistan, side: pakistani, adjective: Pakistani, government: Government of Pakistan,
         forms: [Pakistan, Pakistani, Islamabad, ISPR]}
      - {name: Philippines, side: philippine, adjective: Philippine, government: Government of the Philippines,
         forms: [Philippines, Philippine, Manila]}
"""
TEXT = "Two drones were shot down near the border overnight, the army said."


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return load_files(write(tmp_path_factory.mktemp("zone") / "sides.yaml", SIDES))


@pytest.mark.parametrize(("zone", "code"), [
    ("Asia/Karachi", "PK"), ("Asia/Kolkata", "IN"), ("Europe/Kyiv", "UA"), ("Africa/Khartoum", "SD"),
    ("UTC", None),  # the zone of no country
    ("Mars/Olympus", None),
])
def test_a_zone_belongs_to_its_country(zone, code):
    assert country_of_zone(zone) == code


@pytest.mark.parametrize(("code", "name"), [("PH", "Philippines"), ("ly", "Libya"), ("XX", None)])
def test_a_country_code_names_its_country(code, name):
    assert country_name(code) == name


@pytest.mark.parametrize(("publisher", "zone", "home"), [
    ("Daily Beacon", "Asia/Karachi", "Pakistan"),
    ("Frontier Herald", "Asia/Kolkata", "India"),
    ("Daily Beacon", "Europe/London", None),  # a state at peace: its domain is not listed either
    ("Daily Beacon", "Asia/Kabul", None),  # listed, but no party to this war: a bystander's clock tells nothing
    ("Daily Beacon", None, None),
    ("Voice of India", "Asia/Karachi", "India"),  # the name first
    # a party whose domain the states file does not list: the tz database's name for its country
    ("Island Courier", "Asia/Manila", "Philippines"),
])
def test_an_outlets_clock_tells_its_home_country(data, publisher, zone, home):
    found = data.attributor.home(publisher, None, zone)
    assert (found.name if found is not None else None) == home


def test_an_address_outweighs_a_clock(data):
    assert data.attributor.home("Daily Beacon", "https://example.com/news/1", "Asia/Karachi") is None


def test_a_bodys_page_has_no_home_by_its_clock(data):
    # a UN agency's page dated in the war's zone is still no state's
    assert data.attributor.home("UN OCHA (via ReliefWeb)", None, "Asia/Karachi") is None


@pytest.mark.parametrize(("zone", "side"), [("Asia/Karachi", "pakistani"), ("Asia/Kolkata", "indian"),
                                            (None, None)])
def test_an_unnamed_office_is_the_home_countrys(data, zone, side):
    home = data.attributor.home("Daily Beacon", None, zone)
    assert data.attributor.attribute(normalize(TEXT), None, home).side == side


@pytest.mark.parametrize(("title", "who"), [
    # a headline closing on its source after a colon names the office the text describes
    ("India strikes six sites in Pakistan: ISPR", "Inter-Services Public Relations – ISPR"),
    # ... not a source of another side, nor a headline with no source
    ("India strikes six sites in Pakistan: MEA", "military's media wing"),
    ("India strikes six sites in Pakistan", "military's media wing"),
    ("Operation Sindoor: what we know", "military's media wing"),  # an operation's name before a colon: no one
])
def test_a_headline_names_the_office_its_text_describes(data, title, who):
    home = data.attributor.home("Daily Beacon", None, "Asia/Karachi")
    text = "The military's media wing said Indian missiles had struck six sites, killing eight civilians."
    found = data.attributor.attribute(normalize(text), normalize(title), home)
    assert (found.who, found.side) == (who, "pakistani")
