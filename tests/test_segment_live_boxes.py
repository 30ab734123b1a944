"""A live page's "Key events" box repeats the stamps and headlines of posts further down ("15.20 BST" / "Lebanon's
health ministry says ..."), and a post may close with a note of when it was last changed ("Updated at 15.48 BST").
A quote after a paragraph, of somebody named with the post after the name and speaking on a day of their own, is a
statement of its own; a digest's "Situation Summary" is one entry however many paragraphs it runs to; an
encyclopedia's hatnote ("For the wider conflict, see ...") is furniture; "The same day, ..." opens a new act."""

from __future__ import annotations

from test_segment_unseen import parse
from test_segment_unseen2 import _lines

from chronik.segment import prose


def test_key_events_box_links_to_its_posts_and_an_updated_note_stays_in_its_post() -> None:
    page = parse("lebanon_live_key_events")
    # the box: each stamp and headline again further down, over the post's text — links, not reports
    for n in range(page.no("Key events") + 1, page.no("Key events") + 5):
        assert page.holding(n).kind == "aside", n
    toll = page.of("Lebanon's health minister, Firass Abiad")
    assert page.holding(page.nos("15.20 BST")[1]) is toll and toll.time == "15:20"
    assert page.holding(page.nos("Lebanon's health ministry says")[1]) is toll
    # "Updated at" under the post: when it was changed, a part of it, not an update of its own
    assert page.of("Updated at 15.48 BST") is toll and "15.48" not in toll.text
    assert [u.time for u in page.reports] == ["16:10", "15:20", "13:40", "11:05"]


def test_a_quote_of_somebody_named_with_the_post_after_the_name_on_a_day_of_their_own_is_a_new_statement() -> None:
    above = "The truce agreed in Addis Ababa on 2 November held for most of the week."
    said = ("“We will not withdraw until the border is secured,” Isaias Afwerki, Eritrea’s president, said on "
            "November 9th, as he received the envoy.")
    assert prose.new_quoted_speaker(said, above)
    assert not prose.new_quoted_speaker(said, "Eritrea’s president Isaias Afwerki rejected the plan.")
    _, updates, _ = _lines(f"{above}\n\n{said}\n")
    assert [u.date for u in updates] == ["2023-11-02", "2023-11-09"]  # (the page is of 12 March 2024)


def test_a_situation_summary_s_paragraphs_are_one_summary_unless_one_names_its_own_day() -> None:
    text = ("Sahel Weekly: 4-10 March 2024\n\nSituation Summary\n\n"
            "Jihadist activity in central Mali stayed high last week, with most attacks around Djenné and Mopti.\n\n"
            "Most of the violence targeted herders moving cattle south, rather than army posts.\n\n"
            "On 8 March, the army announced a new operation around Boni.\n\n"
            "Incidents\n\nOn 5 March, militants attacked a convoy near Sévaré.\n\n"
            "Most of the attackers fled towards the river.\n")
    _, updates, _ = _lines(text)
    reports = [u for u in updates if u.kind != "aside"]
    assert reports[0].text.startswith("Jihadist activity") and "Most of the violence" in reports[0].text
    assert reports[1].text.startswith("On 8 March") and reports[1].date == "2024-03-08"


def test_an_encyclopedia_s_hatnote_points_away_and_reports_nothing() -> None:
    text = ("Timeline of the Tigray war\n\nFor the wider conflict, see Ethiopian civil conflict (2018–present).\n\n"
            "Not to be confused with the Eritrean–Ethiopian War.\n\n4 November\n\n"
            "Prime Minister Abiy Ahmed ordered a military offensive against the TPLF.\n")
    _, updates, _ = _lines(text)
    for start in ("For the wider conflict", "Not to be confused"):
        assert next(u for u in updates if u.text.startswith(start)).kind == "aside"
    assert [u.text[:20] for u in updates if u.kind != "aside"] == ["Prime Minister Abiy "]


def test_the_same_day_opens_a_new_act_on_the_day_above() -> None:
    text = ("Timeline of the siege of Mariupol\n\n"
            "On 9 March 2022, a Russian airstrike hit the maternity hospital in Mariupol.\n\n"
            "The same day, a humanitarian convoy turned back at Berdiansk after shelling on the route.\n\n"
            "The same official said the corridor would be tried again.\n")
    _, updates, _ = _lines(text)
    reports = [u for u in updates if u.kind != "aside"]
    assert [u.text[:16] for u in reports] == ["On 9 March 2022,", "The same day, a "]
    assert [u.date for u in reports] == ["2022-03-09", "2022-03-09"]
    assert "The same official said" in reports[1].text  # (the same person goes on: the same update)
