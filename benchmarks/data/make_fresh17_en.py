"""Writes fresh17_en.jsonl beside this file: the seventeenth batch of English war reports written by the project
(session 9, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-16
nor of the development set), annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing
extraction rules has read them: a check of how the rules carry to reports they were not written on (``python -m
benchmarks.reports --lang en --data benchmarks/data/fresh17_en.jsonl``). Never tune on them; when they have been read
for rules, say so and write new ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh17")
rec = records.rec

PROSECUTORS = ["Prosecutor General's Office", "Prosecutor's Office", "prosecutors", "Prosecutor General",
               "Office of the Prosecutor General", "Telegram channels", "video"]
LUBINETS = ["Lubinets", "Dmytro Lubinets", "ombudsman", "Ombudsman"]
POLICE_TASS = ["police", "TASS", "Moscow Times", "investigators"]
HUR = ["HUR", "military intelligence", "Ukraine's military intelligence", "agency"]
ATESH = ["Atesh", "ATESH", "partisans", "agent", "Telegram"]
ATTENTION = ["Ostorozhno Novosti", "Attention News", "Newsweek", "Telegram"]
SVOBODA = ["Radio Svoboda", "Radio Liberty", "Donbas.Realii", "Donbas Realii", "Horbatenko", "Musser"]
KLYMENKO = ["Klymenko", "Ihor Klymenko", "Klimenko", "Interior Minister", "interior minister", "Interior Ministry"]
KHINSHTEIN = ["Khinshtein", "Alexander Khinshtein", "governor", "Kursk governor", "Telegram"]
SBI = ["SBI", "State Bureau of Investigation", "DBR", "Telegram"]
SEVER = ["Severny Veter", "Northern Wind", "Sever", "Besstrashnye", "Russian forces", "Life.ru", "Life"]
ALEKSEI = ["Aleksei", "Ukrainian intelligence", "intelligence", "Daily Beast", "The Daily Beast", "intercepted call"]


rec("fresh17-en-01", "news", "https://echodaily.net/kyiv-investigates-another-case-of-russian-soldiers-executing-ukraine-pows",
    "POLITICO", "2025-01-23",
    "Kyiv opens war crimes case after video shows Russian troops shooting six captured Ukrainian soldiers",
    "KYIV - Ukraine's Prosecutor General's Office opened a war crimes case against Russia on Thursday after a video "
    "surfaced that appears to show Russian soldiers executing six unarmed Ukrainian prisoners of war in the Donetsk "
    "region.\n"
    "\"During an assault on the positions of Ukrainian troops in the Donetsk region, the invaders captured six "
    "servicemen of the Defense Forces of Ukraine and then shot them,\" the prosecutors said in a statement.\n"
    "Telegram channels began circulating the footage earlier on Thursday. In it, Russian soldiers take turns shooting "
    "the unarmed Ukrainians in the back, one after another. \"Leave one for me,\" one of the Russians can be heard "
    "saying as a seventh Ukrainian prisoner is seen lying on the ground, before the recording breaks off. POLITICO "
    "was unable to verify the video independently.\n"
    "The case is the latest in which Moscow's troops have summarily killed captured Ukrainians, and Kyiv says such "
    "killings have risen sharply over the past year.\n"
    "Ukraine's human rights ombudsman, Dmytro Lubinets, said he had filed a war crimes complaint over the video with "
    "the United Nations and the International Red Cross.\n"
    "\"The Russian army has never been known for treating prisoners of war with dignity, and now it is once again "
    "showing its helplessness and criminality,\" Lubinets said in a statement on Thursday. \"Impunity has turned "
    "these crimes into a system.\"",
    [dict(type="attack_on_civilians", type_alt=["other"], admin1="Donetsk", country="UA", date_from=None,
          date_to="2025-01-23", killed=6, sources_any=PROSECUTORS + LUBINETS,
          evidence="a video surfaced that appears to show Russian soldiers executing six unarmed Ukrainian prisoners "
                   "of war in the Donetsk region")],
    [dict(content="During an assault on the positions of Ukrainian troops in the Donetsk region, the invaders captured "
                  "six servicemen of the Defense Forces of Ukraine and then shot them,", kind="direct",
          speaker_any=["Prosecutor General's Office", "prosecutors", "Prosecutor General"], chain_any=[]),
     dict(content="The Russian army has never been known for treating prisoners of war with dignity, and now it is "
                  "once again showing its helplessness and criminality,", kind="direct", speaker_any=LUBINETS,
          chain_any=[]),
     dict(content="he had filed a war crimes complaint over the video with the United Nations and the International "
                  "Red Cross", kind="indirect", speaker_any=LUBINETS, chain_any=[])],
    ["Kyiv says such killings have risen sharply over the past year",
     "POLITICO was unable to verify the video independently."])

rec("fresh17-en-02", "news", "https://kyivindependent.com/russia-charges-2-teens-in-pro-ukraine-rail-sabotage-incident",
    "Kyiv Independent", "2024-01-31",
    "Two 17-year-olds charged in Russia over rail sabotage for Ukraine",
    "Russian investigators have charged two 17-year-old boys with sabotage for setting fire to a railway relay box in "
    "Moscow on behalf of Ukraine, the Moscow Times reported on Jan. 30.\n"
    "\"Two suspects were identified and detained at their homes in the town of Dolgoprudny near Moscow. They turned "
    "out to be 17-year-old teenagers,\" police told the state news agency TASS.\n"
    "According to the police, a Ukrainian partisan got in touch with the teenagers online and offered them $150 to "
    "torch the relay box, which controls the signals train drivers rely on. The boys are said to have travelled to "
    "Moscow's northern suburbs to carry out the attack.\n"
    "Both are now in custody on sabotage charges, which can carry up to 20 years in prison.\n"
    "A string of fires, explosions and derailments on Russian railways has been reported over the past month. On Jan. "
    "17, Ukraine's military intelligence agency (HUR) said railway tracks in Russia's Saratov, Yaroslavl and Nizhny "
    "Novgorod oblasts had been hit in sabotage attacks.\n"
    "\"Unknown opponents of Putin's regime once again burned several relay cabinets on the railway,\" HUR said, "
    "without saying whether it had a hand in them.\n"
    "In November 2023, HUR announced that it had worked with local partisans to disrupt train traffic around Moscow "
    "by setting fire to two relay boxes.",
    [dict(type="arrest_or_detention", place="Dolgoprudny", place_en="Dolgoprudny", admin1="Moscow", country="RU",
          date_from=None, date_to="2024-01-30", sources_any=POLICE_TASS,
          evidence="Two suspects were identified and detained at their homes in the town of Dolgoprudny near Moscow"),
     dict(type="other", type_alt=["strike"], place="Moscow", place_en="Moscow", country="RU",
          date_from=None, date_to="2024-01-30", sources_any=POLICE_TASS,
          evidence="setting fire to a railway relay box in Moscow on behalf of Ukraine"),
     dict(type="other", type_alt=["strike"], country="RU", date_from=None, date_to="2024-01-17", sources_any=HUR,
          optional=True,
          evidence="railway tracks in Russia's Saratov, Yaroslavl and Nizhny Novgorod oblasts had been hit in sabotage "
                   "attacks"),
     dict(type="other", type_alt=["strike"], admin1="Moscow", country="RU", date_from="2023-11-01",
          date_to="2023-11-30", sources_any=HUR, optional=True,
          evidence="disrupt train traffic around Moscow by setting fire to two relay boxes")],
    [dict(content="Two suspects were identified and detained at their homes in the town of Dolgoprudny near Moscow. "
                  "They turned out to be 17-year-old teenagers,", kind="direct", speaker_any=["police"],
          chain_any=[["TASS"], ["Moscow Times"]]),
     dict(content="Unknown opponents of Putin's regime once again burned several relay cabinets on the railway,",
          kind="direct", speaker_any=HUR, chain_any=[])],
    ["which can carry up to 20 years in prison",
     "A string of fires, explosions and derailments on Russian railways has been reported over the past month."])

rec("fresh17-en-03", "telegram", "https://www.kyivpost.com/post/27466", "ATESH (Telegram)", "2024-01-30", None,
    "Tambov region. Today, January 30, an ATESH agent set fire to the relay cabinet that controls traffic on the "
    "railway near the village of Pervomaisky.\n"
    "As a result of the arson, the line that carries missiles to the arsenal of the Russian Aerospace Forces (military "
    "unit 14272) has been shut down.\n"
    "For a long time we scouted the routes and the schedule of the enemy's military cargo trains. The preparation has "
    "paid off. Video of the burning cabinet is attached.",
    [dict(type="other", type_alt=["strike"], place="Pervomaisky", place_en="Pervomaisky", admin1="Tambov",
          country="RU", date_from="2024-01-30", date_to="2024-01-30", sources_any=ATESH,
          evidence="an ATESH agent set fire to the relay cabinet that controls traffic on the railway near the village "
                   "of Pervomaisky")],
    [],
    ["For a long time we scouted the routes and the schedule of the enemy's military cargo trains."])

rec("fresh17-en-04", "news", "https://caliber.az/en/post/russian-draftee-killed-after-grenade-launcher-misfires",
    "Caliber.az", "2022-12-08",
    "Mobilized Russian soldier killed at Leningrad region range after comrade loses control of grenade launcher",
    "A newly mobilized Russian soldier was killed during training when a fellow serviceman lost control of a grenade "
    "launcher, Newsweek reported, citing a Russian news channel.\n"
    "The incident happened on Monday at an artillery range near the town of Luga in the Leningrad region, the outlet "
    "Ostorozhno Novosti (Attention News) said on its Telegram channel. The men had been split into two groups: one "
    "was practising with anti-tank weapons, the other was trying out automatic grenade launchers.\n"
    "A soldier in the second group \"lost control of the grenade launcher and started firing in different "
    "directions\", according to the channel. One of the rounds struck a 37-year-old named only as Dmitry S., who had "
    "been mobilized from the village of Borok in the Vologda region. \"The soldier died on the spot from a head "
    "wound,\" Attention News wrote, adding that military prosecutors and the police would look into the death.\n"
    "President Vladimir Putin announced a partial mobilization on September 21, meant to add about 300,000 men to "
    "the forces fighting in Ukraine. Since then a number of draftees have died in unexplained or unusual "
    "circumstances before ever reaching the front.\n"
    "In the Sverdlovsk region, a draftee died after choking on his own vomit after a drinking session, the Telegram "
    "channel of the news outlet It's My City reported; it counted four similar cases since the end of September.\n"
    "In October, the body of a soldier was found on the grounds of the Novosibirsk Higher Military Command School. "
    "Relatives told the news site Sibkray.ru that he had died \"as a result of violent actions\".\n"
    "Human rights lawyer Pavel Chikov said in October that at least six newly drafted men had died in the first two "
    "weeks or so of mobilization, three of them at an army training centre in the Sverdlovsk region.",
    [dict(type="non_combat_death", type_alt=["intra_force_killing", "friendly_fire"], place="Luga", place_en="Luga",
          admin1="Leningrad", country="RU", date_from="2022-12-05", date_to="2022-12-05", killed=1,
          sources_any=ATTENTION,
          evidence="A newly mobilized Russian soldier was killed during training when a fellow serviceman lost control "
                   "of a grenade launcher"),
     dict(type="non_combat_death", admin1="Sverdlovsk", country="RU", date_from="2022-09-21", date_to="2022-12-08",
          killed=1, sources_any=["It's My City", "Telegram"], optional=True,
          evidence="a draftee died after choking on his own vomit after a drinking session"),
     dict(type="non_combat_death", type_alt=["intra_force_killing"], place="Novosibirsk", place_en="Novosibirsk",
          admin1="Novosibirsk", country="RU", date_from="2022-10-01", date_to="2022-10-31", killed=1,
          sources_any=["Sibkray.ru", "Sibkray", "relatives"], optional=True,
          evidence="the body of a soldier was found on the grounds of the Novosibirsk Higher Military Command School")],
    [dict(content="lost control of the grenade launcher and started firing in different directions", kind="mixed",
          speaker_any=ATTENTION, chain_any=[]),
     dict(content="The soldier died on the spot from a head wound,", kind="direct", speaker_any=ATTENTION,
          chain_any=[["Newsweek"]]),
     dict(content="as a result of violent actions", kind="mixed", speaker_any=["relatives"],
          chain_any=[["Sibkray.ru", "Sibkray"]])],
    ["it counted four similar cases since the end of September",
     "at least six newly drafted men had died in the first two weeks or so of mobilization",
     "Since then a number of draftees have died in unexplained or unusual circumstances"])

rec("fresh17-en-05", "longform",
    "https://businessinsider.in/international/news/russian-soldier-says-theyre-suffering-more-losses-from-their-own-side-than-from-ukrainians-including-being-fired-on-by-their-own-tanks/amp_articleshow/96403568.cms",
    "Business Insider", "2022-12-21",
    "'More losses from our own': Russian soldier says 20 men died when their own tank fired on them",
    "Russian soldiers are losing more men \"from their own side\" than to the Ukrainians, including to fire from "
    "their own tanks, a Russian soldier says in an intercepted phone call that Ukrainian intelligence released on "
    "Tuesday.\n"
    "In the recording, a soldier identified only as Aleksei tells his mother that reinforcements had to be sent "
    "after 20 men were killed in an accident at the front.\n"
    "\"Our tank hit hard: It fired twice and 20 guys, fuck,\" Aleksei says, according to The Daily Beast, which first "
    "reported the call. \"I'm telling you, there are more losses from our own,\" he adds, comparing them with the "
    "losses caused by Ukrainian fire.\n"
    "Where Aleksei was serving is not clear, and the audio has not been independently verified.\n"
    "Reports of friendly fire among Russian troops have multiplied in recent months. A report by the independent "
    "Russian outlet iStories, also published on Tuesday, describes a pattern of negligence and deadly mishaps among "
    "the troops fighting in Ukraine.\n"
    "Friendly fire happens in every war, but experts told iStories that the rate at which Russians were killing each "
    "other had shot up in recent months. Ukrainian military analyst Alexander Kovalenko told the outlet that such "
    "incidents were now reported every day.\n"
    "The outlet singled out two recent cases in which a Russian soldier killed a comrade by accident, through "
    "drunkenness or careless handling of weapons. In one, a draftee named Roman Moiseev was shot earlier this year by "
    "a fellow soldier who, while taking off his loaded machine gun, touched the trigger. Moiseev died of his wounds; "
    "the comrade was given two years' probation for mishandling a weapon.",
    [dict(type="friendly_fire", date_from=None, date_to="2022-12-20", killed=20, sources_any=ALEKSEI,
          evidence="20 men were killed in an accident at the front"),
     dict(type="non_combat_death", type_alt=["intra_force_killing", "friendly_fire"],
          date_from="2022-01-01", date_to="2022-12-21", killed=1, sources_any=["iStories"], optional=True,
          evidence="a draftee named Roman Moiseev was shot earlier this year by a fellow soldier"),
     dict(type="arrest_or_detention", country="RU", date_from="2022-01-01", date_to="2022-12-21",
          sources_any=["iStories"], optional=True,
          evidence="the comrade was given two years' probation for mishandling a weapon")],
    [dict(content="Our tank hit hard: It fired twice and 20 guys, fuck,", kind="direct", speaker_any=["Aleksei"],
          chain_any=[["The Daily Beast", "Daily Beast"]]),
     dict(content="I'm telling you, there are more losses from our own,", kind="direct", speaker_any=["Aleksei"],
          chain_any=[["The Daily Beast", "Daily Beast"]]),
     dict(content="such incidents were now reported every day", kind="indirect",
          speaker_any=["Kovalenko", "Alexander Kovalenko"], chain_any=[["iStories"]])],
    ["Reports of friendly fire among Russian troops have multiplied in recent months.",
     "the rate at which Russians were killing each other had shot up in recent months",
     "such incidents were now reported every day",
     "Friendly fire happens in every war"])

rec("fresh17-en-06", "news",
    "https://militarnyi.com/uk/news/rosijskyj-fpv-dron-atakuvav-avto-z-evakgrupoyu-na-donechchyni",
    "Militarnyi", "2025-11-20",
    "Russian FPV drone hits evacuation car near Lyman, wounding American volunteer",
    "A Russian FPV drone struck a car on its way to evacuate civilians from Lyman in Donetsk region on the morning of "
    "November 20, Radio Svoboda's Donbas.Realii project reported. A correspondent of the project was in the vehicle.\n"
    "The fibre-optic drone had been lying in wait for the car before it attacked, according to the report.\n"
    "On board were Devon Musser, a US citizen with the humanitarian group Plain Compassion Crisis Response, two "
    "officers of the police evacuation unit White Angel and the journalist. Musser, who was driving, suffered shrapnel "
    "wounds to the face. The journalist was not hurt. The car burned out completely.\n"
    "\"We were just driving and then suddenly, bang, bang. I don't really understand what happened. We're here to "
    "evacuate people, I'm from the United States. I'm a bit disoriented right now,\" Musser said after receiving "
    "first aid.\n"
    "The UN human rights monitoring mission has warned that civilians in front-line areas are increasingly targeted "
    "by short-range drones, which it says Russia uses deliberately and selectively.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Lyman", place_en="Lyman", admin1="Donetsk",
          country="UA", date_from="2025-11-20", date_to="2025-11-20", injured=1, sources_any=SVOBODA,
          evidence="A Russian FPV drone struck a car on its way to evacuate civilians from Lyman in Donetsk region on "
                   "the morning of November 20")],
    [dict(content="We were just driving and then suddenly, bang, bang. I don't really understand what happened. We're "
                  "here to evacuate people, I'm from the United States. I'm a bit disoriented right now,",
          kind="direct", speaker_any=["Musser", "Devon Musser", "volunteer"], chain_any=[]),
     dict(content="civilians in front-line areas are increasingly targeted by short-range drones", kind="indirect",
          speaker_any=["UN human rights monitoring mission", "UN", "mission"], chain_any=[])],
    ["civilians in front-line areas are increasingly targeted by short-range drones"])

rec("fresh17-en-07", "headline",
    "https://unn.ua/en/news/the-enemy-hit-an-fpv-drone-on-a-police-car-during-the-evacuation-in-volchansk-there-is-a-dead-and-wounded",
    "UNN", "2024-05-22",
    "Russian FPV drone hits police car evacuating residents of Vovchansk, killing one officer and wounding another, "
    "Interior Minister Klymenko says",
    "",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Vovchansk", place_en="Vovchansk", admin1="Kharkiv",
          country="UA", date_from=None, date_to="2024-05-22", killed=1, injured=1, sources_any=KLYMENKO,
          evidence="Russian FPV drone hits police car evacuating residents of Vovchansk, killing one officer and "
                   "wounding another")])

rec("fresh17-en-08", "wire",
    "https://ie.kan15.com/7hz2928k45_5lxsuvwjleutpuyutpuysuvwjzlv/5prklgxp/3bibxwe-vl-cvbqs/1crfakbyoybo-bllbrax-aydd-ljkqq-yo-kfxxybx-afkxa-kqiyuo-iutqkouk/1kabklyrdqxjuh/120897267.cms",
    "AFP", "2025-05-05",
    "Ukrainian attacks kill three in Russia's Kursk region, governor says",
    "MOSCOW (AFP) - Ukrainian attacks killed three people in Russia's Kursk border region on Monday, the regional "
    "governor said.\n"
    "\"A Ukrainian FPV drone attacked a Lada Largus car ... unfortunately, two women were killed as a result of the "
    "hit,\" Kursk governor Alexander Khinshtein wrote on Telegram.\n"
    "In a separate incident, a 53-year-old man was killed in his car when an explosive device was dropped on it, "
    "Khinshtein added.\n"
    "Last month Russia said it had fully retaken the western region, with the help of North Korean troops, months "
    "after Kyiv seized dozens of villages there in a surprise cross-border offensive.\n"
    "Khinshtein said last week that 288 civilians had been killed during Ukraine's incursion into the Kursk region.\n"
    "Civilians in border villages on both sides have been killed regularly by drone attacks and artillery fire "
    "throughout the three-year war.",
    [dict(type="strike", type_alt=["attack_on_civilians"], admin1="Kursk", country="RU", date_from="2025-05-05",
          date_to="2025-05-05", killed=2, sources_any=KHINSHTEIN,
          evidence="A Ukrainian FPV drone attacked a Lada Largus car"),
     dict(type="strike", type_alt=["attack_on_civilians"], admin1="Kursk", country="RU", date_from="2025-05-05",
          date_to="2025-05-05", killed=1, sources_any=KHINSHTEIN,
          evidence="a 53-year-old man was killed in his car when an explosive device was dropped on it"),
     dict(type="territory_change", admin1="Kursk", country="RU", date_from="2025-04-01", date_to="2025-04-30",
          sources_any=["Russia", "Moscow", "Defence Ministry"], optional=True,
          evidence="Last month Russia said it had fully retaken the western region")],
    [dict(content="A Ukrainian FPV drone attacked a Lada Largus car ... unfortunately, two women were killed as a "
                  "result of the hit,", kind="direct", speaker_any=["Khinshtein", "Alexander Khinshtein", "governor"],
          chain_any=[["Telegram"]])],
    ["Khinshtein said last week that 288 civilians had been killed during Ukraine's incursion into the Kursk region.",
     "Civilians in border villages on both sides have been killed regularly"])

rec("fresh17-en-09", "wire", "https://en.interfax.com.ua/news/general/1088134.html", "Interfax-Ukraine", "2025-07-16",
    "SBI investigates beating of man by draft officers in Mykolaiv",
    "KYIV (Interfax-Ukraine) - Ukraine's State Bureau of Investigation (SBI) is looking into whether staff of the "
    "Korabelnyi district recruitment centre in Mykolaiv used force unlawfully against a man liable for military "
    "service, the bureau said on Wednesday.\n"
    "\"According to preliminary information, on July 14, 2025, during mobilization activities in Mykolaiv, employees "
    "of the recruitment centre may have exceeded their powers and beaten a man of draft age who was on the wanted "
    "list,\" the SBI said on its Telegram channel.\n"
    "Criminal proceedings have been opened under Part 5 of Article 426-1 of the Criminal Code, abuse of authority by "
    "a military official with grave consequences.\n"
    "The pre-trial investigation is under way, with the Mykolaiv specialised defence prosecutor's office of the "
    "southern region overseeing it.",
    [dict(type="mobilization", type_alt=["attack_on_civilians", "arrest_or_detention"], place="Mykolaiv",
          place_en="Mykolaiv", admin1="Mykolaiv", country="UA", date_from="2025-07-14", date_to="2025-07-14",
          sources_any=SBI,
          evidence="on July 14, 2025, during mobilization activities in Mykolaiv, employees of the recruitment centre "
                   "may have exceeded their powers and beaten a man of draft age")],
    [dict(content="According to preliminary information, on July 14, 2025, during mobilization activities in Mykolaiv, "
                  "employees of the recruitment centre may have exceeded their powers and beaten a man of draft age "
                  "who was on the wanted list,", kind="direct",
          speaker_any=["SBI", "State Bureau of Investigation"], chain_any=[["Telegram"]])],
    ["The pre-trial investigation is under way"])

rec("fresh17-en-10", "headline", "https://life.ru/p/1808742", "Life.ru", "2025-11-11",
    "Ukrainian troops of the 47th brigade refuse order to storm near Yunakivka over their 26-year-old commander, "
    "Russian 'Sever' group channel claims",
    "",
    [dict(type="refusal_to_fight", place="Yunakivka", place_en="Yunakivka", admin1="Sumy", country="UA",
          date_from=None, date_to="2025-11-11", sources_any=SEVER,
          evidence="Ukrainian troops of the 47th brigade refuse order to storm near Yunakivka")])

records.write()
