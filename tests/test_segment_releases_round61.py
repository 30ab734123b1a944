"""Round sixty-one: a government office's list of press releases, each a title over its posting line ("Issued on:
5 June 2023 08:30 PM", "Published on: 6 June 2023, 17:40 by Press Office") over the release's text, paragraphs or
numbered points; the footer of release numbers between them.

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from test_boilerplate import run

from chronik.model import Update

DEFENCE_NEWSROOM = """
    Department of National Defense
    News Releases | 5 June 2023

    Office of the Secretary
    DND condemns dangerous manoeuvres of foreign coast guard vessels near Ayungin Shoal
    Issued on: 5 June 2023 08:30 PM by DND Public Affairs
    The department condemns the blocking of a resupply mission by two foreign coast guard vessels this afternoon.
    The resupply boats completed their mission despite the harassment. No personnel were hurt.
    Reference No. 2023-118

    Armed Forces of the Philippines
    Transcript of the press briefing of the AFP spokesperson
    Issued on: 5 June 2023 10:15 PM by DND Public Affairs
    The AFP spokesperson briefed the media this evening. The key points of the briefing are as follows:
    1. Two coast guard vessels shadowed the resupply boats for four hours.
    2. One vessel fired a water cannon at a resupply boat at about 3:40 PM.
    3. The AFP will file a report with the Department of Foreign Affairs.
    Reference No. 2023-119
"""

MINISTRY_PRESS_OFFICE = """
    Ministry of Defence of Ukraine
    Press releases

    Air defence downed 29 of 35 drones overnight
    Published on: 6 June 2023, 07:40 by Press Office
    Air defence forces destroyed 29 of the 35 Shahed drones launched from Bryansk overnight, the Air Force said.
    Debris fell on a warehouse in the Kyiv region; there were no casualties.
    Share: Facebook Telegram

    Minister meets Nordic counterparts in Oslo
    Published on: 6 June 2023, 16:05 by Press Office
    The minister discussed a new air defence package with his Nordic counterparts on Tuesday.
    Share: Facebook Telegram
"""


def _lines(update: Update) -> list[int]:
    return sorted(update.lines + update.title_lines)


def _holding(updates: list[Update], line: int) -> Update:
    return next(u for u in updates if line in _lines(u))


def test_each_release_of_a_newsroom_list_is_one_update_stamped_by_its_posting_line() -> None:
    updates, _ = run(DEFENCE_NEWSROOM)
    first, second = _holding(updates, 6), _holding(updates, 12)
    assert _lines(first) == [5, 6, 7, 8]
    assert (first.date, first.time, first.kind) == ("2023-06-05", "20:30", "update")
    assert first.title is not None and first.title.startswith("DND condemns")
    assert _lines(second) == [12, 13, 14, 15, 16, 17]  # the lead-in and its numbered points are the release's
    assert (second.date, second.time) == ("2023-06-05", "22:15")


def test_the_posting_line_may_put_a_comma_before_the_clock() -> None:
    updates, _ = run(MINISTRY_PRESS_OFFICE)
    first, second = _holding(updates, 5), _holding(updates, 11)
    assert _lines(first) == [4, 5, 6, 7] and (first.date, first.time) == ("2023-06-06", "07:40")
    assert _lines(second) == [10, 11, 12] and (second.date, second.time) == ("2023-06-06", "16:05")


def test_one_article_under_its_published_line_is_not_a_release_list() -> None:
    article = """
        Air defence downed 29 of 35 drones overnight
        Published on: 6 June 2023, 07:40 by Staff reporter
        Air defence forces destroyed 29 of the 35 Shahed drones launched overnight, the Air Force said.
        Debris fell on a warehouse in the Kyiv region; there were no casualties.
        More press releases
        Minister meets Nordic counterparts in Oslo
        Published on: 5 June 2023, 16:05 by Press Office
        Navy clears mines off the Odesa coast
        Published on: 4 June 2023, 11:20 by Press Office
    """
    updates, _ = run(article)  # (the teasers of other releases under it, a title and posting line over no text)
    assert all(u.time != "07:40" or _lines(u) != [1, 2, 3, 4] for u in updates)


BRIEFING_NEWSLETTER = """
    Morning Dispatch

    1. Sudan talks resume in Jeddah
    Delegations of the Sudanese army and the Rapid Support Forces returned to Jeddah on Monday for a new round of talks.
    Why it matters: Seven months of war have displaced more than six million people.
    • Army chief Abdel Fattah al-Burhan said on Sunday he would not sign a truce that leaves the RSF in cities.
    • RSF commander Mohamed Hamdan Dagalo wrote on X on Monday that his forces were ready for a truce.
    Between the lines: Egypt, which has not commented publicly, backed the talks through the Arab League.
    What's next: A U.S.-Saudi committee will present a truce proposal, diplomats tell us.

    2. Kyiv hit by drones
    Ukraine's air force said on Monday it had shot down 22 of 24 drones launched at Kyiv overnight.
    The big picture: Russia has stepped up its drone attacks on Ukraine's power grid before winter.
    Reality check: Western partners have delayed new Patriot batteries until the spring.
"""


def _holding_line(updates: list[Update], line: int) -> Update:
    return next(u for u in updates if line in u.lines)


def test_a_newsletters_signposted_analysis_is_part_of_the_item_above() -> None:
    updates, _ = run(BRIEFING_NEWSLETTER)
    sudan, last, kyiv = _holding_line(updates, 4), _holding_line(updates, 7), _holding_line(updates, 12)
    assert {4, 5} <= set(sudan.lines)  # the news and why it matters
    assert {7, 8, 9} <= set(last.lines)  # the analysis goes on the entry above it, the last bullet's
    assert sorted(kyiv.lines) == [12, 13, 14]
