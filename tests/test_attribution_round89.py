"""Attribution cases met on the holdout sets' timelines and wire copy (ZZU's CRS chronology, ZZZS's Reuters
factbox, ZZZZZT's Reuters timeline, ZZZZC's Al Jazeera story, ZZZE's Lloyd's List story), on text written for these
tests in a war of another continent:

- a timeline's date before a colon ("March 4, 2010: Al-Shabaab militants claim ...") is when, not who speaks, as the
  same date before a dash already is (and was before a verb that needs no plural: a guard);
- the bare verbs "claim" and "issue" report after a plural subject ("The AU and IGAD issue a joint statement
  ...", "militants claim an attack"), as "announce" and "deny" do; after no plural they stay nouns (a guard);
- a group's noun that takes a plural verb with no "s" ("The Somali police, known as ..., claim ...") is a plural
  subject, the name it goes by between commas set aside;
- "recognises" a government is a stand taken, as "recognised" already was;
- a party of its own named after the state it fights in ("Somalia's al-Shabaab militants", "Somalia's Shabaab") is
  that party; the state's own offices named so stay the state's (a guard);
- a party's fighters named with its full name ("Al-Shabaab militants said") speak for it when the sides file lists
  the party with no government of its own;
- a description between commas that closes on a relative clause with "that" ("X, spokesman of the alliance that
  controls Kismayo, tells ...") leaves X speaking; a body described so keeps its own name (a guard);
- a firm that trades in risk or freight ("Risk consultancy Dryad Global", "brokers") speaks for no party;
- the leaders and ministers of the powers and the UN's secretaries-general ("President Clinton", "Secretary-General
  Javier Perez de Cuellar") are known, of their states or of no party ("Kofi Annan ..., his spokesman said" was
  already: a guard); a month that is a surname elsewhere
  ("in May") is no one (a guard);
- a state described between commas by its tie to a party ("Kenya, Somalia's closest ally, has called on ...") speaks;
- a ministry named by its domain ("the Ministry of Disaster Management and Refugee Affairs (MIDIMAR)") is that
  ministry, not a person called "Disaster Management"; "One, 24, said ..." after "Three women from X told ..." is one
  of them; a capitalised post before its holder's name ("The African Union Commission Chairperson, Nkosazana
  Dlamini-Zuma,") is that person, for the post's side; activists of a party named with its kind ("Activists of the
  Hizbul Islam movement") speak for it (met on ZZZZZV's UNHCR notes, HRW report and AllAfrica story);
- the scorn one side's outlet gives the other's forces between adjective and noun ("the Kenyan occupation army",
  "the Kenyan enemy forces") is no part of their name, even where its sides file lists the scornful name among the
  state's forms; a ministry written in lower case ("Kenya's ministry of
  defence") is that ministry (met on ZZM's Al Mayadeen page and ZZG's Ukrainian Telegram channel);
- an official no file knows, in an update naming no warring state, is of the one state the page's title names (met
  on ZZZZZV's Human Rights Watch report and ZZZZZU's BBC story), also with the post in lower case before the name,
  and again when the page names them by surname alone; an international post ("Secretary-General X") is not (a
  guard).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from attribution_cases import SOMALIA_SIDES, labelled_cases, wars_fixture, who_and_side

from chronik.config import Config, Source
from chronik.extract import annotate
from chronik.model import Update

# the war as a Shabaab outlet's sides file may write it, Kenya's forces among its forms by the outlet's scorn
_KENYA = """
    defaults: extend
    sides:
      shabaab: al-Shabaab
      kenya: Kenya and its forces in Somalia
    polities:
      - {name: Al-Shabaab, side: shabaab, adjective: Shabaab, government: null, forms: [Al-Shabaab, Shabaab]}
      - {name: Kenya, side: kenya, adjective: Kenyan, government: Government of Kenya,
         forms: [Kenya, Kenyan, KDF, Kenyan occupation army, Kenyan enemy forces]}
"""

wars = wars_fixture({"somalia": (SOMALIA_SIDES, ""), "kenya": (_KENYA, "")})

_CASES = [
    ("date before a colon", "somalia", "March 4, 2010: Al-Shabaab militants claim an attack on an AU base in "
     "Mogadishu.", "Al-Shabaab", "shabaab"),
    ("date before a colon", "somalia", "Friday, 5 March: Somali officials say the attack on the palace was repulsed.",
     "Somali officials", "tfg"),
    ("plural claim", "somalia", "Al-Shabaab fighters claim the base in Baidoa.", "Al-Shabaab", "shabaab"),
    ("plural issue", "somalia", "The AU and IGAD issue a joint statement urging restraint.", "African Union",
     "third-party"),
    ("a noun, not a verb", "somalia", "The issue is now before the Council.", None, "independent"),
    ("collective noun", "somalia", "The Somali police, known as the Darawishta, claim the attack was foiled.",
     "Somali police", "tfg"),
    ("recognises", "somalia", "Italy recognises the transitional government as Somalia's only legitimate "
     "authority.", "Government of Italy", "third-party"),
    ("named after its state", "somalia", "Somalia's al-Shabaab militants said they had taken Baidoa.", "Al-Shabaab",
     "shabaab"),
    ("named after its state", "somalia", "Somalia's Shabaab said they had taken Baidoa.", "Al-Shabaab", "shabaab"),
    ("the state's own office", "somalia", "Somalia's defence ministry said it had retaken Baidoa.",
     "Somali Defense Ministry", "tfg"),
    ("fighters of a party", "somalia", "Al-Shabaab militants said they had taken Baidoa.", "Al-Shabaab", "shabaab"),
    ("relative in the description", "somalia", "Sheikh Ali Dhere, spokesman of the Shabaab alliance that controls "
     "Kismayo, tells reporters the group will fight on.", "Ali Dhere", "shabaab"),
    ("relative in the description", "somalia", "Jan. 30 - Sheikh Ali Dhere, leader of the Hizbul Islam alliance "
     "(HI) that includes Shabaab, tells a news conference in Kismayo the fighters will march on Mogadishu.",
     "Ali Dhere", "shabaab"),
    ("a firm of no party", "somalia", "Risk consultancy Dryad Global said ships off Somalia were at risk.",
     "Dryad Global", "independent"),
    ("a firm of no party", "somalia", "War risk premiums rose again on Tuesday, brokers said.", "brokers",
     "independent"),
    ("a world leader", "somalia", "WASHINGTON, July 4 (AP) - President Clinton said on Sunday that Prime Minister "
     "Sharmarke had agreed to take concrete steps.", "Bill Clinton", "third-party"),
    ("a world leader", "somalia", "UNITED NATIONS, July 4 (Reuters) - U.N. Secretary-General Kofi Annan on Sunday "
     "welcomed the agreement and urged both sides to talk, his spokesman said.", "Kofi Annan", "third-party"),
    ("a world leader", "somalia", "Secretary-General Javier Perez de Cuellar said he was ready to help.",
     "Javier Pérez de Cuéllar", "third-party"),
    ("a month, no one", "somalia", "Fighting resumed in May, a month after the truce, officials said.", None, None),
    ("a ministry's domain", "somalia", "Kenya's Ministry of Disaster Management and Refugee Affairs (MIDIMAR) said on "
     "Wednesday it had allocated land for a new camp.", "Kenya's Ministry of Disaster Management and Refugee Affairs – "
     "MIDIMAR", "third-party"),
    ("one of those named", "somalia", "Three women from Afgoye told Human Rights Watch that soldiers looted their "
     "homes. One, 24, said two officers beat her.", "women from Afgoye", "independent"),
    ("a post, then its holder", "somalia", "The African Union Commission Chairperson, Nkosazana Dlamini-Zuma, called "
     "for an impartial investigation.", "Nkosazana Dlamini-Zuma", "third-party"),
    ("activists of a party", "somalia", "Activists of the Hizbul Islam movement, which led the protests in Afgoye, "
     "said they feared reprisals.", "Hizbul Islam", "shabaab"),
    ("scorn between adjective and noun", "kenya", "The Kenyan occupation army claimed that 40 militants had been "
     "killed near Kismayo.", "Kenyan military", "kenya"),
    ("scorn between adjective and noun", "kenya", "For its part, the Kenyan enemy forces claimed in a statement that "
     "the town was taken.", "Kenyan military", "kenya"),
    ("an office in lower case", "somalia", "Kenya's ministry of defence claims that the strike hit a Shabaab base.",
     "Kenyan Defense Ministry", "third-party"),
    ("a state described", "somalia", "Kenya, Somalia's closest ally, has called on the two sides to settle their "
     "differences through dialogue.", "Government of Kenya", "third-party"),
]

test_timelines_and_wire_copy = labelled_cases(_CASES)

_PAGES = itertools.count()



def _on_a_somali_page(wars, text: str) -> tuple[str | None, str | None]:
    source = Source(id=f"daily-{next(_PAGES)}", file="p.txt", path=Path("p.txt"), publisher="Hiiraan Online",
                    timezone="Africa/Mogadishu", own_timezone="Africa/Mogadishu")
    update = Update(source.id, [1], text)
    annotate(update, Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,)), wars["somalia"])
    return update.attribution.who, update.attribution.side


def test_another_states_office_on_a_national_page_is_that_states(wars):
    """Guard: "Kenya's Defence Ministry" on a Somali daily's page is Kenya's, though "the Defence Ministry" alone
    there is the daily's own country's."""
    said = _on_a_somali_page(wars, "Kenya's Defence Ministry said its troops had reached Kismayo.")
    alone = _on_a_somali_page(wars, "The Defence Ministry said its troops had reached Kismayo.")
    assert said == ("Kenyan Defence Ministry", "third-party") and alone[1] == "tfg"


def _page_titled(wars, title: str, texts: list[str]) -> list[tuple[str | None, str | None]]:
    """Who claims each of ``texts`` and for which side, as the updates of one page of a rights group titled
    ``title``, in page order."""
    source = Source(id=f"report-{next(_PAGES)}", file="p.txt", path=Path("p.txt"), publisher="Amnesty International",
                    title=title)
    config = Config(root=Path("."), path=Path("config.yaml"), title="t", sources=(source,))
    found = []
    for i, text in enumerate(texts):
        update = Update(source.id, [i + 1], text)
        annotate(update, config, wars["somalia"])
        found.append((update.attribution.who, update.attribution.side))
    return found


def test_an_unlisted_official_is_of_the_state_the_pages_title_names(wars):
    """An official no file knows, in an update that names no warring state, is of the one state the page's title
    names ("Somalia: ..."); the post may be in lower case before the name ("the attorney general, X,"); the page
    names them later by surname alone, for the same side."""
    found = _page_titled(wars, "Somalia: Killings by Security Forces in Mogadishu", [
        "Later that day, the army spokesman, Col. Abdikarim Yusuf Dhagabadan, said that 12 attackers had been killed.",
        "On March 15, the attorney general, Ahmed Ali Dahir, announced an inquiry into the killings.",
        "The same day, Dhagabadan told journalists that 79 attackers had been killed.",
    ])
    assert found == [("Abdikarim Yusuf Dhagabadan", "tfg"), ("Ahmed Ali Dahir", "tfg"),
                     ("Abdikarim Yusuf Dhagabadan", "tfg")]


def test_an_international_post_stays_third_party_on_a_states_page(wars):
    """Guard: "Secretary-General X" on a page whose title names one state is no official of that state."""
    found = _page_titled(wars, "Somalia: Killings by Security Forces in Mogadishu", [
        "In New York, Secretary-General Ban Ki-moon said through his spokesperson that he was alarmed by the reports."])
    assert found == [("Ban Ki-moon", "third-party")]


def test_a_states_spokesman_by_a_post_in_lower_case_is_of_the_state_the_page_is_on(wars):
    """"Government spokesman X", "Army spokesman Major-General X", "navy commander Cmdr. X": an official no file knows,
    of the state the page's title names (met on ZZZZZT's and older sets' pages of the Great Lakes and the Sahel)."""
    found = _page_titled(wars, "Somalia: fighting in Mogadishu", [
        "Government spokesman Abdirahman Omar Osman insisted on national radio that the army still held the port.",
        "Army spokesman Major-General Abdullahi Anod said late on Monday that 40 militants had been killed.",
    ])
    assert found == [("Abdirahman Omar Osman", "tfg"), ("Major-General Abdullahi Anod", "tfg")]


def test_a_post_of_no_article_after_the_name_tells_the_side(wars):
    """'"...," said Jane Roe, arms director at Human Rights Watch.': the post and body after the name give her side,
    as "the arms director of Human Rights Watch" already did; a time after the name (", on the evening of 29
    August") is no description (a guard)."""
    said = who_and_side(wars["somalia"], '"The repeated shelling of Afgoye shows a disregard for civilian life," said '
                                         'Jane Roe, arms director at Human Rights Watch.')
    timed = who_and_side(wars["somalia"], 'However, according to the Shabaab, on the evening of 29 August government '
                                          'units ignored the truce.')
    assert said == ("Jane Roe", "independent") and timed == ("Al-Shabaab", "shabaab")
