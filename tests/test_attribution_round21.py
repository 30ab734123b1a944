"""Who speaks, twenty-first round.

- information: a statement noun that ends an office's name ("the Ministry of Information", "the information
  ministry") names the office, not what it issued: the ministry speaks, it is no unnamed source;
- investigators: an investigative committee is a body of its own ("Belarus's Investigative Committee"), not the
  prosecutor general's office;
- headquarters: a body a polity's possessive names by a proper name that goes on after its body noun ("Ukraine's
  Coordination Headquarters for the Treatment of Prisoners of War") is that polity's body, as one ending in it is;
- cut: a claim clause whose verb is "cut" ("A drone strike cut power to ..., regional governor X said") is what is
  claimed, so the first polity in it gives the speaker no side;
- where: a place that opens the phrase right before a titled speaker ("In Warsaw, foreign ministry spokesman X
  said", "In Russia's Belgorod region, the governor said") is where the office is: the one polity it names is the
  speaker's; a place before a claim clause ("In Kharkiv, Russian shelling killed two people, ...") is the claim's.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import ukraine_sides, war_cases, wars_fixture

MORE = """      - {name: Poland, side: third-party, adjective: Polish, government: Government of Poland,
         forms: [Poland, Polish, Warsaw]}
      - {name: Somalia, side: third-party, adjective: Somali, government: Government of Somalia,
         forms: [Somalia, Somali, Mogadishu]}
      - {name: Belarus, side: russian, adjective: Belarusian, government: Government of Belarus,
         forms: [Belarus, Belarusian, Minsk]}
"""

WARS = {"ukraine": (ukraine_sides(more=MORE), """
    defaults: replace
    places:
      - {name: Kharkiv}
      - {name: Belgorod}
""")}

wars = wars_fixture(WARS)

test_a_ministry_named_for_information = war_cases("ukraine", [
    ("The Somali Ministry of Information said the convoy had reached Mogadishu.",
     "Somali Information Ministry", "third-party"),
    ("Ukraine's information ministry said three broadcast towers had been hit.",
     "Ukrainian Information Ministry", "ukrainian"),
    # the statement noun after an office's name is still what it issued
    ("According to information from the Russian Defence Ministry, the convoy turned back.",
     "Russian Defence Ministry", "russian"),
])

test_an_investigative_committee_is_its_own_body = war_cases("ukraine", [
    ("Belarus's Investigative Committee said it had opened a case over the drone that fell near Minsk.",
     "Belarusian Investigative Committee", "russian"),
    ("The Russian Investigative Committee said two suspects had been detained.",
     "Russian Investigative Committee", "russian"),
    # prosecutors and investigators stay the prosecutor general's office
    ("Ukrainian prosecutors said the strike on Kharkiv was a war crime.", "Ukrainian Prosecutor General's Office",
     "ukrainian"),
])

test_a_claim_clause_with_cut = war_cases("ukraine", [
    # not the claim's Russia; the region it names is Ukraine's (round 32: a regional office of the update's region)
    ("A Russian drone strike cut power to 40,000 homes in Kharkiv overnight, regional governor Ivan Petrenko said.",
     "Ivan Petrenko", "ukrainian"),
    ("Shelling cut the water supply to the city, Ukraine's energy minister Olena Koval said.", "Olena Koval",
     "ukrainian"),
])

test_a_place_before_a_titled_speaker = war_cases("ukraine", [
    ("In Warsaw, foreign ministry spokesman Pawel Nowak said the border crossings would stay open.", "Pawel Nowak",
     "third-party"),
    ("In Russia's Belgorod region, acting governor Pavel Orlov said two villages had been evacuated.",
     "Pavel Orlov", "russian"),
    ("In Minsk, the defence ministry said the exercises had ended.", "Belarusian Defense Ministry", "russian"),
    # a speaker who names their own polity keeps it
    ("In Kyiv, Polish foreign minister Anna Wisniewska said more aid would come.", "Anna Wisniewska",
     "third-party"),
    # a place before a claim clause is the claim's place, not the speaker's
    # the region the claim names is Russia's (round 32: a regional office of the update's region), not Ukraine's
    ("In Belgorod, Ukrainian drones hit a fuel depot, regional governor Pavel Orlov said.", "Pavel Orlov", "russian"),
    # a name with no title is no office of the place
    ("In Warsaw, Olena Koval said the talks had gone well.", "Olena Koval", None),
])

test_a_body_named_past_its_noun = war_cases("ukraine", [
    ("Forty soldiers came home in an exchange, Ukraine's Coordination Headquarters for the Treatment of Prisoners of "
     "War said.", "Ukrainian Coordination Headquarters for the Treatment of Prisoners of War", "ukrainian"),
    ("Russia's Commission for the Return of Deported Children said 12 children had been handed over.",
     "Russian Commission for the Return of Deported Children", "russian"),
])
