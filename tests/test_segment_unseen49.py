"""Formats met after the blind sets ZZZZZO (Afghanistan 2001) and ZZZZZP (Cabo Delgado 2021), each on pages
written for these tests:

- a live page's clock in a zone of South or South-East Asia or the Gulf ("14:20 WIB", "09:15 PHT", "18:00 GST")
  is the post's time in that zone, as "11:20 EAT" already was; so is a clock named by its capital ("10:30 (Kabul
  time)");
- a paragraph taking up the claim the paragraph above reported ("... the Islamic State claimed the attack ..." then
  "The claim was accompanied by photographs ...") carries it on, as "The statement ..." does.
"""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page


@pytest.mark.parametrize(("stamp", "zone"), [
    ("14:20 WIB", "Asia/Jakarta"), ("08:05 WITA", "Asia/Makassar"), ("19:40 WIT", "Asia/Jayapura"),
    ("09:15 PHT", "Asia/Manila"), ("22:10 ICT", "Asia/Bangkok"), ("07:30 MYT", "Asia/Kuala_Lumpur"),
    ("16:45 MMT", "Asia/Yangon"), ("11:00 NPT", "Asia/Kathmandu"), ("05:50 AFT", "Asia/Kabul"),
    ("18:00 GST", "Asia/Dubai"), ("10:30 (Kabul time)", "Asia/Kabul"), ("21:15 (Damascus time)", "Asia/Damascus"),
])
def test_clocks_in_zones_of_south_and_south_east_asia_and_the_gulf(stamp: str, zone: str) -> None:
    page = f"""
        Live: the latest from the region
        {stamp}
        Officials said the coastal road had reopened to aid convoys after two days.
        08:00
        Residents reported gunfire near the market overnight.
    """
    post = of(parse_page(page, dt.date(2024, 5, 2), "UTC"), "Officials said")
    assert (post.time, post.timezone) == (stamp.split()[0], zone)


def test_the_claim_taken_up_carries_on_the_paragraph_that_reported_it() -> None:
    page = """
        Weekly update
        On 29 March, the Islamic State claimed the attack through its Amaq news agency, saying it had taken the town.
        The claim was accompanied by photographs of fighters in front of a bank, but it made no mention of the hotel.
        On 30 March, government forces said they had retaken the airport.
    """
    updates = parse_page(page, dt.date(2021, 4, 6), "Africa/Maputo")
    claimed = of(updates, "On 29 March")
    assert "The claim was accompanied" in claimed.text and claimed.date == "2021-03-29"
    assert of(updates, "On 30 March").date == "2021-03-30"
