"""Formats met on the blind sets ZZZZE (Suez 1956) and ZZZZF (Biafra) and those after them, each on pages written for
these tests:

- an older parliament's record, a member's heading on a line of its own over what they say, the honorific with its
  full stop and the seat alone in brackets, no party ("Mr. Harold Davies (Leek)", "The Minister of State for Foreign
  Affairs (Mr. Kenneth Younger)", "Mr. Younger"), the chair as "Mr. Speaker": each contribution is one update, its
  member the one who speaks, the chair's ruling an aside
- an office's list of its releases, each opening with its place and day in title case before a dash, no wire's name
  ("Geneva, 6 June 1969 – The Committee announces ..."): each release is dated by its own dateline where its text
  names no day, its "yesterday" counts from it, and the place is no claimant; the words in capitals over a
  release's dateline are its title
- a diary looking back on a war decades later, its title naming the days it covers ("The air war, 19–21 January
  1991") and its days counted ("Day 2"): each counter dates the notes under it, as it would on a page of the war
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_boilerplate import run

from chronik.config import Epoch
from chronik.extract import annotate
from chronik.extract.data import load_files
from chronik.model import Update
from chronik.segment.speakers import chair_heading, speaker_name
from tests.conftest import write
from tests.page_cases import of, parse_page

KOREA = """
    HANSARD 1803–2005
    KOREA
    HC Deb 05 July 1950 vol 477 cc485-90
    3.35 p.m.
    The Minister of State for Foreign Affairs (Mr. Kenneth Younger)
    With your permission, Mr. Speaker, I will make a statement on the situation in Korea.
    North Korean forces crossed the 38th parallel on 25th June and have continued their advance south of Seoul.
    486
    Mr. Anthony Eden (Warwick and Leamington)
    Can the right hon. Gentleman say what naval forces are now under the United Nations command?
    Mr. Younger
    Units of the Far Eastern Fleet have been placed at the disposal of the United Nations commander.
    Mr. Harold Davies (Leek)
    Will the Government make clear that our forces act only under the authority of the Security Council?
    Mr. Younger
    That is the position, and I have nothing to add to what the Prime Minister said last week.
    Mr. Clement Davies (Montgomery)
    Has any word been received from Peking about the intentions of the Chinese Government?
    Mr. Younger
    No, Sir, we have had no communication from Peking on this matter.
    Mr. Speaker
    Order. We must now proceed with the business of the day.
"""


def test_an_older_record_s_headings_title_the_contributions_under_them() -> None:
    updates, _ = run(KOREA, publisher="UK Parliament (Hansard)")
    said = [(u.title, u.title_lines, u.lines, u.context.speaker) for u in updates if u.kind == "update"]
    assert said == [
        ("The Minister of State for Foreign Affairs (Mr. Kenneth Younger)", [5], [4, 6, 7], "Kenneth Younger"),
        ("Mr. Anthony Eden (Warwick and Leamington)", [9], [10], "Anthony Eden"),
        ("Mr. Younger", [11], [12], "Kenneth Younger"),
        ("Mr. Harold Davies (Leek)", [13], [14], "Harold Davies"),
        ("Mr. Younger", [15], [16], "Kenneth Younger"),
        ("Mr. Clement Davies (Montgomery)", [17], [18], "Clement Davies"),
        ("Mr. Younger", [19], [20], "Kenneth Younger")]


def test_an_older_record_s_chair_and_ruling_are_asides() -> None:
    updates, _ = run(KOREA, publisher="UK Parliament (Hansard)")
    assert [(u.lines, u.kind) for u in updates if u.lines[0] >= 21] == [([21], "aside"), ([22], "aside")]


@pytest.mark.parametrize(("line", "name"), [
    ("Mr. Harold Davies (Leek)", "Harold Davies"),
    ("Sir Alec Douglas-Home (Kinross and West Perthshire)", "Alec Douglas-Home"),
    ("The Minister of State for Foreign Affairs (Mr. Kenneth Younger)", "Kenneth Younger"),
    ("Mrs. Barbara Castle (Blackburn, East)", "Barbara Castle"),
])
def test_the_member_an_older_heading_names(line: str, name: str) -> None:
    assert speaker_name(line, named_again=False) == name


@pytest.mark.parametrize("line", [
    "Kyiv (Ukraine)",  # a place and its country: no honorific
    "Mr. Younger",  # a member named again counts only on a record's page
    "Mr. Younger said the fleet had sailed.",
])
def test_a_line_that_is_no_older_member_s_heading(line: str) -> None:
    assert speaker_name(line, named_again=False) is None


def test_the_chair_with_its_full_stop() -> None:
    assert chair_heading("Mr. Speaker")
    assert speaker_name("Mr. Speaker") is None


def test_a_news_page_naming_two_people_with_their_towns_is_no_record() -> None:
    updates, _ = run("""
        Families wait for news from Korea
        Mrs. Mary Hughes (Cardiff)
        Her son sailed with the fleet in May, and she has had no letter since.
        Mr. John Platt (Leeds)
        He said the town would hold a service on Sunday.
    """, publisher="Example News")
    assert all(u.context.speaker is None for u in updates)


RELEASES = """
    UNHCR press releases, May 1992

    RELIEF CONVOY TURNED BACK AT SARAJEVO
    Geneva, 14 May 1992 – UNHCR said that a convoy of eleven trucks was turned back yesterday outside Sarajevo.
    The convoy was carrying flour and medicines for forty thousand people.
    Press Release REF/1034

    NEW ROUTE TO SARAJEVO
    Geneva, 19 May 1992 – UNHCR has asked all the parties to guarantee safe passage on the road from Split.
    The agency is awaiting their replies.
    Press Release REF/1038

    FUNDING APPEAL
    Geneva, 29 May 1992 – UNHCR said today that it was launching an appeal for 64 million dollars.
    Press Release REF/1041
"""


@pytest.fixture(scope="module")
def releases() -> list[Update]:
    updates = [u for u in parse_page(RELEASES, dt.date(1992, 5, 29), "Europe/Zurich") if u.kind != "aside"]
    data = load_files(None)
    for update in updates:
        annotate(update, None, data)
    return updates


def test_each_release_is_dated_by_its_own_dateline(releases: list[Update]) -> None:
    assert of(releases, "Geneva, 14 May").date == "1992-05-13"  # turned back yesterday
    assert of(releases, "Geneva, 19 May").date == "1992-05-19"
    assert of(releases, "Geneva, 29 May").date == "1992-05-29"


def test_a_release_s_dateline_is_no_claimant(releases: list[Update]) -> None:
    assert [u.attribution.who for u in releases] == ["UNHCR", "UNHCR", "UNHCR"]


def test_the_words_over_a_release_s_dateline_title_it(releases: list[Update]) -> None:
    assert [u.title for u in releases][1:] == ["NEW ROUTE TO SARAJEVO", "FUNDING APPEAL"]


def test_a_field_or_a_wire_s_slug_over_a_dateline_titles_nothing() -> None:
    updates = parse_page("""
        Sarajevo airport reopens
        Author: Staff reporter
        SARAJEVO (AP) -- U.N. troops took control of Sarajevo airport today and the first relief flight landed.
        URGENT
        2ND LEAD AIRPORT
        SARAJEVO (AP) -- A French transport plane carrying food landed at Sarajevo airport this afternoon.
    """, dt.date(1992, 6, 29), "Europe/Sarajevo")
    assert [u.title for u in updates if u.kind == "update"] == [None, None]


def test_a_timeline_s_day_before_a_dash_is_no_dateline() -> None:
    updates = parse_page("""
        Bosnia: a chronology
        Sunday, 3 May 1992 – Yugoslav army units detain the President at Sarajevo airport.
        Tuesday, 5 May 1992 – The Yugoslav army says it will leave Bosnia within two weeks.
    """, dt.date(1992, 6, 1), "Europe/Sarajevo")
    assert [(u.date, u.date_basis) for u in updates if u.kind != "aside"] == [
        ("1992-05-03", "explicit"), ("1992-05-05", "explicit")]


DIARY = """
    Skip to content
    The air war, 19–21 January 1991
    Twenty-five years ago, the coalition's air campaign against Iraq was in its first week. Day 1 was 17 January.
    Day 3
    • Iraq fires more Scud missiles at Tel Aviv.
    • Israel's cabinet decides not to retaliate for now, at the request of the United States.
    Day 4
    • Coalition aircraft strike bridges over the Euphrates.
    Day 5
    • Iraqi television shows captured coalition airmen.
"""


def test_a_diary_looking_back_counts_its_days_from_the_war_s_first() -> None:
    war = (Epoch("Gulf war", dt.date(1991, 1, 17), dt.date(1991, 2, 28)),)
    notes = [u for u in parse_page(DIARY, dt.date(2016, 1, 21), "Asia/Baghdad", "The air war, 19–21 January 1991", war)
             if u.text.startswith(("Iraq fires", "Israel", "Coalition", "Iraqi television"))]
    assert [(u.date, u.date_basis) for u in notes] == [
        ("1991-01-19", "day-counter"), ("1991-01-19", "day-counter"), ("1991-01-20", "day-counter"),
        ("1991-01-21", "day-counter")]


ARCHIVE = """
    Releases of the Ministry of Defence
    Ministry of Defence
    23 September 1980 | 14 Dhu al-Qadah 1400 AH
    OUR AIR FORCE STRIKES TEN ENEMY AIRFIELDS
    Our air force struck ten enemy airfields at noon today, a Defence Ministry spokesman said.
    All our aircraft returned safely to their bases.
    View PDF
    Ministry of Defence
    24 September 1980 | 15 Dhu al-Qadah 1400 AH
    KHORRAMSHAHR ENCIRCLED
    Our forces have encircled Khorramshahr from three directions, the General Command announced this morning.
    View PDF
    Ministry of Defence
    24 September 1980 | 15 Dhu al-Qadah 1400 AH
    SITUATION ON THE FRONTS: ENEMY ARMOUR HALTED NEAR DEZFUL
    An Iranian column which had advanced towards Dezful was destroyed this morning, a Defence Ministry spokesman said.
    View PDF
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> list[Update]:
    sides = write(tmp_path_factory.mktemp("archive") / "sides.yaml", """
        defaults: extend
        sides: {iraqi: {label: Iraq}, iranian: {label: Iran}}
        polities:
          - {name: Iraq, side: iraqi, adjective: Iraqi, government: Government of Iraq,
             forms: [Iraq, Iraqi, Baghdad, Ministry of Defence, Defence Ministry, General Command]}
          - {name: Iran, side: iranian, adjective: Iranian, government: Government of Iran, forms: [Iran, Iranian]}
    """)
    data = load_files(sides)
    updates = [u for u in parse_page(ARCHIVE, dt.date(1980, 9, 24), "Asia/Baghdad") if u.kind != "aside"]
    for update in updates:
        annotate(update, None, data)
    return updates


def test_a_date_line_in_two_calendars_dates_its_release(archive: list[Update]) -> None:
    assert [(u.date, u.title) for u in archive] == [
        ("1980-09-23", "OUR AIR FORCE STRIKES TEN ENEMY AIRFIELDS"), ("1980-09-24", "KHORRAMSHAHR ENCIRCLED"),
        ("1980-09-24", "SITUATION ON THE FRONTS: ENEMY ARMOUR HALTED NEAR DEZFUL")]


def test_the_office_s_name_over_each_date_line_and_the_file_link_are_no_release_s_lines(archive: list[Update]) -> None:
    assert [u.lines for u in archive] == [[5, 6], [11], [16]]


def test_a_topic_before_a_colon_is_no_one_and_the_unnamed_ministry_is_the_office_s_own(archive: list[Update]) -> None:
    assert (archive[-1].attribution.who, archive[-1].attribution.side) == ("Iraqi Defence Ministry", "iraqi")


LIVE = """
    Ukraine war: Russian forces advance on Kyiv – live
    Mon 28 Feb 2022 18.02 GMT
    Key events
    18.02 GMT Evening summary
    09.15 GMT Talks to open at the Belarus border
    18.02 GMT
    Evening summary
    Here are the main developments on the fifth day of the invasion:
    Ukrainian and Russian delegations met near the Belarus border and agreed to hold a second round of talks.
    A Russian rocket strike hit the centre of Kharkiv, the regional governor said.
    On Sunday, Belarus voted in a referendum to give up its non-nuclear status.
    09.15 GMT
    Talks to open at the Belarus border
    Ukraine's delegation has arrived at the border for the first talks with Russia since the invasion began.
"""


def test_a_key_events_box_and_a_post_s_summary_lines_at_its_clock() -> None:
    war = (Epoch("invasion", dt.date(2022, 2, 24)),)
    updates = parse_page(LIVE, dt.datetime(2022, 2, 28, 18, 2, tzinfo=dt.UTC), "Europe/London", None, war)
    assert [u.kind for u in updates if u.lines[0] in (4, 5)] == ["aside", "aside"]
    assert [(u.kind, u.title, u.time) for u in updates if u.lines == [6, 8]] == [("aside", "Evening summary", "18:02")]
    said = [(u.lines, u.date, u.time) for u in updates if u.kind != "aside" and u.lines[0] >= 6]
    assert said == [([9], "2022-02-28", "18:02"), ([10], "2022-02-28", "18:02"), ([11], "2022-02-27", None),
                    ([12, 14], "2022-02-28", "09:15")]


FBIS = """
    DAILY REPORT
    FOREIGN RADIO BROADCASTS
    No. 215 - 1956 MONDAY, 5 NOVEMBER 1956
    This report contains information from foreign radio broadcasts. It is for official use only.
    HUNGARY
    NAGY ANNOUNCES NEUTRALITY
    Budapest, Domestic Service, in Hungarian, 1900 GMT, 1 Nov 56--L
    (Text) Premier Imre Nagy announced that Hungary withdraws from the Warsaw Pact and declares its neutrality.
    SOVIET TROOPS REPORTED AT CAPITAL
    Budapest, Free Kossuth Radio, in Hungarian, 0420 GMT, 4 Nov 56--L
    (Text) Today at daybreak Soviet troops attacked our capital with the obvious intent of overthrowing the government.
"""


def test_an_older_monitoring_report_s_source_lines_stamp_their_items() -> None:
    items = [u for u in parse_page(FBIS, dt.date(1956, 11, 5), "UTC") if u.kind != "aside" and u.time]
    assert [(u.title, u.date, u.time) for u in items] == [
        ("NAGY ANNOUNCES NEUTRALITY", "1956-11-01", "19:00"),
        ("SOVIET TROOPS REPORTED AT CAPITAL", "1956-11-04", "04:20")]


SIGNED = """
    Press Releases
    TROOPS REACH PUTHUKUDIYIRUPPU JUNCTION
    Published: Monday, 20 April 2009 10:15
    Troops of the 58 Division reached the Puthukudiyiruppu junction this morning after heavy fighting.
    Several hundred civilians crossed into the cleared areas during the operation.
    UDAYA NANAYAKKARA
    Brigadier
    Military Spokesman
    NAVY INTERCEPTS BOATS OFF MULLAITIVU
    Published: Sunday, 19 April 2009 17:40
    Navy fast attack craft intercepted three boats off Mullaitivu last night and destroyed one of them.
    UDAYA NANAYAKKARA
    Brigadier
    Military Spokesman
    AIR FORCE JETS STRIKE SEA TIGER BASE
    Published: Saturday, 18 April 2009 09:05
    Air Force jets struck a Sea Tiger base at Vellamullivaikkal this morning, the Air Force said.
    UDAYA NANAYAKKARA
    Brigadier
    Military Spokesman
    Copyright © 2009 Ministry of Defence
"""


def test_a_release_s_signatory_block_is_its_last_lines() -> None:
    updates = parse_page(SIGNED, dt.date(2009, 4, 20), "Asia/Colombo")
    releases = [u for u in updates if u.kind != "aside" and u.title]
    assert [u.lines[-3:] for u in releases][:2] == [[6, 7, 8], [12, 13, 14]]


def test_a_headline_over_its_stamp_across_a_one_word_info_box() -> None:
    page = SIGNED.replace("    Published: Sunday, 19 April", "    Details\n    Published: Sunday, 19 April")
    titles = [u.title for u in parse_page(page, dt.date(2009, 4, 20), "Asia/Colombo") if u.kind != "aside"]
    assert "NAVY INTERCEPTS BOATS OFF MULLAITIVU" in titles
