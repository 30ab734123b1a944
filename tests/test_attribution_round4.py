"""Who speaks, fourth round: places and days in apposition, and a news list's "Speaker: claim" lines.

- place: a place's description after it ("Residents of Kadugli, capital of South Kordofan,", "Kharkiv, Ukraine's
  second city,") and a town's region ("In El Fasher, North Darfur, the RSF", "Volunteers in Kosti, White Nile
  State,") say where, never who speaks;
- day: a named day or holiday ("on Ukraine's Independence Day", "Russia's Victory Day", "Orthodox Christmas")
  is a date, never a claimant; a pronoun after it ("..., Independence Day, he said") is the one named before;
- line: a news list item whose line opens with a person or body and a colon ("Ukrainian General Staff: Russian
  forces lost ...") is that speaker's claim; a place ("Kharkiv: two killed"), a rubric ("Analysis:") and a
  transcript's speaker label ("PRESENTER:") name no one this way;
- control: the ordinary phrasings next to them, which must stay right.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import grouped_cases, war_cases, wars_fixture
from tests.test_attribution_round2 import WARS as WARS2
from tests.test_attribution_wars import WARS as WARS1

WARS = {"ukraine": WARS2["ukraine"], "ethiopia": WARS2["ethiopia"], "gaza": WARS2["gaza"], "sudan": WARS1["sudan"]}

CASES = [
    ("place", "sudan", "Residents of Kadugli, capital of South Kordofan, told Sudan Tribune that shelling resumed at "
                       "dawn.", "residents of Kadugli", "independent"),
    ("place", "ethiopia", "Residents of Adigrat, the regional capital, told the BBC that shelling resumed.",
     "residents of Adigrat", "independent"),
    ("place", "ukraine", "Residents of Kharkiv, Ukraine's second city, told the BBC that shelling resumed.",
     "residents of Kharkiv", "independent"),
    ("place", "sudan", "In El Fasher, North Darfur, the RSF claimed to have taken the main market.",
     "Rapid Support Forces", "rsf"),
    ("place", "ukraine", "In Izium, Kharkiv Oblast, Russian forces claimed to have taken two villages.",
     "Russian military", "russian"),
    ("place", "sudan", "Volunteers in Kosti, White Nile State, told Sudan Tribune that 2,000 families had arrived.",
     "volunteers in Kosti", "independent"),
    ("place", "sudan", "Residents of El Obeid told Sudan Tribune that the siege had tightened.",
     "residents of El Obeid",
     "independent"),
    ("place", "sudan", "Volunteers in Wad Madani, Gezira State, told Sudan Tribune that 2,000 families had arrived.",
     "volunteers in Wad Madani", "independent"),
    ("day", "ukraine", "In his address on August 24, Ukraine's Independence Day, Volodymyr Koval said that the war "
                       "would end.", "Volodymyr Koval", None),
    ("day", "ukraine", "Crowds gathered in Kyiv on Ukrainian Independence Day, the Ukrainian military said.",
     "Ukrainian military", "ukrainian"),
    ("day", "ukraine", "In his speech on 9 May, Russia's Victory Day, he said that the war would end.", None, None),
    ("day", "ukraine", "Ukraine's defence minister Oleh Koval visited the front. In his address on August 24, "
                       "Ukraine's Independence Day, he said that the war would end.", "Oleh Koval", "ukrainian"),
    ("day", "ethiopia", "On Orthodox Christmas, Ethiopian troops shelled Adigrat, the Tigray regional government "
                        "said.", "Tigray regional government", "tigrayan"),
    ("day", "ukraine", "Ukraine's Independence Day passed quietly in Kharkiv.", None, "independent"),
    ("line", "ukraine", "Ukrainian General Staff: Russian forces lost 300 soldiers in the past day",
     "Ukrainian General Staff", "ukrainian"),
    ("line", "ukraine", "09:15 Ukrainian General Staff: Russian forces lost 300 soldiers in the past day\n\nThe figure "
                        "includes 12 tanks and 20 artillery systems.", "Ukrainian General Staff", "ukrainian"),
    ("line", "ethiopia", "Abiy Ahmed: Federal troops will not enter Adigrat\n\nThe prime minister spoke in "
                         "parliament on Tuesday.", "Abiy Ahmed", "federal"),
    ("line", "sudan", "SAF spokesman Nabil Abdallah: the army repelled an attack on Omdurman", "Nabil Abdallah",
     "saf"),
    ("line", "ukraine", "Kharkiv: two killed in shelling", None, None),
    ("line", "ukraine", "Analysis: Russian forces lost 300 soldiers in the past day", None, "independent"),
    ("line", "ukraine", "Key Events: Russian forces shelled Kharkiv overnight", None, "independent"),
    ("line", "gaza", "PRESENTER: To Ashdod now. Israeli police praised the volunteers who cleared the rubble.",
     "Israel Police", "israeli"),
    ("control", "gaza", "Israel: Hamas fired 30 rockets at Ashdod overnight", "Government of Israel", "israeli"),
    # the governor of a region is its state's (regions.yaml); the region as a place, below, names no side
    ("control", "ukraine", "The governor of Kharkiv, Oleh Synehubov, said two people were killed.", "Oleh Synehubov",
     "ukrainian"),
    ("control", "ukraine", "In Kharkiv, Oleh Synehubov said two people were killed.", "Oleh Synehubov", None),
    ("control", "sudan", "Residents of Kadugli told Sudan Tribune that shelling resumed.", "residents of Kadugli",
     "independent"),
]

GROUPS = ("place", "day", "line", "control")

wars = wars_fixture(WARS, default=True)
test_who_speaks_round4 = grouped_cases(CASES, GROUPS)


test_default_war = war_cases("karabakh-default", [
    ("Armenian Defence Ministry: Azerbaijani forces shelled Goris overnight", "Armenian Defence Ministry", "armenian"),
    ("Stepanakert: two killed in shelling", None, None),
    ("On September 21, Armenia's Independence Day, crowds gathered in Yerevan.", None, "independent"),
])
