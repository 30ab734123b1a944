"""Round 62 of attribution: a record of a debate writes each speaker with whom they speak for in brackets after the
name ("Ismat Kittani (Iraq) said ...", "Jacob Malik (USSR) rejected ..."): the speaker is the person, for the side of
the polity the bracket names, even where the bracket holds the polity's short name; a body's own acronym in brackets
after its name still names the body twice ("the Mujahedin-e Khalq Organization (MKO)"). A timeline's present tense
reports a reply and an approval as the past does ("X replies the next day that ...", "The cabinet approves ..."). A
monitor's title whose subject denounces someone "in address to nation" names the subject, not an address's owner. A
monitor's mark opening the item ("[Text]", "[Excerpts]", "[Summary]") is no part of its subject; a state's radio the
sides file lists by its own name ("Kabul radio", its city no form of the state) is that radio. A transcript's label
with a surname's prefix in mixed case ("SECRETARY McNAMARA: ...") names the speaker as a text writes him. An archive's
page whose title names the issuer before its numbered communique ("MACV Communique No. 33-68, 2 February 1968") is
that issuer's release, whoever holds the archive. A monitor's bracketed note opening an item names who speaks
("[Recorded statement by X, chairman of ...] Dear compatriots, ...")."""

from __future__ import annotations

import pytest

from chronik.extract import annotate
from chronik.model import Update
from tests.attribution_cases import annotated, gulf_war, wars_fixture

WARS = {"gulf": gulf_war("IRQ"),
        "korea": ("""
    defaults: extend
    sides:
      northern: North Korea and its backers
      southern: South Korea
    polities:
      - {name: North Korea, side: northern, adjective: North Korean, government: Government of the DPRK,
         forms: [North Korea, DPRK, Pyongyang]}
      - {name: Soviet Union, side: northern, adjective: Soviet, government: Government of the USSR,
         forms: [Soviet Union, USSR, Moscow]}
      - {name: South Korea, side: southern, adjective: South Korean, government: Government of the Republic of Korea,
         forms: [South Korea, ROK, Seoul]}
""", "\n    defaults: extend\n    places:\n      - {name: Seoul}\n"),
        "afghan": ("""
    defaults: extend
    sides:
      afghan: the Kabul government
      mujahideen: the resistance
    polities:
      - {name: Democratic Republic of Afghanistan, side: afghan, adjective: Afghan,
         government: Government of the Democratic Republic of Afghanistan,
         forms: [Democratic Republic of Afghanistan, DRA, Kabul radio, Revolutionary Council]}
      - {name: Afghan resistance, side: mujahideen, adjective: rebel, government: null,
         forms: [mujahideen, Hezb-i-Islami]}
""", "\n    defaults: extend\n    places:\n      - {name: Kabul}\n")}

wars = wars_fixture(WARS)


@pytest.mark.parametrize(("war", "text", "who", "side"), [
    ("korea", "Jacob A. Malik (USSR) rejected the charges, saying the fighting had been provoked from the south.",
     "Jacob A. Malik", "northern"),
    ("korea", "Speaking after the vote, Jacob A. Malik (USSR) said the resolution was illegal.",
     "Jacob A. Malik", "northern"),
    ("korea", "John M. Chang (ROK) said his country had been attacked without warning along the whole border.",
     "John M. Chang", "southern"),
    ("gulf", "Ismat T. Kittani (IRQ) said the Iranian offensive had been repelled east of Basra.",
     "Ismat T. Kittani", "iraqi"),
])
def test_a_debate_s_speaker_speaks_for_the_polity_in_brackets(wars, war, text, who, side):
    assert annotated(wars[war], "United Nations", text) == (who, side)


@pytest.mark.parametrize(("text", "who"), [
    ("The Soviet delegate, Jacob Malik, replies the next day that the resolution is illegal without China.",
     "Jacob Malik"),
    ("The North Korean cabinet approves a general mobilisation order at a meeting in Pyongyang.",
     "Government of the DPRK"),
])
def test_a_timeline_s_present_tense_replies_and_approves(wars, text, who):
    assert annotated(wars["korea"], "History Desk", text) == (who, "northern")


def test_a_title_s_subject_speaks_in_an_address(wars):
    update = Update("page", [2], "Dear compatriots, the enemy has been thrown back from the capital.",
                    title="MALIK DENOUNCES U.S. 'AGGRESSION' IN ADDRESS TO ASSEMBLY")
    annotate(update, None, wars["korea"])
    assert update.attribution.who == "Malik"


@pytest.mark.parametrize(("text", "who", "side"), [
    ("[Excerpts] The Revolutionary Council announced this evening that the situation in Kabul has returned to normal.",
     "Revolutionary Council", "afghan"),
    ("[Summary] Kabul radio reports that the new government will be announced in the near future.",
     "Kabul radio", "afghan"),
    ("[Text] Hezb-i-Islami said today that its men had ambushed a Soviet column on the Jalalabad road.",
     "Hezb-i-Islami", "mujahideen"),  # (one group of the resistance the sides file lists: by its own name)
])
def test_a_monitor_s_mark_is_no_part_of_the_subject(wars, text, who, side):
    assert annotated(wars["afghan"], "FBIS", text) == (who, side)


@pytest.mark.parametrize(("text", "who"), [
    ("SECRETARY McNAMARA: The embassy chancery was never entered, and the compound was declared secure by nine.",
     "Robert McNamara"),  # (the gazetteer knows him: by his full name)
    ("GENERAL MacARTHUR: Our forces have landed at Inchon and are moving on Seoul.", "General MacArthur"),
])
def test_a_transcript_label_with_a_mixed_case_surname(wars, text, who):
    assert annotated(wars["korea"], "Department of Defense", text)[0] == who


@pytest.mark.parametrize(("title", "side"), [
    ("ROK Army Communique No. 12, 28 June 1950", "southern"),
    ("DPRK Statement No. 3", "northern"),
])
def test_an_archive_s_title_names_the_issuer_before_its_numbered_communique(wars, title, side):
    issuer = wars["korea"].attributor.issuer("National Archives Catalog", title)
    assert issuer is not None and issuer.side == side


def test_a_title_naming_a_statement_s_topic_names_no_issuer(wars):
    assert wars["korea"].attributor.issuer("National Archives Catalog", "Statement on the Korean armistice") is None


def test_a_monitor_s_bracketed_note_names_who_speaks(wars):
    text = ("[Recorded statement by Kim Chaek, commander of the front headquarters of the DPRK] Dear compatriots, "
            "the enemy has been thrown back across the river.")
    assert annotated(wars["korea"], "FBIS", text) == ("Kim Chaek", "northern")
