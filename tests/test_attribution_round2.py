"""Who speaks, second round: wordings where chronik named a place, the party answering a claim, or another
person than the one the text names.

- dateline: a wire's dateline ("NAIROBI, 3 March 2021 – ", "KYIV (AP) — ") is where, not who;
- time: a time between the subject and its verb ("Azerbaijan on Monday announced") keeps the subject;
- same-day: "Earlier on Monday, X said" dates X's claim, it does not recall an old one ("Prior to that" does);
- answer: "..., a claim the federal government denied" answers the claim; the one who denies is not its claimant;
- surname: a known person's surname inside another name ("Lt Gen Abdel Aziz Ahmed", "Ahmed Sharif Chaudhry")
  is not that person; "Prime Minister Ahmed" is;
- office: "the Ministry of National Defence" is a defence ministry;
- control: the ordinary phrasings next to them, which must stay right.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from chronik.extract.data import ExtractData
from chronik.extract.text import normalize
from tests.test_attribution_wars import load_wars

WARS: dict[str, tuple[str, str]] = {}

WARS["ethiopia"] = ("""
    defaults: replace
    sides:
      federal: the Ethiopian federal government and its forces
      tigrayan: the Tigray regional government and the TPLF
      third-party: other states and intergovernmental bodies
      independent: the outlet, NGOs, experts, residents
    narrative: independent
    polities:
      - {name: Ethiopia, side: federal, adjective: Ethiopian, government: Ethiopian federal government,
         forms: [Ethiopia, Ethiopian, Addis Ababa, federal government]}
      - {name: Tigray, side: tigrayan, adjective: Tigrayan, government: Tigray regional government,
         forms: [Tigray, Tigrayan, TPLF, Tigray regional government, Mekelle]}
      - {name: Sudan, side: third-party, adjective: Sudanese, government: Government of Sudan,
         forms: [Sudan, Sudanese, Khartoum]}
""", """
    defaults: replace
    places:
      - {name: Adigrat}
      - {name: Shire}
    people:
      - {name: Abiy Ahmed, side: federal}
    bodies:
      - {name: Norwegian Refugee Council, side: independent, aliases: [NRC]}
""")

WARS["ukraine"] = ("""
    defaults: replace
    sides:
      russian: Russia
      ukrainian: Ukraine
      third-party: other states and intergovernmental bodies
      independent: the outlet, NGOs, experts, residents
    narrative: independent
    polities:
      - {name: Russia, side: russian, adjective: Russian, government: Government of Russia,
         forms: [Russia, Russian, Moscow]}
      - {name: Ukraine, side: ukrainian, adjective: Ukrainian, government: Government of Ukraine,
         forms: [Ukraine, Ukrainian, Kyiv]}
      - {name: Vietnam, side: third-party, adjective: Vietnamese, government: Government of Vietnam,
         forms: [Vietnam, Vietnamese, Hanoi]}
""", """
    defaults: replace
    places:
      - {name: Kharkiv}
""")

CASES = [
    ("dateline", "ethiopia", "NAIROBI, 3 March 2021 – The Norwegian Refugee Council is alarmed by the fighting in "
                             "Tigray and calls on all parties to let aid through.", "Norwegian Refugee Council",
     "independent"),
    ("dateline", "ethiopia", "KYIV (AP) — The Norwegian Refugee Council is alarmed by the shelling and calls on all "
                            "parties to spare civilians.", "Norwegian Refugee Council", "independent"),
    ("time", "ukraine", "Russia on Tuesday announced that it had opened a corridor after Ukrainian forces agreed to "
                        "pull back.", "Government of Russia", "russian"),
    ("time", "ukraine", "Ukraine yesterday accused Russia of shelling the plant.", "Government of Ukraine",
     "ukrainian"),
    ("same-day", "ukraine", "Earlier on Monday, Ukraine's foreign ministry said the ambassador had been summoned.",
     "Ukrainian Foreign Ministry", "ukrainian"),
    ("answer", "ethiopia", "The Tigray regional government said in a statement on Monday that drones had struck a "
                           "market in Adigrat, a claim the federal government denied.",
     "Tigray regional government", "tigrayan"),
    ("answer", "ukraine", "Kyiv said Russian drones hit a dam near Kharkiv, an allegation Moscow rejects.",
     "Government of Ukraine", "ukrainian"),
    ("surname", "ethiopia", "Lt Gen Abdel Aziz Ahmed, the army spokesman, told reporters that Shire had fallen.",
     "Abdel Aziz Ahmed", None),
    ("surname", "ethiopia", "Brig Gen Ahmed Yusuf Karrar, a Sudanese army spokesman, told reporters that the "
                            "border was closed.", "Ahmed Yusuf Karrar", "third-party"),
    ("office", "ukraine", "Vietnam's Ministry of National Defence said two patrol boats were rammed.",
     "Vietnamese Defense Ministry", "third-party"),
    ("office", "ukraine", "The Ministry of National Defence reports that enemy jets bombed two bridges today.",
     "Ministry of National Defence", None),
    # --- control ---------------------------------------------------------------------------------------
    ("control", "ethiopia", "Prime Minister Ahmed told parliament that the operation was over.", "Abiy Ahmed",
     "federal"),
    ("control", "ethiopia", "Abiy Ahmed told parliament that the operation in Tigray was over.", "Abiy Ahmed",
     "federal"),
    ("control", "ethiopia", "The TPLF said its fighters had retaken Shire, which the federal government disputed.",
     "TPLF", "tigrayan"),
    ("control", "ukraine", "Russian forces shelled Kharkiv, which Ukraine said killed three people.",
     "Government of Ukraine", "ukrainian"),
    ("control", "ukraine", "Russian forces shelled Kharkiv overnight, the Ukrainian military said.",
     "Ukrainian military", "ukrainian"),
    ("control", "ukraine", "Prior to that, Ukraine's foreign ministry said the ambassador had been summoned.",
     None, "independent"),
]

GROUPS = ("dateline", "time", "same-day", "answer", "surname", "office", "control")


@pytest.fixture(scope="module")
def wars(tmp_path_factory) -> dict[str, ExtractData]:
    return load_wars(tmp_path_factory, WARS)


@pytest.mark.parametrize(("group", "war", "text", "who", "side"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_who_speaks_round2(wars, group, war, text, who, side):
    assert group in GROUPS
    found = wars[war].attributor.attribute(normalize(text))
    assert (found.who, found.side) == (who, side)
