"""A live page's welcome post pointing to its earlier days, a report's note on what it covers, and a related-stories
box whose teasers end with their dates: asides, whose dates date nothing. Examples from other outlets and wars."""

from __future__ import annotations

from test_boilerplate import run

WELCOME = ("Welcome to our continuing coverage of Russia's war on Ukraine. You can find all the updates from Tuesday, "
           "June 6, here.")
SCOPE = ("This Flash Update is produced by OCHA Sudan in collaboration with humanitarian partners. It covers the "
         "period from 17 to 19 April 2023. The next Flash Update will be issued on or around 21 April.")


def test_welcome_post_pointing_to_the_earlier_days_is_an_aside() -> None:
    updates, _ = run(f"""
        09:40 GMT
        Drone strikes hit Odesa port overnight
        Ukraine's southern command said on Wednesday that 14 drones targeted the port and that a grain silo burned.

        07:00 GMT
        Welcome to our live coverage
        {WELCOME}
        """)
    kinds = {u.lines[0]: u.kind for u in updates}
    assert kinds[1] == "update" and kinds[5] == "aside"
    assert next(u for u in updates if 7 in u.lines).kind == "aside"


def test_a_flash_update_s_note_on_what_it_covers_is_an_aside() -> None:
    updates, _ = run(f"""
        SUDAN: Clashes in Khartoum
        Flash Update No. 3
        {SCOPE}

        Heavy fighting continued on 19 April in Khartoum, Bahri and Omdurman, according to partners.
        """)
    note = next(u for u in updates if 3 in u.lines)
    assert note.kind == "aside"
    assert next(u for u in updates if 5 in u.lines).kind == "update"


def test_related_teasers_ending_with_their_dates_are_asides() -> None:
    updates, _ = run("""
        Monitors observed a convoy of 30 trucks moving towards Luhansk on 3 June, the mission said.

        Related stories
        Daily report of the monitoring mission, based on information received as of 18:00, 2 June 2023
        Statement by the Chief Monitor on the shelling of Shchastia, 1 June 2023
        """)
    assert [u.kind for u in updates] == ["update", "aside", "aside", "aside"]
    assert updates[0].date == "2023-06-03"


def test_section_headings_glossed_with_their_aim_are_labels_of_the_paragraphs_under_them() -> None:
    updates, _ = run("""
        Northern Axis (Ukrainian objective: Push Russian forces back from the Kharkiv border)

        Ukrainian forces advanced near Vovchansk on June 5, the General Staff reported.

        Southern Axis (Russian objective: Hold the left bank of the Dnipro River and secure the land bridge to Crimea)

        The Southern Defence Forces stated on June 5 that Russian forces shelled Kherson city 42 times.
        """)
    assert [u.kind for u in updates] == ["aside", "update", "aside", "update"]
    assert updates[3].lines == [7] and updates[3].tags[0].startswith("Southern Axis (Russian objective: Hold")


def test_a_timeline_s_note_on_its_sources_and_clock_is_an_aside() -> None:
    updates, _ = run(f"""
        {COMPILED}

        March 3, 09:10 – Ukraine's Air Force reports that 14 of 17 drones were shot down over the south.
        """)
    assert [u.kind for u in updates] == ["aside", "update"]


COMPILED = ("Example Review has compiled the following timeline from statements by Ukraine's Air Force, the regional "
            "military administrations and international actors. All times are Kyiv time. This page will be updated.")


def test_figures_closing_on_the_body_named_above_go_on_its_report() -> None:
    updates, _ = run("""
        According to the regional prosecutor's office, as of June 6, 41 civilians have been killed and 150 wounded.

        Since February 24, 1,200 houses and 37 schools have been damaged, the office said.

        Air defences shot down 11 of 14 drones overnight, the air force said.
        """)
    assert [u.lines for u in updates if u.kind != "aside"] == [[1, 3], [5]]
