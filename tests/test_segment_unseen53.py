"""A conversation saved from Twitter's page of one tweet as it looked in 2015, met on ZZZZZV's page of a presidency
adviser and a journalist, written here for a war of another continent:

- the tweets the focused one answers come first, each under its header ("Name @handle · Dec 11"); the focused
  tweet shows its author's name and handle on lines of their own over its text, and its full stamp under the text
  and its counts, a clock, a dash and a day ("11:42 PM - 11 Dec 2015"): that line stamps the focused tweet, with
  its clock, and the name over its handle is who posts it;
- its counts are written word first ("RETWEETS 156 LIKES 94") and are dropped as any post's counts are;
- the name and handle under a post of the timeline open the next, focused, post: they are not a card embedded in
  the post above, as they would be under a live page's post;
- the tweets under it that open on a handle answer the conversation of several accounts: news posts of their own,
  not readers' replies to one author's thread.
"""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

_CONVERSATION = """
    Have an account? Log in
    Abdirahman Omar @AbdirahmanOmar · Mar 4
    Early this morning, al-Shabaab fighters attacked the police station in Hamar Weyne. They were repelled.
    38 replies 214 retweets 96 likes
    Faduma Ali @fadumaali · Mar 4
    @AbdirahmanOmar Mortars falling on Bakara market since dawn and still at noon. Several were killed.
    12 replies 87 retweets 31 likes
    Abdirahman Omar
    @AbdirahmanOmar
    Follow
    @fadumaali Those who attacked the station today are the same men who shell the market every week.
    RETWEETS 156 LIKES 94
    11:42 PM - 4 Mar 2010
    Reply Retweet Like More
    Hodan Yusuf @hodanyusuf · 10h
    @AbdirahmanOmar @fadumaali Soldiers and militia have been going door to door in Hodan district since last night.
    45 replies 301 retweets 120 likes
"""


def test_an_old_tweets_stamp_under_its_text_stamps_it_with_its_clock():
    updates = parse_page(_CONVERSATION, dt.date(2010, 3, 5), "Africa/Mogadishu")
    focused = of(updates, "@fadumaali Those who attacked")
    assert (focused.date, focused.time) == ("2010-03-04", "23:42")
    assert "11:42 PM" not in focused.text


def test_the_name_over_the_handle_is_who_posts_the_focused_tweet():
    updates = parse_page(_CONVERSATION, dt.date(2010, 3, 5), "Africa/Mogadishu")
    assert of(updates, "@fadumaali Those who attacked").context.sender == "Abdirahman Omar"


def test_counts_written_word_first_are_dropped():
    updates = parse_page("""
        Faduma Ali @fadumaali · Mar 4
        Mortars falling on Bakara market since dawn and still at noon. Residents say several people were killed.
        RETWEETS 156 LIKES 94
        Hodan Yusuf @hodanyusuf · Mar 4
        Soldiers have been going door to door in Hodan district since last night.
        FAVORITES 12
    """, dt.date(2010, 3, 5), "Africa/Mogadishu")
    assert [u.text for u in updates if "RETWEETS" in u.text or "FAVORITES" in u.text] == []


_ANSWERED = """
    Abdirahman Omar @AbdirahmanOmar · Mar 4
    Early this morning, al-Shabaab fighters attacked the police station in Hamar Weyne. They were repelled.
    38 replies 214 retweets 96 likes
    Faduma Ali @fadumaali · Mar 4
    @AbdirahmanOmar Mortars falling on Bakara market since dawn and still at noon. Residents say several were killed.
    12 replies 87 retweets 31 likes
    Reply Retweet Like More
    Abdirahman Omar
    @AbdirahmanOmar
    @fadumaali Those who attacked the station today are the same men who shell the market every week.
    9:42 PM · Mar 4, 2010
    156 Retweets 94 Likes
    Hodan Yusuf @hodanyusuf · Mar 4
    @AbdirahmanOmar @fadumaali Soldiers and militia have been going door to door in Hodan district since last night.
    45 replies 301 retweets 120 likes
"""


def test_a_tweet_answering_a_conversation_of_several_accounts_is_news_of_its_own():
    updates = parse_page(_ANSWERED, dt.date(2010, 3, 5), "Africa/Mogadishu")
    answer = of(updates, "@AbdirahmanOmar @fadumaali Soldiers")
    assert answer.kind != "aside"
    assert answer.date == "2010-03-04"


def test_a_reply_under_one_accounts_thread_stays_a_readers_reply():
    """Guard: under a thread of one account, a post of another account opening on a handle is a reader's reply."""
    updates = parse_page(_ANSWERED.replace("Faduma Ali @fadumaali", "Abdirahman Omar @AbdirahmanOmar"),
                         dt.date(2010, 3, 5), "Africa/Mogadishu")
    assert of(updates, "@AbdirahmanOmar @fadumaali Soldiers").kind == "aside"
