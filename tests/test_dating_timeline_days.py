"""A timeline whose items lead with their day as a label ("Day 3 (June 15): ...", "14 March – ...") tells each day's
further news in the paragraphs after the item, naming no day again: those take the day of the item above, not the
day the page came out. An article's paragraphs that open with a day in a sentence ("On 20 March, the mission ...")
make no timeline: the paragraph after one that names no day is still the page's. And "overnight" in a story is the
night into the morning it came out. Examples from other wars."""

from __future__ import annotations

import datetime as dt

from chronik.config import Epoch
from tests.page_cases import of, parse_page

RECAP = """
    How the Tigray war's first week unfolded

    Here is how the fighting unfolded, day by day:

    Day 1 (Nov. 4): Federal troops move into Tigray after an attack on a northern army base, the government says.

    Day 2 (Nov. 5): Air strikes hit targets around Mekelle, the regional capital.

    Day 3 (Nov. 6): Tigray's leaders say their forces shot down a federal fighter jet.

    Phone and internet lines to the region stay cut, aid groups say.

    Day 4 (Nov. 7): Parliament votes to replace the Tigray regional government.

    Analysts warn that the conflict could draw in neighbouring Eritrea.
"""


def test_a_timeline_s_next_paragraph_tells_the_day_of_the_item_above() -> None:
    epochs = (Epoch("Tigray war", dt.date(2020, 11, 4), None),)
    updates = parse_page(RECAP, dt.date(2020, 11, 12), "Africa/Addis_Ababa",
                         title="How the Tigray war's first week unfolded", epochs=epochs)
    assert of(updates, "Day 3 (Nov. 6)").date == "2020-11-06"
    assert of(updates, "Phone and internet lines").date == "2020-11-06"
    assert of(updates, "Analysts warn").date == "2020-11-07"


REPORT = """
    Report of the Secretary-General on the situation in the Sahel

    On 20 March, the mission recorded an attack on a convoy near Gao.

    On 24 March, armed men attacked a market in Ménaka, killing 12 civilians.

    On 28 March, the mission's patrol came under fire near Tessalit.

    The Secretary-General remains deeply concerned by the security situation in the region.
"""


def test_a_report_s_paragraphs_opening_with_their_day_make_no_timeline() -> None:
    updates = parse_page(REPORT, dt.date(2024, 4, 16), "Africa/Bamako",
                         title="Report of the Secretary-General on the situation in the Sahel")
    assert of(updates, "On 28 March").date == "2024-03-28"
    assert of(updates, "The Secretary-General remains").date == "2024-04-16"


STORY = """
    Drones strike Odesa port as talks stall

    KYIV: Russia launched 40 drones at Odesa overnight, damaging grain silos at the port, the regional governor said.

    The foreign ministry said on Monday that talks on a maritime truce had stalled.

    Late last night, air defences downed two missiles over Kyiv, the city administration said.

    Overnight (~21:30 UTC, 2 June): sirens sounded in Kharkiv as drones approached, officials said.
"""


def test_overnight_in_a_story_is_the_night_into_the_day_it_came_out() -> None:
    """"Overnight" in a story published that morning (Tuesday 3 June) is the night into that morning, as under that
    morning's heading; "last night" is the evening before; a night its text names by its day is that day's."""
    updates = parse_page(STORY, dt.date(2025, 6, 3), "Europe/Kyiv", title="Drones strike Odesa port as talks stall")
    assert of(updates, "KYIV: Russia launched 40 drones").date == "2025-06-03"
    assert of(updates, "Late last night").date == "2025-06-02"
    assert of(updates, "Overnight (~21:30 UTC, 2 June)").date == "2025-06-02"


FACTBOX = """
    Factbox: Key events in the Sahel's war

    June 12, 2023 - The UN Security Council ends its peacekeeping mission in Mali.

    Nov. 14, 2023 - The army retakes Kidal from Tuareg rebels.

    Dec. 20, 2023 - The junta expels the last French diplomats.

    Jan. 25 - Mali leaves the Algiers peace accord.

    Feb. 3 - The army says it has repelled an attack near Gao.
"""


def test_a_factbox_runs_on_into_the_next_year() -> None:
    """A yearless day after "Dec. 20, 2023 - ..." in a list told in order is the January after it (2024, the page's
    year), not the January before it."""
    updates = parse_page(FACTBOX, dt.date(2024, 2, 10), "Africa/Bamako", title="Factbox: Key events in the Sahel's war")
    assert of(updates, "Dec. 20, 2023").date == "2023-12-20"
    assert of(updates, "Jan. 25").date == "2024-01-25"
    assert of(updates, "Feb. 3").date == "2024-02-03"
