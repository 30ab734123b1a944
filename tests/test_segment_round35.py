"""Round 35: lists of records in key-value form, and the topics of a question-and-answer briefing.

Pages under ``tests/pages/`` (registered in the META of ``test_segment_unseen.py``): a list of maritime security
warnings and a conflict observatory's event log (records whose field labels repeat, each dated by its own date field,
the dates of its references dating nothing), and a foreign ministry's briefing transcript (each question heads its
answer; a follow-up by its first words and its answer carry on the update above, "(Laughter.)" the answer it follows;
the closing lines are asides).
"""

from __future__ import annotations

import pytest
from test_segment_unseen import parse

from chronik.segment.exchanges import closes_session, opens_topic


def test_maritime_warnings_are_one_update_each_dated_by_their_date_field() -> None:
    page = parse("maritime_warnings_records")
    records = [u for u in page.reports if u.text.startswith("Warning no.")]
    assert [u.date for u in records] == ["2024-02-14", "2024-02-16", "2024-02-19"]
    first = page.of("Warning no.: 027/2024")
    for start in ("Date: 14 February 2024", "Position: 70NM", "The master reported", "Authorities are",
                  "Coalition naval update, 15 February 2024"):
        assert page.of(start) is first  # its fields, text and references are the record's
    assert page.holding(page.nos("Details:")[0]) is first
    assert page.of("Flag state statement") is page.of("Warning no.: 028/2024")
    page.not_reported("View warning")


def test_event_log_records_are_dated_by_the_event_not_by_who_reported_it() -> None:
    page = parse("protest_event_log")
    records = [u for u in page.reports if u.text.startswith("Event ID")]
    assert [u.date for u in records] == ["2024-03-03", "2024-03-05", "2024-03-08"]
    assert page.of("Reported by: Sudan Tribune") is page.of("Event ID: KHA-2024-0318")
    notes = [page.holding(n) for n in page.nos("Notes")]
    assert notes == [page.of(f"Event ID: KHA-2024-03{n}") for n in ("11", "18", "25")]


def test_a_briefing_topic_holds_its_follow_ups_and_the_closing_lines_are_asides() -> None:
    page = parse("ministry_qa_briefing")
    topic = page.of("SPOKESPERSON: We regret")
    assert page.no("QUESTION: Thank you. On the Middle East") in topic.title_lines
    for start in ("QUESTION: And will you summon", "SPOKESPERSON: There are no plans"):
        assert page.of(start) is topic  # (a follow-up by its first words)
    asked_on = page.of("SPOKESPERSON: Nothing is ever")  # a question of its own heads its answer
    assert asked_on is not topic and page.no("QUESTION: Is that a promise") in asked_on.title_lines
    assert page.of("(Laughter.)") is asked_on
    other = page.of("SPOKESPERSON: We have received the note")
    assert other is not topic and page.no("QUESTION: A different topic") in other.title_lines
    assert page.of("QUESTION: Just to follow up") is other
    assert page.of("SPOKESPERSON: Okay, thank you all.").kind == "aside"
    assert page.of("(The briefing ended").kind == "aside"


@pytest.mark.parametrize(("turn", "opens"), [
    ("Q: On Niger. The junta said on Sunday that the French ambassador must leave. Will Paris comply?", True),
    ("REPORTER: Thanks, Olena. Kyiv was hit again overnight. Do you expect more air defence?", True),
    ("QUESTION: Going back to Sudan – the RSF took El Fasher yesterday. Is the envoy travelling?", True),
    ("QUESTION: Minister, will the talks in Doha resume next week?", True),
    ("QUESTION: But isn't that a change of policy?", False),
    ("QUESTION: Okay, will that apply to the crossings too?", True),
    ("QUESTION: Can I follow up on that? Did the minister raise it?", False),
    ("QUESTION: Has the envoy spoken to them?", True),
    ("QUESTION: So the talks are off?", False),
    ("QUESTION: Sorry, on that, which crossings?", False),
])
def test_a_question_heads_its_answer_unless_it_says_it_follows_up(turn: str, opens: bool) -> None:
    assert opens_topic(turn) is opens


@pytest.mark.parametrize(("line", "closes"), [
    ("MS PATEL: Thank you very much.", True),
    ("SPOKESMAN: All right, thanks, everybody.", True),
    ("MR KIRBY: Thanks, everyone. We'll see you on Thursday.", True),
    ("[The press conference ended at 4:05 p.m. local time]", True),
    ("SPOKESMAN: Thank you. The minister will travel to Ankara tomorrow.", False),
    ("(Laughter.)", False),
])
def test_the_session_closes_with_thanks_or_a_note_of_its_end(line: str, closes: bool) -> None:
    assert closes_session(line) is closes
