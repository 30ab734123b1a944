"""Round 56 of attribution: the official who answers in a state office's press conference transcript, a person a
sides file lists among a polity's forms named with their role, a unit's own war diary (examples of other offices,
wars and wordings than the blind pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.model import Update
from tests.attribution_cases import annotated, ukraine_sides, wars_fixture

WARS = {"ukraine": (ukraine_sides(russia="Russia, Russian, Moscow, Russian Federation, Maria Zakharova",
                                  ukraine="Ukraine, Ukrainian, Kyiv, Oleg Nikolenko, 3rd Assault Brigade"), """
    defaults: extend
    places:
      - {name: Bakhmut}
"""), "ww2": ("""
    defaults: replace
    sides:
      allied: the Allied forces
      german: the German forces
      independent: historians, archives, outlets
    narrative: independent
    polities:
      - {name: Allied forces, side: allied, adjective: Allied, government: SHAEF,
         forms: [Allied, British, American, Royal Ulster Rifles, 101st Airborne Division]}
      - {name: Germany, side: german, adjective: German, government: German Reich,
         forms: [German, Wehrmacht, 352. Infanterie-Division, 352 Inf Div]}
""", """
    defaults: replace
    places:
      - {name: Ranville}
"""), "sahel": ("""
    defaults: extend
    sides:
      juntas: the military juntas of Mali and Myanmar
      opposition: armed groups and exiled governments fighting them
    polities:
      - {name: Mali junta, side: juntas, adjective: junta, government: Transitional government of Mali,
         forms: [Mali junta, junta, Goita]}
      - {name: Myanmar military, side: juntas, adjective: military, government: State Administration Council,
         forms: [Myanmar military, Tatmadaw, military government]}
      - {name: National Unity Government, side: opposition, adjective: NUG, government: National Unity Government,
         forms: [NUG, People's Defence Force, PDF]}
""", """
    defaults: extend
    places:
      - {name: Kidal}
      - {name: Lashio}
"""), "scs": ("""
    defaults: extend
    sides:
      chinese: the People's Republic of China
      philippine: the Philippines
    polities:
      - {name: China, side: chinese, adjective: Chinese, government: Government of China, forms: [China, Chinese]}
      - {name: Philippines, side: philippine, adjective: Philippine, government: Government of the Philippines,
         forms: [Philippines, Philippine, Manila]}
""", """
    defaults: extend
    places:
      - {name: Sabina Shoal}
""")}

wars = wars_fixture(WARS)


def _said(data, publisher: str, title: str, text: str) -> tuple[str | None, str | None]:
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher=publisher, title=title)
    update = Update(source.id, [1], text)
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)), data)
    return update.attribution.who, update.attribution.side


RU_MFA = "Ministry of Foreign Affairs of the Russian Federation"
RU_BRIEFING = "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 2, 2023"
UA_MFA = "Ministry of Foreign Affairs of Ukraine"
UA_BRIEFING = "Press briefing by MFA Spokesperson Oleg Nikolenko, 14 February 2023"


@pytest.mark.parametrize(("publisher", "title", "text", "who", "side"), [
    # the spokesperson a sides file lists among the state's forms answers, not the state's government
    (RU_MFA, RU_BRIEFING, "Maria Zakharova: The Kyiv regime shelled Donetsk again this week, killing civilians.",
     "Maria Zakharova", "russian"),
    (UA_MFA, UA_BRIEFING, "Oleg Nikolenko: Russia continues to strike our energy infrastructure.",
     "Oleg Nikolenko", "ukrainian"),
    # a label in capitals: the official as a text writes the name
    (RU_MFA, RU_BRIEFING, "ALEXANDER GRUSHKO: NATO is sending ever more weapons to Kyiv.", "Alexander Grushko",
     "russian"),
    # a deputy no file knows answers for the ministry's state
    (RU_MFA, RU_BRIEFING, "Alexander Grushko: NATO is sending ever more weapons to Kyiv.",
     "Alexander Grushko", "russian"),
    # a label with the official's honorific or rank before the name: the name says it
    (UA_MFA, UA_BRIEFING, "Shri Oleg Nikolenko: Russia continues to strike our energy infrastructure.",
     "Oleg Nikolenko", "ukrainian"),
    (UA_MFA, UA_BRIEFING, "Air Marshal V.K. Petrenko: The Air Force flew 36 sorties in support of the ground forces.",
     "V.K. Petrenko", "ukrainian"),
    # the question above the answer, joined to it: the official who answers says it
    (UA_MFA, UA_BRIEFING, "Ukrinform: Russia says it took Bakhmut. Can you comment?\n"
                          "Oleg Nikolenko: These claims are false; our forces hold the western districts.",
     "Oleg Nikolenko", "ukrainian"),
])
def test_the_official_who_answers_in_a_ministry_s_press_conference_claims_it(wars, publisher, title, text, who,
                                                                             side):
    assert _said(wars["ukraine"], publisher, title, text) == (who, side)


def test_a_question_or_a_page_that_is_no_press_conference_names_no_answering_official(wars):
    data = wars["ukraine"]
    question = _said(data, UA_MFA, UA_BRIEFING, "Interfax-Ukraine: Has Hungary answered the note? What is next?")
    assert question[0] != "Interfax-Ukraine" or question[1] != "ukrainian"
    # a ministry's statement, not a briefing: the label is read as any page's speaker line, the name a sides file
    # lists among Russia's forms (not "Government of Russia")
    statement = _said(data, RU_MFA, "Statement by the Ministry of Foreign Affairs on Ukraine",
                      "Maria Zakharova: The Kyiv regime shelled Donetsk again this week.")
    assert statement == ("Maria Zakharova", "russian")


@pytest.mark.parametrize(("war", "publisher", "title", "text", "who", "side"), [
    ("ww2", "1st Battalion, Royal Ulster Rifles (war diary, WO 171/1357)", "War Diary, June 1944",
     "0900 Bn moved to RANVILLE. Heavy mortaring on the move. Two ORs wounded.",
     "1st Battalion, Royal Ulster Rifles", "allied"),
    ("ww2", "352. Infanterie-Division (Kriegstagebuch, translated)", "KTB 352. ID, 6 June 1944",
     "0520 Strong naval fire on the coast. Enemy landing craft sighted off the beach.",
     "352. Infanterie-Division", "german"),
    ("ukraine", "3rd Assault Brigade", "Combat log of the 3rd Assault Brigade, May 2023",
     "06:40 Assault groups advanced 300 m on the southern flank. Two positions cleared.",
     "3rd Assault Brigade", "ukrainian"),
])
def test_a_unit_s_war_diary_tells_its_own_account_for_its_side(wars, war, publisher, title, text, who, side):
    assert _said(wars[war], publisher, title, text) == (who, side)


def test_a_page_about_a_unit_that_is_no_diary_keeps_the_outlet_s_voice(wars):
    who, side = _said(wars["ww2"], "Royal Ulster Rifles Museum", "The battalion in Normandy",
                      "The battalion moved to Ranville on 6 June and dug in.")
    assert (who, side) != ("Royal Ulster Rifles Museum", "allied")


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Maria Zakharova, a spokeswoman for the foreign ministry, told reporters that Kyiv had shelled Donetsk.",
     "Maria Zakharova", "russian"),
    ("Oleg Nikolenko, a spokesman for Ukraine's foreign ministry, said the claims were false.",
     "Oleg Nikolenko", "ukrainian"),
])
def test_a_person_a_sides_file_lists_among_a_polity_s_forms_speaks_when_named_with_a_role(wars, text, who, side):
    assert annotated(wars["ukraine"], "Reuters", text) == (who, side)


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Mali's junta said its troops had entered Kidal for the first time in a decade.",
     "Transitional government of Mali", "juntas"),
    ("Myanmar's military said on Tuesday it had retaken Lashio from resistance fighters.",
     "State Administration Council", "juntas"),
])
def test_a_polity_named_after_the_country_it_holds_in_the_possessive_speaks_for_its_side(wars, text, who, side):
    assert annotated(wars["sahel"], "Reuters", text) == (who, side)


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Tarriela said two Chinese coast guard ships rammed a Philippine vessel at Sabina Shoal.", "Jay Tarriela",
     "philippine"),
    ("Gan Yu said the Philippine vessel had deliberately rammed a Chinese ship near Sabina Shoal.", "Gan Yu",
     "chinese"),
])
def test_spokespeople_of_the_south_china_sea_standoffs_speak_for_their_state(wars, text, who, side):
    assert annotated(wars["scs"], "Reuters", text) == (who, side)


@pytest.mark.parametrize(("text", "who", "side"), [
    # the outlet's own reporting: the headline names no speaker
    ("Reuters\nRussian strikes knock out power across Kharkiv region\n2 hours ago", "Reuters", "independent"),
    ("The Guardian\nFighting reaches outskirts of Bakhmut as civilians flee\nYesterday", "The Guardian",
     "independent"),
    # the headline's speaker, not the outlet over it
    ("Al Jazeera\nUkraine says it shot down 40 Russian drones overnight\n5 hours ago", "Government of Ukraine",
     "ukrainian"),
    ("CNN\nRussia says its forces have taken Bakhmut\nMay 21, 2023", "Government of Russia", "russian"),
])
def test_a_search_result_is_its_headline_s_speaker_s_or_else_the_outlet_s(wars, text, who, side):
    assert annotated(wars["ukraine"], "Google News (search: Bakhmut)", text) == (who, side)
