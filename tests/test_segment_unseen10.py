"""Round ten of whole pages (``tests/pages/``): a news site's wire article whose photo captions close on a credit in
parentheses ("..., Jan. 14, 2023. (Ukrinform Photo)") and whose cookie line says "the use of cookies"; a wire story
under a caption no pattern knows, which must not swallow the story as its headline; a live page whose standfirst
sums up the news and ends "Follow our live coverage for the latest."; a weekly chronology whose range headings
("Week 12: 3–9 July") date the items under them that name no day, with paragraphs under a bullet carrying it on
("The group said ..."). Each test says what a careful reader expects; every non-blank line is used exactly once
(``test_segment_unseen``)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_dates_in_pages import parse as parse_text
from test_segment_property import unaccounted
from test_segment_unseen import titled

from chronik.segment import prose
from chronik.segment.blocks import Block
from chronik.segment.boilerplate import reason_for
from chronik.segment.finder import DateFinder
from chronik.segment.lexicon import lexicon
from chronik.segment.period import named_span


def furniture(text: str) -> str | None:
    return reason_for(Block(0, [1], text, text), (), None)


def test_wire_article_with_parenthesised_photo_credits_and_a_cookie_line() -> None:
    page = titled("dnipro_wire_caption",
                  "Missile strike on Dnipro apartment block kills at least 12 as Russia launches mass attack")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    # both captions ("..., Jan. 14, 2023. (Ukrinform Photo)", "..., 15 January 2023. (Photo by ...)") are furniture:
    # neither heads the story
    assert page.why_dropped("Rescuers are seen at the site") == "boilerplate: photo caption"
    assert page.why_dropped("A woman walks past the damaged") == "boilerplate: photo caption"
    assert not any(u.title for u in page.updates)
    lead = page.of("A Russian missile struck")
    assert (lead.kind, lead.date) == ("update", "2023-01-14")
    assert page.of('"Rescuers are working at the site.') is lead and page.of("He said that dozens") is lead
    # each other paragraph reports its own act
    others = [page.of(s) for s in ("The Ukrainian Air Force said", "Ukraine's national grid operator",
                                   "President Volodymyr Zelensky said", "The Kremlin on Sunday denied",
                                   "British Prime Minister Rishi Sunak")]
    assert len({id(u) for u in [lead, *others]}) == 6 and all(u.kind == "update" for u in others)
    # "said in his nightly video address on Saturday that Russia would ...": the address's Saturday, a past one
    days = [page.of(s).date for s in ("Ukraine's national grid operator", "President Volodymyr Zelensky said",
                                      "The Kremlin on Sunday denied", "British Prime Minister Rishi Sunak")]
    assert days == ["2023-01-14", "2023-01-14", "2023-01-15", "2023-01-14"]
    assert page.of("Russia launched its first wave").kind == "context"
    assert page.why_dropped("By continuing to use this site you consent") == "boilerplate: cookie notice"
    page.not_reported("Missile strike on Dnipro", "Rescuers searched the rubble", "KYIV HERALD WITH UKRINFORM",
                      "DNIPRO", "Published Jan 15, 2023", "Source: Ukrinform", "RELATED", "Zelensky calls for more",
                      "Kharkiv power plant hit again")
    assert sum(u.kind == "update" for u in page.reports) == 6


@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers are seen near a checkpoint outside Kherson, Ukraine, Nov. 11, 2022. (AA Photo)", True),
    ("A boy stands in front of a shelled school in Khan Younis, 12 November 2023. (Photolure)", True),
    ("Displaced families are seen at a camp near Goma, Democratic Republic of Congo. (MONUSCO)", True),
    ("Fighters are seen in a video released by the group. (Telegram)", True),
    # a paragraph of a wire story closing on its agency, without a caption's date or "is seen": not a caption
    ("The army said it had repelled the attack on Tuesday. (Reuters)", False),
    ("The ministry said 14 people were killed on 12 November 2023 in the city (ministry figures).", False),
])
def test_a_caption_closing_on_a_credit_in_parentheses(text: str, expected: bool) -> None:
    assert (furniture(text) == "boilerplate: photo caption") is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("By continuing to browse this website you consent to the use of cookies in line with our policy.", True),
    ("We use cookies to improve your experience.", True),
])
def test_a_cookie_sentence(text: str, expected: bool) -> None:
    assert (furniture(text) == "boilerplate: cookie notice") is expected


def test_a_wire_story_under_an_unknown_caption_is_not_one_update() -> None:
    page = titled("aden_wire_no_caption_match", "Yemen: Houthis say they shot down US drone as coalition strikes Sanaa")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    # the caption is taken for no headline: the paragraphs each reporting an act of their own day stay apart
    caption = page.of("Firefighters work at the scene")
    assert caption.kind == "aside" and not any(u.title for u in page.updates)
    acts = [page.of(s) for s in ("SANAA, March 27 (GWS)", "Houthi military spokesman", "The Saudi-led coalition",
                                 "The UN envoy for Yemen")]
    assert len({id(u) for u in acts}) == 4 and all(u.kind == "update" and u.tags == [] for u in acts)
    assert [u.date for u in acts] == ["2022-03-27", "2022-03-26", "2022-03-27", "2022-03-28"]
    assert page.of('"Our forces will respond') is page.of("Houthi military spokesman")
    assert page.of("The war has killed").kind == "context"
    page.not_reported("Yemen: Houthis say", "Reporting by Ahmed Saleh")


def test_a_headline_over_a_long_story_of_one_day_still_heads_it() -> None:
    updates = parse_text("""
        Odesa port hit by drones
        Drones hit grain silos in Odesa's port overnight, the southern command said.
        The attack started a fire that burned for hours.
        Kherson shelled again as residents queue for water
        Russian forces shelled Kherson on Monday, killing two people, the regional governor said.
        "The enemy hit a bus stop," he said.
        Rescuers worked through the evening to clear the rubble.
        Residents said the shelling had lasted for more than an hour.
        Power was cut to several districts, the city's utility said.
        The city has been shelled almost daily since Russian troops withdrew across the Dnipro.
    """, "2022-12-26", "Europe/Kyiv")
    story = [u for u in updates if u.title == "Kherson shelled again as residents queue for water"]
    assert len(story) == 1 and len(story[0].lines) == 6  # six paragraphs, one day of its own: one story


def test_live_page_standfirst_inviting_to_follow_is_an_aside() -> None:
    page = titled("israel_iran_live_follow", "Live: Israel and Iran trade strikes for a fourth day")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    page.not_reported("Live: Israel and Iran", "Iranian missiles struck central Israel", "June 16, 2025")
    assert page.of("Iranian missiles struck central Israel").kind == "aside"
    assert [(u.title, u.time) for u in page.reports] == [(None, "08:40"), ("Tehran Fuel Depots Still Burning", "10:15"),
                                                         (None, "12:30")]
    assert page.of("The Iranian oil ministry said") is page.of("Iranian state television showed")


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting resumed on Monday. Follow our updates throughout the day.", True),
    ("Talks collapsed in Doha. We'll bring you the latest as it happens.", True),
    ("Follow our live coverage for the latest", True),
    ("Rebels said they would follow the ceasefire terms agreed on Monday.", False),
])
def test_a_standfirst_inviting_the_reader_to_follow(text: str, expected: bool) -> None:
    assert bool(lexicon().follow_invitation.search(text)) is expected


def test_weekly_chronology_range_headings_date_the_items_under_them() -> None:
    page = titled("sudan_weekly_chronology", "Sudan Conflict: Weekly Chronology")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    week12, week13 = page.of("Week 12: 3–9 July"), page.of("Week 13: 10–16 July")
    assert week12.kind == week13.kind == "aside"
    # an item leading with its day keeps it; an item naming no day is of its week (first to last day)
    assert page.of("• 4 July:").date == "2023-07-04"
    for start in ("• Fighting continued in El Obeid", "• The UN refugee agency"):
        assert (page.of(start).date, page.of(start).date_end) == ("2023-07-03", "2023-07-09"), start
    # a weekday is the one inside the week, not the one before the page's date
    assert page.of("• On Saturday, an air strike").date == "2023-07-08"
    assert page.of("• On Wednesday, the International").date == "2023-07-12"
    # a paragraph right under a bullet that refers back ("The group", "The monitor") carries it on
    assert page.of("The group said it had also found") is page.of("• 5 July: Médecins")
    assert page.of("The monitor said most of them") is page.of("• 12 July: The Armed Conflict")
    assert all(u.tags == ["Week 13: 10–16 July"] for u in page.reports if u.date >= "2023-07-10")
    # a note about the next issue and links to other weeks are asides that date nothing
    page.not_reported("Note: The chronology for Week 14", "See also: Week 10", "See also: Week 11",
                      "This chronology sets out", "Updated 17 July 2023", "Sudan Conflict: Weekly Chronology")
    assert not any(u.date in ("2023-07-24", "2023-06-19", "2023-06-26") for u in page.reports)
    assert len(page.reports) == 13


@pytest.mark.parametrize(("text", "expected"), [
    ("Week 3: 11–17 October", (dt.date(2020, 10, 11), dt.date(2020, 10, 17))),
    ("Fighting from 2 to 8 March", (dt.date(2020, 3, 2), dt.date(2020, 3, 8))),
    ("12 October", None),  # one day: no span
])
def test_a_span_a_label_names_without_its_year(text: str, expected: tuple[dt.date, dt.date] | None) -> None:
    assert named_span(text, DateFinder(dt.date(2020, 10, 26))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The organisation said it had found more evidence.", True), ("The group added that it would appeal.", True),
    ("The monitor said most of them were in Darfur.", True),
    ("The organisation of the talks was left to Qatar.", False),
])
def test_the_organisation_said_carries_on(text: str, expected: bool) -> None:
    assert prose.continues(text) is expected


def test_a_surname_given_in_full_before_a_quote_goes_on() -> None:
    before = 'Prime Minister Nikol Pashinyan said on Wednesday ... "We were not involved," Pashinyan said.'
    assert prose.same_person("Pashinyan also said Armenia was ready to take in families.", before)


@pytest.mark.parametrize(("text", "dated"), [
    ("Azerbaijan launched the operation on Tuesday, saying it aimed to restore order.", "2023-09-19"),
    ("The army resumed its offensive on Tuesday after a two-day pause.", "2023-09-19"),
    ("The UN condemned the attack on Tuesday as a violation of the truce.", None),  # the attack's day, maybe
])
def test_a_verb_of_the_event_s_own_start_dates_it(text: str, dated: str | None) -> None:
    act = DateFinder(dt.date(2023, 9, 20)).act(text)
    assert (act.timex.value if act else None) == dated


@pytest.mark.parametrize(("text", "dated"), [
    ("Zelensky said in his nightly address on Saturday that Russia would be held to account.", "2023-01-14"),
    ("The governor said on Friday that schools would stay closed.", "2023-01-13"),
    ("The army will hold a parade on Saturday that marks the anniversary.", "2023-01-21"),  # a plan, no saying
])
def test_the_day_of_a_saying_is_read_in_the_saying_s_tense(text: str, dated: str) -> None:
    act = DateFinder(dt.date(2023, 1, 15)).act(text)
    assert act is not None and act.timex.value == dated


@pytest.mark.parametrize(("text", "dated"), [
    ("The ministry earlier said two civilians were killed when shells hit the town of Shusha on Tuesday evening.",
     "2023-09-19"),
    ("Three soldiers were wounded when their vehicle hit a mine near Lachin on Monday, the ministry said.",
     "2023-09-18"),
    ("The ministry said the talks stalled when the delegation left on Monday.", None),  # no casualties: background
    ("Two police officers were killed after gunmen attacked a checkpoint on Monday.", None),  # "after": another act
])
def test_a_when_clause_of_casualties_dates_them(text: str, dated: str | None) -> None:
    act = DateFinder(dt.date(2023, 9, 20)).act(text)
    assert (str(act.timex.start) if act else None) == dated


def test_a_week_heading_over_paragraphs_is_their_section_not_a_story_title() -> None:
    updates = parse_text("""
        Tigray war: weekly chronology
        Week 6: 6–12 December
        Ethiopian federal forces said they had taken control of Shire.
        The TPLF said its fighters had shot down a military helicopter near Adigrat.
        Week 7: 13–19 December
        On Tuesday, Eritrean troops were reported in Axum.
        The African Union envoy met Prime Minister Abiy Ahmed in Addis Ababa.
    """, "2020-12-21", "Africa/Addis_Ababa")
    reports = [u for u in updates if u.kind != "aside"]
    assert not any(u.title for u in updates)
    assert [(u.date, u.date_end) for u in reports] == [("2020-12-06", "2020-12-12"), ("2020-12-06", "2020-12-12"),
                                                       ("2020-12-15", None), ("2020-12-13", "2020-12-19")]
    assert [u.tags for u in reports] == [["Week 6: 6–12 December"]] * 2 + [["Week 7: 13–19 December"]] * 2
