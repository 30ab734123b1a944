"""Who speaks, fifth round: a timeline's present tense with a plural subject, and a description between dashes or
brackets before the verb.

- plural: a timeline tells its days in the present, and a plural subject takes the verb's bare form ("the
  co-chairs call for", "both armies deny", "the allies condemn"): the subject claims, as with "calls for";
- aside: a description between dashes or in brackets right before the verb ("The co-chairs - the presidents of
  France, Russia and the U.S. - call for", "The African Union (AU) said") is not the subject; a name between dashes
  is ("the ombudsman - Artak Beglaryan - said");
- control: the ordinary phrasings next to them, which must stay right.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import labelled_cases, wars_fixture
from tests.test_attribution_round2 import WARS as WARS2
from tests.test_attribution_wars import WARS as WARS1

WARS = {"ukraine": WARS2["ukraine"], "ethiopia": WARS2["ethiopia"], "sudan": WARS1["sudan"]}

CASES = [
    ("plural", "ukraine", "Ukrainian officials deny that Kharkiv's power station was hit.", "Ukrainian officials",
     "ukrainian"),
    ("plural", "ethiopia", "The Norwegian Refugee Council and its partners call for aid to reach Shire.",
     "Norwegian Refugee Council", "independent"),
    ("plural", "sudan", "RSF commanders accuse the army of bombing markets in Nyala.", "Rapid Support Forces", "rsf"),
    ("plural", "karabakh-default", "The OSCE Minsk Group co-chairs call for an immediate end to the fighting.",
     "OSCE Minsk Group", "third-party"),
    ("plural", "karabakh-default", "Armenian officials warn that Stepanakert could be cut off within days.",
     "Armenian officials", "armenian"),
    ("aside", "karabakh-default", "The co-chairs of the OSCE Minsk Group - the presidents of France, Russia and the "
                                  "U.S. - call for a ceasefire.", "OSCE Minsk Group", "third-party"),
    ("aside", "ethiopia", "The Norwegian Refugee Council (which runs camps near Shire) said two staff were hurt.",
     "Norwegian Refugee Council", "independent"),
    ("aside", "ethiopia", "The Norwegian Refugee Council - the largest aid group in Shire - said two staff were hurt.",
     "Norwegian Refugee Council", "independent"),
    ("aside", "karabakh-default", "Karabakh's ombudsman - Artak Beglaryan - said 40 civilians had been killed.",
     "Artak Beglaryan", "armenian"),
    ("control", "ukraine", "Kyiv said Russian drones hit a dam near Kharkiv.", "Government of Ukraine", "ukrainian"),
    ("control", "karabakh-default", "Both armies exchange fire along the line of contact through the night.", None,
     "independent"),
]

wars = wars_fixture(WARS, default=True)
test_who_claims_it = labelled_cases(CASES)
