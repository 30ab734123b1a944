"""Which day a page's undated parts take: the day a live page covers when its stamps pass midnight, ..."""

from __future__ import annotations

from test_segment_live import holding, run


def test_newest_first_blog_opened_the_evening_before_its_day_is_dated_by_the_day_most_posts_are_on() -> None:
    # a blog for 24 February, stamped in GMT, whose first posts are late on the 23rd (midnight in Kyiv is 22:00 GMT)
    updates, _ = run("""
        09:15 GMT The mayor of Kharkiv said residential areas had been hit.

        06:40 GMT Ukraine's foreign minister said a full-scale invasion had begun.

        04:05 GMT Explosions were heard in Kyiv, Kharkiv and Odesa, correspondents said.

        03:50 GMT Putin announced a "special military operation" in a televised address.

        23:30 GMT The UN Security Council met in an emergency session.

        22:10 GMT Welcome to our live coverage of the Russia-Ukraine crisis.
    """, published="2022-02-24", tz="UTC")
    assert [u.date for u in updates] == ["2022-02-24"] * 4 + ["2022-02-23"] * 2
    assert "the day before" in holding(updates, "The UN Security Council").why


def test_oldest_first_blog_run_on_past_midnight_keeps_its_evening_on_the_publication_day() -> None:
    updates, _ = run("""
        19:05 Sirens sounded in Tel Aviv and Ashkelon, police said.

        20:40 The army said rockets were fired from northern Gaza.

        22:15 Medics said two people were wounded by shrapnel.

        00:30 The army said it struck targets in Gaza.
    """, published="2021-05-11", tz="Asia/Jerusalem")
    assert [u.date for u in updates] == ["2021-05-11"] * 3 + ["2021-05-12"]


def test_a_blog_split_evenly_across_midnight_starts_on_the_publication_day() -> None:
    updates, _ = run("""
        01:10 Armenia's defence ministry said shelling had stopped.

        00:20 Azerbaijan said its positions came under fire.

        23:40 Explosions were reported near Jermuk.

        22:55 Residents of Goris reported shelling.
    """, published="2022-09-13", tz="Asia/Yerevan")
    assert [u.date for u in updates] == ["2022-09-14"] * 2 + ["2022-09-13"] * 2


def test_an_anaphor_of_the_day_before_in_the_first_sentence_beats_a_day_the_next_sentence_names() -> None:
    updates, _ = run("""
        The army spokesman claimed on 14 April that its troops had retaken the hill.

        The rebel commander, Abu Omar, said the same day that the army had been pushed back from the village. On 13
        April, the UN envoy condemned the attacks on hospitals.
    """, published="2016-04-15", tz="Asia/Damascus")
    assert holding(updates, "The rebel commander").date == "2016-04-14"


def test_in_one_sentence_the_day_written_out_stands_against_an_anaphor() -> None:
    updates, _ = run("""
        On 12 May, gunmen ambushed a police patrol near Mocimboa, killing two officers.

        Two days later, on 15 May, gunmen burned a village near the coast, residents said.

        A day after the ambush on the patrol, the governor said on 16 May that reinforcements had arrived.
    """, published="2023-05-20", tz="Africa/Maputo")
    assert holding(updates, "Two days later").date == "2023-05-15"
    assert holding(updates, "A day after the ambush").date == "2023-05-16"


def test_a_report_s_undated_paragraphs_take_the_day_its_title_gives_its_information_as_of() -> None:
    updates, _ = run("""
        Yemen: Flash Update No. 3 – Hodeidah (as of 18:00 local time, 14 June 2018)

        GENEVA, 15 June 2018

        Fighting continued south of Hodeidah airport, humanitarian partners reported.

        On 13 June, air strikes hit the main road to Sana'a, blocking trucks carrying food.
    """, published="2018-06-15", tz="Asia/Aden", title="Yemen: Flash Update No. 3 – Hodeidah (as of 18:00 local time, "
                                                       "14 June 2018)")
    fighting = holding(updates, "Fighting continued")
    assert (fighting.date, fighting.date_basis) == ("2018-06-14", "heading")
    assert "as of" in fighting.why
    assert holding(updates, "On 13 June").date == "2018-06-13"


def test_a_title_as_of_a_day_after_the_page_s_date_or_weeks_before_it_dates_nothing() -> None:
    for title in ("Ukraine: civilian casualties as at 24:00 on 11 May 2023",  # weeks before the 2 June page
                  "Evacuation corridors are to stay open as of 5 June 2023"):  # a plan, after it
        updates, _ = run(f"""
            {title}

            Shelling continued in the south, officials said.
        """, published="2023-06-02", title=title)
        assert holding(updates, "Shelling continued").date == "2023-06-02", title
