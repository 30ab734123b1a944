"""Who speaks, twenty-third round.

- title-case datelines: a story that opens with its city in title case and a dash ("Addis Abeba – X said", "Port
  Sudan — The army said") names the place it is filed from, not who speaks, as an upper-case dateline does;
- residents of a city's part: "Residents of Odesa's Peresyp district" are residents; the part's name ("Peresyp") is
  where they are, as in "Residents of Peresyp", not a person who speaks;
- relayed sources: an outlet that reports "citing two Ukrainian military sources" (or "Russian security sources told
  AFP") relays them: the sources claim it, named as the text names them, for the party their words name; an outlet
  of that same party citing its sources still speaks, and sources of no party leave the outlet the claimant;
- a leader's office: "Prime Minister X told Y that ..., the Prime Minister's Office said" (or "President X said ...,
  the Presidential Office said") is the leader's claim, the office relays it; the leader takes the office's side.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from tests.attribution_cases import ukraine_sides, war_cases, wars_fixture

WARS = {"ukraine": (ukraine_sides(ukraine="Ukraine, Ukrainian, Kyiv, Coordination Post, Ukrinform"), """
    defaults: replace
    places:
      - {name: Odesa}
    bodies:
      - {name: Office of the President of Ukraine, side: ukrainian, aliases: [Presidential Office]}
      - {name: Reuters, side: independent}
      - {name: Associated Press, side: independent, aliases: [AP]}
      - {name: TASS, side: russian}
      - {name: Kyiv Post, side: independent}
""")}

wars = wars_fixture(WARS)

test_a_title_case_dateline_names_no_one = war_cases("ukraine", [
    ("Kyiv – Ukraine's Foreign Minister Andrii Sybiha said on Tuesday that talks would resume next week.",
     "Andrii Sybiha", "ukrainian"),
    ("Odesa — Ukrainian Navy spokesman Dmytro Pletenchuk said two drones were downed over the port.",
     "Dmytro Pletenchuk", "ukrainian"),
    ("Nizhny Novgorod – Russian regional governor Gleb Nikitin said a Ukrainian drone hit a refinery.",
     "Gleb Nikitin", "russian"),
])

test_residents_of_a_citys_part_are_residents = war_cases("ukraine", [
    ("Residents of Kharkiv's Saltivka district reported several loud explosions overnight.", "residents",
     "independent"),
    ("Residents of Odesa's Peresyp area said the blast shattered windows along the street.", "residents",
     "independent"),
    ("Witnesses in Kyiv's Podil neighbourhood said a drone hit a warehouse.", "witnesses", "independent"),
    ("Residents of the Holosiivskyi district said the power went out.", "residents", "independent"),
])

test_an_outlet_citing_a_partys_sources_relays_them = war_cases("ukraine", [
    ("Several blasts were heard in Sevastopol, Reuters reported, citing two Russian security sources.",
     "Russian security sources", "russian"),
    ("A drone hit a fuel depot near Odesa overnight, the AP reported, citing Ukrainian military sources.",
     "Ukrainian military sources", "ukrainian"),
    ("Two Ukrainian intelligence sources told Reuters that the strike had hit a radar station.",
     "Ukrainian intelligence sources", "ukrainian"),
    # the party's own agency citing its sources speaks; sources of no party leave the outlet the claimant
    ("A Ukrainian drone was downed over Belgorod, TASS reported, citing Russian security sources.", "TASS",
     "russian"),
    ("Talks could resume next week, Reuters reported, citing people familiar with the matter.", "Reuters",
     "independent"),
])

test_a_leaders_office_relays_the_leader = war_cases("ukraine", [
    ("Prime Minister Denys Shmyhal told the Polish premier in a call that the grain corridor must stay open, "
     "Ukraine's Prime Minister's Office said.", "Denys Shmyhal", "ukrainian"),
    ("President Volodymyr Zelensky said the air defence systems would arrive within weeks, the Ukrainian "
     "President's Office said in a statement.", "Volodymyr Zelensky", "ukrainian"),
    ("Prime Minister Denys Shmyhal told the Polish premier that the corridor must stay open, the PM Office said.",
     "Denys Shmyhal", None),
    # an office that names no leader speaks itself (as its government)
    ("Ukraine's Prime Minister's Office said the grain corridor must stay open.", "Government of Ukraine",
     "ukrainian"),
])

test_a_digests_telegraphic_style = war_cases("ukraine", [
    ("Govt claimed progress in talks. Foreign Ministry 12 March said Kyiv would attend next round in Geneva.",
     "Foreign Ministry", None),
    ("Ukraine's Defence Ministry 3 May said it had downed 40 drones over Odesa region.", "Ukrainian Defence Ministry",
     "ukrainian"),
    ("Russian Defence Ministry night of 3-4 May said its forces took village near Pokrovsk.",
     "Russian Defence Ministry", "russian"),
    ("Ukrainian President Volodymyr Zelensky mid-May said counter-offensive had not begun.", "Volodymyr Zelensky",
     "ukrainian"),
    ("Ukrainian govt 20 May announced evacuation of frontline villages.", "Government of Ukraine", "ukrainian"),
])

test_a_ministry_named_by_its_domain = war_cases("ukraine", [
    ("Ukraine's Ministry of Energy said a drone strike cut power to 200,000 homes in Odesa.",
     "Ukraine's Ministry of Energy", "ukrainian"),
    ("The Ministry of Culture and Information Policy said the museum in Odesa was damaged by Russian shelling.",
     "Ministry of Culture and Information Policy", None),
    ("The Agrarian Policy Ministry said grain exports fell by a third.", "Agrarian Policy Ministry", None),
    ("The Russian Transport Ministry said the Kerch bridge was closed for three hours.",
     "Russian Transport Ministry", "russian"),
])

test_a_body_led_by_someone_speaks = war_cases("ukraine", [
    ("The Ukrainian Coordination Headquarters, led by the head of military intelligence, Kyrylo Budanov, said it "
     "had identified the bodies.", "Ukrainian Coordination Headquarters", "ukrainian"),
    ("Russia's Investigative Committee, headed by Alexander Bastrykin, said it had opened a case.",
     "Russian Investigative Committee", "russian"),
])

test_a_polity_form_is_no_outlet = war_cases("ukraine", [
    ("The Coordination Post said 12 civilians had been exchanged.", "Coordination Post", "ukrainian"),
    ("The strike hit a depot, the culture ministry's agency Ukrinform reported.", "Ukrinform", "ukrainian"),
    ("The strike hit a depot, the Kyiv Post reported.", "Kyiv Post", "independent"),
])

test_a_titled_speaker_line = war_cases("ukraine", [
    ("Energy Minister Herman Halushchenko: power restored to most of Odesa after overnight strike",
     "Herman Halushchenko", None),
    # the governor of the region the line names (round 32)
    ("Governor Oleh Kiper: two killed, port infrastructure damaged in Odesa", "Oleh Kiper", "ukrainian"),
    ("Deputy Minister Abdullah al-Hassan: talks with Kyiv to resume next month", "Abdullah al-Hassan", None),
    ("Key events: two killed, port infrastructure damaged in Odesa", None, "independent"),
])
