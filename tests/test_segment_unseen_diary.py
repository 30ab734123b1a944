"""A hosted blog's war diary (``tests/pages/kharkiv_diary_blog.txt``): notes under day headings ("Day 19 — Monday,
14 March"), most with no time and a few opened by an inline stamp ("11:20 a.m. — The water is back ..."), over the
blog's like and share widgets and its readers' comments. Each note is its own entry: the stamp times its own note
and does not take the notes under it along, as a live post's stamp does. The comments (name, "March 16, 2022 at
8:14 pm", text, "Reply") and the widgets are furniture."""

from __future__ import annotations

from test_segment_property import unaccounted
from test_segment_unseen import titled


def test_a_diary_s_stamped_note_does_not_swallow_the_notes_under_it() -> None:
    page = titled("kharkiv_diary_blog", "Kharkiv diary: the third week")
    assert unaccounted(page.doc, page.updates, page.dropped_lines) == []
    water = page.of("11:20 a.m. — The water is back")
    assert (water.date, water.time) == ("2022-03-14", "11:20")
    for start in ("The city council said trams", "A neighbour who drives"):
        note = page.of(start)
        assert note is not water and (note.date, note.time) == ("2022-03-14", None), start
    assert page.of("The city council said trams") is not page.of("A neighbour who drives")
    blasts = page.of("6:05 p.m. — Heavy explosions")
    assert (blasts.date, blasts.time) == ("2022-03-15", "18:05")
    assert page.of("The mayor, Ihor Terekhov") is not blasts
    assert page.of("The mayor, Ihor Terekhov").date == "2022-03-15"


def test_a_blog_s_comments_and_widgets_are_furniture() -> None:
    page = titled("kharkiv_diary_blog", "Kharkiv diary: the third week")
    for start in ("Marta K.", "March 16, 2022 at 8:14 pm", "Olena, we read every word", "Andrii",
                  "16 March 2022 at 21:40", "My grandmother is on"):
        assert page.why_dropped(start) == "boilerplate: reader comment", start
    assert page.why_dropped("Be the first to like this.") == "boilerplate: engagement counts"
    assert page.why_dropped("Blog at WordPress.com.") == "boilerplate: site credit"
    assert page.why_dropped("4 thoughts on") == "boilerplate: comment form"
    page.not_reported("Like this:", "Follow Letters from Saltivka via Email")
