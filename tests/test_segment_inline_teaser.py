"""A "Read more: <title>" teaser inside a stamped live post, its link on its own line, is an aside, and the post's
text under it stays with the post; a "Read more:" label alone over a list of links still opens a related box."""

from __future__ import annotations

from test_dates_in_pages import of, parse

LIVE = """
    Oct. 12, 2023 — 3:40 p.m.
    Power cut across northern Gaza
    Gaza's only power plant shut down after running out of fuel, the energy authority said.
    Read more: Hospitals in Gaza warn generators will run dry within days
    Aid agencies said the shutdown would stop water pumping and desalination across the enclave.
    Oct. 12, 2023 — 1:15 p.m.
    Israel orders evacuation of Beit Hanoun
    The Israeli military told residents of Beit Hanoun to move south, the UN said.
"""


def test_a_read_more_teaser_inside_a_live_post_does_not_end_the_post() -> None:
    updates = parse(LIVE, "2023-10-12", tz="Asia/Gaza")
    post = of(updates, "Gaza's only power plant")
    assert post.time == "15:40"
    assert "Aid agencies said the shutdown" in post.text
    teaser = [u for u in updates if u.text.startswith("Read more:")]
    assert [u.kind for u in teaser] == ["aside"]
    assert of(updates, "The Israeli military told").time == "13:15"


def test_according_to_the_agency_goes_on_the_state_body_s_report_above() -> None:
    updates = parse("""
        Late Tuesday, a drone hit a grain terminal in Izmail, the State Emergency Service said.

        Two workers were injured and taken to hospital, according to the agency.

        Romania's defence ministry said on Wednesday that debris had fallen on its territory.
    """, "2023-09-06", tz="Europe/Kyiv")
    assert "Two workers were injured" in of(updates, "Late Tuesday, a drone").text
    assert of(updates, "Romania's defence ministry").lines == [5]


def test_according_to_the_agency_under_a_report_of_no_state_body_opens_its_own() -> None:
    updates = parse("""
        Late Tuesday, a drone hit a grain terminal in Izmail, a port worker told reporters.

        Two workers were injured and taken to hospital, according to the agency.
    """, "2023-09-06", tz="Europe/Kyiv")
    assert "Two workers were injured" not in of(updates, "Late Tuesday, a drone").text
