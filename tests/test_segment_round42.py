"""Round 42 of the segmenter: reports and legal documents, each rule with examples of other NGOs, courts and wars than
the blind pages that showed them (``run`` is the one-page parser of ``tests/test_boilerplate.py``, whose pages are
dated 6 June 2023)."""

from __future__ import annotations

import pytest
from test_boilerplate import run


@pytest.mark.parametrize("cover", [
    ["Ukraine", "June 6, 2023"],
    ["EUROPEAN COURT OF HUMAN RIGHTS", "6 June", "6 June 2023"],
    ["Report of the Independent International Commission of Inquiry on Ukraine", "6 June 2023"],
])
def test_a_document_s_cover_date_over_its_text_is_its_dateline_not_a_day_its_paragraphs_are_flagged_against(
        cover: list[str]) -> None:
    lines = [*cover,
             "Unlawful Attacks on Civilians in the Chernihiv Region",
             "1. On 3 March 2022, a Russian airstrike hit a residential block on Chornovola Street in Chernihiv, "
             "killing 47 civilians.[12]",
             "2. On 10 July 2022, the Ukrainian Government lodged an application concerning the attack.[13]"]
    updates, _ = run("\n".join(lines))
    dated = {u.lines[0]: (u.date, u.date_basis) for u in updates if u.kind == "update"}
    n = len(cover)
    assert dated == {n + 2: ("2022-03-03", "explicit"), n + 3: ("2022-07-10", "explicit")}
    assert all(not u.flags for u in updates if u.kind == "update")
    assert all(u.kind == "aside" for u in updates if u.lines[0] <= n)


def test_a_date_heading_over_the_day_s_paragraphs_below_the_first_one_still_heads_a_section() -> None:
    updates, _ = run("""
        The governor of Kherson said shelling continued along the Dnipro river on Monday.
        June 6, 2023
        Russian forces shelled the centre of Kherson, the regional military administration said.
    """)
    assert [(u.lines, u.date, u.date_basis) for u in updates if u.kind == "update"][-1] == (
        [3], "2023-06-06", "heading")


@pytest.mark.parametrize(("sentence", "day"), [
    ("A missile struck a school in the Kholodnohirskyi district on June 20, the Commission found.", "2022-06-20"),
    ("Witnesses said the bridge at Zatoka was hit again on June 14.", "2022-06-14"),
])
def test_a_day_without_its_year_after_the_page_s_date_in_a_report_on_a_past_year_is_that_year_s(
        sentence: str, day: str) -> None:
    updates, _ = run(f"""
        Report of the Independent International Commission of Inquiry on Ukraine
        June 6, 2023
        II. Attacks on Kharkiv and Odesa, May-June 2022
        On June 2, 2022, Russian forces shelled the centre of Kharkiv, killing four civilians.
        {sentence}
    """)
    assert [u.date for u in updates if u.kind == "update"] == ["2022-06-02", day]


def test_a_day_without_its_year_before_the_page_s_date_stays_in_the_page_s_year() -> None:
    updates, _ = run("""
        Report of the Independent International Commission of Inquiry on Ukraine
        June 6, 2023
        On June 2, 2022, Russian forces shelled the centre of Kharkiv, killing four civilians.
        The Commission met the Ukrainian Prosecutor General in Kyiv on May 30.
    """)
    assert [u.date for u in updates if u.kind == "update"] == ["2022-06-02", "2023-05-30"]


def test_a_timeline_item_led_by_a_month_with_its_year_is_dated_by_that_month() -> None:
    updates, _ = run("""
        Here is a timeline of Yemen's war:
        September 21, 2014 - Houthi fighters seize the capital Sanaa.
        March 2015 - A Saudi-led coalition launches air strikes against the Houthis.
        Mid-December 2018: The warring parties agree a ceasefire for the port of Hodeidah at talks in Sweden.
        April 2, 2022 - A U.N.-brokered truce takes effect.
    """)
    dated = [(u.lines, u.date, u.date_end) for u in updates if u.kind == "update"]
    assert dated == [([2], "2014-09-21", None), ([3], "2015-03-01", "2015-03-31"),
                     ([4], "2018-12-11", "2018-12-20"), ([5], "2022-04-02", None)]


@pytest.mark.parametrize("lead", ["Spring 2015 - Coalition air strikes intensify across the north.",
                                  "2015 - Coalition air strikes intensify across the north."])
def test_a_season_or_a_year_leading_an_item_dates_nothing(lead: str) -> None:
    updates, _ = run(f"""
        September 21, 2014 - Houthi fighters seize the capital Sanaa.
        {lead}
    """)
    assert [u.date for u in updates if u.kind != "aside"][-1] != "2015-03-01"


@pytest.mark.parametrize("number", ["- 4 -", "– 12 –", "— 7 —"])
def test_a_printed_page_s_number_between_dashes_is_furniture(number: str) -> None:
    updates, dropped = run(f"""
        31. On 2 May 2023, the Prosecutor filed a request for arrest warrants with Pre-Trial Chamber II.
        {number}
        32. On 17 May 2023, the Chamber issued the warrants under seal.
    """)
    assert [(d.line, d.reason) for d in dropped] == [(2, "boilerplate: pagination")]
    assert [u.date for u in updates] == ["2023-05-02", "2023-05-17"]


def test_a_report_s_endnotes_numbered_as_the_marks_in_its_text_date_nothing() -> None:
    updates, dropped = run("""
        On April 3, 2022, Russian forces withdrew from Bucha, residents told Amnesty International.[12]
        On April 4, 2022, the bodies of at least 20 men were found on Yablunska Street, a local official said.[13]
        [12] Amnesty International interviews with residents of Bucha, Kyiv, April 10–14, 2022.
        [13] Amnesty International interview with a municipal official (name withheld), Bucha, April 12, 2022.
    """)
    assert [d.line for d in dropped] == [3, 4]
    assert [(u.lines, u.date) for u in updates] == [([1], "2022-04-03"), ([2], "2022-04-04")]


def test_a_judgment_s_footnote_under_the_paragraph_with_its_number_glued_to_a_word_is_no_paragraph() -> None:
    updates, dropped = run("""
        41. On 30 September 2022, the President of the Russian Federation signed decrees purporting to annex four
        regions of Ukraine2.
        2 Decrees of the President of the Russian Federation Nos. 685-688, 30 September 2022.
        42. On 12 October 2022, the General Assembly adopted resolution ES-11/4 by 143 votes to five.
    """.replace("four\n        regions", "four regions"))
    assert [d.line for d in dropped] == [2]
    assert [(u.lines, u.date) for u in updates] == [([1], "2022-09-30"), ([3], "2022-10-12")]


def test_a_line_opening_with_a_number_no_mark_above_carries_stays() -> None:
    updates, dropped = run("""
        The regional governor said Russian shelling had hit Kherson overnight, killing 2 people.
        3 Ukrainian soldiers were wounded near Robotyne, the General Staff said.
    """)
    assert not dropped
    assert [u.lines for u in updates] == [[1], [2]]


def test_a_day_heading_numbered_as_a_mark_above_is_no_note() -> None:
    updates, dropped = run("""
        8 October[edit]
        Hezbollah fired rockets and shells at three Israeli positions in the Shebaa Farms.[9]
        9 October[edit]
        Defense Minister Yoav Gallant ordered a complete siege of the Gaza Strip.[10]
    """)
    assert not dropped
    assert [(u.lines, u.date) for u in updates if u.kind == "update"] == [([2], "2023-10-08"), ([4], "2023-10-09")]


def test_a_site_header_s_day_over_a_story_with_its_own_dateline_is_its_date_bar() -> None:
    """The site's date bar over the story heads no section: the story's own dateline dates it, and a paragraph naming
    the day of what it reports ("hit ... on Monday evening") takes that day, as the sets' gold dates reported events
    (76 holdout sets: dating such a clause by the page instead loses 28 dates)."""
    updates, _ = run("""
        Tuesday, 06 June 2023
        Dam destroyed at Nova Kakhovka, flooding feared downstream
        Tuesday, 06 June 2023 09:12
        The Nova Kakhovka dam was blown up overnight, Ukraine's southern command said, blaming Russian forces.
        Russian-installed officials said the dam had been hit by Ukrainian shelling on Monday evening.
    """)
    assert [(u.lines, u.date) for u in updates if u.kind == "update"][-2:] == [([4], "2023-06-06"), ([5], "2023-06-05")]
    assert updates[0].kind == "aside"


def test_a_signed_document_s_signatures_and_the_offices_under_them_are_furniture() -> None:
    updates, dropped = run("""
        12. On 5 May 2023, the Chamber rejected the Defence's request for leave to appeal.
        (Signed) Judge Rosario Salvatore Aitala,
        Presiding Judge.
        (Sgd.) Peter Lewis
        Registrar
        (Initialled) R.S.A.
    """)
    assert [(d.line, d.reason) for d in dropped] == [(k, "boilerplate: signature") for k in range(2, 7)]
    assert [u.lines for u in updates] == [[1]]
