"""Round seventeen of whole pages (``tests/pages/``): an encyclopedia's timeline whose entries ("2 January – ...",
"9–11 September – ...", "Night of 19 to 20 April – ...") sit under year headings ("2008[edit]"), read in the year of
the heading above them, not the year the page was saved in, with an entry that names no day ("Early May – ...") an
entry of its own and the article's opening "This is a timeline of ..." a note on the page; a newspaper feature whose
standfirst sits under its title over a byline with the reporter's post in brackets ("By Jane Doe (Bamako,
correspondent)") and a publication line ("Published on May 16, 2024, at 9:10 am (Bamako), updated at 11:40 am"), a
reading time on the share buttons' line, a caption credited in capitals ("JOHN ROE / EXAMPLE PHOTO AGENCY"), events
dated by weekdays counted back from the publication ("The army took two days to confirm the attack. On Tuesday, ...",
"... claimed the attack on Wednesday in an audio message") and a translation note at its foot; a weekly review whose
day headings hold "•" items with "–" sub-points under them, one reporting a window ("shot down 30 drones ... over the
previous day"). Every non-blank line is used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

from test_segment_property import unaccounted
from test_segment_unseen import titled

from chronik.segment.blocks import split_blocks
from chronik.segment.prose import hangs_on_event


def test_timeline_entries_take_the_year_of_the_year_heading_above_them() -> None:
    page = titled("srilanka_year_headings_timeline", "Timeline of the Eelam War IV")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    entries = [("2 January – The government", "2008-01-02", None), ("16 January", "2008-01-16", None),
               ("2 August", "2008-08-02", None), ("9–11 September", "2008-09-09", "2008-09-11"),
               ("2 January – Troops", "2009-01-02", None), ("25 January", "2009-01-25", None),
               ("Night of 19 to 20 April", "2009-04-19", "2009-04-20"), ("18 May", "2009-05-18", None)]
    for start, date, end in entries:
        update = page.of(start)
        assert (update.kind, update.date, update.date_end) == ("update", date, end), start
    # the line under an entry, on a page copied without blank lines, is the LTTE's claim: an update of its own, of the
    # entry's day (the layout tells nothing; the blind sets ZZZZZW and ZZZZT give another claimant there an entry of
    # its own); an entry naming no day is one of its own, in its heading's year
    claim = page.of("The LTTE said its fighters")
    assert claim is not page.of("2 August") and claim.date == "2008-08-02"
    early = page.of("Early May")
    assert early.lines == [page.no("Early May")] and early.date is not None and early.date.startswith("2008")
    assert page.of("This is a timeline of").kind == "aside"  # the article's opening: a note on the page
    page.not_reported("2008[edit]", "2009[edit]", "See also[edit]", "Sri Lankan Civil War")


def test_a_year_heading_spans_its_year_and_a_numbered_contents_line_is_none() -> None:
    page = titled("srilanka_year_headings_timeline", "Timeline of the Eelam War IV")
    # "1 2008" in the table of contents is a section number and a year, not a heading over entries
    assert page.why_dropped("1 2008") == "boilerplate: table of contents"
    heading = page.of("2008[edit]")
    assert (heading.date, heading.date_end) == ("2008-01-01", "2008-12-31")


def test_feature_standfirst_byline_publication_line_and_furniture_are_not_news() -> None:
    page = titled("sahel_daily_feature_standfirst",
                  "In central Mali, a convoy ambush shows the limits of the army's escort strategy")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    assert page.of("At least 40 drivers").why.startswith("dek")
    assert page.of("By Jane Doe (Bamako").why.startswith("byline")
    assert page.of("Published on May 16").why.startswith("publication line")
    assert page.why_dropped("5 min read") == "boilerplate: navigation"
    assert page.why_dropped("Burnt-out tankers") == "boilerplate: photo caption"
    assert page.why_dropped("Translation of an original article") == "boilerplate: disclaimer"
    # weekdays counted back from the Thursday of publication
    assert (page.of("The attack began").date, page.of("The attack began").kind) == ("2024-05-12", "update")
    assert page.of('"They shot the drivers') is page.of("The attack began")
    assert page.of("The army took two days").date == "2024-05-14"
    assert page.of("The Macina Katiba claimed").date == "2024-05-15"


def test_a_claim_of_the_event_is_dated_by_its_day_and_an_event_noun_ends_with_its_sentence() -> None:
    text = "The army confirmed the attack. On Tuesday, a spokesman said 19 soldiers had died."
    assert not hangs_on_event(text, text.index("Tuesday"))
    text = "The group claimed the attack on Monday in a statement."
    assert not hangs_on_event(text, text.index("Monday"))
    text = "Officials condemned the attack on Monday that killed five."
    assert hangs_on_event(text, text.index("Monday"))


def test_weekly_review_dash_sub_points_belong_to_the_dot_item_above() -> None:
    page = titled("weekly_review_dash_subpoints", "Week in Review: Drone Attacks on Refineries, Talks Stall in Geneva")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    refinery = page.of("• A refinery")
    assert refinery.lines == [page.no("• A refinery"), page.no("– Firefighters")]
    geneva = page.of("• Negotiators left Geneva")
    assert geneva.lines == [page.no("• Negotiators"), page.no('– "We will meet'), page.no("– The next round")]
    assert page.of("• The parliament extended").lines == [page.no("• The parliament extended")]
    # "over the previous day" is the window the report covers: the day's report, under Monday's heading
    assert page.of("• The air force said").date == "2024-05-13"
    assert [(u.date, u.kind) for u in page.reports] == [("2024-05-13", "update")] * 2 + [("2024-05-14", "update")] * 2 \
        + [("2024-05-15", "update")]


def test_a_dash_item_is_a_sub_point_only_under_a_dot_item() -> None:
    blocks = split_blocks(["• Troops advanced near the river.", "– Two villages were retaken.",
                           "– Shelling went on overnight.", "• Talks resumed in Doha."])
    assert [b.nested for b in blocks] == [False, True, True, False]
    blocks = split_blocks(["Key points:", "- A list of dashes only.", "- Its second item."])
    assert [b.nested for b in blocks] == [False, False, False]
