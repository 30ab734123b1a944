"""Who speaks, eighth round: what opens a line before its words, nouns that look like reporting verbs, and a post's
headline over its text.

- dateline: an agency dateline with the outlet in brackets ("MOGADISHU, May 4 (Garowe Online) - The army said ...")
  names where the story was filed, never who speaks: the subject after it does;
- dated: a timeline's line that opens with its date before a dash ("Friday, 12 May - ", "Tuesday, Oct. 3 - ",
  "Monday evening - ") names when, not who: the frame after it speaks;
- noun: a reporting verb's form after a numeral, a determiner or a preposition is a noun ("a bloc of five states
  backs ...", "the reports", "from posts"), it names no speaker;
- denial: a denial after the opening sentence answers the outlet's account ("A hotel was stormed ... Al-Shabaab
  denied it."), it does not source the update; a denial that opens it does;
- read out: "X read out a statement" reports X's words (weak: in the first sentence);
- headline: a post's headline over its text ("Death toll rises to 40" over "The health ministry said ..."): the
  lead is the headline and the paragraph below it.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from tests.attribution_cases import war_cases, wars_fixture
from tests.test_attribution_wars import who_and_side

WARS = {"somalia": ("""
    defaults: replace
    sides:
      somali: Somalia's federal government and army
      shabaab: al-Shabaab
      third-party: other states, the AU and the UN
      independent: the outlet, NGOs, residents
    narrative: independent
    polities:
      - {name: Somalia, side: somali, adjective: Somali, government: Federal Government of Somalia,
         forms: [Somalia, Somali, Mogadishu, Somali National Army, SNA, Somali National News Agency]}
      - {name: al-Shabaab, side: shabaab, adjective: al-Shabaab, government: al-Shabaab leadership,
         forms: [al-Shabaab, Shabaab]}
      - {name: Kenya, side: third-party, adjective: Kenyan, government: Government of Kenya, forms: [Kenya, Kenyan]}
      - {name: African Union, side: third-party, adjective: AU, government: African Union,
         forms: [African Union, AU, ATMIS]}
""", """
    defaults: replace
    places:
      - {name: Baidoa}
      - {name: Kismayo}
    people:
      - {name: Hassan Sheikh Mohamud, side: somali, aliases: [Mohamud]}
""")}

wars = wars_fixture(WARS)


test_what_opens_a_line_names_no_one = war_cases("somalia", [
    # dateline: the place (and the outlet in brackets) is no claimant
    ("MOGADISHU, May 4 (Garowe Online) - The Somali National Army said it had pushed al-Shabaab out of two villages "
     "near Baidoa.", "Somali National Army – SNA", "somali"),
    ("BAIDOA (Reuters) - Al-Shabaab said its fighters had shelled the airport overnight.", "al-Shabaab leadership",
     "shabaab"),
    # dated: a timeline's date before a dash
    ("Friday, 12 May - President Hassan Sheikh Mohamud said the offensive would resume after Ramadan.",
     "Hassan Sheikh Mohamud", "somali"),
    ("Tuesday, Oct. 3 - In a radio address, Mohamud said the offensive would resume.", "Hassan Sheikh Mohamud",
     "somali"),
    ("Monday evening - Al-Shabaab claimed the attack on the hotel in Kismayo.", "al-Shabaab leadership", "shabaab"),
    ("3 March 2023 - The African Union announced it would delay the withdrawal of its troops.", "African Union",
     "third-party"),
    # noun: a verb's form after a numeral or determiner
    ("A bloc of five states launches a new training mission for the Somali army in Baidoa.", None, "independent"),
    ("The reports of fighting near Kismayo could not be verified.", None, "independent"),
    # ... or after a preposition: "from posts", not "posts" (a post on social media) said by "Troops withdrew from"
    ("Troops withdrew from posts along the road to Kismayo.", None, "independent"),
    # refusal: a spokesman declining to say is his answer; declining to comment answers nothing
    ("President Hassan Sheikh Mohamud declined to say when the offensive on Kismayo would resume.",
     "Hassan Sheikh Mohamud", "somali"),
    ("Al-Shabaab declined to comment on the report of fighting near Kismayo.", None, "independent"),
    # civil society: people of the place, speaking for no party
    ("The coordination of civil society in Kismayo reported looting in several neighbourhoods on Friday.",
     "coordination of civil society in Kismayo", "independent"),
    ("Civil society groups in Baidoa said the looting went on overnight.", "civil society groups in Baidoa",
     "independent"),
    # a state's outlet the sides file lists among the state's forms, introduced as the state's
    ("Fighters attacked a base near Baidoa, Somalia's state-run Somali National News Agency reported.",
     "Somali National News Agency", "somali"),
])


@pytest.mark.parametrize("dateline", ["KISMAYO, 4 May (Hiiraan) -- ", "KISMAYO, May 4 (Reuters) - ",
                                      "Thursday, 4 May - "])
def test_a_dateline_changes_no_claimant(wars, dateline):
    text = "Kenyan troops and the Somali National Army said they had retaken the road."
    assert who_and_side(wars["somalia"], dateline + text) == who_and_side(wars["somalia"], text)


test_a_posts_headline_and_its_text_are_its_lead = war_cases("somalia", [
    ("Death toll from Baidoa bombing rises to 40\n\nThe Somali National Army said 40 bodies had been recovered and "
     "that 62 people were wounded.", "Somali National Army – SNA", "somali"),
    ("Mohamud: \"We will not negotiate with terrorists\"\n\nSpeaking in Mogadishu, President Hassan Sheikh Mohamud "
     "ruled out talks.", "Hassan Sheikh Mohamud", "somali"),
    ("Hotel attack in Kismayo\n\nAl-Shabaab gunmen stormed a hotel in Kismayo on Friday night, al-Shabaab said in a "
     "statement.", "al-Shabaab leadership", "shabaab"),
    # a headline over the outlet's own text: the outlet's account
    ("Queue of trucks at the border\n\nOur reporter in Baidoa saw hundreds of trucks waiting to cross on Sunday.",
     None, "independent"),
    # a first paragraph that is a sentence is the lead by itself
    ("Trucks waited for hours at the border on Sunday.\n\nThe Somali National Army said the road was open.",
     None, "independent"),
])


test_a_later_denial_answers_the_account = war_cases("somalia", [
    ("A market in Baidoa was shelled on Friday. Eleven people were killed and 30 wounded. Al-Shabaab denied "
     "involvement.", None, "independent"),
    ("A market in Baidoa was shelled on Friday; eleven people were killed. The Somali National Army denied "
     "that its artillery was responsible.", None, "independent"),
    ("Al-Shabaab denied involvement in the shelling of the market in Baidoa.", "al-Shabaab leadership", "shabaab"),
    ("The Somali National Army said the market was shelled from the east. Al-Shabaab denied involvement.",
     "Somali National Army – SNA", "somali"),
    ("After two days of talks, Mohamud read out a joint statement announcing a truce in the Baidoa region.",
     "Hassan Sheikh Mohamud", "somali"),
])
