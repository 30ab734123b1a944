"""Digests whose sections are not one story each: a daily digest ("Key developments on Tuesday, February 13:", its
bullets, then paragraphs, then short headed sections "Truce talks resume in Cairo" over a few paragraphs of their
own), whose headings name the section and glue nothing; and a newsletter mailed as a week of day headings ("Mon
5/13" ... "Fri 5/17", a line or two under each) followed by its other sections ("ANALYSIS", "WORTH READING"), where
the first label after the days closes the last day: what follows is not that day's news. And two pieces of a story's
or a communiqué's furniture: a broadcaster's photo captions, and the signature under a communiqué's place and day."""

from __future__ import annotations

import datetime as dt

from test_segment_property import unaccounted
from test_segment_unseen import PAGES, Page

from chronik.config import Config, Source
from chronik.ingest import read_document
from chronik.segment import segment


def _parse(name: str, published: dt.date, zone: str) -> Page:
    path = PAGES / f"{name}.txt"
    source = Source(id=name, file=path.name, path=path, publisher="Digest", published=published, timezone=zone)
    config = Config(root=PAGES, path=PAGES / "config.yaml", title="t", epochs=(), sources=(source,))
    doc = read_document(name, path)
    updates, dropped = segment(doc, source, config)
    assert unaccounted(doc, updates, dropped) == []
    return Page(doc, updates, dropped)


def test_a_daily_digest_s_section_headings_name_their_sections_and_glue_no_paragraphs() -> None:
    page = _parse("gaza_daily_digest_sections", dt.date(2024, 2, 13), "Asia/Gaza")
    for heading in ("Truce talks resume in Cairo", "Aid deliveries fall by half"):
        assert page.holding(page.nos(heading)[-1]).kind == "aside", heading  # (the first is the bullet)
    # each paragraph under a heading is a report of its own, as the paragraphs above the first heading are
    starts = ("Negotiators from the United States", "An Israeli delegation led by", "Hamas official Osama Hamdan",
              "The number of aid trucks")
    reports = [page.of(s) for s in starts]
    assert len({id(u) for u in reports}) == len(starts)
    assert all(u.kind != "aside" and u.title is None and u.date == "2024-02-13" for u in reports)
    assert page.of("Israeli air strikes hit several homes").title is None
    page.not_reported("Key developments on Tuesday", "Read also:", "Note from the editor:")


def test_a_label_after_a_newsletter_s_run_of_day_headings_closes_the_last_day() -> None:
    page = _parse("sudan_week_newsletter_email", dt.date(2024, 5, 17), "Africa/Khartoum")
    days = [("The Rapid Support Forces shelled", "2024-05-13"), ("The army said its aircraft", "2024-05-14"),
            ("The UN envoy Ramtane Lamamra", "2024-05-15"), ("Fuel prices in Port Sudan", "2024-05-17")]
    for start, day in days:
        assert page.of(start).date == day, start
    assert page.of("ANALYSIS").kind == "aside"
    # under "ANALYSIS" the day heading above dates nothing: an item is dated by its own words or by the page
    looked_back, at_the_time = page.of("Last Friday, May 10,"), page.of("The RSF said at the time")
    assert looked_back is not at_the_time and looked_back.date == "2024-05-10"
    assert "Fri 5/17" not in looked_back.why and "Fri 5/17" not in at_the_time.why
    assert at_the_time.date_basis != "heading"
    page.not_reported("WORTH READING", "Inside the siege:", "By Sudan Watch | May 15, 2024")



def test_a_broadcaster_s_photo_captions_are_asides_and_a_speaker_named_again_after_where_he_spoke_goes_on() -> None:
    """Captions written country first and the photo's day last ("Georgia - Residents look at ..., March 5, 2024.")
    show a photo, they report nothing; "Speaking to reporters in Tbilisi, Kobakhidze said ..." carries on the statement
    of the prime minister named in full above."""
    page = _parse("rferl_style_story_captions", dt.date(2024, 3, 5), "Asia/Tbilisi")
    for caption in ("Georgia - Residents look at a new fence", "Georgia - A farmer stands next to"):
        assert page.of(caption).kind == "aside", caption
    statement = page.of("Prime Minister Irakli Kobakhidze said on Tuesday")
    assert page.of("Speaking to reporters in Tbilisi, Kobakhidze") is statement
    assert page.of('"We will not allow provocations') is statement
    assert page.of("The European Union Monitoring Mission said on Monday") is not statement
    assert page.of("Residents said the markers were moved").kind != "aside"


def test_a_communique_s_signature_under_its_place_and_day_is_an_aside() -> None:
    """"Niamey, 14 May 2024" / "The Minister of Defence, Spokesperson of the Armed Forces," / the name: who signs the
    communiqué, not one of its statements."""
    page = _parse("ministry_communique_signature", dt.date(2024, 5, 14), "Africa/Niamey")
    page.not_reported("Niamey, 14 May 2024", "The Minister of Defence, Spokesperson", "General Salifou MODY")
    assert page.of("The Ministry invites the populations").kind != "aside"


def test_a_report_s_box_of_trends_sums_it_up_its_items_are_asides() -> None:
    page = _parse("sahel_weekly_overview_trends", dt.date(2024, 3, 13), "Africa/Ouagadougou")
    page.not_reported("Key trends", "• Attacks on civilians in Burkina Faso rose", "• In Mali, drone strikes by")
    for start, day in (("On 4 March, JNIM fighters", "2024-03-04"), ("On Wednesday, 6 March", "2024-03-06"),
                       ("On 7 March, a drone strike", "2024-03-07")):
        assert (page.of(start).kind, page.of(start).date) == ("update", day), start
