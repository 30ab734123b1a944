"""Who speaks, round 38: the wars of older and newer chronologies.

- institution: a museum, library or archive named after an office ("Air Force Museum of Ukraine") writes history in
  its own voice and issues no release of that office; the office itself still does ("Air Force of Ukraine").
- department: the US Department of State publishes its own releases, its spokesperson's briefings among them: what
  they say without naming a state is the United States' (a third party here).
- transcript: a briefing's question ("QUESTION: Does the Pentagon ...?") over the answer names no speaker; the answer's
  "What I can tell you is ..." is the speaker's own, and "the Kremlin's claims are false" is the speaker's rebuttal,
  not a claim the Kremlin makes there (a possessive before a verb's form makes it a noun; "he's said" stays a verb).
- relayed: a medium that airs, carries or broadcasts a statement its issuer's name describes ("Radio Kyiv broadcast a
  Ukrainian General Staff communique ...") relays it: the issuer claims it.
- earlier wars: the Soviet Union and the leaders of the 1973 and 1982 wars are known to the packaged data, and so are
  Cambodia's leaders and Syria's civil defence (the White Helmets, an NGO).
- occasion: a live post's speaker line names where the speaker speaks by a bare place ("Zelensky at Irpin: ...");
  Israel's emergency service, Magen David Adom (MDA), is known.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, ukraine_sides, wars_fixture
from tests.test_attribution_wars import who_and_side

_US = """      - {name: United States, side: third-party, adjective: U.S., government: U.S. government,
         forms: [United States, U.S., US, American, Washington]}"""

WARS = {"ukraine": (ukraine_sides(ukraine="Ukraine, Ukrainian, Kyiv, Ukrainian Air Force", more=_US), """
    defaults: replace
    places:
      - {name: Vasylkiv}
""")}

wars = wars_fixture(WARS, default=True)


@pytest.mark.parametrize(("publisher", "issues"), [
    ("Air Force Museum of Ukraine", False),
    ("National Archives of Ukraine, Ministry of Defence collection", False),
    ("Air Force of Ukraine", True),
])
def test_an_institution_issues_no_release(wars, publisher, issues):
    assert (wars["ukraine"].attributor.issuer(publisher) is not None) == issues


def test_an_institution_tells_history_in_its_own_voice(wars):
    text = "At dawn on 24 February, Russian missiles struck the airfield at Vasylkiv and set its fuel depot on fire."
    assert annotated(wars["ukraine"], "Air Force Museum of Ukraine", text) == (None, "independent")


def test_the_department_of_state_speaks_for_the_united_states(wars):
    text = "We have made clear to both governments that the grain corridor must stay open."
    assert annotated(wars["ukraine"], "U.S. Department of State", text)[1] == "third-party"


@pytest.mark.parametrize(("text", "title", "who", "side"), [
    ("MS SINGH: Russia's claims that the depot held Western missiles are false, and nobody should believe them.",
     "QUESTION: Moscow says the strike on the depot destroyed Western missiles. Is that right?", "Ms Singh", None),
    ("MS SINGH: I won't get into private talks. What I can tell you is that when the envoy met the minister on "
     "Friday, he stressed that the grain corridor must stay open.",
     "QUESTION: Did the Secretary discuss the corridor?", "Ms Singh", None),
    ("Ukraine's statement came after Russia shelled the port of Odesa overnight.", None, None, "independent"),
    ("Ukraine's air force said it downed 20 drones overnight.", None, "Ukrainian air force", "ukrainian"),
])
def test_a_briefings_turns(wars, text, title, who, side):
    assert who_and_side(wars["ukraine"], text, title) == (who, side)


@pytest.mark.parametrize(("war", "text", "who", "side"), [
    ("ukraine", "Radio Kyiv broadcast a Ukrainian General Staff communique saying that 30 drones had been shot down "
                "overnight.", "Ukrainian General Staff", "ukrainian"),
    ("ukraine", "Russian state television aired a Ukrainian Defence Ministry statement, which it called fake.",
     "Ukrainian Defence Ministry", "ukrainian"),
    ("karabakh-default", "Radio Moscow this evening carried a Soviet government statement warning that the USSR "
                         "would not stand aside.", "Soviet government", "third-party"),
    ("karabakh-default", "Margaret Thatcher told the House of Commons that the task force would sail on Monday.",
     "Margaret Thatcher", "third-party"),
    ("karabakh-default", "Hun Manet said Cambodia had asked the Security Council to meet.", "Hun Manet", "third-party"),
    ("karabakh-default", "The White Helmets said rescuers had pulled four people from the rubble in Idlib.",
     "Syria Civil Defence", "independent"),
])
def test_a_relayed_statement_and_earlier_wars(wars, war, text, who, side):
    assert who_and_side(wars[war], text) == (who, side)


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Zelensky at Irpin: 'Every town will be rebuilt'", "Volodymyr Zelensky", "third-party"),
    ("MDA: six wounded by shrapnel in Haifa", "Magen David Adom – MDA", "third-party"),
])
def test_a_speaker_lines_occasion(wars, text, who, side):
    assert who_and_side(wars["karabakh-default"], text) == (who, side)
