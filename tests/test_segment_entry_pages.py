"""Formats of single entries and articles: a liveblog entry saved on its own page (its headline over a byline ending
in the entry's clock, "By NAME Follow Today, 9:41 am", and a "Read more" list of other entries with their times);
a live page of bracketed stamps ("[17:10] 12,000 people have left ...") with an "UPDATE (16:45):" post inside one and
a stamped headline over a sentence worded as a lead-in ("As of 06:00, ..."); a weekly long read under day headings
with a dated byline ("by Eurasianet   3 March 2022") and a dek that ends by announcing what follows; a wire article
whose history paragraphs and statement details carry the update above on; a chronology's closing "Sources:" line."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Dropped, Update
from chronik.segment import segment
from chronik.segment.classify import byline_stamp
from chronik.segment.timestamps import find_stamp


def parse(text: str, published: dt.date | dt.datetime, tz: str, publisher: str = "Desk",
          title: str | None = None) -> tuple[list[Update], list[Dropped], list[str]]:
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher=publisher, title=title,
                    published=published, timezone=tz)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    updates, dropped = segment(Document("page", lines), source, config)
    return updates, dropped, lines


def holding(updates: list[Update], lines: list[str], start: str) -> Update:
    no = next(n for n, line in enumerate(lines, 1) if line.startswith(start))
    return next(u for u in updates if no in u.lines or no in u.title_lines)


ENTRY_PAGE = """
    Kyiv Herald
    Liveblog
    Ukraine says it downed 40 drones over the south overnight
    By Olena Hrytsenko Follow Today, 9:41 am
    Share on Facebook
    Ukraine's air force says its air defences shot down 40 of 47 Shahed drones launched overnight at the south.
    It says falling debris damaged a school and two houses in Mykolaiv, without casualties.
    The regional governor says power was restored to most of the city by the morning.
    Read more
    9:20 am  Zelensky meets Danish prime minister in Kyiv
    8:55 am  Power cuts scheduled across Kharkiv region
    Yesterday, 11:02 pm  Russia strikes Odesa port for a third night
"""


def test_a_liveblog_entry_on_its_own_page_is_one_stamped_titled_update() -> None:
    updates, _, lines = parse(ENTRY_PAGE, dt.datetime(2024, 5, 6, 9, 41), "Europe/Kyiv",
                              title="Ukraine says it downed 40 drones over the south overnight")
    entry = holding(updates, lines, "By Olena Hrytsenko")
    assert (entry.kind, entry.date, entry.time) == ("update", "2024-05-06", "09:41")
    assert entry.title == "Ukraine says it downed 40 drones over the south overnight"
    for start in ("Ukraine's air force says", "It says falling debris", "The regional governor says"):
        assert holding(updates, lines, start) is entry
    # the other entries' teasers, with their times, report nothing here
    for start in ("9:20 am", "8:55 am", "Yesterday, 11:02 pm", "Read more"):
        assert holding(updates, lines, start).kind == "aside"
    assert [u for u in updates if u.kind != "aside"] == [entry]


def test_the_clock_a_byline_ends_with_is_its_entry_s_stamp() -> None:
    for text, time, day in [("By Olena Hrytsenko Follow Today, 9:41 am", "09:41", "Today"),
                            ("By Lina Haddad | March 3, 2022, 14:05", "14:05", "March 3, 2022"),
                            ("By Sam Ortiz, 6:15 p.m.", "18:15", None)]:
        stamp = byline_stamp(text)
        assert stamp is not None and (stamp.time, stamp.date_text) == (time, day)
    assert byline_stamp("By Olena Hrytsenko") is None
    assert byline_stamp("By Lina Haddad, updated 14:05") is None  # when the page changed, not the entry's clock


def test_bracketed_clocks_before_a_figure_and_an_update_note_inside_a_post() -> None:
    assert find_stamp("[17:10] 12,000 people have left Rafah").body == "12,000 people have left Rafah"
    stamp = find_stamp("UPDATE (16:45): The toll rose to nine, the agency said.")
    assert stamp is not None and (stamp.time, stamp.body) == ("16:45", "The toll rose to nine, the agency said.")
    assert find_stamp("17:10 12,000 people have left") is None  # (unbracketed, a figure may be the clock's number)
    updates, dropped, lines = parse("""
        Gaza live: families move south
        [17:10] 12,000 people have left Rafah
        UNRWA said 12,000 people had left Rafah since the morning, most of them on foot.
        [15:30] Strike hits school shelter in Jabalia
        Gaza's civil defence said six people were killed when a strike hit a school used as a shelter.
        UPDATE (16:45): The toll rose to nine, the civil defence said.
        [11:00] Morning tally
        As of 06:00, 8,200 displaced people had reached Khan Younis, the agency said.
        [09:30] The health ministry said two hospitals in the north had run out of fuel.
    """, dt.date(2024, 5, 8), "Asia/Gaza")
    assert holding(updates, lines, "[17:10]").time == "17:10"
    note = holding(updates, lines, "UPDATE (16:45)")
    assert note is not holding(updates, lines, "[15:30]") and (note.kind, note.time) == ("update", "16:45")
    tally = holding(updates, lines, "[11:00]")
    assert holding(updates, lines, "As of 06:00") is tally and tally.kind == "update"
    assert not dropped


def test_people_who_told_the_outlet_s_reporter_something_are_its_report_not_self_promotion() -> None:
    updates, dropped, lines = parse("""
        Darfur live
        [10:15] Market closes in El Geneina
        Radio Dabanga's correspondent in El Geneina reports the market stayed shut. Traders told us they had no goods.
        Support Radio Dabanga: donate to our independent journalism today.
    """, dt.date(2024, 2, 3), "Africa/Khartoum", publisher="Radio Dabanga")
    assert not any(d.line == 3 for d in dropped)
    assert holding(updates, lines, "Radio Dabanga's correspondent").kind == "update"


LONG_READ = """
    Eurasianet
    Ukraine war, week two: Kharkiv shelled, talks in Belarus
    by Eurasianet   7 March 2022
    The second week brought shelling of Kharkiv's centre and talks in Belarus. Here is how the week unfolded.
    Tuesday, 1 March
    A missile struck the regional administration building on Kharkiv's Freedom Square, the governor said.
    The square, laid out in the 1920s, was rebuilt after the Second World War in the 1950s.
    Wednesday, 2 March
    Russian forces took control of Kherson, the city's mayor said.
"""


def test_a_long_read_s_dated_byline_and_the_dek_announcing_the_week_are_asides() -> None:
    updates, _, lines = parse(LONG_READ, dt.date(2022, 3, 7), "Europe/Kyiv",
                              title="Ukraine war, week two: Kharkiv shelled, talks in Belarus")
    assert holding(updates, lines, "by Eurasianet").kind == "aside"
    assert holding(updates, lines, "The second week brought").kind == "aside"
    strike = holding(updates, lines, "A missile struck")
    assert (strike.kind, strike.date) == ("update", "2022-03-01")
    assert holding(updates, lines, "The square, laid out") is strike  # its history, not a report of its own


ARTICLE = """
    Sittwe Monitor
    Arakan Army says it took Pauktaw police post
    10 February 2024
    SITTWE, Feb 10 (Sittwe Monitor) – The Arakan Army said it had taken the police post in Pauktaw.
    In a statement on Friday, the army's information department said 40 police officers had surrendered.
    The junta's spokesman said on Thursday that troops had withdrawn from the town in good order.
    The military seized power in a coup on 1 February 2021. It has since lost control of large parts of Rakhine State.
    In a televised statement, Myanmar's foreign minister said the country would hold elections next year.
    Rakhine State's rebels also attacked an outpost near Maungdaw, residents said.
    Maungdaw is the last town on the Bangladesh border still held by the junta.
"""


def test_an_article_s_history_and_the_details_of_a_statement_carry_the_report_above_on() -> None:
    updates, _, lines = parse(ARTICLE, dt.date(2024, 2, 10), "Asia/Yangon",
                              title="Arakan Army says it took Pauktaw police post")
    lead = holding(updates, lines, "SITTWE, Feb 10")
    assert holding(updates, lines, "In a statement on Friday") is lead  # the army's statement, in detail
    junta = holding(updates, lines, "The junta's spokesman")
    assert junta is not lead and holding(updates, lines, "The military seized power") is junta
    # another speaker's statement is a report of its own, whatever word it shares with the paragraph above
    assert holding(updates, lines, "In a televised statement") is not junta
    # how a place named above stands, no day of its own: background to that report
    assert holding(updates, lines, "Maungdaw is the last town") is holding(updates, lines, "Rakhine State's rebels")


def test_a_chronology_s_sources_line_is_an_aside() -> None:
    updates, _, lines = parse("""
        Conflict chronology: Sudan, January 2024
        3 Jan | RSF forces enter Wad Madani's outskirts.
        9 Jan | The army shells RSF positions in Omdurman.
        Sources: ACLED, OCHA, Reuters, Sudan Tribune; interviews by our field team.
    """, dt.date(2024, 2, 5), "Africa/Khartoum")
    assert holding(updates, lines, "Sources:").kind == "aside"
    assert holding(updates, lines, "3 Jan").kind == "update"
