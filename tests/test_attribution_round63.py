"""Round 63 of attribution: an archive holding a UN peace operation's documents names it in brackets with the part
of it that wrote them ("United Nations Archives (UNPROFOR Force Headquarters)", "UN Digital Library (UNTAC Press
Office)"): the page speaks in that operation's voice, for its side; the gazetteer knows the UN's past operations
(UNAMIR, UNPROFOR, UNOSOM ...) as it knows the present ones. A news service named in brackets after an outlet
("IRIN (UN OCHA Integrated Regional Information Networks)") is no part of a body: the outlet reports in its own
voice. A monitor's note over an item's text naming whose document it gives ("Text of communique by the general
command of the armed forces, read on Baghdad radio") names who speaks in it. A person described by an indefinite
apposition with a relative clause ("Ali Karim, a shopkeeper who fled Basra last week, said") is of the kind it names,
a shopkeeper speaking for no party. A polity's government as the sides file names it ("the Government of the
Russian Federation") is that government, not a person named "Russian Federation"; a part of an office named after it
("the Press Centre of the Government of the Russian Federation") speaks for its side; a page whose title is an
office's bulletins ("Bulletins of the Press Centre of ... on the Situation in ..., 13-15 June 1995") is its release. A
speaker telling something that a news agency then reported ("X told journalists ... that ..., Interfax reported") is
the claimant, the agency only carries it; a digest item's writer signing it off ("-- Liz Fuller") claims nothing. A
monitored text opening on who "has issued the following communique:" is that body's; "Each gave his name ..." names
no one called Each. A monitoring source line's outlet is named without the item's filing number ("JN2001161891
Baghdad Domestic Service in Arabic ...": Baghdad Domestic Service). A body's vote, what it authorises and an offer it
makes are its deeds ("The Iraqi National Assembly votes to ...", "Iran's Supreme Defence Council offers ...").
A briefing's transcript kept by a state's office ("Military spokesman's news briefing" from a ministry's archive):
a speaker its turn names with no side of their own briefs for the page's state; on an outlet's page they do not. A
leader's own office, by the leader's name the sides file lists ("President Djokhar Dudayev's office said"), is that
side's. Where the subject is based ("Iraq's government in exile, based in Kuwait City, said") is no part of who speaks;
a press centre in lower case ("the press centre of the federal forces stated") is its forces' as in capitals. A state's
body whose name a translation goes on in lower case ("the Russian Center for reconciliation of opposing sides on the
territory of ...") is that body, up to where it works, for the state's side; a page of its bulletins is its release.
A body's numbered resolution doing what it authorises ("UN Security Council Resolution 598 demands ...") is the
body's deed."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.model import Update
from chronik.segment.timestamps import source_line_outlet
from tests.attribution_cases import annotated, gulf_war, wars_fixture

wars = wars_fixture({"gulf": gulf_war("IRQ"), "russia": ("""
    defaults: extend
    sides:
      russian: the Russian Federation
      chechen: Ichkeria
    polities:
      - {name: Russia, side: russian, adjective: Russian, government: Government of the Russian Federation,
         forms: [Russia, Russian, Russian Federation, Moscow]}
      - {name: Chechen Republic of Ichkeria, side: chechen, adjective: Chechen, government: Government of Ichkeria,
         forms: [Ichkeria, Dudayev]}
""", "\n    defaults: extend\n    places:\n      - {name: Grozny}\n")})

_PATROL = "A patrol observed shelling of the market area from the north between 0900 and 1100 hours."


@pytest.mark.parametrize("publisher", [
    "United Nations Archives and Records Management Section (UNPROFOR Force Headquarters)",
    "UN Digital Library (UNIKOM Press Office)",
])
def test_a_peace_operation_s_archived_report_speaks_in_its_voice(wars, publisher):
    assert annotated(wars["gulf"], publisher, _PATROL) == ("UNPROFOR" if "UNPROFOR" in publisher else "UNIKOM",
                                                           "third-party")


def test_a_news_service_in_brackets_is_no_part_of_a_body(wars):
    who, side = annotated(wars["gulf"], "IRIN (UN OCHA Integrated Regional Information Networks)", _PATROL)
    assert side != "third-party" and who is None


@pytest.mark.parametrize("text", [
    "UNOSOM said its convoy had been stopped at a roadblock north of the port.",
    "The United Nations Protection Force said a shell hit the airport's runway.",
    "UN military observers reported heavy shelling near the border crossing.",
])
def test_the_un_s_past_operations_are_known(wars, text):
    assert annotated(wars["gulf"], "Wire desk", text)[1] == "third-party"


@pytest.mark.parametrize("note", [
    "Text of communique by the Iraqi general command of the armed forces, read on Baghdad radio",
    "Excerpts from statement by the Iraqi general command of the armed forces",
])
def test_a_monitor_s_note_names_whose_document_it_gives(wars, note):
    text = f"{note}\n\n1. During the night the enemy shelled Basra, killing many civilians."
    who, side = annotated(wars["gulf"], "BBC Monitoring", text)
    assert (who, side) == ("Iraqi military", "iraqi")



@pytest.mark.parametrize(("text", "who", "side"), [
    ("Ali Karim, a shopkeeper who fled Basra last week, said by telephone that shells fell all night.",
     "Ali Karim", "independent"),
    ("Hassan Jaber, a teacher who stayed behind in Fao, told reporters the town was empty.", "Hassan Jaber",
     "independent"),
])
def test_a_person_described_with_a_relative_clause_is_of_that_kind(wars, text, who, side):
    assert annotated(wars["gulf"], "Wire desk", text) == (who, side)


@pytest.mark.parametrize(("text", "who"), [
    ("The Government of the Russian Federation said it would not negotiate with the gunmen.",
     "Government of the Russian Federation"),
    ("The Press Centre of the Government of the Russian Federation said federal forces had taken Shatoi.",
     "Press Centre of the Government of the Russian Federation"),
    ("The Press Office of the Government of Ichkeria said its units had left the town.",
     "Press Office of the Government of Ichkeria"),
])
def test_a_government_and_its_press_centre_speak_for_its_side(wars, text, who):
    side = "chechen" if "Ichkeria" in who else "russian"
    assert annotated(wars["russia"], "Wire desk", text) == (who, side)


def test_a_title_of_an_office_s_bulletins_names_the_issuer(wars):
    title = ("Bulletins of the Press Centre of the Government of the Russian Federation on the Situation in Grozny, "
             "13-15 June 1995")
    issuer = wars["russia"].attributor.issuer("Digital Archive", title)
    assert issuer is not None and (issuer.who, issuer.side) == (
        "Press Centre of the Government of the Russian Federation", "russian")


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Iraqi Defence Minister Adnan Khairallah told journalists in Baghdad on 18 January that the Iranian attack had "
     "been crushed, Reuters reported.", "Adnan Khairallah", "iraqi"),
    ("Iranian President Ali Khamenei said on 18 January that the offensive would go on until victory, AFP reported. "
     "-- Liz Fuller", "Ali Khamenei", "iranian"),
])
def test_an_agency_carries_the_words_of_the_speaker_it_reports(wars, text, who, side):
    assert annotated(wars["gulf"], "Research Institute", text) == (who, side)


def test_a_writer_s_sign_off_claims_nothing(wars):
    text = "Heavy fighting continued east of Basra on 18 January. -- Liz Fuller"
    assert annotated(wars["gulf"], "Research Institute", text)[0] != "Liz Fuller"


def test_who_has_issued_the_following_communique_claims_it(wars):
    text = ("[Text] In the name of God, the merciful, the compassionate. The Iraqi General Command of the Armed Forces "
            "has issued the following communique: Our forces shot down three enemy aircraft over Basra today.")
    who, side = annotated(wars["gulf"], "FBIS", text)
    assert (who, side) == ("Iraqi military", "iraqi")


def test_each_is_no_one_s_name(wars):
    text = ("[Excerpts] Iraqi Television this evening showed five captured pilots. Each gave his name and rank and "
            "condemned the aggression against Iraq.")
    assert annotated(wars["gulf"], "FBIS", text)[0] != "Each"


@pytest.mark.parametrize(("line", "outlet"), [
    ("JN2001161891 Baghdad Domestic Service in Arabic 1500 GMT 20 Jan 91", "Baghdad Domestic Service"),
    ("PY251540 Buenos Aires Domestic Service in Spanish 1500 GMT 25 May 82", "Buenos Aires Domestic Service"),
])
def test_a_source_line_s_outlet_is_named_without_its_filing_number(line, outlet):
    assert source_line_outlet(line) == outlet


@pytest.mark.parametrize(("text", "side"), [
    ("12 January – The Iraqi National Assembly votes to reject any withdrawal from the Fao peninsula.", "iraqi"),
    ("15 February – Iran's Supreme Defence Council offers to accept a ceasefire on conditions.", "iranian"),
    ("The Iranian parliament authorised the government to continue the offensive.", "iranian"),
])
def test_a_body_s_vote_and_offer_are_its_deeds(wars, text, side):
    who, got = annotated(wars["gulf"], "History Desk", text)
    assert got == side and who is not None


@pytest.mark.parametrize(("publisher", "zone", "side"), [
    ("Ministry of Defence archive (Office of the Military Spokesman)", "Asia/Baghdad", "iraqi"),
    ("Ministry of Defence archive (Office of the Military Spokesman)", "Asia/Tehran", "iranian"),
    ("Gulf Daily Desk", "Asia/Baghdad", None),
])
def test_a_briefer_on_a_state_office_s_page_speaks_for_its_state(wars, publisher, zone, side):
    source = Source(id=f"briefing-{zone}-{len(publisher)}", file="p.txt", path=Path("p.txt"), publisher=publisher,
                    title="Military spokesman's news briefing, 22 March 1986", timezone=zone, own_timezone=zone)
    update = Update(source.id, [1], "COL. RASHID: Our forces repelled the attack east of the river at dawn.")
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)), wars["gulf"])
    assert update.attribution.side == side


def test_a_leader_s_own_office_speaks_for_the_leader_s_side(wars):
    text = "President Djokhar Dudayev's office said on Wednesday that the talks in Grozny would go on."
    assert annotated(wars["russia"], "Wire desk", text) == ("President Djokhar Dudayev's office", "chechen")


def test_where_the_subject_is_based_is_not_who_speaks(wars):
    text = "Iran's government in exile, based in Baghdad, Iraq, said on Tuesday that its fighters crossed the border."
    assert annotated(wars["gulf"], "Wire desk", text)[1] == "iranian"


def test_a_press_centre_in_lower_case_speaks_for_its_forces(wars):
    text = "On 21 February, the press centre of the Russian federal forces stated that the truce had been violated."
    who, side = annotated(wars["russia"], "Memorial", text)
    assert side == "russian" and who is not None and who.startswith("press centre")


@pytest.mark.parametrize("text", [
    "The Iraqi Center for reconciliation of opposing sides on the territory of the Kurdish Region informs that "
    "two villages joined the truce.",
    "According to the Iraqi Committee for assistance to displaced persons in the Basra Governorate, 300 families "
    "returned home.",
])
def test_a_body_named_in_a_translation_s_lower_case(wars, text):
    who, side = annotated(wars["gulf"], "Wire desk", text)
    assert side == "iraqi" and who is not None and who.split()[:2] in (["Iraqi", "Center"], ["Iraqi", "Committee"])


def test_a_page_of_a_translated_body_s_bulletins_is_its_release(wars):
    title = "Bulletin of the Iraqi Center for reconciliation of opposing sides in the Kurdish Region (March 3, 1991)"
    issuer = wars["gulf"].attributor.issuer("Ministry of Defence", title)
    assert issuer is not None and (issuer.who, issuer.side) == ("Iraqi Center for reconciliation of opposing sides",
                                                                "iraqi")


@pytest.mark.parametrize("text", [
    "20 July – UN Security Council Resolution 598 authorises the Secretary-General to send observers.",
    "UN Security Council resolution 479 demands that Iran and Iraq refrain from the use of force.",
])
def test_a_body_s_numbered_resolution_is_its_deed(wars, text):
    assert annotated(wars["gulf"], "History Desk", text) == ("UN Security Council", "third-party")

