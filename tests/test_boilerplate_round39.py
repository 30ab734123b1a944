"""Round 39: furniture that leaked as updates (a consent dialog at a page's foot, a newsletter box with its name, a
prompt to follow topics with its list, a site's blurb about itself, a social site's "Translate" link and sign-in
prompt, a language switcher, a link to more of a list) and news that was dropped as furniture (an investigation's
method, the outlet asking for comment, an age over a headline and its byline)."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Dropped, Update
from chronik.segment import segment
from chronik.segment.blocks import Block
from chronik.segment.boilerplate import _publisher_regex, reason_for


def run(text: str, publisher: str = "Example Monitor") -> tuple[list[Update], list[Dropped]]:
    source = Source(id="page", file="p.txt", path=Path("p.txt"), publisher=publisher,
                    published=dt.date(2024, 3, 6), timezone="Europe/Kyiv")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("page", lines), source, config)


def why(text: str, publisher: str = "Example Monitor") -> str | None:
    return reason_for(Block(0, [1], text, text), (), _publisher_regex(publisher))


REPORT = "Shelling hit the centre of Kharkiv overnight, wounding six people, the regional governor said."


@pytest.mark.parametrize(("line", "reason"), [
    ("We and our partners store and/or access information on a device, such as unique IDs in cookies to process "
     "personal data. You may accept or manage your choices by clicking below or at any time in the privacy policy "
     "page. These choices will be signalled to our partners and will not affect browsing data.", "cookie notice"),
    ("We respect your privacy", "consent prompt"),
    ("Your privacy matters to us", "consent prompt"),
    ("Tap the bell icon to follow topics:", "notification prompt"),
    ("Follow this topic to get alerts when we publish", "notification prompt"),
    ("Log in or sign up to comment and to follow the people you like.", "sign-up prompt"),
    ("Sign in to reply", "sign-up prompt"),
    ("Translate", "engagement counts"),
    ("Hide translation", "engagement counts"),
    ("Show original", "engagement counts"),
    ("More stories…", "navigation"),
    ("More March 2022 events...", "navigation"),
    ("EN | FR | AR", "navigation"),
    ("UA   EN   RU   DE   PL   日本", "navigation"),
])
def test_furniture_of_these_kinds_is_dropped(line: str, reason: str) -> None:
    assert why(line) == f"boilerplate: {reason}"


@pytest.mark.parametrize("line", [
    "More than 40 people were killed...",  # (a sentence cut short is no link)
    "NATO and EU leaders met in Brussels",
    "SECRET",
    "MOST RECENT",
    "The US, UK and EU condemned the strike.",
    "Residents said they could not translate the leaflets dropped over the town.",
])
def test_news_and_headings_like_them_are_not_that_furniture(line: str) -> None:
    assert why(line) is None


def test_a_site_describing_itself_with_its_other_name_and_a_list_of_what_it_gives_is_about_the_publisher() -> None:
    text = ("Example.org, the English-language edition of the Example Daily in Georgia, gives you breaking news, "
            "reports and commentary about the Caucasus and the Black Sea region.")
    assert why(text, publisher="Example Daily") == "boilerplate: about the publisher"


def test_a_consent_dialog_at_the_foot_of_a_page_goes_with_its_title_and_buttons() -> None:
    updates, dropped = run(f"""
        {REPORT}

        © 2024 Example Monitor
        We respect your privacy
        We and our 210 partners store and/or access information on a device, such as unique identifiers in cookies to process personal data. You may accept or manage your choices by clicking below, including your right to object where legitimate interest is used.
        Agree
        Manage preferences
    """)  # noqa: E501
    assert [u.lines for u in updates] == [[1]]
    assert {d.line for d in dropped} == {3, 4, 5, 6, 7}


def test_a_newsletter_box_with_its_name_and_blurb_is_dropped_with_its_label() -> None:
    updates, dropped = run(f"""
        {REPORT}

        Sign up for Example Monitor
        The Morning Dispatch
        Start your day with the stories that matter from across the region.
        E-mail address
        Subscribe
    """)
    assert [u.lines for u in updates] == [[1]]
    assert [d.line for d in dropped] == [3, 4, 5, 6, 7]


def test_three_lines_after_a_newsletter_label_are_not_its_box() -> None:
    updates, dropped = run(f"""
        {REPORT}

        Sign up for Example Monitor
        Drone strike on Odesa port
        Two people were wounded, the governor said.
        A grain silo caught fire.
        Subscribe
    """)
    assert [d.line for d in dropped] == [3, 7]
    assert sorted(n for u in updates for n in [*u.lines, *u.title_lines]) == [1, 4, 5, 6]


def test_the_topics_under_a_prompt_to_follow_them_go_with_it() -> None:
    updates, dropped = run(f"""
        {REPORT}
        Tap the bell icon to follow topics:
        War in Ukraine
        Kharkiv
        Volodymyr Zelensky
        Comments
    """)
    assert [u.lines for u in updates] == [[1]]
    assert [d.line for d in dropped] == [2, 3, 4, 5, 6]


def test_an_investigations_method_naming_the_outlet_is_news_not_self_promotion() -> None:
    updates, dropped = run("""
        Example Monitor analysed 112 videos filmed in Mykolaiv between March 2 and March 9. We geolocated 80 of them.
        We verified the footage against satellite imagery; our analysts matched the craters to the videos.
    """)
    assert not dropped and sorted(n for u in updates for n in u.lines) == [1, 2]


def test_the_outlet_asking_for_comment_is_its_report_not_self_promotion() -> None:
    updates, dropped = run(f"""
        {REPORT}

        The Wagner Group did not respond to Example Monitor's request for comment. The ministry referred us to its earlier statement.

        The army did not reply to Example Monitor. Its spokesman wrote to us that the inquiry was under way.
    """)  # noqa: E501
    assert not dropped and sorted(n for u in updates for n in u.lines) == [1, 3, 5]


def test_the_outlet_promoting_itself_is_still_self_promotion() -> None:
    assert why("Example Monitor is proud to launch our new Arabic service; we thank our readers for their support.") \
        == "boilerplate: self-promotion"


def test_an_age_over_a_headline_and_its_byline_is_kept_as_the_items_stamp() -> None:
    _, dropped = run("""
        Latest
        3 hours ago
        Ministry: Death toll in Khan Younis strike rises to 31
        By Reuters
        4 hours ago
        Army says two soldiers killed in southern Gaza
        By Jane Doe and John Roe
        2 hours ago
    """)
    assert [(d.line, d.reason) for d in dropped] == [(8, "boilerplate: relative age")]  # (the last one heads nothing)
