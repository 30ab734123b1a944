"""Round 34 of segmentation: paragraphs that carry on the update above them (a pronoun subject making something
known, a body named again by the last word of its name in lower case, a witness after the residents above, a post
embedded under the paragraph naming its author)."""

from __future__ import annotations

import datetime as dt

from page_cases import of, parse_page

from chronik.segment import prose


def test_a_pronoun_subject_announcing_carries_on_the_speaker_above() -> None:
    assert prose.continues("He announced a further 2,000 tonnes of grain for the Tigray region.")
    assert prose.continues("Later, she announces that the crossing will reopen on Monday.")
    assert not prose.continues("The governor announced a curfew in the city.")
    page = parse_page("""
        GENEVA, 4 March (Desk) - The delegate of Norway told the Council that attacks on aid convoys in Darfur
        must stop.

        She announced an additional 20 million kroner for the refugees in eastern Chad.
        """, dt.date(2024, 3, 4), "Europe/Zurich")
    assert of(page, "GENEVA, 4 March").lines == [1, 2, 4]


def test_a_body_named_again_by_the_last_word_of_its_name_in_lower_case_is_the_same_body() -> None:
    above = ("At least 40 people were killed in shelling of Goma, the Provincial Health Commission of North Kivu "
             "said on Tuesday.")
    assert prose.body_by_head_noun("The commission said the toll was likely to rise as rescuers searched "
                                   "collapsed homes.", above)
    assert prose.body_by_head_noun("The Commission also urged both sides to spare hospitals.", above)
    # a body not named above by that word is somebody else
    assert not prose.body_by_head_noun("The council said the toll was likely to rise.", above)
    page = parse_page("""
        NAIROBI, March 5 (Desk) - At least 40 people were killed in shelling of Goma, the Health Commission said.

        The commission said the toll was likely to rise as rescuers searched collapsed homes.
        """, dt.date(2024, 3, 5), "Africa/Nairobi")
    assert of(page, "NAIROBI, March 5").lines == [1, 3]


def test_a_post_embedded_under_the_paragraph_naming_its_author_is_part_of_that_update() -> None:
    page = parse_page("""
        The UN refugee agency said on Thursday that its warehouse in Port Sudan had been looted overnight.

        Our teams are safe, but the food stocks for 40,000 people are gone. We call on all parties to protect aid.

        — U.N. Refugee Agency (@Refugees) June 6, 2024

        Fighting also resumed in El Obeid, residents said.
        """, dt.date(2024, 6, 6), "Africa/Khartoum")
    assert of(page, "The UN refugee agency").lines == [1, 3, 5]
    assert of(page, "Fighting also resumed").lines == [7]


def test_one_witness_after_the_witnesses_above_carries_their_account_on() -> None:
    above = "Residents of Kherson told local radio that shelling hit the port district after midnight."
    assert prose.one_of_the_witnesses("A resident of the Korabel district said that two houses burned down.", above)
    assert prose.one_of_the_witnesses("An eyewitness said the fire spread to a school.",
                                      "Two blasts shook the market, eyewitnesses said.")
    # nobody of that kind above: a witness of something else
    assert not prose.one_of_the_witnesses("A resident of Mykolaiv said the water was cut.",
                                          "The governor said shelling hit the port district after midnight.")
    page = parse_page("""
        Residents of Kherson told local radio that shelling hit the port district after midnight.

        A resident of the Korabel district said that two houses burned down and that a woman was wounded.
        """, dt.date(2023, 5, 3), "Europe/Kyiv")
    assert of(page, "Residents of Kherson").lines == [1, 3]


def test_a_body_whose_spokesperson_spoke_above_goes_on_by_its_short_name() -> None:
    above = "SBU spokesman Artem Dekhtiarenko said on Friday that two saboteurs had been detained in Odesa."
    assert prose.same_body("The SBU has said that the group was paid through a cryptocurrency wallet.", above)
    assert prose.same_body("SBU also said more arrests were expected.", above)
    assert not prose.same_body("The SBU has said the group was paid.", "Police said two saboteurs were detained.")
    # a body named in brackets above and then "The ..." with a verb: kept as the act of its own it usually is
    assert not prose.same_body("The CSTO announced it would send a mission.",
                               "Armenia asked the Collective Security Treaty Organization (CSTO) for help.")
    page = parse_page("""
        SBU spokesman Artem Dekhtiarenko said that two saboteurs had been detained in Odesa.

        The SBU has said that the group was paid through a cryptocurrency wallet.
        """, dt.date(2024, 2, 9), "Europe/Kyiv")
    assert of(page, "SBU spokesman").lines == [1, 3]


def test_a_body_saying_more_in_a_statement_by_its_initials_is_the_same_body() -> None:
    above = "Colombia's National Liberation Army said on Sunday it had freed six hostages held in Arauca."
    assert prose.same_body("In a statement posted on its website, the NLA said its fighters had handed the hostages "
                           "to a church commission.", above)
    assert not prose.same_body("In a statement posted on its website, the FARC said it had no part in the kidnapping.",
                               above)


def test_a_person_named_again_by_the_title_given_in_lower_case_above_is_the_same_person() -> None:
    assert prose.body_by_head_noun("The governor said air defences shot down 12 of the 17 drones.",
                                   "Drones struck the port overnight, regional governor Oleh Kiper said on Friday.")
    assert prose.body_by_head_noun("The governor said air defences shot down 12 of the 17 drones.",
                                   "Drones struck the port overnight, Oleh Kiper, the regional governor, said.")
    assert not prose.body_by_head_noun("The governor said air defences shot down 12 of the 17 drones.",
                                       "Drones struck the port overnight, the army said on Friday.")
