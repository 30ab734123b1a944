"""Live pages of posts, each a headline, a byline and a clock over its text: the byline is the post's, clocks in the
zones of outlets in Oceania, East Asia and Africa, and ages ("45m ago") with no clock of the page to count back from."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Dropped, Update
from chronik.segment import segment


def run(text: str, published: dt.date | dt.datetime, tz: str) -> tuple[list[Update], list[Dropped]]:
    source = Source(id="live", file="live.txt", path=Path("live.txt"), publisher="Wire", title=None,
                    published=published, timezone=tz)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("live", lines), source, config)


def holding(updates: list[Update], start: str) -> Update:
    """The update whose title (or text) starts with ``start``."""
    for u in updates:
        if (u.title or "").startswith(start) or u.text.startswith(start):
            return u
    raise AssertionError(f"no update starts with {start!r}: {[u.text[:30] for u in updates]}")


def lines_of(update: Update) -> list[int]:
    """The lines of an update with its title's."""
    return sorted(update.lines + update.title_lines)


NZ_PAGE = """
    Cyclone live: Evacuations ordered across Hawke's Bay

    Army trucks reach cut-off Wairoa
    By Tom Hale
    14:32 NZDT
    Defence Force trucks carrying water and generators reached Wairoa on Wednesday afternoon, the mayor said.
    The town has been without power since Monday.

    State of emergency extended
    By Aroha Tane
    11:05 NZDT
    The government extended the national state of emergency by seven days, the emergency management minister said.
    """

NAIROBI_PAGE = """
    Sudan crisis: latest updates

    Ceasefire talks resume in Jeddah
    By Amina Yusuf
    16:40 EAT
    Delegations of the army and the Rapid Support Forces returned to Jeddah for talks, Saudi state media said.

    Shelling reported in Omdurman
    By Peter Mwangi
    09:15 EAT
    Residents said artillery fire hit markets in Omdurman overnight, killing at least twelve people.
    """


@pytest.mark.parametrize(("page", "tz", "first", "lines", "time", "zone"), [
    (NZ_PAGE, "Pacific/Auckland", "Army trucks", [3, 4, 5, 6, 7], "14:32", "Pacific/Auckland"),
    (NAIROBI_PAGE, "Africa/Nairobi", "Ceasefire talks", [3, 4, 5, 6], "16:40", "Africa/Nairobi"),
])
def test_byline_between_headline_and_clock_is_the_posts(page: str, tz: str, first: str, lines: list[int],
                                                         time: str, zone: str) -> None:
    updates, dropped = run(page, dt.date(2023, 2, 15), tz)
    post = holding(updates, first)
    assert lines_of(post) == lines and (post.time, post.timezone) == (time, zone)
    assert not post.text.startswith(("NZDT", "EAT"))  # (the zone is the clock's, not the text's)
    assert not any(u.kind == "aside" and u.text.startswith("By ") for u in updates) and not dropped


@pytest.mark.parametrize(("stamp", "zone"), [
    ("10:45 AEST", "Australia/Sydney"), ("07:10 AEDT", "Australia/Sydney"), ("18:20 AWST", "Australia/Perth"),
    ("21:05 KST", "Asia/Seoul"), ("08:30 JST", "Asia/Tokyo"), ("13:00 SAST", "Africa/Johannesburg"),
    ("11:20 CAT", "Africa/Maputo"), ("06:45 WAT", "Africa/Lagos"),
])
def test_clocks_in_zones_of_oceania_asia_and_africa(stamp: str, zone: str) -> None:
    updates, _ = run(f"Live updates\n\n{stamp}\nOfficials said the border crossing had reopened to trucks.\n",
                     dt.date(2024, 5, 2), "UTC")
    post = holding(updates, "Officials said")
    assert (post.time, post.timezone) == (stamp.split()[0], zone)


SYDNEY_PAGE = """
    Ukraine live: Kharkiv under heavy bombardment

    Blasts heard in central Kharkiv
    By Jane Doe
    45m ago
    Witnesses reported several explosions near the regional administration building, the governor said.

    Zelensky addresses parliament
    By Sam Lee
    1h ago
    President Volodymyr Zelensky told lawmakers the country would not give up any territory.

    Evacuation trains leave Kyiv
    By Jane Doe
    13:10 AEDT
    Ukrainian Railways said three more trains had left the capital for Lviv on Wednesday.
    Kyiv mayor Vitali Klitschko @Vitaliy_Klychko
    Trains keep running. Leave if you can.
    9:41 PM · Mar 1, 2022

    Welcome to our coverage
    By Sam Lee
    08:00 AEDT
    Good morning and welcome to our live coverage of the war in Ukraine.
    """


def test_ages_with_nothing_to_count_back_from_open_posts_on_the_pages_day() -> None:
    """The configured time (08:00, the opening post's) is not when the page was saved: posts at 13:10 are on it. The
    embed's date line further down is that embed's, no clock of the page's. The ages stamp their posts, on the page's
    day and with no clock."""
    updates, _ = run(SYDNEY_PAGE, dt.datetime(2022, 3, 2, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=11))),
                     "Australia/Sydney")
    for title, lines in (("Blasts heard", [3, 4, 5, 6]), ("Zelensky addresses", [8, 9, 10, 11])):
        post = holding(updates, title)
        assert (lines_of(post), post.date, post.time, post.kind) == (lines, "2022-03-02", None, "update")
    assert (holding(updates, "Evacuation trains").date, holding(updates, "Evacuation trains").time) == (
        "2022-03-02", "13:10")


def test_a_save_time_after_the_posts_still_counts_ages_back() -> None:
    updates, _ = run(SYDNEY_PAGE, dt.datetime(2022, 3, 2, 14, 0, tzinfo=dt.timezone(dt.timedelta(hours=11))),
                     "Australia/Sydney")
    assert holding(updates, "Blasts heard").time == "13:15"


GAZA_PAGE = """
    Israel-Gaza war: live updates

    14:05
    Israeli military says it struck Hamas targets in Khan Younis
    The Israeli military said its jets hit dozens of targets overnight, and posted on X:
    Israel Defense Forces @IDF
    Overnight, IDF fighter jets struck over 50 terror targets in Khan Younis.
    11:52 PM · Dec 3, 2023
    Gaza's health ministry said at least 40 people were killed in the strikes.

    12:30
    Aid trucks enter through Rafah
    The UN said 100 trucks of aid crossed into Gaza on Monday.
    """

KYIV_PAGE = """
    Ukraine war live

    09:40
    Kyiv mayor urges residents to stay in shelters
    Vitali Klitschko wrote on Telegram and X that air defence was working over the capital.
    Vitali Klitschko
    @Vitaliy_Klychko
    Explosions in the Dnipro district. Stay in shelters!
    6:12 AM · Mar 10, 2024
    Read more: How Ukraine's air defence works

    08:15
    Energy company restores power in Odesa
    DTEK said electricity had been restored to 80,000 homes in Odesa.
    """


@pytest.mark.parametrize(("page", "tz", "title", "lines", "day"), [
    (GAZA_PAGE, "Asia/Jerusalem", "Israeli military says", [3, 4, 5, 6, 7, 8, 9], "2023-12-04"),
    (KYIV_PAGE, "Europe/Kyiv", "Kyiv mayor urges", [3, 4, 5, 6, 7, 8, 9], "2024-03-10"),
])
def test_a_post_card_embedded_in_a_live_post_is_the_posts(page: str, tz: str, title: str, lines: list[int],
                                                          day: str) -> None:
    """The card's account line, text and date line are the live post's lines; its date dates neither that post nor
    the next one, and the live post's text after the card goes on."""
    updates, dropped = run(page, dt.date.fromisoformat(day), tz)
    post = holding(updates, title)
    assert lines_of(post) == lines and post.date == day and not dropped
    assert all(u.date == day for u in updates if u.kind != "aside")


@pytest.mark.parametrize(("opening", "byline", "stamp", "time"), [
    ("Welcome to our live coverage", "By Sam Lee", "07:02 AEDT", "07:02"),
    ("Good morning from Kyiv", "By Olena Petrenko", "06:30", "06:30"),
])
def test_a_greeting_over_a_byline_and_a_stamp_heads_the_opening_post(opening: str, byline: str, stamp: str,
                                                                     time: str) -> None:
    page = f"""
        War in Ukraine: live

        Drones shot down over Kyiv region
        By Jane Doe
        09:15
        Air defence downed 14 drones overnight, the regional military administration said.

        {opening}
        {byline}
        {stamp}
        Good morning and welcome to our coverage of the war in Ukraine, where fighting goes on in the east.
        """
    updates, _ = run(page, dt.date(2024, 3, 10), "Europe/Kyiv")
    post = holding(updates, opening)
    assert (lines_of(post), post.time, post.kind) == ([8, 9, 10, 11], time, "update")


@pytest.mark.parametrize(("menu", "stamp", "reply", "day", "time"), [
    ("Skip to home timeline\nHome\nExplore", "6:05 PM · Oct 9, 2023",
     "Jane Doe\n@janedoe\n·\nOct 9\nThe convoy was stopped again at the second checkpoint.", "2023-10-09", "18:05"),
    ("Skip to main content\nLocal\nFederated", "Feb 24, 2022, 05:40",
     "Feb 24\nOlena K\n@olena@mastodon.social\nSirens here in Lviv too.", "2022-02-24", "05:40"),
])
def test_a_post_opened_on_its_own_under_the_sites_menu_is_stamped_by_its_clock_below(
        menu: str, stamp: str, reply: str, day: str, time: str) -> None:
    """The author's name and handle over the post are left out with the page's furniture; the text is still the
    first on the page, under the menu only, and its clock and day below stamp it (not the day the page was saved),
    over the replies."""
    page = (f"{menu}\n\nThe ministry confirmed that the convoy reached the border crossing this morning.\n{stamp}\n"
            f"\n{reply}\n")
    updates, _ = run(page, dt.date.fromisoformat(day) + dt.timedelta(days=1), "UTC")
    post = holding(updates, "The ministry confirmed")
    assert (post.date, post.time, post.kind) == (day, time, "update")


@pytest.mark.parametrize("note", [
    "All times are East Africa Time (GMT+3), local time in Nairobi.",
    "All times are Central European Time (UTC+1), local time in Brussels.",
    "Times are in Kyiv time.",
])
def test_a_note_on_the_pages_clock_with_its_offset_is_no_report(note: str) -> None:
    page = f"""
        Live: Talks on the grain deal
        By Wire staff
        Updated: 12/07 - 18:45
        {note}
        Wednesday 12 July
        10:05
        The delegations met at the UN offices, the foreign ministry said.
        """
    updates, _ = run(page, dt.date(2023, 7, 12), "Africa/Nairobi")
    assert next(u for u in updates if u.text.startswith(note[:12])).kind == "aside"
    assert holding(updates, "The delegations").time == "10:05"


@pytest.mark.parametrize("card", [
    "Jane Doe @janedoe Follow Reporter covering Ukraine for a wire agency. Views my own.",
    "Sudan Tribune @SudanTribune_EN Follow",
    "Kyiv Independent @KyivIndependent Follow News from Ukraine, in English. Support us: kyivindependent.com",
])
def test_an_accounts_card_beside_a_post_is_furniture(card: str) -> None:
    page = f"""
        Ministry of Defence
        @DefenceHQ
        Russian forces shelled Kherson overnight, wounding three civilians, the regional governor said.
        9:02 AM · Mar 14, 2024

        Relevant people
        {card}
        """
    updates, _ = run(page, dt.date(2024, 3, 14), "UTC")
    assert next(u for u in updates if u.text.startswith(card[:8])).kind == "aside"


@pytest.mark.parametrize("buttons", [
    "Agree and close   Learn more →   Disagree",
    "Learn more | Agree and close",
    "Continue without agreeing →",
])
def test_a_consent_dialogs_buttons_are_dropped(buttons: str) -> None:
    page = f"""
        {buttons}

        Live: Floods in Derna

        14:10
        Rescue teams recovered more bodies from the sea, the Red Crescent said.
        """
    updates, dropped = run(page, dt.date(2023, 9, 13), "Africa/Tripoli")
    assert [d.line for d in dropped] == [1] and not any(u.text.startswith(buttons[:6]) for u in updates)
