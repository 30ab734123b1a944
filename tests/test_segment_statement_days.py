"""A ministry's page of statements, each opening with its place and day ("Phnom Penh, 26 July 2025") over its
numbered points: those lines are day headings, each dating the statement's points below it and the relative days
they name ("this morning", "yesterday"). A news listing's items with their author or outlet and day under the
title ("Khmer Times | July 26, 2025") are dated by that line, and an item's "said yesterday" is the day before it.

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.segment.timestamps import signed_dateline
from tests.page_cases import of, parse_page

STATEMENTS = """
Statements of the Spokesperson
PRESS STATEMENT
On the Renewed Shelling of Border Villages
Tbilisi, 14 March 2024
1. At 06:20 this morning, artillery fire hit the outskirts of two border villages, damaging a school and three houses.
2. Yesterday evening, drones were seen over the reservoir near the administrative boundary line for about an hour.
Spokesperson of the Ministry
Colonel NINO BERIDZE

PRESS STATEMENT
On the Situation along the Line
Tbilisi, 12 March 2024
1. During the night, patrols recorded the movement of armoured vehicles near the line north of the main road.
2. The Ministry calls on the international monitors to visit the affected villages without further delay today.
Spokesperson of the Ministry
Colonel NINO BERIDZE
"""


def test_each_statement_is_dated_by_its_place_and_day():
    updates = parse_page(STATEMENTS, dt.date(2024, 3, 14), "Asia/Tbilisi")
    assert of(updates, "At 06:20 this morning").date == "2024-03-14"
    assert of(updates, "Yesterday evening").date == "2024-03-13"
    patrols = of(updates, "During the night, patrols")
    assert (patrols.date, patrols.date_basis) == ("2024-03-12", "heading")
    assert of(updates, "The Ministry calls on").date == "2024-03-12"
    assert of(updates, "Tbilisi, 12 March 2024").kind == "aside"


def test_a_single_place_and_day_stays_the_storys_dateline():
    page = """
    Talks resume in Geneva
    Geneva, 12 March 2024
    Delegations of both sides met on Tuesday at the Palais des Nations for a new round of talks on the border.
    The co-chairs said the talks would continue after a break of two weeks, when experts meet again.
    """
    updates = parse_page(page, dt.date(2024, 3, 14), "Europe/Zurich")
    assert all(u.date_basis != "heading" for u in updates)


LISTING = """
Tag: Border
Army says it repelled attack near the pass
Desk News | March 14, 2024
The army said it had repelled an attack on a border post near the pass early this morning, losing no soldiers.
Read more

Minister says talks are the only way
Anna Petrosyan | March 13, 2024
The foreign minister said yesterday that talks remained the only way to settle the dispute over the pass.
Read more
"""


def test_a_listings_items_are_dated_by_their_signed_date_lines():
    updates = parse_page(LISTING, dt.date(2024, 3, 14), "Asia/Yerevan")
    army = of(updates, "The army said it had repelled")
    assert army.date == "2024-03-14"
    assert army.title == "Army says it repelled attack near the pass"
    minister = of(updates, "The foreign minister said yesterday")
    assert minister.date == "2024-03-12"  # the day before the item's own day


@pytest.mark.parametrize(("text", "date"), [
    ("Khmer Times | July 26, 2025", "July 26, 2025"),
    ("AFP · 12 March 2024", "12 March 2024"),
    ("Sok Chanrith | July 26, 2025", "July 26, 2025"),
    ("Read more | July 26", None),  # no year: not a date line
    ("the army said on July 26, 2025", None),
    ("Home | News | World", None),
])
def test_which_lines_are_signed_date_lines(text, date):
    assert signed_dateline(text) == date


ENVOY = "\n".join([
    "Statement by the Special Envoy on the fighting around the capital",
    "Geneva, 9 April 2019 – The Special Envoy made the following statement to the press at the mission's headquarters:",
    "1. It is with deep regret that I announce the postponement of the national conference. We cannot ask "
    "participants to attend while shells fall on the capital.",
    "2. The United Nations condemns yesterday's air strike on the airport, the only functioning airport serving the "
    "capital. Attacks on civilian infrastructure are prohibited.",
])

ICRC = "\n".join([
    "Aid reaches the north",
    "Since the ceasefire took hold on 4 November, the Red Cross and its local volunteers in the north have:",
    "- visited three detention centres in the north and spoken with the detainees held there. Families were told.",
    "- delivered medical supplies and fuel to two hospitals close to the front line. Stocks last a week.",
])


def test_a_statements_long_numbered_paragraphs_are_updates_of_their_own():
    updates = [u for u in parse_page(ENVOY, dt.date(2019, 4, 9), "Europe/Zurich") if u.kind != "aside"]
    regret = of(updates, "It is with deep regret")
    assert "airport" not in regret.text
    assert of(updates, "The United Nations condemns").date == "2019-04-09"


def test_a_paragraphs_short_list_stays_its_own():
    updates = [u for u in parse_page(ICRC, dt.date(2019, 4, 9), "Europe/Zurich") if u.kind != "aside"]
    assert len(updates) == 1 and "delivered medical supplies" in updates[0].text
