"""Attribution cases met on the blind set ZZZZZM (Nepal 2005-06), on text written for these tests:

- a briefing's answer under a titled surname ("Mr. Colville: ...") is the person the transcript's header names in full
  ("Spokesperson for the UN High Commissioner for Human Rights: Rupert Colville", see
  ``chronik.segment.briefers``), for the body whose page it is, where the answer names no other source; an answer
  relaying a source ("... the army told us ...") stays that source's (the last two cases are guards: the rule before
  gave neither to the briefer);
- a stand taken by saying how one feels ("X is deeply concerned by the ordinance", "was alarmed by ...") is X's, the
  "by" naming what, not an agent (residents alarmed by shelling say nothing: a guard); a statement read to a body
  ("read to the Council a cablegram") is its reader's;
- the UN's High Commissioners and Under-Secretaries-General speak for the UN, named with or without "UN";
- a wire's dateline whose place is three words, or has where it is in brackets ("Chahid El Hafed (Sahrawi Refugee
  Camps), 18 November 2020 (SPS) - "), is no subject: the sentence's speaker follows it;
- "A military source told ... "pure fabrication"" names no one: "a military" is no office's name;
- a titled official no file lists is of the one warring state the update names ("Minister Aram Sargsyan says
  Armenia will reopen the road"), else of a third party ("Foreign Secretary David Lammy said the talks would
  resume", or naming both states: guards, as the rule before gave them the third party too);
- a briefing's opening notes that name no source are the briefer's (``context.opening``), for the page's body.
"""

from __future__ import annotations

import pytest
from attribution_cases import annotated, annotated_briefing, wars_fixture

wars = wars_fixture({}, default=True)

_HEADER = {"colville": "Rupert Colville"}


def _answered(data, text: str, briefers: dict[str, str], opening: str | None = None) -> tuple[str | None, str | None]:
    return annotated_briefing(data, "Office of the UN High Commissioner for Human Rights", text, briefers, opening)


def test_an_answer_under_a_titled_surname_is_the_briefer_the_header_names(wars):
    text = "Mr. Colville: Not yet. We have raised our concerns with the authorities at several levels this week."
    assert _answered(wars["karabakh-default"], text, _HEADER) == ("Rupert Colville", "third-party")


def test_without_the_header_the_surname_is_no_one_named_in_full(wars):
    text = "Mr. Colville: Not yet. We have raised our concerns with the authorities at several levels this week."
    assert _answered(wars["karabakh-default"], text, {})[0] != "Rupert Colville"


def test_an_answer_relaying_a_source_stays_the_sources(wars):
    text = "Mr. Colville: The Azerbaijani Defence Ministry told our office that the detainees would be released."
    assert _answered(wars["karabakh-default"], text, _HEADER)[0] != "Rupert Colville"


@pytest.mark.parametrize(("text", "who", "side"), [
    ("The High Commissioner for Human Rights, Louise Arbour, is deeply concerned by the new media ordinance.",
     "Louise Arbour", "third-party"),
    ("The Under-Secretary-General for Humanitarian Affairs, Martin Griffiths, was alarmed by the reports from Lachin.",
     "Martin Griffiths", "third-party"),
    ("The Secretary-General, Mr. Trygve Lie, read to the Council a cablegram from the Commission on Korea.",
     "Trygve Lie", None),
])
def test_a_stand_of_feeling_or_a_statement_read_is_the_speakers(wars, text, who, side):
    found = annotated(wars["karabakh-default"], "Example News", text)
    assert found[0] == who and (side is None or found[1] == side)


def test_the_shelled_who_were_alarmed_are_no_speakers(wars):
    assert annotated(wars["karabakh-default"], "Example News", "Residents were alarmed by the shelling.")[0] is None


@pytest.mark.parametrize("dateline", ["Chahid El Hafed (Sahrawi Refugee Camps), 18 November 2020 (SPS) - ",
                                      "Dar Es Salaam, 18 November 2020 (SPS) - "])
def test_a_datelines_place_in_three_words_or_with_brackets_is_no_speaker(wars, dateline):
    text = f"{dateline}The Red Cross announced that its teams had reached the camps east of the wall."
    who = annotated(wars["karabakh-default"], "Example News", text)[0]
    assert who == "International Committee of the Red Cross – ICRC"


def test_a_military_source_is_no_office(wars):
    text = 'A military source told the state news agency that reports of attacks are "pure fabrication."'
    assert annotated(wars["karabakh-default"], "Example News", text)[0] is None


@pytest.mark.parametrize(("text", "side"), [
    ("Transport Minister Aram Sargsyan says Armenia will reopen the road to Meghri next week.", "armenian"),
    ("Foreign Secretary David Lammy said the talks would resume next week.", "third-party"),
    ("President Jan Novak said Armenia and Azerbaijan must return to the table.", "third-party"),
])
def test_a_titled_official_no_file_lists_is_of_the_one_warring_state_named(wars, text, side):
    assert annotated(wars["karabakh-default"], "Example News", text)[1] == side


def test_a_briefings_opening_notes_are_the_briefers(wars):
    text = "Good afternoon. Our colleagues in the region tell us that the road to Lachin remains closed."
    assert _answered(wars["karabakh-default"], text, {}, "Rupert Colville") == ("Rupert Colville", "third-party")
