"""Writes fresh_en.jsonl beside this file: twelve English war reports written by the project (session 4,
2026-12-05) from real reports (``basis_url``; facts kept, wording ours), annotated in the format of
``../shared/corpus/reports`` (its README). Nobody writing extraction rules has read them: a check of how the
rules carry to reports they were not written on (``python -m benchmarks.reports --data
benchmarks/data/fresh_en.jsonl``). Never tune on them; when they have been read for rules, say so and write
new ones."""
from benchmarks.data.fresh import Records

records = Records("en")
rec = records.rec


rec("fresh-en-01", "wire",
    "https://www.themoscowtimes.com/2023/10/12/downed-drone-kills-three-in-russia-including-child-governor-a82744",
    "The Moscow Times", "2023-10-12",
    "Drone debris kills three, among them a child, outside Belgorod, governor says",
    "Debris from a drone brought down over Russia's Belgorod region fell on houses on the edge of the regional capital "
    "and killed three people, one of them a small child, regional governor Vyacheslav Gladkov said on Thursday.\n"
    "Air defences \"shot down an aircraft-type drone as it approached the city,\" Gladkov wrote on Telegram, posting "
    "photographs of a home reduced to rubble.\n"
    "Two more people, a man and a woman, were taken to hospital. The man is in a coma with severe burns, the governor "
    "said, and doctors describe the woman's condition as serious.\n"
    "Russia's Defence Ministry said early on Thursday that it had thwarted a Ukrainian drone attack on the region "
    "shortly before midnight on Wednesday. It made no mention of casualties.\n"
    "On Tuesday, Ukrainian shelling killed two civilians in another part of the Belgorod region, "
    "according to Gladkov.\n"
    "Kyiv rarely comments on attacks inside Russia.",
    [dict(type="strike", place="Belgorod", place_en="Belgorod", admin1="Belgorod", country="RU",
          date_from="2023-10-11", date_to="2023-10-12", killed=3, injured=2,
          sources_any=["Gladkov", "governor"],
          evidence="fell on houses on the edge of the regional capital and killed three people"),
     dict(type="strike", admin1="Belgorod", country="RU", date_from="2023-10-10", date_to="2023-10-10", killed=2,
          sources_any=["Gladkov"], optional=True,
          evidence="On Tuesday, Ukrainian shelling killed two civilians in another part of the Belgorod region")],
    [dict(content="shot down an aircraft-type drone as it approached the city", kind="direct",
          speaker_any=["Gladkov", "Vyacheslav Gladkov"], chain_any=[["Telegram"]])],
    ["Kyiv rarely comments on attacks inside Russia."])

rec("fresh-en-02", "news", "https://tass.com/politics/1727519", "TASS", "2023-12-28", None,
    "MOSCOW, December 28. A man was wounded when a Ukrainian kamikaze drone dropped an explosive device on the "
    "village of Mokraya Orlovka in the Grayvoron district of the Belgorod region, Governor Vyacheslav Gladkov said "
    "on his Telegram channel.\n"
    "\"A civilian suffered shrapnel wounds when an explosive device was dropped from a drone while the man was "
    "outside,\" the governor said.\n"
    "The wounded man is being taken to a hospital in Belgorod, where he will receive all the care he needs, "
    "according to Gladkov.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Mokraya Orlovka", place_en="Mokraya Orlovka",
          admin1="Belgorod", country="RU", date_from=None, date_to="2023-12-28", injured=1,
          sources_any=["Gladkov", "governor"],
          evidence="A man was wounded when a Ukrainian kamikaze drone dropped an explosive device on the village of "
                   "Mokraya Orlovka")],
    [dict(content="A civilian suffered shrapnel wounds when an explosive device was dropped from a drone while the "
                  "man was outside,", kind="direct", speaker_any=["Gladkov", "governor"], chain_any=[["Telegram"]])],
    [])

rec("fresh-en-03", "news",
    "https://novayagazeta.eu/articles/2022/09/30/23-civilians-killed-in-russias-strike-on-zaporizhzhia-region-news",
    "Novaya Gazeta Europe", "2022-09-30",
    "Russian strike on Zaporizhzhia region kills 23 civilians",
    "A Russian strike on Ukraine's Zaporizhzhia region has killed 23 civilians and wounded 28, the region's "
    "governor Oleksandr Starukh says.\n"
    "\"As of now we know of 23 dead and 28 wounded, all of them civilians,\" he wrote on Telegram.\n"
    "The missiles hit a convoy of cars, Starukh says: people had been queuing to cross into the occupied part of the "
    "region to collect relatives and bring in aid.\n"
    "Vladimir Rogov, an official of the Russian-installed occupation administration, blamed Ukraine's army for the "
    "strike. He put the toll at 23 dead and 34 wounded.\n"
    "Local authorities also reported strikes on Dnipro and Mykolaiv earlier in the day.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Zaporizhzhia", place_en="Zaporizhzhia",
          admin1="Zaporizhzhia", country="UA", date_from="2022-09-30", date_to="2022-09-30", killed=23, injured=28,
          sources_any=["Starukh", "governor"],
          evidence="A Russian strike on Ukraine's Zaporizhzhia region has killed 23 civilians and wounded 28"),
     dict(type="strike", place="Dnipro", place_en="Dnipro", admin1="Dnipropetrovsk", country="UA",
          date_from="2022-09-30", date_to="2022-09-30", sources_any=["Local authorities"], optional=True,
          evidence="Local authorities also reported strikes on Dnipro and Mykolaiv earlier in the day"),
     dict(type="strike", place="Mykolaiv", place_en="Mykolaiv", admin1="Mykolaiv", country="UA",
          date_from="2022-09-30", date_to="2022-09-30", sources_any=["Local authorities"], optional=True,
          evidence="Local authorities also reported strikes on Dnipro and Mykolaiv earlier in the day")],
    [dict(content="As of now we know of 23 dead and 28 wounded, all of them civilians,", kind="direct",
          speaker_any=["Starukh", "Oleksandr Starukh"], chain_any=[["Telegram"]]),
     dict(content="He put the toll at 23 dead and 34 wounded", kind="indirect", speaker_any=["Rogov"], chain_any=[])],
    [])

rec("fresh-en-04", "news",
    "https://www.dnevnik.si/1043004253/svet/rusija-smrtonosni-napad-na-svoje-vojake-pripisala-uporabi-telefonov",
    "Reuters", "2023-01-04",
    "Russia raises Makiivka death toll to 89, blames soldiers' phones",
    "Russia's Defence Ministry on Wednesday raised the number of soldiers killed by a Ukrainian strike on their "
    "temporary barracks in Makiivka to 89, and said the troops' own use of mobile phones had allowed Ukraine to "
    "locate them.\n"
    "The ministry had earlier given a toll of 63. It said four HIMARS rockets struck a vocational college building "
    "housing newly mobilised soldiers shortly after midnight on New Year's Day.\n"
    "Ukraine has put the number of dead far higher. Reuters could not independently verify either figure.\n"
    "The ministry said those responsible would be punished.",
    [dict(type="strike", place="Makiivka", place_en="Makiivka", admin1="Donetsk", country="UA",
          date_from="2023-01-01", date_to="2023-01-01", killed=89,
          sources_any=["Defence Ministry", "ministry"],
          evidence="raised the number of soldiers killed by a Ukrainian strike on their temporary barracks in "
                   "Makiivka to 89")],
    [dict(content="the troops' own use of mobile phones had allowed Ukraine to locate them", kind="indirect",
          speaker_any=["Defence Ministry", "ministry"], chain_any=[])],
    ["The ministry said those responsible would be punished."])

rec("fresh-en-05", "news",
    "https://gazzettadelsud.it/articoli/mondo/2024/06/29/mosca-cinque-civili-uccisi-da-un-drone-ucraino-anche-due-bambini-c36c21ca-0df2-4831-a0b6-756a4aca83c3/",
    "AFP", "2024-06-29",
    "Ukrainian drone kills five in Russia's Kursk region, two of them children: governor",
    "A Ukrainian drone hit a village close to the border in Russia's Kursk region on Saturday, killing at least five "
    "civilians, among them two small children, the regional governor said.\n"
    "\"It is with great pain that I report five people, including two young children, were killed,\" Governor "
    "Alexei Smirnov wrote on Telegram. Two other members of the same family were badly wounded, he added.\n"
    "The claim could not be independently confirmed.",
    [dict(type="strike", type_alt=["attack_on_civilians"], admin1="Kursk", country="RU", date_from="2024-06-29",
          date_to="2024-06-29", killed=5, injured=2, sources_any=["Smirnov", "governor"],
          evidence="A Ukrainian drone hit a village close to the border in Russia's Kursk region on Saturday, killing "
                   "at least five civilians")],
    [dict(content="It is with great pain that I report five people, including two young children, were killed,",
          kind="direct", speaker_any=["Smirnov", "Alexei Smirnov"], chain_any=[["Telegram"]])],
    ["The claim could not be independently confirmed."])

rec("fresh-en-06", "news",
    "https://gds.it/articoli/mondo/2022/11/01/ucraina-bombe-russe-sul-donetsk-morti-tre-civili-bacb60ba-7f2d-45bb-837f-0a7315b98fd7",
    "Ukrinform", "2022-11-01",
    "Russian attacks kill three civilians in Donetsk region",
    "Russian forces killed three civilians in the Donetsk region on October 31, two of them in Bakhmut and one in "
    "Kurakhove, the head of the regional military administration, Pavlo Kyrylenko, said on Telegram.\n"
    "Three more people were wounded, he said.\n"
    "Kyrylenko added that the body of a civilian killed during the Russian occupation had been found in the village "
    "of Rubtsi.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Bakhmut", place_en="Bakhmut", admin1="Donetsk",
          country="UA", date_from="2022-10-31", date_to="2022-10-31", killed=2, sources_any=["Kyrylenko"],
          evidence="two of them in Bakhmut"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Kurakhove", place_en="Kurakhove", admin1="Donetsk",
          country="UA", date_from="2022-10-31", date_to="2022-10-31", killed=1, sources_any=["Kyrylenko"],
          evidence="one in Kurakhove"),
     dict(type="attack_on_civilians", type_alt=["other"], place="Rubtsi", place_en="Rubtsi", admin1="Donetsk",
          country="UA", killed=1, sources_any=["Kyrylenko"], optional=True,
          evidence="the body of a civilian killed during the Russian occupation had been found in the village "
                   "of Rubtsi")],
    [dict(content="Three more people were wounded", kind="indirect", speaker_any=["Kyrylenko"], chain_any=[])],
    [])

rec("fresh-en-07", "news",
    "https://revistaport.com/dois-mortos-em-uma-aldeia-russa-apos-um-bombardeio-ucraniano-local-diz-o-governador-local",
    "CNN", "2023-04-16",
    "Two dead in Russian village after Ukrainian shelling, local governor says",
    "Two civilians were killed when Ukrainian shelling hit a village in Russia's Bryansk region, the regional "
    "governor said on Sunday.\n"
    "In a post on his Telegram channel, Governor Alexander Bogomaz said one apartment building in the village of "
    "Suzemka had been destroyed and two houses partly damaged.\n"
    "\"Emergency crews are still working at the scene,\" Bogomaz added.\n"
    "A video on the governor's channel shows people leaving a ruined building at night. CNN has not independently "
    "verified the video.\n"
    "The Bryansk region borders Ukraine to the south and Belarus to the west.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Suzemka", place_en="Suzemka", admin1="Bryansk",
          country="RU", date_from=None, date_to="2023-04-16", killed=2, sources_any=["Bogomaz", "governor"],
          evidence="Two civilians were killed when Ukrainian shelling hit a village in Russia's Bryansk region")],
    [dict(content="Emergency crews are still working at the scene,", kind="direct",
          speaker_any=["Bogomaz", "Alexander Bogomaz"], chain_any=[])],
    ["The Bryansk region borders Ukraine to the south and Belarus to the west."])

rec("fresh-en-08", "news",
    "https://altnewscoin.com/world-news/russian-friendly-fire-obliterates-own-men-as-wagner-tank-destroyed/",
    "Daily Express", "2023-01-20",
    "Russian troops destroyed Wagner tank in friendly fire, intercepted call suggests",
    "Russian soldiers destroyed a tank belonging to the Wagner mercenary group in a friendly fire incident, "
    "according to a phone call intercepted by Ukraine's military intelligence.\n"
    "In the call, said to be between a Russian soldier and his father, the soldier describes chaos at the front. "
    "\"We were firing at them. We wiped out their tank and a Tigr before we realised they were our own,\" he says.\n"
    "The soldier also says that Wagner has suffered heavy losses which the Russian Defence Ministry does not record.\n"
    "The call could not be verified straight away.",
    [dict(type="friendly_fire", sources_any=["soldier", "military intelligence", "intercepted"],
          evidence="Russian soldiers destroyed a tank belonging to the Wagner mercenary group in a friendly fire "
                   "incident")],
    [dict(content="We were firing at them. We wiped out their tank and a Tigr before we realised they were our own,",
          kind="direct", speaker_any=["soldier"], chain_any=[["call", "phone call", "military intelligence"]])],
    ["The call could not be verified straight away."])

rec("fresh-en-09", "news", "https://www.hbvl.be/cnt/dmf20221229_97594845", "AFP", "2022-12-29",
    "Russian soldier held over beating death of his commander on troop train",
    "A Russian soldier has been detained on suspicion of beating his commanding officer to death aboard a military "
    "train, a Russian military court said on Thursday.\n"
    "The sergeant and his commander, both called up in the recent mobilisation, argued while their train was near "
    "Chelyabinsk on December 23, the court said in a press release. The sergeant then struck his superior several "
    "times, killing him. He was drunk at the time, according to the court.\n"
    "He is charged with violence against a superior and faces five to 15 years in prison.\n"
    "It is not the first deadly incident involving soldiers mobilised for the war in Ukraine.",
    [dict(type="intra_force_killing", place="Chelyabinsk", place_en="Chelyabinsk", admin1="Chelyabinsk",
          country="RU", date_from="2022-12-23", date_to="2022-12-23", killed=1,
          sources_any=["court", "military court"],
          evidence="The sergeant then struck his superior several times, killing him"),
     dict(type="arrest_or_detention", type_alt=["other"], date_from=None, date_to="2022-12-29",
          sources_any=["court", "military court"], optional=True,
          evidence="A Russian soldier has been detained on suspicion of beating his commanding officer to death")],
    [dict(content="He was drunk at the time", kind="indirect", speaker_any=["court"], chain_any=[])],
    ["It is not the first deadly incident involving soldiers mobilised for the war in Ukraine."])

rec("fresh-en-10", "news", "https://www.dv.is/frettir/2024/03/01/nyjar-tolur-varpa-ljosi-hversu-margir-russneskir-hermenn-neita-ad-berjast-ukrainu/",
    "Dagblaðið Vísir", "2024-03-01",
    "Kaliningrad men who fled the front on their first night jailed for desertion",
    "A group of mobilised men from Kaliningrad who fled the front line in Luhansk on the evening they arrived there "
    "have been sentenced to between six and a half and seven years in a penal colony for desertion, the independent "
    "Russian outlet Proekt reported, citing court documents.\n"
    "The men had challenged their call-up in court and lost. Sent to the Luhansk region, they decided on their first "
    "night at the front to go home. They bought civilian clothes in a shop, hitchhiked to Moscow and, unable to "
    "return to Kaliningrad, handed themselves and their weapons in to the police.\n"
    "Several had been issued rifles made in the 1970s and little ammunition; one of the guns did not work. The "
    "military court found that this did not justify desertion.\n"
    "More than 4,600 Russian soldiers have been convicted of refusing to fight since the invasion began.",
    [dict(type="desertion_or_surrender", admin1="Luhansk", date_from=None, date_to="2024-03-01",
          sources_any=["Proekt", "court"],
          evidence="fled the front line in Luhansk on the evening they arrived there")],
    [],
    ["More than 4,600 Russian soldiers have been convicted of refusing to fight since the invasion began."])

rec("fresh-en-11", "longform", "https://zona.media/translate/2024/04/12/record", "Mediazona", "2024-04-12",
    "AWOL sentences hit a new monthly record",
    "Russian garrison and district courts handed down almost 700 sentences for absence without leave in March "
    "alone, a Mediazona count of public court records shows.\n"
    "That is 34 sentences under Article 337 of the Criminal Code for every working day of the month.\n"
    "The number of such cases began to climb after Vladimir Putin announced a partial mobilisation in September "
    "2022, but this year's growth has no precedent.\n"
    "As before, most sentences are suspended, which lets commanders send a soldier who went absent back to the "
    "front.",
    [],
    [],
    ["Russian garrison and district courts handed down almost 700 sentences for absence without leave in March",
     "That is 34 sentences under Article 337 of the Criminal Code for every working day of the month.",
     "As before, most sentences are suspended"])

rec("fresh-en-12", "news", "https://wval.news/2025/03/29/russian-mobilized-soldier-sentenced-to-15-years-for-murdering-two-fellow-soldiers",
    "Kommersant (via WVAL)", "2025-03-29",
    "Mobilised soldier jailed for 15 years for killing two comrades and blaming Ukrainian saboteurs",
    "A military court in southern Russia has sentenced a mobilised soldier to 15 years in a strict-regime colony for "
    "murdering two fellow servicemen, the newspaper Kommersant reported.\n"
    "In the winter of 2023, several soldiers were drinking when an argument broke out. The accused fired his "
    "assault rifle at one of them, hitting him in the head, then shot a second soldier who tried to stop him.\n"
    "He first told investigators that Ukrainian saboteurs had killed the two men, and arranged the scene to fit "
    "that story, but later confessed.\n"
    "Relatives of the dead appealed against the sentence, without success.",
    [dict(type="intra_force_killing", date_from="2022-12-01", date_to="2023-02-28", killed=2,
          sources_any=["Kommersant", "court"],
          evidence="The accused fired his assault rifle at one of them, hitting him in the head, then shot a second "
                   "soldier who tried to stop him")],
    [],
    ["Relatives of the dead appealed against the sentence, without success."])

records.write()
