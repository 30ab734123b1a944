"""Who speaks, named as the text names them, over eight wars (Ukraine, Sudan, Gaza, Myanmar, Ethiopia,
DRC, Yemen, Karabakh), with sides files written the way users write them: bodies listed among a
polity's forms ("IDF", "Islamic Revolutionary Guard Corps"), few people in the gazetteer.

- named: a specific body or person keeps its name ("Ukraine's General Staff" is the Ukrainian General
  Staff, not "Ukrainian military"; "the IDF" is the IDF, not the Government of Israel; "UN coordinator
  Jane Roe" is Jane Roe, not the United Nations); a body the gazetteer knows keeps its canonical name;
- speaker: the subject of the reporting verb, not a name in a participle clause, an object, a date after
  an apposition, a prepositional phrase, or a polity adjective elsewhere in the sentence;
- voice: an update in the outlet's own voice gets the narrative side;
- military: "the military said" after a title or sentence naming exactly one warring polity's army;
- control: the ordinary phrasings next to them, which must stay right.

The updates are written for these tests; none is taken from a page chronik is measured on.
"""

from __future__ import annotations

import pytest

from chronik.extract.data import ExtractData
from tests.test_attribution_wars import load_wars, who_and_side

WARS: dict[str, tuple[str, str]] = {}

WARS["ukraine"] = ("""
    defaults: replace
    sides:
      russian: Russia and the authorities it installed
      ukrainian: Ukraine
      third-party: other states and intergovernmental bodies
      independent: the outlet, NGOs, experts, residents
    narrative: independent
    polities:
      - {name: Russia, side: russian, adjective: Russian, government: Government of Russia,
         forms: [Russia, Russian, Russian Federation, Moscow, Russian-installed]}
      - {name: Ukraine, side: ukrainian, adjective: Ukrainian, government: Government of Ukraine,
         forms: [Ukraine, Ukrainian, Kyiv, Kiev]}
      - {name: United States, side: third-party, adjective: U.S., government: U.S. government,
         forms: [United States, U.S., US, Washington, American]}
      - {name: United Nations, side: third-party, adjective: UN, government: United Nations, forms: [UN, U.N.]}
      - {name: European Union, side: third-party, adjective: EU, government: European Union,
         forms: [EU, European]}
      - {name: Brazil, side: third-party, adjective: Brazilian, government: Government of Brazil,
         forms: [Brazil, Brazilian, Brasilia]}
""", """
    defaults: replace
    places:
      - {name: Kyiv, aliases: [Kiev]}
      - {name: Kharkiv}
      - {name: Odesa}
      - {name: Zaporizhzhia}
      - {name: Belgorod}
    people:
      - {name: Volodymyr Zelensky, side: ukrainian, aliases: [Zelenskyy]}
    bodies:
      - {name: Kremlin, side: russian}
""")

WARS["gaza"] = ("""
    defaults: replace
    sides:
      israeli: Israel
      palestinian: Hamas and the Gaza authorities
      iranian: Iran
      third-party: other states, the UN and its agencies
      independent: the outlet, NGOs, journalists, residents
    narrative: independent
    polities:
      - {name: Israel, side: israeli, adjective: Israeli, government: Government of Israel,
         forms: [Israel, Israeli, IDF, Israel Defense Forces, Jerusalem]}
      - {name: Palestine, side: palestinian, adjective: Palestinian, government: Palestinian Authority,
         forms: [Palestine, Palestinian, Hamas-run, Gaza, Qassam Brigades]}
      - {name: Iran, side: iranian, adjective: Iranian, government: Government of Iran,
         forms: [Iran, Iranian, Islamic Republic of Iran, Tehran, IRGC, Islamic Revolutionary Guard Corps]}
      - {name: United Nations, side: third-party, adjective: UN, government: United Nations, forms: [UN, U.N.]}
""", """
    defaults: replace
    places:
      - {name: Rafah}
      - {name: Khan Younis}
      - {name: Beirut}
    people: []
    bodies:
      - {name: World Health Organization, side: third-party, aliases: [WHO]}
""")

WARS["sudan"] = ("""
    defaults: replace
    sides:
      saf: the Sudanese Armed Forces
      rsf: the Rapid Support Forces
      third-party: other states, the UN and its agencies
      independent: the outlet, NGOs, doctors, residents
    narrative: independent
    polities:
      - {name: Sudan, side: saf, adjective: Sudanese, government: Government of Sudan,
         forms: [Sudan, Sudanese, Sudanese Armed Forces, SAF, Port Sudan]}
      - {name: Rapid Support Forces, side: rsf, adjective: RSF, government: Rapid Support Forces,
         forms: [Rapid Support Forces, RSF]}
      - {name: United Nations, side: third-party, adjective: UN, government: United Nations, forms: [UN, U.N.]}
""", """
    defaults: replace
    places:
      - {name: Khartoum}
      - {name: El Fasher}
      - {name: Omdurman}
    people:
      - {name: Abdel Fattah al-Burhan, side: saf, aliases: [Burhan]}
      - {name: Mohamed Hamdan Dagalo, side: rsf, aliases: [Dagalo, Hemedti]}
    bodies: []
""")

WARS["ethiopia"] = ("""
    defaults: replace
    sides:
      federal: the Ethiopian federal government and Eritrea
      tigray: the TPLF and the Tigray Defense Forces
      third-party: other states, the UN, the AU
      independent: the outlet, NGOs, residents
    narrative: independent
    polities:
      - {name: Ethiopia, side: federal, adjective: Ethiopian, government: Government of Ethiopia,
         forms: [Ethiopia, Ethiopian, Addis Ababa, ENDF, Ethiopian National Defense Force]}
      - {name: Tigray, side: tigray, adjective: Tigrayan, government: Tigray People's Liberation Front,
         forms: [Tigray, Tigrayan, TPLF, Tigray Defense Forces, TDF]}
      - {name: United Nations, side: third-party, adjective: UN, government: United Nations, forms: [UN, U.N.]}
""", """
    defaults: replace
    places:
      - {name: Mekelle}
      - {name: Axum}
    people: []
    bodies: []
""")

WARS["myanmar"] = ("""
    defaults: replace
    sides:
      junta: the military government and its armed forces
      resistance: the National Unity Government and allied armies
      third-party: other states, ASEAN, the UN
      independent: the outlet, monitors, NGOs, residents
    narrative: independent
    polities:
      - {name: Myanmar, side: junta, adjective: Myanmar, government: State Administration Council,
         forms: [Myanmar, Burmese, Naypyitaw, junta]}
      - {name: NUG, side: resistance, adjective: NUG, government: National Unity Government,
         forms: [National Unity Government, NUG]}
      - {name: United Nations, side: third-party, adjective: UN, government: United Nations, forms: [UN, U.N.]}
""", """
    defaults: replace
    places:
      - {name: Sagaing}
      - {name: Lashio}
    people: []
    bodies:
      - {name: Arakan Army, side: resistance, aliases: [AA]}
""")

WARS["drc"] = ("""
    defaults: replace
    sides:
      government: the Congolese government and the FARDC
      m23: the M23 rebels and Rwanda
      third-party: other states, the UN, MONUSCO
      independent: the outlet, NGOs, residents
    narrative: independent
    polities:
      - {name: DR Congo, side: government, adjective: Congolese, government: Government of DR Congo,
         forms: [DR Congo, DRC, Congolese, Kinshasa, FARDC]}
      - {name: Rwanda, side: m23, adjective: Rwandan, government: Government of Rwanda,
         forms: [Rwanda, Rwandan, Kigali, Rwanda Defence Force, RDF]}
      - {name: M23, side: m23, adjective: M23, government: M23, forms: [M23, AFC/M23]}
      - {name: United Nations, side: third-party, adjective: UN, government: United Nations,
         forms: [UN, U.N., MONUSCO]}
""", """
    defaults: replace
    places:
      - {name: Goma}
      - {name: Bukavu}
    people: []
    bodies: []
""")

WARS["yemen"] = ("""
    defaults: replace
    sides:
      houthi: the Houthis (Ansar Allah)
      coalition: the Saudi-led coalition and the internationally recognised government
      third-party: other states, the UN
      independent: the outlet, NGOs, residents
    narrative: independent
    polities:
      - {name: Houthis, side: houthi, adjective: Houthi, government: Houthi authorities,
         forms: [Houthi, Houthis, Ansar Allah, Sanaa]}
      - {name: Saudi Arabia, side: coalition, adjective: Saudi, government: Government of Saudi Arabia,
         forms: [Saudi Arabia, Saudi, Riyadh, Saudi-led]}
      - {name: United States, side: third-party, adjective: U.S., government: U.S. government,
         forms: [United States, U.S., US, Washington, American]}
      - {name: United Nations, side: third-party, adjective: UN, government: United Nations, forms: [UN, U.N.]}
""", """
    defaults: replace
    places:
      - {name: Hodeidah}
      - {name: Marib}
    people: []
    bodies: []
""")

WARS["karabakh"] = ("""
    defaults: replace
    sides:
      armenian: Armenia and the Karabakh authorities
      azerbaijani: Azerbaijan
      third-party: other states and intergovernmental bodies
      independent: the outlet, NGOs, experts, residents
    narrative: independent
    polities:
      - {name: Armenia, side: armenian, adjective: Armenian, government: Government of Armenia,
         forms: [Armenia, Armenian, Yerevan]}
      - {name: Artsakh, side: armenian, adjective: Artsakh, government: Artsakh authorities,
         forms: [Artsakh, Nagorno-Karabakh, Karabakh, Stepanakert, separatist]}
      - {name: Azerbaijan, side: azerbaijani, adjective: Azerbaijani, government: Government of Azerbaijan,
         forms: [Azerbaijan, Azerbaijani, Baku]}
      - {name: Turkey, side: third-party, adjective: Turkish, government: Government of Turkey,
         forms: [Turkey, Turkish, Ankara]}
      - {name: Iran, side: third-party, adjective: Iranian, government: Government of Iran,
         forms: [Iran, Iranian, Tehran]}
""", """
    defaults: replace
    places:
      - {name: Goris}
      - {name: Barda}
    people: []
    bodies:
      - {name: United Nations, side: third-party, aliases: [UN, U.N.]}
      - {name: UN Security Council, side: third-party, aliases: [U.N. Security Council]}
""")

# (group, war, title, text, who, side)
CASES = [
    # --- named: the body or person as the text names it ------------------------------------------------
    ("named", "ukraine", None, "Ukraine's General Staff said Russian forces launched 62 attacks along the front on "
                               "Tuesday.", "Ukrainian General Staff", "ukrainian"),
    ("named", "ukraine", None, "The Ukrainian air force said it had shot down 18 of 22 drones launched overnight.",
     "Ukrainian air force", "ukrainian"),
    ("named", "ukraine", None, "Russia's air defence said it destroyed 12 drones over Belgorod before dawn.",
     "Russian air defence", "russian"),
    ("named", "ukraine", None, "The US European Command said two Russian jets had intercepted the drone over the "
                               "Black Sea.", "US European Command", "third-party"),
    ("named", "ukraine", None, "Ukraine's Southern Defence Forces said Russian troops shelled Kherson 60 times.",
     "Ukrainian Southern Defence Forces", "ukrainian"),
    ("named", "ukraine", None, "The UN Human Rights Monitoring Mission in Ukraine said at least 30 civilians were "
                               "killed in May.", "UN Human Rights Monitoring Mission in Ukraine", "third-party"),
    ("named", "karabakh", None, "The UN Human Rights Monitoring Mission in Ukraine said at least 30 civilians were "
                                "killed in May.", "UN Human Rights Monitoring Mission in Ukraine", "third-party"),
    ("named", "ukraine", None, "Ukrainian commander-in-chief Oleksandr Syrskyi said the situation near Kupiansk had "
                               "worsened.", "Oleksandr Syrskyi", "ukrainian"),
    ("named", "ukraine", None, "On Friday, Ukrainian commander-in-chief Oleksandr Syrskyi visited brigades near "
                               "Kupiansk and said the enemy had the advantage in shells.", "Oleksandr Syrskyi",
     "ukrainian"),
    ("named", "karabakh", None, "UN High Commissioner for Refugees Filippo Grandi said 100,000 people had crossed "
                                "into Armenia.", "Filippo Grandi", "third-party"),
    ("named", "karabakh", None, "On 4 October, UN High Commissioner for Human Rights Volker Turk said the strikes "
                                "might amount to war crimes.", "Volker Turk", "third-party"),
    ("named", "karabakh", None, "UN Resident and Humanitarian Coordinator Jane Roe-Smith condemned the attack on the "
                                "convoy and called for an inquiry.", "Jane Roe-Smith", "third-party"),
    ("named", "sudan", None, "UN coordinator Jane Roe-Smith condemned the attack on the convoy near El Fasher.",
     "Jane Roe-Smith", "third-party"),
    ("named", "gaza", None, "The IDF said its jets had struck 40 Hamas targets in Khan Younis.",
     "Israel Defense Forces – IDF", "israeli"),
    ("named", "gaza", None, "The Israel Defense Forces said troops had found a tunnel under the school in Rafah.",
     "Israel Defense Forces – IDF", "israeli"),
    ("named", "gaza", None, "Iran's Islamic Revolutionary Guard Corps said it had fired dozens of missiles at Israel.",
     "Islamic Revolutionary Guard Corps – IRGC", "iranian"),
    ("named", "gaza", None, "The IRGC warned that any Israeli response would be met with crushing force.",
     "Islamic Revolutionary Guard Corps – IRGC", "iranian"),
    ("named", "gaza", None, "The Qassam Brigades said its fighters had destroyed three tanks in Rafah.",
     "Qassam Brigades", "palestinian"),
    ("named", "sudan", None, "The Rapid Support Forces (RSF) said in a statement that its fighters had repelled an "
                             "attack on their base.", "Rapid Support Forces – RSF", "rsf"),
    ("named", "sudan", None, "The SAF said it had retaken the bridge over the Nile.",
     "Sudanese Armed Forces – SAF", "saf"),
    ("named", "ethiopia", None, "The ENDF said it had retaken Axum from Tigrayan forces.",
     "Ethiopian National Defense Force – ENDF", "federal"),
    ("named", "ethiopia", None, "The Tigray Defense Forces said they had withdrawn from Mekelle.",
     "Tigray Defense Forces – TDF", "tigray"),
    ("named", "drc", None, "The FARDC said it had repelled an M23 attack near Goma.", "FARDC", "government"),
    ("named", "drc", None, "MONUSCO said its peacekeepers had come under fire near Goma.", "MONUSCO", "third-party"),
    ("named", "yemen", None, "The US Central Command said it had destroyed four Houthi drones over the Red Sea.",
     "US Central Command", "third-party"),
    # --- speaker: the subject of the reporting verb ------------------------------------------------------
    ("speaker", "karabakh", None, "Iranian Foreign Minister Hossein Amir-Abdollahian, speaking by phone with his "
                                  "Armenian counterpart Ararat Mirzoyan, called for restraint.",
     "Hossein Amir-Abdollahian", "third-party"),
    ("speaker", "yemen", None, "Saudi Foreign Minister Faisal bin Farhan, meeting his American counterpart Antony "
                               "Blinken in Riyadh, condemned the Houthi attacks on shipping.",
     "Faisal bin Farhan", "coalition"),
    ("speaker", "yemen", None, "US President Joe Biden, asked about the Houthi attacks at the White House, said: "
                               "\"We will respond.\"", "Joe Biden", "third-party"),
    ("speaker", "sudan", None, "Dagalo, known as Hemedti, called Burhan a traitor in a video on Sunday and said the "
                               "RSF would fight on.", "Mohamed Hamdan Dagalo", "rsf"),
    ("speaker", "ethiopia", None, "TPLF spokesman Getachew Reda called Prime Minister Abiy Ahmed a warmonger.",
     "Getachew Reda", "tigray"),
    ("speaker", "sudan", None, "Dozens of civilians were killed in Nyala, the Sudan Doctors Network, a medical group, "
                               "said on Tuesday.", "Sudan Doctors Network", "independent"),
    # one person of no party, described by what befell them
    ("speaker", "sudan", None, "A woman who fled to Sennar town said thousands of people had left on foot.", "woman",
     "independent"),
    # a person described after the name as one of a group of no party: independent; as one of a party's, that party's
    ("speaker", "sudan", None, "Hamid Yousif, a volunteer with the Emergency Response Room in Abu Shouk, said families "
                               "had begun to leave.", "Hamid Yousif", "independent"),
    ("speaker", "sudan", None, "Hamid Yousif, a volunteer, said families had begun to leave.", "Hamid Yousif",
     "independent"),
    ("speaker", "sudan", None, "Hamid Yousif, an RSF commander, said his fighters had taken the market.",
     "Hamid Yousif", "rsf"),
    ("speaker", "sudan", None, "The Central Committee of Sudanese Doctors, a medical group, said on Monday that 97 "
                               "civilians had been killed.", "Central Committee of Sudanese Doctors", "independent"),
    ("speaker", "yemen", None, "The strike killed 12 people, the Yemen Data Project, a monitoring group, said on "
                               "Sunday.", "Yemen Data Project", "independent"),
    ("speaker", "sudan", None, "At least 20 people were killed, a local medical group said on Monday.",
     "medical group", "independent"),
    ("speaker", "gaza", None, "Israeli strikes killed 20 people in Rafah, the health ministry in Hamas-run Gaza said.",
     "Palestinian Health Ministry", "palestinian"),
    ("speaker", "drc", None, "The health ministry in Kinshasa said 40 people had died of cholera.",
     "Congolese Health Ministry", "government"),
    ("speaker", "ukraine", None, "Brazilian President Luiz Inacio Lula da Silva suggested that Ukraine could cede "
                                 "Crimea.", "Luiz Inacio Lula da Silva", "third-party"),
    ("speaker", "ukraine", None, "EU ambassadors agreed on Wednesday to extend sanctions on Russian banks.",
     "EU envoy", "third-party"),
    ("speaker", "yemen", None, "Aid agencies report that 30,000 people have fled Marib.", "aid agencies",
     "independent"),
    ("speaker", "drc", None, "Humanitarian partners report that 20,000 people have fled Bukavu since Sunday.",
     "humanitarian partners", "independent"),
    ("speaker", "sudan", None, "Fatima, a 30-year-old resident of El Fasher, told Radio Dabanga that shells hit her "
                               "street.", "residents of El Fasher", "independent"),
    ("speaker", "ukraine", None, "Oleksandr, a 52-year-old witness to the strike, said the missile hit a school.",
     "witnesses", "independent"),
    ("speaker", "karabakh", None, "Anna Petrosyan, a resident of Goris, said the shelling lasted all night.",
     "Anna Petrosyan", "independent"),
    ("speaker", "ukraine", None, "Russian shelling killed two people in Kherson, Ukrainian governor Oleksandr Prokudin "
                                 "said.", "Oleksandr Prokudin", "ukrainian"),
    ("speaker", "ukraine", None, "Ukrainian drones hit a fuel depot in Belgorod, Russian governor Vyacheslav Gladkov "
                                 "said.", "Vyacheslav Gladkov", "russian"),
    ("speaker", "ukraine", None, "Russian missiles killed three people in Odesa, regional governor Oleh Kiper said.",
     "Oleh Kiper", "ukrainian"),  # not the shelling's polity: Odesa's state's (round 32)
    ("speaker", "karabakh", None, "'The windows shook all night. We slept in the cellar,' Lusine, a 35-year-old "
                                  "resident of Goris, told reporters by phone.", "residents of Goris",
     "independent"),
    ("speaker", "yemen", None, "Ships were diverted from the Red Sea as the US Central Command said two missiles had "
                               "been fired from Hodeidah.", "US Central Command", "third-party"),
    ("speaker", "myanmar", None, "Fighting spread towards Lashio while the NUG said its forces had taken two bases.",
     "National Unity Government – NUG", "resistance"),
    ("speaker", "ukraine", None, "Russian commander Apti Alaudinov, known as Akhmat, said his units were advancing "
                                 "near Kupiansk.", "Apti Alaudinov", "russian"),  # "as Akhmat" opens no clause
    ("speaker", "ethiopia", None, "The TPLF said its forces had retaken Alamata.",
     "Tigray People's Liberation Front – TPLF", "tigray"),  # the acronym of the polity's own government
    # --- voice: the outlet's own sentence, a figure's source in a footnote-like phrase ---------------------
    ("voice", "gaza", None, "Today marks 200 days since the war began, in which more than 30,000 people were killed "
                            "in Gaza, according to local tallies.", None, "independent"),
    ("voice", "ukraine", None, "The full-scale invasion entered its third year on Saturday. The front has barely "
                               "moved since the autumn.", None, "independent"),
    ("voice", "myanmar", None, "Three years have passed since the coup, and fighting has spread to every state and "
                               "region, according to monitoring tallies.", None, "independent"),
    ("voice", "sudan", None, "Shells reportedly fell on Omdurman overnight.", None, None),  # hearsay
    ("voice", "ukraine", None, "Officials said the evacuation of Kupiansk would continue.", None, None),
    # --- military: "the military said" with one army named before it -------------------------------------
    ("military", "gaza", "IDF begins ground raids in southern Lebanon",
     "The military says troops began raids against targets in villages close to the border.",
      "Israel Defense Forces – IDF", "israeli"),
    ("military", "gaza", None, "Israeli troops pushed deeper into Rafah on Tuesday. The military said it had killed "
                               "20 gunmen.", "Israeli military", "israeli"),
    ("military", "ethiopia", "ENDF retakes Axum", "The army said its troops had entered the town on Sunday.",
     "Ethiopian National Defense Force – ENDF", "federal"),
    ("military", "drc", None, "The RDF crossed the border near Goma on Friday. The army said it was pursuing "
                              "militias.", "Rwanda Defence Force – RDF", "m23"),
    ("military", "gaza", "Iran fires missiles at Israel", "The military said most of the missiles were intercepted.",
     "military", None),  # no army named before: not guessed
    ("military", "sudan", None, "The RSF attacked the base at dawn. The army said it had repelled the attack.",
     "army", None),  # the RSF is not "the army"
    ("military", "ukraine", "Russian and Ukrainian forces clash near Kupiansk",
     "The military said it had repelled 12 attacks.", "military", None),  # two armies named
    ("military", "ukraine", None, "Russian forces shelled Kharkiv overnight, and the military said two people were "
                                  "wounded.", "military", None),  # the same sentence: not an antecedent
    ("named", "gaza", None, "An IDF spokesman said troops had found weapons in the school.",
     "Israel Defense Forces – IDF", "israeli"),
    ("named", "gaza", None, "The IRGC's aerospace force said it had launched 180 missiles.",
     "Islamic Revolutionary Guard Corps – IRGC", "iranian"),
    ("named", "ukraine", None, "Russia's Black Sea Fleet said it had repelled a drone attack on Sevastopol.",
     "Russian Black Sea Fleet", "russian"),
    ("named", "yemen", None, "The Saudi-led coalition said it had intercepted a drone launched towards Jazan.",
     "Saudi-led coalition", "coalition"),
    ("named", "ukraine", None, "Russian-installed authorities in the occupied city of Nova Kakhovka said the dam had "
                               "been damaged.", "Russian-installed authorities", "russian"),
    ("named", "gaza", None, "The Hamas-run authorities in Gaza said 30 people were killed in the strike.",
     "Hamas-run authorities", "palestinian"),
    ("named", "ukraine", None, "The Army of Ukraine said it had retaken the village.", "Army of Ukraine", "ukrainian"),
    ("named", "myanmar", None, "The Institute for Strategy and Policy, a Myanmar think tank, assessed that the junta "
                               "controlled less than half of the country.", "Institute for Strategy and Policy",
     "independent"),
    ("speaker", "ukraine", None, "The Russian-installed governor of occupied Kherson, Vladimir Saldo, said the "
                                 "evacuation had begun.", "Vladimir Saldo", "russian"),  # "occupied" is no verb here
    ("speaker", "sudan", None, "The director of the UN programme for refugees in Chad, Maria Gomez, said 600,000 "
                               "people had crossed the border.", "Maria Gomez", "third-party"),
    ("speaker", "myanmar", None, "Junta jets bombed a market in Sagaing, killing at least 30 people, according to "
                                 "health workers and residents.", "health workers", "independent"),
    ("speaker", "karabakh", None, "Armenian Foreign Minister Ararat Mirzoyan arrived in Brussels, where he will meet "
                                  "EU officials on Friday, the Foreign Ministry said.", "Armenian Foreign Ministry",
     "armenian"),  # an office named without its polity: the one of the claim it reports
    ("voice", "karabakh", None, "Baku launched its offensive on 19 September, and the separatist forces agreed to lay "
                                "down their arms the next day.", None, "independent"),  # an act told, not a claim
    ("voice", "ukraine", None, "Zelensky and Putin held a phone call on Monday and agreed to begin talks.", None,
     "independent"),
    ("speaker", "yemen", None, "The United States strongly condemns the attack on the aid convoy near Marib.",
     "U.S. government", "third-party"),  # "States" is no verb here
    ("speaker", "myanmar", None, "Villagers who fled Sagaing told reporters that soldiers burned their homes.",
     "villagers", "independent"),
    ("speaker", "drc", None, "Goma (AFP) - Thousands of people fled the city on Monday, the DRC government said, as "
                             "fighting spread to the airport.", "Government of DR Congo", "government"),
    ("named", "karabakh", None, "The UN Peacebuilding Fund said it would pay for 40 new schools.",
     "UN Peacebuilding Fund", "third-party"),
    ("voice", "yemen", None, "The Houthi authorities have not confirmed the strike on Hodeidah port.", None,
     "independent"),
    ("voice", "sudan", None, "The army has not yet confirmed its losses in Omdurman.", None, "independent"),
    ("speaker", "sudan", None, "The RSF withdrew from the bridge on Sunday. Its adviser, Ali Musa, said the move was "
                               "tactical.", "Ali Musa", "rsf"),  # "its": the RSF's
    ("speaker", "myanmar", None, "The NUG opened an office in Sagaing on Monday. Its spokesman, Kyaw Win, said more "
                                 "would follow.", "Kyaw Win", "resistance"),
    ("control", "sudan", None, "The RSF withdrew from the bridge on Sunday. Ali Musa said the move was tactical.",
     "Ali Musa", None),  # not said to be theirs
    ("control", "ukraine", None, "The UN refugee agency said 6 million Ukrainians had fled abroad.", None, None),
    ("control", "karabakh", None, "A resident of Barda said the shelling went on all night.",
     "residents of Barda",
     "independent"),
    # controls: a polity, its government, a generic office, a known body
    ("control", "karabakh", None, "'We will respond to every provocation,' the Azerbaijani Defence Ministry said.",
     "Azerbaijani Defence Ministry", "azerbaijani"),
    ("control", "sudan", None, "Families fled El Fasher as shells fell on the market.", None, "independent"),
    ("control", "ukraine", None, "Evidence suggests that the missile was fired from Belgorod.", None, "independent"),
    ("control", "karabakh", None, '"We will not retreat," said Armenian Prime Minister Nikol Pashinyan.',
     "Nikol Pashinyan", "armenian"),
    ("control", "sudan", None, '"The attack was repelled," the RSF said.', "Rapid Support Forces – RSF", "rsf"),
    ("control", "drc", None, "Residents of Goma said the shelling, which began at dawn, continued until noon.",
     "residents of Goma", "independent"),
    ("control", "drc", None, "The DRC said it would not negotiate with the M23.", "Government of DR Congo",
     "government"),
    ("control", "yemen", None, "The US said it had struck Houthi radar sites in Hodeidah.", "U.S. government",
     "third-party"),
    ("control", "yemen", None, "The Houthi military said it had fired missiles at a ship.", "Houthi military",
     "houthi"),
    ("control", "myanmar", None, "The NUG said junta jets had bombed a school in Sagaing.",
     "National Unity Government – NUG", "resistance"),
    ("control", "gaza", None, "The Israeli military said it had struck 40 targets overnight.", "Israeli military",
     "israeli"),
    ("control", "gaza", None, "Tehran said it would respond to any attack.", "Government of Iran", "iranian"),
    ("control", "ukraine", None, "The Russian Federation said it had no plans to attack.", "Government of Russia",
     "russian"),
    ("control", "ukraine", None, "Ukraine's military said it had pushed Russian troops back near Kharkiv.",
     "Ukrainian military", "ukrainian"),
    ("control", "karabakh", None, "Baku said Armenian forces had shelled Tartar overnight.",
     "Government of Azerbaijan", "azerbaijani"),
    ("control", "karabakh", None, "The Armenian Defence Ministry said two drones had been shot down.",
     "Armenian Defence Ministry", "armenian"),
    ("control", "karabakh", None, "The UN Security Council said it was deeply concerned.", "UN Security Council",
     "third-party"),
    ("control", "karabakh", None, "Mohammed bin Abdulrahman Al Thani said talks were continuing.",
     "Mohammed bin Abdulrahman Al Thani", None),
]

GROUPS = ("named", "speaker", "voice", "military", "control")


@pytest.fixture(scope="module")
def wars(tmp_path_factory) -> dict[str, ExtractData]:
    return load_wars(tmp_path_factory, WARS)


@pytest.mark.parametrize(("group", "war", "title", "text", "who", "side"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_who_speaks_and_for_which_side(wars, group, war, title, text, who, side):
    assert who_and_side(wars[war], text, title) == (who, side)
