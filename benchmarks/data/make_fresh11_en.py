"""Writes fresh11_en.jsonl beside this file: the eleventh batch of English war reports written by the project
(session 7, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-10
or dev), annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing extraction rules has
read them: a check of how the rules carry to reports they were not written on (``python -m benchmarks.reports
--lang en --data benchmarks/data/fresh11_en.jsonl``). Never tune on them; when they have been read for rules, say so
and write new ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh11")
rec = records.rec

PGO = ["Prosecutor General's Office", "prosecutors", "prosecutor", "Prosecutor's Office", "Kostin"]
PROKUDIN = ["Prokudin", "Oleksandr Prokudin", "military administration", "regional administration"]
SUMY_ADM = ["regional administration", "administration", "Sumy Oblast Military Administration"]


rec("fresh11-en-01", "news", "https://www.pravda.com.ua/eng/news/2024/09/6/7473807/", "Ukrainska Pravda",
    "2024-09-06",
    "Russians shot three Ukrainian soldiers as they surrendered near Pokrovsk, prosecutors say",
    "Ukrainian prosecutors have opened a pre-trial investigation after Russian troops reportedly shot three "
    "Ukrainian soldiers who were surrendering on the Pokrovsk front in Donetsk Oblast, the Donetsk Oblast "
    "Prosecutor's Office and the Prosecutor General's Office said.\n"
    "According to early reports, on the afternoon of 27 August Russian forces attacked a Ukrainian position in "
    "Pokrovsk district with drones, and an incendiary munition dropped on the dugout set it ablaze. The Russians "
    "then surrounded the burning position on three sides, and one of the four Ukrainian soldiers holding it was "
    "badly wounded in the fighting that followed.\n"
    "Encircled and under heavy fire, his comrades had to give themselves up. They came out of the shelter and knelt "
    "with their hands behind their heads, and a Russian assault group opened fire on them to kill. The fate of "
    "their wounded comrade is still being established.\n"
    "Prosecutor General Andrii Kostin said: \"We are now investigating the possible execution of 73 of our "
    "prisoners of war by Russian troops. We are documenting more and more such cases, in which the aggressor "
    "openly ignores international humanitarian law.\"",
    [dict(type="attack_on_civilians", place="Pokrovsk district", place_en="Pokrovsk", admin1="Donetsk",
          country="UA", date_from="2024-08-27", date_to="2024-08-27", killed=3, sources_any=PGO,
          evidence="a Russian assault group opened fire on them to kill"),
     dict(type="strike", type_alt=["armed_clash"], place="Pokrovsk district", place_en="Pokrovsk",
          admin1="Donetsk", country="UA", date_from="2024-08-27", date_to="2024-08-27",
          sources_any=PGO, optional=True,
          evidence="Russian forces attacked a Ukrainian position in Pokrovsk district with drones"),
     dict(type="desertion_or_surrender", place="Pokrovsk district", place_en="Pokrovsk", admin1="Donetsk",
          country="UA", date_from="2024-08-27", date_to="2024-08-27", sources_any=PGO, optional=True,
          evidence="his comrades had to give themselves up")],
    [dict(content="We are now investigating the possible execution of 73 of our prisoners of war by Russian troops.",
          kind="direct", speaker_any=["Kostin", "Andrii Kostin", "Prosecutor General"], chain_any=[])],
    ["The fate of their wounded comrade is still being established."])

rec("fresh11-en-02", "wire", "https://www.nation.com.pk/23-Nov-2024/kyiv-investigating-alleged-russian-killing-of-5-captured-ukrainian-soldiers",
    "The Nation", "2024-11-23",
    "Kyiv investigating alleged Russian killing of five captured Ukrainian soldiers",
    "Ukrainian prosecutors are investigating the alleged killing by Russian troops of five captured Ukrainian "
    "soldiers in the eastern Donetsk region, and warn that executions of Ukrainian prisoners of war are "
    "\"increasing every month\".\n"
    "Ukrainian authorities said the killing happened on October 2, as Russian forces mounted their final push to "
    "capture the hilltop town of Vuhledar.\n"
    "\"During the offensive, the occupiers took five unarmed Ukrainian defenders prisoner. They killed one of them "
    "in a tree line and led the other four to the road at gunpoint, where they were shot as well,\" the Office of "
    "Ukraine's Prosecutor General said on Friday. It said it had opened an investigation together with the Donetsk "
    "regional prosecutor's office.\n"
    "Prosecutors also reported a sharp rise in such cases: 53 criminal proceedings are under way over the shooting "
    "of 177 Ukrainian defenders, 37 of them, concerning 109 people, registered this year.",
    [dict(type="attack_on_civilians", place="Vuhledar", place_en="Vuhledar", admin1="Donetsk", country="UA",
          date_from="2024-10-02", date_to="2024-10-02", killed=5, sources_any=PGO + ["Ukrainian authorities"],
          evidence="the alleged killing by Russian troops of five captured Ukrainian soldiers in the eastern Donetsk "
                   "region"),
     dict(type="desertion_or_surrender", place="Vuhledar", place_en="Vuhledar", admin1="Donetsk", country="UA",
          date_from="2024-10-02", date_to="2024-10-02", sources_any=PGO, optional=True,
          evidence="the occupiers took five unarmed Ukrainian defenders prisoner"),
     dict(type="armed_clash", type_alt=["territory_change"], place="Vuhledar", place_en="Vuhledar",
          admin1="Donetsk", country="UA", date_from="2024-10-02", date_to="2024-10-02",
          sources_any=["Ukrainian authorities", "The Nation"], optional=True,
          evidence="Russian forces mounted their final push to capture the hilltop town of Vuhledar")],
    [dict(content="During the offensive, the occupiers took five unarmed Ukrainian defenders prisoner. They killed "
                  "one of them in a tree line and led the other four to the road at gunpoint, where they were shot "
                  "as well,", kind="direct",
          speaker_any=["Prosecutor General", "Office of Ukraine's Prosecutor General", "Office"], chain_any=[]),
     dict(content="increasing every month", kind="mixed", speaker_any=["prosecutors", "Ukrainian prosecutors"],
          chain_any=[])],
    ["53 criminal proceedings are under way over the shooting of 177 Ukrainian defenders"])

rec("fresh11-en-03", "news",
    "https://meduza.io/en/news/2023/10/24/russian-soldiers-report-torture-pits-used-for-discipline-at-military-training-grounds",
    "Meduza", "2023-10-24",
    "Russian soldiers describe 'torture pits' used to punish trainees at military training grounds",
    "Trainees at Russian military training grounds in the village of Prudboy in the Volgograd region and in Totsky "
    "in the Orenburg region are punished in \"torture pits\", the investigative outlets iStories and the Conflict "
    "Intelligence Team (CIT) reported on Tuesday, citing soldiers who trained there.\n"
    "A former soldier who was sent to Prudboy in June 2023 told CIT that several of his fellow servicemen were "
    "caught drinking, beaten by military police and then made to spend time in the pits. They were kept there for "
    "anything from a few days to a whole week, fed once a day and given no medical care, he said. He also said that "
    "one soldier died after being held in a pit; the outlet could not verify this.\n"
    "Satellite images of Prudboy taken in early August 2023 show two deep holes that match his description. They "
    "are not there in pictures of the same site from April.\n"
    "Another former soldier, who trained in Totsky in the summer of 2023, said that ground had pits as well, and "
    "that men wearing the patch of Chechnya's Akhmat battalion meted out the punishment. \"They could just walk "
    "into my company, see someone drunk, take him away and beat him up,\" he said.",
    [dict(type="arrest_or_detention", type_alt=["other"], place="Prudboy", place_en="Prudboy", admin1="Volgograd",
          country="RU", date_from="2023-06-01", date_to="2023-10-24",
          sources_any=["former soldier", "soldier", "CIT", "Conflict Intelligence Team", "iStories"],
          evidence="several of his fellow servicemen were caught drinking, beaten by military police and then made "
                   "to spend time in the pits"),
     dict(type="intra_force_killing", type_alt=["non_combat_death", "other"], place="Prudboy", place_en="Prudboy",
          admin1="Volgograd", country="RU", date_from="2023-06-01", date_to="2023-10-24", killed=1,
          sources_any=["former soldier", "soldier", "CIT"], optional=True,
          evidence="one soldier died after being held in a pit")],
    [dict(content="They could just walk into my company, see someone drunk, take him away and beat him up,",
          kind="direct", speaker_any=["former soldier", "soldier"],
          chain_any=[["iStories", "CIT", "Conflict Intelligence Team", "Meduza"]])],
    ["They are not there in pictures of the same site from April.",
     "They could just walk into my company, see someone drunk, take him away and beat him up"])

rec("fresh11-en-04", "news",
    "https://americanmilitarynews.com/2023/07/simply-medieval-russian-soldiers-held-in-pits-and-cellars-for-refusing-to-fight-in-ukraine/",
    "Radio Free Europe/Radio Liberty", "2023-07-18",
    "'Simply medieval': Russian soldiers say they are held in pits and cellars for refusing to fight",
    "A Russian soldier convicted of insubordination was one of a group of conscripts who say their superiors locked "
    "them in a cellar in eastern Ukraine after they refused to fight, in filthy conditions and on too little food, "
    "according to an independent Russian outlet.\n"
    "A military court in the far-eastern city of Spassk-Dalny convicted the soldier, Yevgeny Frolov, on July 13, "
    "days after new footage appeared to show Russian soldiers in Ukraine held captive for refusing to go to the "
    "front line without proper equipment and support.\n"
    "\"We are locked up in this pit for refusing to go to the front line,\" a man off camera says in the video, "
    "which the independent Telegram channel Astra published on July 8. It shows men in camouflage lying in a damp, "
    "cellar-like room with crumbling walls. \"There are no commanders to lead us to the front. There is no "
    "equipment, no evacuation teams, no radios. They just throw us into the woods like dogs,\" he adds.\n"
    "Astra identified the men as members of Russia's 60th Separate Motorized Rifle Brigade; it has published "
    "evidence of more than a dozen such makeshift holding sites.\n"
    "According to Astra, Frolov was among conscripts allegedly held in a similar cellar in the village of Zavitne "
    "Bazhannya in the Russian-controlled part of Ukraine's Donetsk region. RFE/RL could not independently confirm "
    "that he had been held there.",
    [dict(type="refusal_to_fight", country="UA", date_from=None, date_to="2023-07-08",
          sources_any=["Astra", "video", "man"],
          evidence="held captive for refusing to go to the front line without proper equipment and support"),
     dict(type="arrest_or_detention", type_alt=["other"], country="UA", date_from=None, date_to="2023-07-08",
          sources_any=["Astra", "video", "man"],
          evidence="We are locked up in this pit for refusing to go to the front line"),
     dict(type="arrest_or_detention", type_alt=["other"], place="Spassk-Dalny", place_en="Spassk-Dalny",
          admin1="Primorsky", country="RU", date_from="2023-07-13", date_to="2023-07-13",
          sources_any=["court", "military court", "RFE/RL", "Radio Free Europe"],
          evidence="A military court in the far-eastern city of Spassk-Dalny convicted the soldier, Yevgeny Frolov, "
                   "on July 13"),
     dict(type="arrest_or_detention", type_alt=["refusal_to_fight", "other"], place="Zavitne Bazhannya",
          place_en="Zavitne Bazhannia", admin1="Donetsk", country="UA", date_from=None, date_to="2023-07-18",
          sources_any=["Astra", "conscripts"],
          evidence="their superiors locked them in a cellar in eastern Ukraine after they refused to fight")],
    [dict(content="We are locked up in this pit for refusing to go to the front line,", kind="direct",
          speaker_any=["man", "soldier"], chain_any=[["Astra"]]),
     dict(content="There are no commanders to lead us to the front. There is no equipment, no evacuation teams, no "
                  "radios. They just throw us into the woods like dogs,", kind="direct",
          speaker_any=["man", "soldier"], chain_any=[["Astra"]])],
    ["RFE/RL could not independently confirm that he had been held there."])

rec("fresh11-en-05", "news", "https://www.pravda.com.ua/eng/news/2024/07/1/7463394/", "Ukrainska Pravda",
    "2024-07-01",
    "Dozens of Russian soldiers surrender to National Guard's Rubizh brigade",
    "Several dozen Russian soldiers have surrendered to reconnaissance troops of the National Guard's 4th Rapid "
    "Reaction Brigade Rubizh after a successful operation, Ukraine's Ministry of Internal Affairs said on "
    "Facebook.\n"
    "Most of those taken prisoner were conscripts, the ministry said: they would have died in the war but chose to "
    "live and laid down their arms. The Ukrainian soldiers gave all of them the medical care they needed.\n"
    "\"Atrocities, the killing of civilians, torture and abuse of unarmed people are the Russian way. Ukrainian "
    "soldiers are warriors with honour and dignity, so they treat enemy prisoners humanely,\" the ministry said.\n"
    "Russia is holding more than 14,000 Ukrainian civilians captive, and getting them back is harder than returning "
    "soldiers or children.",
    [dict(type="desertion_or_surrender", country="UA", date_from=None, date_to="2024-07-01",
          sources_any=["Ministry of Internal Affairs", "ministry", "Interior Ministry"],
          evidence="Several dozen Russian soldiers have surrendered to reconnaissance troops of the National Guard's "
                   "4th Rapid Reaction Brigade Rubizh")],
    [dict(content="Atrocities, the killing of civilians, torture and abuse of unarmed people are the Russian way.",
          kind="direct", speaker_any=["ministry", "Ministry of Internal Affairs"], chain_any=[["Facebook"]])],
    ["Russia is holding more than 14,000 Ukrainian civilians captive"])

rec("fresh11-en-06", "news", "https://english.pravda.ru/news/hotspots/160360-captured-ukrainian-soldiers/",
    "Pravda.ru", "2024-08-14",
    "Russian Defence Ministry shows video of Ukrainian soldiers captured in Kursk region",
    "Russia's Defence Ministry has released a video of Ukrainian soldiers taken prisoner in Russia's Kursk region.\n"
    "The footage shows five blindfolded Ukrainian servicemen being made to stand in a line one behind the other. "
    "They are then led into the shade of some trees, where Russian soldiers search them one by one.\n"
    "One of the prisoners says he served in the 82nd Air Assault Brigade of Ukraine's armed forces. Another says he "
    "had arrived at the positions only the day before the video was filmed.\n"
    "The soldiers were captured near the villages of Malaya Loknya, Martynovka and Ulanok in the Kursk region, the "
    "ministry said.",
    [dict(type="desertion_or_surrender", type_alt=["arrest_or_detention"], place="Malaya Loknya",
          place_en="Malaya Loknya", admin1="Kursk", country="RU", date_from=None, date_to="2024-08-14",
          sources_any=["Defence Ministry", "ministry", "Russian Defence Ministry", "video"],
          evidence="The soldiers were captured near the villages of Malaya Loknya, Martynovka and Ulanok in the "
                   "Kursk region")],
    [],
    [])

rec("fresh11-en-07", "wire", "https://en.interfax.com.ua/news/general/952330.html", "Interfax-Ukraine", "2023-12-06",
    "In Kherson region, three people killed, seven injured in 24 hours by Russian shelling",
    "Russian forces fired more than 500 shells at the Kherson region over the past 24 hours, killing three people "
    "and injuring seven, the head of the regional military administration, Oleksandr Prokudin, said on Wednesday "
    "morning.\n"
    "\"Over the past 24 hours the enemy carried out 101 attacks, firing 510 shells from mortars, artillery, Grads, "
    "anti-tank missiles, tanks, aircraft and drones, three of them Shaheds. The enemy fired 31 shells at the city of "
    "Kherson,\" he wrote on his Telegram channel.\n"
    "According to the regional administration, Russian troops hit residential areas of the region's towns and "
    "villages, a health facility in Kherson, and humanitarian workers, a health facility and the grounds of a "
    "tractor brigade in the Beryslav district.",
    [dict(type="strike", type_alt=["attack_on_civilians"], admin1="Kherson", country="UA", date_from="2023-12-05",
          date_to="2023-12-06", killed=3, injured=7, sources_any=PROKUDIN,
          evidence="Russian forces fired more than 500 shells at the Kherson region over the past 24 hours, killing "
                   "three people and injuring seven"),
     dict(type="strike", place="Kherson", place_en="Kherson", admin1="Kherson", country="UA",
          date_from="2023-12-05", date_to="2023-12-06", sources_any=PROKUDIN, optional=True,
          evidence="The enemy fired 31 shells at the city of Kherson"),
     dict(type="strike", place="Beryslav district", place_en="Beryslav", admin1="Kherson", country="UA",
          date_from="2023-12-05", date_to="2023-12-06", sources_any=PROKUDIN, optional=True,
          evidence="humanitarian workers, a health facility and the grounds of a tractor brigade in the Beryslav "
                   "district")],
    [dict(content="Over the past 24 hours the enemy carried out 101 attacks, firing 510 shells from mortars, "
                  "artillery, Grads, anti-tank missiles, tanks, aircraft and drones, three of them Shaheds.",
          kind="direct", speaker_any=["Prokudin", "Oleksandr Prokudin"], chain_any=[["Telegram"]])],
    [])

rec("fresh11-en-08", "news",
    "https://avia-pro.net/news/v-chetyryoh-regionah-rossii-idut-poiski-sbezhavshih-iz-voinskoy-chasti-dezertirov",
    "Avia.pro", "2022-12-08",
    "Search on in four Russian regions for three soldiers who left their unit",
    "Police in four Russian regions have spent a second day looking for three servicemen who walked out of their "
    "military unit in the Astrakhan region without permission, the Baza Telegram channel reported.\n"
    "Baza named them as Artur A., 31, Semyon Sh., 34, and Stepan S., 40, saying their names had been changed. "
    "According to preliminary information, they left the unit on the morning of December 7 and disappeared. Besides "
    "the Astrakhan region, they are being sought in the Rostov and Volgograd regions and in Kalmykia.\n"
    "Why the men left is not known, though their ages suggest they were mobilized. The Defence Ministry has made no "
    "comment.",
    [dict(type="desertion_or_surrender", admin1="Astrakhan", country="RU", date_from="2022-12-07",
          date_to="2022-12-07", sources_any=["Baza", "Telegram"],
          evidence="three servicemen who walked out of their military unit in the Astrakhan region without "
                   "permission")],
    [],
    ["Why the men left is not known", "The Defence Ministry has made no comment."])

rec("fresh11-en-09", "news",
    "https://novayagazeta.eu/articles/2024/02/26/ukraine-opens-investigation-into-alleged-russian-killing-of-ukrainian-pows-en-news",
    "Novaya Gazeta Europe", "2024-02-26",
    "Ukraine investigates video of Russian troops apparently shooting surrendering soldiers",
    "Ukrainian prosecutors are investigating a video shared on Saturday that appears to show Russian soldiers "
    "shooting unarmed Ukrainian servicemen as they tried to surrender, which would be a clear breach of "
    "international law if the footage is genuine.\n"
    "The drone video, probably filmed between the villages of Ivanivske and Khromove in eastern Ukraine, seems to "
    "show Russian troops ordering Ukrainian prisoners out of a trench with their hands up and then opening fire on "
    "them.\n"
    "Prosecutors in the Donetsk region are treating the case as a breach of the laws of war combined with "
    "premeditated murder, the Prosecutor General's Office said on Monday. \"Soldiers of the aggressor state "
    "deliberately killed unarmed and wounded Ukrainian soldiers, ignoring international humanitarian law,\" its "
    "statement said.\n"
    "The office added that it was investigating 19 separate cases in which a total of 45 Ukrainian prisoners of "
    "war were allegedly killed by Russian soldiers.",
    [dict(type="attack_on_civilians", place="Ivanivske", place_en="Ivanivske", admin1="Donetsk", country="UA",
          date_from=None, date_to="2024-02-24", sources_any=PGO + ["video"],
          evidence="seems to show Russian troops ordering Ukrainian prisoners out of a trench with their hands up and "
                   "then opening fire on them"),
     dict(type="desertion_or_surrender", place="Ivanivske", place_en="Ivanivske", admin1="Donetsk", country="UA",
          date_from=None, date_to="2024-02-24", sources_any=PGO + ["video"], optional=True,
          evidence="shooting unarmed Ukrainian servicemen as they tried to surrender")],
    [dict(content="Soldiers of the aggressor state deliberately killed unarmed and wounded Ukrainian soldiers, "
                  "ignoring international humanitarian law,", kind="direct",
          speaker_any=["Prosecutor General's Office", "office", "statement"], chain_any=[])],
    ["19 separate cases in which a total of 45 Ukrainian prisoners of war were allegedly killed"])

SUMY_OTHERS = [("Mykolaiv", "Mykolaivka"), ("Khotin", "Khotin"), ("Yunakivka", "Yunakivka"),
               ("Myropillia", "Myropillia"), ("Bilopillia", "Bilopillia"), ("Richkivka", "Richky"),
               ("Krasnopillia", "Krasnopillia"), ("Velyka Pysarivka", "Velyka Pysarivka"),
               ("Nova Sloboda", "Nova Sloboda"), ("Hlukhiv", "Hlukhiv"), ("Shalyhyne", "Shalyhyne"),
               ("Esman", "Esman"), ("Seredyna-Buda", "Seredyna-Buda")]
SUMY_LIST = ("The communities of Mykolaiv, Khotin, Yunakivka, Myropillia, Bilopillia, Richkivka, Krasnopillia, "
             "Velyka Pysarivka, Nova Sloboda, Hlukhiv, Shalyhyne, Esman and Seredyna-Buda also came under fire")

rec("fresh11-en-10", "news", "https://kyivindependent.com/russian-attacks-on-sumy-oblast-injure-8/",
    "The Kyiv Independent", "2024-10-04",
    "Russian attacks on Sumy Oblast injure 8",
    "Russian forces attacked 14 communities in Ukraine's northeastern Sumy Oblast on Oct. 3, injuring eight people "
    "over the day, the regional administration reported.\n"
    "Russia struck the region 82 times, and drones aimed at the Sumy community wounded eight people, the "
    "administration said, without saying how badly they were hurt.\n"
    + SUMY_LIST + ", from mortars, artillery, rocket launchers, guided bombs and drones.\n"
    "Strikes on Sumy Oblast have grown heavier since Kyiv launched its cross-border incursion into Russia's Kursk "
    "Oblast.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Sumy", place_en="Sumy", admin1="Sumy",
          country="UA", date_from="2024-10-03", date_to="2024-10-03", injured=8, sources_any=SUMY_ADM,
          evidence="drones aimed at the Sumy community wounded eight people")]
    + [dict(type="strike", place=p, place_en=pe, admin1="Sumy", country="UA", date_from="2024-10-03",
            date_to="2024-10-03", sources_any=SUMY_ADM, evidence=SUMY_LIST) for p, pe in SUMY_OTHERS]
    + [dict(type="armed_clash", type_alt=["territory_change"], admin1="Kursk", country="RU", date_from=None,
            date_to="2024-10-04", sources_any=["The Kyiv Independent", "Kyiv Independent"], optional=True,
            evidence="Kyiv launched its cross-border incursion into Russia's Kursk Oblast")],
    [],
    [])

records.write()
