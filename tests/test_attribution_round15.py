"""Who speaks, fifteenth round: a relative clause in the told part of a sentence whose speaker comes last.

- relative: "Three sailors, who had been held in Odesa for a year, flew home, the foreign ministry said" and "Two
  monitors who were detained in March were released, the OSCE said": the relative clause describes what is told;
  the speaker after the last comma still speaks (a relative clause that ends the phrase, "the residents who fled",
  still describes the speaker);
- national acronym: a national outlet names its own country's offices without a polity, and an office's initials alone
  ("MoD: the enemy shelled Tovuz overnight", "the MFA said") are that country's office, named as such ("Azerbaijani
  Defense Ministry"); a title or an office written out keeps its wording ("the regional governor", "the Ministry of
  National Defence"). The gazetteer ties the Azerbaijani agency APA ("APA Information Agency") to its state;
- briefer: a headline that names its speaker after the claim ("Ceasefire to hold from midnight, says foreign
  ministry", "Two drones downed, army says") over an update whose text quotes a person no file knows ("Olena Bondar
  said ...") gives that person the side of the headline's speaker: the person briefs for it.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from chronik.extract.data import ExtractData, load_files
from tests.attribution_cases import annotated, titled_cases, ukraine_sides, war_cases, wars_fixture

WARS = {"ukraine": (ukraine_sides(), """
    defaults: extend
    places:
      - {name: Odesa}
      - {name: Kherson}
""")}

wars = wars_fixture(WARS)

test_a_relative_clause_in_the_told_part = war_cases("ukraine", [
    ("Three sailors, who had been held in Russia for a year, flew home to Odesa, the Ukrainian Foreign Ministry said.",
     "Ukrainian Foreign Ministry", "ukrainian"),
    ("Two volunteers who were detained in Kherson in March were released, the Russian Defense Ministry said.",
     "Russian Defense Ministry", "russian"),
    ("A convoy, which had waited at the checkpoint since dawn, reached Kherson, the Ukrainian president's office said.",
     "Ukrainian Presidential Administration", "ukrainian"),
    # controls: a relative clause that ends the speaker's phrase, or describes the speaker, still names the speaker
    ("Residents who fled Kherson said the shelling went on all night.", "residents", "independent"),
    ("Ukraine, which has asked for more air defence, said Odesa was hit twice.", "Government of Ukraine", "ukrainian"),
])

test_a_briefer_under_the_headline_speaker = titled_cases([
    ("says", "ukraine", "Olena Bondar said the ceasefire around Kherson would hold from midnight.",
     "Ceasefire around Kherson to hold from midnight, says Ukrainian Foreign Ministry", "Olena Bondar", "ukrainian"),
    ("says-after", "ukraine", "Ivan Petrenko told reporters that two drones were downed over Odesa.",
     "Two drones downed over Odesa, Ukrainian air force says", "Ivan Petrenko", "ukrainian"),
    # controls: a headline with no speaker, or a person as its speaker, gives the person no side
    ("none", "ukraine", "Olena Bondar said the ceasefire around Kherson would hold from midnight.",
     "Ceasefire around Kherson to hold from midnight", "Olena Bondar", None),
    ("person", "ukraine", "Olena Bondar said the ceasefire around Kherson would hold from midnight.",
     "Ceasefire to hold from midnight, says Ivan Petrenko", "Olena Bondar", None),
])




@pytest.fixture(scope="module")
def karabakh() -> ExtractData:
    return load_files()


@pytest.mark.parametrize(("publisher", "text", "who", "side"), [
    ("APA Information Agency", "MoD: Armenian units shelled Tovuz district overnight\n\nBaku. APA. Two villages in "
     "Tovuz district came under mortar fire during the night.", "Azerbaijani Defense Ministry", "azerbaijani"),
    ("APA Information Agency", "Baku. APA. The next round of talks will be held in Moscow next week, the MFA "
     "said.", "Azerbaijani Foreign Ministry", "azerbaijani"),
    # a title keeps its wording; an acronym in a page of no national outlet names no state
    ("APA Information Agency", "Two houses in Tovuz were damaged, the district governor said.", "district governor",
     "azerbaijani"),
    ("Caucasus Monitor", "MoD: Armenian units shelled Tovuz district overnight", "MoD", None),
])
def test_an_acronym_office_of_a_national_outlet(karabakh, publisher, text, who, side):
    assert annotated(karabakh, publisher, text) == (who, side)
