"""Same-event merging on three other wars: one event told by several sources in their own words.

Each set is a list of reports as the merger receives them (the date, time, zone and basis the
segment stage gives such a report; then annotated by the real extract stage) with the event each
reports. Written for these tests after real coverage (Sudan 2025, Israel-Hamas 2024, Ukraine
2023); places and figures follow the reports, the wording is each outlet's style. Each set holds:
the same event in different words, figures that disagree (one event, disputed), a denial of the
claim, a late report that dates the act to an earlier day, and look-alikes that must stay apart
(same city and day but another attack; two villages).

``python -m tests.test_merge_wars`` prints the pairwise precision and recall of each set.
"""

from __future__ import annotations

import pytest

from chronik.extract import load_extract_data
from tests.merge_sets import (
    Report,
    assert_each_event_is_one_group,
    assert_look_alikes_stay_apart,
    group_of,
    print_scores,
    run,
)

SUDAN = [  # Omdurman, Sabreen market, Saturday 1 February 2025, and look-alikes
    Report("market", "reuters", "2025-02-01", "Shelling by Sudan's paramilitary Rapid Support Forces on a crowded "
           "market in Omdurman killed at least 54 people and wounded 158, the health ministry said on Saturday.",
           zone="Africa/Khartoum"),
    Report("market", "aljazeera", "2025-02-01", "At least 56 people were killed and dozens wounded when artillery "
           "shells fired by the RSF hit the Sabreen vegetable market in Omdurman, government spokesman Khalid "
           "al-Aiser said.", zone="Africa/Khartoum"),
    Report("market", "rsf", "2025-02-02", "The Rapid Support Forces denied shelling the Sabreen market in Omdurman "
           "and accused the army of fabricating the attack to cover up its own crimes against civilians.",
           zone="Africa/Khartoum"),
    Report("market", "ocha", "2025-02-01", "On 1 February, artillery shelling hit Sabreen market in Omdurman, "
           "Khartoum State, reportedly killing at least 54 civilians and injuring 158 others, according to local "
           "health authorities.", zone="Africa/Khartoum", basis="explicit"),
    Report("market", "reuters", "2025-02-03", "PORT SUDAN, Feb 3 (Reuters) - Doctors in Omdurman said on Monday "
           "that the death toll from Saturday's shelling of the Sabreen market had risen to 60, as hospitals ran "
           "short of blood.", zone="Africa/Khartoum", basis="explicit"),
    Report("power", "reuters", "2025-02-01", "A drone attack blamed on the RSF hit the main power station in "
           "Omdurman on Saturday evening, causing a blackout across the city, the national electricity company "
           "said.", zone="Africa/Khartoum"),
    Report("power", "sudantribune", "2025-02-02", "Omdurman was left without electricity after RSF drones struck "
           "the city's power station late on Saturday, the electricity company said.", zone="Africa/Khartoum"),
    Report("wad-ashib", "aljazeera", "2025-01-14", "RSF fighters attacked the village of Wad Ashib in Al Jazirah "
           "state, killing 12 people, the Madani Resistance Committee said.", zone="Africa/Khartoum"),
    Report("wad-ashib", "sdn", "2025-01-14", "The Sudan Doctors Network said 12 civilians were killed when the "
           "Rapid Support Forces stormed Wad Ashib village in Al Jazirah.", zone="Africa/Khartoum"),
    Report("tayba", "aljazeera", "2025-01-14", "RSF fighters attacked the village of Tayba in Al Jazirah state, "
           "killing 15 people, the Madani Resistance Committee said.", zone="Africa/Khartoum"),
]

GAZA = [  # Gaza City, al-Tabi'in school, Saturday 10 August 2024 at dawn, and look-alikes
    Report("school", "idf", "2024-08-10", "IDF fighter jets struck a Hamas command and control centre embedded in "
           "the al-Tabi'in school in Gaza City, used by Hamas and Islamic Jihad terrorists. Numerous steps were "
           "taken to mitigate the risk of harming civilians.", time="07:05", zone="Asia/Jerusalem", basis="timestamp"),
    Report("school", "moh", "2024-08-10", "The Israeli occupation committed a horrific massacre at al-Tabi'in school "
           "in the Daraj neighbourhood of Gaza City, where more than 100 martyrs fell while performing the dawn "
           "prayer, the Government Media Office said.", time="07:40", zone="Asia/Jerusalem", basis="timestamp"),
    Report("school", "ap", "2024-08-10", "An Israeli strike on a school building housing displaced Palestinians in "
           "Gaza City killed at least 80 people, the Gaza Health Ministry said. The Israeli military said it had "
           "targeted a Hamas command centre inside the school.", zone="Asia/Jerusalem"),
    Report("school", "toi", "2024-08-10", "The IDF denied that 100 people were killed in the strike on the "
           "al-Tabi'in school, calling the figures published by the Hamas-run media office inflated, and said at "
           "least 19 Hamas and Islamic Jihad operatives were eliminated.", time="15:20", zone="Asia/Jerusalem",
           basis="timestamp"),
    Report("school", "ocha", "2024-08-10", "On 10 August, an Israeli airstrike hit al-Tabi'in school in Gaza City, "
           "where displaced people were sheltering, reportedly killing 93 people, including 11 children.",
           zone="Asia/Jerusalem", basis="explicit"),
    Report("school", "guardian", "2024-08-12", "Two days after Saturday's strike on al-Tabi'in school in Gaza City, "
           "families were still searching the rubble for the missing, civil defence workers said.",
           zone="Europe/London"),
    Report("daraj-house", "aljazeera", "2024-08-10", "An Israeli strike on a house in the Daraj neighbourhood of "
           "Gaza City in the evening killed five members of one family, the civil defence agency said.",
           time="21:30", zone="Asia/Qatar", basis="timestamp"),
    Report("mawasi", "moh", "2024-08-10", "Three people were killed when an Israeli drone struck a tent sheltering "
           "displaced people in al-Mawasi, west of Khan Younis, the Health Ministry said.", time="13:10",
           zone="Asia/Jerusalem", basis="timestamp"),
    Report("deir", "moh", "2024-08-10", "Three people were killed when an Israeli drone struck a house in "
           "Deir al-Balah, the Health Ministry said.", time="16:45", zone="Asia/Jerusalem", basis="timestamp"),
    Report("rockets", "qassam", "2024-08-10", "The Qassam Brigades said they fired a barrage of rockets at Tel Aviv "
           "in response to the massacres against civilians in Gaza.", time="18:00", zone="Asia/Jerusalem",
           basis="timestamp"),
]

UKRAINE = [  # Odesa, overnight into Sunday 23 July 2023, and look-alikes
    Report("odesa", "reuters", "2023-07-22", "Explosions were heard in Odesa as Russia attacked the Black Sea port "
           "with missiles, Ukraine's air force said, urging residents to stay in shelters.", time="23:55",
           zone="UTC", basis="timestamp"),
    Report("odesa", "airforce", "2023-07-23", "Odesa: the enemy attacked the city with Kalibr and Oniks missiles. "
           "Air defence destroyed part of the missiles; there are hits in the city centre.", time="03:10",
           zone="Europe/Kyiv", basis="timestamp"),
    Report("odesa", "kyivindependent", "2023-07-23", "A Russian missile attack on Odesa overnight killed one person "
           "and injured 19 and badly damaged the Transfiguration Cathedral, Governor Oleh Kiper said.",
           time="09:30", zone="Europe/Kyiv", basis="timestamp"),
    Report("odesa", "ap", "2023-07-23", "Russian missiles struck the centre of Odesa early Sunday, killing two "
           "people and wounding 22 and heavily damaging the city's main Orthodox cathedral, officials said.",
           zone="Europe/Kyiv"),
    Report("odesa", "tass", "2023-07-23", "The Russian Defence Ministry said it carried out a strike with "
           "long-range precision weapons on facilities in Odesa where terrorist acts against Russia were prepared, "
           "and denied hitting the cathedral, blaming Ukrainian air defence.", zone="Europe/Moscow"),
    Report("odesa", "hrmmu", "2023-07-23", "On 23 July, a missile strike on the centre of Odesa killed one civilian "
           "and injured 22, and damaged the Transfiguration Cathedral, a UNESCO World Heritage site.",
           zone="Europe/Kyiv", basis="explicit"),
    Report("odesa-drones", "airforce", "2023-07-23", "Odesa region: Shahed drones attacked in the evening; air "
           "defence shot down four of them, debris damaged a warehouse in the port.", time="22:15",
           zone="Europe/Kyiv", basis="timestamp"),
    Report("bilozerka", "ukrinform", "2023-07-23", "Russian shelling of the village of Bilozerka in Kherson region "
           "killed a 64-year-old man, the regional military administration said.", time="11:20", zone="Europe/Kyiv",
           basis="timestamp"),
    Report("stanislav", "suspilne", "2023-07-23", "Russian shelling of the village of Stanislav in Kherson region "
           "wounded a woman, the regional military administration said.", time="11:45", zone="Europe/Kyiv",
           basis="timestamp"),
    Report("bilozerka", "kherson-ova", "2023-07-23", "Bilozerka: a man aged 64 died in Russian shelling of the "
           "village this morning, Governor Oleksandr Prokudin said.", time="12:05", zone="Europe/Kyiv",
           basis="timestamp"),
]

SETS = {"sudan": SUDAN, "gaza": GAZA, "ukraine": UKRAINE}


@pytest.fixture(scope="module")
def data():
    return load_extract_data()


@pytest.mark.xfail(strict=True, reason="some paraphrases of one event still score below the threshold "
                                        "(recall 0.67-0.69)")
@pytest.mark.parametrize("name", SETS)
def test_each_event_is_one_group(name, data):
    assert_each_event_is_one_group(name, SETS[name], data)


@pytest.mark.parametrize("name", SETS)
def test_look_alikes_stay_apart(name, data):
    assert_look_alikes_stay_apart(name, SETS[name], data)


@pytest.mark.parametrize(("name", "dispute"), [("sudan", "people killed: 54 vs 56"),
                                               ("ukraine", "people killed: 1 vs 2")])
def test_figures_that_disagree_make_the_event_disputed(name, dispute, data):
    groups, updates, _, _ = run(SETS[name], data)
    assert dispute in (group_of(groups, updates[0]).dispute or "") or \
        dispute in (group_of(groups, updates[2]).dispute or "")


@pytest.mark.parametrize(("name", "denial"), [
    ("sudan", 2), ("gaza", 3),
    pytest.param("ukraine", 4, marks=pytest.mark.xfail(strict=True, reason="the denial names no weapon, target or "
                                                                             "figure: too little agrees"))])
def test_a_denial_joins_the_claim_and_disputes_it(name, denial, data):
    groups, updates, _, _ = run(SETS[name], data)
    group = group_of(groups, updates[denial])
    assert len(group.updates) > 2 and group.disputed and "denied" in (group.dispute or "")


def test_a_claim_nobody_denies_is_not_disputed_for_it(data):
    groups, updates, _, _ = run(SUDAN, data)
    assert "denied" not in (group_of(groups, updates[-1]).dispute or "")  # Tayba
    assert "denied" not in (group_of(groups, updates[5]).dispute or "")  # the power station


if __name__ == "__main__":
    print_scores(SETS)
