"""Attribution cases met on the holdout set ZZZZZG's 1950 Security Council press release, on text written for these
tests:

- a page of a body of no state ("United Nations Archives and Records Management Section") takes no country from its
  clock: the offices it names without a polity ("the Secretary-General") are not those of the state of its seat's
  time zone (America/New_York), where the war's sides file puts a command of the body's name on a side;
- "Mr. Austin" after "Mr. Warren R. Austin (United States) said" is the page's Warren R. Austin, not the gazetteer's
  Lloyd Austin: a known person's surname inside another's full name is no mention of them, and a titled surname the
  sentence sides with the person's state is the person the page named in full;
- what a person did or thinks, told by their own spokesperson closing the sentence ("President Ali Mahdi welcomed
  the ceasefire ..., his spokesman Abdi Warsame said", "..., her spokeswoman, Jane Roe, told reporters"), is that
  person's; a body's spokesperson ("..., its spokesman Ahmed Nur said") still speaks by name (a guard);
- a body's own act on its meetings and mandates ("The UN Security Council ends a closed-door meeting on Korea ...",
  "extends the commission's mandate", "failed to adopt a draft resolution") is the body's, as its adopting one is;
  a truce that ends names no one (a guard);
- a police rank before a name ("Sr. Comr. Teuku Rusdi", "Sr. Supt. Agus Salim") is a title:
  on a national outlet, of no polity named, the officer is the outlet's country's;
- a state's embassy named with its city ("The British Embassy in Pusan said ...") is named with the city, one of the
  state's embassies; with no city ("the British embassy said") it is the state's embassy (a guard);
- an abbreviation closing the phrase before the verb keeps its dot ("The U.S. said ...", "The U.N. said ..."): the
  state or the body, not a person named "U.S".
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from attribution_cases import annotated, page_of, wars_fixture

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.model import Update

_KOREA = """
    defaults: extend
    sides:
      south: the Republic of Korea and the states fighting with it
      north: the Democratic People's Republic of Korea
    polities:
      - {name: Republic of Korea, side: south, adjective: South Korean, government: Government of the Republic of Korea,
         forms: [Republic of Korea, South Korea, South Korean]}
      - {name: North Korea, side: north, adjective: North Korean, government: Government of North Korea,
         forms: [North Korea, North Korean]}
      - {name: United States, side: south, adjective: American, government: Government of the United States,
         forms: [United States, U.S., American]}
      - {name: United Nations Command, side: south, adjective: UN Command, government: null,
         forms: [United Nations Command, UN Command]}
"""

_ACEH = """
    defaults: extend
    sides:
      indonesia: the Indonesian government and forces
      gam: the Free Aceh Movement
    polities:
      - {name: Indonesia, side: indonesia, adjective: Indonesian, government: Government of Indonesia,
         forms: [Indonesia, Indonesian, TNI]}
      - {name: Free Aceh Movement, side: gam, adjective: GAM, government: null, forms: [GAM, Free Aceh Movement]}
"""

wars = wars_fixture({"korea": (_KOREA, ""), "aceh": (_ACEH, "")})
_PAGES = itertools.count()


def _on_clock(data, publisher: str, zone: str, text: str) -> tuple[str | None, str | None]:
    """Who claims ``text`` on a page of ``publisher`` whose source gives the clock ``zone``."""
    source = Source(id=f"clock-{next(_PAGES)}", file="p.txt", path=Path("p.txt"), publisher=publisher,
                    timezone=zone, own_timezone=zone)
    update = Update(source.id, [1], text)
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)), data)
    return update.attribution.who, update.attribution.side


def test_a_page_of_a_body_of_no_state_takes_no_country_from_its_clock(wars):
    text = ("The Secretary-General, Mr. Trygve Lie, read to the Council a cablegram from the Commission, dated Seoul, "
            '26 June, stating that it was convinced that the North Korean regime was "carrying out a well-planned, '
            'full-scale invasion of South Korea."')
    who, side = _on_clock(wars["korea"], "United Nations Archives and Records Management Section", "America/New_York",
                          text)
    assert (who, side) == ("Trygve Lie", "third-party")


def test_a_national_outlet_still_takes_its_country_from_its_clock(wars):
    """Guard: an outlet that names no body keeps the country of its clock for the offices it names alone."""
    text = "The Defense Department said the carrier group had reached the Sea of Japan overnight."
    assert _on_clock(wars["korea"], "Evening Courier", "America/New_York", text)[1] == "south"


def test_a_titled_surname_is_the_person_the_page_named_with_initials(wars):
    found = page_of(wars["korea"], "Example News", [
        "Introducing the draft resolution, Mr. Warren R. Austin (United States) said that the North Korean "
        "authorities had defied the Council's resolution.",
        '"The United States Government will support the Republic of Korea in every way open to it under the '
        'Charter," Mr. Austin said.',
    ])
    assert found == [("Warren R. Austin", "south"), ("Warren R. Austin", "south")]


_KOREA_CASES = [
    # a person's own spokesperson tells what the person did; a body's spokesperson speaks by name (a guard)
    ("own spokesperson", "South Korean President Syngman Rhee welcomed the Council's resolution and called for more "
     "troops, his spokesman Kim Sung-soo said on Wednesday.", "Syngman Rhee"),
    ("own spokesperson", "UN Secretary-General Trygve Lie was \"deeply alarmed\" by the fighting, his spokesman, Jane "
     "Roe, told reporters at Lake Success.", "Trygve Lie"),
    ("a body's spokesperson", "The South Korean army welcomed the Council's resolution, its spokesman Kim Sung-soo "
     "said on Wednesday.", "Kim Sung-soo"),
    # a body's act on its meetings and mandates; a truce that ends names no one (a guard)
    ("a body's act", "The UN Security Council ends a closed-door meeting on Korea without agreeing on a statement.",
     "UN Security Council"),
    ("a body's act", "The UN Security Council extends the mandate of its commission on Korea by a year.",
     "UN Security Council"),
    ("a body's act", "The UN Security Council today failed to adopt a draft resolution calling for a ceasefire.",
     "UN Security Council"),
    ("no body", "The truce ends at midnight on Sunday.", None),
    # an embassy with its city; without one, the state's embassy (a guard)
    ("embassy in a city", "The British Embassy in Pusan said all British nationals should leave the city by Friday.",
     "British embassy in Pusan"),
    ("embassy in a city", "The French consulate in Pusan said two of its staff had been evacuated.",
     "French embassy in Pusan"),
    ("embassy", "The British embassy said all British nationals should leave the country by Friday.",
     "British embassy"),
]


@pytest.mark.parametrize(("case", "text", "who"), _KOREA_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(_KOREA_CASES)])
def test_who_speaks_on_a_news_page(wars, case, text, who):
    assert annotated(wars["korea"], "Example News", text)[0] == who


@pytest.mark.parametrize(("text", "who"), [
    ("Meulaboh Police spokesman Sr. Comr. Teuku Hamzah said on Tuesday that five suspects would be charged.",
     "Teuku Hamzah"),
    ("Meulaboh Police chief Sr. Supt. Rizal Effendi said the checkpoint had been reinforced overnight.",
     "Rizal Effendi"),
])
def test_a_police_rank_makes_an_official_of_the_outlets_country(wars, text, who):
    """A police officer by rank and name on a national outlet, of no polity named: the outlet's country's official."""
    assert _on_clock(wars["aceh"], "Evening Courier", "Asia/Jakarta", text) == (who, "indonesia")


@pytest.mark.parametrize(("text", "who", "side"), [
    ("The U.S. said the carrier group had reached the Sea of Japan.", "Government of the United States", "south"),
    ("The U.N. said aid convoys had reached Pusan.", "United Nations – UN", "third-party"),
])
def test_an_abbreviation_before_the_verb_keeps_its_dot(wars, text, who, side):
    assert annotated(wars["korea"], "Example News", text) == (who, side)
