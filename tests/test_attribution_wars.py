"""Attribution on four more wars, each with the sides and gazetteer a user would write for it:
Sudan (SAF vs RSF, 2023-), Israel-Hamas (2023-), Ethiopia-Tigray (2020-22), Myanmar (2021-).

The updates are written for these tests in the phrasings news outlets use; none is from the seeds.
The code knows none of these actors: everything war-specific is in the files below.
"""

from __future__ import annotations

import pytest

from chronik.extract import annotate
from chronik.extract.data import ExtractData, load_files
from chronik.extract.text import normalize
from chronik.model import Update
from tests.conftest import write

WARS: dict[str, tuple[str, str]] = {}

WARS["sudan"] = ("""
    defaults: replace
    sides:
      saf: the Sudanese Armed Forces and the army-backed government
      rsf: the Rapid Support Forces and allied militias
      third-party: other states, the UN and its agencies, the AU
      independent: the outlet, NGOs, monitors, doctors, residents
    narrative: independent
    polities:
      - {name: Sudan, side: saf, adjective: Sudanese, government: Government of Sudan,
         forms: [Sudan, Sudanese, Port Sudan]}
      - {name: United Arab Emirates, side: third-party, adjective: Emirati, government: UAE government,
         forms: [UAE, Emirati, Abu Dhabi]}
      - {name: United Nations, side: third-party, adjective: UN, government: United Nations, forms: [UN, U.N.]}
""", """
    defaults: replace
    places:
      - {name: Khartoum}
      - {name: Omdurman}
      - {name: El Fasher, aliases: [Al-Fashir, El-Fasher]}
    people:
      - {name: Abdel Fattah al-Burhan, side: saf, aliases: [Burhan, al-Burhan]}
      - {name: Nabil Abdallah, side: saf, aliases: [Nabil Abdullah]}
      - {name: Mohamed Hamdan Dagalo, side: rsf, aliases: [Hemedti, Hemeti, Dagalo]}
    bodies:
      - {name: Sudanese Armed Forces, side: saf,
         aliases: [SAF, the army, Sudanese army, Sudan's army, Sudanese military, the military]}
      - {name: Rapid Support Forces, side: rsf, aliases: [RSF, the paramilitary RSF, the paramilitaries]}
      - {name: OCHA, side: third-party, aliases: [UN humanitarian office, U.N. humanitarian office,
         UN Office for the Coordination of Humanitarian Affairs]}
      - {name: World Health Organization, side: third-party, aliases: [WHO]}
      - {name: Medecins Sans Frontieres, side: independent,
         aliases: [MSF, Doctors Without Borders, Médecins Sans Frontières]}
      - {name: Sudan Doctors Network, side: independent}
""")

WARS["gaza"] = ("""
    defaults: replace
    sides:
      israeli: Israel, its government and the Israel Defense Forces
      palestinian: Hamas, the other armed groups in Gaza and the Hamas-run authorities
      third-party: other states, the UN and its agencies
      independent: the outlet, NGOs, journalists, residents
    narrative: independent
    polities:
      - {name: Israel, side: israeli, adjective: Israeli, government: Government of Israel,
         forms: [Israel, Israeli, Jerusalem]}
      - {name: Gaza, side: palestinian, adjective: Gaza, government: Hamas-run government in Gaza,
         forms: [Gaza, Palestinian, Hamas-run, Hamas-led]}
      - {name: Qatar, side: third-party, adjective: Qatari, government: Government of Qatar,
         forms: [Qatar, Qatari, Doha]}
      - {name: United States, side: third-party, adjective: U.S., government: U.S. government,
         forms: [United States, U.S., US, Washington, American]}
      - {name: United Nations, side: third-party, adjective: UN, government: United Nations, forms: [UN, U.N.]}
""", """
    defaults: replace
    places:
      - {name: Khan Younis, aliases: [Khan Yunis]}
      - {name: Rafah}
    people:
      - {name: Benjamin Netanyahu, side: israeli, aliases: [Netanyahu]}
      - {name: Daniel Hagari, side: israeli}
      - {name: Abu Obeida, side: palestinian}
      - {name: Philippe Lazzarini, side: third-party}
    bodies:
      - {name: Israel Defense Forces, side: israeli, aliases: [IDF, Israeli military, Israeli army]}
      - {name: Hamas, side: palestinian}
      - {name: Qassam Brigades, side: palestinian, aliases: [al-Qassam Brigades, Izz ad-Din al-Qassam Brigades]}
      - {name: Gaza Health Ministry, side: palestinian,
         aliases: [Gaza health ministry, health ministry in Gaza, Gaza's health ministry]}
      - {name: Gaza Government Media Office, side: palestinian, aliases: [Gaza government media office]}
      - {name: UNRWA, side: third-party, aliases: [UN agency for Palestinian refugees]}
      - {name: World Health Organization, side: third-party, aliases: [WHO]}
      - {name: Human Rights Watch, side: independent, aliases: [HRW]}
      - {name: Amnesty International, side: independent, aliases: [Amnesty]}
""")

WARS["tigray"] = ("""
    defaults: replace
    sides:
      federal: the Ethiopian federal government, its army and its allies (Eritrea, Amhara forces)
      tigray: the TPLF, the Tigray Defence Forces and the Tigray regional government
      third-party: other states, the UN, the AU
      independent: the outlet, NGOs, residents, aid workers
    narrative: independent
    polities:
      - {name: Ethiopia, side: federal, adjective: Ethiopian, government: Government of Ethiopia,
         forms: [Ethiopia, Ethiopian, Addis Ababa, federal]}
      - {name: Eritrea, side: federal, adjective: Eritrean, government: Government of Eritrea,
         forms: [Eritrea, Eritrean, Asmara]}
      - {name: Tigray, side: tigray, adjective: Tigrayan, government: Tigray regional government,
         forms: [Tigray, Tigrayan, Mekelle]}
      - {name: African Union, side: third-party, adjective: AU, government: African Union, forms: [AU]}
      - {name: United Nations, side: third-party, adjective: UN, government: United Nations, forms: [UN, U.N.]}
""", """
    defaults: replace
    places:
      - {name: Mekelle, aliases: [Mekele, Makelle]}
      - {name: Humera}
      - {name: Alamata}
    people:
      - {name: Abiy Ahmed, side: federal, aliases: [Abiy]}
      - {name: Redwan Hussein, side: federal}
      - {name: Getachew Reda, side: tigray}
      - {name: Debretsion Gebremichael, side: tigray, aliases: [Debretsion]}
    bodies:
      - {name: Ethiopian National Defense Force, side: federal,
         aliases: [ENDF, Ethiopian National Defence Force, Ethiopian army, Ethiopian military, federal army]}
      - {name: Tigray People's Liberation Front, side: tigray, aliases: [TPLF]}
      - {name: Tigray Defence Forces, side: tigray, aliases: [TDF, Tigray Defense Forces, Tigrayan forces]}
      - {name: World Health Organization, side: third-party, aliases: [WHO]}
      - {name: Amnesty International, side: independent, aliases: [Amnesty]}
      - {name: Ethiopian Human Rights Commission, side: independent, aliases: [EHRC]}
""")

WARS["myanmar"] = ("""
    defaults: replace
    sides:
      junta: the military government (State Administration Council) and its armed forces
      resistance: the National Unity Government, the People's Defence Forces and allied ethnic armies
      third-party: other states, ASEAN, the UN
      independent: the outlet, monitors, NGOs, residents
    narrative: independent
    polities:
      - {name: Myanmar, side: junta, adjective: Myanmar, government: State Administration Council,
         forms: [Myanmar, Burma, Burmese, Naypyitaw, Naypyidaw]}
      - {name: China, side: third-party, adjective: Chinese, government: Government of China,
         forms: [China, Chinese, Beijing]}
      - {name: ASEAN, side: third-party, adjective: ASEAN, government: ASEAN, forms: [ASEAN]}
      - {name: United Nations, side: third-party, adjective: UN, government: United Nations, forms: [UN, U.N.]}
""", """
    defaults: replace
    places:
      - {name: Sagaing}
      - {name: Lashio}
    people:
      - {name: Min Aung Hlaing, side: junta}
      - {name: Zaw Min Tun, side: junta}
      - {name: Kyaw Zaw, side: resistance}
    bodies:
      - {name: State Administration Council, side: junta,
         aliases: [SAC, junta, the junta, military junta, military government, military regime]}
      - {name: Tatmadaw, side: junta, aliases: [Myanmar military, Myanmar army, the military]}
      - {name: MRTV, side: junta, aliases: [state media MRTV, Myanmar Radio and Television]}
      - {name: Global New Light of Myanmar, side: junta, aliases: [state-run Global New Light of Myanmar]}
      - {name: National Unity Government, side: resistance, aliases: [NUG, shadow government]}
      - {name: People's Defence Force, side: resistance,
         aliases: [PDF, PDFs, People's Defense Force, People's Defence Forces]}
      - {name: Three Brotherhood Alliance, side: resistance, aliases: [Brotherhood Alliance]}
      - {name: Arakan Army, side: resistance, aliases: [AA]}
      - {name: Assistance Association for Political Prisoners, side: independent, aliases: [AAPP]}
      - {name: ACLED, side: independent, aliases: [Armed Conflict Location and Event Data Project]}
      - {name: OHCHR, side: third-party, aliases: [UN human rights office, U.N. human rights office]}
""")

# (war, text, who, side)
CASES = [
    # --- Sudan -----------------------------------------------------------------------------------------
    ("sudan", "The Sudanese Armed Forces said on Tuesday they had repelled an RSF attack on El Fasher.",
     "Sudanese Armed Forces", "saf"),
    ("sudan", "According to the RSF, its fighters took full control of the army's base in Nyala.",
     "Rapid Support Forces", "rsf"),
    ("sudan", "SAF spokesman Nabil Abdallah told Reuters that the army had killed 40 RSF fighters in Omdurman.",
     "Nabil Abdallah", "saf"),
    ("sudan", "The Rapid Support Forces said in a statement on Telegram that its forces had shot down a drone "
              "over Khartoum North.", "Rapid Support Forces", "rsf"),
    ("sudan", '"We will not negotiate with a militia that loots homes," the army said.',
     "Sudanese Armed Forces", "saf"),
    ("sudan", "Hemedti claimed in a video address that his forces controlled most of Khartoum.",
     "Mohamed Hamdan Dagalo", "rsf"),
    ("sudan", "The RSF denied targeting civilians in El Geneina and blamed 'tribal clashes'.",
     "Rapid Support Forces", "rsf"),
    ("sudan", "The army accused the RSF of shelling the Saudi hospital in El Fasher.", "Sudanese Armed Forces", "saf"),
    ("sudan", "Sources close to the RSF said the group's commanders had met in Nairobi.", None, "rsf"),
    ("sudan", "More than 300 civilians were killed in Omdurman last month, according to Sudan's health ministry.",
     "Sudanese Health Ministry", "saf"),
    ("sudan", "The UN humanitarian office OCHA said 25 million people needed aid.", "OCHA", "third-party"),
    ("sudan", "Doctors Without Borders said its hospital in Omdurman had received 60 wounded people in one day.",
     "Medecins Sans Frontieres", "independent"),
    ("sudan", "Shells fell on the central market in Omdurman, it was reported by local media.", None, None),
    ("sudan", "Fighting raged in Bahri overnight as residents fled towards the Nile.", None, "independent"),
    ("sudan", "In a statement from its media office, the RSF said it had seized the Jebel Aulia dam.",
     "Rapid Support Forces", "rsf"),
    ("sudan", "The RSF's spokesperson told Reuters that the group had agreed to a 72-hour truce.",
     "Rapid Support Forces", "rsf"),
    ("sudan", "The army has retaken the state broadcaster's building in Omdurman. That is according to the army's "
              "spokesman, Nabil Abdallah.", "Nabil Abdallah", "saf"),
    ("sudan", "Speaking to Al Jazeera, RSF adviser Mustafa Ibrahim said the group was ready for talks.",
     "Mustafa Ibrahim", "rsf"),
    ("sudan", "Witnesses told AFP that RSF fighters went house to house in Ardamata.", "witnesses", "independent"),
    ("sudan", "The army and the RSF accused each other of starting the fighting.", None, "independent"),
    ("sudan", "Army chief Abdel Fattah al-Burhan visited troops in Omdurman on Sunday. He said the war would end "
              "only with the defeat of the rebels.", "Abdel Fattah al-Burhan", "saf"),
    # --- Israel-Hamas ----------------------------------------------------------------------------------
    ("gaza", "The Israeli military said its jets struck 150 underground targets in northern Gaza overnight.",
     "Israel Defense Forces", "israeli"),
    ("gaza", "More than 300 civilians were killed in the past 24 hours, according to the health ministry in Gaza.",
     "Gaza Health Ministry", "palestinian"),
    ("gaza", "IDF spokesman Daniel Hagari told reporters that troops had killed 40 Hamas fighters in Khan Younis.",
     "Daniel Hagari", "israeli"),
    ("gaza", "Hamas said in a statement on Telegram that three hostages had been killed in an Israeli air strike.",
     "Hamas", "palestinian"),
    ("gaza", '"There is no safe place in Gaza," UNRWA chief Philippe Lazzarini said.',
     "Philippe Lazzarini", "third-party"),
    ("gaza", "Hamas's armed wing, the Qassam Brigades, claimed it had destroyed 24 Israeli military vehicles.",
     "Qassam Brigades", "palestinian"),
    ("gaza", "The IDF denied that it had targeted the al-Ahli hospital.", "Israel Defense Forces", "israeli"),
    ("gaza", "Israel accused Hamas of using hospitals as command centres.", "Government of Israel", "israeli"),
    ("gaza", "Netanyahu's office said in a statement that the war would go on until Hamas was destroyed.",
     "Benjamin Netanyahu", "israeli"),
    ("gaza", "The World Health Organization said only nine of Gaza's 36 hospitals were partially functioning.",
     "World Health Organization", "third-party"),
    ("gaza", "Human Rights Watch said the use of starvation as a weapon of war was a war crime.",
     "Human Rights Watch", "independent"),
    ("gaza", "Israeli tanks pushed deeper into Rafah on Tuesday, and smoke rose over the eastern neighbourhoods.",
     None, "independent"),
    ("gaza", "Rear Admiral Daniel Hagari briefed reporters on Saturday evening. He said ground forces were "
             "expanding operations in the north.", "Daniel Hagari", "israeli"),
    ("gaza", "The deaths of six aid workers were reported by UNRWA on Monday.", "UNRWA", "third-party"),
    ("gaza", "A statement from the Gaza government media office said 12 people were killed in the strike on the "
             "school.", "Gaza Government Media Office", "palestinian"),
    ("gaza", "Qatar, which mediates between Israel and Hamas, said talks were continuing.",
     "Government of Qatar", "third-party"),
    ("gaza", "Israeli officials said the army had found tunnels beneath the hospital.",
     "Israeli officials", "israeli"),
    ("gaza", "A senior Hamas official told Al Jazeera that the group had not received the proposal.",
     "Hamas", "palestinian"),
    ("gaza", "Hamas official Osama Hamdan told a news conference in Beirut that there would be no deal without a "
             "ceasefire.", "Osama Hamdan", "palestinian"),
    ("gaza", '"We have found weapons in the hospital," said Lt. Col. Peter Lerner, an IDF spokesman.',
     "Peter Lerner", "israeli"),
    ("gaza", "Israel said it was investigating the incident, and Hamas blamed Israel for the delay.",
     "Government of Israel", "israeli"),
    ("gaza", "Palestinian civil defence said 15 people were killed in the strike.",
     "Gaza civil defence", "palestinian"),
    ("gaza", "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said talks had reached a critical stage.",
     "Mohammed bin Abdulrahman Al Thani", "third-party"),
    ("gaza", "Fighting continued around the Al-Shifa hospital on Wednesday.\n\nThe IDF said its troops had killed "
             "20 gunmen.", None, "independent"),
    ("gaza", "Palestinians in Rafah were told to move to al-Mawasi, it was reported.", None, None),
    # --- Ethiopia-Tigray -------------------------------------------------------------------------------
    ("tigray", "The TPLF said its forces had shot down an Ethiopian fighter jet over Mekelle.",
     "Tigray People's Liberation Front", "tigray"),
    ("tigray", "Getachew Reda, a spokesman for the TPLF, told Reuters that Tigrayan forces had captured Alamata.",
     "Getachew Reda", "tigray"),
    ("tigray", "According to the Ethiopian National Defense Force, more than 550 TPLF fighters were killed near "
               "Dansha.", "Ethiopian National Defense Force", "federal"),
    ("tigray", "Prime Minister Abiy Ahmed said on Twitter that the law enforcement operation in Tigray was complete.",
     "Abiy Ahmed", "federal"),
    ("tigray", "The federal government accused the TPLF of attacking a military base in Mekelle.",
     "Government of Ethiopia", "federal"),
    ("tigray", "Eritrea denied that its troops were in Tigray.", "Government of Eritrea", "federal"),
    ("tigray", '"Our forces are in full control of Mekelle," the Tigray Defence Forces said in a statement.',
     "Tigray Defence Forces", "tigray"),
    ("tigray", "Amnesty International said hundreds of civilians had been killed in Mai Kadra.",
     "Amnesty International", "independent"),
    ("tigray", "The ENDF claimed to have killed 40 Tigrayan fighters near Humera.",
     "Ethiopian National Defense Force", "federal"),
    ("tigray", "Communications remained cut across Tigray, and aid convoys had not reached Mekelle for weeks.",
     None, "independent"),
    ("tigray", "The head of the WHO, Tedros Adhanom Ghebreyesus, said the siege of Tigray was a catastrophe.",
     "Tedros Adhanom Ghebreyesus", "third-party"),
    ("tigray", "Ethiopian state media reported that the army had retaken Lalibela.",
     "Ethiopian state media", "federal"),
    ("tigray", "Government spokesman Redwan Hussein accused Tigrayan forces of looting aid warehouses.",
     "Redwan Hussein", "federal"),
    ("tigray", "Debretsion Gebremichael, the TPLF leader, wrote in a letter to the UN that Tigray would accept an "
               "AU-led process.", "Debretsion Gebremichael", "tigray"),
    ("tigray", "A senior Ethiopian official, who asked not to be named, told AFP that the army would not enter "
               "Mekelle.", "Ethiopian official", "federal"),
    ("tigray", "Sources close to the Tigray leadership said Debretsion had left Mekelle.", None, "tigray"),
    # --- Myanmar ---------------------------------------------------------------------------------------
    ("myanmar", "The junta said its forces had killed 40 PDF fighters in Sagaing region.",
     "State Administration Council", "junta"),
    ("myanmar", "According to state media MRTV, terrorists attacked a police station in Magway.", "MRTV", "junta"),
    ("myanmar", "Junta spokesman Zaw Min Tun told the BBC that the military would not negotiate with terrorists.",
     "Zaw Min Tun", "junta"),
    ("myanmar", "The National Unity Government said in a statement that the air strike on Pazigyi village killed "
                "more than 160 people.", "National Unity Government", "resistance"),
    ("myanmar", "The Three Brotherhood Alliance claimed it had captured more than 100 junta outposts.",
     "Three Brotherhood Alliance", "resistance"),
    ("myanmar", '"The revolution will win," the People\'s Defence Force said in a post on Telegram.',
     "People's Defence Force", "resistance"),
    ("myanmar", "The military denied bombing a school in Let Yet Kone village.", "Tatmadaw", "junta"),
    ("myanmar", "The Assistance Association for Political Prisoners said at least 4,000 civilians had been killed "
                "by the junta since the coup.", "Assistance Association for Political Prisoners", "independent"),
    ("myanmar", "According to ACLED data, more than 1,000 clashes were recorded in Sagaing last year.",
     "ACLED", "independent"),
    ("myanmar", "The junta accused the Arakan Army of executing prisoners in Rakhine.",
     "State Administration Council", "junta"),
    ("myanmar", "Fighting spread to northern Shan state on Friday as resistance fighters overran a border town.",
     None, "independent"),
    ("myanmar", "An NUG spokesperson, Kyaw Zaw, said the resistance controlled much of Sagaing. He added that the "
                "junta was losing ground.", "Kyaw Zaw", "resistance"),
    ("myanmar", "Several villages in Magway region were torched, according to local media.", None, None),
    ("myanmar", "The UN human rights office said the military had carried out more than 1,500 air strikes since "
                "the coup.", "OHCHR", "third-party"),
    ("myanmar", "Residents of Lashio told Myanmar Now that junta aircraft bombed the market.",
     "residents of Lashio", "independent"),
    ("myanmar", "China's foreign ministry said Beijing supported a ceasefire in northern Shan.",
     "Chinese Foreign Ministry", "third-party"),
    ("myanmar", "The air strike killed 12 civilians at a monastery, the NUG said, adding that children were among "
                "the dead.", "National Unity Government", "resistance"),
    ("myanmar", "The Kachin Independence Army (KIA) said it had seized a base near Laiza.",
     "Kachin Independence Army – KIA", None),  # not in the gazetteer: named with the acronym it gives, no side
    ("myanmar", "The junta has been accused by rights groups of war crimes.", "rights groups", "independent"),
    ("myanmar", "The state-run Global New Light of Myanmar said Lashio had been recaptured.",
     "Global New Light of Myanmar", "junta"),
]

# (war, text, [(what, count, claimant, side)])
FIGURES = [
    ("sudan", "SAF spokesman Nabil Abdallah told Reuters that the army had killed 40 RSF fighters in Omdurman.",
     [("soldiers killed", 40, "Nabil Abdallah", "saf")]),
    ("sudan", "More than 300 civilians were killed in Omdurman last month, according to Sudan's health ministry.",
     [("civilians killed", 300, "Sudanese Health Ministry", "saf")]),
    ("gaza", "More than 300 civilians were killed in the past 24 hours, according to the health ministry in Gaza.",
     [("civilians killed", 300, "Gaza Health Ministry", "palestinian")]),
    ("gaza", "Hamas's armed wing, the Qassam Brigades, claimed it had destroyed 24 Israeli military vehicles.",
     [("vehicles destroyed", 24, "Qassam Brigades", "palestinian")]),
    ("tigray", "According to the Ethiopian National Defense Force, more than 550 TPLF fighters were killed near "
               "Dansha.", [("soldiers killed", 550, "Ethiopian National Defense Force", "federal")]),
    ("tigray", "The ENDF claimed to have killed 40 Tigrayan fighters near Humera.",
     [("soldiers killed", 40, "Ethiopian National Defense Force", "federal")]),
    ("myanmar", "The junta said its forces had killed 40 PDF fighters in Sagaing region.",
     [("soldiers killed", 40, "State Administration Council", "junta")]),
    ("myanmar", "The National Unity Government said in a statement that the air strike on Pazigyi village killed "
                "more than 160 people.", [("people killed", 160, "National Unity Government", "resistance")]),
    ("myanmar", "Villages burned for two days. The Assistance Association for Political Prisoners said at least "
                "4,000 civilians had been killed by the junta since the coup.",
     [("civilians killed", 4000, "Assistance Association for Political Prisoners", "independent")]),
]


def load_wars(tmp_path_factory, wars: dict[str, tuple[str, str]], default: bool = False) -> dict[str, ExtractData]:
    """The extract data of each war, from its sides and gazetteer files written to a temporary folder (with
    ``default``, also the packaged Karabakh data as "karabakh-default")."""
    out = {"karabakh-default": load_files()} if default else {}
    for name, (sides, gazetteer) in wars.items():
        root = tmp_path_factory.mktemp(name)
        out[name] = load_files(write(root / "sides.yaml", sides), write(root / "gazetteer.yaml", gazetteer))
    return out


def who_and_side(data: ExtractData, text: str, title: str | None = None) -> tuple[str | None, str | None]:
    """The claimant and side ``data`` finds in an update's ``text`` (under ``title``)."""
    found = data.attributor.attribute(normalize(text), normalize(title) if title else None)
    return found.who, found.side


@pytest.fixture(scope="module")
def wars(tmp_path_factory) -> dict[str, ExtractData]:
    return load_wars(tmp_path_factory, WARS)


@pytest.mark.parametrize(("war", "text", "who", "side"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_who_claims_it_and_for_which_side(wars, war, text, who, side):
    assert who_and_side(wars[war], text) == (who, side)


@pytest.mark.parametrize(("war", "text", "expected"), FIGURES, ids=[f"{c[0]}-{i}" for i, c in enumerate(FIGURES)])
def test_figures_carry_their_claimants_side(wars, war, text, expected):
    update = Update(source="s", lines=[1], text=text, date="2023-11-01")
    annotate(update, None, wars[war])  # type: ignore[arg-type]
    assert [(f.what, f.count, f.claimant, f.side) for f in update.figures] == expected


@pytest.mark.parametrize("war", sorted(WARS))
def test_no_packaged_actor_leaks_into_another_war(wars, war):
    found = wars[war].attributor.attribute(normalize("Aliyev said the talks would go on."))
    assert found.side is None
