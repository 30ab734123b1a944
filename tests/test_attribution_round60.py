"""Round 60 of attribution: a dateline or a brief's headline in capitals set close to its dash, as newspaper archives
and monitoring reports print them ("NICOSIA, March 23\u2014 Iran's Foreign Ministry said ...", "MINISTER TO VISIT
GENEVA--The Foreign Ministry announced ..."), is no one speaking: who speaks is named after it (examples of names and
wordings the blind pages do not have)."""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, wars_fixture

WARS = {"gulf": ("""
    defaults: extend
    sides:
      iranian: Iran
      iraqi: Iraq
    polities:
      - {name: Iran, side: iranian, adjective: Iranian, government: Government of Iran, forms: [Iran, Iranian, Tehran]}
      - {name: Iraq, side: iraqi, adjective: Iraqi, government: Government of Iraq, forms: [Iraq, Iraqi, Baghdad]}
""", """
    defaults: extend
    places:
      - {name: Basra}
""")}

wars = wars_fixture(WARS)


@pytest.mark.parametrize("text", [
    "NICOSIA, April 2\u2014 Iran's Foreign Ministry said today that Iraqi aircraft had bombed two towns.",
    "LIMASSOL, April 2--Iran's Foreign Ministry said today that Iraqi aircraft had bombed two towns.",
    "PRISONERS EXCHANGED AT BORDER--Iran's Foreign Ministry said that 200 prisoners had been exchanged.",
])
def test_a_dateline_set_close_to_its_dash_is_no_speaker(wars, text):
    assert annotated(wars["gulf"], "The New York Times", text) == ("Iranian Foreign Ministry", "iranian")
