"""Round twenty-five of page shapes, live pages: posts titled by a sentence over their stamp, a summary box whose
bullets lost their marks, the byline under a post's stamp, a flag line over a post's title, and a dated stamp of
the day before among the posts' undated "Posted at" stamps.

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

SENTENCE_TITLES = """
    Sudan War
    Live Updates
    Army and R.S.F. trade blame as fighting spreads in Omdurman
    The Sudanese army said it repelled an assault on its base; the R.S.F. said it took a bridge.

    Share full article
    Here are the latest developments:
    The Sudanese army said it had repelled an attack on the Wadi Seidna base north of Omdurman.
    The Rapid Support Forces said they had taken control of the Halfaya bridge.
    The U.N. refugee agency said more than 10,000 people had fled El Fasher in two days.

    R.S.F. says it has seized the Halfaya bridge.
    Feb. 6, 2024, 4:10 p.m. ET
    Declan Walsh
    Reporting from Nairobi, Kenya
    The Rapid Support Forces said in a statement on Tuesday that their fighters had seized the Halfaya bridge.
    The army did not immediately respond to the claim.
    Share full article

    Army says it repelled an attack on its base north of Omdurman.
    Feb. 6, 2024, 11:25 a.m. ET
    Abdi Latif Dahir
    Reporting from Nairobi, Kenya
    The Sudanese army said on Tuesday that it had repelled an attack on the Wadi Seidna base, killing dozens.
    Share full article

    U.N. says thousands have fled El Fasher.
    Feb. 6, 2024, 8:05 a.m. ET
    Declan Walsh
    Reporting from Nairobi, Kenya
    The U.N. refugee agency said on Tuesday that more than 10,000 people had fled El Fasher in two days.
    Share full article
"""


def test_a_sentence_over_each_post_stamp_titles_the_post_and_its_byline_is_the_posts() -> None:
    updates = parse_page(SENTENCE_TITLES, dt.date(2024, 2, 6), "America/New_York")
    bridge = of(updates, "The Rapid Support Forces said in a statement")
    assert bridge.title == "R.S.F. says it has seized the Halfaya bridge."
    assert bridge.time == "16:10"
    assert (bridge.title_lines, bridge.lines) == ([12], [13, 14, 15, 16, 17])  # headline; stamp, byline, the text
    base = of(updates, "The Sudanese army said on Tuesday")
    assert base.title == "Army says it repelled an attack on its base north of Omdurman."
    assert (base.title_lines, base.lines) == ([20], [21, 22, 23, 24])
    assert not any("Declan Walsh" in u.text or "Reporting from" in u.text for u in updates if u.kind != "aside")


def test_the_summary_lines_under_a_live_pages_colon_label_are_asides() -> None:
    updates = parse_page(SENTENCE_TITLES, dt.date(2024, 2, 6), "America/New_York")
    for start in ("The Sudanese army said it had repelled", "The Rapid Support Forces said they",
                  "The U.N. refugee agency said more than"):
        assert of(updates, start).kind == "aside"


def test_one_short_sentence_over_one_stamp_stays_the_post_above() -> None:
    page = """
        Live: Strikes on Kharkiv
        Feb. 6, 2024, 4:10 p.m. ET
        Regional officials said two missiles hit an industrial area of Kharkiv overnight.

        The mayor said no one was hurt.
        Feb. 6, 2024, 11:25 a.m. ET
        The air force said it shot down 12 of 15 drones launched overnight.
    """
    updates = parse_page(page, dt.date(2024, 2, 6), "Europe/Kyiv")
    assert of(updates, "The air force said").title is None


FLAGGED = """
    Live Reporting
    Posted at 19:40
    Lyse Doucet
    Chief international correspondent, reporting from Tehran
    A city that woke to sirens goes to sleep uneasy
    Streets that were crowded this morning are almost empty tonight, and queues have formed at petrol stations.
    Share
    Posted at 18:55
    BREAKING
    Israel says strikes on Iran have ended
    The Israeli military says its wave of strikes on military targets in Iran has been completed.
    Share
    Posted at 17:20
    Oil prices jump
    Brent crude rose more than 5% in early trading, the highest level in a month.
    Share
    Posted at 23:30 25 Oct
    Iran's air defences activated in Tehran
    Iranian state media say air defences have been activated over the capital after explosions were heard.
    Share
"""


def test_a_byline_and_a_headline_under_a_post_stamp_belong_to_the_post() -> None:
    updates = parse_page(FLAGGED, dt.date(2024, 10, 26), "Europe/London")
    post = of(updates, "Streets that were crowded")
    assert post.title == "A city that woke to sirens goes to sleep uneasy"
    assert post.time == "19:40"
    assert (post.title_lines, post.lines) == ([5], [2, 3, 4, 6])


def test_a_flag_line_under_a_post_stamp_gives_way_to_the_title_below_it() -> None:
    updates = parse_page(FLAGGED, dt.date(2024, 10, 26), "Europe/London")
    post = of(updates, "The Israeli military says its wave")
    assert post.title == "Israel says strikes on Iran have ended"
    assert (post.title_lines, post.lines) == ([10], [8, 9, 11])


def test_a_dated_posted_at_stamp_among_undated_ones_is_a_post_of_the_day_before() -> None:
    updates = parse_page(FLAGGED, dt.date(2024, 10, 26), "Europe/London")
    post = of(updates, "Iranian state media say")
    assert (post.date, post.time) == ("2024-10-25", "23:30")
    assert (post.title_lines, post.lines) == ([18], [17, 19])
