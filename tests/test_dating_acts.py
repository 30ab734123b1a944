"""How the parser dates an update by the day of its act, on small pages of other wars and outlets: weekends,
ranges of days written out, a day closing a sentence after the act's place, a background paragraph's own day, a
date opening a digest item a few days before the digest, and the controls that must keep the structure's date."""

from __future__ import annotations

from test_dates_in_pages import of
from test_dates_in_pages import parse as parse_page

from chronik.model import Update


def parse(text: str, published: str | None, tz: str = "UTC") -> list[Update]:
    """The page's updates, as ``test_dates_in_pages.parse`` gives them, in UTC unless told."""
    return parse_page(text, published, tz)


# a wire story published on Thursday 7 March 2024, no structure above its paragraphs
SAHEL_WIRE = """
    Over the weekend, jihadist fighters attacked an army convoy near Djibo, the Burkinabe army said.

    At the weekend, Mali's junta announced the closure of two border crossings with Niger.

    The junta will reopen the crossings this weekend, a spokesman said.

    Aid agencies recorded 9,400 new arrivals in Ouahigouya between 1 and 10 February.

    The health ministry counted 212 suspected measles cases in the period 4 to 18 February.

    Convoys were escorted from 26 to 28 February, a logistics officer said.
"""


def test_a_weekend_in_a_past_report_is_the_weekend_before_and_dates_the_update_from_its_saturday() -> None:
    updates = parse(SAHEL_WIRE, "2024-03-07")
    for start in ("Over the weekend, jihadist", "At the weekend, Mali's junta"):
        update = of(updates, start)
        assert (update.date, update.date_end, update.date_basis) == ("2024-03-02", "2024-03-03", "relative"), start
    # a weekend said in the future is no day of the news: the announcement keeps the page's date
    assert of(updates, "The junta will reopen").date == "2024-03-07"


def test_a_range_of_days_written_out_dates_the_update_from_its_first_to_its_last_day() -> None:
    updates = parse(SAHEL_WIRE, "2024-03-07")
    assert (of(updates, "Aid agencies recorded").date, of(updates, "Aid agencies recorded").date_end) == (
        "2024-02-01", "2024-02-10")
    assert (of(updates, "The health ministry counted").date,
            of(updates, "The health ministry counted").date_end) == ("2024-02-04", "2024-02-18")
    assert (of(updates, "Convoys were escorted").date, of(updates, "Convoys were escorted").date_end) == (
        "2024-02-26", "2024-02-28")
    vague = parse("The ministry said it had recorded hundreds of cases earlier this month.", "2024-03-07")
    assert [u.date_basis for u in vague] == ["publication"]  # a vague span is still no day of an act


# a day-of-war digest of the Israel-Hezbollah front, dated Wednesday 16 October 2024 by its lead-in
LEBANON_DIGEST = """
    Here is the situation on Wednesday, October 16, 2024.

    Israeli strikes killed five and wounded 14 in the southern town of Nabatieh on Tuesday, the ministry said.

    Hezbollah fired about 50 rockets at the Galilee on Tuesday, the Israeli military said on Tuesday.

    Israel will send more troops to the north this week, Defence Minister Yoav Gallant said on Monday.

    On October 11, UNIFIL said two peacekeepers were hurt when an Israeli tank fired at a watchtower in Naqoura.

    On October 12, Lebanon's caretaker premier called for an immediate ceasefire.

    On September 30, Israel announced the start of a limited ground operation.

    The army reviewed footage of rockets launched by Hezbollah at Haifa on Monday.

    Israeli jets struck a building in Beirut's southern suburbs overnight, residents said.

    Officials inspected damage caused by drones launched at the base of the Golani brigade on Sunday.

    Israel's army said its jets hit 120 Hezbollah targets and two arms depots in the Bekaa valley over the weekend.

    Drone debris damaged houses in Metula, the army said on Monday.

    Kyiv welcomed the statement of the Arab League and the African Union on Monday as a step.

    The army reviewed footage of rockets and drones launched at Haifa on Monday as evidence.

    Israeli jets bombed a depot and destroyed rocket launchers in Tyre on Monday.
"""


def test_a_day_after_the_acts_place_or_after_a_plan_dates_a_digest_item() -> None:
    updates = parse(LEBANON_DIGEST, "2024-10-16", tz="Asia/Beirut")
    nabatieh = of(updates, "Israeli strikes killed five")
    assert (nabatieh.date, nabatieh.date_basis, nabatieh.flags) == ("2024-10-15", "relative", [])
    assert of(updates, "Hezbollah fired about 50 rockets").date == "2024-10-15"
    assert of(updates, "Drone debris damaged houses").date == "2024-10-14"  # the day closing the source's clause
    assert of(updates, "Israeli jets bombed a depot").date == "2024-10-14"  # two verbs joined by "and"
    weekend = of(updates, "Israel's army said its jets hit")  # a day closing its sentence, after a longer object
    assert (weekend.date, weekend.date_end, weekend.flags) == ("2024-10-12", "2024-10-13", [])
    troops = of(updates, "Israel will send more troops")  # the plan is this week's; the saying is Monday's
    assert (troops.date, troops.flags) == ("2024-10-14", [])


def test_a_date_opening_a_digest_item_within_the_week_before_it_dates_the_item() -> None:
    updates = parse(LEBANON_DIGEST, "2024-10-16", tz="Asia/Beirut")
    assert [(of(updates, s).date, of(updates, s).flags) for s in ("On October 11", "On October 12")] == [
        ("2024-10-11", []), ("2024-10-12", [])]
    far = of(updates, "On September 30")  # more than a week back: kept under the digest's day and flagged
    assert (far.date, far.date_basis) == ("2024-10-16", "heading")
    assert "date-conflict" in far.flags


def test_controls_a_day_tied_to_a_noun_or_a_night_into_the_digest_day_keep_the_digest_date() -> None:
    updates = parse(LEBANON_DIGEST, "2024-10-16", tz="Asia/Beirut")
    for start in ("The army reviewed footage of rockets launched", "Israeli jets struck a building",
                  "Officials inspected damage", "Kyiv welcomed the statement",
                  "The army reviewed footage of rockets and drones"):  # a participle's day, not the main verb's
        update = of(updates, start)
        assert (update.date, update.date_basis, update.flags) == ("2024-10-16", "heading", []), start


def test_a_background_paragraph_of_a_wire_story_is_dated_by_its_own_day() -> None:
    updates = parse("""
        GOMA, Feb 12 (Reuters) - M23 rebels shelled the outskirts of Sake on Monday, the Congolese army said.

        The conflict flared again on Friday after talks on a plan to disarm the rebels collapsed in Luanda.

        The rebels plan to hold the road to Goma, a spokesman said.
    """, "2024-02-12", tz="Africa/Kinshasa")
    background = of(updates, "The conflict flared again")
    assert (background.date, background.date_basis) == ("2024-02-09", "relative")
    assert of(updates, "The rebels plan to hold").date == "2024-02-12"


KHARKIV_ITEMS = "\n\n".join((
    "Here is the situation on Thursday, March 14, 2024.",
    "Two people were killed and six wounded in a drone strike on the village of Kozacha Lopan in Kharkiv region "
    "on Tuesday, according to the regional governor.",
    "Poland's defence minister attended the opening of a new munitions plant in Skarzysko on Wednesday, saying "
    "Europe must produce more shells.",
    "Rescuers searched the ruins of a school hit by a missile on Tuesday for survivors.",
))


def test_a_day_closing_its_clause_dates_a_digest_item_past_a_noun_with_its_of_and_a_verb_after_and() -> None:
    updates = parse(KHARKIV_ITEMS, "2024-03-14", tz="Europe/Kyiv")
    strike = of(updates, "Two people were killed and six wounded")  # "wounded" shares "were" after "and"
    assert (strike.date, strike.date_basis, strike.flags) == ("2024-03-12", "relative", [])
    plant = of(updates, "Poland's defence minister attended")  # ", saying ..." closes the clause
    assert (plant.date, plant.date_basis) == ("2024-03-13", "relative")
    # control: the day of the missile that hit the school, inside the object, not the search's day
    assert of(updates, "Rescuers searched the ruins").date == "2024-03-14"
