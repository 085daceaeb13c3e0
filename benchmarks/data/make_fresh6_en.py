"""Writes fresh6_en.jsonl beside this file: the sixth batch of English war reports written by the project (session
6, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-5),
annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing extraction rules has read them:
a check of how the rules carry to reports they were not written on (``python -m benchmarks.reports --lang en --data
benchmarks/data/fresh6_en.jsonl``). Never tune on them; when they have been read for rules, say so and write new
ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh6")
rec = records.rec

PROKUDIN = ["Prokudin", "Oleksandr Prokudin", "governor"]
KHINSHTEIN = ["Khinshtein", "Alexander Khinshtein", "governor"]


rec("fresh6-en-01", "wire", "https://www.newsmax.com/world/globaltalk/russia-killed-civilians/2024/07/06/id/1171487/",
    "Reuters", "2024-07-06",
    "Russian shelling kills three civilians in Ukraine's Kherson region",
    "Three civilians were killed by Russian shelling in Ukraine's southern Kherson region on Saturday, officials "
    "said.\n"
    "Prosecutors said the bodies of two people were pulled from the rubble of a house that was hit in the morning "
    "in a village near Beryslav, north of the regional capital, which is also called Kherson.\n"
    "One more person was killed by an artillery strike in the evening in a village south of Kherson, regional "
    "governor Oleksandr Prokudin said.\n"
    "Reuters could not independently verify the accounts.\n"
    "Russian troops seized the Kherson region early in the full-scale invasion of February 2022. Ukraine took back "
    "much of it later that year, but Russian forces keep shelling Ukrainian-held areas from the eastern bank of the "
    "Dnipro River.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Beryslav", place_en="Beryslav", admin1="Kherson",
          country="UA", date_from="2024-07-06", date_to="2024-07-06", killed=2,
          sources_any=["Prosecutors", "prosecutors"],
          evidence="the bodies of two people were pulled from the rubble of a house that was hit in the morning in a "
                   "village near Beryslav"),
     dict(type="strike", type_alt=["attack_on_civilians"], admin1="Kherson", country="UA", date_from="2024-07-06",
          date_to="2024-07-06", killed=1, sources_any=PROKUDIN,
          evidence="One more person was killed by an artillery strike in the evening in a village south of Kherson"),
     dict(type="territory_change", admin1="Kherson", country="UA", date_from="2022-02-24", date_to="2022-12-31",
          sources_any=["Reuters"], optional=True,
          evidence="Russian troops seized the Kherson region early in the full-scale invasion of February 2022"),
     dict(type="territory_change", admin1="Kherson", country="UA", date_from="2022-02-24", date_to="2022-12-31",
          sources_any=["Reuters"], optional=True, evidence="Ukraine took back much of it later that year")],
    [],
    ["Reuters could not independently verify the accounts."])

rec("fresh6-en-02", "news",
    "https://sputnikglobe.com/20240804/woman-killed-in-drone-attack-on-apartment-block-in-russias-shebekino---governor-1119634418.html",
    "Sputnik", "2024-08-04",
    "Woman killed as drone hits apartment block in Russia's Shebekino - governor",
    "MOSCOW (Sputnik) - A Ukrainian drone attack on an apartment block in the town of Shebekino in Russia's Belgorod "
    "Region killed a woman, Governor Vyacheslav Gladkov said on Sunday.\n"
    "\"Three settlements in the Belgorod region were attacked by the Ukrainian armed forces. To the great sorrow, "
    "one civilian was killed in Shebekino as a result of a drone attack on an apartment block,\" Gladkov wrote on "
    "Telegram. The woman died of her injuries before medics arrived, he said.\n"
    "Three drones damaged the glazing and interiors of flats in two apartment buildings, and two more hit private "
    "houses and set their roofs on fire; the fires have been put out.\n"
    "\"In the Belgorod district, in the village of Saltykovo, an FPV drone attacked a bus of an agricultural "
    "enterprise. The driver and passengers were not injured, the vehicle was damaged,\" the governor said.\n"
    "In the village of Petrovka, a drone hit a passenger car, which burned out completely; nobody was inside at the "
    "time, according to Gladkov.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Shebekino", place_en="Shebekino",
          admin1="Belgorod", country="RU", date_from="2024-08-04", date_to="2024-08-04", killed=1,
          sources_any=["Gladkov", "Vyacheslav Gladkov", "governor"],
          evidence="A Ukrainian drone attack on an apartment block in the town of Shebekino in Russia's Belgorod "
                   "Region killed a woman"),
     dict(type="strike", place="Saltykovo", place_en="Saltykovo", admin1="Belgorod", country="RU", date_from=None,
          date_to="2024-08-04", killed=0, injured=0, sources_any=["Gladkov", "governor"],
          evidence="in the village of Saltykovo, an FPV drone attacked a bus of an agricultural enterprise"),
     dict(type="strike", place="Petrovka", place_en="Petrovka", admin1="Belgorod", country="RU", date_from=None,
          date_to="2024-08-04", killed=0, injured=0, sources_any=["Gladkov", "governor"],
          evidence="In the village of Petrovka, a drone hit a passenger car")],
    [dict(content="Three settlements in the Belgorod region were attacked by the Ukrainian armed forces. To the great "
                  "sorrow, one civilian was killed in Shebekino as a result of a drone attack on an apartment block,",
          kind="direct", speaker_any=["Gladkov", "Vyacheslav Gladkov"], chain_any=[["Telegram"]]),
     dict(content="In the Belgorod district, in the village of Saltykovo, an FPV drone attacked a bus of an "
                  "agricultural enterprise. The driver and passengers were not injured, the vehicle was damaged,",
          kind="direct", speaker_any=["Gladkov", "governor"], chain_any=[])],
    [])

rec("fresh6-en-03", "wire",
    "https://www.themoscowtimes.com/2025/07/09/ukrainian-drone-attack-on-kursk-city-beach-kills-3-governor-says-a89736",
    "The Moscow Times", "2025-07-09",
    "Drone attack on Kursk city beach kills three, among them a National Guard soldier, governor says",
    "Three people, one of them a National Guard soldier, were killed when a Ukrainian drone attack hit a beach "
    "in the city of Kursk near the border with Ukraine, regional officials said.\n"
    "\"With deep sorrow, I report that three people died at the scene following the attack on the city beach,\" "
    "acting Kursk region Governor Alexander Khinshtein wrote on Telegram late on Tuesday. He later added that seven "
    "more were wounded, among them a young boy.\n"
    "In a separate post early on Wednesday, Khinshtein said the soldier had been evacuating people from the beach "
    "after reports of the drone attack when a second explosion went off, and that he \"did not survive.\" Five of "
    "the wounded, including a five-year-old boy, were in serious condition, the governor said.\n"
    "Khinshtein called it an \"inhumane attack\" in which \"the enemy deliberately struck a place where civilians "
    "were located.\" Kyiv did not immediately respond.\n"
    "Another Ukrainian drone attack wounded two people in the town of Rylsk, about 50 kilometers from the border, "
    "according to Khinshtein.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Kursk", place_en="Kursk", admin1="Kursk",
          country="RU", date_from="2025-07-08", date_to="2025-07-08", killed=3, injured=7, sources_any=KHINSHTEIN,
          evidence="Three people, one of them a National Guard soldier, were killed when a Ukrainian drone attack "
                   "hit a beach in the city of Kursk"),
     dict(type="strike", place="Rylsk", place_en="Rylsk", admin1="Kursk", country="RU", date_from=None,
          date_to="2025-07-09", injured=2, sources_any=KHINSHTEIN,
          evidence="Another Ukrainian drone attack wounded two people in the town of Rylsk")],
    [dict(content="With deep sorrow, I report that three people died at the scene following the attack on the city "
                  "beach,", kind="direct", speaker_any=["Khinshtein", "Alexander Khinshtein"],
          chain_any=[["Telegram"]]),
     dict(content="the enemy deliberately struck a place where civilians were located.", kind="direct",
          speaker_any=["Khinshtein", "Alexander Khinshtein"], chain_any=[])],
    ["Kyiv did not immediately respond."])

rec("fresh6-en-04", "wire",
    "https://www.devdiscourse.com/article/law-order/2313016-russian-missile-strike-kills-one-in-east-ukraine---governor",
    "Reuters", "2023-01-09",
    "Russian missile hits market in Kharkiv region village, killing woman",
    "A Russian missile struck a market in the village of Shevchenkove in eastern Ukraine on Monday, killing a "
    "60-year-old woman and wounding several other people, the governor of the Kharkiv region said.\n"
    "\"According to confirmed information, unfortunately a 60-year-old woman died,\" Oleh Synehubov wrote on "
    "Telegram. \"All other victims were hospitalised.\" Earlier he had said at least seven people were wounded, a "
    "13-year-old girl among them.\n"
    "Footage that public broadcaster Suspilne posted on Telegram showed rescuers going through heaps of rubble and "
    "a large crater in what it said was Shevchenkove, southeast of the city of Kharkiv. A local official quoted by "
    "Suspilne said at least three pavilions were destroyed and a shopping centre damaged, though Monday was not a "
    "market day.\n"
    "Reuters could not immediately verify the reports. Russia did not immediately comment.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Shevchenkove", place_en="Shevchenkove",
          admin1="Kharkiv", country="UA", date_from="2023-01-09", date_to="2023-01-09", killed=1, injured=7,
          sources_any=["Synehubov", "Oleh Synehubov", "governor"],
          evidence="A Russian missile struck a market in the village of Shevchenkove in eastern Ukraine on Monday, "
                   "killing a 60-year-old woman")],
    [dict(content="According to confirmed information, unfortunately a 60-year-old woman died,", kind="direct",
          speaker_any=["Synehubov", "Oleh Synehubov"], chain_any=[["Telegram"]]),
     dict(content="at least three pavilions were destroyed and a shopping centre damaged", kind="indirect",
          speaker_any=["local official", "official"], chain_any=[["Suspilne"]])],
    ["Reuters could not immediately verify the reports.", "Russia did not immediately comment.",
     "though Monday was not a market day"])

rec("fresh6-en-05", "news",
    "https://babel.ua/en/news/114309-the-commander-of-the-155th-omb-allegedly-went-awol-and-incited-his-fighters-to-do-so-he-was-detained",
    "Babel", "2025-01-08",
    "Company commander of 155th brigade detained: went AWOL and told his men to do the same, SBI says",
    "Law enforcement officers have detained the commander of a company of the 155th mechanized brigade who, "
    "according to the State Bureau of Investigation (SBI), left his unit without permission and incited his "
    "soldiers to do the same.\n"
    "Investigators say that at the end of 2024 the officer refused to hand the company he led over to another "
    "unit as ordered. He instead told his soldiers to flee without their weapons and left his post himself.\n"
    "He was detained today, January 8, in the Rivne region and brought to Kyiv, where he was notified of suspicion "
    "of leaving his post without permission and refusing an order. He will be held in custody with an option of "
    "bail.\n"
    "On December 31 journalist Yuriy Butusov wrote that 1,700 soldiers of the brigade, named after Anna Kyivska, "
    "had gone AWOL before \"the brigade fired the first shot\".",
    [dict(type="arrest_or_detention", admin1="Rivne", country="UA", date_from="2025-01-08", date_to="2025-01-08",
          sources_any=["SBI", "State Bureau of Investigation"],
          evidence="He was detained today, January 8, in the Rivne region"),
     dict(type="desertion_or_surrender", type_alt=["refusal_to_fight"], country="UA", date_from="2024-11-01",
          date_to="2024-12-31", sources_any=["SBI", "State Bureau of Investigation", "Investigators"],
          evidence="He instead told his soldiers to flee without their weapons and left his post himself"),
     dict(type="desertion_or_surrender", country="UA", date_from=None, date_to="2024-12-31",
          sources_any=["Butusov", "Yuriy Butusov"], optional=True,
          evidence="1,700 soldiers of the brigade, named after Anna Kyivska, had gone AWOL")],
    [dict(content="the brigade fired the first shot", kind="mixed", speaker_any=["Butusov", "Yuriy Butusov"],
          chain_any=[])],
    [])

rec("fresh6-en-06", "longform",
    "https://fast-gamers.netlify.app/host-https-novayagazeta.eu/articles/2024/07/06/soldiers-of-misfortune-en",
    "Novaya Gazeta Europe", "2024-07-06",
    "Soldiers of misfortune: Russian troops in occupied Ukraine are killing each other at an alarming rate",
    "Violent crimes by Russian soldiers against their own comrades in the occupied territories of Ukraine have "
    "soared: 190 such cases went to trial in 2023 alone, and the real number of incidents is probably much higher.\n"
    "On the night of 17 October 2022 Artyom Terekhov, a Russian soldier in the occupied Luhansk region, decided to "
    "desert. He took his rifle and walked off, meaning to hitchhike out of the country. A beige van stopped for him; "
    "its driver, a Russian officer, was heading home to his wife.\n"
    "When the officer turned off the main road, stopped and reached for his door, Artyom, afraid he would be caught, "
    "jumped out and fired at him through the passenger door. He dragged the officer's body out and drove off in the "
    "van.\n"
    "In a forest near the village of Rodakove he came upon a Russian military deployment point and tried to shoot "
    "the soldiers there, but his 25-round magazine was already empty. He was detained, and in June 2023 he was "
    "sentenced to eight and a half years in a high-security prison. According to his case file, he was drunk.\n"
    "From court data, Novaya Gazeta Europe estimates that at least 135 Russian soldiers were tried for murder in "
    "occupied Ukraine between January and October 2023.",
    [dict(type="intra_force_killing", admin1="Luhansk", country="UA", date_from="2022-10-16", date_to="2022-10-17",
          killed=1, sources_any=["Novaya Gazeta Europe", "case file", "court"],
          evidence="jumped out and fired at him through the passenger door"),
     dict(type="desertion_or_surrender", admin1="Luhansk", country="UA", date_from="2022-10-16",
          date_to="2022-10-17", sources_any=["Novaya Gazeta Europe", "case file", "court"],
          evidence="Artyom Terekhov, a Russian soldier in the occupied Luhansk region, decided to desert"),
     dict(type="arrest_or_detention", place="Rodakove", place_en="Rodakove", admin1="Luhansk", country="UA",
          date_from="2022-10-16", date_to="2022-10-17", sources_any=["Novaya Gazeta Europe", "case file", "court"],
          optional=True, evidence="He was detained")],
    [],
    ["190 such cases went to trial in 2023 alone",
     "at least 135 Russian soldiers were tried for murder in occupied Ukraine between January and October 2023",
     "in June 2023 he was sentenced to eight and a half years in a high-security prison"])

rec("fresh6-en-07", "news", "https://kyivindependent.com/attacks-20", "The Kyiv Independent", "2023-10-04",
    "Russian attacks kill 1, injure 24 over past day",
    "Russian forces attacked nine Ukrainian oblasts over the past day, killing at least one person and injuring at "
    "least 24, local officials reported early on Oct. 4.\n"
    "Seven people were injured in Donetsk Oblast, the oblast military administration said: three in Illinivka, "
    "three in Vyshneve and one in Avdiivka.\n"
    "In Kharkiv Oblast, a Russian air strike on Borova in the Izium district left an 83-year-old woman with minor "
    "injuries, Governor Oleh Syniehubov said.\n"
    "Russian troops launched 100 attacks on Kherson Oblast, killing one person and injuring 16, Governor Oleksandr "
    "Prokudin reported, adding that residential areas, schools, pharmacies and churches were hit.\n"
    "Chernihiv, Dnipropetrovsk, Luhansk, Mykolaiv, Sumy and Zaporizhzhia oblasts also came under attack, but local "
    "officials reported no casualties.",
    [dict(type="strike", place="Illinivka", place_en="Illinivka", admin1="Donetsk", country="UA",
          date_from="2023-10-03", date_to="2023-10-04", injured=3,
          sources_any=["military administration", "Donetsk Oblast"], evidence="three in Illinivka"),
     dict(type="strike", place="Vyshneve", place_en="Vyshneve", admin1="Donetsk", country="UA",
          date_from="2023-10-03", date_to="2023-10-04", injured=3,
          sources_any=["military administration", "Donetsk Oblast"], evidence="three in Vyshneve"),
     dict(type="strike", place="Avdiivka", place_en="Avdiivka", admin1="Donetsk", country="UA",
          date_from="2023-10-03", date_to="2023-10-04", injured=1,
          sources_any=["military administration", "Donetsk Oblast"], evidence="one in Avdiivka"),
     dict(type="strike", place="Borova", place_en="Borova", admin1="Kharkiv", country="UA", date_from="2023-10-03",
          date_to="2023-10-04", injured=1, sources_any=["Syniehubov", "Oleh Syniehubov", "Governor"],
          evidence="a Russian air strike on Borova in the Izium district left an 83-year-old woman with minor "
                   "injuries"),
     dict(type="strike", admin1="Kherson", country="UA", date_from="2023-10-03", date_to="2023-10-04", killed=1,
          injured=16, sources_any=PROKUDIN,
          evidence="Russian troops launched 100 attacks on Kherson Oblast, killing one person and injuring 16"),
     dict(type="strike", country="UA", date_from="2023-10-03", date_to="2023-10-04", killed=0, injured=0,
          sources_any=["local officials"], optional=True,
          evidence="Chernihiv, Dnipropetrovsk, Luhansk, Mykolaiv, Sumy and Zaporizhzhia oblasts also came under "
                   "attack, but local officials reported no casualties")],
    [],
    [])

rec("fresh6-en-08", "news",
    "https://news.online.ua/en/russian-drone-hits-car-in-sumy-region-one-dead-and-one-injured-898555/",
    "Online.ua", "2025-11-05",
    "Russian drone hits bread delivery car in Sumy region, driver killed",
    "A man was killed and three people were injured on November 5 when a Russian drone struck a car in the "
    "Seredyna-Buda community of Sumy region.\n"
    "According to the investigation, the attack came at about 3:30 p.m.: the drone hit a civilian vehicle that was "
    "delivering bread to local residents in the Seredyna-Buda community of the Shostka district. The 34-year-old "
    "driver died and three other civilians were wounded.\n"
    "The prosecutor's office also said a man was injured by a drone strike in the Znob-Novgorod community.\n"
    "At 3:40 p.m. an FPV drone hit a tractor doing farm work in the Znob-Novgorod community, wounding its "
    "26-year-old driver.\n"
    "Criminal proceedings have been opened over war crimes.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Seredyna-Buda", place_en="Seredyna-Buda",
          admin1="Sumy", country="UA", date_from="2025-11-05", date_to="2025-11-05", killed=1, injured=3,
          sources_any=["prosecutor", "investigation"],
          evidence="A man was killed and three people were injured on November 5 when a Russian drone struck a car in "
                   "the Seredyna-Buda community of Sumy region"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Znob-Novgorod", place_en="Znob-Novhorodske",
          admin1="Sumy", country="UA", date_from="2025-11-05", date_to="2025-11-05", injured=1,
          sources_any=["prosecutor"],
          evidence="a man was injured by a drone strike in the Znob-Novgorod community"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Znob-Novgorod", place_en="Znob-Novhorodske",
          admin1="Sumy", country="UA", date_from="2025-11-05", date_to="2025-11-05", injured=1,
          sources_any=["prosecutor"],
          evidence="At 3:40 p.m. an FPV drone hit a tractor doing farm work in the Znob-Novgorod community")],
    [],
    ["Criminal proceedings have been opened over war crimes."])

rec("fresh6-en-09", "news",
    "https://themoscowtimes.com/2023/04/10/north-ossetia-governor-opens-probe-into-beating-of-military-recruit-a80775",
    "The Moscow Times", "2023-04-10",
    "North Ossetia governor orders probe after video shows mobilized soldier being beaten",
    "The head of North Ossetia said on Monday that an investigation had been opened into the beating of a "
    "mobilized Russian soldier from the North Caucasus republic.\n"
    "The video was posted online on Sunday by Vera Adayeva, who runs a North Ossetian charity that sends aid to "
    "Russian troops fighting in Ukraine. In it, a man kneeling on the ground wipes blood from his face while two "
    "men swear at him; one of them kicks him in the head again and again. Adayeva did not say how she obtained the "
    "video.\n"
    "Governor Sergei Menyaylo said Adayeva had sent him the video. The beating happened in a regiment deployed to "
    "Ukraine's partly occupied Kherson region, where some 46 mobilized men from North Ossetia serve, he said.\n"
    "Menyaylo later wrote on Telegram that the men behind the abuse had been identified and that military "
    "prosecutors were dealing with the case.",
    [dict(type="other", type_alt=["intra_force_killing"], admin1="Kherson", country="UA", date_from=None,
          date_to="2023-04-09", sources_any=["Menyaylo", "Sergei Menyaylo", "Adayeva", "video"],
          evidence="The beating happened in a regiment deployed to Ukraine's partly occupied Kherson region")],
    [dict(content="the men behind the abuse had been identified and that military prosecutors were dealing with the "
                  "case", kind="indirect", speaker_any=["Menyaylo", "Sergei Menyaylo"], chain_any=[["Telegram"]])],
    ["Adayeva did not say how she obtained the video."])

rec("fresh6-en-10", "headline", "https://interfax.com.ua/news/general/1026152.html", "Interfax-Ukraine",
    "2024-11-08",
    "Occupiers kill civilian in Kherson region by dropping explosive from drone", "",
    [dict(type="strike", type_alt=["attack_on_civilians"], admin1="Kherson", country="UA", date_from=None,
          date_to="2024-11-08", killed=1, sources_any=["Interfax-Ukraine", "Prokudin"],
          evidence="Occupiers kill civilian in Kherson region by dropping explosive from drone")])

records.write()
