"""A wire story's paragraph that tells on the act the paragraph above reported, with no day of its own: by a definite
description of that act ("The attacks, which came minutes apart, targeted ...", "The strikes hit ...", "During the
battles, ...") or by what was heard of it ("Heavy gunfire and explosions were heard ..."). It carries that update on;
a paragraph naming another act, or an act with no act above it, is still an update of its own. So do the outlet's
caveat on the claim above ("The agency was unable to independently verify the claim.", "Independent confirmation of
the toll was not immediately possible."), "No damage or injuries were reported", the terms of a truce named above
("Under the terms of the truce, ..."), the other side's silence ("There was no immediate comment from the army.") and
the two parties of the story by a word that only refers back to them ("Both sides accused each other ...")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from chronik.config import Config, Source
from chronik.ingest import clean_line
from chronik.model import Document, Update
from chronik.segment import continuation, segment
from chronik.segment.act_told_on import told_on


def run(text: str, published: dt.date) -> list[Update]:
    source = Source(id="wire", file="wire.txt", path=Path("wire.txt"), publisher="Wire", title=None,
                    published=published, timezone="UTC")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    lines = [clean_line(x) for x in text.splitlines()]
    updates, _ = segment(Document("wire", lines), source, config)
    return updates


def holding(updates: list[Update], line: int) -> Update:
    """The update that holds page line ``line``."""
    for u in updates:
        if line in u.lines + u.title_lines:
            return u
    raise AssertionError(f"no update holds line {line}")


def page(*paragraphs: str) -> str:
    """A wire story as a site sets it: its headline, then its paragraphs apart (page lines 1, 3, 5, ...)."""
    return "\n\n".join(paragraphs)


CAUCA = page(
    "Rebels attack police posts in southwest Colombia",
    "POPAYAN, Colombia, March 3 (Andes Wire) - Dissident fighters attacked two police stations in Cauca province "
    "on Sunday, killing four officers and wounding nine, the defence ministry said.",
    "The attacks, which came less than an hour apart, hit the stations in Suarez and Morales with explosives and "
    "rifle fire, and a third post outside the town was set on fire.",
    "Colombia's ombudsman said on Monday that more than 1,200 people had fled their homes in the region since "
    "January.")

SAHEL = page(
    "Gunmen attack gendarmerie school in Malian capital",
    "BAMAKO, Sept. 17 (Sahel Desk) - Jihadist fighters attacked a gendarmerie training school near the airport in "
    "the Malian capital early on Tuesday, the army said in a statement.",
    "Heavy gunfire and explosions were heard in the area for several hours, residents told Sahel Desk.",
    "Mali's transitional government said on Wednesday that it had recalled its ambassador to Algiers.")

RED_SEA = page(
    "Coalition jets strike rebel sites around Hodeidah",
    "ADEN, Feb. 4 (Gulf Wire) - Coalition aircraft conducted strikes on rebel positions around Hodeidah port on "
    "Saturday night, the coalition command said.",
    "The strikes targeted drone workshops, a coastal radar station, fuel stores and two fast boats rigged with "
    "explosives at 18 sites along the coast and on the islands off it, and damage assessments are still under way.",
    "The UN envoy to Yemen said on Sunday he would travel to Muscat for talks with both parties next week.")

TALKS = page(
    "Prisoner talks resume in Geneva",
    "GENEVA, May 9 (Alpine Wire) - Envoys of the two governments met in Geneva on Thursday for a second round of "
    "talks on prisoner exchanges, the mediators said.",
    "The attacks on grain convoys in the north have made deliveries impossible for a month, aid officials said.")


def test_attacks_described_carry_on_the_attack_above() -> None:
    updates = run(CAUCA, dt.date(2025, 3, 3))
    assert holding(updates, 5) is holding(updates, 3)
    assert holding(updates, 7) is not holding(updates, 3)


def test_gunfire_heard_carries_on_the_attack_above() -> None:
    updates = run(SAHEL, dt.date(2024, 9, 17))
    assert holding(updates, 5) is holding(updates, 3)
    assert holding(updates, 7) is not holding(updates, 3)


def test_strikes_described_carry_on_the_strikes_above() -> None:
    updates = run(RED_SEA, dt.date(2024, 2, 4))
    assert holding(updates, 5) is holding(updates, 3)
    assert holding(updates, 7) is not holding(updates, 3)


def test_attacks_under_a_paragraph_reporting_no_act_open_their_own() -> None:
    updates = run(TALKS, dt.date(2025, 5, 9))
    assert holding(updates, 5) is not holding(updates, 3)


def test_told_on_needs_the_act_above_or_sounds_heard() -> None:
    above = "Rebel gunboats shelled the river port of Mopti on Friday, the governor said."
    assert told_on("The shelling set two fuel barges alight and sank a ferry.", above)
    assert told_on("During the battles, three armoured vehicles were destroyed.", "Troops fought rebels near Gao.")
    assert told_on("Loud explosions could be heard across the city overnight.", "The minister resigned.")
    assert not told_on("The shelling set two fuel barges alight.", "The governor met elders in Mopti on Friday.")
    assert not told_on("The ceasefire held through the night, monitors said.", above)
    assert not told_on("The attackers' families were detained.", "Gunmen attacked a bus.")


TANKER = page(
    "Tanker reports blast off Yemen coast",
    "ADEN, July 2 (Gulf Wire) - A tanker reported an explosion near its hull 40 nautical miles west of Hodeidah on "
    "Tuesday, the maritime security agency said.",
    "No damage or injuries were reported and the ship continued to its next port of call.",
    "Yemen's government said on Wednesday that it would ask the UN to extend its monitoring mission in the port.")

DRONE_CLAIM = page(
    "Militia says it downed army drone",
    "BUNIA, Jan. 20 (Lakes Wire) - A militia in the country's northeast said on Monday it had shot down an army "
    "drone over a gold-mining village and killed eleven soldiers in an ambush nearby.",
    "The agency was unable to independently verify the claim.",
    "Independent confirmation of the death toll was not immediately possible.",
    "The provincial governor said on Tuesday that schools in the district would stay closed for a week.")


def test_no_damage_or_injuries_carries_on_the_report() -> None:
    updates = run(TANKER, dt.date(2024, 7, 2))
    assert holding(updates, 5) is holding(updates, 3)
    assert holding(updates, 7) is not holding(updates, 3)


def test_caveats_on_the_claim_carry_it_on() -> None:
    updates = run(DRONE_CLAIM, dt.date(2025, 1, 20))
    assert holding(updates, 5) is holding(updates, 3)
    assert holding(updates, 7) is holding(updates, 3)
    assert holding(updates, 9) is not holding(updates, 3)


def test_caveat_words_read_only_on_a_short_line() -> None:
    assert continuation._unverified("Independent confirmation of the figures was not immediately possible.")
    assert continuation._unverified("Reuters was unable to verify the footage.")
    assert not continuation._unverified("Rebels said on Sunday they had taken the airport and the bridge over the "
                                        "river after two days of fighting, a claim the army was unable to confirm as "
                                        "its commanders were cut off from the front.")
    assert continuation._NO_HARM.match("No casualties or damage were reported.")
    assert not continuation._NO_HARM.match("No ceasefire was reported.")


TRUCE = page(
    "Rival factions agree three-day truce in Tripoli",
    "TRIPOLI, Aug. 30 (Maghreb Wire) - The two armed factions fighting for control of the capital's port agreed to a "
    "three-day truce brokered by tribal elders on Friday, the presidential council said.",
    "Under the terms of the truce, both sides are to pull their armoured vehicles back from the coastal road and "
    "allow ambulances into the port district.",
    "There was no immediate comment from the port militia.",
    "Flights at the city's airport resumed on Saturday after a two-day halt, the airport authority said.")


def test_terms_of_the_truce_and_no_comment_carry_on_the_report() -> None:
    updates = run(TRUCE, dt.date(2024, 8, 30))
    assert holding(updates, 5) is holding(updates, 3)
    assert holding(updates, 7) is holding(updates, 3)
    assert holding(updates, 9) is not holding(updates, 3)


def test_terms_of_a_listed_item_and_no_reply() -> None:
    assert continuation.terms_of("• Under the deal, the rebels are to hand over heavy weapons within 30 days.",
                                 "The government and the rebels signed a peace deal in Addis Ababa on Monday.")
    assert not continuation.terms_of("Under the terms of the plan, the UN would run the camps.",
                                      "The minister met envoys on Monday.")
    assert continuation._unverified("The militia did not immediately respond to a request for comment.")
    assert not continuation._unverified("There was no comment on a plan the ministry announced on Sunday to "
                                        "rebuild the bridges, which engineers said would take three years and "
                                        "cost more than the whole of the province's budget for the decade.")


BORDER = page(
    "Border clashes between Kyrgyz and Tajik troops",
    "BISHKEK, Sept. 16 (Steppe Wire) - Kyrgyz and Tajik border troops exchanged fire with mortars and heavy machine "
    "guns near the disputed Batken enclave on Friday, the Kyrgyz border service said.",
    "Both sides accused each other of moving armour into the area in breach of the arrangements agreed in the spring "
    "and of firing first, and each gave its own figures for the dead and the wounded in the villages along the road.",
    "Russia's foreign ministry said on Saturday that Moscow was ready to mediate between the two neighbours.")


def test_both_sides_carry_on_the_clash_above() -> None:
    updates = run(BORDER, dt.date(2022, 9, 16))
    assert holding(updates, 5) is holding(updates, 3)
    assert holding(updates, 7) is not holding(updates, 3)
    assert continuation._BOTH_SIDES.match("The two sides have claimed control of the airport.")
    assert not continuation._BOTH_SIDES.match("Both ministers met in Geneva.")
