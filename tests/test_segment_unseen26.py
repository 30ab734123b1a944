"""Round twenty-six of page shapes, written for the shape rather than one outlet: furniture of reports copied out of
a PDF (a running header that carries its page's number, a bulletin's mailing-list footer), a cookie banner's
button, a newsletter's sponsored message, a series' note on how to subscribe, an institute's disclaimer on whose
views it gives, the publisher describing itself under the page, the terms of quoting an outlet, and a wire
dateline of a city in capitals with its region.

The pages are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest
from test_boilerplate import REPORT, run

PDF_REPORT = """
    Sudan: Situation Report No. 12
    As of 3 May 2024

    HIGHLIGHTS
    Fighting in El Fasher displaced a further 20,000 people between 28 April and 2 May, according to IOM.

    SITUATION OVERVIEW
    On 1 May, shelling hit the Abu Shouk camp north of El Fasher, killing six people, according to
    local health workers. The camp hosts more than 100,000 people who fled earlier fighting in North

    {footer}
    {head2}
    Darfur. Aid agencies have called for a humanitarian pause to reach the camp.
    On 2 May, a convoy of 14 trucks with food and medicine reached Tawila from Chad.

    {footer}
    {head3}
    Partners report that water supplies in the camps around El Fasher are running low.
"""


@pytest.mark.parametrize(("head2", "head3"), [
    ("Sudan: Situation Report No. 12 | 2", "Sudan: Situation Report No. 12 | 3"),
    ("2 | Humanitarian Bulletin Sudan", "3 | Humanitarian Bulletin Sudan"),
    ("Weekly Protection Update | Page 2", "Weekly Protection Update | Page 3"),
])
def test_a_running_header_with_its_page_number_is_furniture(head2: str, head3: str) -> None:
    page = PDF_REPORT.format(footer="Coordination Office for Humanitarian Affairs", head2=head2, head3=head3)
    updates, dropped = run(page)
    running = sorted(d.line for d in dropped if d.reason == "boilerplate: running header or footer")
    assert running == [11, 12, 16, 17]  # both headers, and the footer repeated over them
    assert all(ln not in running for u in updates for ln in u.lines)


def test_a_line_with_a_bar_and_a_number_once_is_kept() -> None:
    updates, dropped = run(f"{REPORT}\nCasualties this week | 14\n")
    assert not dropped and sorted(ln for u in updates for ln in u.lines) == [1, 2]


def test_table_rows_of_one_word_and_a_number_are_no_running_header() -> None:
    _, dropped = run(f"{REPORT}\nKilled | 14\nKilled | 21\n")
    assert not dropped


@pytest.mark.parametrize("line", [
    "To be added to or removed from the Sahel Weekly mailing list, please write to sahelweekly@example.org",
    "To be added or deleted from this Situation Report distribution list, please e-mail: reports@example.org",
    "If you wish to be removed from our mailing list, reply with UNSUBSCRIBE in the subject line.",
])
def test_a_bulletins_mailing_list_footer_is_furniture(line: str) -> None:
    updates, dropped = run(f"{REPORT}\n\n{line}\n")
    assert [d.line for d in dropped] == [3]
    assert [u.lines for u in updates] == [[1]]


def test_news_about_a_mailing_list_is_kept() -> None:
    line = "Hackers published the ruling party's mailing list with the home addresses of 3,000 members, police said."
    _, dropped = run(f"{line}\n")
    assert not dropped


@pytest.mark.parametrize("button", ["Got it!", "OK", "Accept and close"])
def test_the_button_under_a_cookie_notice_goes_with_it(button: str) -> None:
    updates, dropped = run(f"""
        We use cookies to give you the best experience on our site. Read our cookie policy.
        {button}
        {REPORT}
    """)
    assert [(d.line, d.reason) for d in dropped] == [(1, "boilerplate: cookie notice"),
                                                     (2, "boilerplate: cookie notice")]
    assert [u.lines for u in updates] == [[3]]


@pytest.mark.parametrize("label", ["SPONSORED", "Promoted", "From our sponsor:"])
def test_a_sponsors_message_under_its_label_goes_with_it(label: str) -> None:
    updates, dropped = run(f"""
        {REPORT}
        {label}
        Learn a language in 10 minutes a day with Example Lingo. Try it free for a month.
        Learn more →
        Thanks for reading
    """)
    assert sorted(d.line for d in dropped) == [2, 3, 4, 5]
    assert [u.lines for u in updates] == [[1]]


def test_a_paragraph_under_an_advertisement_slot_stays_news() -> None:
    updates, dropped = run(f"""
        {REPORT}
        Advertisement
        Rescue teams searched villages downstream for a second day, the emergency service said.
        Advertisement
    """)
    assert sorted(d.line for d in dropped) == [2, 4]
    assert [ln for u in updates for ln in u.lines] == [1, 3]


@pytest.mark.parametrize("line", [
    "To receive the Sahel Security Brief by email, please subscribe here.",
    "The Weekly Tracker follows the war in Sudan week by week. To get it every Monday, please subscribe.",
])
def test_a_series_note_on_how_to_subscribe_is_furniture(line: str) -> None:
    _, dropped = run(f"{REPORT}\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(2, "boilerplate: subscription appeal")]


@pytest.mark.parametrize("line", [
    "The views expressed in this commentary are the author's own and do not necessarily reflect those of the "
    "institute.",
    "The Example Institute takes no institutional positions. The opinions expressed in this publication are the "
    "responsibility of the author.",
])
def test_an_institutes_disclaimer_on_whose_views_is_furniture(line: str) -> None:
    _, dropped = run(f"{REPORT}\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(2, "boilerplate: disclaimer")]


@pytest.mark.parametrize(("publisher", "line"), [
    ("Radio Liberty Caucasus", "Radio Liberty Caucasus is a private, non-profit broadcaster funded by a grant from "
     "the US Congress."),
    ("Example House", "Example House, the Institute of Global Affairs, is an independent policy institute based "
     "in Geneva."),
    ("The Balkan Monitor", "The Balkan Monitor is the region's only bilingual weekly of record."),
])
def test_the_publisher_describing_itself_is_furniture(publisher: str, line: str) -> None:
    _, dropped = run(f"{REPORT}\n{line}\n", publisher=publisher)
    assert [(d.line, d.reason) for d in dropped] == [(2, "boilerplate: about the publisher")]


def test_another_body_described_in_the_news_is_kept() -> None:
    line = "The Kyiv School of Economics is a private university that tracks damage to infrastructure."
    _, dropped = run(f"{REPORT}\n{line}\n", publisher="Example Radio")
    assert not dropped


@pytest.mark.parametrize("line", [
    "Quoting our materials is allowed only with an active hyperlink to example.com.ua.",
    "Using any materials of the site is permitted with a direct link to the source placed in the first paragraph.",
])
def test_the_terms_of_quoting_the_outlet_are_furniture(line: str) -> None:
    _, dropped = run(f"{REPORT}\n{line}\n")
    assert [(d.line, d.reason) for d in dropped] == [(2, "boilerplate: licence notice")]


@pytest.mark.parametrize("dateline", ["DUHOK, Kurdistan Region (Rudaw Weekly) –", "MOGADISHU (Rudaw Weekly) -",
                                      "ADDIS ABABA, Ethiopia (Rudaw Weekly) –"])
def test_a_capital_city_dateline_before_the_outlets_name_is_no_self_promotion(dateline: str) -> None:
    lead = (f"{dateline} Government forces retook the town early on Tuesday after two days of fighting, residents "
            "said. Follow our live coverage below.")
    updates, dropped = run(f"{lead}\n", publisher="Rudaw Weekly")
    assert not dropped and updates[0].lines == [1]


# a report hard-wrapped at about 96 characters: line 3 ends its paragraph with room left for "The"; line 6 ends a
# sentence too, but "Humanitarian" would not have fit after it, so the wrap carries the paragraph on
WRAPPED = """
    Fighting between the two armies continued in and around the city during the week, with artillery
    fire reported in the eastern districts and air strikes on the northern outskirts, local monitors
    said. Markets in the centre stayed closed for a fourth day, and residents queued for bread.
    The Health Ministry reports that 41 people were killed and 160 injured in the city since Saturday,
    most of them in the eastern districts, where two hospitals have closed because of shelling damage
    and power cuts. Displacement-site managers said water trucks had reached three of nine sites.
    Humanitarian agencies said the main road south of the city had reopened to convoys on Thursday.
"""


def test_a_wrapped_sentence_whose_next_word_had_room_above_ends_its_paragraph() -> None:
    updates, _ = run(WRAPPED)
    assert [u.lines for u in updates] == [[1, 2, 3], [4, 5, 6, 7]]


def test_asked_about_a_long_matter_the_speaker_named_above_goes_on() -> None:
    said = ("Turkish Foreign Ministry spokesperson Oncu Keceli told reporters on Monday that Ankara would keep the "
            "straits closed to warships.")
    asked = ("Asked about Greek complaints over the patrol boats seen near the islands in the eastern Aegean last "
             "week, Keceli said the boats had stayed in international waters.")
    updates, _ = run(f"{said}\n{asked}\n")
    assert [u.lines for u in updates] == [[1, 2]]
