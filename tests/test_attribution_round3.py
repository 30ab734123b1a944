"""Who speaks, third round: wordings of statement lists, reports in an NGO's own voice and retrospective tables.

- object: "X welcomes the joint statement of Y" / "X rejected a statement by Y": the subject speaks about Y's
  statement; "according to a statement by Y" and "Y said in a statement" stay Y's;
- after: "..., a day after Moscow announced the annexation", "..., when Tigray announced ..." recalls an earlier
  claim in a time clause; the outlet's sentence is its own;
- act: "declared a unilateral ceasefire", "announced mobilization" is an act, a country's by its government;
  "announced that a ceasefire had been agreed" and "announced the evacuation of civilians" report a claim;
- table: a table row's cells are joined with " | ": the date cell before the event is not part of its subject;
- installed: "the Russian-backed administration in Kharkiv" is that administration, not Russia's government;
- civilian: a speaker described by a civilian trade ("a shop owner, Lena, 52,", "a taxi driver") speaks for
  no party;
- second-verb: "X denies the claims, says Armenia \"...\"": the second verb is X's, not an inverted "says Armenia";
- cue: a turn that opens with a cue of three words or fewer ("To New York.") has its weak frame in the
  sentence after it ("the UN General Assembly voted to demand ...");
- title: a bare title with no one named before it ("the mayor says") names no one;
- control: the ordinary phrasings next to them, which must stay right.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import grouped_cases, wars_fixture
from tests.test_attribution_round2 import WARS

CASES = [
    ("object", "ethiopia", "The Tigray regional government welcomes the statement of the Norwegian Refugee Council "
                           "of 3 March, which calls for an immediate truce.", "Tigray regional government",
     "tigrayan"),
    ("object", "ukraine", "The Ukrainian Foreign Ministry rejected a statement by the Vietnamese government on the "
                          "grain deal.", "Ukrainian Foreign Ministry", "ukrainian"),
    ("object", "ethiopia", "According to a statement by the Norwegian Refugee Council, 40,000 people fled Adigrat.",
     "Norwegian Refugee Council", "independent"),
    ("object", "ukraine", "In a statement, the Ukrainian Foreign Ministry said the ambassador had been summoned.",
     "Ukrainian Foreign Ministry", "ukrainian"),
    ("after", "ukraine", "Ukrainian forces entered Kharkiv's northern suburbs, a day after Moscow announced a "
                         "regrouping of its troops.", None, "independent"),
    ("after", "ethiopia", "Federal troops took Shire on Sunday, two days after Tigray announced a withdrawal.",
     None, "independent"),
    ("after", "ukraine", "Ukraine announced on Monday that its forces had entered Kharkiv's northern suburbs.",
     "Government of Ukraine", "ukrainian"),
    ("after", "ethiopia", "The siege of Adigrat began in March, when Tigray announced the encirclement of the town.",
     None, "independent"),
    ("act", "ethiopia", "Tigrayan forces entered Shire, and the federal government declared a unilateral ceasefire on "
                        "the same day.", None, "independent"),
    ("act", "ukraine", "Russia announced a partial mobilization on Wednesday.", "Government of Russia", "russian"),
    ("act", "ukraine", "Ukraine introduced martial law and announced general mobilization.", "Government of Ukraine",
     "ukrainian"),
    ("act", "ukraine", "Ukraine announced that a ceasefire had been agreed for the plant.", "Government of Ukraine",
     "ukrainian"),
    ("act", "ukraine", "Russia announced the evacuation of civilians from the town.", "Government of Russia",
     "russian"),
    ("table", "ethiopia", "4 November 2020 | Ethiopia announced an offensive against the TPLF in Tigray. | [7]",
     "Ethiopian federal government", "federal"),
    ("table", "ethiopia", "4 November 2020 | Federal troops advanced towards Shire. | [8]", None, "independent"),
    ("installed", "ukraine", "The Russian-backed administration in Kharkiv said 5,000 people had left the town.",
     "Russian-backed administration", "russian"),
    ("installed", "ukraine", "The Russian administration said 5,000 people had left the town.",
     "Government of Russia", "russian"),
    ("civilian", "ukraine", "A missile struck a market in Kharkiv at noon. A shop owner, Lena, 52, said she saw "
                            "smoke rising over the stalls.", "shop owners", "independent"),
    ("civilian", "ethiopia", "A taxi driver in Adigrat said he had counted eleven bodies on the road.",
     "taxi drivers in Adigrat", "independent"),
    ("civilian", "ukraine", "A resident of Kharkiv, Petro, 70, said the shelling lasted all night.",
     "residents", "independent"),
    ("second-verb", "ukraine", 'Ukrainian Foreign Minister Anna Koval rejects Russian claims that Kyiv shelled the '
                               'plant, says Ukraine "has never fired at a nuclear site".', "Anna Koval", "ukrainian"),
    ("second-verb", "ethiopia", "Abiy Ahmed denies reports of a blockade, says that aid convoys reach Adigrat "
                                "every day.", "Abiy Ahmed", "federal"),
    ("second-verb", "ukraine", "Two civilians were killed in Kharkiv overnight, says the Ukrainian military.",
     "Ukrainian military", "ukrainian"),
    ("cue", "gaza", "PRESENTER: To New York. The UN General Assembly voted on Tuesday to demand an immediate "
                    "ceasefire in Gaza.", "UN General Assembly", "third-party"),
    ("cue", "gaza", "PRESENTER: To Ashdod now. Israeli police praised the volunteers who cleared the rubble.",
     "Israel Police", "israeli"),
    ("cue", "ukraine", "Kyiv was quiet overnight. Ukrainian police praised the volunteers who cleared the rubble.",
     None, "independent"),
    # the mayor of the city the title names (round 32)
    ("title", "ukraine", "Kharkiv is now without heating or water, the mayor says.", "mayor", "ukrainian"),
    ("title", "ukraine", "Kharkiv is now without heating or water, the Ukrainian military says.",
     "Ukrainian military", "ukrainian"),
]

GROUPS = ("object", "after", "act", "table", "installed", "civilian", "second-verb", "cue", "title", "control")

wars = wars_fixture(WARS)
test_who_speaks_round3 = grouped_cases(CASES, GROUPS)
