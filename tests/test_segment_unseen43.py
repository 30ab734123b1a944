"""Formats met on the blind sets ZZZZW (Sierra Leone 1999), ZZZZX (Lebanon 1982), ZZZZY (Kosovo 1999) and ZZZZZ (the
Houthis 2025), each on pages written for these tests:

- a news archive's month page ("Liberia News Archives / August 2003"), newest day first, each day leading its first
  paragraph ("11 August: ...") and further paragraphs of that day after it: those paragraphs are that day's, their
  weekdays counted from it ("on Sunday" under "11 August" is 10 August), not from the month's first or last day; a
  paragraph naming its own day written out keeps it; a bulleted list of days is read item by item
- a president's news conference as the Public Papers print it: questions marked "Q." with a full stop, answers by
  the speaker's title ("The President. Well, ..."), the day alone under the title and the clock in a closing note
  ("Note: The President's news conference began at 2 p.m. in the Briefing Room"): each question heads its answer,
  and every answer is of that day at that clock; a pronoun's contraction opening an answer ("I've said ...") is no
  one's name
- a ministry's selection of documents, each headed by what it is and the day it was issued ("43 Statement in the
  Knesset by Prime Minister Begin, 8 June 1982") over an editor's note and the text: the document is of that day,
  not of the day the collection came out
- a report's heading naming an event by its day ("Chronology of the March 12 Offensive") is no day heading: the
  paragraphs under it keep their own days, unflagged, and one naming none is of the report's day
- a meetings coverage's statements, each speaker in capitals with their delegation or post ("JOHN ROE (Ghana), speaking
  for the African Union, said its ministers had met in Addis Ababa on 4 March ..."): what was said at the meeting, of
  its day, whatever day the statement tells of
- a journal's chronology online: its "Keywords: ..." line is furniture; its long note on what it covers ("This
  chronology, a regular feature of the Journal, covers events ...", up to 80 words) and where the rest of it is ("The
  entries for ... are given in the PDF version of this article.") are page notes, not updates
- a relative clause after a name with an honorific ("Mr. Habib, who met Mr. Assad on Monday, returned ... this
  evening"): the honorific's stop ends no clause, so the day inside the relative clause is not the act's
- a press conference whose speakers are named as written ("Jamie Shea: ...") is a transcript: a speaker's "we" next
  to the publishing body's name ("NATO has always said ... we regret ...") is the speaker's, not self-promotion; a
  body's briefing notes telling what its staff saw ("UNHCR is alarmed ... Our staff report that ...") are news; the
  header's clock in hours with a colon ("14 April 1999, 15:00 hours") clocks its turns, and "As I said" names no one
- a news agency's list whose items are stamped with the month spelled between slashes ("[28/April/2025 10:41 PM]"):
  each headline heads its item, stamped at that clock; numbered notes under a "Footnotes" label are asides; a wire
  story's dated credit ("May 7 (Reuters) - ..., the president said on Tuesday") is its dateline, not its act's day
"""

from __future__ import annotations

import datetime as dt

from tests.page_cases import of, parse_page

ARCHIVE = "\n".join([
    "The Liberia Web",
    "Home | News | Archives | Links | Contact",
    "Liberia News Archives",
    "August 2003",
    "11 August: President Charles Taylor handed power to Vice President Moses Blah at a ceremony in Monrovia on "
    "Monday and left for exile in Nigeria, Reuters reported.",
    "LURD spokesman Kabineh Janneh said on Sunday that the rebels would withdraw from the port once peacekeepers "
    "were deployed there.",
    "Aid agencies estimate that about a million people are living in and around the capital without clean water.",
    "10 August: Nigerian peacekeepers of the ECOMIL force took over the airport at Roberts Field on Sunday, a "
    "spokesman for the force said.",
    "The U.S. warships off the coast remained on standby on Saturday, a Pentagon official said.",
    "The rebels said they had lost 40 fighters since 3 August.",
])


def test_an_archive_days_paragraphs_are_of_the_day_that_leads_them() -> None:
    updates = parse_page(ARCHIVE, dt.date(2003, 8, 11), "Africa/Monrovia")
    assert of(updates, "11 August").date == "2003-08-11"
    assert of(updates, "LURD spokesman").date == "2003-08-10"
    assert of(updates, "Aid agencies").date == "2003-08-11"
    assert of(updates, "10 August").date == "2003-08-10"
    assert of(updates, "The U.S. warships").date == "2003-08-09"
    assert of(updates, "The rebels said").date == "2003-08-10"


PAPERS = "\n".join([
    "Public Papers of the Presidents",
    "The President's News Conference",
    "March 1, 1991",
    "The President. Good afternoon. I have a brief statement on the situation in the Gulf, and then I'll take your "
    "questions.",
    "Q. Mr. President, General Schwarzkopf said yesterday that the Iraqi army had been destroyed. Is the war over?",
    "The President. Well, the fighting has stopped, and the cease-fire is holding. The terms will be set at the "
    "meeting of the commanders at Safwan on Sunday.",
    "Q. Will American troops stay in southern Iraq until the prisoners are released?",
    "The President. I've said that we will not stay a day longer than we have to. The prisoners come first.",
    "Q. Mr. President, are you concerned about the uprising in Basra?",
    "The President. We are watching it closely. It is not our intention to interfere in the internal affairs of Iraq.",
    "Q. Thank you, Mr. President.",
    "Note: The President's 76th news conference began at 2 p.m. in the Briefing Room at the White House.",
])


def test_a_public_papers_conference_dates_and_clocks_each_answer() -> None:
    updates = parse_page(PAPERS, dt.date(1991, 3, 1), "America/New_York")
    for start in ("The President. Well", "The President. We are watching"):
        answer = of(updates, start)
        assert (answer.date, answer.time) == ("1991-03-01", "14:00"), start
        assert answer.title is not None and answer.title.startswith("Q. "), start
    said = next(u for u in updates if "The President. I've said" in u.text)
    assert said.time == "14:00" and said.attribution.who != "I've"


DOCUMENTS = "\n".join([
    "Foreign Relations: Selected Documents, 1973-1974",
    "Part One: The October War",
    "12 Statement in the Knesset by Prime Minister Meir, 16 October 1973",
    "Mrs. Meir reported to the Knesset on the tenth day of the war. Excerpts:",
    "Members of the Knesset, our forces are fighting on the west bank of the Suez Canal.",
    "13 Statement by the IDF Spokesman on the fighting in the Golan, 18 October 1973",
    "The IDF Spokesman issued the following statement in the evening, after the battles near Tel Shams:",
    "Our forces repelled an armoured attack by Iraqi and Syrian forces in the northern sector.",
])


def test_a_documents_heading_dates_its_text() -> None:
    updates = parse_page(DOCUMENTS, dt.date(1974, 12, 31), "Asia/Jerusalem")
    assert of(updates, "Mrs. Meir reported").date == "1973-10-16"
    assert of(updates, "Our forces repelled").date == "1973-10-18"


CHRONOLOGY = "\n".join([
    "III. BACKGROUND",
    "Chronology of the March 12 Offensive",
    "The offensive was the culmination of a campaign that began in the north of the country in January.",
    "On February 20, 2024, rebel forces overran the army garrison at Kiwanja. Residents who fled south said the "
    "town had been shelled for two days.",
    "On March 12, 2024, several hundred fighters entered the eastern districts of the city before dawn.",
])


def test_a_heading_naming_an_event_by_its_day_dates_nothing() -> None:
    updates = parse_page(CHRONOLOGY, dt.date(2024, 6, 1), "Africa/Kigali")
    garrison = of(updates, "On February 20, 2024")
    assert (garrison.date, garrison.flags) == ("2024-02-20", [])
    assert of(updates, "The offensive was").date == "2024-06-01"


MEETING = "\n".join([
    "SC/9999",
    "SECURITY COUNCIL HEARS BRIEFING ON SOUTH SUDAN",
    "The Security Council this afternoon heard a briefing by the Special Representative and statements by members.",
    "Briefing",
    "NICHOLAS HAYSOM, Special Representative of the Secretary-General, said the ceasefire was largely holding. He had "
    "returned to Juba on 2 March after talks in Nairobi.",
    "Statements",
    "JOHN ROE (Ghana), speaking for the African Union, said its ministers had met in Addis Ababa on 4 March and backed "
    "the roadmap.",
])


def test_a_meetings_statements_are_of_its_day() -> None:
    updates = parse_page(MEETING, dt.date(2024, 3, 12), "America/New_York")
    assert of(updates, "NICHOLAS HAYSOM").date == "2024-03-12"
    assert of(updates, "JOHN ROE").date == "2024-03-12"


JOURNAL = "\n".join([
    "Chronology: 16 February - 15 May 1991",
    "Journal of Middle East Affairs",
    "Published online: 3 Mar 2020",
    "Keywords: Kuwait, Iraq, Gulf war, chronology",
    "This chronology, a regular feature of the Journal, covers events bearing on the Gulf crisis and its aftermath "
    "from 16 February to 15 May 1991. Sources are given in brackets after each entry; the abbreviations used are "
    "listed at the end of this issue. Items are drawn from the major international dailies and from the wire services "
    "monitored by the Journal's staff, and from the broadcasts of the regional radio stations.",
    "THE GROUND WAR (24-28 FEBRUARY)",
    "February 24: Coalition ground forces cross into Kuwait and southern Iraq at 4 a.m. on several axes; Saudi and "
    "Egyptian units advance on Kuwait City while US and British armour moves into southern Iraq. [NYT 2/25]",
    "February 26: Iraqi forces begin to withdraw from Kuwait City along the road to Basra; Baghdad Radio says the "
    "withdrawal is complete by evening. [WP 2/27]",
    "The entries for 1 March - 15 May are given in the PDF version of this article.",
])


def test_a_journal_chronologys_notes_and_keywords_are_no_updates() -> None:
    updates = parse_page(JOURNAL, dt.date(1991, 7, 1), "UTC")
    assert not any(u.text.startswith("Keywords") for u in updates)
    for start in ("This chronology, a regular feature", "The entries for 1 March"):
        assert of(updates, start).kind == "aside", start
    assert of(updates, "February 24").date == "1991-02-24"


def test_a_day_in_a_relative_clause_past_an_honorific_is_not_the_acts() -> None:
    text = "\n".join([
        "U.S. Envoy Returns to Damascus",
        "By Special to the Times",
        "JERUSALEM, June 9 - The American envoy pressed both sides to halt the fighting in the Bekaa today.",
        "Mr. Habib, who met Mr. Assad for four hours on Monday and saw Mr. Begin yesterday, returned to the Syrian "
        "capital this evening.",
    ])
    updates = parse_page(text, dt.date(1982, 6, 10), "Asia/Jerusalem")
    assert of(updates, "Mr. Habib").date == "1982-06-09"


def test_a_press_conference_with_speakers_named_as_written_keeps_the_bodys_we() -> None:
    from test_boilerplate_round39 import run
    page = "\n".join([
        "Press Conference by the Alliance Spokesman",
        "Brussels, 2 May 1999, 15:00 hours",
        "Ann Grey: Good afternoon. Today is the 40th day of the operation.",
        "The Alliance has always said that its aircraft target only military sites, and we regret any loss of civilian "
        "life near Djakovica.",
        "Ann Grey: I will now hand over to the General for the military update.",
        "Major General Tom Brand: Thank you. In the last 24 hours our aircraft flew 600 sorties.",
        "Ann Grey: Thank you, General. Questions, please.",
    ])
    updates, dropped = run(page, publisher="Alliance")
    assert [d.line for d in dropped] == []
    assert any(u.text.startswith("The Alliance has always said") or "The Alliance has always said" in u.text
               for u in updates)


def test_a_bodys_briefing_notes_telling_what_its_staff_saw_are_news() -> None:
    from test_boilerplate_round39 import run
    page = "\n".join([
        "Briefing notes",
        "Kosovo crisis update",
        "This is a summary of what was said by the agency spokesperson at today's press briefing in Geneva.",
        "The Agency is alarmed at conditions at the border crossing, where 40,000 people are waiting in a muddy field. "
        "Our staff report that at least 12 elderly people have died there since the weekend.",
        "Overnight, 10,000 people were moved by bus to new camps. The Agency was not informed in advance, and our "
        "teams at the border were not allowed to register them.",
    ])
    updates, dropped = run(page, publisher="Agency")
    assert [(d.line, d.reason) for d in dropped] == [(3, "boilerplate: transcript note")]  # (the note on the summary)
    assert any("Our staff report" in u.text and u.kind != "aside" for u in updates)


def test_a_press_conference_header_with_a_clock_in_hours_and_a_colon_clocks_it() -> None:
    page = "\n".join([
        "Press Conference by the Alliance Spokesman, Ann Grey and Major General Tom Brand",
        "Alliance HQ Brussels",
        "2 May 1999, 15:00 hours",
        "Ann Grey: Good afternoon. Today is the 40th day of the operation, and I will begin with the refugees.",
        "Major General Tom Brand: Thank you. In the last 24 hours our aircraft flew 600 sorties.",
        "Ann Grey: I cannot confirm that. As I said, our aircraft attacked a convoy of military vehicles on that road.",
        "Major General Tom Brand: Our pilots fly at medium altitude and identify their targets before they attack.",
        "Ann Grey: Thank you. That is all for today.",
    ])
    updates = parse_page(page, dt.date(1999, 5, 2), "Europe/Brussels")
    answer = next(u for u in updates if "Ann Grey: I cannot confirm" in u.text)
    assert (answer.date, answer.time) == ("1999-05-02", "15:00")
    assert answer.attribution.who != "As I"


def test_a_stamp_spelling_its_month_between_slashes() -> None:
    page = "\n".join([
        "Latest News",
        "Air defences down drone over Marib",
        "[28/April/2025 10:41 PM]",
        "MARIB, April 28 (Agency) - Air defences shot down a drone over Marib province on Monday evening, a military "
        "source said.",
        "Ministry: 12 killed in strike on market",
        "[28/April/2025 06:15 PM]",
        "SAADA, April 28 (Agency) - The health ministry said 12 people were killed in a strike on a market in Saada.",
    ])
    updates = parse_page(page, dt.date(2025, 4, 28), "Asia/Aden")
    drone = of(updates, "MARIB, April 28")
    assert (drone.date, drone.time, drone.title) == ("2025-04-28", "22:41", "Air defences down drone over Marib")
    assert of(updates, "SAADA, April 28").time == "18:15"


def test_numbered_notes_under_a_footnotes_label_are_asides() -> None:
    page = "\n".join([
        "Middle East Overview: May 2025",
        "The US campaign against the Houthis intensified through April, with more than 300 strikes recorded.",
        "On 17 April, US airstrikes hit the fuel port of Ras Isa on the Red Sea coast, killing at least 80 people "
        "and injuring more than 150, the deadliest single strike of the campaign.1",
        "On 28 April, a strike hit a migrant detention centre in Saada, where the health ministry said 68 people were "
        "killed.2",
        "The Houthis continued to launch missiles at Israel, and the Israeli army said it intercepted most of them.",
        "Footnotes",
        "1 The health ministry reported 80 killed and 171 injured in the Ras Isa strike.",
        "2 Houthi officials put the toll at 68 killed and 47 injured.",
    ])
    updates = parse_page(page, dt.date(2025, 5, 8), "Asia/Aden")
    for start in ("1 The health ministry", "2 Houthi officials"):
        assert of(updates, start).kind == "aside", start
    assert any("On 17 April" in u.text and u.kind != "aside" for u in updates)


def test_a_wire_storys_dated_credit_is_its_dateline_not_its_act() -> None:
    page = "\n".join([
        "Timeline: US strikes on Yemen",
        "By Reuters",
        "May 7 (Reuters) - The United States will stop bombing the Houthis, the president said on Tuesday, after "
        "the group agreed to stop attacking U.S. ships in a deal brokered by Oman.",
        "Here is a timeline of the campaign:",
        "March 15 - U.S. forces launch strikes on Houthi targets across Yemen.",
    ])
    updates = parse_page(page, dt.date(2025, 5, 7), "Europe/London")
    assert of(updates, "May 7 (Reuters)").date == "2025-05-06"
