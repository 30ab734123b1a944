"""Who speaks, twenty-eighth round: a chronology's cells that name their speaker in a note's shorthand.

- colon: a cell that opens with a name (and a bracketed role or medium) and a colon, then quotes the person
  ("Kuleba: Ukraine expects "..."") is that person's claim, whoever the words after the colon are about; another
  speaker whose verb reports the quotation ("Kharkiv: Mayor X says "..."") still speaks;
- bracket: a role or medium in brackets between a name and its colon or verb ("Budanov (head of HUR): ...",
  "Gladkov (video address) says") leaves the name;
- platform: the platform a speaker posts on between the name and the verb ("Kadyrov on Telegram claims") leaves
  the name;
- verbs: the present tense a chronology tells in ("admits", "acknowledges"; "names" the villages retaken);
- UN post: a person described by a post the UN fills in a country or crisis ("the Humanitarian Coordinator for
  Yemen, X", "UN Resident Coordinator X") stays who speaks, for the UN's side, not the country's.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import ukraine_sides, war_cases, wars_fixture

WARS = {"ukraine": (ukraine_sides(), """
    defaults: replace
    people:
      - {name: Dmytro Kuleba, polity: Ukraine}
      - {name: Kyrylo Budanov, polity: Ukraine}
      - {name: Vyacheslav Gladkov, polity: Russia}
      - {name: Ramzan Kadyrov, polity: Russia}
      - {name: Ihor Terekhov, polity: Ukraine}
    bodies:
      - {name: United Nations, side: third-party, aliases: [UN]}
""")}

wars = wars_fixture(WARS)

test_a_chronologys_shorthand_names_its_speaker = war_cases("ukraine", [
    # colon: the name before it speaks the quotation after it
    ('Kuleba: Ukraine expects "the first new air defence systems within weeks", talks go on.', "Dmytro Kuleba",
     "ukrainian"),
    ('Budanov (head of HUR, on national TV): Russia is preparing "a new offensive in the spring".',
     "Kyrylo Budanov", "ukrainian"),
    ('Hnatenko: the brigade repelled "three assaults on the northern flank overnight".', "Hnatenko", None),
    ('Kharkiv: Mayor Terekhov says "the city will not be broken by these strikes".', "Ihor Terekhov",
     "ukrainian"),
    # platform and bracket between a name and its verb
    ("Gladkov on Telegram reports shelling of Shebekino; two people wounded.", "Vyacheslav Gladkov", "russian"),
    ("Kadyrov via Telegram claims Chechen units took a village near Kreminna.", "Ramzan Kadyrov", "russian"),
    ("Gladkov (video address) says two border villages were hit by drones overnight.", "Vyacheslav Gladkov",
     "russian"),
    # verbs: a chronology's present tense
    ("Gladkov admits that the border villages cannot be defended against every drone.", "Vyacheslav Gladkov",
     "russian"),
    ("Kuleba acknowledges delays in the delivery of the promised tanks.", "Dmytro Kuleba", "ukrainian"),
    ("Budanov (interview) names three towns the Russian army is preparing to attack.", "Kyrylo Budanov",
     "ukrainian"),
])

test_a_un_post_holder_speaks_for_the_un = war_cases("ukraine", [
    ("The Humanitarian Coordinator for Ukraine, Maria Lindqvist, said the UN was alarmed by the strikes on Odesa.",
     "Maria Lindqvist", "third-party"),
    ("UN Resident and Humanitarian Coordinator Maria Lindqvist condemned the attack on the railway station.",
     "Maria Lindqvist", "third-party"),
    ("The Deputy Regional Humanitarian Coordinator for the Ukraine crisis, Tomas Berg, said 40 trucks had crossed.",
     "Tomas Berg", "third-party"),
    # control: a country's own official keeps the country's side
    ("The Ukrainian coordinator for humanitarian aid, Olena Shevchuk, said 40 trucks had arrived.", "Olena Shevchuk",
     "ukrainian"),
])
