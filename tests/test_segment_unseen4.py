"""Round four of whole pages from outlets and wars the other page tests do not have (``tests/pages/``): live blogs
across New Year (newest-first and oldest-first), European clocks ("14h35", "09.10", "2.35pm BST", stamps closing
the entry "— 10:05"), dotted, ISO and US slashed dates, day-of-war headings against two configured wars, flags
opening titles ("BREAKING:", "UPDATE 2-", "WATCH:"), a UN agency's press release with background, and a press
review whose items carry their outlet and date on a line below. Each test says what a careful reader expects, and
every non-blank line is used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_segment_unseen import UKRAINE, parse, stamps
from test_segment_unseen2 import _lines

from chronik.config import Epoch
from chronik.dates import DAY_COUNTER, resolve
from chronik.segment.blocks import Block
from chronik.segment.feed import source_line
from chronik.segment.finder import make_finder
from chronik.segment.headings import day_counter
from chronik.segment.timestamps import clock_note, find_stamp, trailing_stamp

GAZA = Epoch("Israel-Gaza war", dt.date(2023, 10, 7))


def test_newest_first_live_blog_across_new_year_puts_31_december_in_the_old_year() -> None:
    page = parse("redsea_newyear_live")
    assert stamps(page) == [("2024-01-01", t, "Asia/Dubai") for t in ("16:20", "13:05", "09:40")] + [
        ("2023-12-31", t, "Asia/Dubai") for t in ("22:15", "14:50", "07:30")]
    assert [u.title for u in page.reports] == [
        "Iranian destroyer Alborz enters Red Sea, Tasnim reports", "Houthis vow revenge for fighters killed by US Navy",
        None, None, "US Navy sinks three Houthi boats attacking container ship", "Maersk pauses all Red Sea transits"]
    assert all(u.date_basis == "timestamp" and not u.flags for u in page.reports)
    assert [(page.of(h).kind, page.of(h).date) for h in ("Monday, January 1", "Sunday, December 31")] == [
        ("aside", "2024-01-01"), ("aside", "2023-12-31")]
    key_events = [page.nos(t)[0] for t in ("Iranian destroyer Alborz", "Houthis vow revenge", "US Navy sinks three")]
    assert [page.holding(n).kind for n in key_events] == ["aside"] * 3  # the "Key events" list above the feed
    assert page.why_dropped("Updated 3 hours ago") == "boilerplate: relative age"
    assert [page.dropped[n] for n in page.nos("Advertisement")] == ["boilerplate: advertisement"] * 2
    page.not_reported("Live", "All times are UAE time", "Key events", "Show key events only", "Read more",
                      "Who are the Houthis", "Sign up for The National", "Terms & conditions")


def test_oldest_first_ticker_begun_on_31_december_rolls_into_the_new_year_with_bare_dotted_clocks() -> None:
    page = parse("myanmar_newyear_ticker")  # published 2023-12-31: "Monday 1 January" is the day after
    assert stamps(page) == [("2023-12-31", t, "Asia/Yangon") for t in ("09:10", "12:45", "17:30", "23:40")] + [
        ("2024-01-01", t, "Asia/Yangon") for t in ("00:35", "08:50", "14:20")]
    assert not any(u.flags for u in page.reports)
    assert page.of("Monday 1 January").date == "2024-01-01"
    assert page.of("Posted at 17.30") is page.of("The military council extended")
    assert page.of("Myanmar Now could not independently") is page.of("An air strike hit a village")
    assert page.of("12.45").title == "Thousands flee towards the Chinese border"
    assert page.why_dropped("Support independent journalism") == "boilerplate: donation appeal"
    assert page.why_dropped("Share on X") == "boilerplate: share buttons"
    page.not_reported("LIVE: Fighting rages", "By Myanmar Now staff", "This page is updated", "Related: How Operation",
                      "More from Myanmar Now", "Junta conscription", "Enter your email")


def test_french_live_page_with_14h35_clocks_and_a_podcast_teaser_between_entries() -> None:
    page = parse("niger_coup_live")
    assert stamps(page) == [("2023-07-27", t, "Europe/Paris")
                            for t in ("17:55", "16:20", "14:35", "11:02", "09:30", "08:12")]
    assert page.of("ECOWAS to hold").title == "ECOWAS to hold emergency summit in Abuja on Sunday"
    teaser, supporters = page.of("LISTEN: Our Africa podcast"), page.of("11h02")
    assert teaser.kind == "aside" and supporters.title is None  # the teaser above the stamp is not its title
    assert supporters.text.startswith("Supporters of the coup gathered")
    assert page.of("The statement was read out") is page.of("14h35")
    assert page.of("Times are Paris time.").kind == "aside"  # a note on the page's clock, not background
    page.not_reported("Coup in Niger, live", "Le Monde with AFP", "Published on July 27, 2023", "Live updates: Latest",
                      "Read also Subscribers only", "Niger coup: what we know", "Every Saturday")
    assert page.why_dropped("Reuse this content") == "boilerplate: share buttons"


def test_ticker_stamping_each_entry_at_its_end_under_dotted_date_headings() -> None:
    page = parse("kosovo_ticker")  # published 24 September; the page runs into the 25th
    assert stamps(page) == [("2023-09-25", t, "Europe/Belgrade") for t in ("10:05", "08:40", "07:15")] + [
        ("2023-09-24", t, "Europe/Belgrade") for t in ("22:30", "19:50", "14:35", "11:20", "07:05")]
    assert all(u.date_basis == "timestamp" and not u.flags for u in page.reports)
    cache = page.of("Kosovo police said they had found")
    assert cache.text.endswith("enough \"for hundreds of people\".")  # the closing "— 10:05" is the stamp
    assert [(page.of(h).kind, page.of(h).date) for h in ("25.09.2023.", "24.09.2023.")] == [
        ("aside", "2023-09-25"), ("aside", "2023-09-24")]
    assert page.why_dropped("Viber") == "boilerplate: share buttons"
    assert page.why_dropped("Your e-mail address") == "boilerplate: comment form"
    assert page.why_dropped("ADVERTISEMENT") == "boilerplate: advertisement"
    page.not_reported("TICKER: Armed men", "Published: 24.9.23", "Author: KoSSev", "Read also:", "Who is Milan",
                      "Tags: Banjska")


def test_british_live_page_with_pm_bst_clocks_flags_and_the_night_before_its_update_clock() -> None:
    page = parse("iran_strike_uk_live")
    # "Live Updated 14 April 2024 4.20pm BST": the newest entry is on the 14th, so "11.05pm" below "12.40am" the 13th
    sunday = [("2024-04-14", t, "Europe/London") for t in ("16:10", "14:35", "11:20", "07:40", "00:40")]
    assert stamps(page) == [*sunday, ("2024-04-13", "23:05", "Europe/London")]
    assert "the day before" in page.of("11.05pm BST").why
    assert [u.title for u in page.reports] == [
        "Sunak: RAF Typhoons shot down \"a number of\" Iranian drones",
        "G7 leaders condemn Iran's \"direct and unprecedented attack\"",
        "Footage shows interceptions lighting up the sky over Jerusalem",
        "Israeli military says 99 per cent of drones and missiles intercepted", None,
        "Iran launches drones and missiles towards Israel"]
    assert not any(u.flags or u.tags for u in page.reports)  # "on April 1", the cause, is no date of the launch
    promo = ("Skip past newsletter promotion", "Sign up to The Standard", "The news you need",
             "Enter your email address", "after newsletter promotion")
    assert all(page.why_dropped(s) for s in promo)
    assert page.why_dropped("Skip past newsletter promotion") == "boilerplate: newsletter label"
    assert page.of("Live Updated 14 April 2024").date == "2024-04-14"
    page.not_reported("LISTEN: The Standard Podcast", "By Standard Reporters", "Show latest updates", "Key events",
                      "Related articles", "Why did Iran attack")


def test_us_station_live_page_with_slashed_month_first_stamps_and_a_wire_update_flag() -> None:
    page = parse("haiti_us_station")
    assert stamps(page) == [("2024-03-04", t, "America/New_York") for t in ("18:48", "14:20", "09:05")] + [
        ("2024-03-03", t, "America/New_York") for t in ("19:40", "11:30")]  # 3/4/2024 is March 4, not 3 April
    assert page.of("3/4/2024 9:05 AM EST").title == "Haiti declares state of emergency after gangs storm prisons"
    assert page.of("South Florida's Haitian") is page.of("Haiti's government has not said")
    assert [(page.of(s).kind, page.of(s).date) for s in ("Published: 3/3/2024", "Updated: 3/4/2024")] == [
        ("aside", "2024-03-03"), ("aside", "2024-03-04")]
    assert page.of("(Reporting by Harold Isaac").kind == "aside"
    assert page.why_dropped("Share on X") == "boilerplate: share buttons"
    page.not_reported("Local 10 WPLG", "Haiti in crisis: Live", "Local 10 News staff", "Tags: Haiti",
                      "The Associated Press and Reuters contributed", "Trending", "Miami-Dade police", "Newsletter:")


def test_un_agency_press_release_with_city_dateline_background_and_an_iso_dated_timeline() -> None:
    page = parse("unhcr_goma_release")
    lead = page.of("GENEVA/GOMA, 28 January 2025 –")
    # dated by its 'warned on Tuesday', not by the dateline's filing day (the same day here)
    assert (lead.kind, lead.date, lead.date_basis, lead.time) == ("update", "2025-01-28", "relative", None)
    sites = page.of("UNHCR said that several of the displacement sites")
    assert page.of("\"People who have already fled") is sites and page.of("The agency said its teams") is sites
    # emptied overnight, in Tuesday's release: the night into Tuesday (as the blind sets' gold dates it)
    assert (sites.kind, sites.date) == ("update", "2025-01-28")
    background = ("The Democratic Republic of the Congo has", "Eastern DRC has been affected",
                  "UNHCR and its partners have pre-positioned", "UNHCR's 2025 appeal")
    assert [page.of(s).kind for s in background] == ["context"] * 4  # under "Background" and "Notes to editors"
    timeline = [page.of(f"2025-01-{d} –") for d in ("23", "25", "27")]
    assert [(u.kind, u.date, u.date_basis) for u in timeline] == [
        ("update", f"2025-01-{d}", "explicit") for d in ("23", "25", "27")]
    assert timeline[0].text.startswith("2025-01-23 – M23 fighters take the town of Sake")
    date = page.of("Date: 2025-01-28")
    assert (date.kind, date.date, date.date_basis) == ("aside", "2025-01-28", "explicit")
    assert page.why_dropped("Topics:") == "boilerplate: page categories"
    assert [page.why_dropped(s) for s in ("For more information", "In Geneva,", "In Kinshasa,")] == [
        "boilerplate: contact"] * 3
    page.not_reported("UNHCR - The UN Refugee Agency", "UNHCR warns of mounting", "Background",
                      "Timeline of the latest", "Notes to editors", "Related news", "DRC: UNHCR alarmed",
                      "Help refugees", "Follow UNHCR")
    assert len([u for u in page.reports if u.kind == "update"]) == 5


def test_press_review_by_day_of_war_with_each_items_outlet_and_date_below_it() -> None:
    page = parse("gaza_press_review")  # its config counts two wars' days: "Day 100" is the 2023 war's
    counters = [page.of(h) for h in ("Day 100 of the war", "Day 99 of the war")]
    assert [(u.kind, u.date, u.date_basis) for u in counters] == [
        ("aside", "2024-01-14", "day-counter"), ("aside", "2024-01-13", "day-counter")]
    assert [(u.date, u.date_basis, u.tags) for u in page.reports] == [
        ("2024-01-13", "explicit", ["Day 100 of the war", "Haaretz"]),  # the rally began the evening before
        ("2024-01-14", "explicit", ["Day 100 of the war", "The Times of Israel"]),
        ("2024-01-14", "explicit", ["Day 100 of the war", "Al Jazeera"]),
        ("2024-01-13", "explicit", ["Day 99 of the war", "The Jerusalem Post"]),
        ("2024-01-13", "explicit", ["Day 99 of the war", "Reuters"]),
        ("2024-01-13", "explicit", ["Day 99 of the war", "WAFA"])]
    rally = page.of("Haaretz, 13 January 2024")
    assert rally.title == "Hostage families mark 100 days with 24-hour rally in Tel Aviv"
    assert "Haaretz" not in rally.text and not any(u.flags for u in page.reports)
    blackout = page.of("Telecommunications blackout enters second day")  # the blackout's second day, not the war's
    assert (blackout.kind, blackout.date) == ("update", "2024-01-13")
    assert page.why_dropped("Our reviews are free to read") == "boilerplate: donation appeal"
    assert page.why_dropped("Print this page") == "boilerplate: share buttons"
    page.not_reported("Middle East Press Monitor", "DAILY PRESS REVIEW", "Compiled by our monitoring",
                      "Previous review", "Next review", "Donate")


@pytest.mark.parametrize(("expr", "anchor", "expected"), [
    ("day 1,000", dt.date(2024, 11, 19), "2024-11-19"),  # the full-scale invasion's thousandth day
    ("Day 1000", dt.date(2024, 11, 19), "2024-11-19"),
    ("the 1000th day", dt.date(2024, 11, 19), "2024-11-19"),
    ("Day 645", dt.date(2024, 1, 14), "2023-11-30"),  # the 2023 war's day 645 is still to come: the 2022 war's
    ("Day 100", dt.date(2024, 1, 14), "2024-01-14"),  # the latest war whose day 100 has come
])
def test_day_counters_with_thousands_against_two_wars(expr: str, anchor: dt.date, expected: str) -> None:
    timex = resolve(expr, anchor, (UKRAINE, GAZA))
    assert timex is not None and (timex.value, timex.kind) == (expected, DAY_COUNTER)


def test_an_ordinal_day_in_a_headline_counts_a_war_only_as_a_counter() -> None:
    finder = make_finder(dt.date(2024, 11, 19), (UKRAINE, GAZA))

    def counter(text: str) -> str | None:
        found = day_counter(Block(0, [1], text), finder)
        return found.timex.value if found else None

    assert counter("Russia's war, day 1,000") == "2024-11-19"
    assert counter("The 1000th day of the war") == "2024-11-19"
    assert counter("Day 645:") == "2023-11-30"
    assert counter("Telecommunications blackout enters second day") is None
    assert counter("Protests enter their third day in Tbilisi") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("09.10", ("09:10", "")), ("Posted at 17.30", ("17:30", "")), ("14h35", ("14:35", "")),
    ("2.35pm BST", ("14:35", "")), ("Live Updated 14 April 2024 4.20pm BST", ("16:20", "")),
    ("12.5 million people", None), ("12.45 million people", None), ("3.15", ("03:15", "")),
])
def test_european_clocks_opening_an_entry(text: str, expected: tuple[str, str] | None) -> None:
    stamp = find_stamp(text)
    assert ((stamp.time, stamp.body) if stamp else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The police said it had found weapons. — 10:05", ("10:05", "The police said it had found weapons.")),
    ("Kurti spoke to reporters. – 14:35:12", ("14:35", "Kurti spoke to reporters.")),
    ("\"We will respond,\" he said. - 9.40", ("09:40", "\"We will respond,\" he said.")),
    ("Trains run Kyiv — 10:05", None),  # a schedule, not an entry closing as a sentence does
    ("The meeting ended at 10:05", None),
])
def test_a_stamp_closing_an_entry(text: str, expected: tuple[str, str] | None) -> None:
    stamp = trailing_stamp(text)
    assert ((stamp.time, stamp.body) if stamp else None) == expected


def test_one_paragraph_ending_with_a_time_is_prose_not_a_ticker() -> None:
    _, updates, _ = _lines("Talks in Geneva\n\nThe delegations met in Geneva on Monday. — 10:05\n\n"
                           "They will meet again next week, the mediators said.\n")
    assert all(u.time is None for u in updates)
    _, updates, _ = _lines("Talks in Geneva\n\nThe delegations met in Geneva. — 10:05\n\n"
                           "The mediators said they would meet again. — 09:40\n")
    assert [(u.time, u.text) for u in updates if u.kind == "update"] == [
        ("10:05", "The delegations met in Geneva."), ("09:40", "The mediators said they would meet again.")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sudan Tribune, 3 June 2023", ("Sudan Tribune", "3 June 2023")),
    ("(Reuters, 13 January 2024)", ("Reuters", "13 January 2024")),
    ("— The Times of Israel, Jan. 14, 2024", ("The Times of Israel", "Jan. 14, 2024")),
    ("KHARTOUM, March 12 (Reuters) -", None),
    ("Talks resumed in Jeddah, 3 June 2023, after a pause", None),
    ("The Ministry of Health of the Republic of Sudan and partners, 3 June 2023", None),  # too long for an outlet
])
def test_a_source_line_names_an_outlet_and_a_full_date_only(text: str, expected: tuple[str, str] | None) -> None:
    assert source_line(text) == expected


def test_a_single_outlet_and_date_line_is_not_a_press_review() -> None:
    _, updates, _ = _lines("Geneva talks\n\nThe delegations met in Geneva to discuss a truce.\n"
                           "Geneva, 28 January 2025\n\nThey said they would meet again.\n", published="2025-01-28")
    assert not any("Geneva" in u.tags for u in updates)


@pytest.mark.parametrize(("text", "expected"), [
    ("Times are Paris time.", True), ("All times are UAE time", True), ("(All times GMT)", True),
    ("Times are changing in Niamey.", False), ("Times Square was evacuated.", False),
])
def test_a_note_on_the_clock_in_any_city(text: str, expected: bool) -> None:
    assert clock_note(text) is expected


def test_a_media_flag_heading_a_paragraph_is_a_title_and_alone_over_a_stamp_a_teaser() -> None:
    _, updates, _ = _lines("Live: talks in Geneva\n\n10:05\nTalks resume\nThe delegations met in Geneva.\n\n"
                           "WATCH: Our explainer on the talks\n\n09:40\nThe mediators arrived in Geneva.\n\n"
                           "WATCH: Delegates arrive at the hotel in Geneva\n"
                           "Video showed the delegations arriving at the hotel.\n")
    teaser = next(u for u in updates if u.text.startswith("WATCH: Our explainer"))
    assert teaser.kind == "aside"
    assert [(u.time, u.title) for u in updates if u.kind == "update"] == [
        ("10:05", "Talks resume"), ("09:40", None), (None, "Delegates arrive at the hotel in Geneva")]
