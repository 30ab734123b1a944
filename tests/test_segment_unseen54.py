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

A weekly magazine's diary of the week (met on ZZZZZZD's MEED page), its days headed by their weekday alone from
"THURSDAY" to "WEDNESDAY" in a Friday's issue: days in a row, the last on or before the issue's day, so the diary
opens on the Thursday eight days before it, not on the day before (nor on the Saturday after). A log whose newest day
comes first ("SUNDAY" / "SATURDAY" / "FRIDAY") goes back from the latest; weekdays in no order stay each the last such
day before the page (a guard).

A weekly paper's round-up of the week to Thursday (met on ZZZZZZ's Weekly Mail page), each item led by its weekday
("Friday: The Security Council voted ..." / "Saturday: ..." / ... / "Thursday: ..."), in a Friday's issue: days in
a row, so its "Friday" is the Friday a week before, not the day the paper came out; an item led by a weekday alone
in its section is read as before (a guard).

A day a street, a place or a body is named for ("a unit moving along 21 October Road", met on ZZZZZZC's UNOSOM
briefing; "the 6th of October Bridge", "the March 14 Alliance") is no date in running text; the day itself still is
(a guard).

A wire story closing on how the war came about (met on ZZZZZZA's and ZZZZZZD's Reuters stories: "The rebellion began
on August 2 when ...", "The Kurdish uprising began in early March ..."): a sentence opening on a war's or a rising's
beginning weeks before the story recalls it, background of the story's day (as the seed gold has it), not news of
that day. A day the sentence's own act is of, the war's beginning said after it, and a beginning of the story's week
still date their paragraphs (guards).

A meeting recalled by its day ("the intervention decided at the Nairobi meeting of 18 August", met on ZZZZZZA's
rebel statements) and a day once set for what has moved ("talks originally scheduled for 10 February have been
postponed", met on ZZZZZZ's DHA update) date no act; a letter's day that is its act's ("By a letter dated 5 March,
the ambassador informed the Council ...") still does (a guard).

A peacekeeping force's noon briefing (met on ZZZZS's UNPROFOR transcript): the military spokesman's turn passes on
one report after another ("Dutchbat reports that ...", "UNMOs in the enclave recorded ...", "The MSF team in the
hospital reports that ..."), each an update of its own, still in his turn; what he says in his own words ("I regret
to confirm ...") goes on his turn. A window of hours "between 1800 hours yesterday and 0800
hours this morning" opens no day of its own: it is the report's.

A party's page of its communiqués (met on ZZZZZZD's archive of a front's statements): the front announcing, in its own
name, "to our people" what its fighters did yesterday reports news, no promotion of itself.
"""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page

from chronik.dates.finder import find_dates
from chronik.segment.blocks import Block
from chronik.segment.boilerplate import _publisher_regex, reason_for

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


_DIARY = """
    Gulf aftermath: the week of the siege
    A diary of the crisis, Thursday to Wednesday
    THURSDAY
    Government troops shell the Bakara market; hospitals report 30 wounded.
    FRIDAY
    The elders of Hawiye clans meet in Afgooye to discuss a truce with the government.
    SATURDAY
    Aid agencies say 20,000 people have fled the capital towards Afgooye since Tuesday.
    SUNDAY
    The African Union mission says its base at the airport came under mortar fire.
    MONDAY
    The president appeals for talks with the insurgents.
    TUESDAY
    Insurgents seize the police station in Hodan district.
    WEDNESDAY
    The UN envoy arrives in Mogadishu for talks with both sides.
"""


def test_a_weekly_diarys_weekdays_are_days_in_a_row_before_the_issue():
    updates = parse_page(_DIARY, dt.date(2009, 5, 22), "Africa/Mogadishu")  # a Friday
    assert of(updates, "Government troops shell").date == "2009-05-14"
    assert of(updates, "Aid agencies say").date == "2009-05-16"
    assert of(updates, "The UN envoy arrives").date == "2009-05-20"


def test_a_logs_weekdays_newest_first_go_back_from_the_latest():
    updates = parse_page("""
        SATURDAY
        Insurgents seize the police station in Hodan district after a night of fighting.
        FRIDAY
        The president appeals for talks with the insurgents in a radio address.
        THURSDAY
        Government troops shell the Bakara market; hospitals report 30 wounded.
    """, dt.date(2009, 5, 22), "Africa/Mogadishu")  # a Friday: its Saturday is the week's before
    assert [of(updates, start).date for start in ("Insurgents seize", "The president appeals", "Government troops")] \
        == ["2009-05-16", "2009-05-15", "2009-05-14"]


def test_weekdays_in_no_order_are_each_the_last_such_day():
    """A guard: headings that do not follow one another are each the last such day on or before the page's."""
    updates = parse_page("""
        MONDAY
        The president appeals for talks with the insurgents in a radio address.
        THURSDAY
        Government troops shell the Bakara market; hospitals report 30 wounded.
        TUESDAY
        Insurgents seize the police station in Hodan district after a night of fighting.
    """, dt.date(2009, 5, 22), "Africa/Mogadishu")
    assert [of(updates, start).date for start in ("The president appeals", "Government troops", "Insurgents seize")] \
        == ["2009-05-18", "2009-05-21", "2009-05-19"]


@pytest.mark.parametrize("text", [
    "The Somali Salvation Front announces to our people and to world opinion that our fighters yesterday took the"
    " town of Galkayo after a day of fighting.",
    "The Somali Salvation Front informs our people that the enemy shelled our positions near Galkayo last night.",
])
def test_a_front_announcing_to_our_people_what_it_did_yesterday_is_news(text: str) -> None:
    publisher = _publisher_regex("Somali Salvation Front")
    assert reason_for(Block(0, [1], text, text), (), publisher) is None


def test_the_front_speaking_of_itself_is_still_self_promotion() -> None:
    """A guard: with no day of an act, the front on its own work is its promotion."""
    text = "The Somali Salvation Front thanks our supporters abroad; we will keep our archive of statements open."
    publisher = _publisher_regex("Somali Salvation Front")
    assert reason_for(Block(0, [1], text, text), (), publisher) == "boilerplate: self-promotion"


@pytest.mark.parametrize("text", [
    "A Somali army unit moving along 21 October Road came under heavy fire near the stadium.",
    "Traffic on the 6th of October Bridge was stopped after the blast.",
    "The March 14 Alliance said it would boycott the talks.",
])
def test_a_day_a_street_or_a_body_is_named_for_is_no_date(text: str) -> None:
    assert [m.text for m in find_dates(text, dt.date(2009, 6, 17))] == []


def test_the_day_itself_is_still_a_date() -> None:
    """A guard: the day alone, or before a word that names nothing after it, is the day."""
    found = find_dates("On 21 October Government troops took the road; on 6 October talks began.", dt.date(2009, 11, 1))
    assert [m.timex.value for m in found] == ["2009-10-21", "2009-10-06"]


_WIRE = """
    MOGADISHU, Aug 27 (Reuters) - Insurgents shelled the presidential palace in Mogadishu on Thursday, killing four
    guards, a government spokesman said.

    {last}
"""


def test_a_stories_recall_of_the_wars_beginning_is_background_of_its_day():
    last = ("The rebellion began on May 7 when militias in the south turned against the government, accusing it of"
            " corruption.")
    recall = of(parse_page(_WIRE.format(last=last), dt.date(2009, 8, 27), "Africa/Mogadishu"), "The rebellion began")
    assert (recall.kind, recall.date, recall.date_basis) == ("context", "2009-08-27", "publication")


@pytest.mark.parametrize(("last", "day"), [
    ("Fighting reached the port of Kismayo on August 1, nine days after the war began in the capital.", "2009-08-01"),
    ("The offensive began on Monday when government troops moved on the Bakara market.", "2009-08-24"),
])
def test_an_act_of_its_own_day_or_a_beginning_of_the_week_still_dates_the_paragraph(last, day):
    """A guard: the war's beginning said after the sentence's act, or days before the story, dates as before."""
    updates = parse_page(_WIRE.format(last=last), dt.date(2009, 8, 27), "Africa/Mogadishu")
    assert of(updates, last[:20]).date == day


@pytest.mark.parametrize("text", [
    "The Front condemns the intervention of Ethiopia in Somalia, decided at the Nairobi meeting of 18 August without"
    " the agreement of IGAD as a whole.",
    "The second round of talks between the Government and the Front in Djibouti, originally scheduled for 10 August,"
    " has been postponed to 26 August.",
])
def test_a_recalled_meeting_or_a_moved_day_dates_no_act(text):
    updates = parse_page(text, dt.date(2009, 8, 24), "Africa/Mogadishu")
    assert of(updates, text[:20]).date == "2009-08-24"


def test_a_letters_day_that_is_its_acts_still_dates_it():
    """A guard: "By a letter dated ..." tells the day the letter informed."""
    text = "By a letter dated 5 August, the ambassador of Somalia informed the Council that his Government would come."
    assert of(parse_page(text, dt.date(2009, 8, 24), "Africa/Mogadishu"), "By a letter").date == "2009-08-05"


_BRIEFING = """
    UNITED NATIONS MISSION IN SOMALIA
    PRESS BRIEFING
    Mogadishu, Monday, 10 August 2009, 1200 hours
    Briefers: Mr. John Roe, civilian spokesman; Lt. Col. Jane Doe, military spokesperson

    LT. COL. DOE: I will start with Baidoa. The insurgent offensive against the town continued this morning.

    I regret to confirm that two Ugandan soldiers were wounded and evacuated to the airport.

    The Ugandan battalion reports that a blocking position at the southern edge of the town came under tank fire.

    Military observers recorded 250 detonations between 1800 hours yesterday and 0800 hours this morning.

    We have asked both sides to respect the ceasefire. Our patrols will continue.

    QUESTION: Has the battalion asked for reinforcements?

    ANSWER (LT. COL. DOE): Not so far. The situation is being reviewed hour by hour.

    QUESTION: Is the mission going to defend Baidoa?

    ANSWER (MR. ROE): The mission is not a party to the conflict.
"""


def test_a_briefers_turn_passes_on_one_report_after_another():
    updates = parse_page(_BRIEFING, dt.date(2009, 8, 10), "Africa/Mogadishu")
    battalion = of(updates, "The Ugandan battalion reports")
    observers = of(updates, "Military observers recorded")
    assert battalion.kind == "update" and battalion.lines == [10]
    assert observers.lines == [12] and observers.date == "2009-08-10"


def test_the_briefers_own_words_go_on_the_turn():
    """The briefer's own "I regret to confirm ..." goes on the turn's paragraph above; the report after it does not."""
    updates = parse_page(_BRIEFING, dt.date(2009, 8, 10), "Africa/Mogadishu")
    assert of(updates, "LT. COL. DOE: I will start").lines == [6, 8]


_ROUND_UP = """
    Somalia this week: Djibouti talks end, the capital burns

    SOMALIA

    Friday: The United Nations Security Council voted unanimously in New York to extend the mission's mandate.

    Saturday: Government and insurgent delegations ended four days of talks in Djibouti without agreement.

    Sunday: Insurgent radio claimed its fighters had shot down a government helicopter near Baidoa.

    Monday: A government spokesman told reporters that troops had retaken the Bakara market.

    ETHIOPIA

    Friday: Ethiopian troops crossed the border at Beledweyne, residents said.
"""


def test_a_round_ups_weekdays_are_days_in_a_row_before_the_issue():
    updates = parse_page(_ROUND_UP, dt.date(2009, 2, 6), "Africa/Mogadishu")  # a Friday
    assert [of(updates, day).date for day in ("Friday: The United", "Saturday:", "Sunday:", "Monday:")] \
        == ["2009-01-30", "2009-01-31", "2009-02-01", "2009-02-02"]


def test_a_weekday_alone_in_its_section_is_read_as_before():
    """A guard: "Friday" leading the one item of its section, in a Friday's issue, is that Friday."""
    updates = parse_page(_ROUND_UP, dt.date(2009, 2, 6), "Africa/Mogadishu")
    assert of(updates, "Friday: Ethiopian troops").date == "2009-02-06"
