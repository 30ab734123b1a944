"""Dates a page's own text establishes for the items after them: the year of a timeline saved long after its events,
the day an anaphor ("Later that day", "The next day") carries over from the item before, the clock a timeline's item
opens with under its day's heading, a weekday with a slashed day and month ("Tue 3/12"), and an aftermath's days
after the last heading of a timeline."""

from __future__ import annotations

import datetime as dt

from chronik.dates import resolve
from chronik.dates.clock import opening_clock
from tests.test_dates_in_pages import of, parse

# a timeline of the battle of Ilovaisk, saved nine years later: its day headings name no year
ILOVAISK_TIMELINE = """
    Timeline of the battle of Ilovaisk

    This article lists the events of the battle of Ilovaisk, fought in August 2014 in the Donetsk region.

    Background

    On 7 August 2014, Ukrainian volunteer battalions were ordered to take the town.

    Later that day, the Donbas battalion reported heavy fire on its positions near the railway station.

    Between 10 and 12 August, the battalions gathered at a camp south of the town.

    18 August

    At 06:15, the battalions entered the southern suburbs of Ilovaisk.

    Around 4 p.m. local time, separatist forces counterattacked from the town centre.

    The volunteers' mortars shelled the railway depot at 21:40, a battalion spokesman said.

    At around 02:00 on 19 August, the Azov battalion pulled back to its start line.

    By 05:30, the Dnipro-1 battalion had reached the school.

    24–29 August

    On 24 August, Russian regular units crossed the border near Amvrosiivka.

    The following day, Russian and separatist forces closed the ring around the Ukrainian units south of the town.

    Aftermath

    Kyiv and the separatists agreed a prisoner exchange on 31 August, and the last units left the pocket on 1 September.

    On 5 September, the Minsk Protocol was signed.

    See also

    Battles of the war in Donbas

    This page was last edited on 12 March 2023, at 09:14 (UTC).
"""


def test_yearless_day_headings_take_the_year_the_timeline_writes_above_them() -> None:
    updates = parse(ILOVAISK_TIMELINE, "2023-03-12", tz="Europe/Kyiv")
    assert of(updates, "18 August").date == "2014-08-18"
    assert of(updates, "24–29 August").date == "2014-08-24"
    assert of(updates, "On 24 August").date == "2014-08-24"


def test_yearless_item_after_a_full_date_takes_its_year() -> None:
    updates = parse(ILOVAISK_TIMELINE, "2023-03-12", tz="Europe/Kyiv")
    between = of(updates, "Between 10 and 12 August")
    assert (between.date, between.date_end) == ("2014-08-10", "2014-08-12")


def test_a_live_page_keeps_its_days_whatever_old_date_it_mentions() -> None:
    live = """
        Monday 15 January

        Russia's full-scale invasion began on 24 February 2022, and the front has barely moved since the autumn.

        Tuesday 16 January

        Drones struck an oil depot in the Bryansk region overnight, the governor said.
    """
    updates = parse(live, "2024-01-16", tz="Europe/Kyiv")
    assert of(updates, "Tuesday 16 January").date == "2024-01-16"
    assert of(updates, "Drones struck").date == "2024-01-16"


def test_anaphors_carry_the_day_of_the_item_before() -> None:
    updates = parse(ILOVAISK_TIMELINE, "2023-03-12", tz="Europe/Kyiv")
    assert of(updates, "Later that day").date == "2014-08-07"
    assert of(updates, "The following day").date == "2014-08-25"


def test_anaphors_in_a_weekly_digest() -> None:
    digest = """
        Sahel weekly: 3-9 June 2024

        Mali

        On 4 June, jihadists attacked a convoy near Boni, killing six soldiers.

        The next day, the army said it had killed 20 attackers in air strikes near Douentza.

        In a statement on 6 June, the transitional government denied reports of a mutiny in Kati.

        Governor Abass Dembélé visited the wounded in Mopti hospital that evening.

        Two days later, on 9 June, a bus hit an explosive device on the Bandiagara road.
    """
    updates = parse(digest, "2024-06-11", tz="Africa/Bamako")
    assert of(updates, "The next day").date == "2024-06-05"
    assert of(updates, "Governor Abass").date == "2024-06-06"
    assert of(updates, "Two days later").date == "2024-06-09"  # the day it writes out, not two days after 6 June


def test_an_item_opening_with_a_clock_under_its_day_heading_takes_it_as_its_time() -> None:
    updates = parse(ILOVAISK_TIMELINE, "2023-03-12", tz="Europe/Kyiv")
    assert (of(updates, "At 06:15").date, of(updates, "At 06:15").time) == ("2014-08-18", "06:15")
    assert of(updates, "Around 4 p.m.").time == "16:00"
    assert of(updates, "The volunteers' mortars").time == "21:40"  # said with the main verb
    early = of(updates, "At around 02:00 on 19 August")
    assert (early.date, early.time) == ("2014-08-19", "02:00")
    assert of(updates, "By 05:30").time is None  # a deadline, not when it happened


def test_opening_clock_words() -> None:
    assert opening_clock("At about 9 p.m. the convoy left") == ("21:00", "At about 9 p.m.")
    assert opening_clock("Shortly after 07:40, sirens sounded") == ("07:40", "Shortly after 07:40")
    assert opening_clock("At 14 checkpoints, troops ...") is None
    assert opening_clock("From 10:00, the road was closed") is None


def test_a_timeline_runs_on_past_its_last_heading() -> None:
    updates = parse(ILOVAISK_TIMELINE, "2023-03-12", tz="Europe/Kyiv")
    assert of(updates, "Kyiv and the separatists").date == "2014-08-31"
    assert of(updates, "On 5 September").date == "2014-09-05"
    assert not of(updates, "On 5 September").flags


def test_a_weekday_tells_how_a_slashed_day_without_year_reads() -> None:
    assert resolve("Tue 3/12", __import__("datetime").date(2024, 3, 15)).value == "2024-03-12"
    assert resolve("Wednesday 13/3", __import__("datetime").date(2024, 3, 15)).value == "2024-03-13"
    roundup = """
        WEEKLY BRIEFING | March 15, 2024

        Mon 3/11

        Rebels shelled the airport road in Khartoum North, residents said.

        Thu 3/14

        The army said it had retaken the state broadcaster's building in Omdurman.
    """
    updates = parse(roundup, "2024-03-15")
    assert of(updates, "Rebels shelled").date == "2024-03-11"
    assert of(updates, "The army said").date == "2024-03-14"


def test_a_clock_the_sentence_opening_with_its_day_says_with_its_verb() -> None:
    article = """
        Artillery on the left bank of the Dnipro usually opens fire at first light. On 3 March it began at around 6am.
    """
    update = of(parse(article, "2024-03-04", tz="Europe/Kyiv"), "Artillery on the left bank")
    assert (update.date, update.time) == ("2024-03-03", "06:00")


def test_the_clock_an_act_began_at_right_after_its_day() -> None:
    communique = """
        COMMUNIQUE OF THE GENERAL STAFF OF THE ARMED FORCES

        On Tuesday 9 January 2024, from 05h30, armed terrorist groups attacked the positions of the army in Djibo.

        On Wednesday 10 January 2024, at 11h15, the air force struck a column of motorbikes north of the town.
    """
    updates = parse(communique, "2024-01-11", tz="Africa/Ouagadougou")
    assert (of(updates, "On Tuesday").date, of(updates, "On Tuesday").time) == ("2024-01-09", "05:30")
    assert of(updates, "On Wednesday").time == "11:15"


def test_a_count_of_days_after_a_named_event_gives_no_day_of_its_own() -> None:
    # "five days after a military coup": counted from the coup, which the text does not date; the story's day stands
    story = """
        LIMASSOL, July 20 - Troops landed on the southern coast at dawn today, five days after a military coup in the
        capital.

        Two days after the first landing, the navy shelled the harbour.

        The army sealed the harbour road. Three days later, the last ferry left.
    """
    updates = parse(story, "1974-07-20", tz="Asia/Nicosia")
    assert of(updates, "LIMASSOL").date == "1974-07-20"
    assert of(updates, "Two days after").date == "1974-07-20"
    assert resolve("five days after", dt.date(1974, 7, 20)).value == "1974-07-25"  # on its own: after the anchor
