"""Round 73 of segmentation: wire stories. Paragraphs set in capitals (a teletype story) read in sentence case; a
paragraph closing on the speaker above going on ("..., the officials said."); the outlet's caveat that the claim above
could not be confirmed."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

from chronik.segment import teletype


def test_a_paragraph_in_capitals_is_read_in_sentence_case() -> None:
    assert teletype.shouted("THE CONVOY WAS AMBUSHED NEAR THE BRIDGE AT DAWN, THE ARMY SAID.")
    assert not teletype.shouted("The convoy was ambushed near the bridge at dawn, NATO said.")
    assert not teletype.shouted("UPDATE 2")  # too few letters to be prose
    assert (teletype.sentence_case("THE TOWN FELL. ''WE HELD OUT,'' HE SAID. THE REST FLED.")
            == "The town fell. ''We held out,'' he said. The rest fled.")


def test_a_teletype_paragraph_closing_on_the_sources_above_carries_on_their_account() -> None:
    # (a teletype's paragraphs are one line each: its lines in capitals wrap nowhere)
    page = parse_page(
        "NICOSIA (UPI) -- TURKISH PARATROOPERS LANDED NORTH OF NICOSIA AT DAWN TODAY AND SEIZED THE ROAD TO KYRENIA, "
        "WESTERN MILITARY SOURCES SAID.\n"
        "THE PARATROOPERS, SEVERAL HUNDRED OF THEM, DUG IN ALONG THE RIDGE ABOVE THE ROAD. THEY MET LITTLE "
        "RESISTANCE, THE SOURCES SAID.\n"
        "GREEK CYPRIOT NATIONAL GUARDSMEN SHELLED THE TURKISH QUARTER OF NICOSIA THROUGHOUT THE MORNING, A GOVERNMENT "
        "SPOKESMAN SAID.\n", dt.date(1974, 7, 20), "Asia/Nicosia")
    assert of(page, "NICOSIA (UPI)").lines == [1, 2]
    assert of(page, "GREEK CYPRIOT").lines == [3]


def test_a_mixed_case_paragraph_closing_on_the_sources_above_carries_on_their_account() -> None:
    page = parse_page("""
        KHARTOUM, May 3 (Desk) - Fighters of the Rapid Support Forces stormed the market in El Fasher on Friday and
        set fire to dozens of shops, local officials said.

        The fighters arrived in pickup trucks from the east. Most of the traders had fled the day before, the
        officials said.

        The army said on Friday it had repelled an attack on its base in Babanusa.
        """, dt.date(2024, 5, 3), "Africa/Khartoum")
    assert of(page, "KHARTOUM, May 3").lines == [1, 2, 4, 5]
    # a paragraph whose first sentence reports a saying of its own is not the account above going on
    page = parse_page("""
        KHARTOUM, May 3 (Desk) - Fighters of the Rapid Support Forces stormed the market in El Fasher on Friday,
        local officials said.

        The army said on Friday it had repelled an attack on its base in Babanusa. It lost two soldiers, the
        officials said.
        """, dt.date(2024, 5, 3), "Africa/Khartoum")
    assert of(page, "The army said").lines == [4, 5]


def test_a_short_caveat_that_the_claim_above_could_not_be_confirmed_is_part_of_it() -> None:
    page = parse_page("""
        BEIRUT, Oct 12 (Desk) - Rebel radio claimed on Saturday that its fighters had shot down two government
        helicopters over Idlib province.

        The broadcast gave no details and the claim could not be independently verified.

        Government warplanes struck a market in Maarat al-Numan on Saturday, killing 11 people, a monitoring group
        said.
        """, dt.date(2019, 10, 12), "Asia/Beirut")
    assert of(page, "BEIRUT, Oct 12").lines == [1, 2, 4]
    page = parse_page("""
        KYIV, June 9 (Desk) - Russia's defence ministry said on Sunday its forces had destroyed four Ukrainian
        tanks near Robotyne.

        Reuters could not immediately confirm the report.
        """, dt.date(2023, 6, 9), "Europe/Kyiv")
    assert of(page, "KYIV, June 9").lines == [1, 2, 4]
    # a claim of its own, its caveat after it, is an update of its own
    page = parse_page("""
        KYIV, June 9 (Desk) - Russia's defence ministry said on Sunday its forces had destroyed four Ukrainian
        tanks near Robotyne.

        Kyiv said on Saturday its drones had hit an ammunition depot in Tokmak. The claim could not be verified.
        """, dt.date(2023, 6, 9), "Europe/Kyiv")
    assert of(page, "Kyiv said on Saturday").lines == [4]


def test_a_longer_paragraph_opening_on_a_line_about_the_thing_above_carries_it_on() -> None:
    page = parse_page("""
        The Appeals Chamber on 3 March issued summonses for two former militia commanders over the shelling of
        the market in Bunia.

        The summonses are sealed for now, in order to protect the witnesses who testified. However, the Chamber
        decided to make their existence public because the militia's attacks on the camps appear to be ongoing.

        Also on 3 March, the Chamber rejected a request by the defence to suspend the proceedings.
        """, dt.date(2025, 3, 4), "Europe/Amsterdam")
    assert of(page, "The Appeals Chamber").lines == [1, 2, 4, 5]
    page = parse_page("""
        HARGEISA, Aug 2 (Desk) - Coastguard boats seized a dhow carrying rifles and ammunition off the port
        of Berbera on Friday, the regional government said.

        The dhow was towed into the port, where soldiers unloaded its cargo under guard. Its crew of seven, all
        foreign nationals, were handed to the police for questioning, according to port workers.
        """, dt.date(2024, 8, 2), "Africa/Mogadishu")
    assert of(page, "HARGEISA, Aug 2").lines == [1, 2, 4, 5]
