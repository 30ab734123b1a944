"""A parliament's record of a debate, as the historic Hansard prints it: each paragraph opens with a section mark, a
speech with its speaker, an office holder by office and name in brackets ("§ The Secretary of State for Foreign
Affairs (Mr. Selwyn Lloyd) ..."), a member by title, name and seat ("§ Mr. Hugh Gaitskell (Leeds, South) ..."), or
by title and surname once named ("§ Mr. Lloyd ..."); the clock of the sitting stands on a line of its own ("§ 3.32
pm") and the record's citation ("HC Deb 31 October 1956 vol 558 cc1446-50") is its dateline. The speaker claims
the speech and its paragraphs without a name of their own. (A debate written for these tests.)"""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page

from chronik.extract import load_extract_data
from chronik.segment.speaker_labels import debate_speaker
from tests.attribution_cases import annotated

DEBATE = """
EGYPT AND ISRAEL
HC Deb 31 October 1956 vol 558 cc1446-50
§ 3.32 pm
§ The Secretary of State for Foreign Affairs (Mr. Selwyn Lloyd) With permission, I shall make a statement.
§ Early this morning Israeli forces were reported to be advancing towards the Suez Canal.
§ Mr. Hugh Gaitskell (Leeds, South) Did the Government consult the United States before the ultimatum?
§ Mr. Lloyd We informed the United States Government of our intentions last night.
§ Mr. Jo Grimond (Orkney and Shetland) Is the Security Council not meeting at this moment?
§ Mr. Lloyd The Security Council is meeting, and our representative will explain our position.
"""


def test_each_speech_is_its_speaker_s_and_the_sitting_s_clock_stamps_the_first():
    page = parse_page(DEBATE, dt.date(1956, 10, 31), "Europe/London")
    statement = of(page, "§ The Secretary of State for Foreign Affairs")
    assert (statement.context.speaker, statement.time) == ("Mr. Selwyn Lloyd", "15:32")
    assert of(page, "§ Early this morning").context.speaker == "Mr. Selwyn Lloyd"
    assert of(page, "§ Mr. Hugh Gaitskell").context.speaker == "Mr. Hugh Gaitskell"
    answer = of(page, "§ Mr. Lloyd We informed")
    assert answer.context.speaker == "Mr. Lloyd" and answer is not of(page, "§ Mr. Hugh Gaitskell")
    assert of(page, "HC Deb 31 October 1956").kind == "aside"


@pytest.mark.parametrize(("line", "speaker"), [
    ("§ The Prime Minister (Sir Anthony Eden) I beg to move the Motion.", "Sir Anthony Eden"),
    ("§ Mr. J. Enoch Powell (Wolverhampton, South-West) Is my right hon. Friend aware ...?", "Mr. J. Enoch Powell"),
    ("§ Mrs. Castle Will the Minister answer the question?", "Mrs. Castle"),
    # a paragraph of a speech, and the clock: no speaker
    ("§ On Sunday the cruiser was sunk with heavy loss of life.", None),
    ("§ 3.32 pm", None),
    # a speaker named without the record's section mark is no debate's
    ("Mr. Lloyd We informed the United States Government.", None),
])
def test_the_speaker_a_speech_opens_with(line, speaker):
    assert debate_speaker(line) == speaker


def test_a_speech_is_claimed_by_its_speaker():
    text = "§ Mr. Lloyd We informed the United States Government of our intentions last night."
    assert annotated(load_extract_data(), "Hansard", text)[0] == "Mr. Lloyd"
