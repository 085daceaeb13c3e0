"""Writes fresh2_en.jsonl beside this file: the second batch of English war reports written by the project (session
5, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours), annotated in the format of
``../shared/corpus/reports`` (its README). Nobody writing extraction rules has read them: a check of how the rules
carry to reports they were not written on (``python -m benchmarks.reports --lang en --data
benchmarks/data/fresh2_en.jsonl``). Never tune on them; when they have been read for rules, say so and write new
ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh2")
rec = records.rec


rec("fresh2-en-01", "wire",
    "https://www.devdiscourse.com/article/law-order/2942588-ukrainian-drone-attack-kills-one-in-belgorod-in-southern-russia-governor-says",
    "Reuters (Devdiscourse)", "2024-05-18",
    "Drone kills one, wounds another in Russia's Belgorod region - governor",
    "One person was killed and a second was hurt when a Ukrainian drone struck in Russia's southern Belgorod "
    "region, the region's governor, Vyacheslav Gladkov, said on Friday.\n"
    "The drone came down on Novaya Naumovka, a village just on the Russian side of the border, while the two "
    "villagers were working in a garden, Gladkov wrote on the Telegram messaging app.\n"
    "Reuters was unable to confirm the account independently.\n"
    "Belgorod and other Russian regions along the border are frequently targeted by Ukrainian drones and shelling.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Novaya Naumovka", place_en="Novaya Naumovka",
          admin1="Belgorod", country="RU", date_from=None, date_to="2024-05-17", killed=1, injured=1,
          sources_any=["Gladkov", "governor"],
          evidence="One person was killed and a second was hurt when a Ukrainian drone struck in Russia's southern "
                   "Belgorod region")],
    [dict(content="The drone came down on Novaya Naumovka, a village just on the Russian side of the border, while "
                  "the two villagers were working in a garden", kind="indirect",
          speaker_any=["Gladkov", "Vyacheslav Gladkov"], chain_any=[["Telegram"]])],
    ["Reuters was unable to confirm the account independently.",
     "Belgorod and other Russian regions along the border are frequently targeted by Ukrainian drones and shelling."])

rec("fresh2-en-02", "wire",
    "https://www.themoscowtimes.com/2024/04/20/ukrainian-drone-strike-kills-two-in-russian-border-region-a84908",
    "The Moscow Times (AFP)", "2024-04-20",
    "Overnight drone strike kills two in Belgorod border village",
    "Two people died overnight when a Ukrainian drone hit a village in Russia's Belgorod region near the border, "
    "Governor Vyacheslav Gladkov said early on Saturday.\n"
    "In the village of Poroz a house and a barn burned to the ground and another building was badly damaged, "
    "Gladkov said.\n"
    "\"Two explosive devices were dropped and a private house caught fire. A woman who was recovering from a broken "
    "hip and the man who was looking after her were killed,\" he wrote on Telegram. \"The son of the dead woman got "
    "out of the burning house at the very last moment.\"\n"
    "Gladkov had reported an earlier drone strike on the village of Istobnoye, in which nobody was hurt.\n"
    "Governors of the Kursk, Kaluga and Bryansk regions in western Russia also said their regions had come under "
    "attack.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Poroz", place_en="Poroz", admin1="Belgorod",
          country="RU", date_from="2024-04-19", date_to="2024-04-20", killed=2,
          sources_any=["Gladkov", "governor"],
          evidence="Two people died overnight when a Ukrainian drone hit a village in Russia's Belgorod region near "
                   "the border"),
     dict(type="strike", place="Istobnoye", place_en="Istobnoye", admin1="Belgorod", country="RU", date_from=None,
          date_to="2024-04-20", killed=0, injured=0, sources_any=["Gladkov"], optional=True,
          evidence="an earlier drone strike on the village of Istobnoye, in which nobody was hurt"),
     dict(type="strike", admin1="Kursk", country="RU", date_from=None, date_to="2024-04-20",
          sources_any=["Governors", "governor"], optional=True,
          evidence="Governors of the Kursk, Kaluga and Bryansk regions in western Russia also said their regions had "
                   "come under attack"),
     dict(type="strike", admin1="Kaluga", country="RU", date_from=None, date_to="2024-04-20",
          sources_any=["Governors", "governor"], optional=True,
          evidence="Governors of the Kursk, Kaluga and Bryansk regions in western Russia also said their regions had "
                   "come under attack"),
     dict(type="strike", admin1="Bryansk", country="RU", date_from=None, date_to="2024-04-20",
          sources_any=["Governors", "governor"], optional=True,
          evidence="Governors of the Kursk, Kaluga and Bryansk regions in western Russia also said their regions had "
                   "come under attack")],
    [dict(content="Two explosive devices were dropped and a private house caught fire. A woman who was recovering "
                  "from a broken hip and the man who was looking after her were killed,", kind="direct",
          speaker_any=["Gladkov", "Vyacheslav Gladkov"], chain_any=[["Telegram"]]),
     dict(content="The son of the dead woman got out of the burning house at the very last moment.", kind="direct",
          speaker_any=["Gladkov", "Vyacheslav Gladkov"], chain_any=[["Telegram"]])],
    [])

rec("fresh2-en-03", "headline",
    "https://www.lbcgroup.tv/news/world-news/879414/ukrainian-drone-attack-on-russia-kills-four-governor/en",
    "LBCI (AFP)", "2025-09-20",
    "Four killed as Ukrainian drones hit Russia's Samara region, governor says",
    "",
    [dict(type="strike", admin1="Samara", country="RU", date_from=None, date_to="2025-09-20", killed=4,
          sources_any=["governor"],
          evidence="Four killed as Ukrainian drones hit Russia's Samara region")],
    [],
    [])

rec("fresh2-en-04", "news",
    "https://www.themoscowtimes.com/2025/05/21/police-arrest-ex-convicts-after-they-flee-military-base-in-rostov-region-a89158",
    "The Moscow Times", "2025-05-21",
    "Two more ex-convict deserters caught after escape from Rostov training ground",
    "Two more of the ten former prisoners who fled a military training ground in Russia's Rostov region have been "
    "arrested, local media reported, citing unnamed sources in military investigations.\n"
    "The men ran away on May 9, as Russia marked Victory Day. Four of them were caught soon after the escape.\n"
    "The latest two were reportedly picked up close to the border with the Donetsk and Luhansk regions of eastern "
    "Ukraine, which Moscow says it annexed in 2022.\n"
    "\"They resisted, but the arrests went off successfully,\" one source told the Rostov news site 161.ru.\n"
    "None of the ten was armed when they left, according to reports. Before they signed army contracts they had "
    "been serving sentences for murder, rape and drug trafficking, 161.ru said; they were in training before being "
    "sent to Ukraine.\n"
    "Four men are still on the run, and the search for them covers the Rostov region and occupied parts of "
    "Ukraine.\n"
    "The Defense Ministry has said nothing about the desertions.\n"
    "Russian authorities have issued arrest warrants for at least 49,000 soldiers suspected of desertion since the "
    "full-scale invasion began, the exiled outlet IStories has calculated.",
    [dict(type="desertion_or_surrender", admin1="Rostov", country="RU", date_from="2025-05-09",
          date_to="2025-05-09", sources_any=["161.ru", "sources", "local media"],
          evidence="The men ran away on May 9, as Russia marked Victory Day"),
     dict(type="arrest_or_detention", date_from=None, date_to="2025-05-21",
          sources_any=["161.ru", "sources", "local media"],
          evidence="The latest two were reportedly picked up close to the border with the Donetsk and Luhansk "
                   "regions"),
     dict(type="arrest_or_detention", admin1="Rostov", country="RU", date_from="2025-05-09", date_to="2025-05-21",
          sources_any=["161.ru", "sources", "local media"], optional=True,
          evidence="Four of them were caught soon after the escape")],
    [dict(content="They resisted, but the arrests went off successfully,", kind="direct",
          speaker_any=["source"], chain_any=[["161.ru"]])],
    ["The Defense Ministry has said nothing about the desertions.",
     "Russian authorities have issued arrest warrants for at least 49,000 soldiers suspected of desertion since the "
     "full-scale invasion began"])

rec("fresh2-en-05", "wire",
    "https://www.themoscowtimes.com/2023/11/05/ukraine-probes-deadly-russian-strike-on-brigade-a83005",
    "The Moscow Times (AFP)", "2023-11-05",
    "Kyiv orders inquiry after Russian missile kills soldiers gathered for medals",
    "Ukraine has launched an investigation into a Russian missile strike that killed soldiers of one of its "
    "brigades who had reportedly been assembled for an awards ceremony, officials said.\n"
    "More than 20 soldiers of an assault brigade were killed in the strike in the southern Zaporizhzhia region on "
    "Friday, the news site Ukrainska Pravda reported. AFP could not immediately verify the circumstances.\n"
    "The army confirmed deaths without giving a number. \"On November 3 the enemy struck insidiously in the "
    "Zaporizhzhia direction,\" it said on Saturday, adding that an Iskander-M missile had hit personnel of the 128th "
    "Mountain Assault Brigade and that local residents had been wounded.\n"
    "A soldier, Ivan Savytskyy, wrote on social media that 22 members of the brigade had died while lined up to "
    "receive awards. \"They were victims of military ritual at its very worst,\" he said.\n"
    "Defence Minister Rustem Umerov called it a tragedy and ordered a full inquiry. \"We owe the families and "
    "friends of the fallen honest answers,\" he said on Saturday evening.\n"
    "The Zakarpattia region, where the brigade is based, will hold three days of mourning from Monday, governor "
    "Viktor Mykyta said.",
    [dict(type="strike", admin1="Zaporizhzhia", country="UA", date_from="2023-11-03", date_to="2023-11-03",
          killed=22, sources_any=["Ukrainska Pravda", "army", "Savytskyy"],
          evidence="More than 20 soldiers of an assault brigade were killed in the strike in the southern "
                   "Zaporizhzhia region on Friday")],
    [dict(content="On November 3 the enemy struck insidiously in the Zaporizhzhia direction,", kind="direct",
          speaker_any=["army"], chain_any=[]),
     dict(content="They were victims of military ritual at its very worst,", kind="direct",
          speaker_any=["Savytskyy", "Ivan Savytskyy", "soldier"], chain_any=[]),
     dict(content="We owe the families and friends of the fallen honest answers,", kind="direct",
          speaker_any=["Umerov", "Rustem Umerov"], chain_any=[])],
    ["The Zakarpattia region, where the brigade is based, will hold three days of mourning from Monday"])

rec("fresh2-en-06", "news",
    "https://www.themoscowtimes.com/2025/03/03/russian-strike-on-ukrainian-army-training-grounds-kills-multiple-people-a88230",
    "The Moscow Times (AFP)", "2025-03-03",
    "Russian missile hits Ukrainian training ground far behind the front",
    "A Russian missile strike on an army training ground about 130 kilometres from the front line killed an "
    "undisclosed number of people, Ukrainian officials said on Monday.\n"
    "The missile struck on Saturday at a training ground close to the village of Cherkaske outside Dnipro, a "
    "military source told AFP.\n"
    "Military blogger Yury Butusov said 30 to 40 soldiers had been killed and 90 wounded. There has been no "
    "official toll.\n"
    "Land forces commander Major General Mykhailo Drapaty called the strike \"a terrible consequence of an enemy "
    "attack\" and offered condolences to the families.\n"
    "MP Mariana Bezugla wrote on Facebook that the troops had been lined up in formation, blaming commanders' "
    "\"stupidity\". The military source denied it: \"there was no lining up or gathering of people.\"\n"
    "Drapaty promised a criminal investigation.\n"
    "In September, a strike on a military institute in Poltava killed about 60 people.",
    [dict(type="strike", place="Cherkaske", place_en="Cherkaske", admin1="Dnipropetrovsk", country="UA",
          date_from="2025-03-01", date_to="2025-03-01", killed=30, injured=90,
          sources_any=["Butusov", "military source", "officials"],
          evidence="The missile struck on Saturday at a training ground close to the village of Cherkaske outside "
                   "Dnipro"),
     dict(type="strike", place="Poltava", place_en="Poltava", admin1="Poltava", country="UA",
          date_from="2024-09-01", date_to="2024-09-30", killed=60, sources_any=["AFP"], optional=True,
          evidence="In September, a strike on a military institute in Poltava killed about 60 people")],
    [dict(content="there was no lining up or gathering of people.", kind="direct",
          speaker_any=["military source", "source"], chain_any=[]),
     dict(content="a terrible consequence of an enemy attack", kind="mixed",
          speaker_any=["Drapaty", "Mykhailo Drapaty"], chain_any=[])],
    ["There has been no official toll.", "Drapaty promised a criminal investigation."])

rec("fresh2-en-07", "news",
    "https://kyivindependent.com/russian-commander-told-troops-to-just-shoot-retreating-soldiers-intercept-suggests",
    "The Kyiv Independent", "2025-09-25",
    "Russian commander ordered troops to shoot anyone retreating, intercept suggests",
    "A Russian commander told his men to open fire on any of their comrades who tried to fall back, according to an "
    "intercepted call that Ukraine's military intelligence agency HUR released on Sept. 25.\n"
    "HUR said the conversation was recorded in Donetsk Oblast. \"Nobody is pulling back, nobody! Everyone holds "
    "the line,\" the commander is heard saying. \"Anyone who runs, you shoot him.\"\n"
    "The Kyiv Independent has not been able to verify the recording.\n"
    "The call was released as Ukrainian troops pressed a counteroffensive in the oblast; President Volodymyr "
    "Zelensky said on Sept. 18 that seven settlements in the Dobropillia and Pokrovsk sectors had been retaken, "
    "some 160 square kilometres in all.\n"
    "Accounts of Russian soldiers being shot for retreating have come up repeatedly since the full-scale invasion "
    "began.\n"
    "More than 50,000 Russian soldiers have deserted since February 2022, the independent outlet Important Stories "
    "has found.",
    [dict(type="territory_change", admin1="Donetsk", country="UA", date_from=None, date_to="2025-09-18",
          sources_any=["Zelensky"], optional=True,
          evidence="seven settlements in the Dobropillia and Pokrovsk sectors had been retaken")],
    [dict(content="Nobody is pulling back, nobody! Everyone holds the line,", kind="direct",
          speaker_any=["commander"], chain_any=[["HUR", "intercepted call", "military intelligence"]]),
     dict(content="Anyone who runs, you shoot him.", kind="direct",
          speaker_any=["commander"], chain_any=[["HUR", "intercepted call", "military intelligence"]])],
    ["Anyone who runs, you shoot him.",
     "Accounts of Russian soldiers being shot for retreating have come up repeatedly since the full-scale invasion "
     "began.",
     "More than 50,000 Russian soldiers have deserted since February 2022"])

rec("fresh2-en-08", "news",
    "https://dailywrap.net/en-ie/russian-soldiers-open-fire-on-comrades-morale-crisis-deepens,7061346285369473a",
    "Daily Wrap", "2024-08-18",
    "Drunk Storm-Z convicts turn their guns on fellow soldiers",
    "Russian soldiers of a Storm-Z unit have again opened fire on their own comrades, leaving at least one dead and "
    "a few wounded, according to Anton Herashchenko, a former Ukrainian deputy interior minister.\n"
    "\"Convicts from Storm Z got drunk and shot at a group of fellow soldiers, who fired back. One dead, a few "
    "wounded, the rest beaten up and tied up,\" Herashchenko wrote on X.\n"
    "Drinking, low morale and the recruitment of convicts are making such shootings within Russian units more "
    "frequent.\n"
    "In one case in early May, military police hunted for a former prisoner serving with a Storm-Z detachment "
    "attached to an artillery battalion in occupied Donetsk region, who had killed six of his comrades on May 6.",
    [dict(type="intra_force_killing", date_from=None, date_to="2024-08-18", killed=1, injured=3,
          sources_any=["Herashchenko", "Anton Herashchenko"],
          evidence="Russian soldiers of a Storm-Z unit have again opened fire on their own comrades, leaving at "
                   "least one dead"),
     dict(type="intra_force_killing", admin1="Donetsk", country="UA", date_from="2024-05-06", date_to="2024-05-06",
          killed=6, sources_any=["Daily Wrap"], optional=True,
          evidence="who had killed six of his comrades on May 6")],
    [dict(content="Convicts from Storm Z got drunk and shot at a group of fellow soldiers, who fired back. One dead, "
                  "a few wounded, the rest beaten up and tied up,", kind="direct",
          speaker_any=["Herashchenko", "Anton Herashchenko"], chain_any=[["X"]])],
    ["Drinking, low morale and the recruitment of convicts are making such shootings within Russian units more "
     "frequent."])

rec("fresh2-en-09", "longform", "https://blmsmedia.com/?p=18197", "BBC (via BLMS Media)", "2026-02-24",
    "Russian deserters tell the BBC they watched commanders execute their own men",
    "Two Russian soldiers now in hiding abroad have told the BBC that they saw commanders on the Ukrainian front "
    "shoot soldiers who refused orders.\n"
    "They speak in the documentary \"The Zero Line: Inside Russia's War\", filmed at a location outside Russia that "
    "the BBC does not name.\n"
    "Ilya, 35, worked with children with special needs until he was called up. He says a commander shot four men at "
    "point-blank range after they had fled the front line and refused to go back.\n"
    "Soldiers call such killings \"zeroing\". The men say it is a punishment for disobeying and a warning to anyone "
    "else thinking of doing the same.\n"
    "Dima, another witness, says it is ordinary for commanders to kill their own men. \"Two metres, three metres "
    "away. It is simply murder - click, clack, bang. This is not a film, it is real life,\" he says.\n"
    "Asked by the BBC, the Russian government said its forces act \"with utmost restraint\" and treat their "
    "personnel \"with maximum care\", and that reports of violations are duly investigated.",
    [dict(type="intra_force_killing", date_from=None, date_to="2026-02-24", killed=4,
          sources_any=["Ilya", "BBC"],
          evidence="He says a commander shot four men at point-blank range after they had fled the front line and "
                   "refused to go back")],
    [dict(content="Two metres, three metres away. It is simply murder - click, clack, bang. This is not a film, it "
                  "is real life,", kind="direct", speaker_any=["Dima"], chain_any=[["BBC"]])],
    ["Dima, another witness, says it is ordinary for commanders to kill their own men.",
     "reports of violations are duly investigated"])

rec("fresh2-en-10", "wire",
    "https://www.spacewar.com/reports/Russian_strike_on_Ukrainian_military_training_site_kills_six_Kyiv_999.html",
    "AFP (Space War)", "2025-05-21",
    "Six Ukrainian soldiers killed in strike on Sumy region firing range, Kyiv says",
    "KYIV, May 21 (AFP) - Six Ukrainian soldiers were killed and at least ten wounded when Russia struck a "
    "military training site in the northeastern Sumy region, Ukraine's national guard said on Wednesday.\n"
    "\"Six servicemen died and more than ten were wounded in the attack while they were training at a firing "
    "range,\" the national guard said on Facebook.\n"
    "The unit's commander has been suspended and an internal investigation is under way, it added.\n"
    "On Tuesday evening Russia's defence ministry said it had fired an Iskander missile at what it described as a "
    "training camp for Ukrainian special forces, and released footage of the hit.\n"
    "Attacks on the Sumy region have grown heavier in recent months.",
    [dict(type="strike", admin1="Sumy", country="UA", date_from=None, date_to="2025-05-20", killed=6, injured=10,
          sources_any=["national guard", "defence ministry"],
          evidence="Six Ukrainian soldiers were killed and at least ten wounded when Russia struck a military "
                   "training site in the northeastern Sumy region")],
    [dict(content="Six servicemen died and more than ten were wounded in the attack while they were training at a "
                  "firing range,", kind="direct", speaker_any=["national guard"], chain_any=[["Facebook"]])],
    ["Attacks on the Sumy region have grown heavier in recent months."])

records.write()
