"""News articles and live pages: a share bar whose buttons are only spaced apart ("Share  X  Facebook  LINE  Email")
is furniture, and a quoted social post as a site copies it into a live post (the account in brackets, the text, the
day alone: "Yahya Saree (@Yahya_Saree)" / ... / "January 12, 2024") is part of that post, not a new day's heading."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Dropped, Update
from chronik.segment import segment


def run(text: str, published: dt.date, tz: str) -> tuple[list[Update], list[Dropped]]:
    source = Source(id="news", file="news.txt", path=Path("news.txt"), publisher="Wire", title=None,
                    published=published, timezone=tz)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("news", lines), source, config)


def lines_of(update: Update) -> list[int]:
    return sorted(update.lines + update.title_lines)


def holding(updates: list[Update], line: int) -> Update:
    """The update that holds page line ``line``."""
    for u in updates:
        if line in lines_of(u):
            return u
    raise AssertionError(f"no update holds line {line}")


YEMEN_LIVE = """
    LIVE: Red Sea escalation after US-UK strikes on Yemen
    12:40 GMT
    Saree: Yemeni forces will respond to the aggression
    Armed Forces spokesman Yahya Saree says the strikes on Sanaa and Hodeidah will not go unanswered.
    Yahya Saree (@Yahya_Saree)
    The American-British aggression will not go unpunished. Our operations in the Red Sea will continue.
    January 12, 2024
    11:15 GMT
    Pentagon confirms strikes on radar sites
    The Pentagon said the strikes hit radar, drone and missile storage sites at nearly 30 locations.
    """

UKRAINE_LIVE = """
    Russia's war against Ukraine: live updates
    18:05
    Zelensky thanks partners for new air defense systems
    President Volodymyr Zelensky said the first Patriot batteries had arrived and thanked Germany and the Netherlands.
    — Volodymyr Zelensky (@ZelenskyyUa)
    Our skies will be safer. Thank you to everyone who helps Ukraine defend its cities.
    April 19, 2023
    16:30
    Shelling kills two in Kherson
    Regional governor Oleksandr Prokudin said Russian shelling killed two civilians in the city's Dniprovskyi district.
    """


def test_quoted_post_is_part_of_the_live_post() -> None:
    updates, _ = run(YEMEN_LIVE, dt.date(2024, 1, 12), "UTC")
    post = holding(updates, 2)
    assert [x for x in lines_of(post) if x >= 4] == [4, 5, 6, 7]
    assert post.time == "12:40"
    assert holding(updates, 8).time == "11:15"
    assert holding(updates, 8) is not post


def test_quoted_post_with_a_dash_under_the_post_text() -> None:
    updates, _ = run(UKRAINE_LIVE, dt.date(2023, 4, 19), "Europe/Kyiv")
    post = holding(updates, 2)
    assert {5, 6, 7} <= set(lines_of(post))
    assert 8 not in lines_of(post)
    assert holding(updates, 10).date == "2023-04-19"


def test_a_days_heading_under_a_post_without_an_account_line_stays_a_heading() -> None:
    page = """
        Gaza: live updates
        October 9, 2024
        21:10
        Strike hits school in Deir al-Balah
        Gaza's civil defence agency said an Israeli strike hit a school sheltering displaced families.
        October 8, 2024
        22:45
        Israeli army says it struck Hamas command centre
        The Israeli military said it struck a Hamas command centre embedded in a former school building.
        """
    updates, _ = run(page, dt.date(2024, 10, 9), "Asia/Gaza")
    assert holding(updates, 9).date == "2024-10-08"
    assert 6 not in lines_of(holding(updates, 3))


def test_spaced_share_buttons_are_furniture() -> None:
    page = """
        Japan scrambles jets as Chinese drones fly near Yonaguni
        Nov. 4, 2024 09:30 JST
        Share  LINE  X  Email
        Japan's Joint Staff Office said the Air Self-Defense Force scrambled fighter jets on Sunday.
        The office said the drones did not violate Japanese airspace.
        Share  Facebook  X  LINE
        """
    updates, dropped = run(page, dt.date(2024, 11, 4), "Asia/Tokyo")
    gone = {d.line for d in dropped}
    assert {3, 6} <= gone
    assert all(3 not in lines_of(u) and 6 not in lines_of(u) for u in updates)


def test_spaced_share_buttons_of_a_ukrainian_outlet() -> None:
    page = """
        Air defense downs 31 drones over Ukraine overnight
        Share  Telegram  Viber  Facebook  Email  Link
        Ukraine's Air Force said on Friday that air defense shot down 31 of 40 Shahed drones launched overnight.
        """
    updates, dropped = run(page, dt.date(2024, 12, 6), "Europe/Kyiv")
    assert 2 in {d.line for d in dropped}
    assert any(3 in lines_of(u) for u in updates)


def test_initials_of_the_body_that_spoke_carry_on_its_statement() -> None:
    page = """
        Ukraine's State Emergency Service said rescuers pulled three people from the rubble of a building in Dnipro.
        The SES said the search would continue through the night.
        Poland's Operational Command said it scrambled aircraft as Russia launched strikes on western Ukraine.
        The command added that the aircraft returned to base.
        """
    updates, _ = run(page, dt.date(2024, 1, 2), "Europe/Kyiv")
    assert lines_of(holding(updates, 1)) == [1, 2]
    assert lines_of(holding(updates, 3)) == [3, 4]


def test_initials_of_another_body_open_their_own_update() -> None:
    page = """
        South Korea's Joint Chiefs of Staff said the North fired artillery shells near the western border island.
        The UNC said its investigators would visit the site on Monday.
        """
    updates, _ = run(page, dt.date(2024, 1, 5), "Asia/Seoul")
    assert holding(updates, 1) is not holding(updates, 2)


def test_no_harm_line_carries_on_the_act_above() -> None:
    page = """
        Houthi forces fired two anti-ship missiles at a Liberian-flagged tanker in the Gulf of Aden, CENTCOM said.
        There were no immediate reports of injuries.
        Russian drones struck an energy facility in the Odesa region overnight, the regional governor said.
        No casualties were reported.
        """
    updates, _ = run(page, dt.date(2024, 2, 6), "UTC")
    assert lines_of(holding(updates, 1)) == [1, 2]
    assert lines_of(holding(updates, 3)) == [3, 4]


def test_a_title_named_with_the_definite_article_goes_on() -> None:
    page = """
        On 10 June 2024, the Registrar of the Special Tribunal announced that hearings would open in September.
        The Registrar said the schedule would be published on the tribunal's website.
        On 4 March 2024, the Ombudsman of Ukraine, Dmytro Lubinets, reported that 12 children had been returned.
        The Ombudsman added that more than 19,000 children remain in Russian custody.
        """
    updates, _ = run(page, dt.date(2024, 6, 12), "Europe/Kyiv")
    assert lines_of(holding(updates, 1)) == [1, 2]
    assert lines_of(holding(updates, 3)) == [3, 4]
