"""Round 63: a printed hearing's transcript (the GPO print of a congressional committee's hearing): each turn opens
with its speaker's title and surname in capitals and a full stop; the speaker claims the turn; the clocked stage
directions and the print's opening line are the sitting's own updates at their clock."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

from chronik.segment import hearings, speaker_labels
from chronik.segment.blocks import Block
from chronik.segment.info import PARA, Info


def test_the_speaker_of_a_turn_in_capitals_claims_it_and_each_dated_act_in_it() -> None:
    page = parse_page("""
        [House Hearing, 118 Congress]
        THE BIDEN ADMINISTRATION'S FOREIGN POLICY PRIORITIES
        WEDNESDAY, MAY 22, 2024
        The committee met, pursuant to notice, at 10:02 a.m., in room 2172 Rayburn House Office Building.
        Chairman McCAUL. The committee will come to order. We meet today to hear from the Secretary of State.
        Mr. MEEKS. Thank you, Mr. Chairman, and welcome back, Mr. Secretary.
        Secretary BLINKEN. Thank you, Mr. Chairman, Ranking Member Meeks, members of the committee.
        On April 24, the President signed the national security supplemental into law.
        Within hours, we began moving air defense interceptors and ammunition to Ukraine.
        [Whereupon, at 12:47 p.m., the committee was adjourned.]
        """, dt.date(2024, 5, 22), "America/New_York")
    assert of(page, "Chairman McCAUL.").context.speaker == "Chairman McCaul"
    assert of(page, "Mr. MEEKS.").context.speaker == "Mr. Meeks"
    opening = of(page, "Secretary BLINKEN.")
    assert (opening.lines, opening.context.speaker, opening.date) == ([7], "Secretary Blinken", "2024-05-22")
    act = of(page, "On April 24, the President")
    assert (act.lines, act.context.speaker, act.date) == ([8, 9], "Secretary Blinken", "2024-04-24")
    assert (of(page, "The committee met").time, of(page, "[Whereupon, at 12:47").time) == ("10:02", "12:47")
    assert of(page, "[Whereupon, at 12:47").context.speaker is None


def test_a_senate_hearing_with_a_chair_a_hyphenated_witness_and_a_recess() -> None:
    page = parse_page("""
        THE CRISIS IN SUDAN
        TUESDAY, FEBRUARY 13, 2024
        The subcommittee met, pursuant to notice, at 2:31 p.m., in room SD-419, Dirksen Senate Office Building.
        Senator BOOKER. Good afternoon. The war between the SAF and the RSF has displaced millions.
        Senator RISCH. Thank you. The atrocities in West Darfur demand a response from this committee.
        Ambassador THOMAS-GREENFIELD. Thank you, Senators. The famine warnings for Sudan are the worst in decades.
        [Whereupon, at 3:40 p.m., the subcommittee recessed.]
        [Whereupon, at 3:52 p.m., the subcommittee reconvened.]
        Senator BOOKER. Ambassador, what is blocking aid at the Adre crossing?
        """, dt.date(2024, 2, 13), "America/New_York")
    assert of(page, "Ambassador THOMAS-GREENFIELD.").context.speaker == "Ambassador Thomas-Greenfield"
    assert of(page, "Senator BOOKER. Ambassador").context.speaker == "Senator Booker"
    assert [of(page, s).time for s in ("The subcommittee met", "[Whereupon, at 3:40", "[Whereupon, at 3:52")] == [
        "14:31", "15:40", "15:52"]


def test_a_house_chairman_named_by_office_and_no_transcript_from_one_speakers_lines() -> None:
    assert speaker_labels.printed_hearing_speaker("The CHAIRMAN. The committee will come to order.") == "The Chairman"
    assert speaker_labels.printed_hearing_speaker(
        "General MILLEY. Mr. Chairman, the Ukrainians have held the line.") == "General Milley"
    assert speaker_labels.printed_hearing_speaker("Senator Wicker said the budget falls short.") is None
    assert speaker_labels.printed_hearing_speaker("NATO. Allies met in Brussels.") is None
    # one speaker's lines quoted in a news story make no transcript
    quoted = [Info(Block(k, [k + 1], t), PARA) for k, t in enumerate([
        "Senator WICKER. The budget does not keep pace with inflation.",
        "Senator WICKER. The Navy is too small.", "Senator WICKER. We must do more for Taiwan."])]
    hearings.hearing_turns(quoted)
    assert [i.what for i in quoted] == [""] * 3
    assert hearings.sitting_clock("[Whereupon, at 11:05 a.m., the hearing was adjourned.]") == ("11:05", "11:05 a.m.")
    assert hearings.sitting_clock("At 11:05 a.m. the hearing was adjourned.") is None
