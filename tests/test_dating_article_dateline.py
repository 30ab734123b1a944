"""An article's own date line is its dateline, not a day heading: a feature's title, its dek, its byline (a name and
the writer's role, lines the classifier may take for labels) and the one date of the page, the day it was published,
then the story. The paragraphs under it are dated as a story's are, each by the day it names, not all by that date
line with their own days flagged as conflicts. A digest's day under its intro, with no byline between, still heads
the items of that day."""

from __future__ import annotations

import datetime as dt

from tests.page_cases import parse_page
from tests.test_dates_in_pages import of, parse

YEMEN_FEATURE = """
    Analysis

    Hodeidah's port workers count the cost of a year of strikes

    Dockers and customs officers describe a harbour that works at half its speed, and the ships that no longer call.

    Salma al-Harazi

    Contributing reporter in Sanaa

    14 March 2024

    HODEIDAH, Yemen

    On 2 February, air strikes hit the container terminal's cranes, dock workers said.

    The port authority said on 19 February that two berths had reopened after repairs.

    Traders say fuel ships now wait for weeks off the coast before they are allowed in.

    On 9 March, the UN inspection mission reported that clearances had fallen by a third since January.
"""


YEMEN_TITLE = "Hodeidah's port workers count the cost of a year of strikes"


def _yemen(text: str = YEMEN_FEATURE) -> list:
    return parse_page(text, dt.date(2024, 3, 14), "Asia/Aden", title=YEMEN_TITLE)


def test_a_feature_date_under_its_byline_does_not_overrule_the_days_its_paragraphs_name() -> None:
    updates = _yemen()
    strikes = of(updates, "On 2 February, air strikes")
    assert (strikes.date, strikes.date_basis) == ("2024-02-02", "explicit")
    assert "date-conflict" not in strikes.flags
    assert of(updates, "The port authority said on 19 February").date == "2024-02-19"
    assert of(updates, "On 9 March, the UN inspection").date == "2024-03-09"


def test_an_undated_paragraph_of_the_feature_takes_the_publication_date_and_the_date_line_is_an_aside() -> None:
    updates = _yemen()
    traders = of(updates, "Traders say fuel ships")
    assert (traders.date, traders.date_basis) == ("2024-03-14", "publication")
    assert of(updates, "14 March 2024").kind == "aside"
    assert of(updates, "Dockers and customs officers").kind == "aside"  # the dek over the byline


DONBAS_REPORT = """
    Inside Pokrovsk, a mining town emptied by the front line

    Miners who stayed behind say the shelling reaches the pit heads every night, and the last buses have gone.

    Oleksandr Hrytsenko

    Senior correspondent, eastern Ukraine

    Share

    August 30, 2024

    The regional governor ordered families with children to leave the town on August 19, as Russian troops advanced \
to within ten kilometres.

    The coal company said on August 26 that it had stopped work at one of its shafts.

    Volunteers still drive food into the town, they told us.
"""


def test_a_report_with_a_share_button_under_its_byline_dates_its_paragraphs_by_their_own_days() -> None:
    updates = parse(DONBAS_REPORT, "2024-08-30", tz="Europe/Kyiv")
    order = of(updates, "The regional governor ordered families")
    assert order.date == "2024-08-19"
    assert "date-conflict" not in order.flags
    assert of(updates, "The coal company said on August 26").date == "2024-08-26"


DIGEST_UNDER_INTRO = """
    Sahel security roundup

    Fighting spread across the north of the country as the rainy season began, aid groups said.

    15 August 2023

    Gunmen attacked an army post near Djibo, the army said.

    On 13 August, a convoy was ambushed on the road to Kaya, local officials said.
"""


def test_a_day_right_under_an_intro_paragraph_still_heads_a_digest_s_items() -> None:
    updates = parse(DIGEST_UNDER_INTRO, "2023-08-15", tz="Africa/Ouagadougou")
    attack = of(updates, "Gunmen attacked an army post")
    assert (attack.date, attack.date_basis) == ("2023-08-15", "heading")


FEATURE_DATED_LATER = YEMEN_FEATURE.replace("14 March 2024", "3 March 2024")


def test_a_date_line_on_another_day_than_the_publication_is_left_as_it_was() -> None:
    updates = _yemen(FEATURE_DATED_LATER)
    traders = of(updates, "Traders say fuel ships")
    assert (traders.date, traders.date_basis) == ("2024-03-03", "heading")


BRIEFS = """
    Home
    Nigeria
    Politics
    Opinion
    Sport
    Metro
    News in brief
    NAN
    June 3, 2024
    Facebook
    Twitter
    Whatsapp

    ABUJA (NAN): The defence headquarters on Sunday said troops had killed 14 insurgents in clashes near Gwoza.

    MAIDUGURI (NAN): The Borno State governor on Saturday announced relief for families displaced from Bama.

    KANO (NAN): Residents of Kano began returning to the market on Sunday after the curfew was lifted, police said.

    About Us
    Contact Us
    Privacy Policy
"""


def test_a_title_among_the_menu_lines_is_kept_and_its_date_line_dates_no_brief() -> None:
    """A column's title in a run of short lines (menus above it, the agency's name and the share buttons below) is
    the page's, not a menu's: it is kept as the title, the date under it is the page's dateline, and each brief is
    dated by the day it names ("on Sunday" in the column of Monday 3 June is 2 June), not all by that date line."""
    updates = parse_page(BRIEFS, dt.date(2024, 6, 3), "Africa/Lagos", title="News in brief")
    assert of(updates, "News in brief").kind == "aside"
    assert of(updates, "ABUJA (NAN)").date == "2024-06-02"
    assert of(updates, "MAIDUGURI (NAN)").date == "2024-06-01"
    assert of(updates, "KANO (NAN)").date == "2024-06-02"
