"""Formats met on the blind set ZZZZA (the Six-Day War) and those after it, each on pages written for these tests:

- a timeline looking back on a war, years after it, under day headings ("Day 1: Monday, October 6"), with a clock
  opening some of its notes ("2:05pm: ..."): every paragraph is a note of its own, stamped or not; on a live page of
  the same days the paragraph under a stamped post is the rest of that post
- a day's broadcast announcements and statements, each under a title closed by its clock ("Message from Prime
  Minister X to King Y – 10:30 hours", "Statement by President X, broadcast on Radio Z – 20:30 hours"): the title is
  the update's title, and names who speaks; an editor's note in brackets right under it ("(Transmitted through
  ...)") is the start of its text, no headline over the next; a title may give its day before its clock
  ("Communique No. 3 - 7 October 1973, 02:10")
- an office's list of releases, each under its number in the office's code and its date line ("No PR-112/2024-DPR"
  / "Dated: 3 Mar 2024"): each release is one update, all its paragraphs, dated by its date line, down to the next
  number or to the page's furniture under the last ("Share", the list's page numbers, the office's footer)
- an archive's catalogue of a document, a field's label and its value on each line split by a tab ("Document Type:
  <tab> CREST", "Publication Date: <tab> July 19, 1988"): what the archive says of the document, dropped as its
  record's fields, not a table of rows each reporting something
- a council's verbatim record, its numbered paragraphs opening with the speaker ("1. The PRESIDENT: ...", "4. Mr.
  HALVORSEN (Norway): ..."): a speaker's next numbered paragraphs are theirs, and the record's notes of the meeting's
  course ("The meeting was called to order at 10.05 a.m.", "The meeting rose at 12.40 p.m.") are asides, as is its
  head (who presides, who is present, the agenda's items)
- a news list's items stamped with their age ("6 hours ago"), counted back from when the page was saved: each item
  is dated by its stamp's day, as a post stamped with its clock is, not by the day its text names ("on Friday night")
- a parliament's record with its clock on a line of its own, minutes under ten in one digit ("5.2 p.m." is 17:02),
  and members named by initials and surname ("§ Sir A. Eden I can give ..."): each speech its own update
- an office's news service opening each item with its place, day and service in brackets and a full stop
  ("Bogotá, Mar. 4 (SIG). ..."): the dateline, not the day of the item's news ("met last night", "on Monday")
- a link to another story closing a live post, "Read: <its headline>": no line of any post, nor a later one's title
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronik.config import Config, Epoch, Source
from chronik.extract import annotate
from chronik.extract.data import load_files
from chronik.ingest import clean_line
from chronik.model import Document, Update
from chronik.segment import segment
from tests.conftest import write
from tests.page_cases import of, parse_page

TIMELINE = """
    1973 war: Nineteen days that shook the Middle East

    On October 6, 1973, Egypt and Syria attacked Israel on Yom Kippur. All times are Israel time.

    Day 1: Saturday, October 6

    2:05pm: Egyptian artillery opens fire along the whole length of the Suez Canal.

    Throughout the afternoon, Damascus radio claims that Syrian tanks are advancing on the Golan.

    6:00pm: Israel calls up its reserves.

    Day 2: Sunday, October 7

    10:00am: Syrian armour reaches the edge of the Golan plateau.

    In New York, Egypt's envoy tells the Security Council that Israel started the war.
"""


def _notes(text: str, published: dt.date) -> list[Update]:
    war = (Epoch("October war", dt.date(1973, 10, 6), dt.date(1973, 10, 25)),)
    return [u for u in parse_page(text, published, "Asia/Jerusalem", None, war) if u.kind != "aside"]


def test_a_timeline_looking_back_reads_each_paragraph_as_a_note() -> None:
    notes = _notes(TIMELINE, dt.date(2013, 10, 6))
    radio = of(notes, "Throughout the afternoon")
    assert (radio.date, radio.time) == ("1973-10-06", None)
    council = of(notes, "In New York")
    assert (council.date, council.time) == ("1973-10-07", None)
    assert of(notes, "Egyptian artillery").text.endswith("Suez Canal.")


def test_a_live_page_of_those_days_keeps_a_post_s_paragraphs_together() -> None:
    notes = _notes(TIMELINE, dt.date(1973, 10, 7))
    assert of(notes, "Egyptian artillery").date == "1973-10-06"
    post = of(notes, "Egyptian artillery")
    assert "Damascus radio claims" in post.text


ANNOUNCEMENTS = """
    Broadcasts of 6 October 1973
    Communique No. 1 – 14:05 hours
    Egyptian forces crossed the Canal at several points this afternoon.
    Message from Prime Minister Golda Meir to King Hussein – 15:30 hours
    (Transmitted through General Ensio Siilasvuo, Chief of Staff of the UN Truce Supervision Organization)
    "Israel will take no action against Jordan as long as Jordan stays out of the fighting."
    Communique No. 2 – 16:10 hours
    Syrian aircraft attacked positions on the Golan Heights.
    Statement by President Anwar Sadat, broadcast on Radio Cairo – 20:30 hours
    Our forces have crossed the Canal and raised the flag on its eastern bank.
    Communique No. 3 - 7 October 1973, 02:10
    Enemy aircraft attacked Port Said during the night.
"""

SIDES = """
    defaults: extend
    sides:
      israeli: Israel
      arab: Egypt and Syria
    polities:
      - {name: Israel, side: israeli, adjective: Israeli, government: Government of Israel,
         forms: [Israel, Israeli, Golda Meir]}
      - {name: Egypt, side: arab, adjective: Egyptian, government: Government of Egypt,
         forms: [Egypt, Egyptian, Cairo, Anwar Sadat]}
"""


@pytest.fixture(scope="module")
def broadcasts(tmp_path_factory: pytest.TempPathFactory) -> list[Update]:
    data = load_files(write(tmp_path_factory.mktemp("broadcasts") / "sides.yaml", SIDES))
    updates = [u for u in parse_page(ANNOUNCEMENTS, dt.date(1973, 10, 6), "Asia/Jerusalem") if u.kind != "aside"]
    for update in updates:
        annotate(update, None, data)
    return updates


def test_a_clocked_title_titles_its_text_and_a_bracketed_note_opens_it(broadcasts: list[Update]) -> None:
    message = of(broadcasts, "(Transmitted through")
    assert message.title == "Message from Prime Minister Golda Meir to King Hussein"
    assert message.time == "15:30" and "Israel will take no action" in message.text
    assert of(broadcasts, "Egyptian forces crossed").title == "Communique No. 1"
    night = of(broadcasts, "Enemy aircraft attacked")
    assert (night.title, night.date, night.time) == ("Communique No. 3", "1973-10-07", "02:10")


def test_a_title_naming_a_message_or_statement_names_its_speaker(broadcasts: list[Update]) -> None:
    message = of(broadcasts, "(Transmitted through")
    assert (message.attribution.who, message.attribution.side) == ("Golda Meir", "israeli")
    statement = of(broadcasts, "Our forces have crossed")
    assert (statement.attribution.who, statement.attribution.side) == ("Anwar Sadat", "arab")


RELEASES = """
    Press Releases

    No PR-112/2024-DPR
    Dated: 3 Mar 2024
    Northtown, 3 March 2024: In the early hours of today, rebels attacked a border post near Kalima.
    The attack was repulsed and three attackers were killed.
    The army remains ready to defend every inch of the border.
    Share

    No PR-109/2024-DPR
    Dated: 1 Mar 2024
    Northtown, 1 March 2024: The Chief of Defence Staff visited forward posts along the border today.
    Interacting with the troops, he praised their readiness.
    Share

    1
    2
    Next
    Defence Public Relations Directorate
    Directorate of Public Relations, General Headquarters, Northtown
"""


def test_a_list_of_coded_releases_makes_each_release_one_update() -> None:
    updates = [u for u in parse_page(RELEASES, dt.date(2024, 3, 3), "UTC") if u.kind != "aside"]
    assert [u.date for u in updates] == ["2024-03-03", "2024-03-01"]
    attack, visit = updates
    assert "three attackers were killed" in attack.text and "every inch" in attack.text
    assert "praised their readiness" in visit.text and "General Headquarters" not in visit.text


CATALOGUE = [
    "DAILY REPORT: NEAR EAST (EXCERPTS) 19 JULY 1988",
    "",
    "Document Type:\tCREST",
    "Collection:\tGeneral Records",
    "Document Number:\tRDP04-00046R000300140001-6",
    "Document Page Count:\t7",
    "Publication Date:\tJuly 19, 1988",
    "Content Type:\tREPORT",
    "Body:",
    "The foreign ministry said today that the offer of talks was a maneuver aimed at gaining time.",
]
# a telegram's record in a database of cables: the labels without colons
TELEGRAM = [
    "Electronic Telegrams, 1974",
    "",
    "Draft Date\t22 JUL 1974",
    "Document Number\t1974ANKARA05512",
    "Film Number\tD740197-0622",
    "From\tANKARA",
    "To\tSECSTATE WASHDC",
    "Original Classification\tCONFIDENTIAL",
    "Message Text",
    "The foreign ministry said today that the offer of talks was a maneuver aimed at gaining time.",
]


@pytest.mark.parametrize("page", [CATALOGUE, TELEGRAM])
def test_an_archive_s_fields_of_a_document_are_dropped_as_its_record(page: list[str]) -> None:
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher="Archive", title=None,
                    published=dt.date(1988, 7, 19), timezone="UTC")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    updates, dropped = segment(Document("page", [clean_line(x) for x in page]), source, config)
    assert not any("Number" in u.text or "CREST" in u.text or "SECSTATE" in u.text for u in updates)
    reasons = {d.line: d.reason for d in dropped}
    assert all("record field" in reasons[n] for n in range(3, 9))
    assert of(updates, "The foreign ministry said").kind == "update"


PLACES = [
    "Casualties by district",
    "",
    "District\tToll",
    "Kalima\tthree killed in shelling",
    "Northtown\ttwo wounded",
    "Sandra\tno casualties",
]


def test_a_table_of_places_and_what_happened_there_is_no_record_s_fields() -> None:
    updates = [u for u in parse_page("\n".join(PLACES), dt.date(2024, 3, 3), "UTC") if u.kind != "aside"]
    assert any("three killed" in u.text for u in updates) and any("two wounded" in u.text for u in updates)


COUNCIL = """
    2011th MEETING: 8 OCTOBER 1973
    President: Mr. Lars HALVORSEN (Norway).
    Present: The representatives of the following States: Australia, Austria, China, France, Guinea, India.
    Provisional agenda (S/Agenda/2011)
    1. Adoption of the agenda.
    2. The situation in the Middle East.
    The meeting was called to order at 10.05 a.m.
    The agenda was adopted.
    1. The PRESIDENT: I have called this meeting at the request of the representative of Egypt.
    2. The SECRETARY-GENERAL: I have received reports from the Chief of Staff of UNTSO on the fighting.
    3. The Chief of Staff reports that heavy firing continued along the Canal throughout the night.
    4. Mr. HALVORSEN (Norway): My delegation is gravely concerned by the fighting.
    5. Mr. ABDEL MEGUID (Egypt) (translated from Arabic): Israel has again attacked our positions.
    6. My Government has instructed me to request an immediate meeting of the Council.
    7. The PRESIDENT: The next meeting will be held this afternoon.
    The meeting rose at 12.40 p.m.
"""


def test_a_council_s_record_reads_each_speaker_s_numbered_paragraphs_as_one_turn() -> None:
    updates = parse_page(COUNCIL, dt.date(1973, 10, 8), "America/New_York")
    turns = [u for u in updates if u.kind != "aside"]
    assert [u.text.split(":")[0] for u in turns] == [
        "The PRESIDENT", "The SECRETARY-GENERAL", "Mr. HALVORSEN (Norway)",
        "Mr. ABDEL MEGUID (Egypt) (translated from Arabic)", "The PRESIDENT"]
    assert "heavy firing continued" in of(turns, "The SECRETARY-GENERAL").text
    assert "request an immediate meeting" in of(turns, "Mr. ABDEL MEGUID").text
    notes = [u.text for u in updates if u.kind == "aside"]
    assert "The meeting rose at 12.40 p.m." in notes and "The agenda was adopted." in notes
    assert {"President: Mr. Lars HALVORSEN (Norway).", "Adoption of the agenda."} <= set(notes)


AGED = """
    Latest News

    Death Toll From Strikes in the Border District Rises to 17
    6 hours ago
    Local officials said the airstrikes on Friday night hit homes in two districts, killing 17 civilians.

    Delegation Arrives for Talks
    1 hour ago
    The delegation will meet officials of the other side under Qatari mediation, a spokesman said.
"""


def test_an_item_stamped_with_its_age_is_dated_by_it() -> None:
    saved = dt.datetime(2025, 10, 18, 21, 10, tzinfo=dt.timezone(dt.timedelta(hours=4, minutes=30)))
    updates = [u for u in parse_page(AGED, saved, "Asia/Kabul") if u.kind != "aside"]
    toll = of(updates, "Local officials said")
    assert (toll.date, toll.time) == ("2025-10-18", None)
    assert of(updates, "The delegation will meet").date == "2025-10-18"


LINKED = """
    07:40pm
    Rebels confirm truce
    A rebel spokesman said on X that the ceasefire would be observed from 5:30pm, at the request of the army.
    His deputy separately told local media that an army strike had hit a house in the city in the afternoon.
    Read: Army, rebels agree on temporary truce

    05:58pm
    Ministry announces 48-hour ceasefire
    The ministry said both sides would make sincere efforts to find a solution.

    02:35pm
    Security sources said army units had carried out strikes on rebel positions near the border.
"""


def test_a_read_link_closing_a_post_is_no_line_of_any_post() -> None:
    updates = parse_page(LINKED, dt.date(2025, 10, 15), "Asia/Karachi")
    posts = [u for u in updates if u.kind != "aside"]
    assert not any("agree on temporary truce" in f"{u.title} {u.text}" for u in posts)


HANSARD = """
    Volume 558: debated on Tuesday 30 October 1956
    4.30 p.m.
    § The Prime Minister (Sir Anthony Eden) With permission, I will make a statement on the situation in Egypt.
    4.39 p.m.
    § Mr. Grimond Will the Prime Minister give an assurance that we shall not go to war?
    § Sir A. Eden I can give no such assurance.
    5.2 p.m.
    § Mr. Bevan The Government have acted against the Charter.
"""


def test_a_parliament_s_record_prints_minutes_under_ten_in_one_digit() -> None:
    updates = [u for u in parse_page(HANSARD, dt.date(1956, 10, 30), "Europe/London") if u.kind != "aside"]
    assert of(updates, "§ Mr. Bevan").time == "17:02"
    answer = of(updates, "§ Sir A. Eden")  # (the 4.39 mark's clock reaches it: see test_segment_unseen50)
    assert "Mr. Grimond" not in answer.text and answer.time == "16:39"


SERVICE = """
    News in English

    Army will not send troops to the border, says minister
    Bogotá, Mar. 4 (SIG). The President met on Monday with the ministers of Defence and Foreign Affairs.

    Vice President: rebel files refer to uranium purchases
    Bogotá, Mar. 4 (SIG). The Vice President told a conference in Geneva yesterday that the files refer to uranium.
"""


def test_a_news_service_s_dateline_with_a_full_stop_is_no_day_of_the_news() -> None:
    updates = [u for u in parse_page(SERVICE, dt.date(2008, 3, 4), "America/Bogota") if u.kind != "aside"]
    assert of(updates, "Bogotá, Mar. 4 (SIG). The President met").date == "2008-03-03"
    assert of(updates, "Bogotá, Mar. 4 (SIG). The Vice President").date == "2008-03-03"
