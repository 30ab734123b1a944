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
  an update of its own day;
- a digest saved from a mailing list's archive (met on ZZZZZU's india-news digest): the mail's sending date and
  fields, the writer's greeting ("Friends,"), lead-in with a note after it and sign-off naming the next issue are no
  updates; a numbered capitals headline of a stand on another's statement ("KENYA CAUTIOUS ON IGAD STATEMENT") names
  no issuer; "..., his spokesman said" after a closing quote is the person the sentence opens with;
- a story exported from a news archive with its field codes on their own lines (Factiva's "HD", "WC", "PD", "ET",
  "SN", ... and their values) keeps those fields apart from its paragraphs;
- a month or a part of one without its year leading an item under a timeline's year heading ("Late February:"
  under "1999") is of that month of the heading's year;
- a site's furniture under a story (an agency's note on whose views it carries, who runs the site, its promotion of
  its own coverage, its list of editions) is dropped;
- a UN agency's note that its briefing notes summarise what its spokesperson said reports nothing (ZZZZZV).
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest
from attribution_cases import SOMALIA_SIDES
from page_cases import of, parse_page

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.extract.data import ExtractData, load_files

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
    path.write_text(textwrap.dedent(SOMALIA_SIDES), encoding="utf-8")
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


_DIGEST = """
    [Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread Index]
    SOMALIA UPDATE - March 5
    To: somalia-news@lists.example.org
    Subject: SOMALIA UPDATE - March 5
    From: Ahmed Nur <anur@mail.example.net>
    Date: Fri, 05 Mar 2010 08:02:11 +0300
    Reply-To: somalia-news@lists.example.org
    Friends,
    Here is this morning's compilation of wire reports on Mogadishu, in the order I received them. Comments off-list.
    1. TROOPS RETAKE BAKARA MARKET
    MOGADISHU, March 4 (Reuters) - Government troops on Thursday retook the Bakara market after two days of fighting.
    2. KENYA CAUTIOUS ON IGAD STATEMENT
    NAIROBI, March 5 (AFP) - Kenya on Friday gave a guarded welcome to the IGAD statement on the fighting.
    3. U.N. CHIEF WELCOMES TRUCE
    UNITED NATIONS, March 4 (Reuters) - U.N. Secretary-General Ban Ki-moon welcomed "a truce," his spokesman said.
    Next update tomorrow morning, net connection permitting.
    Ahmed
"""


def test_a_mailing_lists_digest_keeps_its_furniture_apart(somalia):
    """A digest saved from a mailing list's archive (ZZZZZU's india-news digest): its header's sending date and
    fields, its greeting, its writer's lead-in with a note after it and its sign-off naming the next issue are no
    updates; the first item is an update of its own day."""
    updates = parse_page(_DIGEST, dt.date(2010, 3, 5), "Africa/Nairobi")
    texts = {u.text.split("\n")[0] for u in updates if u.kind != "aside"}
    assert not any(t.startswith(("Date:", "Friends", "Here is", "Next update")) for t in texts)
    assert of(updates, "MOGADISHU, March 4").date == "2010-03-04"


def test_a_headline_of_a_stand_on_anothers_statement_names_no_issuer(somalia):
    """"KENYA CAUTIOUS ON IGAD STATEMENT" over an item: no one issues a statement called "Kenya cautious on IGAD";
    "..., his spokesman said" closing a quote after a comma tells what the person the sentence opens with did, on a
    page of a national list, too."""
    source = Source(id="page", file="page.txt", path=Path("page.txt"), publisher="somalia-news mailing list",
                    published=dt.date(2010, 3, 5), timezone="Africa/Mogadishu", own_timezone="Africa/Mogadishu")
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    updates = parse_page(_DIGEST, dt.date(2010, 3, 5), "Africa/Mogadishu")
    for update in updates:
        annotate(update, config, somalia)
    kenya, annan = of(updates, "NAIROBI, March 5"), of(updates, "UNITED NATIONS, March 4")
    assert kenya.attribution.who != "CAUTIOUS ON IGAD"
    assert (annan.attribution.who, annan.attribution.side) == ("Ban Ki-moon", "third-party")


def test_a_un_agencys_note_on_its_briefing_summary_is_no_update():
    """The note a UN agency's briefing notes open with ("This is a summary of what was said by UNHCR spokesperson X –
    to whom quoted text may be attributed – at today's press briefing ...", met on ZZZZZV) reports nothing."""
    updates = parse_page("""
        Somalia situation: displacement from Afgoye corridor passes 200,000
        This is a summary of what was said by UNHCR spokesperson Jane Roe – to whom quoted text may be attributed.

        UNHCR is gravely concerned about the displacement of more than 200,000 people from Afgoye since Monday.
    """, dt.date(2010, 3, 5), "Europe/Zurich")
    assert not any("to whom quoted text" in u.text for u in updates)
    assert of(updates, "UNHCR is gravely").kind == "update"


def test_a_blog_comments_stamp_closing_on_its_link_stamps_the_comment():
    """A blog's comment under its author's name, stamped with the day and clock and the permalink after it
    ("2002-11-30 10:02 am UTC (link)", met on ZZZZZS's LiveJournal diary): the comment's day and time."""
    updates = parse_page("""
        Diary: week 10 of the crisis
        Ten weeks now since the shooting started. The phone lines in Cocody have been playing up again.
        (4 comments | Post a new comment)
        hassan_kismayo
        2010-03-06 10:02 am UTC (link)
        Here in Kismayo things are very tense. The militia put up roadblocks on the airport road this morning.
        (Reply to this) (Thread)
        amina_w
        2010-03-06 11:37 am UTC (link)
        Stay safe. The road from Afgoye was closed again at noon, the drivers say.
        (Reply to this) (Thread)
    """, dt.date(2010, 3, 5), "UTC")
    comment = of(updates, "Here in Kismayo")
    assert (comment.date, comment.time) == ("2010-03-06", "10:02")


_ARCHIVE_EXPORT = """
    Article 1 of 3
    Government troops tighten siege of Bakara market
    HD
    Government troops tighten siege of Bakara market
    WC
    612 words
    PD
    23 October 2009
    ET
    08:14 AM
    SN
    Reuters News
    SC
    LBA
    LA
    English
    CY
    (c) Reuters Limited 2009
    LP
    MOGADISHU, Oct 23 (Reuters) - Government troops tightened their siege of Bakara on Friday, an army spokesman said.
    TD
    Shabaab fighters inside the market said they would not withdraw, a spokesman for the group told Reuters.
    The fighting began on October 15.
    CO
    somgov : Government of Somalia
    NS
    gvio : Military Action | gcat : Political/General News
    AN
    Document lba0000020091023dpan01c5x
"""


def test_a_story_exported_from_a_news_archive_keeps_its_fields_apart():
    """A story exported from a news archive with its field codes on their own lines (a Factiva export, as researchers
    keep wire copy): the codes, the values under the metadata codes (its length, clock, source, language, copyright,
    subject codes, document number) are furniture; the story's paragraphs are updates of their own, the clock under
    "ET" stamping none of them."""
    updates = parse_page(_ARCHIVE_EXPORT, dt.date(2009, 10, 23), "Africa/Mogadishu")
    texts = [u.text for u in updates if u.kind != "aside"]
    assert not any(t.startswith(("612 words", "08:14", "Reuters News", "English", "(c)", "somgov", "Document lba"))
                   for t in texts)
    assert of(updates, "Shabaab fighters inside").kind == "update"
    assert of(updates, "MOGADISHU, Oct 23").time is None


def test_a_month_without_its_year_leads_an_item_under_a_year_heading():
    """Under a timeline's year heading ("1999"), an item led by a month or a part of one without its year ("Late
    February: ...", "Mid-May: ...") is of that month of the heading's year, not the page's year nor no date."""
    updates = parse_page("""
        Timeline of the war

        1999

        6 February: Government forces launch an offensive on Kismayo.

        Late February: Government forces retake Kismayo.

        Mid-May: Fighting resumes on the Afgoye road.

        2000

        12 May: The transitional government moves to Baidoa.

        June: Talks open in Djibouti.
    """, dt.date(2000, 12, 18), "Africa/Mogadishu")
    assert [of(updates, start).date for start in ("Late February", "Mid-May", "June:")] == \
        ["1999-02-21", "1999-05-11", "2000-06-01"]


@pytest.mark.parametrize("line", [
    "[This item comes to you via the UN's humanitarian news service, but may not necessarily reflect the views of the "
    "United Nations or its agencies. All its material may be reposted or reprinted free of charge.]",
    "The opinions expressed in Somalia Crisis Report are those of the authors and do not necessarily represent those "
    "of the editors.",
    "SomaliaWeb is administered by the Horn of Africa Information Office in Nairobi.",
    "Track Latest News Live on Example.com and get news updates from Somalia and around the world.",
    "Read the original article on Hiiraan Online.",
    "International Editions: Africa | Arabic | France | India | UK | US",
    "(c) Somali Monitoring 2010. Not to be reproduced without permission.",
    "Users may download and print extracts of content from this website for their own personal and non-commercial use "
    "only.",
    "Views expressed are my own and not those of my employer.",
    "External sites are not endorsed by Example Interactive.",
    "Get the latest news delivered daily!",
    "Sign in to post a message.",
    "View 212 more comments",
    "Extracted text may contain errors introduced during digitization.",
    "Parliamentary material is reproduced with the permission of the Clerk of the House.",
])
def test_a_sites_furniture_under_a_story_is_dropped(line):
    """Furniture under a story that reports nothing, met as leaks on several sets (IRIN's and an institute's notes on
    whose views they carry, who runs a site, a site's promotion of its coverage, its list of editions, the terms its
    copy is reused under, a writer's word on whose views these are, a comment box, an archive's note on its scan):
    dropped. (A short list of editions, a short copyright line and a count of more comments were no updates before
    either: guards; longer ones leaked.)"""
    updates = parse_page(f"""
        Heavy fighting in Mogadishu
        MOGADISHU, March 4 (Reuters) - Government troops and al-Shabaab fighters clashed in northern Mogadishu on
        Thursday, residents said.
        {line}
    """, dt.date(2010, 3, 5), "Africa/Mogadishu")
    assert not any(line[:30] in u.text for u in updates if u.kind != "aside")
