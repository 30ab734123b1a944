"""Names a party speaks by that are not its name: its wing ("the PKK's armed wing claimed ..."), unless the text names
the wing too ("Hamas's armed wing, the Qassam Brigades, said"); an account named with its platform ("the Telegram
channel Grey Zone", the channel, not Telegram); and a party whose sides file gives it no government (``government:
null``, an armed group), which speaks as itself ("the PKK"), not as a "Government of PKK". Written for these tests on
Turkey's war with the PKK and the war in Mali."""

from __future__ import annotations

import pytest

from chronik.extract.data import load_files
from chronik.extract.text import normalize
from tests.conftest import write

SIDES = """
    defaults: extend
    sides:
      turkish: Türkiye's government and armed forces
      pkk: the PKK, its armed wing (HPG) and its media
      malian: Mali's military authorities and their Russian allies
    polities:
      - {name: Türkiye, side: turkish, adjective: Turkish, government: Government of Türkiye,
         forms: [Türkiye, Turkey, Turkish, Ankara]}
      - {name: PKK, side: pkk, adjective: PKK, government: null, forms: [PKK, HPG, KCK]}
      - {name: Mali, side: malian, adjective: Malian, government: Government of Mali,
         forms: [Mali, Malian, Bamako, FAMa, Wagner, Grey Zone]}
"""


@pytest.fixture(scope="module")
def attributor(tmp_path_factory):
    return load_files(write(tmp_path_factory.mktemp("wings") / "sides.yaml", SIDES)).attributor


@pytest.mark.parametrize(("text", "who", "side"), [
    ("The PKK's armed wing claimed in a statement on July 7 that its militants had killed seven Turkish soldiers.",
     "PKK", "pkk"),
    ("The PKK said its fighters had downed a Turkish drone near Zap.", "PKK", "pkk"),
    ("On Sunday evening, the Telegram channel Grey Zone, which is close to the group, acknowledged heavy losses.",
     "Grey Zone", "malian"),
])
def test_a_partys_wing_and_channel_speak_for_it(attributor, text, who, side):
    found = attributor.attribute(normalize(text))
    assert (found.who, found.side) == (who, side)


def test_a_party_with_a_government_still_speaks_by_it(attributor):
    found = attributor.attribute(normalize("Turkey said its jets had struck PKK positions in northern Iraq."))
    assert (found.who, found.side) == ("Government of Türkiye", "turkish")
