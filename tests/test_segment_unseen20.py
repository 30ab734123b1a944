"""Round twenty of page shapes, with examples from other outlets and wars: a news list whose items are each a
headline, a byline ending with the item's day ("by Kyiv Post Staff  Mar 4, 2022") and the item's text."""

from __future__ import annotations

import pytest
from test_boilerplate import REPORT, run

NEWS_LIST = """\
The Kyiv Post
Ukraine's Global Voice
Latest News
Russian missile hits Odesa port grain terminal
by Kyiv Post Staff  Mar 4, 2022
A Russian missile struck a grain terminal in the port of Odesa overnight, the regional governor said.
Two warehouses burned down and one worker was wounded, he added.
Comments 5
Zelensky asks allies for more air defence
by Agence France-Presse  Mar 3, 2022
President Volodymyr Zelensky asked Western allies for more air-defence systems in a video address.
Comments 11
"""


def test_a_news_list_item_starts_at_its_headline_and_is_dated_by_its_byline() -> None:
    updates, _ = run(NEWS_LIST)
    items = [u for u in updates if u.kind == "update"]
    assert [(sorted(u.title_lines + u.lines), u.date) for u in items] == [([4, 5, 6, 7], "2022-03-04"),
                                                 ([9, 10, 11], "2022-03-03")]



@pytest.mark.parametrize(("line", "reason"), [
    ("Posted in Diary, War | Tagged Mosul, siege, family", "page categories"),  # a blog post's foot
    ("This entry was posted in News and tagged Aleppo, evacuation.", "page categories"),
    ("Like Loading...", "engagement counts"),  # a hosted blog's like widget, saved before it loaded
])
def test_a_blog_post_s_foot_is_furniture(line: str, reason: str) -> None:
    updates, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(3, f"boilerplate: {reason}")]
    assert [u.lines for u in updates] == [[1]]


def test_a_comment_headed_by_its_author_and_stamp_on_one_line_is_dropped_with_its_reply_link() -> None:
    text = (f"{REPORT}\n\nSamir wrote: 14 October 2016 at 22:05\n"
            "My cousin in east Mosul says the shelling has not stopped since the morning.\nReply\n"
            "Laura M. says: October 15, 2016 at 8:12 am\nPraying for them all.\nReply\n")
    updates, dropped = run(text)
    assert [d.line for d in dropped] == [3, 4, 5, 6, 7, 8]
    assert [u.lines for u in updates] == [[1]]


def test_news_about_what_someone_said_on_a_day_is_kept() -> None:
    _, dropped = run(f"{REPORT}\n\nThe governor said: October 15 at 8 am the curfew ends.\nReply\n")
    assert 3 not in [d.line for d in dropped]


LIVE = """\
Russia-Ukraine war live: drones hit Kyiv overnight
Key points
Kyiv says 40 drones shot down overnight
Zelensky asks for more Patriot systems
Explosions reported in Belgorod, governor says
09:55
Belgorod governor reports explosions
Vyacheslav Gladkov said on Telegram that air defences had been active over the city.
08:40
Zelensky renews call for air defence
President Volodymyr Zelensky said Ukraine needed at least seven more Patriot systems.
07:15
Kyiv: 40 drones downed overnight
The Ukrainian air force said it shot down 40 of 44 drones launched at Kyiv overnight.
"""


def test_a_live_page_s_key_points_above_its_first_stamp_are_asides() -> None:
    updates, _ = run(LIVE)
    assert all(u.kind == "aside" for u in updates if set(u.lines) & {3, 4, 5})
    assert [u.time for u in updates if u.kind == "update"] == ["09:55", "08:40", "07:15"]


def test_key_points_of_a_page_without_stamps_are_its_events() -> None:
    text = ("Sudan: what we know on Monday\nKey points\nRSF shells el-Fasher market, killing 12\n"
            "Army says it retook a bridge in Omdurman\nWFP warns of famine in Darfur camps\n")
    updates, _ = run(text)
    assert all(u.kind != "aside" for u in updates if set(u.lines) & {3, 4, 5})


OPENING_POST = """\
Sudan war live: RSF attack on el-Fasher
09:30
Army says it repelled attack on el-Fasher
The Sudanese army said it repelled an RSF attack on the city's eastern front.
07:00
Good morning
Hello and welcome to our live coverage of the war in Sudan.
The RSF launched a new assault on el-Fasher overnight, residents said, the third this month.
"""


def test_a_greeting_under_a_stamp_titles_the_day_s_opening_post() -> None:
    updates, _ = run(OPENING_POST)
    opening = next(u for u in updates if 5 in u.lines)
    assert opening.kind == "update" and opening.time == "07:00"
    assert sorted(opening.lines + opening.title_lines) == [5, 6, 7, 8]


@pytest.mark.parametrize("line", [
    "📺 Watch France 24 live on channel 582, on our website or on YouTube",
    "Watch Al Jazeera English live on YouTube",
    "Listen to BBC World Service live on 648 AM and online",
])
def test_a_broadcaster_s_prompt_to_watch_live_is_furniture(line: str) -> None:
    updates, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(3, "boilerplate: broadcast promo")]
    assert [u.lines for u in updates] == [[1]]


def test_news_of_a_live_broadcast_is_kept() -> None:
    _, dropped = run(f"{REPORT}\n\nState TV showed the strike live on its main channel, the ministry said.\n")
    assert not dropped


@pytest.mark.parametrize("line", ["Write a comment...", "Type your email…", "Leave a comment...", "12 more comments...",
                                  "View more replies", "∙"])
def test_a_newsletter_s_forms_and_comment_links_are_furniture(line: str) -> None:
    updates, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [d.line for d in dropped] == [3]
    assert [u.lines for u in updates] == [[1]]


def test_a_comment_stamped_by_its_age_alone_is_dropped_with_its_author_and_reply_link() -> None:
    text = (f"{REPORT}\n\nPavlo Hnatiuk\n2h\nThe bridge strike deserved more coverage. Thanks for the map.\nLike (2)\n"
            "Reply\nJane Okafor\nEditor\n1h\nWe will follow it up on Thursday.\nReply\n")
    updates, dropped = run(text)
    assert [d.line for d in dropped] == list(range(3, 13))
    assert [u.lines for u in updates] == [[1]]


def test_a_count_of_hours_in_a_report_is_kept() -> None:
    _, dropped = run(f"{REPORT}\n\nThe shelling of Kherson lasted 3h, the regional governor said.\nReply\n")
    assert 3 not in [d.line for d in dropped]


@pytest.mark.parametrize("line", [
    "An official website of the United States government",
    "Here’s how you know",
    "Official websites use .gov",
    "A .gov website belongs to an official government organization in the United States.",
    "Secure .gov websites use HTTPS",
    "A lock ( ) or https:// means you’ve safely connected to the .gov website.",
])
def test_a_government_site_s_banner_is_furniture(line: str) -> None:
    _, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(3, "boilerplate: government banner")]


def test_a_military_photo_s_caption_is_an_aside() -> None:
    caption = ("231104-A-AB123-1001 BALTIC SEA (Nov. 4, 2023) Sailors aboard the destroyer USS Example stand watch "
               "during an exercise. (U.S. Navy photo)")
    updates, _ = run(f"{REPORT}\n\n{caption}\n")
    assert [(u.lines, u.kind) for u in updates] == [([1], "update"), ([3], "aside")]


@pytest.mark.parametrize("line", [
    "Displaced families queue for water in Zamzam camp on March 2, 2024. Photo Radio Dabanga",
    "A destroyed bridge near Irpin. Picture UKRINFORM",
])
def test_a_caption_closed_by_its_credit_without_a_colon_is_furniture(line: str) -> None:
    _, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(3, "boilerplate: photo caption")]


def test_a_story_s_paragraphs_under_a_dated_caption_are_read_as_reports() -> None:
    text = ("Sudan: RSF shells el-Fasher as army counterattacks\nPublished on 12/05/2024 - 09:10\n\n"
            "Displaced families queue for water in Zamzam camp on May 2, 2024. Photo Radio Dabanga\n\n"
            "Khartoum, May 12th, 2024 - The RSF shelled el-Fasher's main market on Sunday morning, residents said.\n\n"
            "On Saturday evening, army spokesman Nabil Abdallah said the army had retaken two districts of the city.\n")
    updates, _ = run(text)
    assert [u.lines for u in updates if u.kind == "update"] == [[6], [8]]


@pytest.mark.parametrize("line", [
    "Radio Okapi is an independent news website based in Kinshasa.",
    "Sudan Tribune is a French non-profit news site covering Sudan and South Sudan.",
])
def test_an_outlet_s_description_of_its_site_is_furniture(line: str) -> None:
    _, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(3, "boilerplate: about the publisher")]


def test_a_site_in_the_news_is_kept() -> None:
    _, dropped = run(f"{REPORT}\n\nThe news website was blocked by the authorities on Monday, its editor said.\n")
    assert not dropped


@pytest.mark.parametrize(("line", "reason"), [
    ("All OCHA flash updates on Sudan can be found here.", "link prompt"),
    ("Previous situation reports are available here:", "link prompt"),
    ("We rely on readers like you to keep our reporters in Gaza. Please consider making a donation.",
     "donation appeal"),
])
def test_a_series_link_and_a_donation_appeal_are_furniture(line: str, reason: str) -> None:
    _, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(3, f"boilerplate: {reason}")]


def test_news_of_what_was_found_is_kept() -> None:
    _, dropped = run(f"{REPORT}\n\nA mass grave was found here last week, and more bodies can be found nearby, "
                     "the prosecutor said.\n")
    assert not dropped


def test_a_word_alone_between_share_buttons_is_one_of_them() -> None:
    text = f"{REPORT}\n\nShare on Facebook\nX\nShare on WhatsApp\n\nThe army said the shelling stopped at noon.\n"
    _, dropped = run(text)
    assert [(d.line, d.reason) for d in dropped] == [(n, "boilerplate: share buttons") for n in (3, 4, 5)]


def test_a_short_line_under_one_share_button_is_kept() -> None:
    _, dropped = run(f"{REPORT}\n\nShare on Facebook\nKherson\n\nThe army said the shelling stopped at noon.\n")
    assert 4 not in [d.line for d in dropped]


def test_a_report_s_note_on_when_its_information_stops_is_an_aside() -> None:
    note = ("All data valid as of 3 March 2024 at 18:00. Figures are provisional and may change as partners verify "
            "them.")
    updates, _ = run(f"{REPORT}\n\n{note}\n")
    assert [(u.lines, u.kind) for u in updates] == [([1], "update"), ([3], "aside")]


@pytest.mark.parametrize("line", ["October 12, 2020 · admin · No comments", "Feb 26, 2022 • Mariam T. • 12 Comments"])
def test_a_blog_post_s_meta_line_is_an_aside(line: str) -> None:
    updates, _ = run(f"{REPORT}\n\n{line}\n")
    assert [(u.lines, u.kind) for u in updates] == [([1], "update"), ([3], "aside")]


@pytest.mark.parametrize("line", [
    "We are updating this page as news comes in. Latest entries are at the top.",
    "This page will be updated throughout the day.",
])
def test_a_live_page_s_note_on_how_it_grows_is_an_aside(line: str) -> None:
    updates, _ = run(f"{REPORT}\n\n{line}\n")
    assert [(u.lines, u.kind) for u in updates] == [([1], "update"), ([3], "aside")]


@pytest.mark.parametrize("line", ["March 3, 20229:41 AM GMT+2Updated March 3, 2022",
                                  "3 March 2022 14:05 GMT Updated 3 March 2022"])
def test_a_story_s_day_and_clock_run_into_its_updated_note_are_an_aside(line: str) -> None:
    updates, _ = run(f"{REPORT}\n\n{line}\n")
    assert [(u.lines, u.kind) for u in updates] == [([1], "update"), ([3], "aside")]


def test_a_numbered_point_telling_what_became_of_things_named_above_continues_it() -> None:
    text = ("Press release No 41/2021\n\n"
            "1. Air defence units shot down two hostile drones over the northern district this morning.\n"
            "2. One of the drones fell near a village; no one was hurt.\n"
            "3. The ministry summoned the ambassador over repeated airspace violations.\n")
    updates, _ = run(text)
    assert [u.lines for u in updates if u.kind == "update"][:2] == [[3, 4], [5]]


def test_a_paragraph_on_some_of_the_things_named_above_continues_it() -> None:
    text = ("Two tankers were hit by missiles in the Gulf of Aden on Tuesday, the British maritime agency said.\n\n"
            "Both tankers were towed to Djibouti, where their crews were taken ashore.\n\n"
            "Separately, the Houthis said they had fired drones at Eilat on Wednesday.\n")
    updates, _ = run(text)
    assert [u.lines for u in updates if u.kind == "update"] == [[1, 3], [5]]


NEWSLETTER_HEAD = """\
Week 40: Khartoum bridges cut, talks in Jeddah stall
What changed on the ground this week, and what the two sides say about it
Amina Hassan
Nov 24, 2023
The army said on Thursday that its aircraft struck RSF positions near the Shambat bridge.
"""


def test_a_name_over_the_post_s_day_at_the_top_is_its_author_and_the_subtitle_a_dek() -> None:
    updates, _ = run(NEWSLETTER_HEAD)
    kinds = {n: u.kind for u in updates for n in u.lines}
    assert (kinds[2], kinds[3], kinds[5]) == ("aside", "aside", "update")
    assert next(u for u in updates if 3 in u.lines).why.startswith("byline")


def test_the_group_s_statement_details_what_the_group_named_above_announced() -> None:
    text = ("The Arakan Army (AA) announced on Monday that it had captured the town of Paletwa.\n\n"
            "In a statement on its website, the group said 60 junta soldiers had surrendered.\n\n"
            "In a statement on Tuesday, the military council said its troops had withdrawn in good order.\n")
    updates, _ = run(text)
    assert [u.lines for u in updates if u.kind == "update"] == [[1, 3], [5]]


def test_the_details_of_an_act_named_again_continue_it() -> None:
    text = ("Russian forces launched a missile strike on an energy facility in Odesa overnight, the governor said.\n\n"
            "The strike damaged two transformers and cut power to 40,000 homes.\n\n"
            "On Tuesday, Ukraine's air force said it had shot down 20 drones over Kyiv.\n")
    updates, _ = run(text)
    assert [u.lines for u in updates if u.kind == "update"] == [[1, 3], [5]]
