"""A relative clause that commas close before the sentence's trailing source ("six drones, two of which hit a depot,
the ministry said") describes what is told; the source after it speaks. A relative clause that runs on to the verb
("Residents who fled the town told ...") still belongs to the subject. Also: the UN's peace and political missions
by their acronyms ("UNSMIL", "UNAMA"), a live page's update note before a sentence ("UPDATE 21:10: ..."), and an
update that opens with "Earlier," (it reports that claim; further into an update the words recall one).

The sentences are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest
from test_attribution import attribute

from chronik.extract.data import ExtractData, load_files


@pytest.fixture(scope="module")
def packaged() -> ExtractData:
    return load_files()


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Azerbaijan launched six drones, two of which hit a depot near Martuni, the Armenian Defense Ministry said.",
     "Armenian Defense Ministry", "armenian"),
    ("Armenian forces fired on the positions, which lie near Tovuz, the Azerbaijani Defense Ministry said.",
     "Azerbaijani Defense Ministry", "azerbaijani"),
    ("Three shells, one of which failed to explode, fell near the school, the Artsakh Defense Army said.",
     "Artsakh Defense Army", "armenian"),
    # a clause that runs on to the verb is the subject's
    ("Residents who fled Hadrut told reporters that the shelling had not stopped.", "residents", "independent"),
])
def test_the_source_after_a_closed_relative_clause_speaks(packaged, text, who, side):
    assert attribute(packaged, text) == (who, side)


@pytest.mark.parametrize(("text", "who"), [
    # an official deed whose subject a closed relative clause describes is the subject's
    ("President Ilham Aliyev, whose forces hold the town, ordered the army to open the Lachin road.", "Ilham Aliyev"),
    # a deed recalled in a relative clause still running at the verb is no one's source
    ("The general, whom Aliyev appointed in March, visited the front.", None),
])
def test_a_deed_after_a_closed_relative_clause(packaged, text, who):
    assert attribute(packaged, text)[0] == who


@pytest.mark.parametrize(("text", "who", "side"), [
    # the UN's peace and political missions by their acronyms
    ("UNSMIL condemned the air strike on the airport.", "UNSMIL", "third-party"),
    ("UNAMA said 12 civilians were killed in the blast.", "UNAMA", "third-party"),
    # a live page's update note before the words ("UPDATE 21:10: ...") is no one's name
    ("UPDATE 21:10: UNSMIL condemned the air strike on the airport.", "UNSMIL", "third-party"),
])
def test_un_missions_and_update_notes(packaged, text, who, side):
    assert attribute(packaged, text) == (who, side)


@pytest.mark.parametrize(("text", "who"), [
    # an update that opens with "Earlier," reports that earlier claim
    ("Earlier, the Azerbaijani Defense Ministry said Armenian forces had shelled Tartar.",
     "Azerbaijani Defense Ministry"),
    # further into an update, it recalls a claim behind the update's own
    ("The Armenian Defense Ministry said the front was calm. Earlier, the Azerbaijani Defense Ministry said Armenian "
     "forces had shelled Tartar.", "Armenian Defense Ministry"),
])
def test_an_update_opening_with_earlier(packaged, text, who):
    assert attribute(packaged, text)[0] == who
