"""Round 59 of attribution: a body's proper name ending in a body noun that is no office word ("the Islamic
Revolution Guards Corps", "the Arakan Liberation Front") is the body speaking, not a person whose name is its first
two words; the IRGC under the name Iran's own media give it ("Islamic Revolution Guards Corps") is the gazetteer's
IRGC. A page published by a body the war's sides file lists among its state's forms, the state beside it ("Defence
Headquarters, Iraq (Media Cell)"), is that body's release: its sentences in no one's words are the body's
A cable in capitals gives back the case the war's files write its names in ("BAGHDAD RADIO", "SABAH KADHIM"), an
outlet a sides file lists under a city's name ("Baghdad Radio") speaks as itself, and officials owned by an
abbreviation no sides file knows ("U.A.R. officials") are theirs, not of the polity the claim names (examples of names
and wordings the blind pages do not have)."""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, gulf_war, page_of, wars_fixture

WARS = {"gulf": gulf_war("Defence Headquarters, Iraqi News Agency, Baghdad Radio, Hammadi, Sabah Kadhim",
                         "Khorramshahr, Basra")}

wars = wars_fixture(WARS)


@pytest.mark.parametrize("text", [
    "The Islamic Revolution Guards Corps said on Monday that it had repelled an attack near Khorramshahr.",
    "The Islamic Revolution Guards Corps (IRGC) announced that its units had crossed the river near Basra.",
])
def test_the_irgc_by_its_own_media_s_name_is_the_irgc(wars, text):
    who, side = annotated(wars["gulf"], "IRNA", text)
    assert who is not None and "IRGC" in who and side == "iranian"


@pytest.mark.parametrize(("text", "who"), [
    ("The Northern Hills Guards Corps said its fighters had taken two outposts overnight.",
     "Northern Hills Guards Corps"),
    ("The Sacred Defence Volunteers Brigade announced that the pass had been cleared of mines.",
     "Sacred Defence Volunteers Brigade"),
])
def test_a_proper_name_ending_in_a_body_noun_is_the_body(wars, text, who):
    assert annotated(wars["gulf"], "Reuters", text)[0] == who


@pytest.mark.parametrize(("publisher", "who", "side"), [
    ("Defence Headquarters, Iraq (Media Cell)", "Defence Headquarters", "iraqi"),
    # a state's news agency the file lists is an outlet of its state, reporting in its own voice: no issuer
    ("Iraqi News Agency (INA, Baghdad)", None, "iraqi"),
])
def test_a_body_listed_for_its_state_issues_its_page(wars, publisher, who, side):
    text = "Troops cleared three villages near Basra this morning and seized two arms depots."
    assert annotated(wars["gulf"], publisher, text) == (who, side)


@pytest.mark.parametrize(("text", "who", "side"), [
    ("3. BAGHDAD RADIO CLAIMED AT 1730 LOCAL THAT IRAQI TROOPS HAD RETAKEN THE OIL TERMINAL AT FAO.",
     "Baghdad Radio", "iraqi"),
    ("4. SABAH KADHIM TOLD THE AMBASSADOR AT 1300 THAT IRAQ WOULD ACCEPT A CEASEFIRE IF IRAN DID.",
     "Sabah Kadhim", "iraqi"),
])
def test_a_cable_in_capitals_reads_the_war_s_names_as_written(wars, text, who, side):
    assert annotated(wars["gulf"], "Embassy telegram", text) == (who, side)


def test_an_outlet_named_after_a_city_of_its_state_speaks_as_itself(wars):
    text = "Baghdad Radio said the offensive near Basra had been repelled."
    assert annotated(wars["gulf"], "Reuters", text) == ("Baghdad Radio", "iraqi")


def test_officials_owned_by_an_unknown_abbreviation_are_not_the_claim_s_polity(wars):
    # (this war's files know no U.A.R.: the officials are not Iraq's for the Iraqi act they report)
    who, side = annotated(wars["gulf"], "Reuters", "Iraqi jets struck a tanker in the Gulf, U.A.R. officials said.")
    assert who == "U.A.R. officials" and side != "iraqi"


def test_a_relative_clause_before_the_verb_describes_its_subject(wars):
    # (the clause holds "after" and "and": the subject is still the one it describes, not its last words)
    text = ("The Iraqi foreign minister, Sabah Kadhim, who flew to Geneva after Monday's raid and addressed the "
            "council on Friday, said the attack was unprovoked.")
    assert annotated(wars["gulf"], "Reuters", text) == ("Sabah Kadhim", "iraqi")


def test_a_surname_the_sides_file_lists_is_the_person_the_page_named_in_full(wars):
    # (the sides file lists "Hammadi" for Iraq: named in full once, in a sentence that reports no claim, the page's
    # later "Hammadi ..." is that person, not Iraq's government)
    texts = ["In the early hours foreign minister Saadoun Hammadi flies in from Geneva and meets the cabinet.",
             "Hammadi announces that Iraq will accept the ceasefire if Iran does."]
    assert page_of(wars["gulf"], "Baghdad Observer", texts)[-1] == ("Saadoun Hammadi", "iraqi")


def test_a_title_before_the_surname_is_no_given_name(wars):
    texts = ["Foreign Minister Hammadi flies in from Geneva and meets the cabinet.",
             "Hammadi announces that Iraq will accept the ceasefire if Iran does."]
    assert page_of(wars["gulf"], "Baghdad Observer", texts)[-1] == ("Government of Iraq", "iraqi")


def test_a_clause_in_the_passive_before_a_weak_verb_names_no_one(wars):
    text = "The conference was called under a Security Council resolution adopted on 20 July, after the raid on Basra."
    assert annotated(wars["gulf"], "Reuters", text)[0] is None


@pytest.mark.parametrize("title", ["Official Communiqué of the Government of Iraq (Press Bulletin No. 12)",
                                   "Official Communiqué of the Government of Iraq"])
def test_a_release_s_title_names_its_issuer_whatever_note_closes_it(wars, title):
    issuer = wars["gulf"].attributor.issuer("Ministry of Foreign Affairs, Republic of Iraq", title)
    assert (issuer.who, issuer.side) == ("Government of Iraq", "iraqi")


@pytest.mark.parametrize(("text", "who"), [
    ("UN envoy Óscar Fernández Taranco said the talks would resume in Geneva.", "Óscar Fernández Taranco"),
    ("Spanish Foreign Minister Miguel Ángel Moratinos said the two sides were close.", "Miguel Ángel Moratinos"),
])
def test_a_name_opening_with_an_accented_capital_is_a_name(wars, text, who):
    assert annotated(wars["gulf"], "Reuters", text)[0] == who


@pytest.mark.parametrize("text", [
    "Mr. ZORIN (Union of Soviet Socialist Republics) (translated from Russian): The Soviet delegation condemns the "
    "attack on Basra.",
    "Mr. ZORIN (Ruritania): My delegation condemns the attack on Basra.",  # a state no file knows
])
def test_a_record_s_speaker_label_names_the_speaker(wars, text):
    assert annotated(wars["gulf"], "UN Security Council Official Records", text)[0] == "Mr. Zorin"  # as text writes it


@pytest.mark.parametrize(("text", "who"), [
    ("Iraqi radio said the offensive near Basra had been repelled.", "Iraqi radio"),
    ("Iranian television claimed that Khorramshahr had been retaken.", "Iranian television"),
    ("Tehran radio reported heavy fighting near Basra.", "Tehran radio"),
])
def test_a_state_s_broadcaster_by_its_capital_or_adjective(wars, text, who):
    found = annotated(wars["gulf"], "Reuters", text)
    assert found[0] == who and found[1] in ("iraqi", "iranian")
