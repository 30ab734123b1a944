"""An office owned by a possessive pronoun closing a sentence speaks for the person the sentence opens with ("X held
talks with Y and Z, his press office reported" is X's office), not for the last person named nor for the polity of
another one it names. Written for these tests on the 2022 Armenia-Azerbaijan border war."""

from __future__ import annotations

import pytest

from chronik.extract.data import load_files
from chronik.extract.text import normalize
from tests.conftest import write

SIDES = """
    defaults: extend
    polities:
      - {name: France, side: third-party, adjective: French, government: Government of France,
         forms: [France, French, Paris, Emmanuel Macron]}
"""


@pytest.fixture(scope="module")
def attributor(tmp_path_factory):
    return load_files(write(tmp_path_factory.mktemp("owned") / "sides.yaml", SIDES)).attributor


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Overnight, Pashinyan held telephone talks with French President Emmanuel Macron and the head of the European "
     "Council, his press office reported.", "Nikol Pashinyan", "armenian"),
    ("Ilham Aliyev received the French ambassador in Baku, his office said.", "Ilham Aliyev", "azerbaijani"),
    # a named spokesperson after the office: the spokesperson speaks
    ("Ilham Aliyev spoke to Emmanuel Macron by phone, his aide Hikmet Hajiyev said.", "Hikmet Hajiyev",
     "azerbaijani"),
])
def test_his_office_is_the_subjects(attributor, text, who, side):
    found = attributor.attribute(normalize(text))
    assert (found.who, found.side) == (who, side)


@pytest.mark.parametrize(("text", "who", "side"), [
    # a record of a meeting: the speaker's name in capitals, the delegation in brackets
    ("FU CONG (China) said his delegation had voted in favour of the text.", "FU CONG", "third-party"),
    ("ARARAT MIRZOYAN (Armenia) said the attack had been planned for months.", "Ararat Mirzoyan", "armenian"),
    ("JEYHUN BAYRAMOV (Azerbaijan) rejected the accusations as baseless.", "Jeyhun Bayramov", "azerbaijani"),
])
def test_a_delegation_in_brackets_gives_the_speaker_its_side(attributor, text, who, side):
    found = attributor.attribute(normalize(text))
    assert (found.who, found.side) == (who, side)


def test_a_title_case_headline_running_auxiliaries_names_no_one(attributor):
    # "Text Would Have Called for ...": a subtitle in title case, no person named "Text Would Have"
    found = attributor.attribute(normalize("The Council failed to adopt the draft resolution on Tuesday."),
                                 normalize("Text Would Have Called for Protection of Civilians in Stepanakert"))
    assert found.who is None
