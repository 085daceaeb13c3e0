"""Writes fresh10_en.jsonl beside this file: the tenth batch of English war reports written by the project (session
7, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-9 or dev),
annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing extraction rules has read them:
a check of how the rules carry to reports they were not written on (``python -m benchmarks.reports --lang en --data
benchmarks/data/fresh10_en.jsonl``). Never tune on them; when they have been read for rules, say so and write new
ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh10")
rec = records.rec

PROKUDIN = ["Prokudin", "Oleksandr Prokudin", "military administration"]
GLADKOV = ["Gladkov", "Vyacheslav Gladkov", "governor"]
SUMY_OVA = ["Sumy Regional Military Administration", "military administration", "administration"]


rec("fresh10-en-01", "news",
    "https://www.uawire.org:443/fatal-friendly-fire-incident-eight-russian-soldiers-killed-in-kursk-due-to-misidentification",
    "UAWire", "2024-08-10",
    "Eight Russian soldiers killed by their own side in Kursk region after being mistaken for saboteurs",
    "Eight Russian servicemen, two of them officers, were killed in the Kursk region when other Russian troops took "
    "them for a Ukrainian sabotage and reconnaissance group and opened fire, the anonymous Russian Telegram channel "
    "Kremlin Secrets reported on Saturday.\n"
    "According to the channel, the shooting happened in the Bolshesoldatsky district in the evening, as vehicles "
    "drove along the Dyakonovo-Sudzha highway during a blackout caused by a drone strike. Units had been warned "
    "that a Ukrainian sabotage group was advancing fast and set up an ambush.\n"
    "\"This is simply a nightmare,\" the channel wrote.\n"
    "On the night of August 9, Ukrainian MP Yuriy Mysiagin posted a video that he said showed soldiers of the 99th "
    "battalion in front of the Gazprom building in the Russian town of Sudzha, claiming the town was under their "
    "control.\n"
    "Russian convoys moving reinforcements into the region were later hit by HIMARS rockets near the village of "
    "Oktyabrskoye, between Rylsk and Stepanovka.",
    [dict(type="friendly_fire", place="Bolshesoldatsky district", place_en="Bolshesoldatsky", admin1="Kursk",
          country="RU", date_from=None, date_to="2024-08-10", killed=8,
          sources_any=["Kremlin Secrets", "Telegram", "channel"],
          evidence="were killed in the Kursk region when other Russian troops took them for a Ukrainian sabotage "
                   "and reconnaissance group and opened fire"),
     dict(type="territory_change", place="Sudzha", place_en="Sudzha", admin1="Kursk", country="RU",
          date_from="2024-08-09", date_to="2024-08-10", sources_any=["Mysiagin", "Yuriy Mysiagin", "MP"],
          optional=True, evidence="claiming the town was under their control"),
     dict(type="strike", place="Oktyabrskoye", place_en="Oktyabrskoye", admin1="Kursk", country="RU",
          date_from=None, date_to="2024-08-10", sources_any=["UAWire"], optional=True,
          evidence="Russian convoys moving reinforcements into the region were later hit by HIMARS rockets near the "
                   "village of Oktyabrskoye")],
    [dict(content="This is simply a nightmare,", kind="direct", speaker_any=["Kremlin Secrets", "channel"],
          chain_any=[])],
    [])

rec("fresh10-en-02", "news",
    "https://unn.ua/en/news/prokudin-on-the-situation-in-kherson-region-invaders-shelled-belozerka-there-are-wounded",
    "UNN", "2024-06-04",
    "Prokudin: Russians shell Bilozerka again, woman killed in Veletenske",
    "Russian forces keep shelling towns and villages in the Kherson region, and there are dead and wounded, the head "
    "of the regional military administration, Oleksandr Prokudin, said on the national telethon on Tuesday.\n"
    "\"Yesterday 16 settlements of the right-bank Kherson region were under enemy fire. About fifteen private houses, "
    "an educational institution, a kindergarten, a pharmacy, an agricultural enterprise, a gas pipeline, warehouses "
    "and civilian cars were damaged,\" Prokudin said.\n"
    "A man whose house was hit suffered a concussion, a bruised back and a head injury, he said. Two more people "
    "from Bilozerka went to hospital after the shelling, and a 44-year-old woman in the village was treated for "
    "blast injuries and concussion.\n"
    "\"Today Bilozerka was again under Russian fire, the central part of the village. Three shops, a coffee shop "
    "and a private car were damaged. We already know about three women who were injured. In Veletenske the "
    "invaders killed an elderly woman right in the courtyard of her own house,\" Prokudin added.",
    [dict(type="strike", type_alt=["attack_on_civilians"], admin1="Kherson", country="UA",
          date_from="2024-06-03", date_to="2024-06-03", injured=4, sources_any=PROKUDIN,
          evidence="Yesterday 16 settlements of the right-bank Kherson region were under enemy fire"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Bilozerka", place_en="Bilozerka",
          admin1="Kherson", country="UA", date_from="2024-06-04", date_to="2024-06-04", injured=3,
          sources_any=PROKUDIN,
          evidence="Today Bilozerka was again under Russian fire, the central part of the village"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Veletenske", place_en="Veletenske",
          admin1="Kherson", country="UA", date_from="2024-06-04", date_to="2024-06-04", killed=1,
          sources_any=PROKUDIN,
          evidence="In Veletenske the invaders killed an elderly woman right in the courtyard of her own house")],
    [dict(content="Yesterday 16 settlements of the right-bank Kherson region were under enemy fire. About fifteen "
                  "private houses, an educational institution, a kindergarten, a pharmacy, an agricultural "
                  "enterprise, a gas pipeline, warehouses and civilian cars were damaged,", kind="direct",
          speaker_any=["Prokudin", "Oleksandr Prokudin"], chain_any=[]),
     dict(content="In Veletenske the invaders killed an elderly woman right in the courtyard of her own house",
          kind="direct", speaker_any=["Prokudin", "Oleksandr Prokudin"], chain_any=[])],
    [])

rec("fresh10-en-03", "telegram", "https://pledgetimes.com/ukrainian-drones-attack-two-settlements-in-russian-region/",
    "Pledge Times", "2024-08-17",
    "Gladkov: Ukrainian drones hit two villages in Belgorod region, nobody hurt",
    "Three Ukrainian drones attacked two villages in the Belgorod region, Governor Vyacheslav Gladkov wrote on his "
    "Telegram channel on Saturday.\n"
    "In Dronovka, in the Graivoron urban district, a private house burned down. In Grafovka, in the Krasnoyaruzhsky "
    "district, gas and power lines were damaged.\n"
    "\"According to preliminary information, no residents were injured. Information about the consequences is "
    "being clarified. Emergency services are working on the ground,\" the head of the region wrote.",
    [dict(type="strike", place="Dronovka", place_en="Dronovka", admin1="Belgorod", country="RU", date_from=None,
          date_to="2024-08-17", killed=0, injured=0, sources_any=GLADKOV,
          evidence="In Dronovka, in the Graivoron urban district, a private house burned down"),
     dict(type="strike", place="Grafovka", place_en="Grafovka", admin1="Belgorod", country="RU", date_from=None,
          date_to="2024-08-17", killed=0, injured=0, sources_any=GLADKOV,
          evidence="In Grafovka, in the Krasnoyaruzhsky district, gas and power lines were damaged")],
    [dict(content="According to preliminary information, no residents were injured. Information about the "
                  "consequences is being clarified. Emergency services are working on the ground,", kind="direct",
          speaker_any=["Gladkov", "Vyacheslav Gladkov", "head of the region"], chain_any=[["Telegram"]])],
    ["Information about the consequences is being clarified."])

rec("fresh10-en-04", "wire",
    "https://generico.ru/2024/05/07/gladkov-confirmed-the-number-of-deaths-in-the-drone-attack-in-the-borisov-region",
    "Generico", "2024-05-07",
    "Seven farm workers killed in drone attack on vehicles in Belgorod region, governor says",
    "Seven civilians were killed on Tuesday morning when Ukrainian drones attacked vehicles taking farm workers to "
    "their jobs in the Borisovka district of Russia's Belgorod region, Governor Vyacheslav Gladkov said.\n"
    "\"As a result of an air attack by drones, seven civilians were killed. I offer my sincere condolences to the "
    "families and friends of the victims,\" Gladkov wrote on Telegram.\n"
    "The drones hit a car and two Gazelle vans near the village of Berezovka, carrying employees of the "
    "Agro-Belogorye agricultural company. Six deaths were reported at first; the company later said seven of its "
    "workers had died.\n"
    "In the evening another car was hit by a drone, wounding a member of the Belgorod territorial self-defence "
    "force in the leg. He was treated at city hospital No. 2 in Belgorod and released for outpatient care.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Berezovka", place_en="Berezovka",
          admin1="Belgorod", country="RU", date_from="2024-05-07", date_to="2024-05-07", killed=7,
          sources_any=GLADKOV + ["Agro-Belogorye"],
          evidence="Seven civilians were killed on Tuesday morning when Ukrainian drones attacked vehicles taking "
                   "farm workers to their jobs"),
     dict(type="strike", admin1="Belgorod", country="RU", date_from="2024-05-07", date_to="2024-05-07", injured=1,
          sources_any=GLADKOV + ["Generico"],
          evidence="In the evening another car was hit by a drone, wounding a member of the Belgorod territorial "
                   "self-defence force")],
    [dict(content="As a result of an air attack by drones, seven civilians were killed. I offer my sincere "
                  "condolences to the families and friends of the victims,", kind="direct",
          speaker_any=["Gladkov", "Vyacheslav Gladkov"], chain_any=[["Telegram"]])],
    [])

rec("fresh10-en-05", "news", "https://theins.ru/en/news/258226", "The Insider", "2022-12-28",
    "Mobilized sergeant beats his commander to death on a troop train in Chelyabinsk region",
    "A mobilized senior sergeant beat his commanding officer, an army captain, to death on a military train in "
    "Russia's Chelyabinsk region, the local outlet Magnitogorsk Online reported. He will be prosecuted for violence "
    "against a superior during mobilization and faces 5 to 15 years in prison.\n"
    "According to investigators, the drunken serviceman attacked the captain in the compartment of the train's "
    "staff car at Misyash station on December 23. The captain died of his injuries shortly afterwards. Both men had "
    "been called up in the September mobilization.\n"
    "The Magnitogorsk garrison military court has ordered the sergeant held in custody for two months.\n"
    "Since the draft began, mobilized men have regularly died before ever reaching the front. In early December, "
    "four mobilized men died at a training unit in Yelani in the Sverdlovsk region. \"To be honest, I don't know. "
    "They died and that's it, we didn't go into it,\" said State Duma deputy Maksim Ivanov, who coordinates "
    "mobilization issues in the Urals.",
    [dict(type="intra_force_killing", place="Misyash", place_en="Misyash", admin1="Chelyabinsk", country="RU",
          date_from="2022-12-23", date_to="2022-12-23", killed=1,
          sources_any=["investigators", "Magnitogorsk Online", "court"],
          evidence="A mobilized senior sergeant beat his commanding officer, an army captain, to death on a military "
                   "train"),
     dict(type="arrest_or_detention", place="Magnitogorsk", place_en="Magnitogorsk", admin1="Chelyabinsk",
          country="RU", date_from="2022-12-23", date_to="2022-12-28", sources_any=["court", "military court"],
          optional=True,
          evidence="The Magnitogorsk garrison military court has ordered the sergeant held in custody for two months"),
     dict(type="non_combat_death", type_alt=["other"], place="Yelani", place_en="Yelani", admin1="Sverdlovsk",
          country="RU", date_from="2022-12-01", date_to="2022-12-10", killed=4, sources_any=["The Insider"],
          optional=True, evidence="four mobilized men died at a training unit in Yelani")],
    [dict(content="To be honest, I don't know. They died and that's it, we didn't go into it,", kind="direct",
          speaker_any=["Ivanov", "Maksim Ivanov", "deputy"], chain_any=[])],
    ["Since the draft began, mobilized men have regularly died before ever reaching the front."])

rec("fresh10-en-06", "news",
    "https://meduza.io/en/feature/2024/07/18/soldier-shooting-wounded-comrade-in-video-is-russian-not-ukrainian-as-pro-kremlin-media-claimed-journalists-find",
    "Meduza", "2024-07-18",
    "Journalists find the soldier filmed shooting a wounded comrade near Robotyne was Russian",
    "Drone footage that spread last month, showing a soldier shooting a wounded comrade in the head, shows Russian "
    "troops and not Ukrainians as Russian state television claimed, according to an investigation by RFE/RL's "
    "Systema project and Current Time.\n"
    "The killing happened in the village of Robotyne in Ukraine's Zaporizhzhia region. The journalists obtained the "
    "original, higher-resolution video from Ukraine's 118th Mechanized Brigade, whose drone filmed it, and spoke to "
    "its operators.\n"
    "In the clip, three soldiers run down a road. A drone explodes next to one of them and he falls. Another soldier "
    "walks up, fires into his head with an AK-12 rifle, and runs off.\n"
    "Rossiya-24 and pro-war Telegram channels had presented the footage as proof of Ukrainian soldiers' "
    "\"animalistic nature\".",
    [dict(type="intra_force_killing", place="Robotyne", place_en="Robotyne", admin1="Zaporizhzhia", country="UA",
          date_from=None, date_to="2024-06-30", killed=1,
          sources_any=["Systema", "Current Time", "RFE/RL", "118th Mechanized Brigade", "video"],
          evidence="Another soldier walks up, fires into his head with an AK-12 rifle, and runs off"),
     dict(type="strike", place="Robotyne", place_en="Robotyne", admin1="Zaporizhzhia", country="UA",
          date_from=None, date_to="2024-06-30", sources_any=["118th Mechanized Brigade", "video"], optional=True,
          evidence="A drone explodes next to one of them and he falls")],
    [],
    [])

rec("fresh10-en-07", "longform", "https://stripes.com/theaters/europe/2024-12-06/exhausted-ukraine-soldiers-abandon-posts-16079951.html",
    "Bloomberg", "2024-12-06",
    "Exhausted Ukrainian soldiers are walking away from their posts",
    "On the first day of Russia's full-scale invasion, Roman Solomonyuk surprised his family by volunteering. Now, "
    "more than two and a half years later, he is one of a growing number of Ukrainian soldiers who have had "
    "enough.\n"
    "The 45-year-old first dug trenches near the Russian border and later shot down Shahed drones. Then he fell out "
    "with a heavy-handed officer, and he is now officially wanted for leaving his unit without permission.\n"
    "Ukraine has opened nearly 96,000 criminal cases against servicemen who abandoned their posts since 2022, most "
    "of them this year, according to the prosecutor general's office.\n"
    "\"Fatigue plays a role. Or there are personal circumstances, like when a soldier's wife is giving birth,\" said "
    "Oleksandr Hrynchuk of Ukraine's military law enforcement service. Kyiv does not publish the number of soldiers "
    "who have gone absent without leave.",
    [dict(type="desertion_or_surrender", country="UA", date_from=None, date_to="2024-12-06",
          sources_any=["Bloomberg", "Solomonyuk"],
          evidence="he is now officially wanted for leaving his unit without permission")],
    [dict(content="Fatigue plays a role. Or there are personal circumstances, like when a soldier's wife is giving "
                  "birth,", kind="direct", speaker_any=["Hrynchuk", "Oleksandr Hrynchuk"], chain_any=[])],
    ["Kyiv does not publish the number of soldiers who have gone absent without leave."])

rec("fresh10-en-08", "wire", "https://ukrinform.net/amp/rubric-ato/3756619-sumy-region-comes-under-russian-fire-on-sunday.html",
    "Ukrinform", "2023-09-03",
    "Russians shell seven border communities in Sumy region",
    "Russian forces shelled the Sumy region's border areas 20 times over the past day, with 137 explosions "
    "recorded, the Sumy Regional Military Administration said on Sunday.\n"
    "Mortar and artillery fire hit the Bilopillia community, damaging a household and an outbuilding. Russian "
    "artillery shelled the Khotyn community, where a drone also dropped an explosive device. Grenade and mortar "
    "attacks and bombardment were recorded in the Krasnopillia community.\n"
    "Artillery fired at the Esman community, the invaders launched a grenade attack on the Znob-Novhorodske "
    "community, two mines were dropped on the Svesa community, and the Velyka Pysarivka community came under "
    "grenade and mortar fire.\n"
    "On Sunday morning Russian self-propelled howitzers also shelled the outskirts of Vorozhba six times, damaging "
    "four households and an agricultural enterprise, the local administration said.\n"
    "On September 2, police captain Ruslan Faraonov, 32, was killed by Russian shelling in Seredyna-Buda while "
    "documenting the damage from an earlier strike.",
    [dict(type="strike", place="Bilopillia", place_en="Bilopillia", admin1="Sumy", country="UA",
          date_from="2023-09-02", date_to="2023-09-03", sources_any=SUMY_OVA,
          evidence="Mortar and artillery fire hit the Bilopillia community"),
     dict(type="strike", place="Khotyn", place_en="Khotin", admin1="Sumy", country="UA",
          date_from="2023-09-02", date_to="2023-09-03", sources_any=SUMY_OVA,
          evidence="Russian artillery shelled the Khotyn community"),
     dict(type="strike", place="Krasnopillia", place_en="Krasnopillia", admin1="Sumy", country="UA",
          date_from="2023-09-02", date_to="2023-09-03", sources_any=SUMY_OVA,
          evidence="Grenade and mortar attacks and bombardment were recorded in the Krasnopillia community"),
     dict(type="strike", place="Esman", place_en="Esman", admin1="Sumy", country="UA",
          date_from="2023-09-02", date_to="2023-09-03", sources_any=SUMY_OVA,
          evidence="Artillery fired at the Esman community"),
     dict(type="strike", place="Znob-Novhorodske", place_en="Znob-Novhorodske", admin1="Sumy", country="UA",
          date_from="2023-09-02", date_to="2023-09-03", sources_any=SUMY_OVA,
          evidence="the invaders launched a grenade attack on the Znob-Novhorodske community"),
     dict(type="strike", place="Svesa", place_en="Svesa", admin1="Sumy", country="UA",
          date_from="2023-09-02", date_to="2023-09-03", sources_any=SUMY_OVA,
          evidence="two mines were dropped on the Svesa community"),
     dict(type="strike", place="Velyka Pysarivka", place_en="Velyka Pysarivka", admin1="Sumy", country="UA",
          date_from="2023-09-02", date_to="2023-09-03", sources_any=SUMY_OVA,
          evidence="the Velyka Pysarivka community came under grenade and mortar fire"),
     dict(type="strike", place="Vorozhba", place_en="Vorozhba", admin1="Sumy", country="UA",
          date_from="2023-09-03", date_to="2023-09-03", sources_any=["local administration", "administration"],
          evidence="Russian self-propelled howitzers also shelled the outskirts of Vorozhba six times"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Seredyna-Buda", place_en="Seredyna-Buda",
          admin1="Sumy", country="UA", date_from="2023-09-02", date_to="2023-09-02", killed=1,
          sources_any=["Ukrinform"], optional=True,
          evidence="police captain Ruslan Faraonov, 32, was killed by Russian shelling in Seredyna-Buda")],
    [],
    [])

rec("fresh10-en-09", "wire", "https://ua.interfax.com.ua/news/general/1039379.html", "Interfax-Ukraine", "2025-01-08",
    "One dead, casualties reported as enemy strikes industrial facility in Zaporizhzhia",
    "One person was killed and at least three were injured when a Russian airstrike hit an industrial facility in "
    "Zaporizhzhia, the head of the regional military administration, Ivan Fedorov, said on Wednesday.\n"
    "\"The enemy has attacked the industrial infrastructure of Zaporizhzhia. One person was killed and another three "
    "people were injured. These are preliminary consequences of the enemy attack,\" he wrote on Telegram.\n"
    "The regional administration had earlier reported that the city was struck with guided aerial bombs.",
    [dict(type="strike", place="Zaporizhzhia", place_en="Zaporizhzhia", admin1="Zaporizhzhia", country="UA",
          date_from="2025-01-08", date_to="2025-01-08", killed=1, injured=3,
          sources_any=["Fedorov", "Ivan Fedorov", "military administration", "administration"],
          evidence="One person was killed and at least three were injured when a Russian airstrike hit an "
                   "industrial facility in Zaporizhzhia")],
    [dict(content="One person was killed and another three people were injured. These are preliminary consequences "
                  "of the enemy attack,", kind="direct", speaker_any=["Fedorov", "Ivan Fedorov"],
          chain_any=[["Telegram"]])],
    [])

rec("fresh10-en-10", "news",
    "https://rr.sapo.pt/noticia/mundo/2022/09/26/comandante-regional-responsavel-por-mobilizacao-alvejado-na-siberia/301128/",
    "Renascença", "2022-09-26",
    "Siberian enlistment officer shot by man who refused to go to war",
    "A local military commander in charge of calling up civilians in the town of Ust-Ilimsk, in Siberia's Irkutsk "
    "region, was shot on Monday by a Russian man who refused to fight in Ukraine.\n"
    "The Guardian, citing a regional outlet, said the commander was in a critical condition in hospital; other "
    "sources suggested he might have died.\n"
    "Irkutsk Governor Igor Kobzev wrote on Telegram that the commander was in hospital and that the detained gunman "
    "\"will absolutely be punished\".",
    [dict(type="other", type_alt=["mobilization", "attack_on_civilians"], place="Ust-Ilimsk", place_en="Ust-Ilimsk",
          admin1="Irkutsk", country="RU", date_from="2022-09-26", date_to="2022-09-26", injured=1,
          sources_any=["Kobzev", "Igor Kobzev", "Guardian", "governor"],
          evidence="was shot on Monday by a Russian man who refused to fight in Ukraine"),
     dict(type="arrest_or_detention", place="Ust-Ilimsk", place_en="Ust-Ilimsk", admin1="Irkutsk", country="RU",
          date_from="2022-09-26", date_to="2022-09-26", sources_any=["Kobzev", "Igor Kobzev", "governor"],
          evidence="the detained gunman")],
    [dict(content="will absolutely be punished", kind="mixed", speaker_any=["Kobzev", "Igor Kobzev", "governor"],
          chain_any=[["Telegram"]])],
    ["other sources suggested he might have died"])

records.write()
