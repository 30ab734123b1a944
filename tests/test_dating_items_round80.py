"""Dates and times of items in lists: a thread's numbered edit notes that carry their clock ("EDIT 3 (14:05 UTC):
...", "Update #2 [22:40]: ...") are updates stamped by that clock, on the thread's day, the next day once the clocks
run back past midnight; a clock marked approximate ("~21:30 GMT: ...") stamps its post as well. The pages are written
for this test (a Sudan forum thread, a Gaza live thread), not taken from the seeds or the holdout sets."""

from __future__ import annotations

import datetime as dt

from test_dating_acts import of, parse

from chronik.segment.timestamps import find_stamp

SUDAN_THREAD = "\n".join((
    "Sudan: fighting in Khartoum - running thread (15 April)",
    "This post will be updated as news comes in. All times GMT.",
    "EDIT 1 (09:10 GMT): Heavy gunfire reported around the army headquarters and the presidential palace.",
    "EDIT 2 (11:45 GMT): The RSF says it has taken control of the airport in Khartoum.",
    "~13:20 GMT: The army says its aircraft are striking RSF bases in Omdurman.",
    "Update 4 (16:05 GMT): The UN envoy calls for an immediate halt to the fighting.",
))

GAZA_THREAD = "\n".join((
    "Live thread: ceasefire talks in Cairo",
    "Update #1 [21:40]: Egyptian officials say a delegation has arrived for talks.",
    "Update #2 [23:15]: A Hamas official says the group is studying the latest proposal.",
    "Update #3 [01:30]: Israeli media report that the cabinet will meet in the morning.",
    "Update #4 [06:50]: The Israeli army says sirens sounded in communities near the border.",
))


def test_numbered_edit_notes_with_their_clock_stamp_their_updates() -> None:
    updates = parse(SUDAN_THREAD, "2023-04-15")
    gunfire, airport, strikes, envoy = (of(updates, s) for s in (
        "Heavy gunfire", "The RSF says", "The army says its aircraft", "The UN envoy"))
    assert (gunfire.date, gunfire.time, gunfire.date_basis) == ("2023-04-15", "09:10", "timestamp")
    assert (airport.date, airport.time) == ("2023-04-15", "11:45")
    assert (strikes.date, strikes.time) == ("2023-04-15", "13:20")  # the approximate clock stamps it too
    assert (envoy.date, envoy.time) == ("2023-04-15", "16:05")
    assert not gunfire.text.startswith("EDIT")


def test_numbered_clocks_running_back_past_midnight_are_the_next_day() -> None:
    updates = parse(GAZA_THREAD, "2024-05-04")
    times = [(of(updates, s).time) for s in ("Egyptian officials", "A Hamas official", "Israeli media",
                                              "The Israeli army")]
    assert times == ["21:40", "23:15", "01:30", "06:50"]
    evening, night = (dt.date.fromisoformat(str(of(updates, s).date)) for s in ("Egyptian officials",
                                                                                  "Israeli media"))
    assert night - evening == dt.timedelta(days=1)


def test_a_numbered_note_without_a_clock_is_no_stamp() -> None:
    assert find_stamp("Update 3: Kadyrov says Chechen units are moving north.") is None
    assert find_stamp("EDIT 2 (see below): the link is fixed.") is None
    assert find_stamp("Edit 12 people were reported missing after the strike.") is None
    stamp = find_stamp("EDIT 7 (14:32 UTC): The ministry confirmed the talks.")
    assert stamp is not None and (stamp.time, stamp.zone, stamp.body) == ("14:32", "UTC", "The ministry confirmed the "
                                                                                              "talks.")


# a regional outlet's list of stories, each its title over the date line it was posted on and its text (2024: 4 May
# is a Saturday)
SAHEL_LIST = "\n".join((
    "Sahel Monitor",
    "Latest",
    "Army repels attack on Djibo base",
    "May 4, 2024 | Sahel Monitor",
    "OUAGADOUGOU (Sahel Monitor) - The army says it repelled an assault by jihadist fighters on its base in Djibo,"
    " Soum province, on Thursday, killing 30 assailants.",
    "Read More",
    "Junta suspends two foreign broadcasters",
    "May 3, 2024 | Sahel Monitor",
    "NIAMEY (Sahel Monitor) - The communications regulator said it had suspended the broadcasts of two foreign radio"
    " stations on May 1 over their coverage of the army.",
    "Read More",
    "Drone strike hits market near Timbuktu",
    "May 2, 2024 | Sahel Monitor",
    "BAMAKO (Sahel Monitor) - A drone strike hit a weekly market near Timbuktu, residents said, killing at least eight"
    " people; the local council said it had warned of such strikes in March 2023.",
    "Read More",
    "Families of missing soldiers demand answers",
    "May 2, 2024 | Sahel Monitor",
    "MOPTI (Sahel Monitor) - Relatives of soldiers missing since an ambush near Boni protested outside the"
    " regional governor's office, saying they had received no news since the army's statement on April 18.",
    "Read More",
    "Older Posts",
))


def test_a_listed_storys_days_count_from_its_own_date_line() -> None:
    updates = parse(SAHEL_LIST, "2024-05-04")
    djibo, radio = of(updates, "OUAGADOUGOU"), of(updates, "NIAMEY")
    assert (djibo.date, djibo.date_basis) == ("2024-05-02", "relative")  # "on Thursday" in the Saturday story
    assert (radio.date, radio.date_basis) == ("2024-05-01", "explicit")


def test_a_listed_story_naming_no_recent_day_keeps_its_date_line() -> None:
    market = of(parse(SAHEL_LIST, "2024-05-04"), "BAMAKO")
    assert market.date == "2024-05-02"  # "March 2023" is background, no day of its news
    protest = of(parse(SAHEL_LIST, "2024-05-04"), "MOPTI")
    assert protest.date == "2024-05-02"  # a day two weeks before the story's date line is no day of its news
