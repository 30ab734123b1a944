"""Round 50 of attribution: a forwarded post's channel named in capitals or with a quoted part is the body it names,
not its generic words; the leaders of the invasion of Iraq (2003) speak for their states; a thread's post number
opens a post; a military rank before a name is a title ("Air Marshal A K Bharti") (examples of other channels,
pages and wordings than the blind pages)."""

from __future__ import annotations

import pytest

from chronik.extract.line_claimants import channel_name
from tests.attribution_cases import annotated, ukraine_sides, wars_fixture
from tests.test_attribution_wars import who_and_side

IRAQ_SIDES = """
    defaults: extend
    sides:
      coalition: the US-led coalition
      iraqi: Saddam Hussein's government
    polities:
      - {name: United States, side: coalition, adjective: American, government: Government of the United States,
         forms: [United States, US, American, Washington]}
      - {name: United Kingdom, side: coalition, adjective: British, government: Government of the United Kingdom,
         forms: [United Kingdom, UK, Britain, British]}
      - {name: Iraq, side: iraqi, adjective: Iraqi, government: Government of Iraq, forms: [Iraq, Iraqi, Baghdad]}
"""

INDIA_SIDES = """
    defaults: extend
    sides:
      indian: India
      pakistani: Pakistan
    polities:
      - {name: India, side: indian, adjective: Indian, government: Government of India, forms: [India, Indian]}
      - {name: Pakistan, side: pakistani, adjective: Pakistani, government: Government of Pakistan,
         forms: [Pakistan, Pakistani]}
"""

WARS = {
    "ukraine": (ukraine_sides(ukraine="Ukraine, Ukrainian, Kyiv, Kharkiv, Odesa", defaults="extend"), """
    defaults: extend
    places:
      - {name: Kharkiv}
"""),
    "iraq": (IRAQ_SIDES, "defaults: extend\n"),
    "india": (INDIA_SIDES, "defaults: extend\n"),
}

wars = wars_fixture(WARS)


@pytest.mark.parametrize(("name", "expected"), [
    ("KHARKIV REGIONAL MILITARY ADMINISTRATION", "Kharkiv Regional Military Administration"),
    ("ODESA CITY COUNCIL", "Odesa City Council"),
    ('Operational Command "South"', "Operational Command South"),
    ("«Air Command West»", "Air Command West"),
    ("Yuriy Ihnat", "Yuriy Ihnat"),
    ("SBU", "SBU"),
])
def test_a_channel_s_name_is_read_as_its_body_s_name(name, expected):
    assert channel_name(name) == expected


@pytest.mark.parametrize(("text", "who"), [
    ("Forwarded from KHARKIV REGIONAL MILITARY ADMINISTRATION\n\nAn air raid alert has been declared in the "
     "region. Stay in shelters.", "Kharkiv Regional Military Administration"),
    ("Forwarded from Odesa City Military Administration\n\nDrones are heading towards the city from the sea.",
     "Odesa City Military Administration"),
])
def test_a_forwarded_post_is_its_channel_s_body_s_claim(wars, text, who):
    assert who_and_side(wars["ukraine"], text) == (who, "ukrainian")


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Defense Secretary Donald Rumsfeld told a Pentagon briefing that the first phase of the air campaign was over.",
     "Donald Rumsfeld", "coalition"),
    ("Speaking in the Commons, Geoff Hoon said British troops had taken the port of Umm Qasr.",
     "Geoff Hoon", "coalition"),
    ("Deputy Prime Minister Tariq Aziz said Iraq would fight in the streets of every city.", "Tariq Aziz", "iraqi"),
    ("At his daily briefing on the roof of the Palestine Hotel, Mohammed Saeed al-Sahhaf said the invaders were "
     "being slaughtered.", "Mohammed Saeed al-Sahhaf", "iraqi"),
])
def test_the_leaders_of_the_iraq_war_speak_for_their_states(wars, text, who, side):
    assert who_and_side(wars["iraq"], text) == (who, side)


@pytest.mark.parametrize(("text", "who"), [
    ("4/ Ukraine's General Staff says Russian forces attacked 42 times near Pokrovsk overnight.",
     "General Staff of the Armed Forces of Ukraine"),
    ("12/ Zelensky, in his nightly address, says the strikes on Kharkiv will be answered.", "Volodymyr Zelensky"),
    ("1/6 The Russian Defence Ministry says its forces took a village near Kupiansk.", "Russian Defence Ministry"),
])
def test_a_thread_s_post_number_does_not_hide_who_the_post_cites(wars, text, who):
    found, _ = who_and_side(wars["ukraine"], text)
    assert found == who


@pytest.mark.parametrize(("text", "who"), [
    ("Indian Air Marshal A K Bharti said all pilots had returned safely.", "A K Bharti"),
    ("Indian Vice Admiral A N Pramod told reporters the navy was ready.", "A N Pramod"),
    ("Pakistani Field Marshal Tariq Khan said the army would respond.", "Tariq Khan"),
    ("Indian Group Captain Vyomika Singh said nine sites had been struck.", "Vyomika Singh"),
])
def test_a_military_rank_before_a_name_is_no_part_of_it(wars, text, who):
    assert who_and_side(wars["india"], text)[0] == who


def test_an_article_before_a_word_of_a_name_stays_an_article(wars):
    assert who_and_side(wars["india"], "A Reuters reporter said the border crossing was closed.")[0] == "Reuters"


@pytest.mark.parametrize(("publisher", "text"), [
    ("Central Intelligence Agency (FOIA Reading Room)",
     "Heavy fighting continued overnight around Bakhmut, where Russian units probably lost several hundred men."),
    ("Defence Intelligence (UK Ministry of Defence)",
     "Russia has almost certainly moved two brigades from Belgorod towards Kharkiv in the past week."),
])
def test_an_intelligence_service_s_report_in_its_own_voice_is_its_state_s_assessment(wars, publisher, text):
    assert annotated(wars["ukraine"], publisher, text) == (None, "third-party")


def test_a_state_outlet_s_own_voice_stays_the_narrative(wars):
    text = "Heavy fighting continued overnight around Bakhmut, where two apartment blocks burned."
    assert annotated(wars["ukraine"], "Ukrinform", text) == (None, "independent")


@pytest.mark.parametrize(("text", "who", "side"), [
    ("According to the Ukrainian General Directorate of Civil Protection, 40 rescuers worked through the night.",
     "Ukrainian General Directorate of Civil Protection", "ukrainian"),
    ("The Russian General Directorate for Migration Affairs said 3,000 people had crossed at Belgorod.",
     "Russian General Directorate for Migration Affairs", "russian"),
])
def test_a_state_body_named_by_its_adjective_and_its_own_name_speaks_for_its_state(wars, text, who, side):
    assert who_and_side(wars["ukraine"], text) == (who, side)
