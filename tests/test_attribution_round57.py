"""Round 57 of attribution: a group named with a describing phrase the sides file also lists among its forms ("the
Tuareg separatist MNLA", "the Hutu rebel FDLR") is the group by its name, not the authority the sides file
gives as its government (examples of other groups, places and wordings than the blind pages)."""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, wars_fixture

WARS = {"rebels": ("""
    defaults: extend
    sides:
      mnla: the Tuareg separatist movement
      fdlr: the Hutu rebels in eastern Congo
      states: the governments of Mali and Congo
    polities:
      - {name: MNLA, side: mnla, adjective: Tuareg, government: National Movement for the Liberation of Azawad,
         forms: [MNLA, Tuareg separatist, Tuareg rebels, National Movement for the Liberation of Azawad]}
      - {name: FDLR, side: fdlr, adjective: FDLR, government: Forces Combattantes Abacunguzi,
         forms: [FDLR, Hutu rebel, Democratic Forces for the Liberation of Rwanda]}
      - {name: Mali, side: states, adjective: Malian, government: Government of Mali, forms: [Mali, Malian]}
""", """
    defaults: extend
    places:
      - {name: Anefis}
      - {name: Rutshuru}
""")}

wars = wars_fixture(WARS)


@pytest.mark.parametrize(("text", "who", "side"), [
    ("The Tuareg separatist MNLA said it had taken Anefis after a day of fighting.", "MNLA", "mnla"),
    ("The Hutu rebel FDLR said its fighters had repelled an attack near Rutshuru.", "FDLR", "fdlr"),
    # named alone, as before
    ("The MNLA said it had taken Anefis after a day of fighting.", "MNLA", "mnla"),
])
def test_a_group_described_by_another_of_its_forms_speaks_by_its_name(wars, text, who, side):
    assert annotated(wars["rebels"], "Reuters", text) == (who, side)



@pytest.mark.parametrize("text", [
    "3. Aircraft conducted 17 strikes near Anefis between May 31 and June 2, striking MNLA tactical units, fighting "
    "positions, VBIEDs, and a tunnel system, according to daily Malian army strike reports.",
    "3. Aircraft conducted 17 strikes near Anefis between May 31 and June 2, striking MNLA tactical units, fighting "
    "positions, VBIEDs, and a tunnel system, according to Malian army reports.",
])
def test_a_reporting_word_in_the_source_s_name_after_according_to_is_no_verb(wars, text):
    # "reports" names what the source issues; the list before it ("..., VBIEDs") says nothing
    assert annotated(wars["rebels"], "Reuters", text) == ("Malian military", "states")
