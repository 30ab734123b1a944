"""Round 71 of the segmenter: a newsletter's numbered items ("1 big thing: ...", "2. ...", "3. 📊 ...") are the
headlines of the items under them, and a sponsor's block ("A MESSAGE FROM ..." over a tagline and a pitch closing
on "Learn more.") is the sponsor's, not news (``parse_page`` is the one-page parser of ``tests/page_cases.py``)."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

from chronik.model import Update


def _titled(updates: list[Update], start: str) -> str:
    """The title of the update starting with ``start``, without a list's number the block reader took off."""
    title = of(updates, start).title
    assert title is not None
    return title


def test_a_newsletter_s_numbered_items_title_the_paragraphs_under_them() -> None:
    updates = parse_page("""
        Morning Brief
        By Jane Roe

        1 big thing: Sudan truce frays in Darfur
        RSF fighters shelled El Fasher on Monday night, the state's governor said, a day after the truce took effect.
        Why it matters: The truce was the first the two armies had signed in a year.

        2. 🇺🇦 Kyiv hits refinery in Ryazan
        Ukraine's General Staff said on Tuesday its drones struck the Ryazan refinery overnight.

        3. 📊 The numbers
        The UN's migration agency said on Monday that 11 million people have fled their homes inside Sudan.

        4. 🕊️ Talks next?
        Saudi Arabia said on Tuesday it would host new talks in Jeddah next week.
    """, dt.date(2024, 6, 4), "UTC")
    assert _titled(updates, "RSF fighters shelled") == "1 big thing: Sudan truce frays in Darfur"
    assert _titled(updates, "Ukraine's General Staff") .endswith("Kyiv hits refinery in Ryazan")
    assert _titled(updates, "The UN's migration agency") .endswith("📊 The numbers")
    assert _titled(updates, "Saudi Arabia said") .endswith("🕊️ Talks next?")


def test_a_numbered_item_s_second_act_is_an_update_and_its_analysis_stays_with_it() -> None:
    updates = parse_page("""
        1 big thing: Strikes on Kharkiv
        Russian glide bombs hit Kharkiv on Wednesday, the regional governor said.
        The big picture: Attacks on the city have doubled since May.
        Driving the news: Ukraine's air force said on Tuesday it had downed 20 drones over the region.

        2. 🚚 Aid convoy reaches Gaza City
        The World Food Programme said on Wednesday its trucks had reached northern Gaza for the first time in weeks.

        3. 🕊️ Hostage talks stall
        Qatar's foreign ministry said on Tuesday the talks had paused.
    """, dt.date(2024, 7, 10), "UTC")
    lead = of(updates, "Russian glide bombs")
    assert "The big picture" in lead.text and "Driving the news" not in lead.text
    assert of(updates, "Driving the news:").kind == "update"


def test_two_numbered_lines_are_no_run_of_items() -> None:
    updates = parse_page("""
        1. Background
        The conflict began in April 2023 when the army and the RSF fell out over a transition plan.

        2. Key figures
        The UN says more than 14,000 people have been killed.
    """, dt.date(2024, 6, 4), "UTC")
    assert of(updates, "The conflict began").title is None


def test_a_sponsor_s_block_closed_by_a_call_to_action_is_dropped() -> None:
    updates = parse_page("""
        2. Ukraine strikes depot
        Ukraine's navy said on Monday it had struck an ammunition depot in Crimea.

        A MESSAGE FROM NORTHWIND ENERGY
        Power that keeps the lights on
        Our grid investments reach 4 million homes this year. Learn more.

        3. Moldova on alert
        Moldova's government said on Monday it had closed its airspace for two hours.
    """, dt.date(2024, 5, 6), "UTC")
    texts = " ".join(u.text for u in updates)
    assert "NORTHWIND" not in texts and "grid investments" not in texts and "Power that keeps" not in texts
    assert of(updates, "Moldova's government").kind == "update"


def test_a_message_from_our_partner_with_a_sign_up_close_is_dropped() -> None:
    updates = parse_page("""
        The army said on Friday it had retaken two villages near Goma.

        A message from our partner
        The newsletter for people who run supply chains. Sign up today.

        Rwanda's foreign ministry said on Friday it rejected the accusations.
    """, dt.date(2024, 2, 9), "UTC")
    texts = " ".join(u.text for u in updates)
    assert "supply chains" not in texts and "our partner" not in texts
    assert of(updates, "Rwanda's foreign ministry").kind == "update"


def test_a_message_from_a_leader_is_no_sponsor_label() -> None:
    updates = parse_page("""
        A message from the President
        President Ruto said on Sunday that troops would stay in Haiti until the elections. Learn more.
    """, dt.date(2024, 9, 1), "UTC")
    assert of(updates, "President Ruto said").kind == "update"
