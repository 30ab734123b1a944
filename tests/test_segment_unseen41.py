"""Formats met on the blind sets ZZZZS (Bosnia 1995) and ZZZZT (eastern DR Congo 2025), each on pages written for
these tests:

- a timeline whose older items lead with their full dates ("Nov. 8, 2021 - ...") and whose recent ones sit under a
  year heading ("2025") with no year of their own ("Jan. 4 - ..."): the heading's year is theirs, not the year the
  list would run on into after the last full date
- a briefing's transcript whose header gives the place, the day and a clock in hours ("Mogadishu, Tuesday, 15 June
  1993, 1100 hours"): every turn is of that day, whatever day it tells of ("ANSWER (MAJ. STOCKWELL): the patrol was
  fired on on Saturday"), at that clock; the speakers the header names in full ("Briefers: Maj. David Stockwell,
  ...") are named so in their turns' updates; a question answered by another briefer than the one who answered the
  topic above opens a topic of its own ("QUESTION: Will the UN pay ...?" / "ANSWER (MS. IDRIS): ...")
- a thread saved from X with replies of several accounts, each header split over lines (the account's name, its
  handle, "·", the day or age): each post is its account's, named as the header names it; on one account's own page
  the page's voice stands
- a judgement that numbers its sections and, on another count, its paragraphs ("2. The shelling of the market: 4 to
  6 February 1994" over "27. On 5 February 1994, ..."): the section's heading is a label, not a paragraph's title;
  the days it names are no period of the whole page: the next section ("3. The investigation") is not of those days
- a site kept as an archive ("This is the archived website of the Tribunal, which closed on ..."): furniture
- a speaker named in two words going on in the next paragraph ("Prime Minister Hun Manet said ..." / "Hun Manet said
  he had asked ..."): the same statement; not a holder named in passing above ("... with Wing Commander Vyomika
  Singh, Colonel Qureshi said ..." / "Wing Commander Vyomika Singh said ...")
- a chronology of the year under a story, its items leading with days without their year ("Jan. 14: Fires a ...",
  "Oct. 9: Declares ..."): each of them gone by, in the page's year, not a January still to come
- a standfirst closing on how the page tells the story ("... Here is how the day's events unfolded.", "... Al Jazeera
  has the latest.") or saying how the page is kept ("This post is updated daily; the newest updates are at the top."):
  an aside, not an update
- a monitoring service's note in brackets right under an item's source line ("[BBC Monitoring note: The radio said
  ...]"): the item's first line, not a title pushing its headline out
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronik.segment.blocks import Block
from chronik.segment.briefers import briefer_names
from chronik.segment.headings import lead_in
from tests.page_cases import of, parse_page

SAHEL_TIMELINE = "\n".join([
    "Timeline: how the jihadist insurgency reached Mali's capital",
    "Here is a timeline of key events:",
    "Jan. 11, 2013 - French forces launch Operation Serval to halt an advance of Islamist fighters on Bamako.",
    "Aug. 16, 2021 - Mali's army says it has lost 15 soldiers in an ambush near Boni in the Mopti region.",
    "2024",
    "Jan. 25 - The junta ends the 2015 Algiers peace agreement with the northern armed groups.",
    "July 27 - Wagner fighters and Malian troops are routed near Tinzaouaten after three days of fighting.",
    "Sept. 17 - Gunmen attack a gendarmerie school and the military airport in Bamako.",
])


def test_a_year_heading_gives_its_year_to_the_items_under_it() -> None:
    updates = parse_page(SAHEL_TIMELINE, dt.date(2024, 9, 20), "Africa/Bamako")
    assert of(updates, "Aug. 16, 2021").date == "2021-08-16"
    assert [of(updates, start).date for start in ("Jan. 25", "July 27", "Sept. 17")] == \
        ["2024-01-25", "2024-07-27", "2024-09-17"]


def test_without_a_year_heading_the_list_runs_on_from_its_last_full_date() -> None:
    updates = parse_page(SAHEL_TIMELINE.replace("\n2024\n", "\n"), dt.date(2024, 9, 20), "Africa/Bamako")
    assert of(updates, "Jan. 25").date == "2022-01-25"


UNOSOM_BRIEFING = "\n".join([
    "UNITED NATIONS OPERATION IN SOMALIA",
    "PRESS BRIEFING",
    "Mogadishu, Tuesday, 15 June 1993, 1100 hours",
    "Briefers: Maj. David Stockwell, UNOSOM military spokesman; Ms. Farah Idris, UNOSOM civilian spokeswoman",
    "MAJ. STOCKWELL: Good morning. UNOSOM forces completed the search of the radio station compound last night.",
    "MS. IDRIS: The Special Representative met elders from south Mogadishu this morning about the ceasefire.",
    "QUESTION: Was the patrol near the cigarette factory fired on again, and by whom?",
    "ANSWER (MAJ. STOCKWELL): The patrol was fired on on Saturday and again yesterday from the roof of the factory.",
    "QUESTION: Will the UN pay for the damage to the market in Bakara?",
    "ANSWER (MS. IDRIS): A commission will assess the damage before any payment is made.",
    "QUESTION: Is General Aidid a target of the operation?",
    "ANSWER (MAJ. STOCKWELL): I will not comment on the targets of the operation.",
])


def test_a_briefings_header_dates_and_clocks_every_turn() -> None:
    updates = parse_page(UNOSOM_BRIEFING, dt.date(1993, 6, 15), "Africa/Mogadishu")
    fired = of(updates, "ANSWER (MAJ. STOCKWELL): The patrol")
    assert (fired.date, fired.time) == ("1993-06-15", "11:00")
    assert (of(updates, "MS. IDRIS: The Special").date, of(updates, "MS. IDRIS: The Special").time) == \
        ("1993-06-15", "11:00")


def test_a_question_for_another_briefer_opens_a_topic() -> None:
    updates = parse_page(UNOSOM_BRIEFING, dt.date(1993, 6, 15), "Africa/Mogadishu")
    paid = of(updates, "ANSWER (MS. IDRIS)")
    assert paid.title == "QUESTION: Will the UN pay for the damage to the market in Bakara?"
    assert "ANSWER (MAJ. STOCKWELL): The patrol" not in paid.text


def test_a_briefings_header_names_its_speakers_in_full() -> None:
    header = UNOSOM_BRIEFING.splitlines()[:4]
    assert briefer_names(header, ["MAJ. STOCKWELL", "MS. IDRIS", "QUESTION", "ANSWER"]) == \
        {"stockwell": "David Stockwell", "idris": "Farah Idris"}
    # a header in capitals, the surname with its mixed-case prefix: named as a text writes it
    assert briefer_names(["NEWS CONFERENCE BY SECRETARY OF DEFENSE ROBERT S. McNAMARA"], ["SECRETARY McNAMARA"]) == \
        {"mcnamara": "Robert S. McNamara"}
    # a surname the header gives two people: neither
    assert briefer_names(["Briefers: Mr. John Smith; Col. Alan Smith"], ["MR. SMITH"]) == {}


KOSOVO_MONITOR = "\n".join([
    "Serbian police say 'terrorists' attacked patrol near Decani",
    "Tanjug news agency, Belgrade, in English 1412 gmt 2 Jun 98",
    "Text of report",
    "Pristina, 2nd June: Albanian terrorists attacked a police patrol near Decani this morning, police said.",
    "KLA spokesman says villages shelled near Junik",
    "Radio Tirana, in Albanian 1800 gmt 2 Jun 98",
    "[BBC Monitoring note: The radio said it had the report by telephone from Junik.]",
    "Serbian forces shelled the villages around Junik throughout the afternoon, a KLA spokesman told the radio.",
])


def test_a_monitors_note_in_brackets_opens_its_item() -> None:
    updates = parse_page(KOSOVO_MONITOR, dt.date(1998, 6, 3), "UTC")
    shelled = of(updates, "[BBC Monitoring note")
    assert shelled.title == "KLA spokesman says villages shelled near Junik"
    assert "Serbian forces shelled" in shelled.text and (shelled.date, shelled.time) == ("1998-06-02", "18:00")


KHARKIV_THREAD = "\n".join([
    "Oleh Synehubov",
    "@synegubov",
    "·",
    "Sep 9",
    "The occupiers shelled Kupiansk district overnight. Two civilians were wounded, both are in hospital.",
    "Translated from Ukrainian",
    "1.2K",
    "Ministry of Defence of Russia",
    "@mod_russia",
    "·",
    "Sep 9",
    "Units of the Western group of forces repelled attacks near Kupiansk and destroyed two armoured vehicles.",
    "Translated from Russian",
    "356",
    "2.9K",
    "Olena Kovalenko",
    "@olena_kharkiv",
    "·",
    "7h",
    "Explosions again in the city centre, windows shaking in Saltivka. Stay in shelters.",
])


def test_each_post_of_a_thread_is_its_accounts() -> None:
    from chronik.config import Config, Source
    from chronik.extract import annotate, load_extract_data

    updates = parse_page(KHARKIV_THREAD, dt.datetime(2022, 9, 10, 9, 0), "Europe/Kyiv")
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher="X", published=dt.date(2022, 9, 10))
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    data = load_extract_data(config)
    whos = []
    for start in ("The occupiers shelled", "Units of the Western", "Explosions again"):
        update = of(updates, start)
        annotate(update, config, data)
        whos.append(update.attribution.who)
    assert whos == ["Oleh Synehubov", "Ministry of Defence of Russia", "Olena Kovalenko"]


def test_one_accounts_own_page_keeps_the_pages_voice() -> None:
    own = "\n".join(KHARKIV_THREAD.splitlines()[:7] + KHARKIV_THREAD.splitlines()[:5])
    assert {u.context.sender for u in parse_page(own, dt.datetime(2022, 9, 10, 9, 0), "Europe/Kyiv")} == {None}


TRIBUNAL_JUDGEMENT = "\n".join([
    "This is the archived website of the Tribunal, which closed on 31 December 2017. Its functions passed on.",
    "Case No.: IT-98-29-T",
    "JUDGEMENT",
    "2. The shelling of the market: 4 to 6 February 1994",
    "27. On 5 February 1994, shortly after noon, a mortar shell struck the Markale market in Sarajevo.",
    "28. Sarajevo hospitals recorded the dead and wounded of the market through the afternoon.",
    "3. The investigation",
    "29. UNPROFOR crater analysts examined the impact site on 6 February 1994 and again on 7 February.",
    "30. The Chamber heard the evidence of the investigators over several weeks.",
])


def test_a_judgements_numbered_sections_are_labels_dating_their_own_section() -> None:
    updates = parse_page(TRIBUNAL_JUDGEMENT, dt.date(2003, 12, 5), "Europe/Amsterdam")
    heading = of(updates, "The shelling of the market")
    assert heading.kind == "aside" and of(updates, "On 5 February 1994").title is None
    assert of(updates, "The Chamber heard").date == "2003-12-05"  # (the next section: no more the market's days)
    assert not [u for u in updates if u.text.startswith("This is the archived website")]


def test_a_speaker_named_in_two_words_goes_on() -> None:
    page = "\n".join([
        "Ceasefire talks",
        "On Saturday night, Prime Minister Hun Manet said he had spoken with the Malaysian prime minister about a "
        "truce.",
        "Hun Manet said he had asked Kuala Lumpur to convey the proposal to Bangkok as soon as possible.",
        "At a briefing with Wing Commander Vyomika Singh, Colonel Sofiya Qureshi said drones had crossed the border.",
        "Wing Commander Vyomika Singh said the civil airspace had stayed open during the attacks.",
    ])
    updates = parse_page(page, dt.date(2025, 7, 27), "Asia/Phnom_Penh")
    assert "Hun Manet said he had asked" in of(updates, "On Saturday night").text
    assert of(updates, "Wing Commander Vyomika Singh said").kind == "update"


@pytest.mark.parametrize(("text", "note"), [
    ("Sudan's army has retaken the presidential palace in Khartoum after two years of fighting. Here is how the day's "
     "events unfolded.", True),
    ("Israel says it struck Hezbollah targets across southern Lebanon overnight. Al Jazeera has the latest.", True),
    ("This post is updated daily; the newest updates are at the top. Our coverage of the first week is here.", True),
    ("Mogadishu officials could not verify claims made by either side about the fighting near Ceel Baraf.", False),
])
def test_a_standfirst_about_the_page_is_an_aside(text, note) -> None:
    assert lead_in(Block(0, [1], text)) is note


def test_a_chronologys_yearless_days_are_gone_by() -> None:
    page = "\n".join([
        "Chronology of the rebels' attacks this year",
        "Jan. 14: The rebels fire rockets at the airport for the first time.",
        "March 18: Rebel drones strike the fuel depot in the port.",
        "Oct. 9: The rebels declare a blockade of the northern road.",
    ])
    updates = parse_page(page, dt.date(2024, 10, 15), "Asia/Aden")
    assert [of(updates, start).date for start in ("Jan. 14", "March 18", "Oct. 9")] == \
        ["2024-01-14", "2024-03-18", "2024-10-09"]
