"""Attribution cases met on the holdout sets' UN bodies (ZZZZZK's UN News bulletin, ZZZZZD's 1994 report, ZZZZZC's
timeline) and on ZZZZZS's timeline, on text written for these tests:

- a body of its own named after the known body it belongs to, with its acronym ("the Office of the UN High
  Commissioner for Refugees (UNHCR)", "the UN Mission in Guinea (UNMIG)"), is that body, by its acronym
  when the gazetteer knows it and else by its name and acronym, with its parent's side; a known body named whole
  with its acronym ("the Rapid Support Forces (RSF)") is still that body (a guard);
- a mission or commission the body sends, in lower case and maybe with where it works ("the UN human rights
  monitoring mission in Liberia", "a UN commission of inquiry"), and a capitalised mission of one body noun and its
  place ("the UN Mission in Guinea") are bodies of their own;
- the body's people ("UN officials", "UN humanitarian officials in Freetown", "AU peacekeepers") are named so, with
  the body's side; the body itself still speaks by its name (a guard);
- unnamed sources whose words name their party ("Sierra Leonean military sources said", "An RUF source said") are
  named as the text names them, with their party's side, closing the sentence as well as opening it; "local
  sources" closing it are the place's people, of no side, named by no one; sources named by a trade of no party
  ("humanitarian sources", "Medical sources") are named so, of no side; bare "sources" name no one (a guard);
- unnamed officials keep the words that describe what they do, not their rank ("Sierra Leonean health officials";
  "a senior defence official" on a page of a Freetown daily, reporting the other side's deed: "Sierra Leonean
  defence official"); plain "Sierra Leonean officials" stay so (a guard);
- a list of places the claim names, its commas before the speaker ("... suspended at Lungi, Hastings, Bo, Kenema and
  Yengema airstrips as a precaution, a UN aviation official said"), is the claim's: the speaker after it speaks as
  in the sentence without the list;
- a message a speaker brought, told in a relative clause ("X, who arrived with a message from President Y, ... said
  ..."), is what X brought: X speaks; a message opening the sentence ("A message from President Y, read out ...,
  said ...") is Y's (a guard);
- people of no party are named with where they are, as the text names it ("a 45-year-old farmer from Kailahun":
  "farmers from Kailahun", "Kenema residents", "nurses at the Connaught Hospital"); a place named by no name
  ("Residents in the city") is left out (a guard);
- a ban, or an order called off or lifted, opening an update ("President X cancels the Christmas ceasefire", "The
  RUF bans all vehicles from ...") is the deed of who orders it;
- pictures someone released, opening a sentence on what they show ("A fresh video released by the RUF shows ...",
  "Footage released by ... on Sunday showed ..."), are that one's claim; videos fighters posted, which the outlet
  describes, are the outlet's (a guard);
- a body speaking through its spokesperson named in the phrase ("the RUF, through its spokesperson Gibril
  Massaquoi, said") or right after the verb ("The RUF announced on Saturday evening, through its spokesman Gibril
  Massaquoi, that ...") speaks by the spokesperson, for the body's side; through a spokesperson unnamed, the one
  named speaks (a guard);
- the UN's missions of the 1990s and 2000s ("UNOMSIL", "the United Nations Mission in Nepal", "ONUB") are known
  bodies of the UN, by their acronyms;
- a timeline's item opening with its day and a clock of four digits before its zone ("May 8, 1030 GMT - Kabbah appears
  on state radio ..., saying the army "never intended" ...") is the person's: the day and the clock are when, not
  who speaks.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from attribution_cases import labelled_cases, wars_fixture, who_and_side

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.model import Update

_SIERRA_LEONE = """
    defaults: extend
    sides:
      government: the government of Sierra Leone and its allies
      ruf: the Revolutionary United Front
    polities:
      - {name: Sierra Leone, side: government, adjective: Sierra Leonean, government: Government of Sierra Leone,
         forms: [Sierra Leone, Sierra Leonean, Freetown, Ahmad Tejan Kabbah, Kabbah]}
      - {name: Revolutionary United Front, side: ruf, adjective: RUF, government: null,
         forms: [Revolutionary United Front, RUF]}
"""

wars = wars_fixture({"sierra-leone": (_SIERRA_LEONE, "")})

_CASES = [
    ("sub-body with acronym", "sierra-leone", "The Office of the UN High Commissioner for Refugees (UNHCR) said that "
     "some 4,000 people had crossed into Guinea since Sunday.", "UNHCR", "third-party"),
    ("sub-body with acronym", "sierra-leone", "In Conakry, the UN Mission in Guinea (UNMIG) reported that its "
     "positions near Gueckedou came under fire overnight.", "UN Mission in Guinea – UNMIG", "third-party"),
    ("known body with acronym", "sierra-leone", "The Revolutionary United Front (RUF) said its fighters had taken "
     "Kambia on Tuesday.", "Revolutionary United Front – RUF", "ruf"),
    ("mission in lower case", "sierra-leone", "The UN human rights monitoring mission in Liberia said on Tuesday "
     "that at least 12 civilians had been killed.", "UN human rights monitoring mission in Liberia", "third-party"),
    ("commission of inquiry", "sierra-leone", "A UN commission of inquiry says RUF commanders ordered the killings "
     "in Koidu.", "UN commission of inquiry", "third-party"),
    ("mission and its place", "sierra-leone", "The UN Mission in Guinea said two of its observers were missing.",
     "UN Mission in Guinea", "third-party"),
    ("the body's people", "sierra-leone", "UN officials said about 300 people had died in the fighting.",
     "UN officials", "third-party"),
    ("the body's people", "sierra-leone", "UN humanitarian officials in Freetown estimated in April that 300 people "
     "had died.", "UN humanitarian officials in Freetown", "third-party"),
    ("the body's people", "sierra-leone", "AU peacekeepers said they had been fired on near Makeni.",
     "AU peacekeepers", "third-party"),
    ("timeline clock", "sierra-leone", "May 8, 1030 GMT - Kabbah appears on state radio for the first time since the "
     'attack, calling for calm and saying the army "never intended" to shell Makeni.', "Ahmad Tejan Kabbah",
     "government"),
    ("a UN mission", "sierra-leone", "UNOMSIL said its military observers had withdrawn from Kenema.", "UNOMSIL",
     "third-party"),
    ("a UN mission", "sierra-leone", "The United Nations Mission in Nepal said the arms monitors had left.", "UNMIN",
     "third-party"),
    ("a UN mission", "sierra-leone", "ONUB said the ceasefire in Bujumbura Rural had held overnight.", "ONUB",
     "third-party"),
    ("unnamed sources", "sierra-leone", "Five soldiers were killed near Kenema, Sierra Leonean military sources "
     "said.", "Sierra Leonean military sources", "government"),
    ("unnamed sources", "sierra-leone", "An RUF source said the fighters had pulled back from Koidu overnight.",
     "RUF source", "ruf"),
    ("unnamed sources", "sierra-leone", "Five soldiers were killed near Kenema, sources said.", None, None),
    ("sources of no party", "sierra-leone", "Thousands of civilians remained trapped in Kailahun on Tuesday, "
     "humanitarian sources said.", "humanitarian sources", "independent"),
    ("sources of no party", "sierra-leone", "Medical sources said 12 people had died in the shelling of Kenema.",
     "Medical sources", "independent"),
    ("unnamed sources", "sierra-leone", "Five soldiers were killed near Kenema, local sources said.", None,
     "independent"),
    ("officials described", "sierra-leone", "Sierra Leonean health officials said 40 people had been treated.",
     "Sierra Leonean health officials", "government"),
    ("officials", "sierra-leone", "Sierra Leonean officials said 40 people had been treated.",
     "Sierra Leonean officials", "government"),
    ("message in a relative clause", "sierra-leone", "Guinean Foreign Minister Lamine Kamara, who arrived in Freetown "
     "on Thursday with a message from President Lansana Conte, met President Kabbah and said Guinea would keep its "
     "border open.", "Lamine Kamara", "third-party"),
    ("message opening the sentence", "sierra-leone", "A message from President Lansana Conte, read out in Freetown on "
     "Thursday, said Guinea would keep its border open.", "Lansana Conte", None),
    ("where witnesses are", "sierra-leone", "A 45-year-old farmer from Kailahun told Human Rights Watch that soldiers "
     "burned his house.", "farmers from Kailahun", "independent"),
    ("where witnesses are", "sierra-leone", "Kenema residents said the shelling went on all night.",
     "Kenema residents", "independent"),
    ("where witnesses are", "sierra-leone", "A nurse at the Connaught Hospital said 40 wounded had been brought in.",
     "nurses at the Connaught Hospital", "independent"),
    ("where witnesses are", "sierra-leone", "Residents in the city said the shelling went on all night.", "residents",
     "independent"),
    ("a ban or an order called off", "sierra-leone", "President Ahmad Tejan Kabbah cancels the Christmas ceasefire "
     "after rebel attacks on Waterloo.", "Ahmad Tejan Kabbah", "government"),
    ("a ban or an order called off", "sierra-leone", "The RUF bans all vehicles from the Makeni road.",
     "Revolutionary United Front – RUF", "ruf"),
    ("pictures released", "sierra-leone", "A fresh video released by the RUF shows captured soldiers sitting in a "
     "classroom in Kailahun.", "Revolutionary United Front – RUF", "ruf"),
    ("pictures released", "sierra-leone", "Footage released by the UN Mission in Guinea on Sunday showed burned houses "
     "along the border.", "UN Mission in Guinea", "third-party"),
    ("pictures posted", "sierra-leone", "Videos posted by fighters this morning show them inside the barracks at "
     "Daru.", None, "independent"),
    ("through its spokesperson", "sierra-leone", "For its part, the RUF, through its spokesperson Gibril Massaquoi, "
     "said on Sunday that its fighters had withdrawn from Kambia.", "Gibril Massaquoi", "ruf"),
    ("through its spokesperson", "sierra-leone", "UN Secretary-General Kofi Annan, through his spokesperson, urged "
     "restraint on both sides.", "Kofi Annan", "third-party"),
    ("through its spokesperson", "sierra-leone", "The RUF announced on Saturday evening, through its spokesman Gibril "
     "Massaquoi, that it considered the ceasefire broken.", "Gibril Massaquoi", "ruf"),
    ("the body itself", "sierra-leone", "The UN said about 300 people had died in the fighting.",
     "United Nations – UN", "third-party"),
]

test_a_body_named_after_its_parent = labelled_cases(_CASES)


_PAGES = itertools.count()


def test_a_national_dailys_unnamed_official_keeps_its_description(wars):
    source = Source(id=f"daily-{next(_PAGES)}", file="p.txt", path=Path("p.txt"), publisher="Freetown Courier",
                    timezone="Africa/Freetown", own_timezone="Africa/Freetown")
    update = Update(source.id, [1], "RUF fighters attacked an army post near Kenema, a senior defence official said.")
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)),
             wars["sierra-leone"])
    assert (update.attribution.who, update.attribution.side) == ("Sierra Leonean defence official", "government")


@pytest.mark.parametrize("places", ["Lungi, Hastings, Bo, Kenema and Yengema", "Lungi, Hastings and Bo"])
def test_a_list_the_claim_names_is_not_the_speaker(wars, places):
    said = "airstrips as a precaution, a UN aviation official said."
    with_list = who_and_side(wars["sierra-leone"], f"Flights were suspended at {places} {said}")
    alone = who_and_side(wars["sierra-leone"], "Flights were suspended at Lungi airstrip as a precaution, a UN "
                                               "aviation official said.")
    assert with_list == alone and alone[1] == "third-party"
