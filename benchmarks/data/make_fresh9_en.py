"""Writes fresh9_en.jsonl beside this file: the ninth batch of English war reports written by the project (session
7, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-8),
annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing extraction rules has read them:
a check of how the rules carry to reports they were not written on (``python -m benchmarks.reports --lang en --data
benchmarks/data/fresh9_en.jsonl``). Never tune on them; when they have been read for rules, say so and write new
ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh9")
rec = records.rec

GLADKOV = ["Gladkov", "Vyacheslav Gladkov", "governor"]


rec("fresh9-en-01", "wire",
    "https://english.alarabiya.net/News/world/2022/08/29/Several-killed-in-Russian-shelling-of-Mykolaiv-Region-s-governor",
    "Reuters", "2022-08-29",
    "Russian shelling of Mykolaiv kills passer-by and residents, governor says",
    "KYIV (Reuters) - Russian shelling of private homes in the southern Ukrainian city of Mykolaiv on Monday killed a "
    "passer-by and an as yet unknown number of residents, regional governor Vitaliy Kim wrote on Telegram.\n"
    "\"The city centre is under heavy shelling. Rockets are still being fired. Do not leave the shelters,\" Kim wrote "
    "a few minutes before he reported the deaths.\n"
    "Reuters could not immediately verify his account.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Mykolaiv", place_en="Mykolaiv", admin1="Mykolaiv",
          country="UA", date_from="2022-08-29", date_to="2022-08-29", killed=None,
          sources_any=["Kim", "Vitaliy Kim", "governor"],
          evidence="Russian shelling of private homes in the southern Ukrainian city of Mykolaiv on Monday killed a "
                   "passer-by")],
    [dict(content="The city centre is under heavy shelling. Rockets are still being fired. Do not leave the shelters,",
          kind="direct", speaker_any=["Kim", "Vitaliy Kim"], chain_any=[["Telegram"]])],
    ["Reuters could not immediately verify his account."])

rec("fresh9-en-02", "news", "https://newsukraine.rbc.ua/news/russians-attack-multi-story-building-in-ochakiv-1689789922.html",
    "RBC-Ukraine", "2023-07-19",
    "Russians hit apartment block in Ochakiv, Mykolaiv region: people wounded",
    "Russian forces shelled Ochakiv in the Mykolaiv region on Wednesday, hitting a five-storey apartment block in the "
    "city centre, regional police chief Serhiy Shaikhet said.\n"
    "\"One more act of terror in the city of Ochakiv,\" Shaikhet said, adding that this time a residential building in "
    "the centre had been hit. \"There are wounded, but their lives are not in danger. Police and the State Emergency "
    "Service of the region are working at the scene.\"\n"
    "Ochakiv, on the northern shore of the Dnipro-Buh estuary, is a regular Russian target; according to Shaikhet, "
    "the city is periodically fired on with multiple rocket launchers. At the end of May Russian troops shelled it "
    "three times, again hitting homes and vital infrastructure and wounding one person.\n"
    "During the massive overnight attack on Ukraine, Russian forces also struck the resort area near Kobleve in the "
    "Mykolaiv region, where two people were injured.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Ochakiv", place_en="Ochakiv", admin1="Mykolaiv",
          country="UA", date_from="2023-07-19", date_to="2023-07-19", injured=None,
          sources_any=["Shaikhet", "Serhiy Shaikhet", "police"],
          evidence="Russian forces shelled Ochakiv in the Mykolaiv region on Wednesday, hitting a five-storey "
                   "apartment block in the city centre"),
     dict(type="strike", place="Kobleve", place_en="Kobleve", admin1="Mykolaiv", country="UA",
          date_from="2023-07-18", date_to="2023-07-19", injured=2, sources_any=["RBC-Ukraine", "Shaikhet"],
          evidence="Russian forces also struck the resort area near Kobleve in the Mykolaiv region, where two people "
                   "were injured"),
     dict(type="strike", place="Ochakiv", place_en="Ochakiv", admin1="Mykolaiv", country="UA",
          date_from="2023-05-20", date_to="2023-05-31", injured=1, sources_any=["Shaikhet", "RBC-Ukraine"],
          optional=True,
          evidence="At the end of May Russian troops shelled it three times, again hitting homes and vital "
                   "infrastructure and wounding one person")],
    [dict(content="There are wounded, but their lives are not in danger. Police and the State Emergency Service of "
                  "the region are working at the scene.", kind="direct",
          speaker_any=["Shaikhet", "Serhiy Shaikhet"], chain_any=[])],
    ["Ochakiv, on the northern shore of the Dnipro-Buh estuary, is a regular Russian target",
     "the city is periodically fired on with multiple rocket launchers"])

rec("fresh9-en-03", "wire", "https://tass.com/defense/1855639", "TASS", "2024-10-13",
    "Belgorod Region villager dies after Ukrainian drone attack",
    "BELGOROD, October 13. /TASS/. A resident of a village in the Belgorod Region has died after an attack by a "
    "Ukrainian drone, regional governor Vyacheslav Gladkov said.\n"
    "\"The Ukrainian armed forces struck the village of Otradnoye near Belgorod with a drone. One civilian has died. "
    "The man was taken to hospital, where he died of his wounds in spite of everything the doctors did,\" the "
    "governor wrote on his Telegram channel. He offered his condolences to the man's family.\n"
    "Earlier, Gladkov reported that two fighters of the territorial defense had been wounded when a Ukrainian "
    "kamikaze drone attacked the village of Petrovka.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Otradnoye", place_en="Otradnoye",
          admin1="Belgorod", country="RU", date_from=None, date_to="2024-10-13", killed=1, sources_any=GLADKOV,
          evidence="A resident of a village in the Belgorod Region has died after an attack by a Ukrainian drone"),
     dict(type="strike", place="Petrovka", place_en="Petrovka", admin1="Belgorod", country="RU", date_from=None,
          date_to="2024-10-13", injured=2, sources_any=GLADKOV,
          evidence="two fighters of the territorial defense had been wounded when a Ukrainian kamikaze drone "
                   "attacked the village of Petrovka")],
    [dict(content="The Ukrainian armed forces struck the village of Otradnoye near Belgorod with a drone. One "
                  "civilian has died. The man was taken to hospital, where he died of his wounds in spite of "
                  "everything the doctors did,", kind="direct", speaker_any=["Gladkov", "Vyacheslav Gladkov"],
          chain_any=[["Telegram"]])],
    [])

rec("fresh9-en-04", "news",
    "https://unn.ua/en/news/zaporizhzhia-suffered-a-drone-attack-from-russia-with-one-fatality-and-damage-to-industrial-infrastructure",
    "UNN", "2026-02-23",
    "Russian drone strike on Zaporizhzhia kills one, damages industrial site",
    "Russian drones struck Zaporizhzhia on Monday, killing one person and wounding another, the head of the "
    "Zaporizhzhia Regional Military Administration, Ivan Fedorov, said on Telegram, UNN reports.\n"
    "\"One person died, one was injured. The enemy struck Zaporizhzhia,\" Fedorov wrote.\n"
    "According to him, the attack damaged an industrial infrastructure facility in the city. The man killed was 33 "
    "years old; the wounded man is 45.",
    [dict(type="strike", place="Zaporizhzhia", place_en="Zaporizhzhia", admin1="Zaporizhzhia", country="UA",
          date_from="2026-02-23", date_to="2026-02-23", killed=1, injured=1,
          sources_any=["Fedorov", "Ivan Fedorov", "Regional Military Administration"],
          evidence="Russian drones struck Zaporizhzhia on Monday, killing one person and wounding another")],
    [dict(content="One person died, one was injured. The enemy struck Zaporizhzhia,", kind="direct",
          speaker_any=["Fedorov", "Ivan Fedorov"], chain_any=[["Telegram"], ["UNN"]])],
    [])

rec("fresh9-en-05", "news", "https://www.kyivpost.com/post/34243", "Kyiv Post", "2024-06-12",
    "3rd Assault Brigade video shows 24 Russian soldiers taken prisoner near Vovchansk",
    "One of Ukraine's best-known combat brigades has backed up earlier reports that it captured dozens of Russian "
    "soldiers in the northern sector, releasing on Wednesday images and a video that show 24 of them being taken "
    "prisoner.\n"
    "In the 28-minute video, posted on YouTube by the 3rd Assault Brigade, the men sit in what looks like a school "
    "conference room; the brigade says all of them were captured during fighting around the town of Vovchansk in "
    "the Kharkiv region. The introduction claims that every one of them agreed to speak on camera. Only one, with a "
    "bandaged arm, shows any visible injury.\n"
    "Kyiv Post recognised two of the prisoners from helmet-camera footage of their capture by Ukrainian troops on "
    "Monday. Ukrainian military social media accounts began reporting large numbers of Russian soldiers "
    "surrendering in the sector last week, after counterattacks by Ukrainian assault infantry.\n"
    "In a statement on June 7, the Khortytsia operational command, which runs ground operations in the sector, said "
    "more than 60 Russian soldiers had been captured there in under a week. Two officers of the 3rd Brigade told "
    "Kyiv Post that many Russians had surrendered in the recent fighting.",
    [dict(type="desertion_or_surrender", type_alt=["arrest_or_detention"], place="Vovchansk", place_en="Vovchansk",
          admin1="Kharkiv", country="UA", date_from="2024-06-03", date_to="2024-06-12",
          sources_any=["3rd Assault Brigade", "video", "Kyiv Post"],
          evidence="releasing on Wednesday images and a video that show 24 of them being taken prisoner"),
     dict(type="desertion_or_surrender", type_alt=["arrest_or_detention"], place="Vovchansk", place_en="Vovchansk",
          admin1="Kharkiv", country="UA", date_from="2024-05-31", date_to="2024-06-07",
          sources_any=["Khortytsia", "operational command"], optional=True,
          evidence="more than 60 Russian soldiers had been captured there in under a week")],
    [],
    ["The introduction claims that every one of them agreed to speak on camera."])

rec("fresh9-en-06", "wire", "https://squidsaccess.com/2025/01/04/russian-attack-wounds-three", "Reuters", "2025-01-04",
    "Russian glide bomb wounds 10, including two children, in Ukraine's Sumy region",
    "KYIV (Reuters) - A Russian guided bomb attack on Saturday wounded 10 people, two of them children, in a village "
    "in Ukraine's northeastern Sumy region close to the Russian border, local authorities said.\n"
    "Video posted by President Volodymyr Zelenskiy showed part of a building in the village of Svesa reduced to "
    "rubble, with rescuers carrying residents out on stretchers.\n"
    "\"A whole section of the building, from the ground floor to the fifth, was destroyed,\" Zelenskiy said in his "
    "nightly video address. \"Neighbouring houses were damaged too.\" He said guided bombs had also hit two other "
    "villages in the Sumy region, as well as the neighbouring Kharkiv region.\n"
    "Russia did not immediately comment. The Sumy region borders Russia's Kursk region and has been shelled "
    "regularly for months.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Svesa", place_en="Svesa", admin1="Sumy",
          country="UA", date_from="2025-01-04", date_to="2025-01-04", injured=10,
          sources_any=["local authorities", "Zelenskiy", "Volodymyr Zelenskiy"],
          evidence="A Russian guided bomb attack on Saturday wounded 10 people, two of them children"),
     dict(type="strike", admin1="Sumy", country="UA", date_from="2025-01-04", date_to="2025-01-04",
          sources_any=["Zelenskiy", "Volodymyr Zelenskiy"], optional=True,
          evidence="guided bombs had also hit two other villages in the Sumy region"),
     dict(type="strike", admin1="Kharkiv", country="UA", date_from="2025-01-04", date_to="2025-01-04",
          sources_any=["Zelenskiy", "Volodymyr Zelenskiy"], optional=True,
          evidence="as well as the neighbouring Kharkiv region")],
    [dict(content="A whole section of the building, from the ground floor to the fifth, was destroyed,",
          kind="direct", speaker_any=["Zelenskiy", "Volodymyr Zelenskiy"], chain_any=[]),
     dict(content="Neighbouring houses were damaged too.", kind="direct",
          speaker_any=["Zelenskiy", "Volodymyr Zelenskiy"], chain_any=[])],
    ["Russia did not immediately comment.",
     "The Sumy region borders Russia's Kursk region and has been shelled regularly for months."])

rec("fresh9-en-07", "news", "https://news.yahoo.com/ukraine-opens-war-crimes-investigation-132000242.html",
    "The Kyiv Independent", "2023-12-03",
    "Ukraine opens war crimes case after video shows Russians shooting two surrendering soldiers",
    "Ukraine's Prosecutor General's Office said on Dec. 3 that it had opened an investigation after a video appeared "
    "to show Russian troops shooting two Ukrainian soldiers who had surrendered.\n"
    "According to the office's preliminary findings, the killing took place near an observation post by the village "
    "of Stepove in Pokrovsk district, Donetsk Oblast.\n"
    "\"The video shows a group of people in Russian uniforms shooting at close range two unarmed servicemen in "
    "Ukrainian Armed Forces uniforms who were surrendering,\" the office said. The case is being investigated as a "
    "violation of the laws and customs of war combined with premeditated murder.\n"
    "Analysts of the Deep State project published the footage on Dec. 2, and the Armed Forces' Strategic "
    "Communications Department later confirmed that the men shot were Ukrainian prisoners of war. Ombudsman Dmytro "
    "Lubinets said Ukraine would take the case to international organizations.\n"
    "It is not the first such case. In the spring, a video surfaced in which Russian soldiers shot Oleksandr "
    "Matsievskyi, an unarmed Ukrainian soldier, at point-blank range after he said \"Glory to Ukraine\"; that killing "
    "took place in late December 2022.",
    [dict(type="attack_on_civilians", type_alt=["other"], place="Stepove", place_en="Stepove", admin1="Donetsk",
          country="UA", date_from=None, date_to="2023-12-02", killed=2,
          sources_any=["Prosecutor General's Office", "Deep State", "video", "Strategic Communications"],
          evidence="a video appeared to show Russian troops shooting two Ukrainian soldiers who had surrendered"),
     dict(type="attack_on_civilians", type_alt=["other"], country="UA", date_from="2022-12-20",
          date_to="2022-12-31", killed=1, sources_any=["video", "The Kyiv Independent"], optional=True,
          evidence="Russian soldiers shot Oleksandr Matsievskyi, an unarmed Ukrainian soldier, at point-blank range")],
    [dict(content="The video shows a group of people in Russian uniforms shooting at close range two unarmed "
                  "servicemen in Ukrainian Armed Forces uniforms who were surrendering,", kind="direct",
          speaker_any=["Prosecutor General's Office", "office"], chain_any=[])],
    ["Ombudsman Dmytro Lubinets said Ukraine would take the case to international organizations.",
     "It is not the first such case."])

rec("fresh9-en-08", "headline", "https://censor.net/en/photonews/3563714/belgorod-attacked-by-drones-on-16-july-what-is-known",
    "Censor.NET", "2025-07-16",
    "Drones attack Belgorod: one killed, five injured, Governor Gladkov says",
    "",
    [dict(type="strike", place="Belgorod", place_en="Belgorod", admin1="Belgorod", country="RU",
          date_from="2025-07-16", date_to="2025-07-16", killed=1, injured=5, sources_any=GLADKOV,
          evidence="Drones attack Belgorod: one killed, five injured")],
    [],
    [])

rec("fresh9-en-09", "longform",
    "https://website3-preview.staging.meduza.io/en/feature/2025/10/08/for-the-defense-ministry-people-are-garbage",
    "Meduza", "2025-10-08",
    "'For the Defense Ministry, people are garbage': why Russian soldiers keep deserting",
    "At least 50,000 Russian soldiers have fled the army since the full-scale invasion of Ukraine began, according "
    "to leaked Defense Ministry documents from 2024. In the fourth year of the war, the number of court cases "
    "against troops who went AWOL in southern Russia and the North Caucasus is growing rather than shrinking. "
    "RFE/RL's Kavkaz.Realii asked experts why contract soldiers and mobilized men desert and when that ends in "
    "prosecution; Meduza publishes an abridged English version of its reporting.\n"
    "Criminal cases against deserters are comparatively rare, says Ivan Chuvilyaev of Get Lost, a group that helps "
    "Russian deserters. \"The aim is not to punish them or lock them up. It is to get them back to the front,\" he "
    "says.\n"
    "Kavkaz.Realii went through rulings of the Southern District Military Court and found that many prosecutions "
    "began only after a soldier's second desertion; after the first, men are usually just returned to their units. "
    "Most verdicts give no reason for leaving, or vaguely cite \"family issues\".\n"
    "\"I wish I could tell you these men run because they are against the war,\" says Yevgeny Kochegin, head of the "
    "Volgograd watchdog Dozor. \"But here it is usually personal. Jealousy, for example: a wife is cheating, and the "
    "husband leaves his unit to have it out with her.\"\n"
    "One mobilized soldier from the Republic of Adygea, Yuri Musaelyan, was sentenced to five and a half years in a "
    "penal colony for leaving his unit.",
    [dict(type="arrest_or_detention", type_alt=["other"], country="RU", date_from=None, date_to="2025-10-08",
          sources_any=["Kavkaz.Realii", "Meduza", "court"],
          evidence="Yuri Musaelyan, was sentenced to five and a half years in a penal colony"),
     dict(type="desertion_or_surrender", country="RU", date_from=None, date_to="2025-10-08",
          sources_any=["Kavkaz.Realii", "Meduza", "court"], optional=True,
          evidence="sentenced to five and a half years in a penal colony for leaving his unit")],
    [dict(content="The aim is not to punish them or lock them up. It is to get them back to the front,",
          kind="direct", speaker_any=["Chuvilyaev", "Ivan Chuvilyaev"], chain_any=[["Kavkaz.Realii"]]),
     dict(content="But here it is usually personal. Jealousy, for example: a wife is cheating, and the husband leaves "
                  "his unit to have it out with her.", kind="direct",
          speaker_any=["Kochegin", "Yevgeny Kochegin"], chain_any=[["Kavkaz.Realii"]])],
    ["At least 50,000 Russian soldiers have fled the army since the full-scale invasion of Ukraine began",
     "many prosecutions began only after a soldier's second desertion",
     "Jealousy, for example: a wife is cheating, and the husband leaves his unit to have it out with her."])

rec("fresh9-en-10", "news", "https://babel.ua/en/news/110604-ukraine-is-investigating-28-executions-of-ukrainian-prisoners-of-war-by-russia",
    "Babel", "2024-09-06",
    "Ukraine investigating 28 executions of its prisoners of war by Russian troops",
    "Ukraine's Office of the Prosecutor General is investigating 28 cases in which Russian forces executed Ukrainian "
    "prisoners of war since the start of the full-scale invasion, with 62 servicemen killed in them, Prosecutor "
    "General Andriy Kostin told CNN.\n"
    "Sources in Ukraine's military intelligence, the GUR, gave CNN a list of 15 shootings since November 2023, most "
    "of them confirmed by drone footage and audio intercepts.\n"
    "One video obtained by CNN was filmed near Toretsk, one of the hardest sectors of the front: Ukrainian soldiers "
    "climb out of a basement with their hands up to surrender, and Russian troops shoot them. The Donetsk regional "
    "prosecutor's office has opened a case for violation of the laws and customs of war combined with premeditated "
    "murder.\n"
    "Another video, filmed in May near Robotyne in the Zaporizhzhia region, shows Russian soldiers ordering "
    "Ukrainian prisoners to lie face down. A Russian commander with the call sign \"Turok\" then tells a soldier "
    "called \"Malyi\" to finish them off, and the soldiers open fire.\n"
    "Executions of Ukrainian prisoners have become more frequent this year, Kostin said, calling them war crimes and "
    "part of an organised Kremlin policy. \"If prisoners of war surrender, if they show that they surrender, if they "
    "have no weapons in their hands, then shooting them is a war crime,\" he said.",
    [dict(type="attack_on_civilians", type_alt=["other"], place="Toretsk", place_en="Toretsk", admin1="Donetsk",
          country="UA", date_from=None, date_to="2024-09-06", sources_any=["CNN", "video", "prosecutor's office"],
          evidence="Ukrainian soldiers climb out of a basement with their hands up to surrender, and Russian troops "
                   "shoot them"),
     dict(type="attack_on_civilians", type_alt=["other"], place="Robotyne", place_en="Robotyne",
          admin1="Zaporizhzhia", country="UA", date_from="2024-05-01", date_to="2024-05-31",
          sources_any=["CNN", "video"],
          evidence="tells a soldier called \"Malyi\" to finish them off, and the soldiers open fire")],
    [dict(content="If prisoners of war surrender, if they show that they surrender, if they have no weapons in their "
                  "hands, then shooting them is a war crime,", kind="direct",
          speaker_any=["Kostin", "Andriy Kostin"], chain_any=[["CNN"]])],
    ["is investigating 28 cases in which Russian forces executed Ukrainian prisoners of war since the start of the "
     "full-scale invasion",
     "Executions of Ukrainian prisoners have become more frequent this year"])

records.write()
