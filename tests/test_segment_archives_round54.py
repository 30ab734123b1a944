"""Round 54 of the segmenter: archival texts (transcribed war diaries, archive OCR, wire copy), each rule with
examples of other units, wars and archives than the blind pages that showed them."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from chronik.config import Config, Source
from chronik.ingest import Document, clean_line
from chronik.model import Dropped, Update
from chronik.segment import segment


def run(text: str, published: dt.date, timezone: str = "Europe/London") -> tuple[list[Update], list[Dropped]]:
    source = Source(id="page", file="p.txt", path=Path("p.txt"), publisher="An archive", published=published,
                    timezone=timezone)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    return segment(Document("page", lines), source, config)


def _at(updates: list[Update], line: int) -> Update:
    return next(u for u in updates if line in u.lines)


# a Canadian battalion in Sicily, 1943: the place and the date written when they change, the hours below
SICILY = """
    WAR DIARY
    Place Date Hour Summary of Events and Information
    PACHINO 10 Jul 0445 Bn landed on ROGER beach against light opposition. Two Italian coastal gunners surrendered.
    0610 A Coy reached the coast road. No casualties.
    0930 Bn HQ established in farm 4 miles inland.
    [The map references in this entry are illegible in the original. Ed.]
    1500 Carrier Pl patrolled to ISPICA. Town clear of enemy.
    Weather hot. Water short.
    11 Jul 0520 Bn moved NW towards ROSOLINI on foot.
    1245 Enemy MG posts on high ground engaged by C Coy; 12 PW taken.
    Signed: R J DAVIES Lt Col
"""


def test_a_war_diary_line_is_dated_by_its_date_column_or_the_one_above_and_timed_by_its_hour() -> None:
    updates, _ = run(SICILY, dt.date(1943, 7, 31))
    got = {line: (_at(updates, line).date, _at(updates, line).time) for line in (3, 4, 5, 7, 8, 9, 10)}
    assert got == {
        3: ("1943-07-10", "04:45"), 4: ("1943-07-10", "06:10"), 5: ("1943-07-10", "09:30"),
        7: ("1943-07-10", "15:00"), 8: ("1943-07-10", None),
        9: ("1943-07-11", "05:20"), 10: ("1943-07-11", "12:45"),
    }
    assert len({id(_at(updates, line)) for line in (3, 4, 5, 7, 8, 9, 10)}) == 7  # one update per diary line


def test_a_transcribers_note_in_brackets_is_an_aside_between_the_diary_lines() -> None:
    updates, _ = run(SICILY, dt.date(1943, 7, 31))
    assert _at(updates, 6).kind == "aside"
    assert _at(updates, 7).kind != "aside"


def test_a_first_world_war_diary_with_numeric_dates_and_hrs() -> None:
    # a British battalion on the Somme, 1916: dates as "1.7.16", hours with "hrs"
    updates, _ = run("""
        Place Date Hour Summary of Events
        ALBERT 30.6.16 2200 hrs Bn moved up to assembly trenches. Gas alarm, false.
        1.7.16 0630 hrs Intense bombardment by our artillery.
        0730 hrs Zero. Leading waves went over.
        0745 hrs Heavy MG fire from LA BOISSELLE. Leading waves held up at wire.
        1200 hrs Remnants of Bn withdrawn to own front line.
    """, dt.date(1916, 7, 31))
    got = [(_at(updates, line).date, _at(updates, line).time) for line in range(2, 7)]
    assert got == [("1916-06-30", "22:00"), ("1916-07-01", "06:30"), ("1916-07-01", "07:30"),
                   ("1916-07-01", "07:45"), ("1916-07-01", "12:00")]


def test_an_australian_diary_with_the_year_in_its_date_column() -> None:
    updates, _ = run("""
        TOBRUK 13 Apr 41 2330 Enemy tanks reported moving on EL ADEM road.
        14 Apr 41 0520 Enemy attack on R33 post. Tanks broke through the wire.
        0700 Enemy tanks withdrew under fire of 2 RHA. 1 Med Tank destroyed.
        1030 Counter-attack by C Coy restored the perimeter. 250 PW taken.
        1800 Situation quiet. Work on anti-tank ditch continued.
    """, dt.date(1941, 4, 30), timezone="Africa/Cairo")
    got = [(_at(updates, line).date, _at(updates, line).time) for line in range(1, 6)]
    assert got == [("1941-04-13", "23:30"), ("1941-04-14", "05:20"), ("1941-04-14", "07:00"),
                   ("1941-04-14", "10:30"), ("1941-04-14", "18:00")]


def test_a_list_of_years_is_no_war_diary() -> None:
    # an almanac's lines open with years, which would read as hours: none has a leading zero
    updates, _ = run("""
        Today in history: June 6
        1944 Allied troops landed on the beaches of Normandy.
        1968 Senator Robert F. Kennedy died of his wounds in Los Angeles.
        1982 Israeli forces invaded southern Lebanon.
        2004 Leaders marked the 60th anniversary of D-Day in Normandy.
        6 Jun 2023 The Kakhovka dam was destroyed.
    """, dt.date(2024, 6, 6))
    assert all(u.time is None for u in updates)


def test_an_old_papers_dateline_set_close_to_its_dash_is_no_date_of_the_news() -> None:
    # the paper's day in the dateline, the act's in the text ("yesterday"): a 1941 paper, a 1939 one with an em dash
    updates, _ = run("""
        WASHINGTON, Monday, Dec. 8--Japanese planes attacked the naval base at Pearl Harbor yesterday morning.
    """, dt.date(1941, 12, 8), timezone="America/New_York")
    assert updates[0].date == "1941-12-07"
    updates, _ = run("""
        LONDON, Sept. 4—German aircraft bombed the Polish capital yesterday, the Polish Embassy said.
    """, dt.date(1939, 9, 4))
    assert updates[0].date == "1939-09-03"


def test_a_second_story_filed_the_day_before_the_paper_counts_today_from_its_own_dateline() -> None:
    updates, _ = run("""
        LONDON, Monday, Sept. 4--The Prime Minister told the House that the Government would stand by Poland.
        Envoys Recalled
        PARIS, Sept. 3--The French Government announced today that France was at war with Germany from 5 P. M.
    """, dt.date(1939, 9, 4))
    assert _at(updates, 3).date == "1939-09-03"
    updates, _ = run("""
        ALBANY, N. Y., Nov. 10--Governor Dewey said today that the state guard would be called up.
    """, dt.date(1942, 11, 11), timezone="America/New_York")
    assert updates[0].date == "1942-11-10"


def test_an_old_papers_credit_line_under_the_byline_is_no_report() -> None:
    text = """
        By HANSON W. BALDWIN
        {credit}
        ALGIERS, Nov. 9--American troops entered the city early today after a brief fight at the harbor.
    """
    for credit in ("Special to THE NEW YORK TIMES.", "By Wireless to THE NEW YORK TIMES.",
                   "Special to The Washington Post", "By Cable to the Herald Tribune."):
        updates, _ = run(text.format(credit=credit), dt.date(1942, 11, 10), timezone="America/New_York")
        assert all(2 not in u.lines for u in updates if u.kind != "aside"), credit


def _dropped(text: str, published: dt.date) -> dict[int, str]:
    _, dropped = run(text, published, timezone="America/New_York")
    return {d.line: d.reason for d in dropped}


def test_an_archives_note_on_its_copy_and_its_reuse_terms_are_furniture() -> None:
    dropped = _dropped("""
        Transcribed by volunteers from the microfilm of the evening edition. Spelling as in the original.
        MOSCOW, June 22 (UP)--German troops crossed the Soviet frontier at dawn today, the Soviet radio said.
        Digitized from the reel held at the State Library; page images are available on request.
        Crown copyright: reproduced with the permission of the Controller of HMSO.
        Rights: Educational use only. Not for publication without written permission.
    """, dt.date(1941, 6, 22))
    assert set(dropped) == {1, 3, 4, 5}


def test_a_wires_pickup_and_insert_lines_between_takes_are_furniture() -> None:
    dropped = _dropped("""
        BERLIN (UPI) -- EAST GERMAN TROOPS SEALED THE BORDER BETWEEN EAST AND WEST BERLIN EARLY TODAY.
        MORE
        ADD 2 BERLIN XXX THE SECTOR BORDER.
        WEST BERLIN MAYOR WILLY BRANDT CALLED THE CLOSURE ''AN OUTRAGEOUS INJUSTICE.''
        BONN -- INSERT AFTER 3RD PGH B014:
        CHANCELLOR KONRAD ADENAUER CALLED FOR CALM IN A RADIO ADDRESS.
        1ST ADD 2ND LEAD BERLIN B014 X X X OUTRAGEOUS INJUSTICE.''
        ALLIED COMMANDANTS MET IN THE AFTERNOON.
    """, dt.date(1961, 8, 13))
    assert {3, 5, 7} <= set(dropped)
    assert not {1, 4, 6, 8} & set(dropped)


def test_a_link_to_the_next_part_and_an_appeal_for_material_are_furniture() -> None:
    dropped = _dropped("""
        4 Aug 0600 Bn stood to. Enemy shelling of the ridge.
        Next: 5 - 31 August 1916 >
        < Previous: July 1916
        If you have letters or photographs of men of the battalion, please get in touch via our contact form.
    """, dt.date(1916, 8, 31))
    assert {2, 4} <= set(dropped)


def test_a_papers_archive_furniture_and_an_old_caption_are_not_reports() -> None:
    dropped = _dropped("""
        This is a digitized version of an article from the paper's print archive, before online publication began.
        BERLIN, Aug. 14--Soviet and East German troops kept the sector border closed yesterday, the Allied command said.
        ON THE BORDER: East German workers string barbed wire along the sector line. Associated Press Wirephoto
        THE NEW FRONT: Map shows the sector border through the city. The Times (by Jane Roe)
        This article appeared in the Foreign section of the print edition under the headline "The wall goes up".
        A version of this article appears in print on Aug. 15, 1961, Page 1 of the New York edition.
    """, dt.date(1961, 8, 15))
    assert set(dropped) == {1, 3, 4, 5, 6}


def test_the_headline_under_a_papers_jump_line_is_the_storys_jump_heading() -> None:
    updates, _ = run("""
        LONDON, Sept. 4--British bombers attacked German warships at Wilhelmshaven yesterday, the Air Ministry said.
        Continued on Page 4, Column 3
        Continued From Page One
        BRITISH BOMBERS RAID NAZI FLEET
        The Admiralty announced last night that the liner Athenia had been sunk off the Hebrides.
    """, dt.date(1939, 9, 4))
    heading = _at(updates, 4)
    assert heading.kind == "aside"
    assert _at(updates, 5).title is None


def test_a_quote_set_in_two_apostrophes_carries_on_the_speaker_above() -> None:
    # a teletype's quote in capitals, and a typescript's in mixed case
    for above, quote in [
        ("GEN. CREIGHTON ABRAMS TOLD NEWSMEN AT THE BASE THAT THE ENEMY HAD BEEN DRIVEN BACK WITH HEAVY LOSSES.",
         "''THEY PAID A TERRIBLE PRICE FOR IT,'' ABRAMS SAID."),
        ("The regional commander told reporters in Mostar that the shelling had stopped before dawn.",
         "''We expect it to start again tonight,'' he said."),
    ]:
        updates, _ = run(f"{above}\n{quote}\n", dt.date(1968, 5, 6), timezone="Asia/Ho_Chi_Minh")
        assert [u.lines for u in updates] == [[1, 2]], quote
