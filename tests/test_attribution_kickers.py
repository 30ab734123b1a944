"""A French-language outlet's English edition: a section's kicker in capitals before the headline's colon ("HAITI -
SECURITY : ...") names no one; a person a sides file lists by name speaks before the role that describes them;
"indicates", "affirmed" report a statement; an acronym made in another language is the name the text brackets it after
("the Haitian National Police (PNH)" then "the PNH indicates"). Haiti's sides, as a user would write them."""

from __future__ import annotations

import pytest

from chronik.extract.data import load_files
from chronik.extract.text import normalize
from tests.conftest import write

SIDES = """
    defaults: extend
    sides:
      haitian: Haiti's government and the Haitian National Police
      gangs: Haitian armed gangs and their leaders
    polities:
      - {name: Haiti, side: haitian, adjective: Haitian, government: Government of Haiti,
         forms: [Haiti, Haitian, Haitian National Police, PNH, Port-au-Prince]}
      - {name: Viv Ansanm, side: gangs, adjective: gang, government: null,
         forms: [Viv Ansanm, G9, Jimmy Chérizier, Barbecue]}
"""


@pytest.fixture(scope="module")
def attributor(tmp_path_factory):
    return load_files(write(tmp_path_factory.mktemp("haiti") / "sides.yaml", SIDES)).attributor


@pytest.mark.parametrize(("title", "text", "who", "side"), [
    ('HAITI - FLASH : In a new video, "Barbecue" says "the battle has only just begun"',
     'In a video posted on Friday evening, Jimmy Chérizier alias "Barbecue", leader of the G9 federation, claims that '
     'his men control the lower town.', "Jimmy Chérizier", "gangs"),
    # a person a sides file lists among a party's forms, before the role that describes them
    (None, "Jimmy Chérizier, leader of the G9 federation, said in a message on WhatsApp "
           "that his men would not disarm.", "Jimmy Chérizier", "gangs"),
    ("HAITI - SECURITY : More than 15,000 people displaced in one week",
     "According to the International Organization for Migration (IOM), more than 15,000 people have fled.",
     "International Organization for Migration – IOM", "third-party"),
    ("HAITI - SECURITY : The police repel an attack near the National Palace",
     "Overnight, gunmen attacked positions of the Haitian National Police (PNH) near the Palace. In a note released "
     "on Saturday, the PNH indicates that the attack was repelled.", "Haitian National Police – PNH", "haitian"),
    (None, "The Haitian National Police affirmed on Saturday that the attack was repelled.",
     "Haitian National Police", "haitian"),
])
def test_kickers_verbs_and_acronyms_of_another_language(attributor, title, text, who, side):
    found = attributor.attribute(normalize(text), normalize(title) if title else None)
    assert (found.who, found.side) == (who, side)
