"""Writes fresh14_en.jsonl beside this file: the fourteenth batch of English war reports written by the project
(session 8, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-13),
annotated in the format of ``../shared/corpus/reports`` (its README). Mostly not strikes: prisoners executed, soldiers
killed by their own side, a court case, friendly fire on surrendering troops, men summoned in a raid and seized in the
street, a unit abandoned by its officers, refusers locked in a basement, a deserter detained abroad, relatives'
protests. Nobody writing extraction rules has read them: a check of how the rules carry to reports they were not
written on (``python -m benchmarks.reports --lang en --data benchmarks/data/fresh14_en.jsonl``). Never tune on them;
when they have been read for rules, say so and write new ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh14")
rec = records.rec

PGO = ["Prosecutor General's Office", "Prosecutor General", "prosecutors", "Kostin", "Andrii Kostin"]
NRC = ["National Resistance Center", "resistance center", "center"]
BATTALION = ["3rd Separate Assault Brigade", "2nd Mechanized Battalion", "battalion", "Ukrainian unit"]
ASTRA = ["Evgeniya", "wife", "Astra"]
HCA = ["Helsinki Citizens' Assembly", "Helsinki Citizens' Assembly-Vanadzor", "Sakunts", "Artur Sakunts",
       "rights group"]


rec("fresh14-en-01", "news", "https://www.pravda.com.ua/eng/news/2024/10/1/7477694/", "Ukrainska Pravda",
    "2024-10-01",
    "Russian troops shot 16 captured Ukrainian soldiers near Pokrovsk, prosecutors say",
    "Russian soldiers killed 16 Ukrainian prisoners of war near the villages of Mykolaivka and Sukhyi Yar in the "
    "Pokrovsk district of Donetsk Oblast, Ukraine's Prosecutor General's Office said on Tuesday. It is the largest "
    "execution of Ukrainian captives on the battlefield known so far.\n"
    "According to the office, Telegram channels reported on 1 October that Russian servicemen had probably shot 16 "
    "Ukrainian soldiers. The video that was posted shows the captured Ukrainians coming out of a wooded area held by "
    "the enemy.\n"
    "\"When they had formed a line, the occupiers opened fire on them on purpose, shooting to kill. The ones who "
    "still showed signs of life were finished off with automatic weapons at point-blank range,\" the office said in "
    "its statement.\n"
    "Prosecutors are still checking the footage. Prosecutor General Andrii Kostin said no larger execution of "
    "Ukrainian prisoners of war on the battlefield had been recorded.\n"
    "Law enforcement officials stressed that such killings are a flagrant breach of the Geneva Conventions and "
    "count as a grave international crime.",
    [dict(type="attack_on_civilians", type_alt=["other"], place="Mykolaivka", place_en="Mykolaivka",
          admin1="Donetsk", country="UA", date_from=None, date_to="2024-10-01", killed=16,
          sources_any=PGO + ["Telegram", "video"],
          evidence="Russian soldiers killed 16 Ukrainian prisoners of war near the villages of Mykolaivka and "
                   "Sukhyi Yar"),
     dict(type="desertion_or_surrender", place="Mykolaivka", place_en="Mykolaivka", admin1="Donetsk",
          country="UA", date_from=None, date_to="2024-10-01", sources_any=PGO + ["video"], optional=True,
          evidence="shows the captured Ukrainians coming out of a wooded area held by the enemy")],
    [dict(content="When they had formed a line, the occupiers opened fire on them on purpose, shooting to kill. The "
                  "ones who still showed signs of life were finished off with automatic weapons at point-blank "
                  "range,", kind="direct", speaker_any=["Prosecutor General's Office", "office", "prosecutors"],
          chain_any=[]),
     dict(content="no larger execution of Ukrainian prisoners of war on the battlefield had been recorded",
          kind="indirect", speaker_any=["Kostin", "Andrii Kostin", "Prosecutor General"], chain_any=[])],
    ["Prosecutors are still checking the footage.",
     "such killings are a flagrant breach of the Geneva Conventions and count as a grave international crime"])

rec("fresh14-en-02", "news",
    "https://themoscowtimes.com/2023/04/14/russian-soldier-jailed-for-10-years-for-shooting-comrade-while-drunk-a80825",
    "The Moscow Times", "2023-04-14",
    "Russian soldier gets 10 years for shooting dead a fellow serviceman in Ukraine while drunk",
    "A military court in Russian-annexed Crimea has sentenced a Russian soldier to 10 years in prison for shooting "
    "dead one of his comrades in Ukraine while drunk, the Kommersant newspaper reported on Friday.\n"
    "According to the charges, Alexei Usenko mortally wounded a member of Russia's National Guard who was escorting "
    "a convoy in a passenger car last year, and threatened to shoot a second guardsman who was in the vehicle.\n"
    "Usenko pleaded not guilty, arguing that the guardsman might have been killed by Ukrainian saboteurs or by other "
    "Russian troops nearby.\n"
    "Servicemen who persuaded him to give up his weapon after the shooting told the court that he had been "
    "\"intoxicated\" and aggressive, and had claimed to have caught Ukrainian saboteurs. They said they had been "
    "drinking cognac with him the previous day. Kommersant reported, however, that a medical examination found no "
    "traces of alcohol or gunpowder on Usenko and that he had passed a polygraph test.\n"
    "The Crimean Garrison Military Court found him guilty of murder and of threatening to kill and sent him to a "
    "penal colony for 10 years. Kommersant did not give the date of the verdict, but said a military appeals court "
    "in southern Russia had already turned down Usenko's appeal. His lawyers are expected to file a second appeal "
    "soon.",
    [dict(type="intra_force_killing", country="UA", date_from="2022-01-01", date_to="2022-12-31", killed=1,
          sources_any=["Kommersant", "court", "Crimean Garrison Military Court", "servicemen"],
          evidence="Alexei Usenko mortally wounded a member of Russia's National Guard who was escorting a convoy "
                   "in a passenger car last year"),
     dict(type="arrest_or_detention", type_alt=["other"], place="Crimea", place_en="Crimea", admin1="Crimea",
          country="UA", date_from=None, date_to="2023-04-14",
          sources_any=["Kommersant", "Crimean Garrison Military Court", "court", "The Moscow Times"],
          evidence="The Crimean Garrison Military Court found him guilty of murder and of threatening to kill and "
                   "sent him to a penal colony for 10 years")],
    [dict(content="he had been \"intoxicated\" and aggressive, and had claimed to have caught Ukrainian saboteurs",
          kind="mixed", speaker_any=["servicemen", "soldiers"], chain_any=[["Kommersant"]])],
    ["arguing that the guardsman might have been killed by Ukrainian saboteurs or by other Russian troops nearby",
     "His lawyers are expected to file a second appeal soon."])

rec("fresh14-en-03", "news", "https://newsukraine.rbc.ua/news/russian-soldiers-more-often-express-dissatisfaction-1707706876.html",
    "RBC-Ukraine", "2024-02-12",
    "Kursk court jails Russian warrant officer for shooting his own men, Ukraine's resistance center says",
    "Discontent with commanders is growing in the Russian ranks, and courts are more and more often sentencing "
    "officers who shot their own subordinates, Ukraine's National Resistance Center (NRC) said.\n"
    "In Russia's Western Military District, the center said, unit commanders have taken to violence against the "
    "men under them. Garrison military courts in the Kursk region have handed down numerous verdicts in cases of "
    "mass killings of servicemen by their commanders on duty, which the NRC put down to mutual hostility or to "
    "drunkenness and drug use.\n"
    "\"In the most recent case, in early February, the Kursk Garrison Military Court sentenced a senior warrant "
    "officer to 14 years in prison for shooting his subordinates while heavily drunk,\" the center said.\n"
    "Wives' protests\n"
    "On February 3, the Way Home movement of soldiers' wives held a protest in Moscow to demand that Russian troops "
    "be brought home from the war in Ukraine. The Kremlin censored the rally heavily, and police detained some of "
    "its participants.\n"
    "On February 10, Way Home protests were held not only in Moscow but also in St. Petersburg, Vladivostok and "
    "Yekaterinburg. The authorities are trying to stamp them out and to keep a wider movement from forming ahead "
    "of the presidential election in March.",
    [dict(type="intra_force_killing", place="Kursk region", place_en="Kursk", admin1="Kursk", country="RU",
          date_from=None, date_to="2024-02-12", sources_any=NRC + ["NRC", "Kursk Garrison Military Court"],
          evidence="for shooting his subordinates while heavily drunk"),
     dict(type="arrest_or_detention", type_alt=["other"], place="Kursk", place_en="Kursk", admin1="Kursk",
          country="RU", date_from="2024-02-01", date_to="2024-02-10",
          sources_any=NRC + ["NRC", "Kursk Garrison Military Court"],
          evidence="the Kursk Garrison Military Court sentenced a senior warrant officer to 14 years in prison"),
     dict(type="protest", place="Moscow", place_en="Moscow", admin1="Moscow City", country="RU",
          date_from="2024-02-03", date_to="2024-02-03", sources_any=["Way Home", "RBC-Ukraine"], optional=True,
          evidence="On February 3, the Way Home movement of soldiers' wives held a protest in Moscow"),
     dict(type="arrest_or_detention", place="Moscow", place_en="Moscow", admin1="Moscow City", country="RU",
          date_from="2024-02-03", date_to="2024-02-03", sources_any=["RBC-Ukraine", "police"], optional=True,
          evidence="police detained some of its participants"),
     dict(type="protest", place="Moscow", place_en="Moscow", admin1="Moscow City", country="RU",
          date_from="2024-02-10", date_to="2024-02-10", sources_any=["Way Home", "RBC-Ukraine"], optional=True,
          evidence="On February 10, Way Home protests were held not only in Moscow"),
     dict(type="protest", place="St. Petersburg", place_en="Saint Petersburg", admin1="Saint Petersburg",
          country="RU", date_from="2024-02-10", date_to="2024-02-10", sources_any=["Way Home", "RBC-Ukraine"],
          optional=True, evidence="but also in St. Petersburg, Vladivostok and Yekaterinburg"),
     dict(type="protest", place="Vladivostok", place_en="Vladivostok", admin1="Primorsky Krai", country="RU",
          date_from="2024-02-10", date_to="2024-02-10", sources_any=["Way Home", "RBC-Ukraine"], optional=True,
          evidence="but also in St. Petersburg, Vladivostok and Yekaterinburg"),
     dict(type="protest", place="Yekaterinburg", place_en="Yekaterinburg", admin1="Sverdlovsk", country="RU",
          date_from="2024-02-10", date_to="2024-02-10", sources_any=["Way Home", "RBC-Ukraine"], optional=True,
          evidence="but also in St. Petersburg, Vladivostok and Yekaterinburg")],
    [dict(content="In the most recent case, in early February, the Kursk Garrison Military Court sentenced a senior "
                  "warrant officer to 14 years in prison for shooting his subordinates while heavily drunk,",
          kind="direct", speaker_any=NRC + ["NRC"], chain_any=[])],
    ["courts are more and more often sentencing officers who shot their own subordinates",
     "The authorities are trying to stamp them out and to keep a wider movement from forming"])

rec("fresh14-en-04", "news",
    "https://www.businessinsider.nl/russia-opened-fire-on-its-own-surrendering-soldiers-with-artillery-ukraine-says/",
    "Business Insider", "2023-09-17",
    "Ukrainian unit says Russian artillery fired on Russian soldiers as they surrendered in Andriivka",
    "Russian soldiers who were trying to surrender came under fire from their own artillery and were killed, a "
    "Ukrainian unit has said.\n"
    "The 2nd Mechanized Battalion of Ukraine's 3rd Separate Assault Brigade said on Saturday that it had been "
    "taking Russian prisoners in Andriivka, a frontline village in the eastern Donetsk region. Once the Russian "
    "side understood the village was lost and that many of its men were giving themselves up, it ordered its guns "
    "to fire on its own troops, the battalion said.\n"
    "Drone footage released by the battalion shows Ukrainian soldiers with three Russian soldiers: one is lying on "
    "the ground, and two others raise their arms before lying down. A huge blast then swallows the group. When the "
    "smoke clears, one Russian is being led away and another gets up off the ground and walks off with the "
    "Ukrainian troops.\n"
    "By the Ukrainian account, two Russian soldiers were still taken prisoner after the explosion. It is not clear "
    "how many Russians died. The Ukrainian outlet Euromaidan Press reported that \"several\" were killed and others "
    "survived, and that no Ukrainian soldiers were harmed, but gave no numbers.\n"
    "Nor does the video show who was behind the explosion.\n"
    "Andriivka has been the scene of some of the fiercest fighting of Ukraine's counteroffensive. The battalion "
    "said it had retaken the largely ruined village and posted photos of its soldiers raising Ukrainian flags there.",
    [dict(type="friendly_fire", type_alt=["strike"], place="Andriivka", place_en="Andriivka", admin1="Donetsk",
          country="UA", date_from=None, date_to="2023-09-16", sources_any=BATTALION + ["Euromaidan Press"],
          evidence="it ordered its guns to fire on its own troops"),
     dict(type="desertion_or_surrender", place="Andriivka", place_en="Andriivka", admin1="Donetsk", country="UA",
          date_from=None, date_to="2023-09-16", sources_any=BATTALION,
          evidence="it had been taking Russian prisoners in Andriivka"),
     dict(type="territory_change", place="Andriivka", place_en="Andriivka", admin1="Donetsk", country="UA",
          date_from=None, date_to="2023-09-16", sources_any=BATTALION, optional=True,
          evidence="it had retaken the largely ruined village")],
    [dict(content="\"several\" were killed and others survived", kind="mixed", speaker_any=["Euromaidan Press"],
          chain_any=[])],
    ["It is not clear how many Russians died.", "Nor does the video show who was behind the explosion."])

rec("fresh14-en-05", "news",
    "https://essanews.com/birthday-celebration-interrupted-by-russian-authorities-partygoers-leave-as-recruits,6963704858171009a",
    "Essanews", "2023-11-16",
    "Security forces hand army summonses to guests at a Voronezh birthday party",
    "Russian security forces raided a birthday celebration in a restaurant in Voronezh and handed the guests "
    "military summonses, local media reported.\n"
    "The guests, most of them of Azerbaijani descent but Russian citizens, were checked on the spot. About 50 of "
    "them were each given a call-up paper, and according to local media everyone present was detained, which put "
    "an abrupt end to the party. The apparent purpose of the raid was to establish whether the men were fit for "
    "military service.\n"
    "Voronezh lies about 500 kilometres south of Moscow, on the Don River. Both state-run and opposition Russian "
    "media covered the raid.\n"
    "Russians are still debating who should serve and fight in Ukraine. Many are unwilling to enlist, afraid of "
    "dying at the front and distrustful of promises that army service brings prestige, money and the state's "
    "gratitude. With a presidential election due in March, the Kremlin has held back from a new round of "
    "compulsory mobilization, and recruitment has gone on quietly instead, often aimed at people treated as "
    "second-class citizens, who are then pressed into joining the army.",
    [dict(type="mobilization", type_alt=["arrest_or_detention"], place="Voronezh", place_en="Voronezh",
          admin1="Voronezh", country="RU", date_from=None, date_to="2023-11-16",
          sources_any=["local media", "Essanews", "media"],
          evidence="About 50 of them were each given a call-up paper"),
     dict(type="arrest_or_detention", type_alt=["mobilization"], place="Voronezh", place_en="Voronezh",
          admin1="Voronezh", country="RU", date_from=None, date_to="2023-11-16",
          sources_any=["local media", "Essanews", "media"], evidence="everyone present was detained")],
    [],
    ["the Kremlin has held back from a new round of compulsory mobilization",
     "Russians are still debating who should serve and fight in Ukraine."])

rec("fresh14-en-06", "longform",
    "http://europe.newsweek.com/russia-soldiers-refused-fight-commanders-fled-front-line-ukraine-war-1828449",
    "Newsweek", "2023-09-20",
    "Russian soldiers refused to fight after their commanders 'ran away like rats', wife tells Astra",
    "Mobilized Russian soldiers in eastern Ukraine stopped fighting after their officers fled the front line and "
    "left them under shelling, the wife of one of the men has told the independent outlet Astra.\n"
    "Astra's Telegram channel reported on Tuesday that its journalists had been contacted by a woman named "
    "Evgeniya, whose husband, the mobilized soldier Evgeny P., fought with the 27th Separate Guards Motor Rifle "
    "Brigade. He was wounded by shrapnel near Bakhmut in May, she said, but got no treatment at the hospital he was "
    "taken to. He was sent home for a month of \"rehabilitation\" and then sent back to the war.\n"
    "This time, by her account, the men were \"taken in the direction of Svatove\" and left in a forest with "
    "nothing to live on. Their commanders ordered him and other soldiers who were still wounded into an assault. "
    "When heavy Ukrainian shelling began, \"the commanders, the company's senior officers and everyone in charge "
    "there simply ran away like rats and left the lads to die under the shelling.\"\n"
    "After the men refused to fight on, their commanders rounded them up and locked them in a basement in the "
    "village of Zaitsevo in Donbas, Evgeniya said. Astra has reported before that 300 mobilized Russians were being "
    "held in a basement in Zaitsevo for refusing to go back to the front.\n"
    "Evgeny P. told his wife about what had happened on September 18. She has not been able to reach him since.\n"
    "Newsweek could not verify Evgeniya's account independently and has asked Russia's Defense Ministry for comment "
    "by email.",
    [dict(type="abandonment", place="Svatove", place_en="Svatove", admin1="Luhansk", country="UA",
          date_from=None, date_to="2023-09-18", sources_any=ASTRA,
          evidence="simply ran away like rats and left the lads to die under the shelling"),
     dict(type="refusal_to_fight", place="Svatove", place_en="Svatove", admin1="Luhansk", country="UA",
          date_from=None, date_to="2023-09-18", sources_any=ASTRA,
          evidence="After the men refused to fight on"),
     dict(type="arrest_or_detention", type_alt=["other"], place="Zaitsevo", place_en="Zaitseve", admin1="Luhansk",
          country="UA", date_from=None, date_to="2023-09-18", sources_any=ASTRA,
          evidence="their commanders rounded them up and locked them in a basement in the village of Zaitsevo"),
     dict(type="armed_clash", type_alt=["strike"], place="Bakhmut", place_en="Bakhmut", admin1="Donetsk",
          country="UA", date_from="2023-05-01", date_to="2023-05-31", injured=1, sources_any=ASTRA,
          optional=True, evidence="He was wounded by shrapnel near Bakhmut in May"),
     dict(type="arrest_or_detention", type_alt=["refusal_to_fight"], place="Zaitsevo", place_en="Zaitseve",
          admin1="Luhansk", country="UA", date_from=None, date_to="2023-09-19", sources_any=["Astra"],
          optional=True,
          evidence="300 mobilized Russians were being held in a basement in Zaitsevo for refusing to go back to the "
                   "front")],
    [dict(content="the commanders, the company's senior officers and everyone in charge there simply ran away like "
                  "rats and left the lads to die under the shelling.", kind="direct",
          speaker_any=["Evgeniya", "wife"], chain_any=[["Astra"]]),
     dict(content="taken in the direction of Svatove", kind="mixed", speaker_any=["Evgeniya", "wife"],
          chain_any=[["Astra"]])],
    ["Newsweek could not verify Evgeniya's account independently",
     "She has not been able to reach him since."])

rec("fresh14-en-07", "news",
    "https://meduza.io/en/news/2023/12/10/russian-military-police-arrest-russian-citizen-in-armenia-on-desertion-charges",
    "Meduza", "2023-12-10",
    "Russian military police detain alleged deserter in Armenia, rights group says",
    "Russian military police have detained a Russian citizen, Dmitry Setrakov, in Armenia and taken him to a "
    "Russian military base in the city of Gyumri, the human rights group Helsinki Citizens' Assembly-Vanadzor said "
    "on Sunday. According to the group, Setrakov faces a criminal case for desertion in Russia.\n"
    "The group's director, Artur Sakunts, said Setrakov had been a contract soldier in Russia and had moved to "
    "Armenia after Russia began its full-scale invasion of Ukraine. Sakunts heard about the detention from Russian "
    "human rights activists whom Setrakov's wife had contacted.\n"
    "At the base, Sakunts said, he was told that Vladimir Putin had ordered all such deserters to be arrested, and "
    "that Setrakov would serve his sentence in Russia if he were convicted.\n"
    "Russian military police have no authority to arrest anyone in Armenia, Russian citizens included; only "
    "Armenian law enforcement agencies may do so, Sakunts stressed. He called the arrest \"an assault on Armenia's "
    "legal system and on Armenia as a sovereign state.\" His group has demanded that the Armenian authorities do "
    "everything needed to bring Setrakov back under Armenia's legal protection.\n"
    "As the outlet Vot Tak noted, Russians accused of desertion or draft evasion have been arrested in Armenia "
    "before, but by the local police, and they were let go after a few hours.",
    [dict(type="arrest_or_detention", type_alt=["other"], place="Gyumri", place_en="Gyumri", admin1="Shirak",
          country="AM", date_from=None, date_to="2023-12-10", sources_any=HCA,
          evidence="Russian military police have detained a Russian citizen, Dmitry Setrakov, in Armenia and taken "
                   "him to a Russian military base in the city of Gyumri"),
     dict(type="arrest_or_detention", country="AM", date_from=None, date_to="2023-12-10",
          sources_any=["Vot Tak", "Meduza"], optional=True,
          evidence="Russians accused of desertion or draft evasion have been arrested in Armenia before"),
     dict(type="desertion_or_surrender", date_from=None, date_to="2023-12-10", sources_any=HCA, optional=True,
          evidence="had been a contract soldier in Russia and had moved to Armenia")],
    [dict(content="an assault on Armenia's legal system and on Armenia as a sovereign state.", kind="direct",
          speaker_any=["Sakunts", "Artur Sakunts"], chain_any=[]),
     dict(content="Setrakov had been a contract soldier in Russia and had moved to Armenia after Russia began its "
                  "full-scale invasion of Ukraine", kind="indirect", speaker_any=["Sakunts", "Artur Sakunts"],
          chain_any=[])],
    ["Russian military police have no authority to arrest anyone in Armenia, Russian citizens included",
     "that Setrakov would serve his sentence in Russia if he were convicted"])

rec("fresh14-en-08", "telegram", "https://censor.net/en/videonews/3492846/agresyvna_povedinka_spivrobitnykiv_ttsk",
    "Censor.NET", "2024-06-04", None,
    "In Kyiv, near the Demiivska metro station, two servicemen of the Kyiv city recruitment centre went for women "
    "who had stood up for a man the officers were trying to detain as a possible draft evader.\n"
    "A video posted on social media shows one of the recruitment centre men trying to headbutt one of the women, "
    "while the other argues aggressively with a second woman and swears at her. Judging by the video, the man they "
    "were after got away.\n"
    "The Kyiv city recruitment centre accuses the women of provoking the conflict and of obstructing officers who "
    "were acting lawfully. It calls its servicemen's behaviour emotional and says their actions were legitimate.",
    [dict(type="mobilization", type_alt=["arrest_or_detention", "attack_on_civilians"],
          place="Demiivska metro station", place_en="Kyiv", admin1="Kyiv City", country="UA", date_from=None,
          date_to="2024-06-04", sources_any=["video", "Censor.NET", "social media"],
          evidence="two servicemen of the Kyiv city recruitment centre went for women who had stood up for a man "
                   "the officers were trying to detain")],
    [dict(content="accuses the women of provoking the conflict and of obstructing officers who were acting lawfully",
          kind="indirect", speaker_any=["recruitment centre", "Kyiv city recruitment centre", "TCC"],
          chain_any=[])],
    [])

rec("fresh14-en-09", "headline",
    "https://essanews.com/russian-deserters-detained-in-armenia-a-test-of-sovereignty,7015346162210433a",
    "Essanews", "2024-04-10",
    "Russian military police detain another alleged deserter in Armenia's Gyumri, rights group says", "",
    [dict(type="arrest_or_detention", place="Gyumri", place_en="Gyumri", admin1="Shirak", country="AM",
          date_from=None, date_to="2024-04-10", sources_any=["rights group", "Essanews", "military police"],
          evidence="Russian military police detain another alleged deserter in Armenia's Gyumri"),
     dict(type="desertion_or_surrender", date_from=None, date_to="2024-04-10",
          sources_any=["rights group", "Essanews", "military police"], optional=True,
          evidence="another alleged deserter")],
    [],
    [])

rec("fresh14-en-10", "wire",
    "https://www.euronews.com/my-europe/2025/01/19/protesters-in-kyiv-demand-answers-about-location-of-pows-and-missing-soldiers",
    "Euronews (AP)", "2025-01-19",
    "Thousands rally in Kyiv to demand the release of Ukrainian POWs and news of the missing",
    "KYIV (AP) - Thousands of people rallied in Kyiv on Saturday to press the Ukrainian government to do more to "
    "free prisoners of war held in Russia and to step up the search for service members listed as missing.\n"
    "Relatives said they were frustrated by what they described as poor communication from officials and a lack of "
    "clarity about the fate of loved ones who went missing while fighting Russia's full-scale invasion.\n"
    "The rally opened with a minute of silence, after which the orchestra of the honour guard of the Separate "
    "Presidential Brigade played the national anthem. The same day, a Russian missile attack hit the "
    "capital.\n"
    "\"We came so that we would not be forgotten, so that people would notice us, and so that when our men come "
    "back they see nobody here forgot them,\" said Yulia, whose husband is missing.\n"
    "\"There is silence, silence all around. Nobody tells us anything, and the command keeps quiet too,\" said "
    "Tetiana, the wife of another missing soldier.\n"
    "Protests demanding answers about missing relatives are held in Ukraine from time to time. Russia and Ukraine "
    "have exchanged prisoners since the first days of the war; in the latest swap, the 59th, on December 30, each "
    "side handed over 150 soldiers. Ukraine does not disclose how many of its troops Russia holds, but the number is "
    "believed to exceed 8,000.",
    [dict(type="protest", place="Kyiv", place_en="Kyiv", admin1="Kyiv City", country="UA",
          date_from="2025-01-18", date_to="2025-01-18",
          sources_any=["AP", "Associated Press", "Euronews", "relatives", "Yulia", "Tetiana"],
          evidence="Thousands of people rallied in Kyiv on Saturday"),
     dict(type="strike", place="Kyiv", place_en="Kyiv", admin1="Kyiv City", country="UA", date_from="2025-01-18",
          date_to="2025-01-18", sources_any=["AP", "Associated Press", "Euronews"], optional=True,
          evidence="a Russian missile attack hit the capital"),
     dict(type="other", country="UA", date_from="2024-12-30", date_to="2024-12-30",
          sources_any=["AP", "Associated Press", "Euronews"], optional=True,
          evidence="in the latest swap, the 59th, on December 30, each side handed over 150 soldiers")],
    [dict(content="We came so that we would not be forgotten, so that people would notice us, and so that when our "
                  "men come back they see nobody here forgot them,", kind="direct", speaker_any=["Yulia"],
          chain_any=[]),
     dict(content="There is silence, silence all around. Nobody tells us anything, and the command keeps quiet too,",
          kind="direct", speaker_any=["Tetiana"], chain_any=[])],
    ["Ukraine does not disclose how many of its troops Russia holds",
     "Protests demanding answers about missing relatives are held in Ukraine from time to time."])

records.write()
