"""Gaps found on the round-six pages (``tests/pages/``), each with a new example written for it: a reference list
under its heading (or a run of references with none) is dropped as such; a line under a dated timeline item with
no date and no blank line of its own carries the item on; a report's "Information Cutoff: ..." is a note on its
clock, not a title; a short section heading over several paragraphs is their label, not one story's title."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from test_segment_unseen import parse as parse_page

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Update
from chronik.segment import segment

REFERENCE = "citation: reference list"


def run(text: str, published: str | None = "2024-05-06") -> tuple[list[str], list[Update], dict[int, str]]:
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher="Desk",
                    published=dt.date.fromisoformat(published) if published else None, timezone="UTC")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in textwrap.dedent(text).strip("\n").splitlines()]
    updates, dropped = segment(Document("page", lines), source, config)
    return lines, updates, {d.line: d.reason for d in dropped}


def test_numbered_references_under_their_heading_are_a_reference_list() -> None:
    lines, updates, dropped = run("""
        Fighting around the dam

        3 May – Shelling damaged the spillway of the dam, the regional governor said.

        4 May – Engineers began repairs under fire, the operator said.

        References
        1. ^ "Dam spillway damaged". Kyiv Post. 3 May 2024. Retrieved 4 May 2024.
        2. ^ "Repairs begin at dam". Reuters. 4 May 2024.
        [3] https://example.org/dam-repairs

        External links
        Official site of the operator
    """)
    for no in range(7, 11):
        assert dropped.get(no) == REFERENCE, lines[no - 1]
    assert [u.date for u in updates if u.kind == "update"] == ["2024-05-03", "2024-05-04"]
    assert 12 not in dropped  # the list ends at the next heading


def test_a_references_heading_over_no_reference_is_kept_and_three_bare_references_are_a_list() -> None:
    _, updates, dropped = run("""
        Drones struck the port of Odesa overnight, the regional governor said.

        Notes
        The figures above are the navy's own.

        [4] "Port struck", AP, 5 May 2024.
        [5] "Grain terminal hit", Reuters, 5 May 2024.
        [6] https://example.org/odesa
    """)
    assert 3 not in dropped and 4 not in dropped  # "Notes" over a sentence: no reference list
    assert next(u.lines for u in updates if u.kind != "aside") == [1]
    assert [dropped.get(no) for no in (6, 7, 8)] == [REFERENCE] * 3


def test_reference_lists_on_the_pages_where_they_were_seen() -> None:
    shabaab = parse_page("shabaab_quarter_timeline")
    for no in range(shabaab.no("[1] "), shabaab.no("[4] ") + 1):
        assert shabaab.dropped.get(no) == REFERENCE
    assert shabaab.dropped.get(shabaab.nos("Sources")[1]) == REFERENCE  # the heading; the contents' entry is not one
    assert shabaab.dropped.get(shabaab.nos("Sources")[0]) == "boilerplate: table of contents"
    ctp = parse_page("iran_update_ctp")
    assert [ctp.why_dropped(f"[{k}] ") for k in (1, 2, 3)] == [REFERENCE] * 3


def holding(lines: list[str], updates: list[Update], start: str) -> Update:
    no = next(n for n, line in enumerate(lines, 1) if line.lstrip().startswith(start))
    return next(u for u in updates if no in u.lines or no in u.title_lines)


def test_a_cutoff_note_is_an_aside_on_the_report_s_clock_not_a_title() -> None:
    lines, updates, _ = run("""
        Sudan Situation Report, 12 March 2024
        Data cut-off: 12 March 2024, 18:00 GMT
        Shelling hit the main market in El Fasher, killing six people, the local resistance committee said.

        As of 14:00 GMT
        Paramilitary forces entered the village of Wad Ashana, residents said.
    """, None)
    for note, report in (("Data cut-off", "Shelling hit"), ("As of 14:00", "Paramilitary forces")):
        assert holding(lines, updates, note).kind == "aside", note
        u = holding(lines, updates, report)
        assert (u.kind, u.title, u.title_lines, u.time) == ("update", None, [], None), report


def test_information_cutoff_on_the_ctp_isw_update_is_an_aside() -> None:
    page = parse_page("iran_update_ctp")
    assert page.of("Information Cutoff: 2:00 pm ET").kind == "aside"
    assert page.of("The Iran Update provides insights").title is None


def test_a_region_heading_over_paragraphs_apart_labels_them_a_headline_with_a_verb_titles_its_story() -> None:
    lines, updates, _ = run("""
        Sahel Security Brief

        Mali and the Liptako-Gourma Region

        Jihadists attacked an army convoy near Boni, killing nine soldiers, the army said.

        The junta announced a curfew in the town of Douentza after the attack.

        Burkina Faso and Niger

        Drones struck a fuel depot in Djibo, residents said.

        The government of Niger expelled two French journalists.

        Army says its soldiers retook the Boulkessi base

        Soldiers returned to the Boulkessi base on Monday after a week of fighting, the army said.

        Engineers cleared mines around the base, a military source said.
    """)
    for start, heading in (("Jihadists attacked", "Mali and the Liptako-Gourma Region"),
                           ("The junta announced", "Mali and the Liptako-Gourma Region"),
                           ("Drones struck", "Burkina Faso and Niger"),
                           ("The government of Niger", "Burkina Faso and Niger")):
        u = holding(lines, updates, start)
        assert (u.kind, u.title, u.tags) == ("update", None, [heading]), start
    assert holding(lines, updates, "Mali and the").kind == "aside"
    story = holding(lines, updates, "Soldiers returned")  # a headline with a verb: one story's title
    assert story.title == "Army says its soldiers retook the Boulkessi base"
    assert holding(lines, updates, "Engineers cleared") is story


def test_ctp_isw_region_headings_are_section_labels() -> None:
    page = parse_page("iran_update_ctp")
    for heading, starts in (("Iran and the Axis of Resistance", ("The Islamic State claimed responsibility for the "
                                                                 "twin suicide bombings at the ceremony "
                                                                 "commemorating Qassem Soleimani in Kerman, which",
                                                                 "Iranian Supreme Leader")),
                            ("Iraq and Syria", ("A US drone strike killed Harakat", "The Iraqi government"))):
        assert page.of(heading).kind == "aside"
        units = [page.of(s) for s in starts]
        assert units[0] is not units[1]
        assert all((u.title, u.tags) == (None, [heading]) for u in units), heading


def test_a_dateless_line_set_under_a_timeline_item_carries_it_on() -> None:
    lines, updates, _ = run("""
        Chronology of the Sudan war, May 2024

        2 May – RSF fighters shelled the Abu Shouk camp in El Fasher.
        Medics said at least twelve people were killed.
        5 May – The army said it had retaken the Omdurman radio building.
        8 May – An air strike hit a market in Kabkabiya.

            Residents said the market was packed with shoppers.
        11 May – Heavy fighting broke out in eastern El Fasher.
    """, None)
    shelling = holding(lines, updates, "2 May –")
    assert holding(lines, updates, "Medics said") is shelling  # no blank line: the item's own
    assert (shelling.date, shelling.flags) == ("2024-05-02", [])
    strike = holding(lines, updates, "8 May –")
    assert holding(lines, updates, "Residents said") is strike  # indented under the item
    assert all(u.date is not None for u in updates if u.kind != "aside")


def test_a_paragraph_after_a_blank_line_under_a_spaced_timeline_item_stays_its_own() -> None:
    lines, updates, _ = run("""
        Chronology of the Sudan war, May 2024

        2 May – RSF fighters shelled the Abu Shouk camp in El Fasher.

        5 May – The army said it had retaken the Omdurman radio building.

        Aid agencies warned that food stocks in Darfur would run out within weeks.

        8 May – An air strike hit a market in Kabkabiya.
    """, None)
    warning = holding(lines, updates, "Aid agencies")
    assert warning is not holding(lines, updates, "5 May –") and warning.lines == [7]


def test_the_shabaab_timeline_s_attacker_line_joins_its_item() -> None:
    for dated in (True, False):
        page = parse_page("shabaab_quarter_timeline", dated=dated)
        attack = page.of("10 February –")
        assert page.of("The attacker was a recruit") is attack
        assert (attack.date, attack.date_basis, attack.flags) == ("2024-02-10", "explicit", [])
