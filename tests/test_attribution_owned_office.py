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
