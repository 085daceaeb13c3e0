"""Writes fresh8_en.jsonl beside this file: the eighth batch of English war reports written by the project (session
6, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-7),
annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing extraction rules has read them:
a check of how the rules carry to reports they were not written on (``python -m benchmarks.reports --lang en --data
benchmarks/data/fresh8_en.jsonl``). Never tune on them; when they have been read for rules, say so and write new
ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh8")
rec = records.rec

PROKUDIN = ["Prokudin", "Oleksandr Prokudin", "governor"]


rec("fresh8-en-01", "wire", "https://bdnews24.com/world/5o08415eok", "Reuters", "2023-06-16",
    "Couple killed in overnight Russian shelling in Ukraine's Kherson region",
    "Russian shelling of Ukraine's southern Kherson region killed a married couple overnight, the regional governor "
    "said on Friday.\n"
    "Governor Oleksandr Prokudin said the settlement of Novoberyslav, on the right bank of the Dnipro River, had "
    "been shelled by Russian forces from occupied positions across the river.\n"
    "\"One of the houses was hit and a couple died. The woman was killed on the spot. Doctors fought for the man, "
    "but he died of his wounds on the way to hospital,\" Prokudin wrote on the Telegram messaging app.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Novoberyslav", place_en="Novoberyslav",
          admin1="Kherson", country="UA", date_from="2023-06-15", date_to="2023-06-16", killed=2,
          sources_any=PROKUDIN,
          evidence="Russian shelling of Ukraine's southern Kherson region killed a married couple overnight")],
    [dict(content="One of the houses was hit and a couple died. The woman was killed on the spot. Doctors fought "
                  "for the man, but he died of his wounds on the way to hospital,", kind="direct",
          speaker_any=["Prokudin", "Oleksandr Prokudin"], chain_any=[["Telegram"]])])

rec("fresh8-en-02", "news",
    "https://novayagazeta.eu/articles/2023/09/02/ukrainian-authorities-say-russia-shelled-kherson-region-with-guided-bombs-one-man-killed-en-news",
    "Novaya Gazeta Europe", "2023-09-02",
    "Kherson region: guided bombs kill man in Odradokamyanka, Ukrainian authorities say",
    "A 43-year-old man was killed in a Russian attack on Ukraine's Kherson region, Governor Oleksandr Prokudin said "
    "on Saturday. Guided bombs hit private houses in the village of Odradokamyanka, he said; one wounded person was "
    "taken to hospital in a critical condition and a 57-year-old man suffered shrapnel wounds.\n"
    "Ukrainian police said a 47-year-old farm worker was killed by artillery fire late on Friday in the village of "
    "Pervomaiske in the same region. According to the police, Russian forces also dropped bombs on the villages of "
    "Tiahynka and Vesele.\n"
    "In the coastal part of Kherson city's Korabelny district, a 33-year-old man died when a shell hit a house.\n"
    "Russia's Defence Ministry, for its part, claimed that more than 30 Ukrainian servicemen had been eliminated and "
    "two vehicles and D-30 howitzers destroyed in the Kherson direction.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Odradokamyanka", place_en="Odradokamianka",
          admin1="Kherson", country="UA", date_from=None, date_to="2023-09-02", killed=1, injured=2,
          sources_any=PROKUDIN, evidence="Guided bombs hit private houses in the village of Odradokamyanka"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Pervomaiske", place_en="Pervomaiske",
          admin1="Kherson", country="UA", date_from="2023-09-01", date_to="2023-09-01", killed=1,
          sources_any=["police", "Ukrainian police"],
          evidence="a 47-year-old farm worker was killed by artillery fire late on Friday in the village of "
                   "Pervomaiske"),
     dict(type="strike", place="Tiahynka", place_en="Tiahynka", admin1="Kherson", country="UA", date_from=None,
          date_to="2023-09-02", sources_any=["police", "Ukrainian police"],
          evidence="Russian forces also dropped bombs on the villages of Tiahynka and Vesele"),
     dict(type="strike", place="Vesele", place_en="Vesele", admin1="Kherson", country="UA", date_from=None,
          date_to="2023-09-02", sources_any=["police", "Ukrainian police"],
          evidence="Russian forces also dropped bombs on the villages of Tiahynka and Vesele"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Korabelny district", place_en="Kherson",
          admin1="Kherson", country="UA", date_from=None, date_to="2023-09-02", killed=1,
          sources_any=["Novaya Gazeta Europe", "Prokudin", "police"],
          evidence="a 33-year-old man died when a shell hit a house"),
     dict(type="armed_clash", type_alt=["strike"], admin1="Kherson", country="UA", date_from=None,
          date_to="2023-09-02", sources_any=["Defence Ministry", "Russia's Defence Ministry"], optional=True,
          evidence="more than 30 Ukrainian servicemen had been eliminated and two vehicles and D-30 howitzers "
                   "destroyed in the Kherson direction")],
    [dict(content="one wounded person was taken to hospital in a critical condition and a 57-year-old man suffered "
                  "shrapnel wounds", kind="indirect", speaker_any=["Prokudin", "Oleksandr Prokudin"],
          chain_any=[])],
    [])

rec("fresh8-en-03", "wire", "https://en.interfax.com.ua/news/general/929710.html", "Interfax-Ukraine", "2023-08-19",
    "One killed, ten injured including child as Russia keeps shelling Kherson region - Prokudin",
    "Russian forces kept up heavy shelling of the Kherson region, killing one person and injuring ten more, among "
    "them a child, the head of the regional military administration, Oleksandr Prokudin, said on Saturday morning.\n"
    "\"Over the past day the enemy carried out 63 attacks, firing 355 shells from mortars, artillery, tanks, Grad "
    "launchers and drones. The city of Kherson was hit with 15 shells,\" he wrote on his Telegram channel.\n"
    "The strikes hit residential neighbourhoods of the region's towns and villages, a shop and the grounds of an "
    "enterprise in Kherson, a critical infrastructure facility and a church in the Kherson district, and a shop in "
    "the Beryslav district, Prokudin said.",
    [dict(type="strike", type_alt=["attack_on_civilians"], admin1="Kherson", country="UA", date_from="2023-08-18",
          date_to="2023-08-19", killed=1, injured=10, sources_any=PROKUDIN + ["military administration"],
          evidence="Russian forces kept up heavy shelling of the Kherson region, killing one person and injuring ten "
                   "more, among them a child"),
     dict(type="strike", place="Kherson", place_en="Kherson", admin1="Kherson", country="UA",
          date_from="2023-08-18", date_to="2023-08-19", sources_any=PROKUDIN, optional=True,
          evidence="The city of Kherson was hit with 15 shells")],
    [dict(content="Over the past day the enemy carried out 63 attacks, firing 355 shells from mortars, artillery, "
                  "tanks, Grad launchers and drones. The city of Kherson was hit with 15 shells,", kind="direct",
          speaker_any=["Prokudin", "Oleksandr Prokudin"], chain_any=[["Telegram"]])],
    [])

rec("fresh8-en-04", "wire",
    "https://english.alarabiya.net/News/world/2023/09/22/One-killed-in-Russian-shelling-of-Ukrainian-city-of-Kherson",
    "Al Arabiya", "2023-09-22",
    "One killed in Russian shelling of Ukraine's Kherson",
    "Russian shelling killed at least one person in the southern Ukrainian city of Kherson on Friday, the regional "
    "governor said.\n"
    "Governor Oleksandr Prokudin said on Telegram that a 25-year-old man was killed and another person wounded when "
    "residential districts of the city came under fire. A house and a garage caught fire.\n"
    "Ukrainian forces pushed Russian troops out of part of the Kherson region last November, but Russia has kept "
    "shelling the regional capital and the area around it from across the Dnipro River.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Kherson", place_en="Kherson", admin1="Kherson",
          country="UA", date_from="2023-09-22", date_to="2023-09-22", killed=1, injured=1, sources_any=PROKUDIN,
          evidence="Russian shelling killed at least one person in the southern Ukrainian city of Kherson on Friday"),
     dict(type="territory_change", admin1="Kherson", country="UA", date_from="2022-11-01", date_to="2022-11-30",
          sources_any=["Al Arabiya", "Reuters"], optional=True,
          evidence="Ukrainian forces pushed Russian troops out of part of the Kherson region last November")],
    [dict(content="a 25-year-old man was killed and another person wounded when residential districts of the city "
                  "came under fire", kind="indirect", speaker_any=["Prokudin", "Oleksandr Prokudin"],
          chain_any=[["Telegram"]])],
    ["Russia has kept shelling the regional capital and the area around it from across the Dnipro River"])

rec("fresh8-en-05", "news", "https://kyivpost.com/post/35755", "Kyiv Post", "2024-07-12",
    "Russian soldier opens fire on comrades and flees unit in Belgorod region, Telegram channels say",
    "A 28-year-old Russian serviceman, reportedly from Cheboksary in the Chuvash Republic, opened fire on fellow "
    "soldiers at a military unit in Russia's Belgorod region and fled, Russian Telegram channels reported. An "
    "\"Interception\" plan has been put in place to catch him.\n"
    "According to a post by the Shot channel on Friday, July 12, the unit is based in the Graivoron district on the "
    "border with Ukraine. Four soldiers argued, and one of them fired his service weapon, killing two and wounding "
    "another, before running off.\n"
    "One account says he opened fire because he had been stopped from deserting. He has been hunted for more than "
    "ten hours without success, and one report suggests he may have crossed into Ukraine.\n"
    "The Cheka-OGPU channel gives another version: two drunk soldiers insulted him, ignored his warning to stop, "
    "and he shot them with his rifle and escaped.",
    [dict(type="intra_force_killing", place="Graivoron district", place_en="Graivoron", admin1="Belgorod",
          country="RU", date_from=None, date_to="2024-07-12", killed=2, injured=1,
          sources_any=["Shot", "Telegram", "Cheka-OGPU"],
          evidence="one of them fired his service weapon, killing two and wounding another"),
     dict(type="desertion_or_surrender", place="Graivoron district", place_en="Graivoron", admin1="Belgorod",
          country="RU", date_from=None, date_to="2024-07-12", sources_any=["Shot", "Telegram", "Cheka-OGPU"],
          optional=True, evidence="opened fire on fellow soldiers at a military unit in Russia's Belgorod region "
                                  "and fled")],
    [],
    ["An \"Interception\" plan has been put in place to catch him",
     "one report suggests he may have crossed into Ukraine"])

rec("fresh8-en-06", "news", "https://news.yahoo.com/russian-soldier-wounded-ukraine-said-102734310.html",
    "Insider", "2022-11-22",
    "Wounded Russian soldier says his unit rescued its officer but never came back for him",
    "A wounded Russian soldier found by Ukrainian troops in Kherson says his comrades promised to return for him "
    "after they carried away his commander, but never did.\n"
    "A Ukrainian reconnaissance unit filmed the moment it found him, with wounds to his legs, in a Russian command "
    "post on the outskirts of the city, and shared the footage with CNN.\n"
    "\"We got pinned down over here and everybody ran,\" he said, according to CNN. \"I fell down and lay there "
    "till evening. They came and took my captain and that was it. They said they'd come back for me but nobody "
    "came.\"\n"
    "It is not clear exactly when this happened. Russian troops began leaving Kherson in early November, and "
    "Ukraine retook the city on November 11. The Ukrainian unit said the soldier was brought to safety.",
    [dict(type="abandonment", type_alt=["other"], place="Kherson", place_en="Kherson", admin1="Kherson",
          country="UA", date_from="2022-11-01", date_to="2022-11-22", sources_any=["soldier", "CNN", "footage"],
          evidence="They came and took my captain and that was it. They said they'd come back for me but nobody "
                   "came."),
     dict(type="territory_change", place="Kherson", place_en="Kherson", admin1="Kherson", country="UA",
          date_from="2022-11-11", date_to="2022-11-11", sources_any=["Insider", "CNN"], optional=True,
          evidence="Ukraine retook the city on November 11")],
    [dict(content="We got pinned down over here and everybody ran,", kind="direct", speaker_any=["soldier"],
          chain_any=[["CNN"]]),
     dict(content="I fell down and lay there till evening. They came and took my captain and that was it. They "
                  "said they'd come back for me but nobody came.", kind="direct", speaker_any=["soldier"],
          chain_any=[["CNN"]])],
    ["It is not clear exactly when this happened."])

rec("fresh8-en-07", "longform", "https://www.thailandnews.co/2022/05/putins-army-accused-of-massacring-its-wounded-soldiers/",
    "Thailand News", "2022-05-17",
    "Captured Russian soldiers say commanders shot their own wounded",
    "Russian commanders have shot their own wounded soldiers instead of helping them off the battlefield, several "
    "captured Russian soldiers told a Ukrainian journalist, according to testimonies published on Tuesday by the "
    "British newspaper Daily Mail.\n"
    "A lieutenant colonel in particular is accused of personally shooting several soldiers as they lay wounded. In "
    "one case, the prisoners said, a commander asked a wounded soldier whether he could walk and, when the man said "
    "he could not, killed him.\n"
    "The interviews were filmed by Volodymyr Zolkin, who has been recording Russian captives for Open Media Ukraine. "
    "One soldier said the commanders had \"finished off their wounded.\" \"They were all young,\" the men said. "
    "\"They could have been rescued, helped, taken out of there. He just shot them dead.\"\n"
    "Kremlin sources asked about the testimonies by Russian media said they had \"no information\" about either "
    "the bodies of dead soldiers or the wounded in Ukraine.",
    [dict(type="intra_force_killing", country="UA", date_from=None, date_to="2022-05-17",
          sources_any=["soldiers", "captured", "prisoners", "Zolkin", "Daily Mail"],
          evidence="A lieutenant colonel in particular is accused of personally shooting several soldiers as they "
                   "lay wounded"),
     dict(type="intra_force_killing", country="UA", date_from=None, date_to="2022-05-17", killed=1,
          sources_any=["soldiers", "captured", "prisoners", "Zolkin", "Daily Mail"], optional=True,
          evidence="a commander asked a wounded soldier whether he could walk and, when the man said he could not, "
                   "killed him")],
    [dict(content="finished off their wounded.", kind="mixed", speaker_any=["soldier", "soldiers"],
          chain_any=[["Daily Mail", "Zolkin", "Open Media Ukraine"]]),
     dict(content="They could have been rescued, helped, taken out of there. He just shot them dead.",
          kind="direct", speaker_any=["soldiers", "men", "soldier"],
          chain_any=[["Daily Mail", "Zolkin", "Open Media Ukraine"]])],
    ["said they had \"no information\" about either the bodies of dead soldiers or the wounded in Ukraine"])

rec("fresh8-en-08", "news",
    "https://appliedweb.org/2022/11/14/putin-ally-running-russian-army-celebrates-gruesome-video-that-appears-to-show-soldier-who-defected-to-ukraine-being-executed-by-sledgehammer/",
    "Insider", "2022-11-14",
    "Video appears to show Wagner recruit who surrendered to Ukraine executed with a sledgehammer",
    "A video shared on a pro-Russian social media channel on Saturday appears to show the brutal execution of "
    "Yevgeniy Nuzhin, a Russian convict who was recruited into the Wagner Group and surrendered to Ukraine in "
    "September.\n"
    "Nuzhin had said after his surrender that he wanted to fight on Ukraine's side. The video, posted on November "
    "12, suggests he was captured again; it opens with a clip from an interview he gave in Ukraine in September "
    "about his decision.\n"
    "Wagner's founder Yevgeny Prigozhin, an ally of Vladimir Putin, celebrated the footage. Insider has seen the "
    "graphic video but is not linking to it.",
    [dict(type="intra_force_killing", type_alt=["other"], date_from=None, date_to="2022-11-12", killed=1,
          sources_any=["video", "pro-Russian", "channel"],
          evidence="appears to show the brutal execution of Yevgeniy Nuzhin"),
     dict(type="desertion_or_surrender", country="UA", date_from="2022-09-01", date_to="2022-09-30",
          sources_any=["Nuzhin", "Insider"], optional=True,
          evidence="recruited into the Wagner Group and surrendered to Ukraine in September"),
     dict(type="arrest_or_detention", type_alt=["other"], date_from=None, date_to="2022-11-12",
          sources_any=["video", "Insider"], optional=True, evidence="suggests he was captured again")],
    [],
    [])

rec("fresh8-en-09", "news",
    "https://themoscowtimes.com/2023/01/19/russian-troops-claim-commander-threatened-desertion-case-after-retreat-a79987",
    "The Moscow Times", "2023-01-19",
    "Mobilized troops say commander ordered retreat, then threatened them with desertion case",
    "Prosecutors in Russia's Yaroslavl region are reviewing claims by mobilized soldiers in Ukraine that their "
    "commanders ordered them to retreat and later threatened to prosecute them for desertion, local media reported "
    "on Wednesday.\n"
    "In a video address shared with the ProGorod news site, about two dozen men in fatigues say their company "
    "commander ordered a retreat when the unit came under mortar and tank fire, with damaged weapons and no cover. "
    "\"Now they want to accuse us of desertion because the company commander says he didn't give the order,\" one "
    "of them says.\n"
    "The regional authorities told ProGorod they had passed the matter to the military prosecutor's office. \"An "
    "investigation is being conducted,\" the administration was quoted as saying. The commander has not been named "
    "and has apparently not commented. ProGorod said the video came from the soldiers' wives.",
    [dict(type="desertion_or_surrender", type_alt=["other", "armed_clash"], country="UA", date_from=None,
          date_to="2023-01-18", sources_any=["soldiers", "video", "ProGorod"],
          evidence="their company commander ordered a retreat when the unit came under mortar and tank fire")],
    [dict(content="Now they want to accuse us of desertion because the company commander says he didn't give the "
                  "order,", kind="direct", speaker_any=["soldier", "one of them", "soldiers"],
          chain_any=[["ProGorod"]]),
     dict(content="An investigation is being conducted,", kind="direct",
          speaker_any=["administration", "regional authorities", "authorities"], chain_any=[["ProGorod"]])],
    ["The commander has not been named and has apparently not commented."])

rec("fresh8-en-10", "longform",
    "https://www.republicworld.com/world-news/russia-ukraine-crisis/russians-locked-up-and-beaten-for-refusing-to-fight-in-ukraine-as-war-rages-on-report-articleshow.html",
    "Republic World", "2022-12-13",
    "Russians locked up for refusing to fight in Ukraine, BBC report says",
    "Russia is locking up soldiers who refuse to fight in Ukraine and in some cases beating them, according to a "
    "BBC report that cites soldiers and their families.\n"
    "A father the BBC calls Sergei says his son Stas, an army officer, went to Ukraine believing it was the right "
    "thing, but soon began messaging him to ask what would happen if he refused to fight. In one battle, Stas told "
    "him, the troops had been ordered to advance with no cover, no reconnaissance and no preparation.\n"
    "\"He said he would put his refusal in writing. He and several others who had decided to refuse had their guns "
    "taken away and were put under armed guard,\" Sergei said. He travelled to the front line several times and "
    "flooded military officials, prosecutors and investigators with appeals for help; eventually, he said, his "
    "efforts paid off.",
    [dict(type="refusal_to_fight", country="UA", date_from=None, date_to="2022-12-13",
          sources_any=["Sergei", "BBC", "father"],
          evidence="He said he would put his refusal in writing"),
     dict(type="arrest_or_detention", type_alt=["other"], country="UA", date_from=None, date_to="2022-12-13",
          sources_any=["Sergei", "BBC", "father"],
          evidence="had their guns taken away and were put under armed guard"),
     dict(type="armed_clash", country="UA", date_from=None, date_to="2022-12-13",
          sources_any=["Sergei", "Stas", "BBC"], optional=True,
          evidence="the troops had been ordered to advance with no cover, no reconnaissance and no preparation")],
    [dict(content="He said he would put his refusal in writing. He and several others who had decided to refuse "
                  "had their guns taken away and were put under armed guard,", kind="direct",
          speaker_any=["Sergei"], chain_any=[["BBC"]])],
    [])

records.write()
