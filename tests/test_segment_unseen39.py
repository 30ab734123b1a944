"""Formats met on the blind sets ZZZZK (Afghanistan 1979-80) and ZZZZL (Tigray 2020), each on pages written for these
tests:

- a reference list of an organisation's press releases, each entry its document's symbol, its day in brackets, a
  dash and its title over a summary ("SC/14803 (25 February 2022) -- Council fails to adopt draft ..."): each entry
  is dated by the day in its brackets, not by the list's own date above them
- a social page's posts, each its page's name over its header ("Yesterday at 8:15 PM ·", "3d ·"), hashtags maybe
  between the header and the text: the header stamps the post across its hashtags, and an age in days alone on its
  line dates the post that many days before the page was saved
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.page_cases import of, parse_page

UKRAINE_LIST = """
    UNITED NATIONS
    Department of Public Information
    Reference List No. 22/4
    4 March 2022
    PRESS RELEASES ON THE SITUATION IN UKRAINE, 24 FEBRUARY - 3 MARCH 2022
    Security Council
    SC/14803 (25 February 2022) -- Security Council fails to adopt draft resolution on ending Ukraine crisis
    The draft received 11 votes in favour to 1 against (Russian Federation), with 3 abstentions.
    General Assembly
    GA/12406 (28 February 2022) – Assembly opens emergency special session on Ukraine
    The President of the Assembly opened the eleventh emergency special session with a minute of silence.
    GA/12407 (2 March 2022) -- Assembly demands Russian Federation withdraw all military forces from Ukraine
    Resolution ES-11/1 was adopted by a recorded vote of 141 in favour to 5 against, with 35 abstentions.
"""

KOREA_LIST = """
    Press releases, Department of State
    PR-612/1950 (June 26, 1950): Statement on the invasion of the Republic of Korea
    The Secretary of State said the attack was a clear breach of the peace.
    PR-618/1950 (June 28, 1950): Embassy staff evacuated from Seoul
    The Ambassador and his staff left Seoul for Suwon by road.
"""


@pytest.mark.parametrize(("page", "published", "days"), [
    (UKRAINE_LIST, dt.date(2022, 3, 4), {"The draft received": dt.date(2022, 2, 25),
                                         "The President of the Assembly": dt.date(2022, 2, 28),
                                         "Resolution ES-11/1": dt.date(2022, 3, 2)}),
    (KOREA_LIST, dt.date(1950, 6, 30), {"The Secretary of State": dt.date(1950, 6, 26),
                                        "The Ambassador and his staff": dt.date(1950, 6, 28)}),
])
def test_a_reference_list_s_entries_are_dated_by_the_day_after_their_symbol(page, published, days) -> None:
    updates = parse_page(page, published, "UTC")
    for start, day in days.items():
        update = of(updates, start)
        assert (update.date, update.date_basis) == (day.isoformat(), "heading"), start
        assert update.title is not None and update.title.split()[0][:3] in ("SC/", "GA/", "PR-")


def test_a_headline_with_a_year_in_brackets_is_no_dated_entry() -> None:
    updates = parse_page("""
        Security Council resolutions
        Resolution 462 (1980) -- Council calls an emergency special session
        The Council decided to convene an emergency special session of the General Assembly.
    """, dt.date(1980, 1, 16), "UTC")
    assert of(updates, "The Council decided").date == "1980-01-16"


FACEBOOK_PAGE = """
    General Staff of the Armed Forces of Ukraine
    3h ·
    Russian forces shelled Kharkiv overnight, hitting two residential blocks, the General Staff said.
    #StopRussia #Kharkiv
    General Staff of the Armed Forces of Ukraine
    Yesterday at 8:15 PM ·
    #Ukraine
    The enemy attempted to advance near Izium and was repelled with losses.
    General Staff of the Armed Forces of Ukraine
    3d ·
    Ukrainian units recaptured two villages north-west of Kyiv after heavy fighting.
    General Staff of the Armed Forces of Ukraine
    March 24 at 9:40 AM ·
    Air defence shot down four cruise missiles over Vinnytsia region overnight.
"""


def test_a_social_page_s_post_headers_stamp_their_posts() -> None:
    updates = parse_page(FACEBOOK_PAGE, dt.date(2022, 3, 28), "Europe/Kyiv")
    posts = [of(updates, start) for start in ("Russian forces", "The enemy", "Ukrainian")]
    assert [(post.date, post.time) for post in posts] == [("2022-03-28", None), ("2022-03-27", "20:15"),
                                                          ("2022-03-25", None)]
    assert of(updates, "The enemy").lines == [6, 8]  # (its header and text, not the hashtags between them)
