"""Formats met on the blind sets ZZZZK (Afghanistan 1979-80) and ZZZZL (Tigray 2020), each on pages written for these
tests:

- a reference list of an organisation's press releases, each entry its document's symbol, its day in brackets, a
  dash and its title over a summary ("SC/14803 (25 February 2022) -- Council fails to adopt draft ..."): each entry
  is dated by the day in its brackets, not by the list's own date above them
- a social page's posts, each its page's name over its header ("Yesterday at 8:15 PM ·", "3d ·"), hashtags maybe
  between the header and the text: the header stamps the post across its hashtags, and an age in days alone on its
  line dates the post that many days before the page was saved
- a situation report's highlight that states a figure "as of" a day ("More than 250,000 people had crossed into Chad
  as of 2 June, according to UNHCR."): a sentence with its verb, no lead-in whose day would date the lines below it
- an explainer's timeline of day headings under the page's own date ("Published" / "2 May 2023" / its introduction),
  then a question heading its next section ("What happens next?"): the question ends the days, and the paragraphs
  under it are of the page's day, not the last day's of the timeline
- an older government's transcript that marks its turns with a bare letter and a space ("Q On Israel: How many Scud
  missiles ...?" / "A Eight missiles were fired ..."): each question heads the answer under it, as a question in
  capitals does, and names no claimant; an "A" opening a sentence on a page without such questions marks no answer
- a newspaper archive's story filed the day before the paper, its dispatch line a place and a day without a year
  ("Beirut, June 7"), or several stories each under its own ("Buenos Aires, May 2" / ... / "London, May 2"): the
  dispatch's day is each story's "today", and a paragraph naming no day is of that day
- a digitised archive's notes on its copy ("... is an exclusive benefit for home delivery and digital subscribers.",
  "Occasionally the digitization process introduces transcription errors ...", "Text of document (automatically
  generated; may contain errors):"), a closed forum's and a comment box's notes, and an agency's reproduction notice
  are furniture
- a monitoring report's source line naming the station's kind in brackets, its audience and the report's letter after
  the day ("Voice of Palestine (Clandestine) in Arabic to the Occupied Homeland 1700 GMT 9 Oct 73 B"): it stamps the
  item under it, day and clock in GMT
- "By the numbers" after a timeline's last day is the label of its closing section, no byline: the figures under it
  are of the page's day, not the last day's
- a list of releases, each a headline over its date line and text, one of them opening with a label's word
  ("Humanitarian Pause in Mariupol"): that one titles its release too
- a situation report's line of background that takes up the count above it ("The figures include ...") or the noun
  of what its verb did ("... forcing the plant to shut down" / "The shutdown has ...") carries that update on, as
  does one naming a person by name and then as someone of the thing named above ("Ashraf al-Qedra, the ministry's
  spokesman, said ...")
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.extract import annotate
from chronik.extract.data import load_files
from chronik.segment.blocks import split_blocks
from chronik.segment.boilerplate import reason_for
from chronik.segment.briefings import lettered_turns
from chronik.segment.classify import classify_page
from chronik.segment.finder import make_finder
from chronik.segment.headings import lead_in
from chronik.segment.prose import of_the_thing, same_thing
from chronik.segment.timestamps import find_stamp
from tests.page_cases import of, parse_page

UKRAINE_LIST = """
    UNITED NATIONS
    Department of Public Information
    Reference List No. 22/4
    4 March 2022
    PRESS RELEASES ON THE SITUATION IN UKRAINE, 24 FEBRUARY - 3 MARCH 2022
    Security Council
    SC/14803 (25 February 2022) -- Security Council fails to adopt draft resolution on ending Ukraine crisis
    The draft received 11 votes in favour to 1 against (Russian Federation), with 3 abstentions.
    General Assembly
    GA/12406 (28 February 2022) – Assembly opens emergency special session on Ukraine
    The President of the Assembly opened the eleventh emergency special session with a minute of silence.
    GA/12407 (2 March 2022) -- Assembly demands Russian Federation withdraw all military forces from Ukraine
    Resolution ES-11/1 was adopted by a recorded vote of 141 in favour to 5 against, with 35 abstentions.
"""

KOREA_LIST = """
    Press releases, Department of State
    PR-612/1950 (June 26, 1950): Statement on the invasion of the Republic of Korea
    The Secretary of State said the attack was a clear breach of the peace.
    PR-618/1950 (June 28, 1950): Embassy staff evacuated from Seoul
    The Ambassador and his staff left Seoul for Suwon by road.
"""


@pytest.mark.parametrize(("page", "published", "days"), [
    (UKRAINE_LIST, dt.date(2022, 3, 4), {"The draft received": dt.date(2022, 2, 25),
                                         "The President of the Assembly": dt.date(2022, 2, 28),
                                         "Resolution ES-11/1": dt.date(2022, 3, 2)}),
    (KOREA_LIST, dt.date(1950, 6, 30), {"The Secretary of State": dt.date(1950, 6, 26),
                                        "The Ambassador and his staff": dt.date(1950, 6, 28)}),
])
def test_a_reference_list_s_entries_are_dated_by_the_day_after_their_symbol(page, published, days) -> None:
    updates = parse_page(page, published, "UTC")
    for start, day in days.items():
        update = of(updates, start)
        assert (update.date, update.date_basis) == (day.isoformat(), "heading"), start
        assert update.title is not None and update.title.split()[0][:3] in ("SC/", "GA/", "PR-")


def test_a_headline_with_a_year_in_brackets_is_no_dated_entry() -> None:
    updates = parse_page("""
        Security Council resolutions
        Resolution 462 (1980) -- Council calls an emergency special session
        The Council decided to convene an emergency special session of the General Assembly.
    """, dt.date(1980, 1, 16), "UTC")
    assert of(updates, "The Council decided").date == "1980-01-16"


FACEBOOK_PAGE = """
    General Staff of the Armed Forces of Ukraine
    3h ·
    Russian forces shelled Kharkiv overnight, hitting two residential blocks, the General Staff said.
    #StopRussia #Kharkiv
    General Staff of the Armed Forces of Ukraine
    Yesterday at 8:15 PM ·
    #Ukraine
    The enemy attempted to advance near Izium and was repelled with losses.
    General Staff of the Armed Forces of Ukraine
    3d ·
    Ukrainian units recaptured two villages north-west of Kyiv after heavy fighting.
    General Staff of the Armed Forces of Ukraine
    March 24 at 9:40 AM ·
    Air defence shot down four cruise missiles over Vinnytsia region overnight.
"""


def test_a_social_page_s_post_headers_stamp_their_posts() -> None:
    updates = parse_page(FACEBOOK_PAGE, dt.date(2022, 3, 28), "Europe/Kyiv")
    posts = [of(updates, start) for start in ("Russian forces", "The enemy", "Ukrainian")]
    assert [(post.date, post.time) for post in posts] == [("2022-03-28", None), ("2022-03-27", "20:15"),
                                                          ("2022-03-25", None)]
    assert of(updates, "The enemy").lines == [6, 8]  # (its header and text, not the hashtags between them)


SUDAN_SITREP = """
    Sudan: Humanitarian Update
    HIGHLIGHTS
    Fighting continued in Khartoum and Darfur despite the ceasefire announced on 20 May.
    More than 250,000 people had crossed into Chad as of 2 June, according to UNHCR.
    Hospitals in Khartoum report shortages of fuel, oxygen and medical supplies.
    SITUATION OVERVIEW
    On 28 May, the parties agreed to extend the ceasefire by five days.
"""


def test_a_figure_as_of_a_day_dates_no_line_below_it() -> None:
    updates = parse_page(SUDAN_SITREP, dt.date(2023, 6, 5), "Africa/Khartoum")
    assert of(updates, "More than 250,000").kind == "update"
    assert of(updates, "Hospitals in Khartoum").date == "2023-06-05"
    assert of(updates, "On 28 May").date == "2023-05-28"


@pytest.mark.parametrize(("text", "lead"), [
    ("More than 250,000 people had crossed into Chad as of 2 June, according to UNHCR.", False),
    ("Some 3,000 people have been displaced as of Monday.", False),
    ("A short overview of events as of 7 October", True),
    ("Situation as of 9 December:", True),
])
def test_as_of_makes_a_lead_in_after_a_noun_phrase_only(text, lead) -> None:
    assert lead_in(split_blocks([text])[0]) is lead


SUDAN_EXPLAINER = """
    Sudan crisis: How the fighting unfolded
    Published
    2 May 2023
    Fighting broke out in Khartoum more than two weeks ago between the army and the RSF.
    Here is how the conflict has unfolded.
    15 April
    Clashes erupt in Khartoum between the army and the paramilitary Rapid Support Forces.
    24 April
    The US announces a 72-hour ceasefire brokered with both sides.
    30 April
    The army says it has destroyed RSF convoys heading for the capital.
    What happens next?
    The UN envoy says both sides have agreed to send representatives for talks in Jeddah.
"""


def test_a_question_after_an_explainer_s_days_ends_them() -> None:
    updates = parse_page(SUDAN_EXPLAINER, dt.date(2023, 5, 2), "Africa/Khartoum")
    assert of(updates, "The army says").date == "2023-04-30"
    assert of(updates, "The UN envoy says").date == "2023-05-02"


PENTAGON_BRIEFING = """
    DEPARTMENT OF DEFENSE
    NEWS BRIEFING
    FRIDAY, JANUARY 18, 1991, 2:00 P.M.
    MR. WILLIAMS: Good afternoon. I have a short statement on last night's operations.
    Coalition aircraft flew more than 2,000 sorties in the first 24 hours of the air campaign.
    Q On Israel: How many Scud missiles were fired overnight?
    A Eight missiles were fired at Tel Aviv and Haifa. We have no reports of deaths.
    Q A different subject. Two aircraft are missing. How many aircraft have been lost so far?
    A Two US aircraft have been lost, and we are still looking for the crews.
    Q Were the Scuds aimed at cities?
    A They were fired at population centres, and that is what we expected.
    Q Thank you.
"""


def test_a_transcript_s_lettered_question_heads_its_answer() -> None:
    updates = parse_page(PENTAGON_BRIEFING, dt.date(1991, 1, 18), "America/New_York")
    answer = of(updates, "A Two US aircraft")
    assert answer.title is not None and answer.title.startswith("Q A different subject.")
    assert of(updates, "Q Thank you.").kind == "aside"
    assert all(not u.text.startswith("Q ") for u in updates if u.kind == "update")


def test_a_question_a_letter_marks_names_no_claimant() -> None:
    updates = parse_page(PENTAGON_BRIEFING, dt.date(1991, 1, 18), "America/New_York")
    scud = of(updates, "A Eight missiles")
    assert scud.title is not None and scud.title.startswith("Q On Israel:")
    annotate(scud, None, load_files())
    assert not (scud.attribution.who or "").startswith("Q ")


def test_an_article_opening_sentences_marks_no_answer() -> None:
    blocks = split_blocks(["Q Where is the convoy going?", "A convoy of trucks reached Mekelle on Friday.",
                           "A second convoy left Gondar.", "A third is expected next week."])
    finder = make_finder(dt.date(2020, 12, 11), (), None, "UTC")
    infos = classify_page(blocks, finder)
    before = [(i.kind, i.what) for i in infos]
    lettered_turns(infos)
    assert [(i.kind, i.what) for i in infos] == before


BEIRUT_DISPATCH = "\n".join([
    "Israeli armour reaches outskirts of Beirut",
    "From Our Correspondent",
    "Beirut, June 7",
    "The Israeli army said today that its forces had reached the hills overlooking the airport, after heavy fighting "
    "with Palestinian guerrillas yesterday.",
    "Palestinian officials in west Beirut said that at least 200 civilians had been killed in air raids in the city.",
])

FALKLANDS_DISPATCHES = "\n".join([
    "Cruiser sunk outside exclusion zone",
    "Buenos Aires, May 2",
    "The Argentine joint chiefs of staff said tonight that the cruiser General Belgrano had been attacked by a "
    "British submarine and was sinking south of the Isla de los Estados.",
    "London, May 2",
    "The Ministry of Defence confirmed this evening that a submarine had fired on an Argentine warship, and said that "
    "the task force had acted within its rules of engagement.",
])


def test_a_dispatch_line_dates_its_story_filed_the_day_before_the_paper() -> None:
    updates = parse_page(BEIRUT_DISPATCH, dt.date(1982, 6, 8), "Asia/Beirut")
    assert of(updates, "The Israeli army said today").date == "1982-06-07"
    assert of(updates, "Palestinian officials").date == "1982-06-07"
    updates = parse_page(FALKLANDS_DISPATCHES, dt.date(1982, 5, 3), "Europe/London")
    assert of(updates, "The Argentine joint chiefs").date == "1982-05-02"
    assert of(updates, "The Ministry of Defence confirmed").date == "1982-05-02"


@pytest.mark.parametrize(("line", "reason"), [
    ("PressReader Archive is an exclusive benefit for premium members.", "archive note"),
    ("Occasionally the digitization process introduces transcription errors or other problems; we are working to "
     "improve these archived versions.", "archive note"),
    ("Text of document (automatically generated; may contain errors):", "archive note"),
    ("To post a comment you need to log in.", "comment form"),
    ("Log in or register to comment.", "comment form"),
    ("This forum has been closed.", "comment form"),
    ("Full or partial reproduction of Interfax materials is prohibited without written permission.", "copyright"),
])
def test_an_archive_s_and_a_site_s_notes_are_furniture(line, reason) -> None:
    assert reason_for(split_blocks([line])[0], (), None) == f"boilerplate: {reason}"


def test_a_report_on_a_digitisation_project_is_no_furniture() -> None:
    line = ("The ministry said on Tuesday that the digitisation of the war archive had been completed and that the "
            "records of 12,000 soldiers were now available to their families, who had waited for decades.")
    assert reason_for(split_blocks([line])[0], (), None) is None


@pytest.mark.parametrize(("line", "day", "clock"), [
    ("Voice of Palestine (Clandestine) in Arabic to the Occupied Homeland 1700 GMT 9 Oct 73 B", "9 Oct 1973", "17:00"),
    ("Radio Free Kabul (Clandestine) in Pashto to Afghanistan 0230 GMT 3 Jan 80 S", "3 Jan 1980", "02:30"),
    ("Damascus Domestic Service in Arabic 2115 GMT 8 Oct 73 B", "8 Oct 1973", "21:15"),
])
def test_a_monitor_s_source_line_with_its_audience_stamps_the_item(line, day, clock) -> None:
    stamp = find_stamp(line)
    assert stamp is not None and (stamp.date_text, stamp.time, stamp.zone) == (day, clock, "UTC")


GAZA_TIMELINE = """
    Gaza war: 50 days in review
    Day 49: August 25
    Israeli aircraft destroy a high-rise building in Gaza City after warning its residents.
    Day 50: August 26
    Egypt announces an open-ended ceasefire, which takes effect at 7 P.M.
    By the numbers
    According to the Gaza Health Ministry, more than 2,100 Palestinians were killed in the war.
    Israel says 64 soldiers and six civilians were killed.
"""


def test_by_the_numbers_is_a_label_that_ends_the_days() -> None:
    updates = parse_page(GAZA_TIMELINE, dt.date(2014, 8, 27), "Asia/Jerusalem")
    assert of(updates, "By the numbers").kind == "aside"
    assert of(updates, "Israel says 64 soldiers").date == "2014-08-27"
    assert reason_for(split_blocks(["By Jane Doe and John Roe"])[0], (), None) is None  # (kept: a byline)


RELEASES = """
    Press Releases
    Russian Strikes Hit Kharkiv Power Plant
    Mar 14, 2022, 11:20 PM
    Russian missiles struck the thermal power plant in Kharkiv overnight, leaving 30,000 homes without heat.
    Read More
    Humanitarian Pause in Mariupol
    Mar 14, 2022, 01:18 PM
    At the request of the ICRC, a five-hour pause was agreed to allow civilians to leave the city by road.
    Read More
    Ukrainian Forces Retake Makariv
    Mar 14, 2022, 10:05 AM
    Ukrainian units have retaken the town of Makariv west of Kyiv after heavy fighting, the General Staff said.
    Read More
"""


def test_a_label_word_opening_a_release_s_title_titles_it() -> None:
    updates = parse_page(RELEASES, dt.date(2022, 3, 15), "Europe/Kyiv")
    pause = of(updates, "At the request of the ICRC")
    assert pause.title == "Humanitarian Pause in Mariupol"


@pytest.mark.parametrize(("text", "previous", "same"), [
    ("The figures include at least 30 children.", "At least 214 people have been killed in Khartoum since Saturday.",
     True),
    ("The toll is expected to rise.", "Shelling killed 12 people in Donetsk on Monday, the mayor said.", True),
    ("The shutdown has left hospitals relying on generators.", "Shelling forced the Zaporizhzhia plant to shut down.",
     True),
    ("The pullout was completed by nightfall.", "Russian troops pulled out of Kherson on Friday.", True),
    ("The figures were not confirmed.", "Russian troops pulled out of Kherson on Friday.", False),
    ("The breakdown of talks was blamed on Moscow.", "Negotiators met in Istanbul on Tuesday.", False),
])
def test_a_line_taking_up_a_count_or_a_verb_s_noun_is_the_same_thing(text, previous, same) -> None:
    assert same_thing(text, previous) is same


@pytest.mark.parametrize(("text", "previous", "same"), [
    ("Ashraf al-Qedra, the ministry's spokesman, said women and children were among the dead.",
     "At least 15 people were killed when shells hit a school, the Gaza health ministry said.", True),
    ("Oleh Synehubov, the region's governor, said two people were wounded.",
     "Russian shelling hit Kharkiv region overnight, local officials said.", True),
    ("Ashraf al-Qedra, the ministry's spokesman, said women and children were among the dead.",
     "Rockets were fired at Ashkelon, the army said.", False),
])
def test_a_named_person_of_the_thing_above_carries_it_on(text, previous, same) -> None:
    assert of_the_thing(text, previous) is same
