"""A conversation saved from Twitter's page of one tweet as it looked in 2015, met on ZZZZZV's page of a presidency
adviser and a journalist, written here for a war of another continent:

- the tweets the focused one answers come first, each under its header ("Name @handle · Dec 11"); the focused
  tweet shows its author's name and handle on lines of their own over its text, and its full stamp under the text
  and its counts, a clock, a dash and a day ("11:42 PM - 11 Dec 2015"): that line stamps the focused tweet, with
  its clock, and the name over its handle is who posts it;
- its counts are written word first ("RETWEETS 156 LIKES 94") and are dropped as any post's counts are;
- the name and handle under a post of the timeline open the next, focused, post: they are not a card embedded in
  the post above, as they would be under a live page's post;
- the tweets under it that open on a handle answer the conversation of several accounts: news posts of their own,
  not readers' replies to one author's thread.

A think tank's chronology of a war over several years (met on ZZZZZX's ISS page), its title naming the war's years
("Chronology of the Conflict, 2006-2009") and its items under year headings:

- a span of years ("1992-1995", "1992–95", "from 2006 to 2009") runs from its first year to its last, so the title's
  period is the war's years, not its first year alone: the items under each year heading are of that year;
- its end matter ("Notes", "Sources") is of none of its years: a note there is of the page's day.

A government's archive of press releases (met on ZZZZZW's Press Information Bureau page): each release under its
ministry, its title, a date line in another calendar and its date line, then four paragraphs or more, its staff's
code and a print row:

- each paragraph reporting its own act or claimant is an update of the release's day, as a story's is; a card's
  single paragraph with its tally stays one update (a guard);
- the next release's ministry and title are not lines of the release above; the code and the print row are none;
- a surname after an honorific ("Shri Farah said ...") and "Replying to questions, the Spokesman said ..." go on
  the paragraph above.

A magazine's chronology of a siege (met on ZZZZZW's Frontline page), under its issue line ("Volume 4 - Issue 12 ::
Mar. 20 - Apr. 02, 2010") and set without blank lines:

- an item's date with its weekday in brackets ("Feb. 16 (Tuesday): ...") leads it; a dateline's place in brackets
  ("June 30, 2010 (MOGADISHU) – ...") leads none (a guard);
- on a page that never sets a paragraph apart by a blank line, the layout tells no paragraph under the item above: a
  paragraph with another claimant is an update of its own, of the day the item above led with, not the first day of
  the issue's span.

A humanitarian agency's daily digest (met on ZZZZZX's IRIN update), each item under a headline naming its region in
capitals ("SOMALIA: Government troops retake Bulo Burde"): the paragraphs under it are read as reports, another
claimant's an update of its own, not one story glued under the headline.

Also met on the blind sets opened this round: a clause on a place the sentence opens with ("In Djibouti, where talks
resumed on May 30, ...") and a body's earlier decision recalled by its day ("its decision of 9 February 2010") date
no act; a round-up's weekday item telling a past act ("Saturday: ... ended four days of talks") is of the week gone by.
"""

from __future__ import annotations

import datetime as dt

import pytest
from page_cases import of, parse_page

from chronik.config import Epoch
from chronik.dates.finder import resolve

_CONVERSATION = """
    Have an account? Log in
    Abdirahman Omar @AbdirahmanOmar · Mar 4
    Early this morning, al-Shabaab fighters attacked the police station in Hamar Weyne. They were repelled.
    38 replies 214 retweets 96 likes
    Faduma Ali @fadumaali · Mar 4
    @AbdirahmanOmar Mortars falling on Bakara market since dawn and still at noon. Several were killed.
    12 replies 87 retweets 31 likes
    Abdirahman Omar
    @AbdirahmanOmar
    Follow
    @fadumaali Those who attacked the station today are the same men who shell the market every week.
    RETWEETS 156 LIKES 94
    11:42 PM - 4 Mar 2010
    Reply Retweet Like More
    Hodan Yusuf @hodanyusuf · 10h
    @AbdirahmanOmar @fadumaali Soldiers and militia have been going door to door in Hodan district since last night.
    45 replies 301 retweets 120 likes
"""


def test_an_old_tweets_stamp_under_its_text_stamps_it_with_its_clock():
    updates = parse_page(_CONVERSATION, dt.date(2010, 3, 5), "Africa/Mogadishu")
    focused = of(updates, "@fadumaali Those who attacked")
    assert (focused.date, focused.time) == ("2010-03-04", "23:42")
    assert "11:42 PM" not in focused.text


def test_the_name_over_the_handle_is_who_posts_the_focused_tweet():
    updates = parse_page(_CONVERSATION, dt.date(2010, 3, 5), "Africa/Mogadishu")
    assert of(updates, "@fadumaali Those who attacked").context.sender == "Abdirahman Omar"


def test_counts_written_word_first_are_dropped():
    updates = parse_page("""
        Faduma Ali @fadumaali · Mar 4
        Mortars falling on Bakara market since dawn and still at noon. Residents say several people were killed.
        RETWEETS 156 LIKES 94
        Hodan Yusuf @hodanyusuf · Mar 4
        Soldiers have been going door to door in Hodan district since last night.
        FAVORITES 12
    """, dt.date(2010, 3, 5), "Africa/Mogadishu")
    assert [u.text for u in updates if "RETWEETS" in u.text or "FAVORITES" in u.text] == []


_ANSWERED = """
    Abdirahman Omar @AbdirahmanOmar · Mar 4
    Early this morning, al-Shabaab fighters attacked the police station in Hamar Weyne. They were repelled.
    38 replies 214 retweets 96 likes
    Faduma Ali @fadumaali · Mar 4
    @AbdirahmanOmar Mortars falling on Bakara market since dawn and still at noon. Residents say several were killed.
    12 replies 87 retweets 31 likes
    Reply Retweet Like More
    Abdirahman Omar
    @AbdirahmanOmar
    @fadumaali Those who attacked the station today are the same men who shell the market every week.
    9:42 PM · Mar 4, 2010
    156 Retweets 94 Likes
    Hodan Yusuf @hodanyusuf · Mar 4
    @AbdirahmanOmar @fadumaali Soldiers and militia have been going door to door in Hodan district since last night.
    45 replies 301 retweets 120 likes
"""


def test_a_tweet_answering_a_conversation_of_several_accounts_is_news_of_its_own():
    updates = parse_page(_ANSWERED, dt.date(2010, 3, 5), "Africa/Mogadishu")
    answer = of(updates, "@AbdirahmanOmar @fadumaali Soldiers")
    assert answer.kind != "aside"
    assert answer.date == "2010-03-04"


def test_a_reply_under_one_accounts_thread_stays_a_readers_reply():
    """Guard: under a thread of one account, a post of another account opening on a handle is a reader's reply."""
    updates = parse_page(_ANSWERED.replace("Faduma Ali @fadumaali", "Abdirahman Omar @AbdirahmanOmar"),
                         dt.date(2010, 3, 5), "Africa/Mogadishu")
    assert of(updates, "@AbdirahmanOmar @fadumaali Soldiers").kind == "aside"


# --- a think tank's chronology of a war over several years, met on ZZZZZX's ISS page ---------------------------------

@pytest.mark.parametrize(("text", "start", "end"), [
    ("1992-1995", dt.date(1992, 1, 1), dt.date(1995, 12, 31)),
    ("1992–95", dt.date(1992, 1, 1), dt.date(1995, 12, 31)),
    ("from 2006 to 2009", dt.date(2006, 1, 1), dt.date(2009, 12, 31)),
    ("between 2006 and 2008", dt.date(2006, 1, 1), dt.date(2008, 12, 31)),
])
def test_a_span_of_years_runs_from_its_first_year_to_its_last(text, start, end):
    timex = resolve(text, dt.date(2010, 1, 1))
    assert timex is not None
    assert (timex.value, timex.start, timex.end) == (str(start.year), start, end)


@pytest.mark.parametrize("text", ["in 2006 and 2008", "1990-2100"])
def test_two_years_or_a_span_too_long_for_a_war_are_no_span(text):
    """Guard: two years joined by "and" without "between", or a span of over fifty years, are no span of years."""
    timex = resolve(text, dt.date(2010, 1, 1))
    assert timex is not None and timex.start is not None and timex.end is not None
    assert timex.end.year == timex.start.year


_CHRONOLOGY = """
    Somalia: Chronology of the Conflict, 2006-2009
    Compiled by the Horn of Africa Programme
    Last updated: 2 February 2009
    2006
    5 June: The Islamic Courts Union takes control of Mogadishu after weeks of fighting.
    24 December: Ethiopian troops cross the border in support of the transitional government.
    2007
    8 January: US aircraft strike suspected militants near Ras Kamboni.
    6 March: The first Ugandan troops of the African Union mission land in Mogadishu.
    2008
    22 August: Al-Shabaab fighters take the port of Kismayo.
    Notes
    Casualty figures for the war remain disputed and no official toll has been published.
"""


def test_a_chronologys_items_are_of_their_year_headings_years_under_a_title_naming_the_wars_years():
    updates = parse_page(_CHRONOLOGY, dt.date(2009, 2, 2), "Africa/Mogadishu",
                         epochs=(Epoch("Somali war", dt.date(2006, 6, 5), dt.date(2009, 1, 31)),))
    assert of(updates, "5 June: The Islamic").date == "2006-06-05"
    assert of(updates, "8 January: US aircraft").date == "2007-01-08"
    assert of(updates, "22 August: Al-Shabaab").date == "2008-08-22"


def test_a_chronologys_notes_are_of_the_page_not_of_its_last_year():
    updates = parse_page(_CHRONOLOGY, dt.date(2009, 2, 2), "Africa/Mogadishu",
                         epochs=(Epoch("Somali war", dt.date(2006, 6, 5), dt.date(2009, 1, 31)),))
    assert of(updates, "Casualty figures").date == "2009-02-02"


# --- a government's archive of press releases, met on ZZZZZW's Press Information Bureau page --------------------------

_RELEASES = """
    Releases from 02-03-2010 to 04-03-2010 | Ministry: All
    Ministry of Defence
    TROOPS CLEAR BULO BURDE ROAD
    Mogadishu, Jimaale 13, 1431
    March 4, 2010
    Government troops today cleared the road between Beledweyne and Bulo Burde after two days of fighting in Hiraan.
    According to information received from the regional administration, 23 fighters were captured.
    The Minister of Defence, Shri Abdullahi Omar Farah, praised the troops for their discipline during the operation.
    Shri Farah said the road would be open to aid convoys by the end of the week.
    AHF/MN/1830
    Print | E-mail this release
    Ministry of Foreign Affairs
    GOVERNMENT REJECTS KENYAN STATEMENT
    Mogadishu, Jimaale 11, 1431
    March 2, 2010
    The Official Spokesman of the Ministry of Foreign Affairs today rejected the Kenyan foreign minister's statement.
    Replying to questions, the Spokesman said the statement was an interference in the internal affairs of Somalia.
    The Spokesman recalled that the ambassadors of IGAD states had been briefed on the situation in Hiraan last week.
    Aid agencies in Nairobi said the fighting had cut the road to the border crossings at Mandera for several days.
    ISN/KB/1615
    Print | E-mail this release
"""


def test_a_releases_paragraphs_are_updates_of_the_releases_day():
    updates = parse_page(_RELEASES, dt.date(2010, 3, 4), "Africa/Mogadishu")
    minister = of(updates, "The Minister of Defence")
    assert minister.kind == "update" and minister.date == "2010-03-04"
    aid = of(updates, "Aid agencies in Nairobi")
    assert aid.kind == "update" and aid.date == "2010-03-02"


def test_a_ministers_surname_after_his_honorific_goes_on_his_paragraph():
    updates = parse_page(_RELEASES, dt.date(2010, 3, 4), "Africa/Mogadishu")
    assert "Shri Farah said the road" in of(updates, "The Minister of Defence").text


def test_the_spokesman_replying_to_questions_goes_on_his_statement():
    updates = parse_page("""
        The Official Spokesman of the Ministry of Foreign Affairs today rejected the Kenyan foreign minister's remarks.

        Replying to questions, the Spokesman said the remarks were an interference in the internal affairs of Somalia.
    """, dt.date(2010, 3, 4), "Africa/Mogadishu")
    assert "Replying to questions" in of(updates, "The Official Spokesman").text


def test_the_next_releases_ministry_and_title_are_no_lines_of_the_release_above():
    updates = parse_page(_RELEASES, dt.date(2010, 3, 4), "Africa/Mogadishu")
    told = {line for u in updates if u.kind != "aside" for line in u.lines}
    assert not told & {12, 13}  # "Ministry of Foreign Affairs", "GOVERNMENT REJECTS KENYAN STATEMENT"


def test_a_releases_staff_code_and_print_row_are_no_updates_lines():
    updates = parse_page(_RELEASES, dt.date(2010, 3, 4), "Africa/Mogadishu")
    told = "\n".join(u.text for u in updates if u.kind != "aside")
    assert "AHF/MN/1830" not in told and "ISN/KB/1615" not in told
    assert not any("E-mail this release" in u.text for u in updates)


def test_an_incident_cards_lines_stay_one_update():
    """Guard: a monitor's card (its title, date, place, one paragraph and its tally) is one update."""
    updates = parse_page("""
        Showing 3 of 120 incidents
        Bombing
        27/02/2010
        Mogadishu, Banadir
        Two explosions hit a crowd gathered at the stadium for a rally held by government leaders.
        Killed: 11 · Injured: 65
        Clashes
        19/02/2010
        Beledweyne, Hiraan
        Al-Shabaab fighters clashed with government soldiers retreating towards the town after the fall of the bridge.
        Killed: 4 · Injured: 9
    """, dt.date(2010, 2, 28), "Africa/Mogadishu")
    card = next(u for u in updates if "Two explosions" in u.text)
    assert "Killed: 11" in card.text and card.date == "2010-02-27"


# --- a magazine's chronology of a siege, met on ZZZZZW's Frontline page ----------------------------------------------

_SIEGE = """
    SOMALIA WEEKLY
    Volume 4 - Issue 12 :: Mar. 20 - Apr. 02, 2010
    Forty days in Baidoa
    A chronology of the siege of Baidoa, compiled from official statements and reports by our correspondents.
    Feb. 5 (Friday): Al-Shabaab fighters surround Baidoa and cut the road to Mogadishu.
    The regional administration says the town has food for two weeks and appeals for an airlift.
    Feb. 9: The first relief flight lands at Baidoa airstrip after two days of talks.
    Feb. 16 (Tuesday): Government troops break through on the Burhakaba road.
    The Minister of Defence announces in Mogadishu that the siege is over.
    Al-Shabaab says in a statement that its fighters have withdrawn to regroup.
    Compiled by the Research Desk
"""


def test_an_items_date_with_its_weekday_in_brackets_leads_it():
    updates = parse_page(_SIEGE, dt.date(2010, 3, 20), "Africa/Mogadishu")
    assert of(updates, "Feb. 5 (Friday)").date == "2010-02-05"
    assert of(updates, "Feb. 16 (Tuesday)").date == "2010-02-16"


def test_a_datelines_place_in_brackets_leads_no_item():
    """Guard: a dateline's place in brackets after its date ("June 30, 2010 (MOGADISHU) – ...") leads no item."""
    updates = parse_page("""
        June 30, 2010 (MOGADISHU) – Government troops on Tuesday retook the Bakara market after two days of fighting.
        Al-Shabaab said in a statement that its fighters had withdrawn from the market to spare civilians.
    """, dt.date(2010, 6, 30), "Africa/Mogadishu")
    assert of(updates, "Al-Shabaab said").date == "2010-06-30"


def test_on_a_page_without_blank_lines_a_new_claimant_under_an_item_is_an_update_of_its_day():
    updates = parse_page(_SIEGE, dt.date(2010, 3, 20), "Africa/Mogadishu")
    minister = of(updates, "The Minister of Defence")
    assert (minister.kind, minister.date) == ("update", "2010-02-16")
    assert of(updates, "Al-Shabaab says").date == "2010-02-16"
    assert of(updates, "The regional administration").date == "2010-02-05"  # (under the first item already)


# --- a humanitarian agency's daily digest, met on ZZZZZX's IRIN update ------------------------------------------------

_DIGEST = """
    IRIN Horn of Africa Update, Friday 5 March 2010

    SOMALIA: Government troops retake Bulo Burde

    Government spokesman Abdirahman Omar announced on Thursday that troops had retaken the town of Bulo Burde.

    Al-Shabaab did not confirm the loss of the town. Its spokesman told IRIN that its fighters had withdrawn.

    SOMALIA: Displaced figure passes 200,000

    The UN refugee agency said on Wednesday that more than 200,000 people had fled Mogadishu since January.

    Aid workers in Afgooye told IRIN that the camps along the road lacked water and shelter.

    KENYA: Refugees arrive at Dadaab

    More than 5,000 Somalis have crossed into Kenya since last week, the Kenyan government said on Friday.
"""


def test_a_digests_item_under_its_region_headline_is_read_as_reports():
    updates = parse_page(_DIGEST, dt.date(2010, 3, 5), "Africa/Mogadishu")
    assert of(updates, "Government spokesman").date == "2010-03-04"
    assert of(updates, "Al-Shabaab did not confirm").kind == "update"
    assert of(updates, "Aid workers in Afgooye").kind == "update"
    assert of(updates, "The UN refugee agency").date == "2010-03-03"


def test_a_sentence_naming_its_day_twice_is_no_caption():
    """A statement's paragraph closed by "yesterday, 17 May 2010." (met on ZZZZZX's Eritrean foreign ministry page)
    names its day twice, as a caption closed by its photo's day never does: it is the statement's text."""
    updates = parse_page("""
        PRESS STATEMENT

        Statement of the Government on Security Council Resolution 1910 (2010)

        Mogadishu, 18 May 2010

        The Transitional Federal Government has studied Resolution 1910 adopted by the Council yesterday, 17 May 2010.

        The Government welcomes the Council's demand for an immediate cessation of hostilities.
    """, dt.date(2010, 5, 18), "Africa/Mogadishu")
    assert of(updates, "The Transitional Federal Government has studied").kind != "aside"


def test_a_fronted_places_where_clause_does_not_date_the_report():
    """"In Djibouti, where talks resumed on May 30 ..., diplomats said ..." (met on ZZZZZX's Reuters story): the
    clause tells the place's story, the report is of the story's day; a "where" clause carrying the news itself
    keeps its day (a guard)."""
    updates = parse_page("""
        NAIROBI, June 8 (Reuters) - Somali government troops said on Tuesday they had repulsed an attack on Baidoa.

        In Djibouti, where indirect talks resumed on May 30 under the UN envoy, diplomats said a deal was close.

        The fighting spread to Kismayo, where militants attacked an army base on Monday.
    """, dt.date(2010, 6, 8), "Africa/Mogadishu")
    assert of(updates, "In Djibouti").date == "2010-06-08"
    assert of(updates, "The fighting spread").date == "2010-06-07"


def test_a_bodys_earlier_decision_recalled_by_its_day_does_not_date_the_paragraph():
    """"reaffirms its decision of 9 February 2010", "in accordance with the Council's decisions of 2 and 9 August
    2009" (met on ZZZZZY's North Atlantic Council statement): a decision recalled, not the day of the statement."""
    updates = parse_page("""
        Decisions taken at the Meeting of the Peace and Security Council

        22 Apr. 2010

        1. The Council condemns the attacks on Baidoa, which have cost many civilian lives.

        2. The Council has decided to extend it, in accordance with the Council's decisions of 2 and 9 August 2009.

        3. The Council reaffirms its decision of 9 February 2010 on the protection of civilians in Mogadishu.
    """, dt.date(2010, 4, 22), "Africa/Mogadishu")
    assert of(updates, "The Council has decided").date == "2010-04-22"
    assert of(updates, "The Council reaffirms").date == "2010-04-22"


def test_a_round_ups_weekday_item_telling_a_past_act_is_of_the_week_gone_by():
    """"Saturday: ... delegations ended four days of talks" on a Friday's weekly round-up (met on ZZZZZZ's Weekly
    Mail page) is the Saturday before, not the next day; an item telling what will happen keeps the next one."""
    updates = parse_page("""
        SOMALIA

        Saturday: Government and opposition delegations ended four days of talks in Djibouti with a joint communique.

        Sunday: The delegations will meet again in Djibouti to sign the agreement.
    """, dt.date(2010, 2, 5), "Africa/Mogadishu")
    assert of(updates, "Saturday: Government").date == "2010-01-30"
    assert of(updates, "Sunday: The delegations").date == "2010-02-07"


# --- a Security Council press release, met on ZZZZZZ's UN page -------------------------------------------------------

_COUNCIL = """
    NEW YORK, 12 March -- The Security Council this afternoon demanded an immediate cease-fire throughout Somalia.

    It requested the Secretary-General to submit, by 30 April, a report with his recommendations on the mission.

    Speaking before the vote, the representative of Somalia said that al-Shabaab had taken Baidoa at a terrible cost.

    He asked the Council to consider measures against the group, including an embargo on arms.
"""


def test_a_deadline_set_off_before_its_day_dates_no_act():
    """"to submit, by 30 April, a report": a deadline, not the day of the request (it was read as last April)."""
    updates = parse_page(_COUNCIL, dt.date(2010, 3, 12), "America/New_York")
    assert next(u for u in updates if "by 30 April" in u.text).date == "2010-03-12"


def test_a_speaker_asking_goes_on_his_statement():
    updates = parse_page(_COUNCIL, dt.date(2010, 3, 12), "America/New_York")
    assert "He asked the Council" in of(updates, "Speaking before the vote").text


def test_an_issues_other_articles_with_their_deks_are_no_news():
    """"Also in this issue" over the magazine's other articles, each a title and a short dek (met on ZZZZZW's
    Frontline page): related links, not updates."""
    updates = parse_page("""
        Feb. 16 (Tuesday): Government troops break through on the Burhakaba road and enter Baidoa.

        Compiled by the Research Desk

        Also in this issue

        The siege and after

        How the town was saved, and why the fighters left. By our Special Correspondent in Baidoa.

        Baidoa: questions without answers

        An eyewitness account of the February 9 shelling.
    """, dt.date(2010, 3, 20), "Africa/Mogadishu")
    assert [u.text for u in updates if u.kind != "aside"] == [
        "Feb. 16 (Tuesday): Government troops break through on the Burhakaba road and enter Baidoa."]


def test_a_story_going_on_under_a_related_link_is_still_news():
    """Guard: a story's long paragraph under a "Read more" box's one link is news again."""
    updates = parse_page("""
        Government troops entered Baidoa on Tuesday after a two-week siege, the defence ministry said.

        Read more:

        The siege of Baidoa explained

        Aid agencies said on Wednesday that the first convoy of food had reached the town and that the hospital
        had reopened its surgical ward after two weeks without power, its doctors working by the light of generators.
    """, dt.date(2010, 3, 18), "Africa/Mogadishu")
    assert of(updates, "Aid agencies said").kind == "update"


def test_an_archives_fields_under_the_word_count_are_no_news():
    """A story saved from a news archive that shows its fields without codes under its word count (met on ZZZZZW's
    Factiva page): its filing clock, source, source code and language are furniture; its day still dates it."""
    lines = [line.strip() for line in """
        SOMALIA: Troops retake Baidoa market, at least 12 dead.
        582 words
        23 March 2010
        11:42
        Reuters News
        LBA
        English
        MOGADISHU, March 23 (Reuters) - Somali troops on Tuesday retook the main market of Baidoa after heavy fighting.
    """.strip().splitlines()]
    updates = parse_page("\n".join(lines), dt.date(2010, 3, 23), "Africa/Mogadishu")
    texts = [u.text for u in updates]
    assert not any(t in ("11:42", "Reuters News", "LBA", "English") for t in texts)
    story = next(u for u in updates if "retook the main market" in u.text)
    assert (story.date, story.time) == ("2010-03-23", None)


def test_a_monitoring_items_source_line_closing_it_stamps_the_item_above():
    """BBC Monitoring items each closed by their source line (met on ZZZZZZA's page): the line stamps the item above
    it, not the item below (a source line over its item, FBIS's way, still opens it: other tests)."""
    updates = parse_page("""
        BBC Summary of World Broadcasts
        August 25, 2010, Wednesday
        SECTION: Part 5 Africa; SOMALIA; AL/1234/A
        LENGTH: 1184 words
        HEADLINE: Somalia: Government and Shabaab trade claims on Bulo Burde
        BODY:
        Somalia
        Army "liberates" Bulo Burde, state radio says
        Text of report by Somali state radio on 23 August
        The armed forces, supported by our allies, this afternoon liberated the town of Bulo Burde from the enemy.
        According to the general staff, the enemy fled towards the river, abandoning large quantities of arms.
        Source: Radio Mogadishu, in Somali 1800 gmt 23 Aug 10
        Minister urges population to report infiltrators
        Text of statement by Information Minister Abdirahman Omar, broadcast by Somali state radio on 24 August
        Somali people, the aggressors are trying to slip into our capital disguised as civilians. Report to the police.
        The government assures the population that the water supply will soon be restored.
        Source: Radio Mogadishu, in Somali 1130 gmt 24 Aug 10
        Shabaab radio says Baidoa "totally under control"
        Excerpt from report by Shabaab-run Radio Andalus on 23 August
        The mujahideen yesterday [22 August] took total control of the town of Baidoa, including its airport.
        The commander said the soldiers who surrendered would be spared. [Passage omitted]
        Source: Radio Andalus, in Somali 1730 gmt 23 Aug 10
    """, dt.date(2010, 8, 25), "Africa/Mogadishu")
    liberated = next(u for u in updates if "liberated the town" in u.text)
    assert (liberated.date, liberated.time) == ("2010-08-23", "18:00")
    assert "enemy fled" in liberated.text
    statement = next(u for u in updates if "slip into our capital" in u.text)
    assert (statement.date, statement.time) == ("2010-08-24", "11:30")
