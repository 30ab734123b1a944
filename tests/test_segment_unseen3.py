"""Seven more whole pages in formats the other page tests do not have (``tests/pages/``): UN meetings coverage, a
Reuters wire from Sudan, an e-mail newsletter, an encyclopedia's year article, a live blog re-posting its summary,
a news aggregator's list and a state agency's bulletin. Each test says what a careful reader expects, and every
non-blank line is used exactly once."""

from __future__ import annotations

import pytest
from test_segment_unseen import parse

from chronik.segment.blocks import split_blocks
from chronik.segment.citations import strip_marks
from chronik.segment.feed import feed_item
from chronik.segment.timestamps import metadata_date


def test_un_meetings_coverage_one_update_per_speaker_under_briefings_and_statements() -> None:
    page = parse("un_meeting_coverage")
    speakers = ["ROSEMARY DICARLO", "EDEM WOSORNU", "The representative of the United Kingdom",
                "The representative of the United States", "The speaker for the Russian Federation",
                "Also speaking, the representative of Mozambique", "The representative of Sudan"]
    units = [page.of(s) for s in speakers]
    # (the release's date over its title is its dateline, round 42: the speakers' day is the release's)
    assert [(u.kind, u.date, u.date_basis, u.tags) for u in units] == [
        ("update", "2024-03-12", "publication", ["Briefings"])] * 2 + [
        ("update", "2024-03-12", "publication", ["Statements"])] * 5
    assert page.of("She added that") is units[0] and page.of("“We are running out") is units[1]
    assert page.of("He rejected the description") is units[-1]  # the speaker above goes on
    assert page.of("12 March 2024").kind == "aside" and page.of("Briefings").kind == "aside"
    assert page.of("The Security Council this morning").title.startswith("Sudan: Parties Must Heed")
    assert page.why_dropped("For information media") == "boilerplate: disclaimer"
    assert page.why_dropped("Follow the Security Council on X") == "boilerplate: navigation"
    assert page.why_dropped("Share this") == "boilerplate: share buttons"
    page.not_reported("SC/15621", "SECURITY COUNCIL", "9572ND MEETING", "Welcome to the United Nations")


def test_reuters_wire_from_sudan_with_a_city_dateline_captions_and_trust_principles() -> None:
    page = parse("reuters_sudan_wire")
    lead = page.of("KHARTOUM, March 12 (Reuters) -")
    # dated by its 'said on Tuesday', not by the dateline's filing day (the same day here)
    assert (lead.kind, lead.date, lead.date_basis, lead.time) == ("update", "2024-03-12", "relative", None)
    assert page.of("\"The armed forces are determined") is page.of("Army chief General")
    # ("continued overnight" in Tuesday's story: the night into Tuesday, as the blind sets' gold dates it)
    assert (page.of("Residents of Omdurman").date, page.of("On Friday, the United Nations").date) == (
        "2024-03-12", "2024-03-08")
    assert page.of("The war has killed").kind == "context"
    assert page.why_dropped("[1/3] Members of") == "boilerplate: photo caption"
    assert page.why_dropped("FILE PHOTO: Smoke") == "boilerplate: photo caption"
    assert page.why_dropped("Our Standards:") == "boilerplate: licence notice"
    assert page.why_dropped("3 minute read") and page.why_dropped("Sign up here.")
    assert page.of("Reporting by Khalid").kind == "aside"
    page.not_reported("By Khalid Abdelaziz", "March 12, 2024 3:41 PM", "($1 = 601", "Read Next", "Chad closes border")
    assert len([u for u in page.reports if u.kind == "update"]) == 4


def test_email_newsletter_reads_its_dated_items_and_leaves_out_the_mail_furniture() -> None:
    page = parse("newsletter_email")
    items = [page.of(s) for s in ("Sunday 10 March:", "Monday 11 March:", "Tuesday 12 March:")]
    assert [(u.kind, u.date, u.date_basis, u.tags) for u in items] == [
        ("update", d, "explicit", ["THIS WEEK IN SUDAN"]) for d in ("2024-03-10", "2024-03-11", "2024-03-12")]
    dateline = page.of("Issue 47 | Tuesday, 12 March 2024")
    assert (dateline.kind, dateline.date) == ("aside", "2024-03-12")
    email = ("View this email", "Forwarded this email?", "Unsubscribe | Update", "You are receiving this email",
             "Our mailing address is:", "Add us to your address book")
    assert [page.why_dropped(s) for s in email] == ["boilerplate: email furniture"] * len(email)
    address = ("Sudan Brief", "PO Box 12345", "Nairobi 00100", "Kenya")
    assert [page.why_dropped(s) for s in address] == ["boilerplate: postal address"] * len(address)
    signoff = ("Dear readers,", "That's all for this week.", "Best,", "Amira and the Sudan Brief team")
    assert [page.why_dropped(s) for s in signoff] == ["boilerplate: email greeting"] * len(signoff)
    page.not_reported("THE SUDAN BRIEF", "WHAT WE'RE READING", "\"The forgotten famine\"", "A new map of who")


def test_encyclopedia_year_article_items_ranges_sub_items_and_reference_marks() -> None:
    page = parse("wiki_year_article")
    items = [u for u in page.reports if u.kind == "update"]
    assert [(u.date, u.date_end, u.date_basis, u.tags) for u in items] == [
        ("2024-02-04", None, "explicit", ["February"]), ("2024-02-16", None, "explicit", ["February"]),
        ("2024-03-08", None, "explicit", ["March"]), ("2024-03-12", None, "explicit", ["March"]),
        ("2024-03-13", "2024-03-15", "explicit", ["March"]), ("2024-03-20", None, "explicit", ["March"]),
        ("2024-03-05", None, "explicit", ["Deaths"])]
    fasher = page.of("* 13–15 March")
    assert page.of("** Médecins Sans Frontières") is fasher and "\n\nMédecins Sans Frontières says" in fasher.text
    assert items[3].text == ("12 March – The army retakes the headquarters of the state broadcaster in Omdurman, its "
                             "biggest gain in the capital since the start of the war.")
    assert not any("[" in u.text for u in page.updates)
    assert page.why_dropped("Categories:") == "boilerplate: page categories"
    page.not_reported("Incumbents[edit]", "Chairman of the", "For events related", "Notes[edit]", "References[edit]")


def test_live_blog_that_reposts_its_summary_keeps_the_first_copy_only() -> None:
    page = parse("repeated_summary_live")
    top = [page.nos("The Israeli military said it had killed")[0], page.nos("A ship carrying")[0],
           page.nos("The Gaza health ministry said")[0]]
    repeat = [page.nos(s)[1] for s in ("The Israeli military said it had killed", "A ship carrying",
                                       "The Gaza health ministry said")]
    assert [page.dropped.get(n) for n in top] == [None] * 3
    assert [page.dropped[n] for n in repeat] == [f"repeated summary: as lines {top[0]}–{top[-1]}"] * 3
    # a post's lead quoted by a summary is not a repeated summary: the post keeps it
    nuseirat, ship = page.of("Israel says it killed senior"), page.of("07:15 GMT")
    assert page.nos("The Israeli military said it had killed")[2] in nuseirat.lines
    # (the 08:00 post's summary: a line each, at the post's clock)
    recap = next(u for u in page.updates if page.nos("A ship carrying")[2] in u.lines)
    assert page.nos("A ship carrying")[3] in ship.lines and recap.lines == [page.nos("A ship carrying")[2]]
    assert recap.time == "08:00" and page.of("08:00 GMT").title == "Summary"
    assert page.of("12:00 GMT").kind == "aside"  # the re-posted summary had nothing else
    assert [(u.time, u.timezone) for u in page.reports if u.time] == [
        (t, "UTC") for t in ("16:20", "14:05", "11:30", "09:10", "08:00", "08:00", "07:15")]
    assert not any("out-of-order" in u.flags for u in page.updates)


def test_news_aggregator_list_each_item_stamped_and_tagged_with_its_outlet() -> None:
    page = parse("aggregator_feed")
    assert [(u.date, u.time, u.tags) for u in page.reports] == [
        ("2024-03-12", "14:05", ["Reuters"]), ("2024-03-12", "09:30", ["Al Jazeera English"]),
        ("2024-03-08", "18:42", ["UN News"]), ("2024-03-11", "22:15", ["Sudan Tribune"]),
        ("2024-03-11", "07:50", ["BBC News"]), ("2024-03-10", "16:00", ["The New Humanitarian"])]
    first = page.of("Sudan's army retakes")
    assert first.text == ("Sudan's army retakes state broadcaster headquarters in Omdurman\n\n"
                          "Army chief Burhan visits the building in the capital's twin city after months of fighting.")
    assert all(u.date_basis == "timestamp" and not u.flags for u in page.reports)  # listed by relevance, not time
    for line in ("Google News", "Full coverage", "More headlines", "Get the Google News app", "Help · Send"):
        assert page.why_dropped(line) == "boilerplate: navigation", line


def test_state_agency_bulletin_with_a_dateline_per_item_and_photo_credits() -> None:
    page = parse("tass_bulletin")
    items = [page.of(s) for s in ("MOSCOW, March 12. /TASS/.", "RYAZAN, March 12.", "MOSCOW, March 11.")]
    assert [(u.date, u.title) for u in items] == [
        ("2024-03-12", "Russian air defenses down 25 Ukrainian drones over four regions"),
        ("2024-03-12", "Fire at Ryazan oil refinery put out, governor says"),
        ("2024-03-11", "Lavrov to hold talks with Turkish counterpart in Moscow on March 14")]
    assert page.of("\"Over the past night") is items[0] and page.of("According to Malkov") is items[1]
    assert [page.dropped[n] for n in page.nos("Photo:")] == ["boilerplate: photo caption"] * 2
    assert page.why_dropped("TASS is a leading") == "boilerplate: licence notice"
    page.not_reported("Military operation in Ukraine", "Tags", "Sergey Lavrov")


@pytest.mark.parametrize(("text", "expected"), [
    ("Hospital hit in El Fasher — MSF — 11 Mar 2024 22:15",
     ("MSF", "22:15", "11 Mar 2024", "Hospital hit in El Fasher")),
    ("Talks resume | Reuters | March 12, 2024 9:05 AM", ("Reuters", "09:05", "March 12, 2024", "Talks resume")),
    ("Kyiv — Kharkiv — Odesa", None),
    ("The army said on Tuesday — in a statement — that 14:05 was the hour", None),
])
def test_feed_items(text: str, expected: tuple | None) -> None:
    item = feed_item(text)
    got = (item.source, item.stamp.time, item.stamp.date_text, item.stamp.body) if item else None
    assert got == expected


def test_reference_marks_leave_every_word() -> None:
    assert strip_marks("killing 10.[12][13] Kherson,[5] fell[citation needed] and x.[a] recognize[s] it [1]") == (
        "killing 10. Kherson, fell and x. recognize[s] it [1]")


def test_an_issue_number_before_a_date_is_a_dateline() -> None:
    assert metadata_date("Issue 47 | Tuesday, 12 March 2024") == "Tuesday, 12 March 2024"
    assert metadata_date("No. 112 – 3 May 2023") == "3 May 2023"
    assert metadata_date("Issue 47 of the brief") is None


def test_a_doubled_star_or_an_indented_marker_is_a_sub_item() -> None:
    blocks = split_blocks(["* 1 May – Talks open.", "** Both sides attend.", "  - Observers too.", "* 2 May – End."])
    assert [(b.text, b.bullet, b.nested) for b in blocks] == [
        ("1 May – Talks open.", True, False), ("Both sides attend.", True, True), ("Observers too.", True, True),
        ("2 May – End.", True, False)]
