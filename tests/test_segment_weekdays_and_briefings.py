"""Two formats of accounts of the days before a page:

- a factbox's bare weekday headings ("WEDNESDAY" / what happened / "THURSDAY" / ...), three or more, are day
  headings, each the last such weekday on or before the page's date; one or two weekdays alone stay labels.
- a briefing transcript that names each reporter in the question's label ("QUESTION (Ana Silva, Lusa): ...") turns
  to a new exchange with each new reporter; the asker's turn is a question even when a sentence follows the question
  mark ("Who holds the town? There are reports ..."); a moderator's turns that only run the session ("We will now
  take questions.", "Thank you. That concludes today's briefing.") are asides.

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import datetime as dt

from tests.page_cases import of, parse_page

FACTBOX = """
FACTBOX-What we know about the attack on the port
Here is what we know so far:
WEDNESDAY
Gunmen attacked the port from two directions in the afternoon, hours after the company said work would resume.
THURSDAY
Fighting spread through the old town, and about 200 people were trapped at a hotel near the harbour.
SATURDAY
The company said it had suspended all work at the site and cut its workforce there to a minimum.
MONDAY
The militant group's news agency said its fighters had seized the port after three days of clashes.
"""


def test_bare_weekday_headings_date_their_days():
    updates = parse_page(FACTBOX, dt.date(2021, 3, 29), "Africa/Maputo")  # a Monday
    assert of(updates, "Gunmen attacked the port").date == "2021-03-24"
    assert of(updates, "Fighting spread through").date == "2021-03-25"
    assert of(updates, "The company said it had suspended").date == "2021-03-27"
    assert of(updates, "The militant group's news agency").date == "2021-03-29"
    assert {u.date_basis for u in updates if u.kind != "aside"} == {"heading"}


def test_one_weekday_label_dates_nothing():
    page = """
    Analysis
    WEDNESDAY
    The company said it would resume work at the site once security allowed, without giving a date.
    """
    updates = parse_page(page, dt.date(2021, 3, 29), "Africa/Maputo")
    assert of(updates, "The company said it would resume").date_basis != "heading"


BRIEFING = """
Transcript: press briefing on the attack
COLONEL ANA LOPES: Good afternoon. On Wednesday, 24 March, a group of gunmen attacked the port from two directions.
MODERATOR (Rui Costa, Ministry of Defence): We will now take questions. Please identify yourselves.
QUESTION (Ana Silva, Lusa): Colonel, who controls the port at this moment? There are reports that it has fallen.
COLONEL ANA LOPES: Our forces are in the port and are carrying out clean-up operations in some neighbourhoods.
QUESTION (Jorge Neto, STV): How many foreigners died in the attack on the hotel convoy?
COLONEL ANA LOPES: We cannot confirm the identities of the victims; it is for the competent authorities to do so.
MODERATOR (Rui Costa, Ministry of Defence): Thank you. That concludes today's briefing.
"""


def test_each_reporter_opens_an_exchange():
    updates = parse_page(BRIEFING, dt.date(2021, 3, 28), "Africa/Maputo")
    port = of(updates, "COLONEL ANA LOPES: Our forces are in the port")
    assert port.title is not None and port.title.startswith("QUESTION (Ana Silva, Lusa)")
    victims = of(updates, "COLONEL ANA LOPES: We cannot confirm")
    assert victims.title is not None and victims.title.startswith("QUESTION (Jorge Neto, STV)")
    assert "Our forces" not in victims.text


def test_a_moderators_procedure_is_an_aside():
    updates = parse_page(BRIEFING, dt.date(2021, 3, 28), "Africa/Maputo")
    assert of(updates, "MODERATOR (Rui Costa, Ministry of Defence): We will now").kind == "aside"
    assert of(updates, "MODERATOR (Rui Costa, Ministry of Defence): Thank you.").kind == "aside"
