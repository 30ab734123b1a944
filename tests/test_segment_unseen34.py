"""Formats met on the blind sets ZZZU (Chechnya 1999-2000) and ZZZV (Boko Haram 2015), each on pages written for
these tests:

- in a briefing's transcript, a second briefer who adds to the first's answer ("I would add that ...") makes a
  statement of their own, not a line of the first's answer
- (a day between "the" and an event's noun, the object of a verb, "postpones the February 14 elections", names the
  event: see test_act_named_event.py)
"""

from __future__ import annotations

import datetime as dt

from tests.page_cases import of, parse_page

BRIEFING = """
Briefing by the Defence Ministry spokesman and the Chief of Operations
MODERATOR: Good morning. Today's briefers will take your questions.
QUESTION (AFP): Where is the rebel commander now?
JOHN MBEKI: According to our information, he left the town in December and is now in the hills to the north.
ANNA KOVAC: I would add that yesterday three fighters who came out of the town surrendered to our troops near the river.
QUESTION (Reuters): When will the operation end?
JOHN MBEKI: I will not name dates. The operation is going according to plan.
MODERATOR: Thank you. We will see you tomorrow.
"""


def test_a_second_briefer_adding_to_an_answer_makes_a_statement_of_their_own():
    updates = parse_page(BRIEFING, dt.date(2000, 2, 2), "Europe/Moscow")
    answer = of(updates, "JOHN MBEKI: According to our information")
    added = of(updates, "ANNA KOVAC: I would add")
    assert added is not answer
    assert 3 in [*answer.lines, *answer.title_lines]  # the question heads the first answer

