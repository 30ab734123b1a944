"""A page's Facebook timeline as it looked in 2012 (met on ZZZZZZB's page of a coordination committee), written here
for a war of another continent, set without blank lines as a copy of it comes:

- the page's name stands right over each post's stamp ("Mogadishu Residents Network" / "Yesterday at 4:07pm" / the
  text), the first post's too: who posts, not each post's headline, and not a byline that would let the menu's last
  item ("Highlights") over the first post title it; a line repeated under each post's text but not over the first
  stamp still signs the posts (a guard);
- a reader's comment under a post closes on its own day, clock and "Like" button ("Yesterday at 11:58pm · Like"):
  the comment and its footer are asides, and the footer titles no post;
- the page sharing another's post says so over it ("... shared Jane Doe's status."): an aside, as "shared a post" is;
- a post's stamp may close on the place it is tagged with ("August 22 at 1:15pm near Baidoa"): still its stamp,
  clock and all.
"""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

_TIMELINE = """
    Facebook
    Search for people, places and things
    Mogadishu Residents Network
    Community
    Timeline
    About
    Photos
    Highlights
    Mogadishu Residents Network
    2 hours ago
    Mogadishu: Mortar shells fell on Bakara market this morning. Medina hospital received 21 wounded.
    Like · Comment · Share
    Mogadishu Residents Network
    Yesterday at 11:52pm
    Somalia: 34 civilians were killed today in fighting between government troops and al-Shabaab in Hodan.
    Like · Comment · Share
    View 12 more comments
    Hodan Yusuf May God have mercy on them. Mogadishu will be safe again
    Yesterday at 11:58pm · Like
    Mogadishu Residents Network
    Yesterday at 4:07pm
    Mogadishu: Heavy shelling on the Hawl Wadag district. Residents report two houses destroyed near the stadium.
    Like · Comment · Share
    Mogadishu Residents Network shared Baidoa Youth Union's status.
    August 22 at 9:40pm
    Baidoa Youth Union: Volunteers opened a second kitchen for the families who fled the fighting in Baidoa.
    Like · Comment · Share
    Mogadishu Residents Network
    August 22 at 1:15pm near Baidoa
    Baidoa: Elders in the Berdale quarter report that the militia left the town at dawn.
    Like · Comment · Share
"""


def _timeline() -> list:
    return parse_page(_TIMELINE, dt.date(2009, 8, 24), "Africa/Mogadishu")


def test_the_pages_name_over_each_stamp_is_who_posts_not_a_headline():
    updates = _timeline()
    first = of(updates, "Mogadishu: Mortar shells fell")
    assert (first.kind, first.date, first.lines) == ("update", "2009-08-24", [10, 11])
    names = [u for u in updates if u.text == "Mogadishu Residents Network"]
    assert [u.lines for u in names] == [[13], [20], [28]] and all(u.kind == "aside" for u in names)
    assert not any("Mogadishu Residents Network" in u.text for u in updates if u.kind == "update")


def test_a_comments_dated_footer_is_the_comments_and_titles_no_post():
    updates = _timeline()
    assert of(updates, "Hodan Yusuf May God").kind == "aside"
    assert of(updates, "Yesterday at 11:58pm").kind == "aside"
    shelling = of(updates, "Mogadishu: Heavy shelling")
    assert (shelling.kind, shelling.date, shelling.time, shelling.lines) == ("update", "2009-08-23", "16:07", [21, 22])


def test_a_notice_of_sharing_anothers_status_is_an_aside():
    updates = _timeline()
    assert of(updates, "Mogadishu Residents Network shared").kind == "aside"
    shared = of(updates, "Baidoa Youth Union: Volunteers")
    assert (shared.kind, shared.lines) == ("update", [25, 26])


def test_a_stamp_closing_on_its_place_tag_is_still_the_posts_stamp():
    elders = of(_timeline(), "Baidoa: Elders in the Berdale")
    assert (elders.kind, elders.date, elders.time, elders.lines) == ("update", "2009-08-22", "13:15", [29, 30])


def test_a_line_repeated_under_each_posts_text_still_signs_the_posts():
    """A guard: a signature under each post, not over the first stamp, stays the post's last line."""
    updates = parse_page("""
        Ministry of Information
        Press statements
        12 March 2009, 09:40
        Government troops took control of the Bakara market area after heavy fighting overnight.
        Press Office of the Ministry
        12 March 2009, 17:15
        The minister met elders from the Hodan district to discuss the return of displaced families.
        Press Office of the Ministry
        13 March 2009, 08:05
        The ministry said the airport road had reopened to traffic this morning.
        Press Office of the Ministry
    """, dt.date(2009, 3, 13), "Africa/Mogadishu")
    assert of(updates, "Government troops took control").lines == [3, 4, 5]
    assert of(updates, "The minister met elders").lines == [6, 7, 8]
