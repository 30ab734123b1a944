"""Round fourteen of whole pages (``tests/pages/``): a day-by-day chronology whose day headings hold notes, some timed
by an inline stamp ("06:30 – ..."), some by a part of the day ("Morning – ..."), some by a clock inside ("At 21:40
...", "Around 18:00 ..."), some not timed at all — each note an entry of its own, none the rest of a stamped one — under
a page stamp "Outlet | Place / 17 Oct.'23 / 21:15" and a "Below is a chronology of ..." note; a wire story told under
its dateline alone on a line in capitals ("ODESA"), read as any wire story (the dateline an aside); a rights group's
daily brief whose "Source: ... | Editor: ... | date" fields line is furniture, whose item
quoting its own director ("..., said <publisher>'s regional director") is news, not self-promotion, and whose footer
notices (a sign-up box's "Stay informed about our work ...", reprint and hyperlink terms) are furniture. Every
non-blank line is used exactly once (``test_segment_unseen``)."""

from __future__ import annotations

from test_segment_property import unaccounted
from test_segment_unseen import parse


def test_diary_chronology_notes_are_entries_of_their_own_timed_by_their_own_clock() -> None:
    page = parse("gaza_diary_chronology")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    page.not_reported("Levant Diary | Jerusalem", "Below is a chronology")
    notes = [("06:30 – Rocket", "2023-10-07", "06:30"), ("Morning – Gunmen", "2023-10-07", None),
             ("Prime Minister Benjamin", "2023-10-07", None), ("At 21:40", "2023-10-07", "21:40"),
             ("Israel's security cabinet", "2023-10-08", None), ("Around 18:00", "2023-10-08", "18:00"),
             ("Defense Minister Yoav", "2023-10-09", None),
             ("The Israeli military says it has called", "2023-10-09", None),
             ("The Israeli military says it has regained", "2023-10-10", None)]
    for start, date, time in notes:
        update = page.of(start)
        assert update.kind != "aside" and update.lines == [page.no(start)], start
        assert (update.date, update.time) == (date, time), start


def test_wire_story_under_its_dateline_in_capitals_is_read_as_a_wire_story() -> None:
    """The dateline alone in capitals ("ODESA") is an aside; the story under it is a wire story: the lead with the
    paragraphs that carry it on ("The governor said ..." after "regional governor Oleh Kiper said", his quote), each
    other claimant's statement an update of its own, the background context."""
    page = parse("kyiv_wire_place_dateline")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    assert page.of("ODESA").kind == "aside"
    lead = page.of("Russian drones struck")
    assert lead.kind == "update" and lead.date == "2023-07-14"
    assert lead.lines == [page.no(s) for s in ("Russian drones struck", "The governor said", "\"The enemy")]
    assert page.of("Ukraine's Foreign Ministry").date == "2023-07-13"
    assert page.of("Russia's Defence Ministry").lines == [page.no("Russia's Defence Ministry")]
    assert page.of("The Black Sea grain deal").kind == "context"
    page.not_reported("Related news", "Grain prices rise")


def test_brief_fields_line_and_footer_notices_are_furniture_its_director_s_quote_is_news() -> None:
    page = parse("rights_brief_footer_notices")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    assert page.why_dropped("Source: Human Rights Monitor | Editor") == "boilerplate: article fields"
    assert page.why_dropped("Stay informed about our work") == "boilerplate: newsletter prompt"
    assert page.why_dropped("Reproduction of this brief") == "boilerplate: licence notice"
    assert page.why_dropped("When citing materials online") == "boilerplate: licence notice"
    quoted = page.of("2. Our response.")
    assert quoted.kind == "update" and quoted.lines == [page.no("2. Our response.")]
