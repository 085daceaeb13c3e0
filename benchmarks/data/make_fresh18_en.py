"""Writes fresh18_en.jsonl beside this file: the eighteenth batch of English war reports written by the project
(session 10, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-17
nor of the development set), annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing
extraction rules has read them: a check of how the rules carry to reports they were not written on (``python -m
benchmarks.reports --lang en --data benchmarks/data/fresh18_en.jsonl``). Never tune on them; when they have been read
for rules, say so and write new ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh18")
rec = records.rec

KHERSON_POLICE = ["Koziakov", "Roman Koziakov", "police", "National Police", "Kherson Regional Police",
                  "Ukrinform"]
PENZA = ["PenzaInform", "official source", "The Insider"]
PGO = ["Prosecutor General's Office", "Office of the Prosecutor General", "prosecutors", "Prosecutor General",
       "PGO"]
BUNYATOV = ["Bunyatov", "Stanislav Bunyatov", "Hovoryat Snayper", "Telegram", "Telegram channels"]
SPUTNIK = ["Sputnik", "radio intercept", "intercept", "serviceman", "commander"]
ISTORIES = ["iStories", "Important Stories", "relatives", "family", "aunt", "investigation materials"]
SBI = ["SBI", "State Bureau of Investigation", "DBR", "Telegram"]
SEVENTY_SIX = ["soldiers", "mobilised soldiers", "spokesman", "video", "76th Division", "X", "thread"]
MOBNEWS = ["Mobilization News", "WarTranslated", "Telegram", "Newsweek", "recording", "audio"]
TASS_SEC = ["TASS", "security sources", "Russian security sources", "VZGLYAD", "Vzglyad"]
PROKUDIN = ["Prokudin", "Oleksandr Prokudin", "governor", "regional governor", "prosecutor's office",
            "regional prosecutor's office", "Telegram"]


rec("fresh18-en-01", "news",
    "https://menafn.com/1109906425/Three-Police-Officers-Injured-In-Repeated-Russian-Strike-On-Minibus-In-Kherson",
    "Ukrinform", "2025-08-10",
    "Russian drone hits bus outside Kherson, then strikes again as police recover the dead",
    "A Russian FPV drone struck a passenger bus near Kherson at about 8 a.m. yesterday, and a second drone strike "
    "later wounded three police officers who had come to the scene, the National Police of Ukraine reported.\n"
    "According to Roman Koziakov, head of the Kherson Regional Police, the drone hit the bus as it was approaching "
    "the village of Inzhenerne. Two civilians were killed and 16 were wounded, two of them critically.\n"
    "Police officers moved the injured and unharmed passengers into a shelter. Police evacuation vehicles, "
    "ambulances and passing drivers who stopped to help then took them to Kherson.\n"
    "While officers were trying to recover the bodies of the two dead from the bus, the FPV drone struck again. "
    "Three police officers were concussed.\n"
    "Investigators are documenting what police called one more war crime committed by the Russian Federation.\n"
    "Over the previous day, Russian forces hit the Kherson region with artillery and drones, killing one person and "
    "wounding three others, among them a child, Ukrinform reported.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Inzhenerne", place_en="Inzhenerne",
          admin1="Kherson", country="UA", date_from="2025-08-09", date_to="2025-08-09", killed=2, injured=16,
          sources_any=KHERSON_POLICE,
          evidence="the drone hit the bus as it was approaching the village of Inzhenerne"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Inzhenerne", place_en="Inzhenerne",
          admin1="Kherson", country="UA", date_from="2025-08-09", date_to="2025-08-09", injured=3,
          sources_any=KHERSON_POLICE,
          evidence="While officers were trying to recover the bodies of the two dead from the bus, the FPV drone "
                   "struck again"),
     dict(type="strike", admin1="Kherson", country="UA", date_from="2025-08-08", date_to="2025-08-10", killed=1,
          injured=3, sources_any=["Ukrinform"], optional=True,
          evidence="Russian forces hit the Kherson region with artillery and drones, killing one person and "
                   "wounding three others")],
    [dict(content="Two civilians were killed and 16 were wounded, two of them critically.", kind="indirect",
          speaker_any=["Koziakov", "Roman Koziakov", "Kherson Regional Police"], chain_any=[])],
    ["Investigators are documenting what police called one more war crime committed by the Russian Federation."])

rec("fresh18-en-02", "news", "https://theins.ru/en/news/255741", "The Insider", "2022-10-05",
    "Ninth death of a mobilized Russian before deployment: man dies of heart attack at Penza training range",
    "A man called up under Russia's mobilization has died of a heart attack at a training range in the city of Penza, "
    "the local outlet PenzaInform reports, the ninth reported death of a mobilized soldier who never reached the "
    "combat zone.\n"
    "The man was 41 and suffered the heart attack during training, according to PenzaInform. The outlet did not say "
    "where he lived or when exactly he died.\n"
    "The press service of the Penza region's governor said it knew nothing about the incident.\n"
    "So far the media have reported at least nine such cases. On October 4 it emerged that a mobilized resident of "
    "Krasnoyarsk had died at a military unit in Omsk. The cause of death has not been established. His wife said no "
    "traces of alcohol or drugs had been found in his body and that she had grounds to think he had not done it to "
    "himself. \"Dima was never suicidal. He had never tried to take his own life. He has two small children. When he "
    "left he was absolutely fine and meant to come back safe and sound,\" she said.\n"
    "On October 3, the Telegram channels Baza and Astra reported that the body of a mobilized man had been found in "
    "the Sverdlovsk region; suicide was given as the preliminary cause, with two cuts on his neck and a razor blade "
    "lying nearby. At the Yelan garrison, also in the Sverdlovsk region, one recruit had a heart attack, while "
    "another \"abused alcohol and died of cirrhosis\".\n"
    "In Vladivostok, Sergei Fedoseenko, a 39-year-old long-haul trucker who had been mobilized, died of cardiac "
    "arrest at a police station, where he had been taken after being detained at the enlistment office.\n"
    "Non-combat deaths among the mobilized have also been recorded in Kabardino-Balkaria and in the Tyumen and "
    "Novosibirsk regions.",
    [dict(type="non_combat_death", place="Penza", place_en="Penza", admin1="Penza", country="RU", date_from=None,
          date_to="2022-10-05", killed=1, sources_any=PENZA,
          evidence="A man called up under Russia's mobilization has died of a heart attack at a training range in the "
                   "city of Penza"),
     dict(type="non_combat_death", type_alt=["intra_force_killing"], place="Omsk", place_en="Omsk", admin1="Omsk",
          country="RU", date_from=None, date_to="2022-10-04", killed=1, sources_any=["wife", "The Insider"],
          optional=True,
          evidence="a mobilized resident of Krasnoyarsk had died at a military unit in Omsk"),
     dict(type="non_combat_death", admin1="Sverdlovsk", country="RU", date_from=None, date_to="2022-10-03", killed=1,
          sources_any=["Baza", "Astra", "Telegram"], optional=True,
          evidence="the body of a mobilized man had been found in the Sverdlovsk region"),
     dict(type="non_combat_death", place="Yelan", place_en="Yelan", admin1="Sverdlovsk", country="RU",
          date_from=None, date_to="2022-10-05", killed=1, sources_any=["The Insider", "Baza", "Astra"],
          optional=True,
          evidence="At the Yelan garrison, also in the Sverdlovsk region, one recruit had a heart attack"),
     dict(type="non_combat_death", place="Yelan", place_en="Yelan", admin1="Sverdlovsk", country="RU",
          date_from=None, date_to="2022-10-05", killed=1, sources_any=["The Insider", "Baza", "Astra"],
          optional=True, evidence="another \"abused alcohol and died of cirrhosis\""),
     dict(type="non_combat_death", type_alt=["arrest_or_detention"], place="Vladivostok", place_en="Vladivostok",
          admin1="Primorsky", country="RU", date_from=None, date_to="2022-10-05", killed=1,
          sources_any=["The Insider"], optional=True,
          evidence="Sergei Fedoseenko, a 39-year-old long-haul trucker who had been mobilized, died of cardiac "
                   "arrest at a police station"),
     dict(type="arrest_or_detention", place="Vladivostok", place_en="Vladivostok", admin1="Primorsky",
          country="RU", date_from=None, date_to="2022-10-05", sources_any=["The Insider"], optional=True,
          evidence="he had been taken after being detained at the enlistment office")],
    [dict(content="Dima was never suicidal. He had never tried to take his own life. He has two small children. When "
                  "he left he was absolutely fine and meant to come back safe and sound,", kind="direct",
          speaker_any=["wife", "his wife"], chain_any=[]),
     dict(content="she had grounds to think he had not done it to himself", kind="indirect",
          speaker_any=["wife", "his wife"], chain_any=[])],
    ["So far the media have reported at least nine such cases.",
     "He had never tried to take his own life.",
     "Non-combat deaths among the mobilized have also been recorded in Kabardino-Balkaria and in the Tyumen and "
     "Novosibirsk regions.",
     "The press service of the Penza region's governor said it knew nothing about the incident."])

rec("fresh18-en-03", "news",
    "https://news.liga.net/en/politics/news/rossiyane-rasstrelyali-troih-ukrainskih-voennoplennyh-na-yuge-ukraina-nachala-rassledovanie",
    "LIGA.net", "2023-12-28",
    "Ukraine opens war crimes probe over video of Russians shooting three captured soldiers near Robotyne",
    "Ukraine's Prosecutor General's Office has opened an investigation after Ukrainian Telegram channels, some of "
    "them run by servicemen, circulated a video that appears to show Russian troops executing surrendering soldiers "
    "of the 117th Separate Mechanized Brigade.\n"
    "The footage was first posted on the Telegram channel \"Hovoryat Snayper\" by Stanislav Bunyatov, a soldier of "
    "the 24th Separate Assault Brigade \"Aidar\".\n"
    "\"This is the shooting of captured men of the 117th brigade. Let every politician in the West watch it and "
    "understand why we have no right to negotiate with fascists,\" he wrote above the clip. Channels with audiences "
    "of millions then picked it up.\n"
    "In the video, Russian soldiers make three Ukrainian servicemen kneel and then shoot them from a few metres "
    "away. A man in uniform stands behind the prisoners and watches; he is probably the Russian soldier in charge "
    "of the execution.\n"
    "According to the Prosecutor General's Office, the killing happened this month on the southern front near "
    "Robotyne, about an hour after the three men had been taken prisoner. A pre-trial investigation into war crimes "
    "by Russian servicemen is under way, the office said.\n"
    "It is not the first such case. On March 6, 2023, a video appeared online of Russian troops killing an unarmed "
    "Ukrainian prisoner after he said \"Glory to Ukraine!\", and on April 11, 2023, another video showed men with "
    "Russian insignia cutting off the head of a living man in a uniform with Ukrainian markings.",
    [dict(type="attack_on_civilians", type_alt=["other"], place="Robotyne", place_en="Robotyne",
          admin1="Zaporizhzhia", country="UA", date_from="2023-12-01", date_to="2023-12-28", killed=3,
          sources_any=PGO + BUNYATOV,
          evidence="the killing happened this month on the southern front near Robotyne, about an hour after the "
                   "three men had been taken prisoner"),
     dict(type="attack_on_civilians", type_alt=["other"], country="UA", date_from=None, date_to="2023-03-06",
          killed=1, sources_any=["video", "LIGA.net"], optional=True,
          evidence="a video appeared online of Russian troops killing an unarmed Ukrainian prisoner after he said "
                   "\"Glory to Ukraine!\""),
     dict(type="attack_on_civilians", type_alt=["other"], country="UA", date_from=None, date_to="2023-04-11",
          killed=1, sources_any=["video", "LIGA.net"], optional=True,
          evidence="another video showed men with Russian insignia cutting off the head of a living man in a uniform "
                   "with Ukrainian markings")],
    [dict(content="This is the shooting of captured men of the 117th brigade. Let every politician in the West watch "
                  "it and understand why we have no right to negotiate with fascists,", kind="direct",
          speaker_any=["Bunyatov", "Stanislav Bunyatov", "soldier"], chain_any=[["Hovoryat Snayper", "Telegram"]]),
     dict(content="A pre-trial investigation into war crimes by Russian servicemen is under way", kind="indirect",
          speaker_any=PGO, chain_any=[])],
    ["why we have no right to negotiate with fascists",
     "It is not the first such case."])

rec("fresh18-en-04", "wire",
    "https://sputnikglobe.com/20260216/ukrainian-soldiers-abandon-wounded-comrades-during-retreat---radio-intercept-1123642412.html",
    "Sputnik", "2026-02-16",
    "Ukrainian commander leaves wounded soldier behind in Zaporozhye region, radio intercept shows",
    "DONETSK (Sputnik) - The commander of a Ukrainian group left a wounded comrade behind on the line of contact in "
    "the Zaporozhye region, according to a radio intercept Sputnik has obtained.\n"
    "\"I'm taking the decision: this [wounded] soldier stays here... In front of us now is an 'open field', 800 "
    "metres of it,\" the Ukrainian serviceman is heard saying.\n"
    "In the intercepted exchange, the serviceman tries to convince his superiors that the wounded man cannot move "
    "on his own and says he will not risk the whole group being slowed down.",
    [dict(type="abandonment", admin1="Zaporizhzhia", country="UA", date_from=None, date_to="2026-02-16",
          sources_any=SPUTNIK,
          evidence="The commander of a Ukrainian group left a wounded comrade behind on the line of contact in the "
                   "Zaporozhye region")],
    [dict(content="I'm taking the decision: this [wounded] soldier stays here... In front of us now is an 'open "
                  "field', 800 metres of it,", kind="direct", speaker_any=["serviceman", "commander"],
          chain_any=[["Sputnik", "radio intercept"]]),
     dict(content="the wounded man cannot move on his own", kind="indirect", speaker_any=["serviceman", "commander"],
          chain_any=[["Sputnik", "radio intercept"]])],
    ["says he will not risk the whole group being slowed down"])

rec("fresh18-en-05", "longform",
    "https://archysport.com/2024/12/il-tiro-con-larco-la-fotografia-e-quel-rifiuto-ai-superiori-chi-era-artem-antonov-il-soldato-russo-ucciso-perche-non-voleva-combattere-in-ucraina",
    "Archysport", "2024-12-07",
    "'He refused to the very end': family of Russian conscript shot on a training ground say he was killed for "
    "refusing the front",
    "Artyom Antonov, 19, wanted to leave his small village in Tatarstan and make a living as a photographer in "
    "Moscow. He was a quiet young man who seldom argued with anyone in authority. Four months after he was drafted, "
    "he came home in a coffin, with a bullet hole in his forehead and bruises all over his body.\n"
    "His death was first reported by the independent Russian investigative outlet iStories (Important Stories). "
    "According to investigation materials it saw, the shooting happened on October 21 at the Ilyinsky training "
    "ground in Russia's Primorsky region. During a briefing on weapons handling, a lieutenant took the safety catch "
    "off his AK-12 assault rifle and fired a burst at the soldiers. One bullet hit Antonov in the head and he died "
    "on the spot.\n"
    "The army's version is an accidental shot fired in breach of the regulations. His relatives do not believe it. "
    "They say Antonov had refused to sign a contract that would have sent him to the war, and that he was killed "
    "for it.\n"
    "\"We are all sure the shooting was about his refusal to sign the contract. He told his friends they were being "
    "pressured,\" one relative said. Antonov had been sent with other conscripts to the Far East to replace men of "
    "the 60th Motorized Rifle Brigade who had gone to fight in the Kursk region.\n"
    "According to his family, he was mocked, beaten on the hands and neck with iron bars, kept on guard duty for "
    "eight days in a row and denied medical help. He described this to close friends in a private group on social "
    "media, which was deleted right after his death. His aunt wrote that he \"refused to go to the front until the "
    "very end\".\n"
    "\"Artyom was killed on October 21, and they only told us on October 23. Apparently they did not know how to "
    "cover their tracks,\" the relatives said.\n"
    "The family says it knows the name of the 22-year-old lieutenant, who serves in the 394th Motorized Rifle "
    "Regiment, but is afraid to make it public for fear of what could happen to Antonov's comrades. An obituary "
    "posted online says he \"gave his life for the motherland\".",
    [dict(type="intra_force_killing", type_alt=["non_combat_death"], place="Ilyinsky training ground",
          place_en="Ilyinsky training ground", admin1="Primorsky", country="RU", date_from="2024-10-21",
          date_to="2024-10-21", killed=1, sources_any=ISTORIES,
          evidence="a lieutenant took the safety catch off his AK-12 assault rifle and fired a burst at the soldiers"),
     dict(type="refusal_to_fight", admin1="Primorsky", country="RU", date_from=None, date_to="2024-10-21",
          sources_any=ISTORIES, optional=True,
          evidence="Antonov had refused to sign a contract that would have sent him to the war")],
    [dict(content="We are all sure the shooting was about his refusal to sign the contract. He told his friends they "
                  "were being pressured,", kind="direct", speaker_any=["relative", "relatives", "family"],
          chain_any=[["iStories", "Important Stories", "Archysport"]]),
     dict(content="refused to go to the front until the very end", kind="mixed", speaker_any=["aunt", "his aunt"],
          chain_any=[]),
     dict(content="Artyom was killed on October 21, and they only told us on October 23. Apparently they did not "
                  "know how to cover their tracks,", kind="direct", speaker_any=["relatives", "family", "relative"],
          chain_any=[]),
     dict(content="gave his life for the motherland", kind="mixed", speaker_any=["obituary"], chain_any=[])],
    ["is afraid to make it public for fear of what could happen to Antonov's comrades"])

rec("fresh18-en-06", "telegram",
    "https://unn.ua/en/news/refused-to-carry-out-a-combat-order-four-servicemen-from-kyiv-region-were-notified-of-suspicion",
    "SBI (Telegram)", "2025-06-30", None,
    "Four servicemen in Kyiv region who refused to go to the front are in custody\n"
    "SBI investigators have served notices of suspicion on four servicemen of a military unit stationed in Kyiv "
    "region. Although fit for service, each of them at different times refused to deploy to the combat zone in "
    "defiance of their commanders' order. Their comrades carried out the order and are serving at the front.\n"
    "All four are suspected of disobedience under martial law (Part 4 of Article 402 of the Criminal Code of "
    "Ukraine) and have been taken into custody. The article carries up to 10 years in prison.\n"
    "Defending Ukraine's independence and territorial integrity is a duty under Article 65 of the Constitution. "
    "Anyone who evades it, whatever their post or rank, will be held to account.",
    [dict(type="refusal_to_fight", admin1="Kyiv", country="UA", date_from=None, date_to="2025-06-30",
          sources_any=SBI,
          evidence="each of them at different times refused to deploy to the combat zone in defiance of their "
                   "commanders' order"),
     dict(type="arrest_or_detention", type_alt=["refusal_to_fight"], admin1="Kyiv", country="UA", date_from=None,
          date_to="2025-06-30", sources_any=SBI,
          evidence="have been taken into custody")],
    [],
    ["The article carries up to 10 years in prison.",
     "Anyone who evades it, whatever their post or rank, will be held to account.",
     "Their comrades carried out the order and are serving at the front."])

rec("fresh18-en-07", "longform", "https://threadreaderapp.com/thread/1700583259518709905.html",
    "X (thread)", "2023-09-09",
    "'We are not war criminals': mobilised Russian paratroopers near Bakhmut refuse their commander's orders",
    "A group of mobilised Russian soldiers fighting near Bakhmut has recorded a video denouncing their commander as "
    "brutal and incompetent. They say they will not obey orders to execute comrades who refuse to fight, and that "
    "their wounded are being left without evacuation.\n"
    "In the four-minute clip, at least nine men who say they belong to the \"76th Division\", most likely the 76th "
    "Guards Air Assault Division, a nominally elite paratroop formation, condemn what they call the \"criminal\" "
    "orders of a commander with the call sign \"Rostov\".\n"
    "It is unclear when the video was made. It was probably recorded before the division was moved from the "
    "Donetsk region to shore up Russian lines in the Zaporizhzhia region in recent days.\n"
    "\"We are tired of keeping quiet about this. Tired of putting up with it. Tired of losing our comrades,\" their "
    "spokesman says. \"For six months we have been fighting on the Bakhmut axis with no rest, no leave, no "
    "replacements and no trained men.\"\n"
    "The unit, he says, is suffering heavy losses in dead and wounded \"because of the thoughtless actions of our "
    "command\".\n"
    "\"Our command does not let them pull back. Bodies are lying on the zero line. The boys are bleeding and nobody "
    "evacuates them,\" he says.\n"
    "\"At the line of contact there are criminal orders to drive what is left of the men forward to the positions on "
    "pain of death, to threaten them with weapons and reprisals. We are not war criminals. We are not going to kill "
    "our comrades or wound them.\"\n"
    "\"I am not going to carry out criminal orders,\" the spokesman says.",
    [dict(type="refusal_to_fight", type_alt=["protest"], place="Bakhmut", place_en="Bakhmut", admin1="Donetsk",
          country="UA", date_from=None, date_to="2023-09-09", sources_any=SEVENTY_SIX,
          evidence="They say they will not obey orders to execute comrades who refuse to fight"),
     dict(type="abandonment", place="Bakhmut", place_en="Bakhmut", admin1="Donetsk", country="UA", date_from=None,
          date_to="2023-09-09", sources_any=SEVENTY_SIX,
          evidence="their wounded are being left without evacuation")],
    [dict(content="We are tired of keeping quiet about this. Tired of putting up with it. Tired of losing our "
                  "comrades,", kind="direct", speaker_any=["spokesman", "soldier", "soldiers"], chain_any=[]),
     dict(content="Our command does not let them pull back. Bodies are lying on the zero line. The boys are bleeding "
                  "and nobody evacuates them,", kind="direct", speaker_any=["spokesman", "soldier", "soldiers"],
          chain_any=[]),
     dict(content="I am not going to carry out criminal orders,", kind="direct",
          speaker_any=["spokesman", "soldier", "soldiers"], chain_any=[])],
    ["We are not going to kill our comrades or wound them.",
     "We are not war criminals.",
     "It is unclear when the video was made."])

rec("fresh18-en-08", "news", "http://520sf.org/russian-officers-threaten-shoot-own-troops-1814865.html",
    "Newsweek", "2023-07-25",
    "Audio appears to capture Russian officer firing gun at mobilized men who refuse to return to Bakhmut front",
    "An audio recording posted on social media on Monday appears to capture Russian officers threatening their own "
    "troops in Ukraine with a gun.\n"
    "The clip was shared on Twitter, which was renamed X the same day, by WarTranslated, an independent project that "
    "translates material about the war into English. According to its caption, the confrontation happened because "
    "the men were refusing to go back to the fighting around Bakhmut.\n"
    "In the recording, as WarTranslated renders it, a commanding officer tells one of the protesting soldiers that "
    "he will truss him up like a sheep, take him to the front line and that \"no one will ever find you\". The "
    "officer shouts at the man to \"get up\", and a shot rings out.\n"
    "WarTranslated took the clip from the Telegram channel Mobilization News, which the Institute for the Study of "
    "War has described as a Russian opposition outlet. In its own account, Mobilization News said the commander had "
    "fired into the ground. The channel said the men were mobilized soldiers of the 34th \"Storm\" brigade who had "
    "first refused to return to the front a month earlier.\n"
    "Newsweek asked Russia's Defense Ministry for comment by email.",
    [dict(type="refusal_to_fight", country="UA", date_from=None, date_to="2023-07-24", sources_any=MOBNEWS,
          evidence="the men were mobilized soldiers of the 34th \"Storm\" brigade who had first refused to return to "
                   "the front a month earlier"),
     dict(type="other", type_alt=["intra_force_killing"], country="UA", date_from=None, date_to="2023-07-24",
          sources_any=MOBNEWS, optional=True,
          evidence="Mobilization News said the commander had fired into the ground")],
    [dict(content="no one will ever find you", kind="mixed", speaker_any=["officer", "commanding officer"],
          chain_any=[["WarTranslated"]]),
     dict(content="the commander had fired into the ground", kind="indirect",
          speaker_any=["Mobilization News"], chain_any=[])],
    ["he will truss him up like a sheep, take him to the front line",
     "Newsweek asked Russia's Defense Ministry for comment by email."])

rec("fresh18-en-09", "headline", "https://vz.ru/news/2025/10/12/1365932.html", "VZGLYAD", "2025-10-12",
    "At least six Ukrainian soldiers trying to surrender in Kharkiv region killed by their own side's drones, TASS "
    "says, citing Russian security sources",
    "",
    [dict(type="friendly_fire", type_alt=["intra_force_killing", "strike"], admin1="Kharkiv", country="UA",
          date_from=None, date_to="2025-10-12", killed=6, sources_any=TASS_SEC,
          evidence="At least six Ukrainian soldiers trying to surrender in Kharkiv region killed by their own side's "
                   "drones")])

rec("fresh18-en-10", "wire",
    "https://www.anews.com.tr/world/2025/01/06/russian-drone-kills-one-injures-nine-in-passenger-bus-in-ukraines-kherson",
    "Anadolu Agency", "2025-01-06",
    "Russian drone hits passenger bus in Kherson, killing one and wounding nine",
    "KYIV (AA) - A Russian drone struck a civilian passenger bus in the southern Ukrainian city of Kherson on "
    "Monday, killing at least one person and wounding nine others, the regional governor said.\n"
    "Governor Oleksandr Prokudin shared a video from the scene with his statement on Telegram; it shows the bus "
    "with its windows blown out and blood pooled on the floor.\n"
    "The man who died was 49 years old, according to the regional prosecutor's office.\n"
    "Civilians in Kherson and the rest of the region, which Russian forces partly occupy, are under constant Russian "
    "drone attack, and local authorities report casualties nearly every day.\n"
    "Moscow denies targeting civilians on purpose, yet thousands have been killed or wounded since it launched its "
    "full-scale invasion in February 2022.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Kherson", place_en="Kherson", admin1="Kherson",
          country="UA", date_from="2025-01-06", date_to="2025-01-06", killed=1, injured=9, sources_any=PROKUDIN,
          evidence="A Russian drone struck a civilian passenger bus in the southern Ukrainian city of Kherson on "
                   "Monday, killing at least one person and wounding nine others")],
    [dict(content="killing at least one person and wounding nine others", kind="indirect",
          speaker_any=["Prokudin", "Oleksandr Prokudin", "governor", "regional governor"], chain_any=[]),
     dict(content="The man who died was 49 years old", kind="indirect",
          speaker_any=["prosecutor's office", "regional prosecutor's office"], chain_any=[])],
    ["local authorities report casualties nearly every day",
     "Moscow denies targeting civilians on purpose",
     "thousands have been killed or wounded since it launched its full-scale invasion in February 2022"])

records.write()
