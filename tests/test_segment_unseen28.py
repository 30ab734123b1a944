"""Round twenty-eight of page shapes, written for the shape rather than one outlet: a series of numbered releases
republished or translated by an outlet, each its number ("Communiqué No. 21") over its dateline ("Bamako, 1 June
2023") over its text, with the outlet's notes in square brackets between them; and the outlet's note that it will
update the page.

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest
from test_boilerplate import REPORT, run

from chronik.model import Update

COMMUNIQUES = """
    Malian army communiqués on the fighting around Kidal: full text
    by our Bamako bureau

    Communiqué No. 21
    Bamako, 1 June 2023
    The General Staff of the Armed Forces informs the public
    In the early hours, units of the FAMa neutralised a group of terrorists near Anefis and recovered two pick-ups.
    Our forces deplore two wounded, evacuated to Gao.
    Colonel Souleymane Dembélé, Director of Information and Public Relations of the Armies
    [We could not independently verify the army's account.]

    Communiqué No. 22
    Bamako, 3 June 2023
    The General Staff of the Armed Forces informs the public
    An air strike this afternoon destroyed a logistics depot of the armed terrorist groups east of Tessalit.
    Colonel Souleymane Dembélé, Director of Information and Public Relations of the Armies
    [On Sunday, a spokesman for the Permanent Strategic Framework told AFP the strike hit a market and killed five.]

    Communiqué No. 23
    Bamako, 5 June 2023
    The General Staff of the Armed Forces informs the public
    A convoy escorted by our forces reached Kidal this morning without incident.
    Colonel Souleymane Dembélé, Director of Information and Public Relations of the Armies
    [The original communiqué is reproduced below.]
    Communiqué N°23 de l'État-major général des Armées
    [The Sahel Observer will update this page as further communiqués are published.]
"""


def _lines(update: Update) -> list[int]:
    return sorted(update.lines + update.title_lines)


def _holding(updates: list[Update], line: int) -> Update:
    return next(u for u in updates if line in _lines(u))


def test_each_numbered_release_with_its_dateline_is_one_update_of_that_day() -> None:
    updates, _ = run(COMMUNIQUES)
    first, second, third = (_holding(updates, n) for n in (4, 12, 19))
    assert _lines(first) == [4, 5, 6, 7, 8, 9, 10]  # formula, text, signature and the bracketed caveat
    assert (first.title, first.date, first.kind) == ("Communiqué No. 21", "2023-06-01", "update")
    assert _lines(second) == [12, 13, 14, 15, 16] and second.date == "2023-06-03"
    assert _lines(third) == [19, 20, 21, 22, 23, 24, 25] and third.date == "2023-06-05"


def test_an_editors_note_reporting_a_claim_of_its_own_stands_apart() -> None:
    updates, _ = run(COMMUNIQUES)
    note = _holding(updates, 17)
    assert _lines(note) == [17] and note.kind == "update"
    assert note.date == "2023-06-04"  # "On Sunday" before the page of Tuesday 6 June


def test_the_outlets_note_that_it_will_update_the_page_is_an_aside() -> None:
    updates, _ = run(COMMUNIQUES)
    assert _holding(updates, 26).kind == "aside"


@pytest.mark.parametrize(("head", "dateline"), [
    ("Press Release No. 5", "Mekelle, 12 May 2023"),
    ("Statement #7", "12 May 2023"),
    ("Operational Update Nr. 3", "Done at Kyiv, 12 May 2023"),
])
def test_other_numbers_and_datelines_of_a_series(head: str, dateline: str) -> None:
    page = f"""
        {head}
        {dateline}
        Our forces repelled an attack on the northern outskirts of the town at dawn.
        The Spokesperson
        {head.replace("5", "6").replace("7", "8").replace("3", "4")}
        {dateline.replace("12", "14")}
        The enemy shelled residential areas of the town again, wounding four civilians.
        The Spokesperson
    """
    updates, _ = run(page)
    contents = [u for u in updates if u.kind == "update"]
    assert [_lines(u) for u in contents] == [[1, 2, 3, 4], [5, 6, 7, 8]]
    assert [u.date for u in contents] == ["2023-05-12", "2023-05-14"]


def test_one_numbered_statement_alone_is_no_series() -> None:
    page = """
        Statement No. 40
        Khartoum, 2 June 2023
        The army shelled the Kalakla district this morning, the Rapid Support Forces said.
    """
    updates, _ = run(page)
    assert not any(u.title == "Statement No. 40" for u in updates)


@pytest.mark.parametrize(("note", "time", "zone"), [
    ("[Posted on Telegram at 21:40 Kyiv time]", "21:40", "Europe/Kyiv"),
    ("[Published on the ministry's website at 9.15 pm]", "21:15", "Europe/Kyiv"),
    ("[Issued at 06:30 GMT]", "06:30", "UTC"),
])
def test_an_editors_note_of_when_a_release_was_posted_gives_its_clock(note: str, time: str, zone: str) -> None:
    page = f"""
        Statement No. 14
        Kyiv, 2 June 2023
        {note}
        Air defence destroyed 11 of 12 cruise missiles launched at the capital overnight.
        Statement No. 15
        Kyiv, 3 June 2023
        Debris fell on a school in the Darnytskyi district; no one was hurt.
    """
    updates, _ = run(page)
    first, second = (u for u in updates if u.kind == "update")
    assert (first.date, first.time, first.timezone) == ("2023-06-02", time, zone)
    assert _lines(first) == [1, 2, 3, 4]
    assert (second.date, second.time) == ("2023-06-03", None)


@pytest.mark.parametrize("line", [
    "Please refer to the attached file.",
    "Please see the attached documents for the full assessment.",
    "Please find attached report (PDF) below.",
    "Copy/paste the article video embed link below:",
    "Copy and paste the embed code",
])
def test_a_pointer_to_an_attachment_or_an_embed_prompt_is_furniture(line: str) -> None:
    updates, dropped = run(f"{REPORT}\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(2, "boilerplate: link prompt")]
    assert [u.lines for u in updates] == [[1]]


def test_a_report_that_speaks_of_an_attachment_is_kept() -> None:
    updates, dropped = run("The ministry said the attached list of 40 detainees was handed to the ICRC on Monday.\n")
    assert not dropped and updates[0].kind == "update"
