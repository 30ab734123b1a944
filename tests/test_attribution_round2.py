"""Who speaks, second round: wordings where chronik named a place, the party answering a claim, or another
person than the one the text names.

- dateline: a wire's dateline ("NAIROBI, 3 March 2021 – ", "KYIV (AP) — ") is where, not who;
- time: a time between the subject and its verb ("Azerbaijan on Monday announced") keeps the subject;
- same-day: "Earlier on Monday, X said" dates X's claim, it does not recall an old one ("Prior to that" does);
- answer: "..., a claim the federal government denied" answers the claim; the one who denies is not its claimant;
- surname: a known person's surname inside another name ("Lt Gen Abdel Aziz Ahmed", "Ahmed Sharif Chaudhry")
  is not that person; "Prime Minister Ahmed" is;
- office: "the Ministry of National Defence" is a defence ministry;
- contrast: "X said ..., while the head of the Russian delegation, Y, said ..." gives Y the side of his own
  description, and the first speaker stays the sentence's claimant;
- apposition: a known body before its description ("the Qassam Brigades, the armed wing of Hamas,") speaks, as
  does one whose description holds a relative clause ("Hamas, the group that runs Gaza, said");
- owned: a polity's possessive before a body's proper name ("the Ethiopian federal government's Emergency
  Committee") names the body, for the polity;
- described: a name after a descriptive noun ("Ukraine's state railway company Ukrzaliznytsia") speaks;
- partisan: "Russian milbloggers" write for Russia's side, not as independent correspondents;
- label: "what the government called militant camps" is a label, not a claim;
- group: a civic group named by its place ("the Khartoum Resistance Committee") is no state's;
- saying: "Russia launched the strikes on Tuesday, saying they targeted military sites": the subject says it;
- issuer: a page a state's office publishes ("Ministry of Foreign Affairs of Ukraine") speaks for that state in
  its own voice and through officials it names without a polity; an outlet named after a place does not;
- gazetteer: a body of a packaged state named by a user's polity ("Gaza's health ministry", a user's Hamas
  listing "Gaza") is that polity's;
- control: the ordinary phrasings next to them, which must stay right.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronik.extract import annotate
from chronik.model import Update
from tests.attribution_cases import grouped_cases, ukraine_sides, wars_fixture

WARS: dict[str, tuple[str, str]] = {}

WARS["ethiopia"] = ("""
    defaults: replace
    sides:
      federal: the Ethiopian federal government and its forces
      tigrayan: the Tigray regional government and the TPLF
      third-party: other states and intergovernmental bodies
      independent: the outlet, NGOs, experts, residents
    narrative: independent
    polities:
      - {name: Ethiopia, side: federal, adjective: Ethiopian, government: Ethiopian federal government,
         forms: [Ethiopia, Ethiopian, Addis Ababa, federal government]}
      - {name: Tigray, side: tigrayan, adjective: Tigrayan, government: Tigray regional government,
         forms: [Tigray, Tigrayan, TPLF, Tigray regional government, Mekelle]}
      - {name: Sudan, side: third-party, adjective: Sudanese, government: Government of Sudan,
         forms: [Sudan, Sudanese, Khartoum]}
      - {name: India, side: third-party, adjective: Indian, government: Government of India,
         forms: [India, Indian, New Delhi]}
""", """
    defaults: replace
    places:
      - {name: Adigrat}
      - {name: Shire}
    people:
      - {name: Abiy Ahmed, side: federal}
    bodies:
      - {name: Norwegian Refugee Council, side: independent, aliases: [NRC]}
""")

WARS["gaza"] = ("""
    defaults: extend
    sides:
      israeli: Israel
      hamas: Hamas, its armed wing and the authorities it runs in Gaza
    polities:
      - {name: Israel, side: israeli, adjective: Israeli, government: Government of Israel, forms: [Israel, Israeli]}
      - {name: Hamas, side: hamas, adjective: Hamas, government: Hamas authorities,
         forms: [Hamas, Hamas-run, Gaza, Gaza Strip, Qassam Brigades]}
""", """
    places:
      - {name: Ashdod}
""")

WARS["ukraine"] = (ukraine_sides(more="""
      - {name: Vietnam, side: third-party, adjective: Vietnamese, government: Government of Vietnam,
         forms: [Vietnam, Vietnamese, Hanoi]}
"""[1:]), """
    defaults: replace
    places:
      - {name: Kharkiv}
""")

CASES = [
    ("dateline", "ethiopia", "NAIROBI, 3 March 2021 – The Norwegian Refugee Council is alarmed by the fighting in "
                             "Tigray and calls on all parties to let aid through.", "Norwegian Refugee Council",
     "independent"),
    ("dateline", "ethiopia", "KYIV (AP) — The Norwegian Refugee Council is alarmed by the shelling and calls on all "
                            "parties to spare civilians.", "Norwegian Refugee Council", "independent"),
    ("time", "ukraine", "Russia on Tuesday announced that it had opened a corridor after Ukrainian forces agreed to "
                        "pull back.", "Government of Russia", "russian"),
    ("time", "ukraine", "Ukraine yesterday accused Russia of shelling the plant.", "Government of Ukraine",
     "ukrainian"),
    ("same-day", "ukraine", "Earlier on Monday, Ukraine's foreign ministry said the ambassador had been summoned.",
     "Ukrainian Foreign Ministry", "ukrainian"),
    ("answer", "ethiopia", "The Tigray regional government said in a statement on Monday that drones had struck a "
                           "market in Adigrat, a claim the federal government denied.",
     "Tigray regional government", "tigrayan"),
    ("answer", "ukraine", "Kyiv said Russian drones hit a dam near Kharkiv, an allegation Moscow rejects.",
     "Government of Ukraine", "ukrainian"),
    ("surname", "ethiopia", "Lt Gen Abdel Aziz Ahmed, the army spokesman, told reporters that Shire had fallen.",
     "Abdel Aziz Ahmed", None),
    ("surname", "ethiopia", "Brig Gen Ahmed Yusuf Karrar, a Sudanese army spokesman, told reporters that the "
                            "border was closed.", "Ahmed Yusuf Karrar", "third-party"),
    ("office", "ukraine", "Vietnam's Ministry of National Defence said two patrol boats were rammed.",
     "Vietnamese Defence Ministry", "third-party"),
    ("office", "ukraine", "The Ministry of National Defence reports that enemy jets bombed two bridges today.",
     "Ministry of National Defence", None),
    ("contrast", "ukraine", "Ukraine's lead negotiator, Rustem Umerov, said the talks would go on, while the head "
                            "of the Russian delegation, Ivan Petrov, said nothing had changed.", "Rustem Umerov",
     "ukrainian"),
    ("contrast", "ukraine", "The head of the Russian delegation, Ivan Petrov, said nothing had changed, while "
                            "Ukraine's lead negotiator, Rustem Umerov, said the talks would go on.", "Ivan Petrov",
     "russian"),
    ("apposition", "gaza", "The Qassam Brigades, the armed wing of Hamas, said it had fired rockets at Ashdod.",
     "Qassam Brigades", "hamas"),
    ("apposition", "gaza", "Hamas, the group that runs Gaza, said 20 people were killed.", "Hamas", "hamas"),
    ("apposition", "ethiopia", "The TPLF, the party that ran Tigray for decades, said its fighters had retaken Shire.",
     "TPLF", "tigrayan"),
    ("owned", "ethiopia", "The Ethiopian federal government's Emergency Committee said on Friday that roads to "
                          "Shire would reopen.", "Ethiopian Emergency Committee", "federal"),
    ("described", "ukraine", "Ukraine's state railway company Ukrzaliznytsia said on Friday that trains to Kharkiv "
                             "would resume.", "Ukrzaliznytsia", "ukrainian"),
    ("described", "ukraine", "Russia's state nuclear corporation Rosatom said the plant was safe.", "Rosatom",
     "russian"),
    ("partisan", "ukraine", "Russian war correspondents claimed on Monday that Ukrainian troops had crossed the "
                            "river.", "Russian war correspondents", "russian"),
    ("label", "ethiopia", "Indian troops struck three sites, targeting what the government called militant camps.",
     None, "independent"),
    ("group", "ethiopia", "According to the Khartoum Resistance Committee, gunmen looted the market.",
     "Khartoum Resistance Committee", "independent"),
    ("gazetteer", "gaza", "Gaza's health ministry says 50 people have been killed.", "Gaza Health Ministry", "hamas"),
    ("gazetteer", "gaza", "The Hamas-run health ministry in Gaza said 40 people were killed.", "Gaza Health Ministry",
     "hamas"),
    ("saying", "ukraine", "Russia launched the strikes on Tuesday, saying they targeted military sites.",
     "Government of Russia", "russian"),
    ("office", "ukraine", "The Ministry of Home Affairs said the drill was routine.", "Ministry of Home Affairs", None),
    # --- control ---------------------------------------------------------------------------------------
    ("control", "ethiopia", "Prime Minister Ahmed told parliament that the operation was over.", "Abiy Ahmed",
     "federal"),
    ("control", "ethiopia", "Abiy Ahmed told parliament that the operation in Tigray was over.", "Abiy Ahmed",
     "federal"),
    ("control", "ethiopia", "The TPLF said its fighters had retaken Shire, which the federal government disputed.",
     "TPLF", "tigrayan"),
    ("control", "ukraine", "Russian forces shelled Kharkiv, which Ukraine said killed three people.",
     "Government of Ukraine", "ukrainian"),
    ("control", "ukraine", "Russian forces shelled Kharkiv overnight, the Ukrainian military said.",
     "Ukrainian military", "ukrainian"),
    ("control", "ukraine", "Prior to that, Ukraine's foreign ministry said the ambassador had been summoned.",
     None, "independent"),
    ("control", "ukraine", "Russia launched what it called a special operation, the Ukrainian military said.",
     "Ukrainian military", "ukrainian"),
    ("control", "ethiopia", "Local residents said five people were killed in Shire.", "local residents",
     "independent"),
    ("control", "ukraine", "Ukrainian correspondents said the bridge had been hit.", "Ukrainian correspondents",
     "independent"),
    ("control", "gaza", "Israel said that the group, which runs Gaza, had fired 30 rockets at Ashdod.",
     "Government of Israel", "israeli"),
    ("control", "ukraine", "Two people were killed in the strike on Kharkiv, saying nothing.", None, "independent"),
    ("control", "karabakh-default", "Gaza's health ministry says 50 people have been killed.",
     "Gaza Health Ministry", "third-party"),
    ("control", "ukraine", "Russian forces shelled Kharkiv, while civilians slept, the Ukrainian military said.",
     "Ukrainian military", "ukrainian"),
]

GROUPS = ("dateline", "time", "same-day", "answer", "surname", "office", "contrast", "apposition", "owned",
          "described", "partisan", "label", "group", "saying", "gazetteer", "control")

wars = wars_fixture(WARS, default=True)
test_who_speaks_round2 = grouped_cases(CASES, GROUPS)


class _Pages:
    """A config's sources, by id: only what annotate reads."""

    def __init__(self, publishers: dict[str, str]):
        self.publishers = publishers

    def source(self, source_id: str) -> SimpleNamespace | None:
        publisher = self.publishers.get(source_id)
        return SimpleNamespace(publisher=publisher, title=None, url=None, own_timezone=None) if publisher else None


PAGES = _Pages({"mfa": "Ministry of Foreign Affairs of Ukraine", "wire": "Kyiv Wire News Agency",
                "radio": "Radio Liberty (Ukrainian Service)"})


@pytest.mark.parametrize(("source", "text", "who", "side"), [
    # a state office's page: its own voice is the office's, and officials named without a polity speak for the state
    ("mfa", "Russian drones struck a grain terminal in Odesa overnight, destroying 40,000 tonnes of grain.",
     "Ukrainian Foreign Ministry", "ukrainian"),
    ("mfa", "The Ministry strongly condemns the shelling of the grain terminal in Odesa last night.",
     "Ministry", "ukrainian"),
    ("mfa", "Deputy Minister Olena Koval told the ambassadors that the attacks must stop at once.",
     "Olena Koval", "ukrainian"),
    # a claimant with a side of its own keeps it; an outlet named after a place is no office
    ("mfa", "The Russian Defense Ministry said it had struck military targets in Odesa.",
     "Russian Defense Ministry", "russian"),
    ("wire", "Russian drones struck a grain terminal in Odesa overnight, destroying 40,000 tonnes of grain.",
     None, "independent"),
    ("radio", "Deputy Minister Olena Koval told the ambassadors that the attacks must stop at once.",
     "Olena Koval", "ukrainian"),  # no office's page, but a national service's own country's minister
])
def test_a_state_office_page_speaks_for_its_state(wars, source, text, who, side):
    update = Update(source=source, lines=[1], text=text, date="2023-07-20")
    annotate(update, PAGES, wars["ukraine"])  # type: ignore[arg-type]
    assert (update.attribution.who, update.attribution.side) == (who, side)
