"""A ministry's transcript of a joint press briefing, met on ZZZZZU's Ministry of External Affairs page, written here
for a war of another continent:

- its header names the participants by post and name ("Participants: Official Spokesman Mr. A.H. Warsame; Col. Ali
  Nur Hassan, Army HQ; Air Commodore M.A. Farah, Air Wing"), with a courtesy title between a post and its
  holder, initials written together and an air force's ranks: a turn labelled by the post ("OFFICIAL SPOKESMAN:")
  or by rank and name ("COL. ALI NUR HASSAN:") is that person's, as the header names them;
- an answer's speaker written in brackets after its label ("A: (Air Commodore M.A. Farah) That is false.") speaks
  it, for the page's state, whoever the question over it quoted ("Q: Al-Shabaab says ...?");
- a header with the day and no clock ("Mogadishu, March 3, 2010") dates every turn a label opens on a briefing that
  takes questions, whatever day the turn tells of ("Documents recovered on Tuesday ..."); a page of items each
  under its place and agency ("BAIDOA (SONNA): ..."), which takes no questions, keeps each item's own day (a guard);
- a chronology's lead-in after its dateline and a colon ("MOGADISHU, March 14: The following is a chronology of the
  main events ...:"), met on ZZZZZU's Dawn chronology, is an aside, as it is with a dash: the first item under it is
  an update of its own day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from page_cases import of, parse_page

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.extract.data import ExtractData, load_files

_SIDES = """\
defaults: extend
sides:
  tfg: the Transitional Federal Government of Somalia and its allies
  shabaab: al-Shabaab and the Islamist insurgents
polities:
  - {name: Somalia, side: tfg, adjective: Somali, government: Transitional Federal Government,
     forms: [Somalia, Somali, Mogadishu]}
  - {name: Al-Shabaab, side: shabaab, adjective: Shabaab, government: null, forms: [Al-Shabaab, al-Shabaab, Shabaab]}
"""

_PUBLISHER = "Ministry of Information, Federal Republic of Somalia"
_BRIEFING = """
    Ministry of Information, Federal Republic of Somalia
    Joint Press Briefing on the Security Situation
    Mogadishu, March 3, 2010
    Participants: Official Spokesman Mr. A.H. Warsame; Col. Ali Nur Hassan, Army HQ; Air Commodore M.A. Farah, Air Wing

    OFFICIAL SPOKESMAN: Good afternoon. Prime Minister Sharmarke and President Museveni spoke on Saturday. Today we
    have asked IGAD to meet.

    COL. ALI NUR HASSAN: Operations continued in Hiraan today. Our troops took Bulo Burde and cleared the road.

    Q: Al-Shabaab says it shot down a government helicopter near Baidoa on Sunday. What is your response?

    A: (Air Commodore M.A. Farah) That is false. The helicopter landed safely at Baidoa and has flown since.

    Q: Are the prisoners foreign fighters?

    A: (Col. Ali Nur Hassan) Documents recovered from them on Tuesday show that several came from abroad.

    Q: Will journalists be taken to Bulo Burde?

    A: (Official Spokesman) A group of journalists will go on Friday, weather permitting.

    OFFICIAL SPOKESMAN: Thank you.
"""


@pytest.fixture(scope="module")
def somalia(tmp_path_factory: pytest.TempPathFactory) -> ExtractData:
    path = tmp_path_factory.mktemp("somalia") / "sides.yaml"
    path.write_text(_SIDES, encoding="utf-8")
    return load_files(path)


def _annotated(text: str, published: dt.date, data: ExtractData, title: str | None = None) -> list:
    updates = parse_page(text, published, "Africa/Mogadishu", title)
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher=_PUBLISHER, title=title,
                    published=published, timezone="Africa/Mogadishu", own_timezone="Africa/Mogadishu")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    for update in updates:
        annotate(update, config, data)
    return updates


def test_a_briefings_turns_are_of_the_speakers_its_header_names(somalia):
    updates = _annotated(_BRIEFING, dt.date(2010, 3, 3), somalia)
    said = {start: (of(updates, start).attribution.who, of(updates, start).attribution.side)
            for start in ("OFFICIAL SPOKESMAN: Good", "COL. ALI NUR HASSAN:", "A: (Col. Ali Nur Hassan)")}
    assert said == {"OFFICIAL SPOKESMAN: Good": ("A.H. Warsame", "tfg"),
                    "COL. ALI NUR HASSAN:": ("Ali Nur Hassan", "tfg"),
                    "A: (Col. Ali Nur Hassan)": ("Ali Nur Hassan", "tfg")}
    answer = next(u for u in updates if "That is false." in u.text)
    assert (answer.attribution.who, answer.attribution.side) == ("M.A. Farah", "tfg")


def test_a_briefing_with_a_day_and_no_clock_dates_its_turns(somalia):
    updates = _annotated(_BRIEFING, dt.date(2010, 3, 3), somalia)
    assert of(updates, "A: (Col. Ali Nur Hassan)").date == "2010-03-03"
    assert of(updates, "OFFICIAL SPOKESMAN: Good").date == "2010-03-03"


def test_items_under_their_places_keep_their_own_days():
    """Guard: items each under a place and an agency, a page taking no questions, keep their days."""
    updates = parse_page("""
        News in brief
        March 3, 2010
        BAIDOA (SONNA): The regional governor on Monday opened a new market in the town centre.
        KISMAYO (SONNA): Fishermen said on Tuesday that two boats had been seized off the coast.
    """, dt.date(2010, 3, 3), "Africa/Mogadishu")
    assert of(updates, "BAIDOA (SONNA)").date == "2010-03-01"
    assert of(updates, "KISMAYO (SONNA)").date == "2010-03-02"


def test_a_chronologys_lead_in_after_a_colon_dateline_is_an_aside():
    updates = parse_page("""
        Chronology of the fighting
        MOGADISHU, March 14: The following is a chronology of the main events in Mogadishu since the clashes began:
        March 2: Heavy fighting breaks out around the Bakara market after government troops try to enter it.
        March 5: The government declares a curfew in the four southern districts of the city.
    """, dt.date(2010, 3, 14), "Africa/Mogadishu")
    assert of(updates, "MOGADISHU, March 14").kind == "aside"
    assert of(updates, "March 2: Heavy").date == "2010-03-02"
