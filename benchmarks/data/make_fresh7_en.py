"""Writes fresh7_en.jsonl beside this file: the seventh batch of English war reports written by the project (session
6, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-6),
annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing extraction rules has read them:
a check of how the rules carry to reports they were not written on (``python -m benchmarks.reports --lang en --data
benchmarks/data/fresh7_en.jsonl``). Never tune on them; when they have been read for rules, say so and write new
ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh7")
rec = records.rec

FEDOROV = ["Fedorov", "Ivan Fedorov", "governor"]
STAROVOIT = ["Starovoyt", "Starovoit", "Roman Starovoyt", "governor"]


rec("fresh7-en-01", "wire", "https://d2233.cms.socastsrm.com/2025/03/21/russian-attacks-kill-five-in-ukraine-officials-say",
    "Reuters", "2025-03-21",
    "Russian attacks kill five in Ukraine, officials say",
    "Russian attacks killed two people late on Friday in the southeastern Ukrainian city of Zaporizhzhia and three "
    "more in the north and east of the country, officials said.\n"
    "The city was hit more than 10 times, and two people were killed and eight injured, Zaporizhzhia regional "
    "governor Ivan Fedorov wrote on the Telegram messaging app. Pictures posted online showed rescuers sifting "
    "through rubble and apartment blocks and houses with badly damaged windows and facades.\n"
    "In the Sumy region on the northern border with Russia, prosecutors said Russian forces dropped at least six "
    "guided bombs on the village of Krasnopillia, killing two people and injuring at least two.\n"
    "In the eastern Donetsk region, where Russia has been advancing steadily westward, three bombs were dropped on "
    "the town of Kostiantynivka near the front line, killing one person, prosecutors said.\n"
    "The Kremlin said this week that President Vladimir Putin had agreed in a call with U.S. President Donald "
    "Trump to a 30-day pause in strikes on energy targets. Talks on a ceasefire are scheduled for next week in "
    "Saudi Arabia.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Zaporizhzhia", place_en="Zaporizhzhia",
          admin1="Zaporizhzhia", country="UA", date_from="2025-03-21", date_to="2025-03-21", killed=2, injured=8,
          sources_any=FEDOROV,
          evidence="Russian attacks killed two people late on Friday in the southeastern Ukrainian city of "
                   "Zaporizhzhia"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Krasnopillia", place_en="Krasnopillia",
          admin1="Sumy", country="UA", date_from="2025-03-21", date_to="2025-03-21", killed=2, injured=2,
          sources_any=["prosecutors"],
          evidence="Russian forces dropped at least six guided bombs on the village of Krasnopillia, killing two "
                   "people and injuring at least two"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Kostiantynivka", place_en="Kostiantynivka",
          admin1="Donetsk", country="UA", date_from="2025-03-21", date_to="2025-03-21", killed=1,
          sources_any=["prosecutors"],
          evidence="three bombs were dropped on the town of Kostiantynivka near the front line, killing one "
                   "person")],
    [dict(content="The city was hit more than 10 times, and two people were killed and eight injured",
          kind="indirect", speaker_any=["Fedorov", "Ivan Fedorov"], chain_any=[["Telegram"]])],
    ["to a 30-day pause in strikes on energy targets",
     "Talks on a ceasefire are scheduled for next week in Saudi Arabia."])

rec("fresh7-en-02", "news", "https://kyivindependent.com/attacks-35", "The Kyiv Independent", "2023-12-07",
    "Russian attacks kill 1, injure 8 over past day",
    "Russia attacked 11 Ukrainian oblasts over the past day, killing one person and injuring at least eight, "
    "regional officials said early on Dec. 7.\n"
    "In Odesa Oblast, an attack on Danube port infrastructure in Izmail killed the driver of a van near a "
    "warehouse, Governor Oleh Kiper reported.\n"
    "Russian attacks in Donetsk Oblast injured two people in Avdiivka, one in Andriivka and one in Nelipivka, "
    "according to the oblast military administration.\n"
    "Two women, aged 58 and 49, were injured when Russian forces struck the village of Podoly in Kharkiv "
    "Oblast's Kupiansk district, Governor Oleh Syniehubov said. In Sumy Oblast, Russian rocket strikes on the "
    "Seredyna-Buda area injured two people, the regional military administration said.\n"
    "Chernihiv, Dnipropetrovsk, Kherson, Luhansk, Mykolaiv, Khmelnytskyi and Zaporizhzhia oblasts were also "
    "attacked, but officials there reported no casualties. Overnight, air defenses downed 15 of the 18 Shahed "
    "drones Russia launched, mostly at Odesa and Khmelnytskyi oblasts.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Izmail", place_en="Izmail", admin1="Odesa",
          country="UA", date_from="2023-12-06", date_to="2023-12-07", killed=1,
          sources_any=["Kiper", "Oleh Kiper", "Governor"],
          evidence="an attack on Danube port infrastructure in Izmail killed the driver of a van near a "
                   "warehouse"),
     dict(type="strike", place="Avdiivka", place_en="Avdiivka", admin1="Donetsk", country="UA",
          date_from="2023-12-06", date_to="2023-12-07", injured=2,
          sources_any=["military administration", "Donetsk Oblast"],
          evidence="Russian attacks in Donetsk Oblast injured two people in Avdiivka"),
     dict(type="strike", place="Andriivka", place_en="Andriivka", admin1="Donetsk", country="UA",
          date_from="2023-12-06", date_to="2023-12-07", injured=1,
          sources_any=["military administration", "Donetsk Oblast"], evidence="one in Andriivka"),
     dict(type="strike", place="Nelipivka", place_en="Nelipivka", admin1="Donetsk", country="UA",
          date_from="2023-12-06", date_to="2023-12-07", injured=1,
          sources_any=["military administration", "Donetsk Oblast"], evidence="one in Nelipivka"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Podoly", place_en="Podoly", admin1="Kharkiv",
          country="UA", date_from="2023-12-06", date_to="2023-12-07", injured=2,
          sources_any=["Syniehubov", "Oleh Syniehubov", "Governor"],
          evidence="Two women, aged 58 and 49, were injured when Russian forces struck the village of Podoly"),
     dict(type="strike", place="Seredyna-Buda", place_en="Seredyna-Buda", admin1="Sumy", country="UA",
          date_from="2023-12-06", date_to="2023-12-07", injured=2,
          sources_any=["military administration", "Sumy Oblast"],
          evidence="Russian rocket strikes on the Seredyna-Buda area injured two people"),
     dict(type="strike", country="UA", date_from="2023-12-06", date_to="2023-12-07", killed=0, injured=0,
          sources_any=["officials"], optional=True,
          evidence="Chernihiv, Dnipropetrovsk, Kherson, Luhansk, Mykolaiv, Khmelnytskyi and Zaporizhzhia oblasts "
                   "were also attacked, but officials there reported no casualties"),
     dict(type="strike", country="UA", date_from="2023-12-06", date_to="2023-12-07",
          sources_any=["air defenses", "The Kyiv Independent"], optional=True,
          evidence="air defenses downed 15 of the 18 Shahed drones Russia launched")],
    [],
    [])

rec("fresh7-en-03", "news", "https://www.rt.com/russia/594015-ukraine-shelling-kursk-drone/", "RT", "2024-03-10",
    "Woman killed as shell hits home in Kursk Region village - governor",
    "A woman was killed and her husband badly burned when Ukrainian forces shelled the village of Kulbaki in "
    "Russia's Kursk Region, local governor Roman Starovoyt said.\n"
    "The shell hit a house directly and set it on fire, Starovoyt wrote on Telegram on Sunday. The woman inside "
    "died; her husband, who suffered extensive burns, was taken to hospital and is being treated, the governor said.\n"
    "Elsewhere in the region, Starovoyt said, \"a Ukrainian drone caught fire on the territory of an oil depot\"; "
    "firefighters put the blaze out.\n"
    "Later in the day six projectiles were fired at the settlement of Gordeevka. \"None of the residents were "
    "hurt,\" the governor wrote, adding that a roof was damaged and windows blown out in one home.\n"
    "The day before that, a Ukrainian kamikaze drone killed two people and injured another in the village of "
    "Rozhdestvenka in Belgorod Region.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Kulbaki", place_en="Kulbaki", admin1="Kursk",
          country="RU", date_from="2024-03-10", date_to="2024-03-10", killed=1, injured=1, sources_any=STAROVOIT,
          evidence="A woman was killed and her husband badly burned when Ukrainian forces shelled the village of "
                   "Kulbaki in Russia's Kursk Region"),
     dict(type="strike", admin1="Kursk", country="RU", date_from="2024-03-10", date_to="2024-03-10",
          sources_any=STAROVOIT, optional=True,
          evidence="a Ukrainian drone caught fire on the territory of an oil depot"),
     dict(type="strike", place="Gordeevka", place_en="Gordeevka", admin1="Kursk", country="RU",
          date_from="2024-03-10", date_to="2024-03-10", killed=0, injured=0, sources_any=STAROVOIT,
          evidence="Later in the day six projectiles were fired at the settlement of Gordeevka"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Rozhdestvenka", place_en="Rozhdestvenka",
          admin1="Belgorod", country="RU", date_from="2024-03-08", date_to="2024-03-09", killed=2, injured=1,
          sources_any=["RT"], optional=True,
          evidence="a Ukrainian kamikaze drone killed two people and injured another in the village of "
                   "Rozhdestvenka in Belgorod Region")],
    [dict(content="a Ukrainian drone caught fire on the territory of an oil depot", kind="direct",
          speaker_any=["Starovoyt", "Roman Starovoyt"], chain_any=[]),
     dict(content="None of the residents were hurt,", kind="direct", speaker_any=["Starovoyt", "governor"],
          chain_any=[])],
    [])

rec("fresh7-en-04", "news",
    "https://novayagazeta.eu/articles/2023/03/02/russias-kursk-region-governor-local-resident-killed-in-shelling-conducted-by-ukraines-armed-forces-en-news",
    "Novaya Gazeta Europe", "2023-03-02",
    "Kursk region governor: man killed as Ukrainian forces shell Tetkino",
    "A resident of the Kursk region village of Tetkino was killed in shelling by Ukraine's armed forces and another "
    "man was taken to hospital with moderate injuries, regional governor Roman Starovoyt said.\n"
    "\"Two men were wounded in the shelling of Tetkino by Ukraine's Armed Forces. One of them, sadly, died before "
    "the ambulance got there,\" his post said. He counted five hits in all; by early accounts shrapnel damaged "
    "three homes and the village lost power.\n"
    "Earlier on Thursday the governor of the neighbouring Bryansk region said a Ukrainian sabotage group had "
    "crossed into his region, and that a drone launched by Ukraine had come down and set a house on fire in the "
    "village of Sushany.\n"
    "On 11 February, Starovoyt had reported one person killed when Ukrainian forces shelled a construction crew, "
    "and at the end of January a repair crew worker was lightly hurt by mortar fire while fixing power lines in "
    "the villages of Krasnooktyabrsky and Volfino.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Tetkino", place_en="Tetkino", admin1="Kursk",
          country="RU", date_from=None, date_to="2023-03-02", killed=1, injured=1, sources_any=STAROVOIT,
          evidence="A resident of the Kursk region village of Tetkino was killed in shelling by Ukraine's armed "
                   "forces"),
     dict(type="armed_clash", type_alt=["other"], admin1="Bryansk", country="RU", date_from="2023-03-02",
          date_to="2023-03-02", sources_any=["governor", "Bryansk"], optional=True,
          evidence="a Ukrainian sabotage group had crossed into his region"),
     dict(type="strike", place="Sushany", place_en="Sushany", admin1="Bryansk", country="RU",
          date_from="2023-03-02", date_to="2023-03-02", sources_any=["governor", "Bryansk"], optional=True,
          evidence="a drone launched by Ukraine had come down and set a house on fire in the village of Sushany"),
     dict(type="strike", admin1="Kursk", country="RU", date_from="2023-02-11", date_to="2023-02-11", killed=1,
          sources_any=STAROVOIT, optional=True,
          evidence="one person killed when Ukrainian forces shelled a construction crew"),
     dict(type="strike", place="Volfino", place_en="Volfino", admin1="Kursk", country="RU",
          date_from="2023-01-20", date_to="2023-01-31", injured=1, sources_any=STAROVOIT, optional=True,
          evidence="a repair crew worker was lightly hurt by mortar fire while fixing power lines")],
    [dict(content="Two men were wounded in the shelling of Tetkino by Ukraine's Armed Forces. One of them, sadly, "
                  "died before the ambulance got there,", kind="direct",
          speaker_any=["Starovoyt", "Roman Starovoyt"], chain_any=[])],
    [])

rec("fresh7-en-05", "news",
    "https://meduza.io/amp/en/news/2025/09/30/russian-drone-strike-in-ukraine-s-sumy-region-kills-family-of-four-in-their-home",
    "Meduza", "2025-09-30",
    "Russian drone strike kills family of four in their home in Ukraine's Sumy region",
    "A whole family was killed when Russian drones attacked Ukraine's Sumy region overnight, Governor Oleh "
    "Hryhorov said on Tuesday morning.\n"
    "One drone hit a house in Chernechchyna, a border village in the Krasnopillia community, where a couple lived "
    "with their two sons, aged four and six. All four died; their bodies were recovered from the rubble, "
    "Hryhorov said.\n"
    "According to Ukraine's State Emergency Service, a two-storey and a one-storey residential building were hit "
    "and caught fire.\n"
    "The Ukrainian Air Force had warned earlier of a drone threat overnight over the Chernihiv, Dnipropetrovsk, "
    "Poltava and Sumy regions.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Chernechchyna", place_en="Chernechchyna",
          admin1="Sumy", country="UA", date_from="2025-09-29", date_to="2025-09-30", killed=4,
          sources_any=["Hryhorov", "Oleh Hryhorov", "Governor", "State Emergency Service"],
          evidence="One drone hit a house in Chernechchyna, a border village in the Krasnopillia community")],
    [],
    ["The Ukrainian Air Force had warned earlier of a drone threat overnight"])

rec("fresh7-en-06", "wire", "https://globalnews.ca/news/8542022/ukrainian-serviceman-detained-shooting/",
    "The Associated Press", "2022-01-27",
    "Ukrainian guardsman detained after shooting dead four fellow soldiers and a civilian",
    "A Ukrainian National Guard serviceman opened fire on fellow soldiers on Thursday, killing five people and "
    "wounding five others, Ukraine's Interior Ministry said. Police detained him; his motive is not yet clear.\n"
    "The shooting happened on Thursday morning in the city of Dnipro, about 500 kilometers southeast of Kyiv. The "
    "soldier, named by the authorities as Artemiy Ryabchuk, 20, was on guard duty at a military factory when he "
    "fired on his colleagues and then fled.\n"
    "Four soldiers and a civilian were killed. Police detained Ryabchuk shortly afterwards.\n"
    "President Volodymyr Zelenskyy ordered a thorough investigation. \"I expect law enforcement to fully inform the "
    "public about all the circumstances of the crime,\" he said in an online statement.",
    [dict(type="intra_force_killing", place="Dnipro", place_en="Dnipro", admin1="Dnipropetrovsk", country="UA",
          date_from="2022-01-27", date_to="2022-01-27", killed=5, injured=5,
          sources_any=["Interior Ministry", "Ministry"],
          evidence="A Ukrainian National Guard serviceman opened fire on fellow soldiers on Thursday, killing five "
                   "people and wounding five others"),
     dict(type="arrest_or_detention", place="Dnipro", place_en="Dnipro", admin1="Dnipropetrovsk", country="UA",
          date_from="2022-01-27", date_to="2022-01-27", sources_any=["Police", "Interior Ministry"],
          evidence="Police detained Ryabchuk shortly afterwards")],
    [dict(content="I expect law enforcement to fully inform the public about all the circumstances of the crime,",
          kind="direct", speaker_any=["Zelenskyy", "Volodymyr Zelenskyy", "President"], chain_any=[])],
    ["his motive is not yet clear"])

rec("fresh7-en-07", "longform",
    "https://fudjan.com/index.php/2022/07/21/hundreds-of-russian-troops-are-being-held-captive-in-basements-for-refusing-to-fight-report-says/",
    "Fudjan", "2022-07-21",
    "Hundreds of Russian troops held in basements for refusing to fight, report says",
    "Hundreds of Russian soldiers who refused to go on fighting in Ukraine are being held against their will in "
    "basements and garages in occupied Luhansk, according to a report published on Thursday.\n"
    "The independent outlet Verstka, citing soldiers' families and human rights groups, says at least 234 "
    "soldiers deployed to various parts of Ukraine are being held in the town of Bryanka, where relatives say a "
    "special center has been set up for those who opt out of the war.\n"
    "Vasily, the father of a 23-year-old soldier named only as Alexander, told Verstka that his son phoned him on "
    "July 8 to say that he and several other soldiers had filed a formal request to leave the war, and that he "
    "had been summoned to \"discuss\" the decision with a general. When Alexander called again several days "
    "later, he was in a basement in Bryanka with other soldiers who had tried to quit. As of Wednesday he was "
    "still there, his father said.\n"
    "Fatima Gorshenina, mother of another soldier, Artyom, 22, said the men held with her son had no electricity, "
    "food or water. Artyom and at least 81 other soldiers from the same base said in April that they wanted to "
    "leave the war, she told Verstka, and she believes the Federal Security Service and the Wagner Group are "
    "behind the detentions.",
    [dict(type="arrest_or_detention", type_alt=["other"], place="Bryanka", place_en="Brianka", admin1="Luhansk",
          country="UA", date_from="2022-07-08", date_to="2022-07-20",
          sources_any=["Vasily", "Verstka", "father"],
          evidence="he was in a basement in Bryanka with other soldiers who had tried to quit"),
     dict(type="refusal_to_fight", country="UA", date_from=None, date_to="2022-07-08",
          sources_any=["Vasily", "Verstka", "father"],
          evidence="he and several other soldiers had filed a formal request to leave the war"),
     dict(type="refusal_to_fight", country="UA", date_from="2022-04-01", date_to="2022-04-30",
          sources_any=["Gorshenina", "Fatima Gorshenina", "Verstka", "mother"], optional=True,
          evidence="Artyom and at least 81 other soldiers from the same base said in April that they wanted to "
                   "leave the war"),
     dict(type="arrest_or_detention", type_alt=["other"], place="Bryanka", place_en="Brianka", admin1="Luhansk",
          country="UA", date_from=None, date_to="2022-07-21",
          sources_any=["Gorshenina", "Fatima Gorshenina", "Verstka", "mother"], optional=True,
          evidence="the men held with her son had no electricity, food or water")],
    [dict(content="discuss", kind="mixed", speaker_any=["Vasily", "Alexander"], chain_any=[["Verstka"]])],
    ["she believes the Federal Security Service and the Wagner Group are behind the detentions"])

rec("fresh7-en-08", "news", "https://unn.ua/en/news/occupants-refuse-to-evacuate-their-wounded-in-zaporizhzhia-region-atesh",
    "UNN", "2025-04-02",
    "Russian command stops evacuating its wounded in Zaporizhzhia region, partisans say",
    "Russian commanders in the Zaporizhzhia region have decided to stop evacuating wounded soldiers, the "
    "Ukrainian and Crimean Tatar partisan movement ATESH said.\n"
    "\"An ATESH agent serving in the 70th motorized rifle regiment of the Russian armed forces reports that the "
    "command has decided to abandon the evacuation of wounded soldiers,\" the movement said.\n"
    "Russian troops in the region increasingly attack in small groups without vehicles, so a man who is wounded "
    "has nobody to carry him out, according to the partisans. Commanders now say openly that they will not risk "
    "equipment for the sake of a few soldiers, ATESH said, adding that many soldiers are looking for ways to "
    "avoid such orders or to transfer to other units.",
    [dict(type="abandonment", type_alt=["other"], admin1="Zaporizhzhia", country="UA", date_from=None,
          date_to="2025-04-02", sources_any=["ATESH", "partisans", "agent"],
          evidence="Russian commanders in the Zaporizhzhia region have decided to stop evacuating wounded "
                   "soldiers")],
    [dict(content="An ATESH agent serving in the 70th motorized rifle regiment of the Russian armed forces reports "
                  "that the command has decided to abandon the evacuation of wounded soldiers,", kind="direct",
          speaker_any=["ATESH", "movement", "partisans"], chain_any=[])],
    ["many soldiers are looking for ways to avoid such orders or to transfer to other units"])

rec("fresh7-en-09", "headline",
    "https://www.themoscowtimes.com/2024/03/11/ukrainian-shelling-of-western-russian-village-kills-1-a84405",
    "The Moscow Times", "2024-03-11",
    "Ukrainian shelling of western Russian village kills 1", "",
    [dict(type="strike", country="RU", date_from=None, date_to="2024-03-11", killed=1,
          sources_any=["The Moscow Times", "Starovoit", "authorities"],
          evidence="Ukrainian shelling of western Russian village kills 1")])

rec("fresh7-en-10", "longform", "https://ca.sports.yahoo.com/news/russian-soldiers-beg-help-own-142328777.html",
    "The Telegraph", "2023-04-23",
    "Russian soldiers beg for help after their own army throws them into pits",
    "Russian deserters are being locked up by their own army in pits covered with metal grilles, leaked videos "
    "suggest.\n"
    "Injured men in the videos say they were thrown into the pits and given no food or water for refusing to "
    "fight or for drinking heavily. \"We are in the mud, in the rain, we are all wet. My colleagues' faces were "
    "smashed,\" says a soldier who gives his name as Pavel Gorelov of the 99th Regiment. \"All we did was drink a "
    "little beer.\" Several of the men sitting on the floor of the pit have bloodied, swollen faces.\n"
    "\"I'm begging for help from the prosecutor general,\" Gorelov says.\n"
    "In another video a soldier, possibly from the same unit, says he is Flarit Baitemirov, a volunteer from "
    "Saratov, and that he has been held in an open pit since the end of March. \"I am being held captive by my "
    "own side, the Russians. I am Russian,\" he says.\n"
    "Russian soldiers have complained for months that military police put men who refuse to fight into crowded "
    "caves or pits without food or water.",
    [dict(type="arrest_or_detention", type_alt=["other"], date_from=None, date_to="2023-04-23",
          sources_any=["Gorelov", "Pavel Gorelov", "video"],
          evidence="Injured men in the videos say they were thrown into the pits and given no food or water"),
     dict(type="arrest_or_detention", type_alt=["other"], date_from="2023-03-20", date_to="2023-03-31",
          sources_any=["Baitemirov", "Flarit Baitemirov", "video"],
          evidence="he has been held in an open pit since the end of March")],
    [dict(content="We are in the mud, in the rain, we are all wet. My colleagues' faces were smashed,",
          kind="direct", speaker_any=["Gorelov", "Pavel Gorelov"], chain_any=[]),
     dict(content="All we did was drink a little beer.", kind="direct", speaker_any=["Gorelov", "Pavel Gorelov"],
          chain_any=[]),
     dict(content="I'm begging for help from the prosecutor general,", kind="direct",
          speaker_any=["Gorelov", "Pavel Gorelov"], chain_any=[]),
     dict(content="I am being held captive by my own side, the Russians. I am Russian,", kind="direct",
          speaker_any=["Baitemirov", "Flarit Baitemirov"], chain_any=[])],
    ["Russian soldiers have complained for months that military police put men who refuse to fight into crowded "
     "caves or pits"])

records.write()
