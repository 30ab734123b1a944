"""Live posts laid out headline / byline / stamp / text ("RSF says it holds the palace" / "By Amina Yusuf and Tom
Keller" / "Updated 3:12 p.m. ET" / the paragraphs): the stamp opens the post with its clock, the headline over it is
the post's title, the byline between signs it, and the paragraphs carry it on until the next post's headline. The
page's own stamp right under its title, over the first post's headline (signed or not), is the page's dateline, not a
post of its own. An article's one "Updated" line under its title and byline opens no post. The pages are written for
this test (Sudan and Yemen live pages, a Ukraine live page, an Armenia-Azerbaijan article), not from the seeds or the
holdout sets."""

from __future__ import annotations

import datetime as dt

from chronik.model import Update
from tests.page_cases import of, parse_page

SUDAN_TITLE = "Fighting spreads across Khartoum as truce collapses"
SUDAN = "\n".join((
    "Live updates",
    SUDAN_TITLE,
    "Updated April 20, 2023 at 7:40 p.m. ET",
    "Share",
    "RSF says it holds the presidential palace",
    "By Amina Yusuf and Tom Keller",
    "Updated 3:12 p.m. ET",
    "KHARTOUM — The Rapid Support Forces said Thursday that its fighters controlled the presidential palace.",
    "The army denied the claim in a statement on its Facebook page.",
    "WHO counts 330 dead in five days of clashes",
    "By Tom Keller",
    "Updated 11:48 a.m. ET",
    "The World Health Organization said 330 people had been killed and nearly 3,200 wounded since the fighting began.",
    "Hospitals in the capital are running short of blood and anaesthetics, it said.",
))

UKRAINE_TITLE = "Ukraine war live: drones strike Odesa port"
UKRAINE = "\n".join((
    UKRAINE_TITLE,
    "Published 11:02 a.m. GMT",
    "Grain terminal damaged in overnight attack",
    "By Olena Marchenko and David Hart",
    "Published 11:02 a.m. GMT",
    "ODESA — Russian drones hit grain storage at the port overnight, the regional governor said on Telegram.",
    "No one was hurt, he added.",
    "Kremlin declines comment on talks",
    "By David Hart",
    "Published 9:15 a.m. GMT",
    "Kremlin spokesman Dmitry Peskov declined to say whether a new round of talks was planned.",
))

# a page whose posts are not signed: headline / stamp / text, under the page's own stamp
YEMEN_TITLE = "Yemen live: Houthis claim strike on tanker"
YEMEN = "\n".join((
    YEMEN_TITLE,
    "Updated 10:42 a.m. GMT",
    "Tanker ablaze in the Red Sea",
    "Updated 10:31 a.m. GMT",
    "The Houthis said on Tuesday they had fired missiles at a tanker in the Red Sea.",
    "The ship's operator said a fire broke out in the engine room.",
    "Navy escorts convoy through the strait",
    "Updated 9:02 a.m. GMT",
    "A European navy frigate escorted four merchant ships through the Bab el-Mandeb, the mission said.",
))

ARTICLE_TITLE = "Armenia and Azerbaijan trade blame for border shelling"
ARTICLE = "\n".join((
    ARTICLE_TITLE,
    "By Lilit Hakobyan",
    "Updated September 13, 2022 at 10:15 a.m. EDT",
    "YEREVAN — Armenia said Azerbaijani forces shelled several towns near the border, killing dozens of soldiers.",
    "Azerbaijan's defence ministry said it had responded to provocations by Armenian troops.",
))


def _updates(updates: list[Update]) -> list[Update]:
    return [u for u in updates if u.kind != "aside"]


def test_each_post_is_opened_by_its_stamp_and_titled_by_the_headline_over_its_byline() -> None:
    updates = parse_page(SUDAN, dt.date(2023, 4, 20), "America/New_York", SUDAN_TITLE)
    palace, toll = of(updates, "KHARTOUM — The Rapid"), of(updates, "The World Health")
    assert (palace.title, palace.date, palace.time) == ("RSF says it holds the presidential palace", "2023-04-20",
                                                        "15:12")
    assert (toll.title, toll.time, toll.date_basis) == ("WHO counts 330 dead in five days of clashes", "11:48",
                                                        "timestamp")
    # the paragraphs under the stamp carry the post on, up to the next post's headline, and no byline is its words
    assert "The army denied the claim" in palace.text and "WHO counts" not in palace.text
    assert "Hospitals in the capital" in toll.text
    assert not any(u.text.startswith("By ") or "By Tom Keller" in u.text for u in _updates(updates))


def test_the_pages_stamp_over_the_first_posts_headline_is_its_dateline_not_a_post() -> None:
    for title in (UKRAINE_TITLE, None):  # the title found from the configuration, or not at all
        updates = parse_page(UKRAINE, dt.date(2023, 7, 21), "Europe/London", title)
        port, talks = of(updates, "ODESA — Russian drones"), of(updates, "Kremlin spokesman")
        assert (port.title, port.time) == ("Grain terminal damaged in overnight attack", "11:02"), title
        assert "No one was hurt" in port.text
        assert (talks.title, talks.time) == ("Kremlin declines comment on talks", "09:15"), title
        assert len(_updates(updates)) == 2, title  # the page's title and stamp are no post of their own
        assert all(u.kind == "aside" for u in updates if u.text in (UKRAINE_TITLE, "Published 11:02 a.m. GMT"))


def test_the_pages_stamp_over_an_unsigned_first_posts_headline_is_its_dateline_too() -> None:
    updates = parse_page(YEMEN, dt.date(2024, 1, 30), "Europe/London", YEMEN_TITLE)
    tanker = of(updates, "The Houthis said")
    assert (tanker.title, tanker.time) == ("Tanker ablaze in the Red Sea", "10:31")
    assert "fire broke out" in tanker.text
    assert of(updates, "Updated 10:42 a.m. GMT").kind == "aside"
    assert len(_updates(updates)) == 2


def test_an_articles_one_updated_line_under_its_title_and_byline_opens_no_post() -> None:
    updates = parse_page(ARTICLE, dt.date(2022, 9, 13), "America/New_York", ARTICLE_TITLE)
    assert all(u.kind == "aside" for u in updates if u.text in (ARTICLE_TITLE, "By Lilit Hakobyan"))
    shelling, reply = of(updates, "YEREVAN — Armenia"), of(updates, "Azerbaijan's defence")
    assert shelling.title is None and shelling.time is None
    assert reply is not shelling and reply.time is None
