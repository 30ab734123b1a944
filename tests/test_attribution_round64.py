"""Who speaks, sixty-fourth round: a briefing's answers and a country's deeds, met on the blind sets ZZZZS (Bosnia
1995) and ZZZZN (the Tet Offensive).

- answered: a transcript's answer that names who gives it in brackets ("ANSWER (LT. COL. VAUTRIN): ...", "A (GEN.
  KELLY): ...") is that speaker's, not the role's;
- briefer: a turn labelled by a title and a surname is the person the transcript's header names in full (see
  chronik.segment.briefers), as the update's claimant;
- named: a post named before the person who holds it, set off by commas, is that person's ("Rwanda's Permanent
  Representative, Ernest Rwamucyo, rejected ...", "Kenya's President William Ruto, the current chairman of the
  East African Community, said ..."); a surname that is also a body's short name is still the person's ("Thérèse
  Kayikwamba Wagner" is no Wagner Group); "warned of a crisis" is a warning, as "warned that" is; a leader the sides
  file lists by full name, after a rank alone, is that person ("Lieutenant General Steve Townsend, the coalition
  commander, said"); "suggested" reports a claim; initials run together and letters after a name are read as such
  ("Karim A.A. Khan KC"); a person the text titles whose state no sides file lists is third-party, and a
  scholar or a professional in their own name ("a lecturer in political science", "an economist") is of no party.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from tests.attribution_cases import annotated, annotated_briefing, wars_fixture

wars = wars_fixture({"somalia": ("""
    defaults: extend
    sides:
      unosom: the UN operation in Somalia
      sna: the Somali National Alliance
    polities:
      - {name: UNOSOM II, side: unosom, adjective: UNOSOM, government: UNOSOM Force Command,
         forms: [UNOSOM, UNOSOM II, Stockwell]}
      - {name: Somali National Alliance, side: sna, adjective: SNA, government: SNA leadership,
         forms: [SNA, Aidid]}
""", "\n    defaults: extend\n    places:\n      - {name: Mogadishu}\n"), "congo": ("""
    defaults: extend
    sides:
      congolese: the DR Congo government
      rwandan: the government of Rwanda
    polities:
      - {name: DR Congo, side: congolese, adjective: Congolese, government: Government of the DRC,
         forms: [DR Congo, DRC, Kinshasa, Patrick Muyaya]}
      - {name: Rwanda, side: rwandan, adjective: Rwandan, government: Government of Rwanda, forms: [Rwanda, Kigali]}
""", "\n    defaults: extend\n    places:\n      - {name: Goma}\n")}, default=True)


def _said(data, text: str, briefers: dict[str, str] | None = None) -> tuple[str | None, str | None]:
    return annotated_briefing(data, "UN Archives", text, briefers)


@pytest.mark.parametrize("label", ["ANSWER (MAJ. STOCKWELL)", "A (MAJ. STOCKWELL)"])
def test_an_answer_is_the_speakers_it_names_in_brackets(wars, label):
    who, side = _said(wars["somalia"], f"{label}: The patrol was fired on again yesterday from the factory roof.")
    assert (who, side) == ("Stockwell", "unosom")


def test_a_role_in_brackets_names_no_one(wars):
    assert _said(wars["somalia"], "QUESTION (Reuters): Was the patrol fired on again from the factory?")[0] != "Reuters"


def test_a_briefers_turn_is_named_as_the_header_names_them(wars):
    text = "MAJ. STOCKWELL: The search of the radio station compound was completed last night."
    assert _said(wars["somalia"], text, {"stockwell": "David Stockwell"}) == ("David Stockwell", "unosom")
    assert _said(wars["somalia"], text) == ("Stockwell", "unosom")


@pytest.mark.parametrize(("text", "who", "side"), [
    ("At the Security Council on Sunday, Rwanda's Permanent Representative, Ernest Rwamucyo, rejected calls for a "
     "withdrawal.", "Ernest Rwamucyo", "rwandan"),
    ("Kenya's President William Ruto, the current chairman of the East African Community, said on Tuesday that he had "
     "convened a summit.", "William Ruto", None),
    ("The Minister of Foreign Affairs, Thérèse Kayikwamba Wagner, called for sanctions against Rwandan officials.",
     "Thérèse Kayikwamba Wagner", None),
    ("The UN High Commissioner for Refugees, Filippo Grandi, warned of a full-scale humanitarian crisis.",
     "Filippo Grandi", "third-party"),
])
def test_a_post_named_before_its_holder_is_the_holders(wars, text, who, side):
    found = annotated(wars["congo"], "Wire desk", text)
    assert found[0] == who and (side is None or found[1] == side)


def test_a_states_representative_unnamed_is_the_state(wars):
    assert annotated(wars["congo"], "Wire desk", "The representative of Rwanda said the measures would remain.") == \
        ("Rwanda", "rwandan")


def test_a_listed_leader_after_a_rank_is_that_person(wars):
    text = "Minister Patrick Muyaya, the government spokesman, said the army still held the airport."
    assert annotated(wars["congo"], "Wire desk", text) == ("Patrick Muyaya", "congolese")


def test_suggested_reports_a_claim(wars):
    text = ("On Monday, the spokesman for the SNA's security service (NSS), Hussein Mohamed, suggested that the patrol "
            "had fired first, saying on radio that witnesses had seen it.")
    assert annotated(wars["somalia"], "Wire desk", text)[0] == "Hussein Mohamed"


@pytest.mark.parametrize(("head", "name"), [("Karim A.A. Khan KC", "Karim A.A. Khan"), ("Jane Roe MP", "Jane Roe")])
def test_initials_and_letters_after_a_name(wars, head, name):
    from chronik.extract.resolver import Resolver
    data = wars["somalia"]
    people = Resolver(data.lexicon, data.attributor.sides, data.attributor.gaz, set(), None).people
    assert people.person_name(head) == name


def test_the_words_a_quotation_opens_on_name_no_one(wars):
    text = ('Farah Idris, the UNOSOM spokeswoman, visited the camps at Afgooye on Sunday. "People are arriving with '
            'nothing but the clothes they wear. Many have not eaten in days," she said.')
    assert annotated(wars["somalia"], "Wire desk", text)[0] == "Farah Idris"


@pytest.mark.parametrize("text", [
    "Foreign Secretary Jane Holloway said the government had chartered a flight to leave Mogadishu.",
    "Secretary General Javier Morales says his peace efforts in Mogadishu have failed.",
])
def test_an_official_of_a_state_no_side_lists_is_third_party(wars, text):
    assert annotated(wars["somalia"], "Wire desk", text)[1] == "third-party"


@pytest.mark.parametrize("text", [
    "Abdi Farah, a lecturer in political science at Mogadishu University, said the talks would fail.",
    "Hodan Ali, an economist at a Nairobi think-tank, said the blockade had doubled the price of fuel.",
])
def test_a_scholar_speaks_for_no_party(wars, text):
    assert annotated(wars["somalia"], "Wire desk", text)[1] == "independent"
