"""Cases met on the blind sets ZZZM (Raqqa 2017), ZZZO (Georgia 2008) and ZZZR (Donbas 2014), with sides and sentences
written for these tests:

- a state the war splits (a party's name begins with its adjective: "Syrian Democratic Forces") has no side, but its
  adjective still names it: "Syrian state media" on an outlet of another country is not that country's office;
- a known person's surname inside a longer name the sides file lists ("Jihan Sheikh Ahmed" beside the packaged
  Abiy Ahmed) is not that person;
- a party's medium may carry its owner as a compound adjective ("the IS-run Aamaq news agency");
- how often a body reports is not part of its name ("according to daily CJTF-OIR strike reports");
- a state's officials give way to one of them named in a later sentence ("American officials say ... John Roe, the
  US envoy, tells the BBC");
- a spokesman who briefs journalists speaks ("X, spokesman of ..., briefed journalists on ...").
"""

from __future__ import annotations

import pytest

from chronik.extract.data import load_files
from chronik.extract.text import normalize
from tests.conftest import write

SIDES = """
    defaults: extend
    sides:
      sdf: the Syrian Democratic Forces
      coalition: the US-led coalition and its member states
      isis: the Islamic State group
    polities:
      - {name: Syrian Democratic Forces, side: sdf, adjective: SDF, government: null,
         forms: [SDF, Syrian Democratic Forces, Jihan Sheikh Ahmed]}
      - {name: United States, side: coalition, adjective: American, government: Government of the United States,
         forms: [United States, US, U.S., American, Washington]}
      - {name: Islamic State, side: isis, adjective: Islamic State, government: null, forms: [Islamic State, IS, Aamaq]}
      - {name: US-led coalition, side: coalition, adjective: coalition, government: null, forms: [CJTF-OIR]}
"""


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return load_files(write(tmp_path_factory.mktemp("split") / "sides.yaml", SIDES))


@pytest.mark.parametrize(("text", "expected"), [
    # the split state's adjective: no side, and not the outlet's own country's
    ("Syrian state media said government troops captured several villages on Monday.",
     ("Syrian state media", None)),
    # an office the outlet names without a state is still its own country's
    ("The state media said troops captured several villages on Monday.", ("state media", "coalition")),
    ("Jihan Sheikh Ahmed, a spokeswoman for the SDF, said fighters entered the Old City late Monday.",
     ("Jihan Sheikh Ahmed", "sdf")),
    ("The IS-run Aamaq news agency said the militants destroyed two armored vehicles.", ("Aamaq", "isis")),
    # a state's officials, then one of them named in a later sentence: the named one (not in the same sentence)
    ("American officials say the strikes went on overnight. \"They are striking as we speak,\" John Roe, the US "
     "envoy, tells the BBC.", ("John Roe", "coalition")),
    # a spokesman who briefs journalists speaks
    ("John Roe, spokesman of the United States delegation, briefed journalists on the offensive in the city.",
     ("John Roe", "coalition")),
    # how often a body reports, before its name, is not who reports
    ("The coalition conducted 17 airstrikes near the city on Tuesday, according to daily CJTF-OIR strike reports.",
     ("CJTF-OIR", "coalition")),
])
def test_claimants(data, text, expected):
    home = data.attributor.home("Daily Courier", None, "America/New_York")
    found = data.attributor.attribute(normalize(text), None, home)
    assert (found.who, found.side) == expected
