"""Writes fresh15_en.jsonl beside this file: the fifteenth batch of English war reports written by the project
(session 8, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-14
nor of the development set), annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing
extraction rules has read them: a check of how the rules carry to reports they were not written on (``python -m
benchmarks.reports --lang en --data benchmarks/data/fresh15_en.jsonl``). Never tune on them; when they have been read
for rules, say so and write new ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh15")
rec = records.rec

LYSAK = ["Lysak", "Serhii Lysak", "military administration", "Oblast Military Administration"]
KIPER = ["Kiper", "Oleh Kiper", "governor"]
GLADKOV = ["Gladkov", "Vyacheslav Gladkov", "governor"]
DBR = ["DBR", "State Investigation Bureau", "State Bureau of Investigation"]
RU_MOD = ["Defence Ministry", "Russia's Defence Ministry", "Russian Defence Ministry", "ministry"]
UK_MOD = ["Ministry of Defence", "British Ministry of Defence", "Britain's Ministry of Defence", "ministry",
          "military sources"]
RIA = ["RIA Novosti", "security sources", "Russian security sources", "RT"]
STORM = ["soldier", "soldiers", "fighter", "fighters", "Storm-Z", "Reuters"]


rec("fresh15-en-01", "news", "https://www.pravda.com.ua/eng/news/2025/06/17/7517517/", "Ukrainska Pravda",
    "2025-06-17",
    "Russian attacks on Nikopol leave one man dead and two injured",
    "One man has been killed and two more injured in Russian attacks on the city of Nikopol in Dnipropetrovsk "
    "Oblast, according to the regional authorities and the emergency services.\n"
    "The man, aged 63, died when Russian artillery hit the city, Serhii Lysak, head of the Dnipropetrovsk Oblast "
    "Military Administration, wrote on Telegram. Two other men were hurt in a separate strike by an FPV drone, he "
    "said.\n"
    "\"A 63-year-old man was killed in the attack,\" the State Emergency Service said on Facebook. According to the "
    "service, a Russian drone hit a car standing in the yard of a private house and set it alight; firefighters put "
    "the blaze out. A 50-year-old man was taken to hospital in a moderate condition, while a 37-year-old will be "
    "treated as an outpatient.\n"
    "DTEK, Ukraine's largest private energy company, reported on Telegram that power engineers were among the "
    "injured.\n"
    "\"An educational institution, infrastructure, private houses and outbuildings were damaged, and the car was "
    "destroyed,\" Lysak wrote.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Nikopol", place_en="Nikopol",
          admin1="Dnipropetrovsk", country="UA", date_from=None, date_to="2025-06-17", killed=1,
          sources_any=LYSAK + ["State Emergency Service"],
          evidence="The man, aged 63, died when Russian artillery hit the city"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Nikopol", place_en="Nikopol",
          admin1="Dnipropetrovsk", country="UA", date_from=None, date_to="2025-06-17", injured=2,
          sources_any=LYSAK + ["State Emergency Service", "DTEK"],
          evidence="Two other men were hurt in a separate strike by an FPV drone")],
    [dict(content="A 63-year-old man was killed in the attack,", kind="direct",
          speaker_any=["State Emergency Service", "emergency services"], chain_any=[["Facebook"]]),
     dict(content="An educational institution, infrastructure, private houses and outbuildings were damaged, and the "
                  "car was destroyed,", kind="direct", speaker_any=["Lysak", "Serhii Lysak"], chain_any=[]),
     dict(content="power engineers were among the injured", kind="indirect", speaker_any=["DTEK"],
          chain_any=[["Telegram"]])],
    [])

rec("fresh15-en-02", "telegram", "https://news-pravda.com/world/2024/03/29/395963.html",
    "Vyacheslav Gladkov (Telegram)", "2024-03-29", None,
    "Belgorod. A drone of the Ukrainian Armed Forces has crashed into an apartment building. Unfortunately, the "
    "explosion killed a man. Two people have been injured.\n"
    "The wife of the man who died has a closed head injury, cuts to her face and a superficial burn to her thigh. "
    "An ambulance has taken her to the regional clinical hospital.\n"
    "According to preliminary information, the windows and balcony glazing of five apartments were damaged. A car "
    "parked next to the building was damaged as well.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Belgorod", place_en="Belgorod",
          admin1="Belgorod", country="RU", date_from=None, date_to="2024-03-29", killed=1, injured=2,
          sources_any=GLADKOV + ["Telegram"],
          evidence="A drone of the Ukrainian Armed Forces has crashed into an apartment building. Unfortunately, the "
                   "explosion killed a man. Two people have been injured.")],
    [],
    [])

rec("fresh15-en-03", "wire",
    "https://www.swissinfo.ch/eng/russian-strikes-on-ukraine%27s-odesa-region-kill-four%2C-governor-says/87713738",
    "Reuters", "2024-10-11",
    "Russian missile kills four, including teenage girl, in Ukraine's Odesa region",
    "KYIV (Reuters) - A Russian missile strike on a commercial building in southern Ukraine's Odesa region killed "
    "four people overnight, a 16-year-old girl among them, Governor Oleh Kiper said on Friday.\n"
    "The Prosecutor General's office said a ballistic Iskander missile hit civilian infrastructure at about 22:35 "
    "(1935 GMT) on Thursday. Ten more people were wounded at the two-storey building, which housed food production "
    "facilities where civilians worked, officials said.\n"
    "It was the fourth Russian attack on the Black Sea port of Odesa and the surrounding region in five days. Kiper "
    "said Friday had been declared a day of mourning in the region for the people killed in a Russian drone attack "
    "on Oct. 9.\n"
    "\"In two days Russian terrorists have killed 13 civilians in the Odesa region, most of them young people,\" he "
    "wrote on the Telegram messaging app.\n"
    "Prosecutor General Andriy Kostin said the Russian attacks were aimed at civilian infrastructure and at making "
    "life impossible for millions of Ukrainians.\n"
    "Ukraine's air force said it had shot down 29 of the 66 drones Russia launched at the country overnight. Moscow "
    "also fired two missiles, it said, while 31 drones were \"locationally lost\", an apparent reference to "
    "electronic warfare, and two flew back towards Russian territory.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Odesa region", place_en="Odesa Oblast",
          admin1="Odesa", country="UA", date_from="2024-10-10", date_to="2024-10-11", killed=4, injured=10,
          sources_any=KIPER + ["Prosecutor General", "officials"],
          evidence="A Russian missile strike on a commercial building in southern Ukraine's Odesa region killed "
                   "four people overnight"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Odesa region", place_en="Odesa Oblast",
          admin1="Odesa", country="UA", date_from="2024-10-09", date_to="2024-10-09", sources_any=KIPER,
          optional=True, evidence="a Russian drone attack on Oct. 9"),
     dict(type="strike", country="UA", date_from="2024-10-10", date_to="2024-10-11",
          sources_any=["air force", "Ukraine's air force"], optional=True,
          evidence="it had shot down 29 of the 66 drones Russia launched at the country overnight")],
    [dict(content="In two days Russian terrorists have killed 13 civilians in the Odesa region, most of them young "
                  "people,", kind="direct", speaker_any=["Kiper", "Oleh Kiper"], chain_any=[["Telegram"]]),
     dict(content="the Russian attacks were aimed at civilian infrastructure and at making life impossible for "
                  "millions of Ukrainians", kind="indirect", speaker_any=["Kostin", "Andriy Kostin"],
          chain_any=[])],
    ["Prosecutor General Andriy Kostin said the Russian attacks were aimed at civilian infrastructure"])

rec("fresh15-en-04", "news", "https://russianlife.com/the-russia-file/another-year-no-signs-of-their-husbands",
    "Russian Life", "2024-09-26",
    "Two years on, wives of mobilized men return to the Defense Ministry",
    "About twenty wives and daughters of Russian men mobilized for the war in Ukraine stood outside the Ministry of "
    "Defense building in Moscow on September 21, the second anniversary of the \"partial mobilization\", holding "
    "signs that read \"Demobilization\" and \"Bring dad back home, I have been waiting for two years.\"\n"
    "The day before, the Telegram channel Put' Domoy (The Way Home), which speaks for the wives of mobilized "
    "soldiers, had announced that the women would go to the ministry to ask for their men to be demobilized. Soon "
    "afterwards, members of the movement received warnings from the police.\n"
    "The women did not stand alone for long. Men walked up to them and filmed them at close range, pushing phones "
    "into their faces and insulting them; in another video, a passer-by tells the women they were paid to protest. "
    "Even so, the Telegram channel Paulina / Mobilizatsia i Lyudi (Paulina / Mobilization and People) said the "
    "women planned to spend the night outside the ministry.\n"
    "Before the protest began, two SotaVision journalists, Maxim Seramush and Denis Panteleyev, were detained in "
    "front of the Defense Ministry. They were released shortly afterwards with \"warnings\".\n"
    "One of the movement's most outspoken members, Maria Andreyeva, was declared a foreign agent in May. The "
    "prospects of the men mobilized in September 2022 coming home remain unclear.",
    [dict(type="protest", place="Moscow", place_en="Moscow", admin1="Moscow City", country="RU",
          date_from="2024-09-21", date_to="2024-09-21",
          sources_any=["Put' Domoy", "The Way Home", "Paulina", "Mobilizatsia i Lyudi", "Russian Life", "wives"],
          evidence="About twenty wives and daughters of Russian men mobilized for the war in Ukraine stood outside "
                   "the Ministry of Defense building in Moscow on September 21"),
     dict(type="arrest_or_detention", place="Moscow", place_en="Moscow", admin1="Moscow City", country="RU",
          date_from="2024-09-21", date_to="2024-09-21", sources_any=["Russian Life", "SotaVision"],
          evidence="two SotaVision journalists, Maxim Seramush and Denis Panteleyev, were detained in front of the "
                   "Defense Ministry")],
    [],
    ["the women planned to spend the night outside the ministry",
     "The prospects of the men mobilized in September 2022 coming home remain unclear."])

rec("fresh15-en-05", "news",
    "https://kyivindependent.com/law-enforcement-investigates-kharkiv-enlistment-officers-pushing-man-into-van/",
    "Kyiv Independent", "2024-01-05",
    "Kharkiv: law enforcement checks video of men in uniform forcing man into van",
    "Law enforcement officers are looking into a video that appears to show people in military uniform forcing a "
    "man into a vehicle in Kharkiv, Governor Oleh Syniehubov said at a press briefing on Jan. 5, New Voice "
    "reported.\n"
    "The clip, which surfaced on Telegram channels on Jan. 3, shows two men in military clothing and a third in "
    "civilian dress shoving a man into a van. The person who filmed it claimed they were enlistment officers.\n"
    "The regional enlistment office has not confirmed whether the men work for it, but says it is looking into the "
    "case. \"An investigation is underway to establish what the incident was and who the people in uniform were,\" "
    "its spokesperson Olena Rodina told TSN.ua.\n"
    "\"We will examine every fact, and if there are grounds, we will ask law enforcement to assess the actions of "
    "the supposed enlistment office staff, should it turn out that it was them,\" Syniehubov said.\n"
    "It remains unclear what happened to the man who was pushed into the van, according to Suspilne.\n"
    "In November, an investigation was opened against enlistment and police officers who handcuffed a man in Odesa "
    "and forced him into a car, allegedly because he had refused to accept a draft notice.\n"
    "Abuse and corruption in enlistment offices have been reported throughout the full-scale war. An inspection in "
    "August found bribery, abuse of power and fraud, and President Volodymyr Zelensky dismissed the heads of the "
    "regional enlistment offices.",
    [dict(type="mobilization", type_alt=["arrest_or_detention", "attack_on_civilians"], place="Kharkiv",
          place_en="Kharkiv", admin1="Kharkiv", country="UA", date_from=None, date_to="2024-01-03",
          sources_any=["video", "Telegram", "Syniehubov", "Oleh Syniehubov", "New Voice", "Kyiv Independent"],
          evidence="shows two men in military clothing and a third in civilian dress shoving a man into a van"),
     dict(type="mobilization", type_alt=["arrest_or_detention"], place="Odesa", place_en="Odesa", admin1="Odesa",
          country="UA", date_from=None, date_to="2023-11-30", sources_any=["Kyiv Independent", "investigation"],
          optional=True,
          evidence="handcuffed a man in Odesa and forced him into a car, allegedly because he had refused to accept "
                   "a draft notice")],
    [dict(content="An investigation is underway to establish what the incident was and who the people in uniform "
                  "were,", kind="direct", speaker_any=["Rodina", "Olena Rodina", "enlistment office"],
          chain_any=[["TSN.ua", "TSN"]]),
     dict(content="We will examine every fact, and if there are grounds, we will ask law enforcement to assess the "
                  "actions of the supposed enlistment office staff, should it turn out that it was them,",
          kind="direct", speaker_any=["Syniehubov", "Oleh Syniehubov"], chain_any=[["New Voice"]])],
    ["The regional enlistment office has not confirmed whether the men work for it",
     "It remains unclear what happened to the man who was pushed into the van"])

rec("fresh15-en-06", "wire", "https://bharatshakti.in/kharkivs-defence-ukraine-arrests-two-generals-over-negligence",
    "Reuters", "2025-01-20",
    "Ukraine detains two generals and a colonel over failure to hold off Russian push in Kharkiv region",
    "KYIV (Reuters) - Ukraine's State Investigation Bureau (DBR) said on Monday it had detained two generals and a "
    "colonel on suspicion of negligence that left the Kharkiv region poorly defended when Russia attacked there "
    "last year.\n"
    "In a statement on social media, the DBR described the detained officers as the former chief commander of the "
    "Kharkiv front line, a former brigade commander and a former commander of an infantry battalion. It did not "
    "name them.\n"
    "Russian troops crossed the border into the northern Kharkiv region in May 2024 and pushed several kilometres "
    "into Ukraine within the first few days. The assault alarmed Kyiv: President Volodymyr Zelenskiy called off "
    "planned foreign trips and dismissed several military commanders as he dealt with the crisis.\n"
    "The Ukrainian military eventually stopped the advance about 25 km (15 miles) from the edge of Kharkiv, the "
    "country's second-largest city, which Russia tried and failed to take at the start of its invasion in 2022.\n"
    "The DBR said it had worked with Ukraine's domestic intelligence service on the case, helped by the defence "
    "ministry and the military command.\n"
    "Separately, Russia's Defence Ministry said its forces had taken control of two more settlements in eastern "
    "Ukraine's Donetsk region: Petropavlivka, a village between the towns of Pokrovsk and Kurakhove, and Vremivka, "
    "one of a cluster of small towns further south.\n"
    "Reuters could not independently verify battlefield reports from either side. Ukrainian military statements did "
    "not mention either village changing hands, but spoke of heavy fighting in the area.",
    [dict(type="arrest_or_detention", country="UA", date_from=None, date_to="2025-01-20", sources_any=DBR,
          evidence="said on Monday it had detained two generals and a colonel on suspicion of negligence"),
     dict(type="territory_change", place="Petropavlivka", place_en="Petropavlivka", admin1="Donetsk", country="UA",
          date_from=None, date_to="2025-01-20", sources_any=RU_MOD,
          evidence="Russia's Defence Ministry said its forces had taken control of two more settlements in eastern "
                   "Ukraine's Donetsk region: Petropavlivka"),
     dict(type="territory_change", place="Vremivka", place_en="Vremivka", admin1="Donetsk", country="UA",
          date_from=None, date_to="2025-01-20", sources_any=RU_MOD,
          evidence="Vremivka, one of a cluster of small towns further south"),
     dict(type="territory_change", type_alt=["armed_clash"], admin1="Kharkiv", country="UA", date_from="2024-05-01",
          date_to="2024-05-31", sources_any=["Reuters", "DBR"], optional=True,
          evidence="Russian troops crossed the border into the northern Kharkiv region in May 2024 and pushed "
                   "several kilometres into Ukraine within the first few days")],
    [],
    ["It did not name them.",
     "Ukrainian military statements did not mention either village changing hands"])

rec("fresh15-en-07", "news",
    "https://www.thetimes.co.uk/article/russian-su-35-fighter-jet-friendly-fire-ukraine-lnth62lxj", "The Times",
    "2023-10-04",
    "Russia 'shot down its own Su-35 fighter over Tokmak', killing the pilot",
    "A friendly fire incident over southern Ukraine has probably cost Russia one of its most advanced combat jets, "
    "and the life of its pilot, with the aircraft apparently downed by Russia's own air defences.\n"
    "Military sources on both the Russian and the Ukrainian side say the Su-35 was destroyed over Tokmak, a "
    "Russian-occupied town in the Zaporizhzhia region that Kyiv hopes to retake in its counteroffensive. Video "
    "footage shows an orange flash in the sky, believed to be the moment the aircraft was hit by a Russian "
    "missile.\n"
    "Britain's Ministry of Defence said on Wednesday that the jet had \"highly likely\" been shot down on September "
    "28 by Russian air defence systems stationed in the heavily fortified town.\n"
    "\"Russia has lost around 90 fixed-wing aircraft since the start of the invasion, but this is probably only the "
    "fifth Su-35 it has lost,\" the ministry said in its daily intelligence update.\n"
    "The location matters, it added: Tokmak often hosts Russian headquarters that command one of the most fiercely "
    "contested stretches of the front. Such headquarters would typically be protected by dedicated short- and "
    "medium-range air defence, almost certainly kept at very high readiness because Ukraine keeps striking deep "
    "behind the lines.",
    [dict(type="friendly_fire", place="Tokmak", place_en="Tokmak", admin1="Zaporizhzhia", country="UA",
          date_from="2023-09-28", date_to="2023-09-28", killed=1, sources_any=UK_MOD,
          evidence="A friendly fire incident over southern Ukraine has probably cost Russia one of its most advanced "
                   "combat jets, and the life of its pilot")],
    [dict(content="Russia has lost around 90 fixed-wing aircraft since the start of the invasion, but this is "
                  "probably only the fifth Su-35 it has lost,", kind="direct",
          speaker_any=["Ministry of Defence", "British Ministry of Defence", "ministry"], chain_any=[])],
    ["Such headquarters would typically be protected by dedicated short- and medium-range air defence"])

rec("fresh15-en-08", "longform",
    "https://www.hindustantimes.com/world-news/russiaukraine-war-storm-z-squads-drunk-disobedient-russian-soldiers-sent-to-ukraine-frontlines-101696347691767.html",
    "Hindustan Times", "2023-10-03",
    "'They're just meat': drunk and disobedient Russian soldiers sent to Storm-Z squads, Reuters finds",
    "Russia is punishing soldiers who are caught drunk, take drugs or disobey orders by sending them to Storm-Z "
    "squads deployed to the most dangerous parts of the front in Ukraine, according to an investigation published "
    "by Reuters on Tuesday.\n"
    "The agency spoke to 13 people with knowledge of the units, five of them Storm-Z fighters. Each squad has "
    "roughly 100 to 150 men and is embedded in a regular army unit; at least five of them have been deployed in the "
    "south and east of Ukraine.\n"
    "\"Let the commandants smell alcohol on someone's breath and he goes straight to the Storm squads,\" a regular "
    "soldier told Reuters.\n"
    "That soldier, from unit no. 40318, was deployed near Bakhmut in May and June. A commander whose name he did not "
    "know ordered him to leave a group of six or seven wounded Storm-Z fighters on the battlefield without treating "
    "them, he said. He disobeyed and gave them first aid. \"Storm fighters are just meat to them,\" he said.\n"
    "Another soldier said 15 of the 120 men in his unit were killed or wounded in fighting near Bakhmut in June.\n"
    "In the Zaporizhzhia region, a group of 20 Storm-Z fighters refused in June to go back into battle, complaining "
    "that they were badly supplied and neglected. \"Where we were on the front line, nothing was delivered to us,\" "
    "one of them said.\n"
    "Under Russian military law, a soldier can only be sent to a penal unit by a military court. A Storm-Z fighter "
    "said he knew of no court hearings having been held.\n"
    "An officer at unit no. 40318 declined to comment and hung up. The Kremlin referred questions to the defence "
    "ministry, which did not reply.",
    [dict(type="abandonment", type_alt=["other"], place="Bakhmut", place_en="Bakhmut", admin1="Donetsk",
          country="UA", date_from="2023-05-01", date_to="2023-06-30", sources_any=STORM,
          evidence="A commander whose name he did not know ordered him to leave a group of six or seven wounded "
                   "Storm-Z fighters on the battlefield without treating them"),
     dict(type="armed_clash", place="Bakhmut", place_en="Bakhmut", admin1="Donetsk", country="UA",
          date_from="2023-06-01", date_to="2023-06-30", sources_any=STORM, optional=True,
          evidence="15 of the 120 men in his unit were killed or wounded in fighting near Bakhmut in June"),
     dict(type="refusal_to_fight", admin1="Zaporizhzhia", country="UA", date_from="2023-06-01",
          date_to="2023-06-30", sources_any=STORM,
          evidence="a group of 20 Storm-Z fighters refused in June to go back into battle")],
    [dict(content="Let the commandants smell alcohol on someone's breath and he goes straight to the Storm squads,",
          kind="direct", speaker_any=["soldier", "regular soldier"],
          chain_any=[["Reuters"]]),
     dict(content="Storm fighters are just meat to them,", kind="direct", speaker_any=["soldier", "regular soldier"],
          chain_any=[["Reuters"]]),
     dict(content="Where we were on the front line, nothing was delivered to us,", kind="direct",
          speaker_any=["fighter", "fighters", "one of them", "Storm-Z"], chain_any=[["Reuters"]])],
    ["Russia is punishing soldiers who are caught drunk, take drugs or disobey orders by sending them to Storm-Z "
     "squads",
     "A Storm-Z fighter said he knew of no court hearings having been held.",
     "An officer at unit no. 40318 declined to comment and hung up."])

rec("fresh15-en-09", "news", "https://www.rt.com/russia/584216-ukrainian-troops-surrender-video/", "RT",
    "2023-10-07",
    "17 Ukrainian soldiers give themselves up near Donetsk after order to hold out without ammunition - RIA Novosti",
    "Seventeen Ukrainian servicemen have surrendered to Russian forces near Donetsk after their commanders ordered "
    "them to hold their positions with no ammunition left, RIA Novosti has reported, citing Russian security "
    "sources.\n"
    "Footage obtained by RT, some of it apparently filmed from a drone, shows the Ukrainian soldiers walking in "
    "single file towards Russian troops with their hands raised. Once searched, they throw off their body armor and "
    "climb into a truck. Several wounded Ukrainian soldiers can also be seen lying on the ground.\n"
    "According to the agency, the men had run out of ammunition and several of them had been wounded, but they "
    "were told to stay where they were, and their commanders refused to evacuate them.\n"
    "RIA Novosti also said that another group of Ukrainian soldiers had surrendered in the Donetsk area late last "
    "month, handing an ammunition crate over to Russian troops.\n"
    "Speaking at a plenary session of the Valdai Discussion Club in Sochi on Thursday, President Vladimir Putin "
    "claimed that Ukrainian units had suffered huge losses since the start of their counteroffensive on June 4.",
    [dict(type="desertion_or_surrender", place="Donetsk", place_en="Donetsk", admin1="Donetsk", country="UA",
          date_from=None, date_to="2023-10-07", sources_any=RIA,
          evidence="Seventeen Ukrainian servicemen have surrendered to Russian forces near Donetsk"),
     dict(type="abandonment", type_alt=["other"], place="Donetsk", place_en="Donetsk", admin1="Donetsk",
          country="UA", date_from=None, date_to="2023-10-07", sources_any=RIA,
          evidence="they were told to stay where they were, and their commanders refused to evacuate them"),
     dict(type="desertion_or_surrender", place="Donetsk", place_en="Donetsk", admin1="Donetsk", country="UA",
          date_from="2023-09-20", date_to="2023-09-30", sources_any=RIA, optional=True,
          evidence="another group of Ukrainian soldiers had surrendered in the Donetsk area late last month")],
    [dict(content="the men had run out of ammunition and several of them had been wounded", kind="indirect",
          speaker_any=["RIA Novosti", "agency", "security sources"], chain_any=[])],
    ["claimed that Ukrainian units had suffered huge losses since the start of their counteroffensive on June 4"])

rec("fresh15-en-10", "headline",
    "https://de.newsreadonline.com/2023/09/08/funf-starben-in-der-region-cherson-betranken-sich-die-besatzer-und-begannen-eine-schieserei",
    "NewsReadOnline", "2023-09-08",
    "Five Russian soldiers die in drunken shootout at seized farm in occupied Dnipriany, Ukraine's General Staff says",
    "",
    [dict(type="intra_force_killing", place="Dnipriany", place_en="Dnipriany", admin1="Kherson", country="UA",
          date_from=None, date_to="2023-09-08", killed=5,
          sources_any=["General Staff", "Ukraine's General Staff"],
          evidence="Five Russian soldiers die in drunken shootout at seized farm in occupied Dnipriany")])

records.write()
