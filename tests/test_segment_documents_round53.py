"""Round 53 of the segmenter: a printed report's text (a PDF extracted to text, hard-wrapped). At a page break its
footnotes, page footer and running header are asides, each a line of its own, and the paragraph they cut runs on
under them; a table of events is a row to a line, each row dated by its first cell, a cell's wrapped rest in its
row and the table's source line an aside; a section lettered or numbered in Roman numerals titles no paragraph
(``parse_page`` is the one-page parser of ``tests/page_cases.py``; the rules are in ``chronik.segment.printed``)."""

from __future__ import annotations

import datetime as dt

from page_cases import parse_page

from chronik.model import Update
from chronik.segment.blocks import Block, split_blocks
from chronik.segment.headings import section_label
from chronik.segment.printed import FOOTER, FOOTNOTE, RUNNING_HEADER, page_furniture


def _owner(updates: list[Update], line: int) -> Update:
    return next(u for u in updates if line in u.lines)


# a human rights monitoring report on Ukraine: "Page N of M" footers, the report's short title atop each page
UKRAINE = """
    Report on the human rights situation in Ukraine
    II. Attacks affecting civilians
    14. On 9 March 2022, an air strike hit a maternity hospital in Mariupol, injuring at least
    17 people, including women in labour and medical staff. The Mission interviewed three
    witnesses, who described the destruction of the building and the evacuation of patients. 8
    15. On 16 March 2022, an aerial bomb struck the Drama Theatre in Mariupol, where hundreds
    of civilians had sheltered, with the word “children” painted on the ground outside the
    building. The Mission received credible information on at least a dozen deaths and con-
    8 Interviews conducted in Zaporizhzhia, 12 and 14 April 2022.
    Page 7 of 40
    Report on the human rights situation in Ukraine
    tinues to verify reports of a higher toll. The building was used as a shelter by civilians
    who had fled their homes in the city.
    16. On 8 April 2022, a missile carrying cluster munitions struck the railway station in
    Kramatorsk, where thousands of people were waiting to be evacuated. 9
    9 Information provided by the regional administration, 8 April 2022.
    Page 8 of 40
"""

# a letter to the Security Council on Sudan: the document's symbol atop each page, its number and page below
SUDAN = """
    S/2024/65
    IV. Situation in Darfur
    31. On 4 June 2023, fighters of the Rapid Support Forces entered El Geneina and looted
    the main market, according to residents who later crossed into Chad. The Panel received
    reports of the killing of civilians in the Al-Jamarik neighbourhood on the same day. 21
    32. On 14 June 2023, the Governor of West Darfur, Khamis Abakar, was abducted and killed
    hours after accusing the Rapid Support Forces of genocide in a television interview. The
    Panel obtained images of his body and a statement attributed to the group denying any
    21 Confidential sources, Adré, Chad, July 2023.
    24-00321 15/40
    S/2024/65
    responsibility for his death. The killing was followed by the flight of thousands of
    residents towards the border.
    33. In early November 2023, the Rapid Support Forces took control of Ardamata, near El
    Geneina, after the withdrawal of the army garrison. 22
    22 Meeting with humanitarian actors, N'Djamena, December 2023.
    16/40 24-00321
"""


def test_the_footnotes_footer_and_running_header_of_a_page_break_are_asides_and_the_paragraph_runs_on() -> None:
    for text, published, cut, rest, furniture in (
            (UKRAINE, dt.date(2022, 6, 29), 6, (12, 13), (9, 10, 11)),
            (SUDAN, dt.date(2024, 1, 15), 6, (12, 13), (9, 10, 11))):
        updates = parse_page(text, published, "UTC")
        paragraph = _owner(updates, cut)
        assert paragraph.kind == "update" and all(line in paragraph.lines for line in rest)
        assert not set(furniture) & set(paragraph.lines)
        assert all(u.kind == "aside" for u in updates if set(furniture) & set(u.lines))  # (a page number may go)
        last_note = _owner(updates, len(text.strip().splitlines()) - 1)
        assert last_note.kind == "aside" and last_note.date_basis == "publication"  # its date dates nothing


def test_a_word_split_over_the_page_break_is_joined() -> None:
    updates = parse_page(UKRAINE, dt.date(2022, 6, 29), "UTC")
    assert "deaths and continues to verify" in _owner(updates, 6).text


def test_page_furniture_needs_page_numbers_rising_twice_and_a_mark_for_each_note() -> None:
    lines = [line.strip() for line in SUDAN.strip().splitlines()]
    found = page_furniture(lines)
    assert found[9] == FOOTER and found[10] == RUNNING_HEADER and found[8] == FOOTNOTE and found[15] == FOOTNOTE
    assert page_furniture(lines[:10]) == {}  # one page number: no footer yet
    unmarked = [line.replace("day. 21", "day.") for line in lines]
    assert 8 not in page_furniture(unmarked)  # a numbered line no text marks is no footnote


def test_a_numbered_line_opening_with_a_day_is_no_footnote() -> None:
    lines = [
        "The Mission documented the following incidents in the period under review, each confirmed",
        "by at least two sources, and others it could not verify. 4",
        "4 March 2022 Shelling of a residential area in Chernihiv",
        "Page 3 of 9",
        "Report title",
        "The Mission continued to receive allegations throughout the period.",
        "Page 4 of 9",
    ]
    assert page_furniture(lines).get(2) is None


# a table of events under a paragraph, written "Mar. 3, 2022" (a research service's report) or "2023-10-07"
TABLES = (
    """
    The table below lists the main incidents reported by the monitoring mission during the first weeks of the
    invasion, as recorded in the daily reports that the mission published on its website until its withdrawal
    from the country at the end of the month. The list is not exhaustive and covers verified incidents only.
    Table 2
    Date Location Incident Casualties
    Mar. 1, 2022 Kharkiv Missile strike on the regional administration building in the city centre 29
    Mar. 3, 2022 Chernihiv Air strike on a residential area near the central square of the city 47
    Mar. 9, 2022 Mariupol Air strike on a maternity hospital complex in the city, which was
    destroyed
    Source: monitoring mission daily reports, March 2022.
    III. Displacement
    On 15 March 2022, the mission recorded more than three million refugees who had fled to neighbouring states.
    """,
    """
    The following table sets out the rocket and missile attacks on towns in the south of the country that were
    reported by the authorities over the period, with the number of projectiles recorded and the casualties
    among civilians, as far as the Commission could establish them from the material that it received.
    Table 5
    Date Town Projectiles Casualties
    2023-10-07 Sderot Rocket barrages from the morning onwards, several impacts in residential streets 12
    2023-10-09 Ashkelon Rocket barrage hitting a residential building and a school in the south of town 7
    2023-10-12 Ashdod Rocket fire on the port area and the industrial zone near the northern
    beach
    Sources: Commission, based on official statements and open sources.
    IV. Hostages
    On 24 November 2023, the first hostages were released under an agreement that included a pause in fighting.
    """,
)


def test_the_rows_of_a_printed_table_of_events_are_entries_dated_by_their_first_cell() -> None:
    for text, days in zip(TABLES, (["2022-03-01", "2022-03-03", "2022-03-09"],
                                   ["2023-10-07", "2023-10-09", "2023-10-12"]), strict=True):
        updates = parse_page(text, dt.date(2024, 5, 2), "UTC")
        rows = [_owner(updates, line) for line in (6, 7, 8)]
        assert [r.kind for r in rows] == ["update"] * 3 and [r.date for r in rows] == days
        assert len({id(r) for r in rows}) == 3
        assert 9 in rows[-1].lines  # the wrapped rest of the last row's cell
        assert _owner(updates, 10).kind == "aside"  # the table's sources
        assert _owner(updates, 11).kind == "aside" and 11 not in _owner(updates, 10).lines
        assert _owner(updates, 12).kind == "update" and 11 not in _owner(updates, 12).lines  # (its section's heading)


def test_a_report_s_lettered_section_titles_no_paragraph() -> None:
    text = """
        The Commission held its third session in Geneva and heard witnesses by video link from the region, over
        the course of several weeks, and gathered documents from states and organisations that it had asked for
        material, and from individuals who approached it through its secure channels, as set out below.
        B. Detention of civilians
        On 2 May 2023, the Commission interviewed former detainees held at a facility near the airport.
        C. Sexual violence
        On 7 May 2023, the Commission met survivors in a hospital in the capital.
    """
    updates = parse_page(text, dt.date(2023, 9, 1), "UTC")
    for heading, paragraph in ((4, 5), (6, 7)):
        assert _owner(updates, heading).kind == "aside"
        assert heading not in _owner(updates, paragraph).lines


def test_a_browser_page_s_dated_lines_are_not_read_as_a_printed_table() -> None:
    blocks = split_blocks(["Timeline", "4 March 2022 Russian forces seize the Zaporizhzhia plant",
                           "5 March 2022 Ceasefire in Mariupol collapses"])
    assert not any(b.bullet for b in blocks)


def test_a_report_s_lettered_or_roman_numbered_heading_is_a_section_label() -> None:
    for text in ("B. Interdiction of weapons at sea", "IV. Threats to maritime security",
                 "C. Attacks on health facilities in Khartoum", "II. Humanitarian access and the protection of aid"):
        assert section_label(Block(0, [1], text)), text
    assert not section_label(Block(0, [1], "Ceasefire talks resume in Doha"))



# news lists of an official site: each item its stamp line (day and clock), headline, summary and topics; one item
# posted without a clock has its day alone on that line
NEWS_LISTS = (
    """
    Press releases
    March 4, 2022, 18:20
    Foreign Minister holds talks with the OSCE Chairman-in-Office
    The Minister briefed the Chairman-in-Office on the shelling of the Zaporizhzhia nuclear power plant overnight.
    Topics: OSCE, Nuclear safety
    March 3, 2022
    Statement on the humanitarian corridors agreed in Belarus
    The Ministry welcomed the agreement reached at the second round of talks to open humanitarian corridors.
    Topics: Humanitarian issues
    March 2, 2022, 11:05
    Ambassador summoned over the shelling of Kharkiv
    The Ministry summoned the Ambassador and handed him a note of protest over the shelling of Kharkiv.
    Topics: Bilateral relations
    """,
    """
    News
    12.05.2023 16:40
    Minister meets the head of the ICRC delegation
    The Minister discussed with the head of the ICRC delegation access to detainees held in the occupied areas.
    Tags: ICRC, Detainees
    11.05.2023
    Decree on the evacuation of children from frontline communities signed
    The President signed the decree on the mandatory evacuation of children from communities near the front line.
    Tags: Evacuation
    10.05.2023 09:15
    Government allocates funds for the restoration of housing in Kharkiv region
    The Government allocated funds to restore housing damaged by shelling in the Kharkiv region.
    Tags: Reconstruction
    """,
)


def test_an_item_of_a_news_list_posted_without_a_clock_opens_on_its_day() -> None:
    for text, day in zip(NEWS_LISTS, ("2022-03-03", "2023-05-11"), strict=True):
        updates = parse_page(text, dt.date(2023, 5, 12), "UTC")
        item = _owner(updates, 6)
        held = {*item.lines, *item.title_lines}
        assert item.kind == "update" and item.date == day and {7, 8} <= held
        assert 5 not in held and 10 not in held


def _lines(*paragraphs: str) -> str:
    return "\n".join(paragraphs)


def test_a_paragraph_closing_on_the_initials_the_body_above_was_given_carries_its_report_on() -> None:
    for text in (_lines("KYIV, March 14 (Wire) -- Russian forces shelled the Zaporizhzhia nuclear plant's training "
                        "centre on Monday, the International Atomic Energy Agency (IAEA) said, days after the plant "
                        "lost external power.",
                        "The shells hit the roof of the building and damaged a radiation monitoring post near the "
                        "cooling ponds, the IAEA said.",
                        "In response, the agency sent two more experts to the site, it added, noting there had been "
                        "no rise in radiation levels."),
                 _lines("BEIRUT, Oct. 2 (Wire) -- Israeli aircraft struck a building in the southern suburbs of Beirut "
                        "on Wednesday, the Israel Defense Forces (IDF) said, hours after warning residents to leave.",
                        "The strike targeted a weapons depot used by the group's elite unit, the IDF said.",
                        "In a separate strike, aircraft hit a crossing on the Syrian border, it added, saying the "
                        "crossing was used to move weapons.")):
        updates = parse_page(text, dt.date(2024, 10, 2), "UTC")
        assert {1, 2, 3} <= set(_owner(updates, 1).lines)


def test_a_paragraph_closing_on_initials_nobody_above_was_given_is_a_report_of_its_own() -> None:
    updates = parse_page(_lines(
        "SEOUL, May 28 (Wire) -- North Korea launched about 260 balloons carrying trash across the border overnight, "
        "the Joint Chiefs of Staff said on Tuesday.",
        "The North also fired several short-range ballistic missiles into the East Sea on Thursday, the KCNA said."),
        dt.date(2024, 5, 30), "UTC")
    assert 2 not in _owner(updates, 1).lines


def test_a_wire_photo_s_caption_telling_what_it_shows_with_its_credit_is_no_update() -> None:
    updates = parse_page(_lines(
        "KHARTOUM, June 3 (Wire) -- Fighting resumed in the Sudanese capital on Saturday after a ceasefire expired, "
        "residents said.",
        "This image, released by the Sudanese army on June 2, shows smoke rising over the city centre after an air "
        "strike. (Wire)",
        "The army and the Rapid Support Forces accused each other of breaking the truce, the mediators said."),
        dt.date(2023, 6, 3), "UTC")
    assert all(u.kind == "aside" for u in updates if 2 in u.lines)
