"""Round 60 of attribution: a dateline or a brief's headline in capitals set close to its dash, as newspaper archives
and monitoring reports print them ("NICOSIA, March 23\u2014 Iran's Foreign Ministry said ...", "MINISTER TO VISIT
GENEVA--The Foreign Ministry announced ..."), is no one speaking: who speaks is named after it (examples of names and
wordings the blind pages do not have)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.extract.line_claimants import series_issuer
from chronik.model import Update
from tests.attribution_cases import annotated, gulf_war, wars_fixture

WARS = {"gulf": gulf_war("Hammadi, General Command of the Armed Forces, Basra Radio")}

wars = wars_fixture(WARS)


@pytest.mark.parametrize("text", [
    "NICOSIA, April 2\u2014 Iran's Foreign Ministry said today that Iraqi aircraft had bombed two towns.",
    "LIMASSOL, April 2--Iran's Foreign Ministry said today that Iraqi aircraft had bombed two towns.",
    "PRISONERS EXCHANGED AT BORDER--Iran's Foreign Ministry said that 200 prisoners had been exchanged.",
])
def test_a_dateline_set_close_to_its_dash_is_no_speaker(wars, text):
    assert annotated(wars["gulf"], "The New York Times", text) == ("Iranian Foreign Ministry", "iranian")


REPORT = "Report of the Secretary-General on the implementation of Security Council resolution 2201 (2026)"


@pytest.mark.parametrize(("title", "text", "who", "side"), [
    (REPORT, "On 3 May, I informed the members of the Council that I intended to send a technical team to the area.",
     "Secretary-General", "third-party"),
    (REPORT, "The technical team visited the front lines in the northern and southern sectors.",
     "Secretary-General", "third-party"),
    (REPORT, "By a letter dated 4 May, the Minister for Foreign Affairs of Iraq, Mr. Hamid Saleh, informed me that "
     "Iranian artillery had shelled Basra.", "Hamid Saleh", "iraqi"),
    ("Report by the Secretary-General on developments in the Gulf", "I deeply regret to report that two observers "
     "were wounded near Basra.", "Secretary-General", "third-party"),
    # (a title naming no author: the Council's own account, as any international body's page in its own voice)
    ("Situation in the Gulf region", "The technical team visited the front lines in the northern and southern sectors.",
     "UN Security Council", "third-party"),
])
def test_a_report_by_its_author_speaks_in_the_author_s_voice(wars, title, text, who, side):
    source = Source(id="report", file="report.txt", path=Path("report.txt"),
                    publisher="United Nations Security Council", title=title)
    update = Update(source.id, [1], text)
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)), wars["gulf"])
    assert (update.attribution.who, update.attribution.side) == (who, side)


@pytest.mark.parametrize(("text", "who"), [
    ("Foreign Minister Hammadi said on Monday that Iraq would accept the ceasefire.", "Hammadi"),
    ("SECRETARY HAMMADI: Early this morning our forces repelled an attack east of Basra.", "Hammadi"),
    ("Baghdad said on Monday that Iraq would accept the ceasefire.", "Government of Iraq"),
])
def test_a_surname_listed_as_a_polity_s_form_after_an_office_is_its_holder(wars, text, who):
    found, side = annotated(wars["gulf"], "Reuters", text)
    assert found is not None and who in found and side == "iraqi"


SERIES = "Communiqués of the General Command of the Armed Forces and Statements by the President, 22 September 1980"


@pytest.mark.parametrize(("item", "page", "issuer"), [
    ("Communique No. 4", SERIES, "the General Command of the Armed Forces"),
    ("Announcement No. 2", "Announcements by the Army Spokesman and Statements by the Prime Minister - 5 June",
     "the Army Spokesman"),
    ("Statement No. 2", "Announcements by the Army Spokesman", None),  # the title names no statements' issuer
    ("Communique No. 4", None, None),
    ("The President's address", SERIES, None),  # no numbered item
])
def test_the_page_title_names_a_series_issuer(item, page, issuer):
    assert series_issuer(item, page) == issuer


def test_a_numbered_item_of_a_series_is_its_issuer_s(wars):
    source = Source(id="mofa", file="mofa.txt", path=Path("mofa.txt"), publisher="Ministry of Foreign Affairs of Iraq",
                    title=SERIES)
    update = Update(source.id, [1], "Our forces struck enemy positions east of Basra at dawn.",
                    title="Communique No. 4")
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)), wars["gulf"])
    assert (update.attribution.who, update.attribution.side) == ("General Command of the Armed Forces", "iraqi")


@pytest.mark.parametrize("publisher", ["Reuters", "Office of the Historian, U.S. Department of State"])
def test_a_listed_broadcaster_written_in_lower_case_is_the_listed_one(wars, publisher):
    text = "Basra radio claimed this morning that Iraqi forces had repelled an attack near the port."
    assert annotated(wars["gulf"], publisher, text) == ("Basra Radio", "iraqi")


def test_an_acceptance_is_its_maker_s_stand(wars):
    text = "Iraqi Foreign Minister Saadoun Hammadi accepted the Security Council's ceasefire call last night."
    found = annotated(wars["gulf"], "Office of the Historian, U.S. Department of State", text)
    assert found == ("Saadoun Hammadi", "iraqi")


@pytest.mark.parametrize(("text", "who", "side"), [
    ("Mr. AL-HASANI (Iraq): My Government rejects the accusations made this morning.", "Mr. Al-Hasani", "iraqi"),
    ("Mr. EL SAYED (Iraq) (translated from Arabic): My Government rejects the accusations.", "El Sayed", "iraqi"),
    ("The SECRETARY-GENERAL: I have received reports of heavy fighting near Basra.", "Secretary-General", None),
])
def test_a_council_record_s_speaker_in_capitals_is_named_as_written_in_text(wars, text, who, side):
    found, found_side = annotated(wars["gulf"], "United Nations", text)
    assert found == who and (side is None or found_side == side)


def test_a_relative_clause_s_verb_is_no_trailing_attribution(wars):
    text = ("Iran and Iraq have agreed to extend the truce, Turkey's Foreign Ministry said late on Thursday, after a "
            "week of talks in Istanbul that Iraqi officials had earlier declared a failure.")
    assert annotated(wars["gulf"], "Reuters", text) == ("Turkish Foreign Ministry", "third-party")


@pytest.mark.parametrize(("text", "who"), [
    ("Good morning and welcome to our live coverage. Residents of Basra told our correspondent that heavy shelling "
     "began around 4am.", "residents of Basra"),
    ("Hello and welcome back to our rolling coverage of the war, where the army said it retook the port.", None),
])
def test_a_bare_welcome_is_no_lead(wars, text, who):
    assert annotated(wars["gulf"], "Gulf Times", text)[0] == who


@pytest.mark.parametrize("text", [
    "[Text] In the name of God, the merciful, the compassionate. Communique No 3,112 issued by the General Command of "
    "the Armed Forces at 1600 today: At 0930 today our air force struck enemy positions east of Basra.",
    "Statement of the General Command of the Armed Forces: Our forces repelled an attack east of Basra at dawn.",
])
def test_a_document_opening_with_its_issuer_is_the_issuer_s(wars, text):
    assert annotated(wars["gulf"], "FBIS Daily Report", text) == ("General Command of the Armed Forces", "iraqi")


@pytest.mark.parametrize(("text", "who", "side"), [
    ("BODIES BURIED--The bodies of 26 more victims were buried in the city yesterday after funeral prayers. "
     "[Basra Radio in Arabic 1300 GMT 18 Jul 88]", "Basra Radio", "iraqi"),
    ("MINISTER TO TRAVEL--The Foreign Ministry announced that the minister will leave for New York tomorrow. "
     "[Baghdad INA in English 0915 GMT 19 Jul 88]", "Foreign Ministry", "iraqi"),
])
def test_a_monitored_item_s_credit_names_its_source(wars, text, who, side):
    found, found_side = annotated(wars["gulf"], "Foreign Broadcast Information Service", text)
    assert who in (found or "") and found_side == side


def test_a_royal_title_before_a_known_surname_is_another_person(wars):
    king = annotated(wars["gulf"], "Reuters", "King Hussein said Jordan would stay out of the war.")
    assert king[0] == "King Hussein"
    president = annotated(wars["gulf"], "Reuters", "President Hussein said Iraq would fight on.")
    assert president == ("Saddam Hussein", "iraqi")


@pytest.mark.parametrize(("text", "who"), [
    ("Foreign Minister Hammadi accepted the Security Council's ceasefire call last night.", "Hammadi"),
    ("Foreign Minister Hammadi ordered the embassy in Tehran closed.", "Hammadi"),
    ("Evidence suggests the strike hit a school near Basra.", None),
])
def test_a_surname_after_its_office_takes_a_weak_verb(wars, text, who):
    assert annotated(wars["gulf"], "Reuters", text)[0] == who
