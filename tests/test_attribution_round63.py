"""Round 63 of attribution: an archive holding a UN peace operation's documents names it in brackets with the part
of it that wrote them ("United Nations Archives (UNPROFOR Force Headquarters)", "UN Digital Library (UNTAC Press
Office)"): the page speaks in that operation's voice, for its side; the gazetteer knows the UN's past operations
(UNAMIR, UNPROFOR, UNOSOM ...) as it knows the present ones. A news service named in brackets after an outlet
("IRIN (UN OCHA Integrated Regional Information Networks)") is no part of a body: the outlet reports in its own
voice. A monitor's note over an item's text naming whose document it gives ("Text of communique by the general
command of the armed forces, read on Baghdad radio") names who speaks in it. A person described by an indefinite
apposition with a relative clause ("Ali Karim, a shopkeeper who fled Basra last week, said") is of the kind it names,
a shopkeeper speaking for no party."""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, gulf_war, wars_fixture

wars = wars_fixture({"gulf": gulf_war("IRQ")})

_PATROL = "A patrol observed shelling of the market area from the north between 0900 and 1100 hours."


@pytest.mark.parametrize("publisher", [
    "United Nations Archives and Records Management Section (UNPROFOR Force Headquarters)",
    "UN Digital Library (UNIKOM Press Office)",
])
def test_a_peace_operation_s_archived_report_speaks_in_its_voice(wars, publisher):
    assert annotated(wars["gulf"], publisher, _PATROL) == ("UNPROFOR" if "UNPROFOR" in publisher else "UNIKOM",
                                                           "third-party")


def test_a_news_service_in_brackets_is_no_part_of_a_body(wars):
    who, side = annotated(wars["gulf"], "IRIN (UN OCHA Integrated Regional Information Networks)", _PATROL)
    assert side != "third-party" and who is None


@pytest.mark.parametrize("text", [
    "UNOSOM said its convoy had been stopped at a roadblock north of the port.",
    "The United Nations Protection Force said a shell hit the airport's runway.",
    "UN military observers reported heavy shelling near the border crossing.",
])
def test_the_un_s_past_operations_are_known(wars, text):
    assert annotated(wars["gulf"], "Wire desk", text)[1] == "third-party"


@pytest.mark.parametrize("note", [
    "Text of communique by the Iraqi general command of the armed forces, read on Baghdad radio",
    "Excerpts from statement by the Iraqi general command of the armed forces",
])
def test_a_monitor_s_note_names_whose_document_it_gives(wars, note):
    text = f"{note}\n\n1. During the night the enemy shelled Basra, killing many civilians."
    who, side = annotated(wars["gulf"], "BBC Monitoring", text)
    assert (who, side) == ("Iraqi military", "iraqi")



@pytest.mark.parametrize(("text", "who", "side"), [
    ("Ali Karim, a shopkeeper who fled Basra last week, said by telephone that shells fell all night.",
     "Ali Karim", "independent"),
    ("Hassan Jaber, a teacher who stayed behind in Fao, told reporters the town was empty.", "Hassan Jaber",
     "independent"),
])
def test_a_person_described_with_a_relative_clause_is_of_that_kind(wars, text, who, side):
    assert annotated(wars["gulf"], "Wire desk", text) == (who, side)
