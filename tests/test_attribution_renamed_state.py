"""A sides file may name a state as it calls itself ("Türkiye") and list its packaged name and its bodies among the
forms ("Turkey", "Turkish Armed Forces"): that polity is the state, so its leader named by the packaged gazetteer
(Erdoğan, of Turkey) takes its side; only a polity that is not the state splits it ("Sudanese army" in a civil war).
Written for these tests on Turkey's operations in northern Iraq."""

from __future__ import annotations

import pytest

from chronik.extract.data import load_files
from chronik.extract.text import normalize
from tests.conftest import write

SIDES = """
    defaults: extend
    sides:
      turkish: Türkiye's government and armed forces
      pkk: the PKK and its armed wing
    polities:
      - {name: Türkiye, side: turkish, adjective: Turkish, government: Government of Türkiye,
         forms: [Türkiye, Turkey, Turkish, Ankara, Turkish Armed Forces]}
      - {name: PKK, side: pkk, adjective: PKK, government: null, forms: [PKK, HPG]}
"""


@pytest.fixture(scope="module")
def attributor(tmp_path_factory):
    return load_files(write(tmp_path_factory.mktemp("renamed") / "sides.yaml", SIDES)).attributor


@pytest.mark.parametrize("text", [
    "President Recep Tayyip Erdoğan said Türkiye would complete the security belt along its border this summer.",
    "Erdoğan, speaking to reporters in Ankara, said the operation would go on.",
])
def test_the_states_leader_takes_the_side_of_the_state_renamed(attributor, text):
    found = attributor.attribute(normalize(text))
    assert (found.who, found.side) == ("Recep Tayyip Erdogan", "turkish")
