"""Formats met on the blind sets ZZZZO (Rwanda 1994) and ZZZZR (Chechnya 1995), each on pages written for these tests:

- an agency's archive of its news releases, each a headline over its date line (the day written with hyphens, the
  release's kind and number: "14-08-1992 News Release 92/41") over its text: the date line dates its release; one
  such line alone at a page's top is that document's letterhead, not a heading over its paragraphs
- a day written with hyphens and its year in four digits ("14-08-1992"), day or month first as the page writes its
  other such days
- a monitoring service's note right under an item's source line ("Excerpts from report", "Text of communique by the
  general staff ..., read on Radio Baghdad"): the item's first line, not a title pushing the item's headline out; the
  communique's numbered points under it are the item's
- a government press centre's bulletins, each stamped with its day and a four-digit clock in a named zone ("13 June
  1995, 1000 Moscow time", "1430 MSK"): the stamp's clock, in that zone
- a transcript's header giving the session's day and clock under the office's letterhead ("THURSDAY, MARCH 21, 1991 --
  3:00 P.M. (EST)", "MONDAY, JUNE 26, 1950 - 11:00 A.M., EDT"): every statement of the session takes that clock, in
  that zone
- a research institute's daily digest, each item under a title in capitals closed by a full stop ("GRACHEV ON
  FEDERAL LOSSES.", "YELTSIN: MILITARY STAGE "PRACTICALLY COMPLETED."") over its paragraph: the title is the item's
  headline, not a paragraph of its own nor a speaker's turn
- a paragraph quoting a spokesperson of the body the paragraph above reported, by a longer name ("The UN refugee
  agency said ..." / "“...,” Jane Roe, spokesperson for the Office of the UN High Commissioner for Refugees, told
  journalists"): the body's statement going on
- an event named by its day after an article and one word describing it ("killed in a disastrous New Year's Eve
  assault", "in a failed Christmas Day raid"): an event the text recalls, not the day of its act
- a situation report's date-time groups without their month ("At 232150B the heaviest exchange began"): that day of
  the report's month (of the month before when the day is after the report's), at that clock
- a release opening on its place in title case and its issuer in brackets ("Sarajevo (UNHCR) - "): a dateline; and a
  later paragraph opening on that issuer ("The UNHCR has ...") is the release's own voice going on, not a new update
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.segment.blocks import split_blocks
from chronik.segment.classify import DATE_HEADING, HEADLINE, classify_page
from chronik.segment.finder import make_finder
from chronik.segment.prose import issuer_goes_on, opens_with_place, quoted_spokesperson
from chronik.segment.timestamps import find_stamp
from tests.page_cases import of, parse_page

BOSNIA_RELEASES = """
    Humanitarian agency
    Where we work
    Former Yugoslavia 1992: news releases
    Sarajevo airlift resumes as convoys reach Gorazde
    14-08-1992 News Release 92/41
    Sarajevo (UNHCR) - The airlift to Sarajevo resumed this morning after a pause of eight days.
    The UNHCR has sent a further 400 tonnes of flour and medicines to the city's warehouses.
    Bosnian Serb officials at the Kiseljak checkpoint told the agency that convoys would be searched "for weapons".
    UNHCR convoy shelled near Zepa, two drivers wounded
    03-08-1992 News Release 92/38
    Geneva (UNHCR) - A UNHCR convoy came under mortar fire near Zepa, wounding two drivers.
    The UNHCR has suspended convoys to eastern Bosnia until it receives guarantees from all sides.
    Related documents
"""


def test_a_release_archive_s_date_lines_date_their_releases() -> None:
    updates = parse_page(BOSNIA_RELEASES, dt.date(1992, 8, 20), "Europe/Zurich")
    airlift, convoy = of(updates, "Sarajevo (UNHCR)"), of(updates, "Geneva (UNHCR)")
    assert (airlift.date, convoy.date) == ("1992-08-14", "1992-08-03")
    assert airlift.title == "Sarajevo airlift resumes as convoys reach Gorazde"
    assert "The UNHCR has sent" in airlift.text and "The UNHCR has suspended" in convoy.text
    assert of(updates, "Bosnian Serb officials").date == "1992-08-14"  # (another claimant: an update of its own)


def test_a_lone_numbered_document_line_is_the_document_s_letterhead() -> None:
    lines = ["HEADQUARTERS, UNITED NATIONS COMMAND", "COMMUNIQUE NO. 112            9 SEPTEMBER 1950",
             "1. United Nations forces repulsed attacks along the Naktong river on 8 September."]
    infos = classify_page(split_blocks(lines), make_finder(dt.date(1950, 9, 9), ()))
    assert infos[1].kind == HEADLINE
    two = [*lines, "COMMUNIQUE NO. 113            10 SEPTEMBER 1950", "1. Attacks continued near Taegu."]
    infos = classify_page(split_blocks(two), make_finder(dt.date(1950, 9, 10), ()))
    assert [infos[k].kind for k in (1, 3)] == [DATE_HEADING, DATE_HEADING]


@pytest.mark.parametrize(("text", "value"), [
    ("14-08-1992", "1992-08-14"),
    ("08-14-1992", "1992-08-14"),  # (only month first reads)
    ("on 03-08-1992", "1992-08-03"),  # (nearer the anchor, 20 August 1992)
])
def test_a_day_written_with_hyphens_is_read(text: str, value: str) -> None:
    timex = make_finder(dt.date(1992, 8, 20), ()).resolve(text)
    assert timex is not None and timex.value == value


@pytest.mark.parametrize("text", ["12-03-22", "the 1-0 win on 2-1-92", "2-3"])
def test_hyphened_numbers_without_a_four_digit_year_are_no_day(text: str) -> None:
    timex = make_finder(dt.date(1992, 8, 20), ()).resolve(text)
    assert timex is None or "numeric date" not in timex.why


def test_a_page_s_hyphened_days_say_which_comes_first() -> None:
    page = """
        Ceasefire talks resume in Geneva after a week
        21-07-1994 News Release 94/31
        Geneva (ICRC) - Talks resumed today.
        Convoys resume in the north of the country
        08-07-1994 News Release 94/29
        Geneva (ICRC) - Convoys resumed in the north.
    """
    updates = parse_page(page, dt.date(1994, 7, 25), "Europe/Zurich")
    assert of(updates, "Geneva (ICRC) - Convoys").date == "1994-07-08"  # (day first, as "21-07-1994" can only be read)


@pytest.mark.parametrize(("text", "first", "goes_on"), [
    ("The UNHCR has sent more flour.", "Sarajevo (UNHCR) - The airlift resumed.", True),
    ("UNHCR staff reached Gorazde.", "Nairobi/Geneva (UNHCR) - A convoy left.", True),
    ("The ICRC has sent more flour.", "Sarajevo (UNHCR) - The airlift resumed.", False),
    ("The UNHCR has sent more flour.", "The airlift to Sarajevo resumed, the UNHCR said.", False),
])
def test_the_issuer_of_a_release_goes_on_in_its_own_voice(text: str, first: str, goes_on: bool) -> None:
    assert opens_with_place(first) == ("(" in first)
    assert issuer_goes_on(text, first) is goes_on


GULF_MONITOR = "\n".join([
    "IRAQ",
    "Baghdad radio says Iranian attack repulsed east of Basra",
    "Baghdad home service in Arabic 1700 gmt 12 Jan 87",
    "Excerpts from report",
    "Our heroic forces this morning repulsed a large-scale attack east of Basra, inflicting heavy losses on the enemy.",
    "Army communique on fighting in the south",
    "Baghdad home service in Arabic 1900 gmt 12 Jan 87",
    "Text of communique by the general command of the armed forces, read on Baghdad radio",
    "1. During the night of 11th to 12th January, the enemy shelled Basra, killing many civilians.",
    "2. The enemy's attempts to advance towards the Fish Lake have been repulsed with heavy losses.",
    "IRAN",
    "Tehran says its forces advanced near Basra",
    "Tehran home service in Persian 2030 gmt 12 Jan 87",
    "Islamic fighters advanced three kilometres towards Basra overnight, the war information headquarters said.",
])


def test_a_monitor_s_note_under_a_source_line_opens_its_item() -> None:
    updates = parse_page(GULF_MONITOR, dt.date(1987, 1, 14), "UTC")
    report = of(updates, "Excerpts from report")
    assert report.title == "Baghdad radio says Iranian attack repulsed east of Basra" and report.time == "17:00"
    communique = of(updates, "Text of communique")
    assert communique.title == "Army communique on fighting in the south"
    assert "The enemy's attempts" in communique.text and communique.time == "19:00"


@pytest.mark.parametrize(("line", "time", "zone"), [
    ("13 June 1995, 1000 Moscow time", "10:00", "Europe/Moscow"),
    ("2 March 2022, 1430 Kyiv time", "14:30", "Europe/Kyiv"),
    ("14 June 1995, 2200 MSK", "22:00", "Europe/Moscow"),
])
def test_a_four_digit_clock_in_a_named_zone_stamps(line: str, time: str, zone: str) -> None:
    stamp = find_stamp(line)
    assert stamp is not None and (stamp.time, stamp.zone) == (time, zone)


def test_a_press_centre_s_bulletins_are_stamped_in_their_zone() -> None:
    page = "\n".join([
        "PRESS CENTRE OF THE MINISTRY OF DEFENCE OF UKRAINE",
        "2 March 2022, 0900 Kyiv time",
        "Over the past 24 hours the enemy shelled Kharkiv and Chernihiv; air defence shot down four aircraft.",
        "2 March 2022, 1830 Kyiv time",
        "Russian columns north of Kyiv have stopped; Ukrainian units counter-attacked near Bucha.",
    ])
    updates = parse_page(page, dt.date(2022, 3, 3), "UTC")
    assert [(u.date, u.time, u.timezone) for u in (of(updates, "Over the past"), of(updates, "Russian columns"))] == [
        ("2022-03-02", "09:00", "Europe/Kyiv"), ("2022-03-02", "18:30", "Europe/Kyiv")]


@pytest.mark.parametrize(("header", "time", "zone"), [
    ("THURSDAY, MARCH 21, 1991 -- 3:00 P.M. (EST)", "15:00", "America/New_York"),
    ("MONDAY, JUNE 26, 1950 - 11:00 A.M., EDT", "11:00", "America/New_York"),
    ("Wednesday, March 2, 2022, 12:40 p.m.", "12:40", "Europe/London"),
])
def test_a_transcript_s_statements_take_the_session_s_clock(header: str, time: str, zone: str) -> None:
    page = "\n".join([
        "OFFICE OF THE ASSISTANT SECRETARY OF DEFENSE (PUBLIC AFFAIRS)",
        "NEWS BRIEFING",
        header,
        "MR. HARRIS: Good afternoon. The coalition flew about 2,000 sorties in the past 24 hours.",
        "Q: How many aircraft were lost?",
        "MR. HARRIS: Two aircraft did not return; the crews are listed as missing.",
        "Q: Was the airfield at Tallil hit?",
        "GEN. ROSS: Tallil was struck twice yesterday and is not operational.",
        "Q: Thank you.",
    ])
    day = "1991-03-21" if "1991" in header else "1950-06-26" if "1950" in header else "2022-03-02"
    updates = parse_page(page, dt.date.fromisoformat(day), "Europe/London")
    turns = [of(updates, start) for start in ("MR. HARRIS: Good", "MR. HARRIS: Two")]  # (the follow-up goes on)
    assert [(u.date, u.time, u.timezone) for u in turns] == [(day, time, zone)] * 2


def test_a_page_of_few_turns_takes_no_header_clock() -> None:
    page = "\n".join([
        "THURSDAY, MARCH 21, 1991 -- 3:00 P.M. (EST)",
        "MR. HARRIS: Good afternoon. The coalition flew about 2,000 sorties in the past 24 hours.",
        "The weather over the theatre has improved.",
    ])
    updates = parse_page(page, dt.date(1991, 3, 21), "Europe/London")
    assert of(updates, "MR. HARRIS").time is None


RFE_DIGEST = "\n".join([
    "RFE/RL DAILY REPORT",
    "No. 61, 29 March 1994",
    "TRANSCAUCASIA",
    "ABKHAZ TALKS RESUME IN GENEVA.",
    "A new round of talks on Abkhazia opened in Geneva on 28 March, ITAR-TASS reported. Both delegations agreed to "
    "discuss the return of refugees first. -- Liz Fuller",
    'ARDZINBA: "NO RETURN TO GEORGIA."',
    "Abkhaz leader Vladislav Ardzinba told journalists on 28 March that Abkhazia would never again be part of Georgia.",
    "SHEVARDNADZE APPEALS TO UN.",
    "Georgian head of state Eduard Shevardnadze called on the UN Security Council on 28 March to send peacekeepers.",
])


def test_a_digest_s_titles_in_capitals_head_their_items() -> None:
    updates = parse_page(RFE_DIGEST, dt.date(1994, 3, 29), "Europe/Prague")
    items = [of(updates, start) for start in ("A new round", "Abkhaz leader", "Georgian head")]
    assert [u.title for u in items] == ["ABKHAZ TALKS RESUME IN GENEVA.", 'ARDZINBA: "NO RETURN TO GEORGIA."',
                                        "SHEVARDNADZE APPEALS TO UN."]
    assert [u.date for u in items] == ["1994-03-28"] * 3


def test_one_line_in_capitals_is_no_digest_s_title() -> None:
    lines = ["THE BROADCAST ENDED HERE.", "Our correspondent adds that the line went dead at noon."]
    infos = classify_page(split_blocks(lines), make_finder(dt.date(1994, 3, 29), ()))
    assert infos[0].kind != HEADLINE


@pytest.mark.parametrize(("quote", "goes_on"), [
    ("“Families are sleeping in the open,” Jane Roe, spokesperson for the Office of the UN High Commissioner for "
     "Refugees, told journalists in Geneva.", True),
    ("“Families are sleeping in the open,” Jane Roe, spokesperson for the World Food Programme, told journalists in "
     "Geneva.", False),
])
def test_a_quoted_spokesperson_of_the_body_above_carries_its_statement_on(quote: str, goes_on: bool) -> None:
    above = "The UN refugee agency (High Commissioner for Refugees) said on Tuesday that 20,000 people had fled Goma."
    assert quoted_spokesperson(quote, above) is goes_on


@pytest.mark.parametrize("text", [
    "Smoke rose over the station, where hundreds of soldiers were killed in a disastrous New Year's Eve assault.",
    "Troops moved into the village that was hit in a failed Christmas Day raid.",
])
def test_an_event_named_by_its_day_is_no_act_s_day(text: str) -> None:
    assert make_finder(dt.date(1995, 1, 4), ()).act(text) is None


def test_a_day_that_dates_the_act_stays_its_day() -> None:
    act = make_finder(dt.date(1995, 1, 4), ()).act("Russian troops stormed the palace on Tuesday in a failed assault.")
    assert act is not None and act.timex.value == "1995-01-03"


@pytest.mark.parametrize(("text", "value"), [
    ("At 232150B the heaviest exchange of fire began near the airport.", "1994-05-23T21:50"),
    ("At 281400Z the patrol left the compound.", "1994-04-28T14:00"),  # (the 28th of the month before)
    ("At 241400B the liaison officer protested to the Force Commander.", "1994-05-24T14:00"),
])
def test_a_date_time_group_without_its_month(text: str, value: str) -> None:
    timex = make_finder(dt.date(1994, 5, 24), ()).resolve(text)
    assert timex is not None and timex.value == value


@pytest.mark.parametrize("text", ["Invoice 123456A was paid.", "Flight 301299Z landed.", "Call 0800 555 123."])
def test_other_codes_are_no_date_time_group(text: str) -> None:
    timex = make_finder(dt.date(1994, 5, 24), ()).resolve(text)
    assert timex is None or "date-time group" not in timex.why

