"""Writes fresh5_en.jsonl beside this file: the fifth batch of English war reports written by the project (session
6, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-4),
annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing extraction rules has read them:
a check of how the rules carry to reports they were not written on (``python -m benchmarks.reports --lang en --data
benchmarks/data/fresh5_en.jsonl``). Never tune on them; when they have been read for rules, say so and write new
ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh5")
rec = records.rec


rec("fresh5-en-01", "wire",
    "https://www.devdiscourse.com/article/law-order/2613797-ukrainian-drone-injures-one-damages-building-in-southern-russia--governor",
    "Reuters", "2023-09-30",
    "Drone from Ukraine wounds one person and damages building in Russia's Bryansk region, governor says",
    "One person was hurt and the windows and roof of an administrative building were damaged when a Ukrainian "
    "drone attacked the southern Russian region of Bryansk on Saturday, its governor said.\n"
    "Alexander Bogomaz wrote on the Telegram messaging app that it happened in the town of Trubchevsk.\n"
    "In an earlier post the governor said Ukrainian forces had shelled a village in the region and that three "
    "houses were damaged.\n"
    "Reuters was not able to verify the reports independently.",
    [dict(type="strike", place="Trubchevsk", place_en="Trubchevsk", admin1="Bryansk", country="RU",
          date_from="2023-09-30", date_to="2023-09-30", injured=1, sources_any=["Bogomaz", "governor"],
          evidence="One person was hurt and the windows and roof of an administrative building were damaged when "
                   "a Ukrainian drone attacked the southern Russian region of Bryansk on Saturday"),
     dict(type="strike", admin1="Bryansk", country="RU", date_from=None, date_to="2023-09-30",
          sources_any=["Bogomaz", "governor"], optional=True,
          evidence="Ukrainian forces had shelled a village in the region and that three houses were damaged")],
    [dict(content="it happened in the town of Trubchevsk", kind="indirect",
          speaker_any=["Bogomaz", "Alexander Bogomaz"], chain_any=[["Telegram"]])],
    ["Reuters was not able to verify the reports independently."])

rec("fresh5-en-02", "news", "https://news-pravda.com/world/2025/07/27/1547968.html", "RT", "2025-07-27",
    "Man killed in 'unprecedented' Ukrainian drone raid on Leningrad Region, governor says",
    "One civilian died and three more were hurt when Ukraine attacked Russia's Leningrad Region with drones, "
    "Governor Aleksandr Drozdenko said in several Telegram posts, adding that Kiev had sent more than 50 unmanned "
    "aerial vehicles.\n"
    "According to Drozdenko, the raid began in the early hours of Sunday and local air defenses repelled most of "
    "it. Some of the drones came down on homes and started fires; one man was killed, and a woman and two young "
    "people suffered light injuries, he said.\n"
    "The governor described Sunday's strike as \"an unprecedented attack\" and said 51 drones had been downed.\n"
    "Earlier on Sunday the Russian Defense Ministry said almost 100 Ukrainian drones had been intercepted over "
    "Russia during the night.\n"
    "Last week two attacks in under three days hit apartment blocks in the city of Voronezh, leaving nearly three "
    "dozen people injured, three of them children.",
    [dict(type="strike", admin1="Leningrad", country="RU", date_from="2025-07-27", date_to="2025-07-27", killed=1,
          injured=3, sources_any=["Drozdenko", "governor"],
          evidence="One civilian died and three more were hurt when Ukraine attacked Russia's Leningrad Region with "
                   "drones"),
     dict(type="strike", place="Voronezh", place_en="Voronezh", admin1="Voronezh", country="RU",
          date_from="2025-07-14", date_to="2025-07-26", sources_any=["RT"], optional=True,
          evidence="Last week two attacks in under three days hit apartment blocks in the city of Voronezh")],
    [dict(content="an unprecedented attack", kind="direct", speaker_any=["Drozdenko", "governor"], chain_any=[])],
    [])

rec("fresh5-en-03", "news", "https://news.yahoo.com/27-russian-occupiers-dead-34-131500265.html", "NV",
    "2023-09-12",
    "Russian artillery hits own retreating troops near Donetsk airport, 27 reported dead",
    "Russian units fired on their own men near Donetsk airport, killing 27 and wounding 34, Ukrainian MP Yuriy "
    "Mysiagin reported on Telegram on Sept. 10, describing it as a \"friendly fire\" incident caused by panic over "
    "Ukraine's advance.\n"
    "The incident reportedly took place as Russian forces pulled out of the village of Opytne, a move Kremlin "
    "propagandists called a withdrawal to \"more favorable positions.\"\n"
    "\"Some fighters retreated to new positions chaotically and almost in a panic,\" the post said. Other Russian "
    "troops took them for Ukrainians trying to retake the airport and opened massive fire. About half of the "
    "wounded lost arms or legs, and several pieces of equipment were lost, according to the post.\n"
    "Ukrainian Armed Forces Colonel Kostyantyn Mashovets blamed a serious communications problem. The Russian "
    "artillery, he wrote on Facebook, for some reason struck \"the positions and rear of this (Russian) unit\" "
    "rather than the front line or Ukrainian positions.",
    [dict(type="friendly_fire", place="Donetsk airport", place_en="Donetsk airport", admin1="Donetsk",
          country="UA", date_from=None, date_to="2023-09-10", killed=27, injured=34,
          sources_any=["Mysiagin", "Yuriy Mysiagin", "MP"],
          evidence="Russian units fired on their own men near Donetsk airport, killing 27 and wounding 34")],
    [dict(content="Some fighters retreated to new positions chaotically and almost in a panic", kind="direct",
          speaker_any=["Mysiagin", "post"], chain_any=[]),
     dict(content="the positions and rear of this (Russian) unit", kind="mixed",
          speaker_any=["Mashovets", "Kostyantyn Mashovets", "Colonel"], chain_any=[["Facebook"]])],
    [])

rec("fresh5-en-04", "news",
    "https://novayagazeta.bypassnews.ru/articles/2024/06/05/russian-soldier-who-killed-7-comrades-with-grenade-given-23-year-sentence-en-news",
    "Novaya Gazeta Europe", "2024-06-05",
    "Russian sergeant jailed for 23 years over grenade that killed seven fellow soldiers",
    "A military court on Wednesday sentenced a Russian soldier to 23 years in a maximum security penal colony for "
    "throwing a grenade into an army barrack and killing seven soldiers of another unit, the state news agency TASS "
    "reported.\n"
    "Dmitry Lobovikov, a sergeant from the Urals region of Sverdlovsk, was convicted on several counts of murder, of "
    "illegally holding explosive devices and of deliberately destroying property with an explosion. The court also "
    "fined him 70,000 rubles (\u20ac700) and took away his military rank.\n"
    "According to the state-affiliated daily RBC, Lobovikov was heavily drunk when he threw the grenade into a "
    "barrack in Russia's Belgorod region in January 2023, after he had allegedly tried to scold the troops for "
    "behaving badly.\n"
    "Gas cylinders in the room went off in the blast, which killed seven people and injured 16.\n"
    "His lawyers asked for an acquittal, arguing that he never meant to kill his comrades and putting the incident "
    "down to \"stupidity and alcohol\". The grenade slipped from his hands when he passed out after taking sedatives "
    "with alcohol, they said.\n"
    "The jury found him guilty but said he was \"deserving of leniency\".",
    [dict(type="intra_force_killing", admin1="Belgorod", country="RU", date_from="2023-01-01",
          date_to="2023-01-31", killed=7, injured=16, sources_any=["RBC", "TASS", "court"],
          evidence="Lobovikov was heavily drunk when he threw the grenade into a barrack in Russia's Belgorod "
                   "region in January 2023")],
    [dict(content="stupidity and alcohol", kind="mixed", speaker_any=["lawyers", "Lobovikov"], chain_any=[]),
     dict(content="deserving of leniency", kind="mixed", speaker_any=["jury"], chain_any=[])],
    [])

rec("fresh5-en-05", "news", "https://webarchive.archive.unhcr.org/20240417083523mp_/https://www.refworld.org/docid/5975a2cc19.html",
    "RFE/RL", "2016-12-01",
    "Russia says it detained two Ukrainian deserters at the border",
    "Two soldiers who deserted from Ukraine's armed forces and crossed into Russia have been detained by Russian "
    "border guards, the guards say.\n"
    "Russian news agencies on November 30 quoted the border guard service in the southern Rostov-on-Don region as "
    "saying the two had deserted because they were tired of fighting.\n"
    "Ukrainian officials did not comment immediately.\n"
    "One of the men was quoted as saying he had been called up in January 2015 and was sick of fighting; the other "
    "reportedly said he had been drafted by force.\n"
    "If confirmed, it would make three Ukrainian soldiers crossing into Russia this month alone.",
    [dict(type="desertion_or_surrender", type_alt=["arrest_or_detention"], admin1="Rostov", country="RU",
          date_from=None, date_to="2016-11-30", killed=None, sources_any=["border guard", "border guards"],
          evidence="Two soldiers who deserted from Ukraine's armed forces and crossed into Russia have been "
                   "detained by Russian border guards")],
    [dict(content="the two had deserted because they were tired of fighting", kind="indirect",
          speaker_any=["border guard service", "border guard"], chain_any=[["news agencies"]])],
    ["Ukrainian officials did not comment immediately."])

rec("fresh5-en-06", "news", "https://112.international/video/ukrainian-army-man-detained-attempting-to-defect-to-russia-620-620.html",
    "112 International", "2018-01-17",
    "Ukrainian soldier who planned to defect to Russia detained in Zaporizhya",
    "Ukraine's state security service has detained a contract soldier of the Ukrainian army who meant to go over "
    "to the Russian Armed Forces. He was found in Zaporizhya, in the southeast, hiding from the authorities in a "
    "rented apartment.\n"
    "The soldier had left his unit last April under the influence of Russian propaganda. Officers seized two "
    "handguns, nearly 4,000 cartridges and forged seals of the Defense Ministry, the Interior Ministry and a local "
    "enlistment office during the search.\n"
    "Investigators say he planned to forge documents to hide his service with Ukrainian troops in Donbas. He is "
    "now being tried for defection.",
    [dict(type="arrest_or_detention", place="Zaporizhya", place_en="Zaporizhzhia", admin1="Zaporizhzhia",
          country="UA", date_from=None, date_to="2018-01-17", sources_any=["security service", "state security"],
          evidence="Ukraine's state security service has detained a contract soldier of the Ukrainian army who "
                   "meant to go over to the Russian Armed Forces"),
     dict(type="desertion_or_surrender", country="UA", date_from="2017-04-01", date_to="2017-04-30",
          sources_any=["security service", "Investigators"],
          evidence="The soldier had left his unit last April under the influence of Russian propaganda")],
    [],
    ["Investigators say he planned to forge documents to hide his service with Ukrainian troops in Donbas."])

rec("fresh5-en-07", "headline",
    "https://english.alarabiya.net/News/world/2023/08/23/Russia-says-three-killed-in-Ukrainian-drone-attack-in-border-region-of-Belgorod-",
    "Al Arabiya", "2023-08-23",
    "Three killed by Ukrainian drone in Russia's Belgorod border region, Moscow says", "",
    [dict(type="strike", admin1="Belgorod", country="RU", date_from=None, date_to="2023-08-23", killed=3,
          sources_any=["Moscow", "Russia"],
          evidence="Three killed by Ukrainian drone in Russia's Belgorod border region")])

rec("fresh5-en-08", "longform",
    "https://fakti.bg./en/mnenia/902698-more-and-more-soldiers-are-deserting-in-ukraine-what-s-up-with-them",
    "Fakti.bg", "2024-08-07",
    "Ukraine's army is losing more and more soldiers to desertion. Why?",
    "Desertion is becoming a mass problem for Ukraine's army.\n"
    "Prosecutors' statistics show nearly 30,000 new criminal cases against servicemen for leaving their posts in "
    "the first half of 2024: 18,600 for going absent without leave and 11,200 for desertion. That already exceeds "
    "the 24,100 new cases of all of 2023 and is more than triple the 9,400 of 2022.\n"
    "Since the start of the war the total is 63,200 cases. Set against the 880,000-strong army that President "
    "Volodymyr Zelensky has named, that would mean nearly one soldier in 14 has run.\n"
    "Officers and lawyers who know the situation told DV the real scale is much larger, some saying three times the "
    "number of criminal cases and others four times. Many escapes are never registered, they said.\n"
    "Registering military crimes takes a long time, lawyer Alexander Borovoi explains. \"The offices of the State "
    "Bureau of Investigation are hundreds of kilometers from the front line, and investigators and operatives are "
    "not even allowed to enter the military units,\" he says.\n"
    "Commanders must report escapes to the Military Law Enforcement Service, which declined to give DV its figures "
    "but acknowledged that servicemen have enough reasons to leave, such as emotional overload and exhaustion from "
    "long stays in the combat zone.",
    [],
    [dict(content="investigators and operatives are not even allowed to enter the military units", kind="direct",
          speaker_any=["Borovoi", "Alexander Borovoi", "lawyer"], chain_any=[])],
    ["Desertion is becoming a mass problem for Ukraine's army.",
     "Prosecutors' statistics show nearly 30,000 new criminal cases against servicemen for leaving their posts in "
     "the first half of 2024",
     "Since the start of the war the total is 63,200 cases.",
     "Many escapes are never registered, they said."])

records.write()
