"""Attribution cases met on the blind sets opened this round (ZZZZZX's BBC page and ISS chronology, ZZZZZW's
Frontline chronology), on text written for these tests in a war of another continent:

- the regional bodies of the past and the old names of those still standing speak for no party: the Organisation of
  African Unity ("An OAU official says ...", "The OAU said ..."), the Organisation of the Islamic Conference (today's
  Organisation of Islamic Cooperation), the CSCE, SADC and the East African Community; NATO speaks by its North
  Atlantic Council (met on ZZZZZY's NATO statement);
- a newspaper's dateline of place in capitals and day before a colon ("NAIROBI, Oct 27: Amnesty International on
  Wednesday called on ...", met on ZZZZZW's Dawn page) names where the story was filed, not who speaks: the capital
  is no state's government speaking;
- an official no file knows whose initials stand between the post and the name ("Banadir Governor M.A. Hassan Nur
  on Saturday ordered an inquiry", met on ZZZZZW's Reuters story) is of the state the page's title names, as one whose
  name follows the post directly already was.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from attribution_cases import SOMALIA_SIDES, annotated, labelled_cases, wars_fixture

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.model import Update

wars = wars_fixture({"somalia": (SOMALIA_SIDES, "")})

_CASES = [
    ("a body of the past", "somalia", "An OAU official says the talks in Addis Ababa have been delayed.",
     "Organisation of African Unity – OAU", "third-party"),
    ("a body of the past", "somalia", "The Organisation of African Unity called on both sides to respect the truce.",
     "Organisation of African Unity – OAU", "third-party"),
    ("an old name", "somalia", "The Organisation of the Islamic Conference expressed deep concern over the fighting.",
     "Organisation of Islamic Cooperation – OIC", "third-party"),
    ("a body of the past", "somalia", "The CSCE said its observers would stay in the region.",
     "Conference on Security and Co-operation in Europe – CSCE", "third-party"),
    ("a regional body", "somalia", "SADC leaders said the summit would take up the crisis.",
     "Southern African Development Community – SADC", "third-party"),
    ("a body by its council", "somalia", "The North Atlantic Council condemned the attacks on Baidoa.", "NATO",
     "third-party"),
]

test_bodies_of_the_past = labelled_cases(_CASES)


@pytest.mark.parametrize(("text", "who", "side"), [
    ("NAIROBI, Oct 27: Amnesty International on Wednesday called on the Kenyan government to open an inquiry.",
     "Amnesty International", "independent"),
    ("MOGADISHU, Oct 27: Prime Minister Sharmarke on Wednesday called upon the African Union to send more troops.",
     "Sharmarke", "tfg"),
])
def test_a_newspapers_dateline_before_a_colon_names_no_speaker(wars, text, who, side):
    assert annotated(wars["somalia"], "Daily Desk", text) == (who, side)


_PAGES = itertools.count()


def test_an_unlisted_officials_initials_do_not_hide_the_post(wars):
    source = Source(id=f"wire-{next(_PAGES)}", file="p.txt", path=Path("p.txt"), publisher="Wire Desk",
                    title="SOMALIA: Troops fire on Baidoa march, at least 20 dead")
    update = Update(source.id, [1], "Banadir Governor M.A. Hassan Nur on Saturday ordered an inquiry.")
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)), wars["somalia"])
    assert (update.attribution.who, update.attribution.side) == ("Hassan Nur", "tfg")
