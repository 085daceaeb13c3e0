"""Writes fresh16_en.jsonl beside this file: the sixteenth batch of English war reports written by the project
(session 9, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-15
nor of the development set), annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing
extraction rules has read them: a check of how the rules carry to reports they were not written on (``python -m
benchmarks.reports --lang en --data benchmarks/data/fresh16_en.jsonl``). Never tune on them; when they have been read
for rules, say so and write new ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh16")
rec = records.rec

FEDOROV = ["Fedorov", "Ivan Fedorov", "governor", "regional governor"]
HUR = ["HUR", "military intelligence", "source", "HUR source", "Kyiv Independent", "partisans"]
TKACHOV = ["Tkachov", "Yevhen Tkachov", "Proliska", "Suspilne Donbas", "Suspilne", "volunteer"]
DBR = ["State Investigation Bureau", "DBR", "SBI", "court", "Judicial and Legal Newspaper"]
MT = ["military tribunal", "court", "tribunal", "Moscow Times"]
KOBZAR = ["Kobzar", "Artem Kobzar", "mayor", "Telegram"]
RU_MOD = ["Defence Ministry", "Russia's Defence Ministry", "Russian Defence Ministry", "ministry", "Moscow"]
BLOGGERS = ["Kirill Fyodorov", "Fyodorov", "war blogger", "bloggers", "Fighterbomber", "pro-war bloggers"]
KOSTIN = ["Kostin", "Andriy Kostin", "Prosecutor General", "Office of the Prosecutor General", "prosecutors"]
STRANA = ["Strana.ua", "Strana", "witnesses", "video", "footage"]


rec("fresh16-en-01", "wire", "https://squidsite02.com/2025/04/22/russian-guided-bombs-kill-4", "Reuters",
    "2025-04-22",
    "Russian guided bombs kill woman, wound 26 in Ukraine's Zaporizhzhia, governor says",
    "ZAPORIZHZHIA, Ukraine (Reuters) - Two Russian guided aerial bombs hit the Ukrainian city of Zaporizhzhia on "
    "Tuesday, killing a woman and wounding 26 other people, four of them children, regional governor Ivan Fedorov "
    "said.\n"
    "Russian forces also sent drones against the southern city of Kherson and the northeastern city of Kharkiv, "
    "regional officials said.\n"
    "\"All this is deliberate Russian terror, and it could be stopped with a single order from Russia to the Russian "
    "army,\" President Volodymyr Zelenskiy wrote on X, adding that Sumy, Donetsk and Odesa had also been attacked.\n"
    "Fedorov said doctors were treating the children, all boys aged between 3 and 16, along with the other wounded. "
    "One of the bombs landed in a densely populated part of the city at about 11:40 a.m. (0840 GMT), he said. "
    "Officials posted pictures of a multi-storey apartment block with its upper floors blackened by fire.\n"
    "\"I can't think straight. There was a bang and the balcony was just gone,\" Alla, a 73-year-old resident, told "
    "Reuters, still shaking as she sat on a bench outside.\n"
    "Zaporizhzhia, an industrial and logistics hub about 50 km (30 miles) from the front line, has been hit by "
    "guided bombs with growing frequency. Such bombs are hard for Ukraine's air defences to intercept.\n"
    "Russia did not immediately comment on the reports.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Zaporizhzhia", place_en="Zaporizhzhia",
          admin1="Zaporizhzhia", country="UA", date_from="2025-04-22", date_to="2025-04-22", killed=1, injured=26,
          sources_any=FEDOROV,
          evidence="Two Russian guided aerial bombs hit the Ukrainian city of Zaporizhzhia on Tuesday, killing a "
                   "woman and wounding 26 other people"),
     dict(type="strike", place="Kherson", place_en="Kherson", admin1="Kherson", country="UA",
          date_from="2025-04-22", date_to="2025-04-22", sources_any=["regional officials", "officials"],
          optional=True, evidence="Russian forces also sent drones against the southern city of Kherson"),
     dict(type="strike", place="Kharkiv", place_en="Kharkiv", admin1="Kharkiv", country="UA",
          date_from="2025-04-22", date_to="2025-04-22", sources_any=["regional officials", "officials"],
          optional=True, evidence="the northeastern city of Kharkiv")],
    [dict(content="All this is deliberate Russian terror, and it could be stopped with a single order from Russia to "
                  "the Russian army,", kind="direct", speaker_any=["Zelenskiy", "Volodymyr Zelenskiy"],
          chain_any=[["X"]]),
     dict(content="I can't think straight. There was a bang and the balcony was just gone,", kind="direct",
          speaker_any=["Alla", "resident"], chain_any=[["Reuters"]]),
     dict(content="doctors were treating the children, all boys aged between 3 and 16, along with the other wounded",
          kind="indirect", speaker_any=["Fedorov", "Ivan Fedorov"], chain_any=[])],
    ["has been hit by guided bombs with growing frequency",
     "Russia did not immediately comment on the reports."])

rec("fresh16-en-02", "news",
    "https://kyivindependent.com/partisans-derail-train-carrying-military-cargo-in-russia-military-intelligence-source-says",
    "Kyiv Independent", "2025-10-07",
    "Partisans derail military cargo train in Russia's Leningrad Oblast, intelligence source says",
    "An explosion derailed a train carrying military cargo in Russia's Leningrad Oblast early on Oct. 7, a source in "
    "Ukraine's military intelligence agency (HUR) told the Kyiv Independent.\n"
    "According to the source, the blast went off on the Stroganovo-Mshinskaya section of the railway and threw the "
    "locomotive and several wagons off the tracks. Local partisans are said to have carried out the operation, which "
    "halted traffic between St. Petersburg and Pskov for a time.\n"
    "Russian Railways said traffic on the section had been stopped for \"technical reasons\" and that freight and "
    "passenger trains were being sent around it with delays of several hours.\n"
    "Russian emergency crews were clearing the line, HUR said, adding that the internet had been cut off in the area, "
    "so no photos or videos from the site were available.\n"
    "\"Operations like this weaken Russia's logistics and its military capacity, because the railways are the "
    "backbone of the army's supply and a major contributor to the war budget,\" the HUR source said.\n"
    "The Kyiv Independent could not independently verify the claim.\n"
    "In September, HUR and Ukraine's Special Operations Forces carried out what the agency called a \"uniquely "
    "complex\" operation that stopped traffic on the Oryol-Kursk railway line and killed two members of Russia's "
    "National Guard (Rosgvardia). The following night, according to HUR, another blast hit the St. Petersburg-Pskov "
    "line near the same Stroganovo-Mshinskaya section, derailing a locomotive and destroying 15 fuel tank cars.\n"
    "Ukrainian forces and pro-Ukrainian partisans have repeatedly struck Russian railways and energy facilities to "
    "disrupt the flow of fuel, ammunition and troops to the front.",
    [dict(type="strike", type_alt=["other"], place="Stroganovo-Mshinskaya", place_en="Stroganovo",
          admin1="Leningrad", country="RU", date_from="2025-10-07", date_to="2025-10-07", sources_any=HUR,
          evidence="An explosion derailed a train carrying military cargo in Russia's Leningrad Oblast early on "
                   "Oct. 7"),
     dict(type="strike", type_alt=["other"], country="RU", date_from="2025-09-01", date_to="2025-09-30", killed=2,
          sources_any=["HUR", "Special Operations Forces", "agency"], optional=True,
          evidence="stopped traffic on the Oryol-Kursk railway line and killed two members of Russia's National Guard "
                   "(Rosgvardia)"),
     dict(type="strike", type_alt=["other"], place="Stroganovo-Mshinskaya", place_en="Stroganovo",
          admin1="Leningrad", country="RU", date_from="2025-09-01", date_to="2025-09-30", sources_any=["HUR"],
          optional=True,
          evidence="another blast hit the St. Petersburg-Pskov line near the same Stroganovo-Mshinskaya section, "
                   "derailing a locomotive and destroying 15 fuel tank cars")],
    [dict(content="Operations like this weaken Russia's logistics and its military capacity, because the railways are "
                  "the backbone of the army's supply and a major contributor to the war budget,", kind="direct",
          speaker_any=["HUR source", "source", "HUR"], chain_any=[]),
     dict(content="traffic on the section had been stopped for \"technical reasons\"", kind="mixed",
          speaker_any=["Russian Railways"], chain_any=[])],
    ["The Kyiv Independent could not independently verify the claim.",
     "Ukrainian forces and pro-Ukrainian partisans have repeatedly struck Russian railways and energy facilities"])

rec("fresh16-en-03", "news",
    "https://censor.net/en/news/3547804/russians-attack-an-evacuation-vehicle-with-drones-in-the-donetsk-region",
    "Censor.NET", "2025-04-20",
    "Russian drones hit evacuation car near Kostiantynivka despite 'Easter truce'",
    "Russian troops attacked a car of the Proliska humanitarian mission with FPV drones near Kostiantynivka in "
    "Donetsk region on the morning of April 20, despite the \"Easter truce\" Moscow had declared, the head of the "
    "mission in the region, Yevhen Tkachov, told Suspilne Donbas by phone.\n"
    "At 8 a.m. on Easter Sunday the volunteers were taking civilians out of the Zoria community: two elderly people "
    "in the mission's car and two families following in their own vehicles, Tkachov said.\n"
    "\"First a drone with shrapnel came at us, even though we could see and hear it. I got out and showed it that I "
    "was in blue, with the Proliska emblems, in a civilian car,\" he said. A few minutes later a second drone, "
    "carrying an RPG round, circled over them two or three times and then struck the people lying at the roadside.\n"
    "While they sheltered in the bushes, a third drone finished off the car, and a fourth was still in the air, "
    "Tkachov said. A chaplain later drove the evacuees away in another car.\n"
    "Two people, Tkachov among them, were wounded by shrapnel in the leg, and the elderly man had a heart attack; "
    "all were taken to hospital.\n"
    "\"They were hunting us. The car had humanitarian stickers, we stood next to it in civilian clothes, he could "
    "see every pimple on my nose,\" Tkachov said.\n"
    "Russia's Defence Ministry, for its part, insisted that its troops were observing the truce.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Kostiantynivka", place_en="Kostiantynivka",
          admin1="Donetsk", country="UA", date_from="2025-04-20", date_to="2025-04-20", injured=2,
          sources_any=TKACHOV,
          evidence="Russian troops attacked a car of the Proliska humanitarian mission with FPV drones near "
                   "Kostiantynivka")],
    [dict(content="First a drone with shrapnel came at us, even though we could see and hear it. I got out and showed "
                  "it that I was in blue, with the Proliska emblems, in a civilian car,", kind="direct",
          speaker_any=["Tkachov", "Yevhen Tkachov"], chain_any=[["Suspilne Donbas", "Suspilne"]]),
     dict(content="They were hunting us. The car had humanitarian stickers, we stood next to it in civilian clothes, "
                  "he could see every pimple on my nose,", kind="direct", speaker_any=["Tkachov", "Yevhen Tkachov"],
          chain_any=[["Suspilne Donbas", "Suspilne"]])],
    ["insisted that its troops were observing the truce"])

rec("fresh16-en-04", "news",
    "https://kyivindependent.com/ukraine-probes-death-of-mobilized-man-allegedly-assaulted-by-draft-officials-07-2025",
    "Kyiv Independent", "2025-07-18",
    "Ukraine investigates death of drafted man allegedly beaten by enlistment officer",
    "Ukraine's State Investigation Bureau (DBR) is investigating the death of a conscripted Kyiv man who was "
    "allegedly beaten by an enlistment officer, the agency said on July 18.\n"
    "The man died in May, but the case has only now been made public.\n"
    "The officer who allegedly beat him has been charged with abuse of power under martial law with grave "
    "consequences, which carries up to 12 years in prison. A second enlistment officer is accused of failing to stop "
    "a crime by a subordinate, punishable by up to 10 years.\n"
    "Both men are in custody after a court extended their detention on July 17.\n"
    "According to the DBR, it happened while newly drafted men were being driven from a training centre in western "
    "Ukraine back to the capital. One of them, a Kyiv resident, allegedly became unruly on the bus, and an employee "
    "of the Shevchenkivskyi enlistment office beat him and used a stun gun on him.\n"
    "Court records cited by the Judicial and Legal Newspaper show that the man had been listed as violating military "
    "registration rules since Feb. 6. After a medical board found him fit for service he was sent to several units, "
    "each of which sent him back because of health problems, including varicose veins and the after-effects of a hip "
    "injury.\n"
    "On May 8 he was sent to a training centre in Lviv Oblast, which also returned him. On the way back to Kyiv the "
    "bus stopped at a supermarket, where some of the mobilized men were allowed to buy low-alcohol drinks.",
    [dict(type="intra_force_killing", type_alt=["mobilization", "attack_on_civilians"], country="UA",
          date_from="2025-05-08", date_to="2025-05-31", killed=1, sources_any=DBR,
          evidence="an employee of the Shevchenkivskyi enlistment office beat him and used a stun gun on him"),
     dict(type="arrest_or_detention", country="UA", date_from=None, date_to="2025-07-17", sources_any=DBR,
          evidence="Both men are in custody after a court extended their detention on July 17")],
    [dict(content="One of them, a Kyiv resident, allegedly became unruly on the bus", kind="indirect",
          speaker_any=["DBR", "State Investigation Bureau"], chain_any=[])],
    ["which carries up to 12 years in prison",
     "punishable by up to 10 years"])

rec("fresh16-en-05", "news",
    "https://themoscowtimes.com/2023/09/15/russian-soldier-gets-13-years-in-penal-colony-for-desertion-a82476",
    "The Moscow Times", "2023-09-15",
    "Russian soldier gets 13 years in maximum-security colony for desertion",
    "A Russian military court on Friday sentenced a soldier to 13 years in a \"maximum security\" penal colony for "
    "deserting his unit to avoid fighting in Ukraine.\n"
    "The military tribunal on the Far Eastern island of Sakhalin said the soldier, Maxim Kochetkov, had deserted "
    "\"to avoid being sent to the special military operation\". Police arrested him on Sakhalin in July.\n"
    "Kochetkov received nine years for desertion, and the term was lengthened because of a separate case over his "
    "leaving his unit without permission in February last year, the court said.\n"
    "Since mobilization was announced, Moscow has handed out harsh sentences for desertion and to soldiers who "
    "refuse to go into battle. President Vladimir Putin ordered 300,000 men mobilized last September.\n"
    "Separately, a Moscow-installed court in occupied Donetsk sentenced a Ukrainian prisoner of war from the Azov "
    "regiment, Ruslan Kolodyazhny, to 26 years in prison, Russian state media reported. According to the RIA "
    "Novosti news agency, the court accused him of killing two civilians in Mariupol in April 2022.",
    [dict(type="arrest_or_detention", type_alt=["desertion_or_surrender"], place="Sakhalin", place_en="Sakhalin",
          admin1="Sakhalin", country="RU", date_from="2023-09-15", date_to="2023-09-15", sources_any=MT,
          evidence="A Russian military court on Friday sentenced a soldier to 13 years in a \"maximum security\" "
                   "penal colony for deserting his unit"),
     dict(type="desertion_or_surrender", country="RU", date_from=None, date_to="2023-07-31", sources_any=MT,
          evidence="Maxim Kochetkov, had deserted \"to avoid being sent to the special military operation\""),
     dict(type="arrest_or_detention", place="Sakhalin", place_en="Sakhalin", admin1="Sakhalin", country="RU",
          date_from="2023-07-01", date_to="2023-07-31", sources_any=MT, optional=True,
          evidence="Police arrested him on Sakhalin in July."),
     dict(type="desertion_or_surrender", country="RU", date_from="2022-02-01", date_to="2022-02-28",
          sources_any=MT, optional=True,
          evidence="his leaving his unit without permission in February last year"),
     dict(type="arrest_or_detention", place="Donetsk", place_en="Donetsk", admin1="Donetsk", country="UA",
          date_from=None, date_to="2023-09-15",
          sources_any=["RIA Novosti", "state media", "Russian state media", "court"],
          evidence="a Moscow-installed court in occupied Donetsk sentenced a Ukrainian prisoner of war from the Azov "
                   "regiment, Ruslan Kolodyazhny, to 26 years in prison"),
     dict(type="attack_on_civilians", place="Mariupol", place_en="Mariupol", admin1="Donetsk", country="UA",
          date_from="2022-04-01", date_to="2022-04-30", killed=2, sources_any=["RIA Novosti", "court"],
          optional=True, evidence="the court accused him of killing two civilians in Mariupol in April 2022"),
     dict(type="mobilization", country="RU", date_from="2022-09-01", date_to="2022-09-30", sources_any=["Putin"],
          optional=True, evidence="President Vladimir Putin ordered 300,000 men mobilized last September")],
    [dict(content="to avoid being sent to the special military operation", kind="mixed",
          speaker_any=["military tribunal", "tribunal", "court"], chain_any=[])],
    ["Moscow has handed out harsh sentences for desertion and to soldiers who refuse to go into battle"])

rec("fresh16-en-06", "telegram", "https://www.pravda.com.ua/eng/news/2025/03/6/7501483/",
    "Artem Kobzar (Telegram)", "2025-03-06", None,
    "Sumy. Sadly, we have information that one person was killed in today's attack by enemy Shahed drones.\n"
    "A drone hit one of the warehouse buildings in the city and started a fire. Emergency services are working at "
    "the scene.\n"
    "My condolences to the family and friends of the deceased. Please do not ignore air-raid alerts.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Sumy", place_en="Sumy", admin1="Sumy",
          country="UA", date_from="2025-03-06", date_to="2025-03-06", killed=1, sources_any=KOBZAR,
          evidence="one person was killed in today's attack by enemy Shahed drones")],
    [],
    ["Please do not ignore air-raid alerts."])

rec("fresh16-en-07", "headline",
    "https://www.huffingtonpost.co.uk/entry/russia-accidentally-bombs-village-near-ukraine-border_uk_65952d11e4b0bf73e177d969",
    "HuffPost UK", "2024-01-03",
    "Russian warplane accidentally drops bomb on its own village of Petropavlovka in Voronezh region, no one hurt, "
    "Defence Ministry says",
    "",
    [dict(type="strike", type_alt=["friendly_fire", "other"], place="Petropavlovka", place_en="Petropavlovka",
          admin1="Voronezh", country="RU", date_from=None, date_to="2024-01-03", killed=0, injured=0,
          sources_any=RU_MOD,
          evidence="Russian warplane accidentally drops bomb on its own village of Petropavlovka in Voronezh region")])

rec("fresh16-en-08", "longform",
    "https://www.globaldefensecorp.com/2023/10/25/russia-shot-down-its-own-mi-8-helicopter-killing-three-crews/",
    "Global Defense Corp", "2023-10-25",
    "Russian air defence downs its own Mi-8 over the sea, killing the crew of three",
    "Russia has lost yet another military helicopter to its own fire: a Mi-8 worth about $7 million was shot down "
    "over the sea by Russian air defences, killing all three crew members, according to pro-war Russian bloggers.\n"
    "The Russian Defence Ministry has not acknowledged the loss. A photograph of the three dead airmen has spread "
    "online, and pro-war commentators, voicing horror and exasperation at yet another case of Russians downing their "
    "own aircraft, have started raising money for the families.\n"
    "By one count, Russian forces have shot down at least five of their own warplanes since the invasion began. In "
    "July a Ka-52 attack helicopter was also reported to have been brought down by friendly fire.\n"
    "The war blogger Kirill Fyodorov posted a photo of the crew with the words: \"These men are gone. The whole Mi-8 "
    "crew was killed by our own air defence, which hit its own side, and they fell into the sea.\" He called it \"an "
    "erroneous friendly launch\" and said the men left wives and children behind.\n"
    "\"We cannot bring them back, but we can help, as we have done many times before, so that they can bury their "
    "fathers, husbands and sons with dignity,\" he wrote.\n"
    "Fighterbomber, an influential Telegram channel close to Russia's military pilots, wrote: \"Lately our crews "
    "have to dodge our own missiles more and more often, and there is no light at the end of the tunnel. Eternal "
    "flight to the crew of the Mi-8MTV-5.\"\n"
    "The channel also mocked the way such losses are honoured: the dead crews receive the Order of Courage, then the "
    "air-defence crews receive the Order of Courage too, and so it goes round in a circle.",
    [dict(type="friendly_fire", date_from=None, date_to="2023-10-25", killed=3, sources_any=BLOGGERS,
          evidence="a Mi-8 worth about $7 million was shot down over the sea by Russian air defences, killing all "
                   "three crew members"),
     dict(type="friendly_fire", date_from="2023-07-01", date_to="2023-07-31", sources_any=["Global Defense Corp"],
          optional=True,
          evidence="In July a Ka-52 attack helicopter was also reported to have been brought down by friendly fire")],
    [dict(content="These men are gone. The whole Mi-8 crew was killed by our own air defence, which hit its own side, "
                  "and they fell into the sea.", kind="direct", speaker_any=["Fyodorov", "Kirill Fyodorov"],
          chain_any=[]),
     dict(content="Lately our crews have to dodge our own missiles more and more often, and there is no light at the "
                  "end of the tunnel. Eternal flight to the crew of the Mi-8MTV-5.", kind="direct",
          speaker_any=["Fighterbomber"], chain_any=[["Telegram"]]),
     dict(content="We cannot bring them back, but we can help, as we have done many times before, so that they can "
                  "bury their fathers, husbands and sons with dignity,", kind="direct",
          speaker_any=["Fyodorov", "Kirill Fyodorov"], chain_any=[])],
    ["Russian forces have shot down at least five of their own warplanes since the invasion began",
     "the dead crews receive the Order of Courage, then the air-defence crews receive the Order of Courage too",
     "The Russian Defence Ministry has not acknowledged the loss."])

rec("fresh16-en-09", "news", "https://newsukraine.rbc.ua/news/russian-army-shoots-ukrainian-prisoners-of-1720628283.html",
    "RBC-Ukraine", "2024-07-10",
    "Russian soldiers shoot two Ukrainian prisoners of war in Zaporizhzhia region - Prosecutor General",
    "Ukrainian law enforcement has opened proceedings after a video appeared showing Russian soldiers shooting two "
    "Ukrainian prisoners of war, the Office of the Prosecutor General said.\n"
    "\"Russia, a terrorist state, keeps showing its complete contempt for the law and for basic human morality. The "
    "latest proof is a video of the Russian military executing two Ukrainian prisoners of war. The footage clearly "
    "shows our defenders laying down their weapons and offering no resistance, and yet the occupiers coldly gun down "
    "unarmed people,\" Prosecutor General Andriy Kostin said.\n"
    "The case was opened on charges of violating the laws and customs of war combined with premeditated murder. "
    "According to the investigation, the killing took place in June 2024 near the village of Robotyne in the "
    "Zaporizhzhia region.\n"
    "Kostin said the recording of the two Ukrainian defenders being shot by Russian servicemen who had taken them "
    "prisoner spread widely online on July 10.\n"
    "\"We know this is not an isolated case. It is the deliberate policy of the criminal Kremlin regime to destroy "
    "everything Ukrainian. We will find and punish everyone involved, both those who gave the criminal order and "
    "those who carried it out,\" he said.\n"
    "The killing of prisoners of war is a grave breach of the Geneva Conventions and counts as a serious "
    "international crime, the office added.",
    [dict(type="attack_on_civilians", type_alt=["other"], place="Robotyne", place_en="Robotyne",
          admin1="Zaporizhzhia", country="UA", date_from="2024-06-01", date_to="2024-06-30", killed=2,
          sources_any=KOSTIN,
          evidence="the killing took place in June 2024 near the village of Robotyne in the Zaporizhzhia region")],
    [dict(content="Russia, a terrorist state, keeps showing its complete contempt for the law and for basic human "
                  "morality.", kind="direct", speaker_any=["Kostin", "Andriy Kostin", "Prosecutor General"],
          chain_any=[]),
     dict(content="We know this is not an isolated case.", kind="direct",
          speaker_any=["Kostin", "Andriy Kostin", "Prosecutor General"], chain_any=[])],
    ["We will find and punish everyone involved",
     "The killing of prisoners of war is a grave breach of the Geneva Conventions"])

rec("fresh16-en-10", "news", "https://menafn.com/1109490409/Man-passes-away-due-to-forceful-mobilization-in-Ukraine",
    "MENAFN", "2025-04-30",
    "Man dies during 'forced mobilization' in Ukraine's Odessa Region, Strana.ua reports",
    "A man in Ukraine has reportedly died while military recruitment officers were trying to conscript him by force "
    "in the town of Sukhoy Liman in the Odessa Region, the Ukrainian outlet Strana.ua has reported.\n"
    "A video said to have been filmed at the scene shows the man lying motionless on the ground, surrounded by men "
    "in uniform whom bystanders identify as draft officers. Witnesses say he was beaten before he collapsed and "
    "showed no signs of life, and some accuse the officers of having \"beaten him to death\". The footage also "
    "shows someone trying in vain to revive him with chest compressions. One of the officers can allegedly be seen "
    "assaulting an elderly woman.\n"
    "The local recruitment office denied any wrongdoing. In a Facebook post it said the man had been detained for "
    "breaking military registration rules, became aggressive and then pretended to lose consciousness, and it "
    "insisted that his health was \"satisfactory\", without offering proof. Ukrainian authorities have made no "
    "further statement.\n"
    "Ukraine has been under general mobilization since February 2022 and has since tightened its conscription laws, "
    "lowering the minimum draft age to 25. In recent months, videos showing recruitment officers detaining men by "
    "force, often with reports of beatings, injuries and even deaths, have circulated widely online.",
    [dict(type="mobilization", type_alt=["attack_on_civilians", "arrest_or_detention"], place="Sukhoy Liman",
          place_en="Sukhyi Lyman", admin1="Odesa", country="UA", date_from=None, date_to="2025-04-30", killed=1,
          sources_any=STRANA,
          evidence="A man in Ukraine has reportedly died while military recruitment officers were trying to "
                   "conscript him by force")],
    [dict(content="the man had been detained for breaking military registration rules, became aggressive and then "
                  "pretended to lose consciousness", kind="indirect",
          speaker_any=["recruitment office", "local recruitment office"], chain_any=[["Facebook"]])],
    ["The local recruitment office denied any wrongdoing.",
     "Ukrainian authorities have made no further statement.",
     "videos showing recruitment officers detaining men by force, often with reports of beatings, injuries and even "
     "deaths, have circulated widely online"])

records.write()
