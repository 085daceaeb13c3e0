"""Writes fresh13_en.jsonl beside this file: the thirteenth batch of English war reports written by the project
(session 8, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-12
nor of the development set), annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing
extraction rules has read them: a check of how the rules carry to reports they were not written on (``python -m
benchmarks.reports --lang en --data benchmarks/data/fresh13_en.jsonl``). Never tune on them; when they have been read
for rules, say so and write new ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh13")
rec = records.rec

TRSSC = ["Kyiv Territorial Recruitment and Social Support Center", "recruitment center", "spokesperson", "Hromadske",
         "Ukrinform", "Kyiv Independent", "National Police"]
KOROBOV = ["Korobov", "Yevgeny Korobov", "ARTE", "Borzunova", "Maria Borzunova", "Meduza"]
OLESHCHUK = ["Oleshchuk", "Mykola Oleshchuk", "Air Force", "Ukraine's Air Force"]
MROCHKO = ["Mrochko", "Roman Mrochko", "Kherson City Military Administration", "military administration"]
STORM = ["soldier", "soldiers", "video", "WarTranslated", "Telegram", "Storm Company", "Newsweek"]


rec("fresh13-en-01", "news", "https://kyivindependent.com/conscription-officers-detain-men-outside-okean-elzy-concert-in-kyiv",
    "Kyiv Independent", "2024-10-13",
    "Men detained outside Okean Elzy concert in Kyiv, recruitment center confirms",
    "Recruitment officers and police stopped male fans leaving an Okean Elzy concert at Kyiv's Palace of Sports on "
    "Oct. 11, checked their military registration papers and detained some of them, a spokesperson for the city's "
    "recruitment center confirmed on Oct. 13.\n"
    "Footage filmed at the venue by Hromadske correspondents shows officers posted at the exits and stopping men as "
    "the crowd streamed out after the rock band's show. In some of the clips, men are led away by force.\n"
    "According to reports from the scene, men whose papers were not in order, or who would not show identification "
    "when asked, were either taken into custody or let go after being handed summonses.\n"
    "Speaking to Ukrinform, a spokesperson for the Kyiv Territorial Recruitment and Social Support Center said the "
    "center's staff had carried out the checks together with officers of the National Police. \"Citizens who had "
    "violated the law were detained by officers of the National Police of Ukraine,\" the spokesperson said.\n"
    "Ukraine has been trying to step up mobilization this year. President Volodymyr Zelensky signed a new "
    "mobilization law on April 16, which obliges everyone eligible for service to keep their registration data up "
    "to date.",
    [dict(type="mobilization", type_alt=["arrest_or_detention"], place="Palace of Sports", place_en="Kyiv",
          admin1="Kyiv City", country="UA", date_from="2024-10-11", date_to="2024-10-11", sources_any=TRSSC,
          evidence="checked their military registration papers and detained some of them")],
    [dict(content="Citizens who had violated the law were detained by officers of the National Police of Ukraine,",
          kind="direct", speaker_any=["spokesperson", "Kyiv Territorial Recruitment and Social Support Center",
                                      "recruitment center"],
          chain_any=[["Ukrinform"]])],
    ["which obliges everyone eligible for service to keep their registration data up to date"])

rec("fresh13-en-02", "wire", "https://au.news.yahoo.com/more-24-people-detained-protest-192333948.html", "AP",
    "2024-02-03",
    "More than two dozen detained at Moscow rally of mobilized soldiers' wives",
    "MOSCOW (AP) - Police in central Moscow detained more than two dozen people, most of them journalists, on "
    "Saturday as wives and other relatives of men mobilized to fight in Ukraine gathered to demand their return, "
    "independent Russian news outlets reported.\n"
    "The relatives laid flowers at the Tomb of the Unknown Soldier beside the Kremlin wall. The gathering marked 500 "
    "days since President Vladimir Putin ordered the \"partial mobilization\" of up to 300,000 reservists in "
    "September 2022, after a series of setbacks on the battlefield.\n"
    "It was organized by The Way Home, a movement of reservists' relatives that wants the men called up in 2022 "
    "discharged and replaced by contract soldiers. On Friday the group had urged \"wives, mothers, sisters and "
    "children\" from across Russia on Telegram to come to the capital and show their unity.\n"
    "\"We want our husbands to come back alive,\" said one protester, who gave only her first name, Antonina, for "
    "fear of reprisals, in a video published by the independent outlet SOTAvision.\n"
    "Saturday's event was the ninth, and the largest, of the weekly gatherings the movement has held in Moscow. The "
    "call-up was deeply unpopular and prompted hundreds of thousands of Russian men to leave the country rather "
    "than be drafted.",
    [dict(type="protest", place="Tomb of the Unknown Soldier", place_en="Moscow", admin1="Moscow", country="RU",
          date_from="2024-02-03", date_to="2024-02-03",
          sources_any=["The Way Home", "SOTAvision", "independent Russian news outlets", "AP", "Antonina"],
          evidence="wives and other relatives of men mobilized to fight in Ukraine gathered to demand their return"),
     dict(type="arrest_or_detention", place="Moscow", place_en="Moscow", admin1="Moscow", country="RU",
          date_from="2024-02-03", date_to="2024-02-03",
          sources_any=["independent Russian news outlets", "SOTAvision", "AP"],
          evidence="Police in central Moscow detained more than two dozen people, most of them journalists, on "
                   "Saturday"),
     dict(type="mobilization", country="RU", date_from="2022-09-01", date_to="2022-09-30",
          sources_any=["Putin", "Vladimir Putin", "AP"], optional=True,
          evidence="President Vladimir Putin ordered the \"partial mobilization\" of up to 300,000 reservists in "
                   "September 2022")],
    [dict(content="We want our husbands to come back alive,", kind="direct", speaker_any=["Antonina", "protester"],
          chain_any=[["SOTAvision"]])],
    ["On Friday the group had urged \"wives, mothers, sisters and children\" from across Russia on Telegram to come "
     "to the capital and show their unity.",
     "The call-up was deeply unpopular and prompted hundreds of thousands of Russian men to leave the country rather "
     "than be drafted."])

rec("fresh13-en-03", "wire",
    "https://dunyanews.tv/en/World/895318-russian-forces-take-control-of-three-ukrainian-villages-across-multipl",
    "Reuters", "2025-07-18",
    "Russia says it has taken three villages on different parts of Ukraine front",
    "MOSCOW (Reuters) - Russian forces have captured three villages on three separate sections of the front line in "
    "Ukraine, Russia's Defence Ministry said on Thursday, though Ukrainian military accounts contradicted part of "
    "the claim.\n"
    "The ministry named the villages as Kamianske in the southeastern Zaporizhzhia region, Dehtiarne in the "
    "northeastern Kharkiv region and Popiv Yar in the Donetsk region, where most of Russia's offensive operations "
    "are concentrated.\n"
    "Reuters was unable to independently verify battlefield reports from either side.\n"
    "Ukrainian military spokesperson Vladyslav Voloshyn told the Liga.net news site that keeping hold of Kamianske, "
    "southeast of the regional capital Zaporizhzhia, mattered for the city's security. But the village had been "
    "all but levelled by months of fighting, he said, and Ukrainian troops had pulled out of it, striking at small "
    "Russian groups whenever they tried to enter.\n"
    "\"The Russians can't go in and hold the village,\" he was quoted as saying. \"Not one house is intact, not one "
    "wall is standing - there is nothing to hold and nowhere to take cover.\"\n"
    "Kyiv has not acknowledged any change of control in Popiv Yar, which lies northeast of Pokrovsk, the focus of "
    "Russian attacks in the Donetsk region for months. The village has been in the \"grey zone\" for at least a "
    "week.\n"
    "Russian troops are advancing slowly westward, mostly across the Donetsk region, and Moscow reports the capture "
    "of new villages almost daily.",
    [dict(type="territory_change", type_alt=["armed_clash"], place="Kamianske", place_en="Kamianske",
          admin1="Zaporizhzhia", country="UA", date_from=None, date_to="2025-07-17",
          sources_any=["Defence Ministry", "Russia's Defence Ministry", "ministry", "Voloshyn",
                       "Vladyslav Voloshyn"],
          evidence="The ministry named the villages as Kamianske in the southeastern Zaporizhzhia region"),
     dict(type="territory_change", place="Dehtiarne", place_en="Dehtiarne", admin1="Kharkiv", country="UA",
          date_from=None, date_to="2025-07-17",
          sources_any=["Defence Ministry", "Russia's Defence Ministry", "ministry"],
          evidence="Dehtiarne in the northeastern Kharkiv region"),
     dict(type="territory_change", place="Popiv Yar", place_en="Popiv Yar", admin1="Donetsk", country="UA",
          date_from=None, date_to="2025-07-17",
          sources_any=["Defence Ministry", "Russia's Defence Ministry", "ministry"],
          evidence="Popiv Yar in the Donetsk region")],
    [dict(content="The Russians can't go in and hold the village,", kind="direct",
          speaker_any=["Voloshyn", "Vladyslav Voloshyn"], chain_any=[["Liga.net", "liga.net"]]),
     dict(content="Not one house is intact, not one wall is standing - there is nothing to hold and nowhere to take "
                  "cover.", kind="direct", speaker_any=["Voloshyn", "Vladyslav Voloshyn"],
          chain_any=[["Liga.net", "liga.net"]]),
     dict(content="keeping hold of Kamianske, southeast of the regional capital Zaporizhzhia, mattered for the city's "
                  "security", kind="indirect", speaker_any=["Voloshyn", "Vladyslav Voloshyn"],
          chain_any=[["Liga.net", "liga.net"]])],
    ["Reuters was unable to independently verify battlefield reports from either side.",
     "Moscow reports the capture of new villages almost daily"])

rec("fresh13-en-04", "wire", "https://inkl.com/news/two-russian-soldiers-sentenced-to-jail-for-refusing-to-fight",
    "Reuters", "2023-05-10",
    "Two Russian soldiers in Kamchatka jailed for refusing to fight in Ukraine, rights group says",
    "Two soldiers from Russia's Far Eastern region of Kamchatka have each been sentenced to two and a half years in "
    "prison for refusing to go to war in Ukraine, the human rights group OVD-Info said on Wednesday.\n"
    "Military court documents name the men as Alexander Stepanov and Andrei Mikhailov. In separate rulings, each "
    "was convicted of refusing orders to take part in combat in wartime, an offence that President Vladimir Putin "
    "made punishable by up to three years in prison when the criminal code was amended last year.\n"
    "The 35th Garrison Military Court in Kamchatka sentenced Stepanov on April 25 and Mikhailov on April 27. "
    "Neither has yet been sent to prison, and both can appeal.\n"
    "Putin's order last September to mobilise an extra 300,000 troops, the first such call-up since World War Two, "
    "sent hundreds of thousands of Russian men abroad to avoid the draft. The army has suffered heavy losses in "
    "almost 15 months of war.\n"
    "In February, OVD-Info reported, Sergei Gridin, a 20-year-old conscript from the northern Urals, hanged himself "
    "with a belt at his military station outside Moscow after refusing to go to Ukraine.\n"
    "\"I do not want to obey people who inspire nothing in me but fear and disgust,\" Gridin wrote in the note he "
    "left. \"So I have decided to die here, on my native soil, without anyone else's blood on my hands.\"",
    [dict(type="refusal_to_fight", place="Kamchatka", place_en="Kamchatka", admin1="Kamchatka", country="RU",
          date_from=None, date_to="2023-04-27",
          sources_any=["OVD-Info", "court", "35th Garrison Military Court", "military court documents"],
          evidence="each was convicted of refusing orders to take part in combat in wartime"),
     dict(type="arrest_or_detention", type_alt=["other"], place="Kamchatka", place_en="Kamchatka",
          admin1="Kamchatka", country="RU", date_from="2023-04-25", date_to="2023-04-27",
          sources_any=["OVD-Info", "court", "35th Garrison Military Court", "military court documents"],
          evidence="Two soldiers from Russia's Far Eastern region of Kamchatka have each been sentenced to two and a "
                   "half years in prison for refusing to go to war in Ukraine"),
     dict(type="non_combat_death", type_alt=["refusal_to_fight"], admin1="Moscow", country="RU",
          date_from="2023-02-01", date_to="2023-02-28", killed=1, sources_any=["OVD-Info"], optional=True,
          evidence="Sergei Gridin, a 20-year-old conscript from the northern Urals, hanged himself with a belt at his "
                   "military station outside Moscow"),
     dict(type="mobilization", country="RU", date_from="2022-09-01", date_to="2022-09-30",
          sources_any=["Putin", "Reuters"], optional=True,
          evidence="Putin's order last September to mobilise an extra 300,000 troops")],
    [dict(content="I do not want to obey people who inspire nothing in me but fear and disgust,", kind="direct",
          speaker_any=["Gridin", "Sergei Gridin"], chain_any=[["OVD-Info"]]),
     dict(content="So I have decided to die here, on my native soil, without anyone else's blood on my hands.",
          kind="direct", speaker_any=["Gridin", "Sergei Gridin"], chain_any=[["OVD-Info"]])],
    ["Neither has yet been sent to prison, and both can appeal."])

rec("fresh13-en-05", "news",
    "https://globalsecuritynews.org/video-russia-soldier-shot-at-own-troops-during-surrender-drone-2023-5/",
    "Insider", "2023-05-11",
    "Russian soldier came under fire from his own side as he surrendered to a Ukrainian drone, Kyiv official says",
    "A Russian soldier filmed giving himself up to a Ukrainian drone near Bakhmut was shot at by his own troops as "
    "he ran towards captivity, a Ukrainian official has told Insider.\n"
    "The drone footage, widely shared online since May 10, shows the man picking his way across trenches and "
    "churned-up ground while explosions go off around him, before he reaches a dugout with his hands in the air.\n"
    "Vitaliy Matvienko, spokesperson for Ukraine's \"I Want to Live\" surrender hotline, confirmed to Insider that "
    "the video was shot by the Code 9.2 unit of Ukraine's 92nd Mechanized Brigade near Bakhmut and that it showed a "
    "Russian soldier surrendering to them.\n"
    "The soldier comes from the Pskov region in western Russia and is being held safely as a prisoner of war, "
    "Matvienko said.\n"
    "Two edited versions of the footage are circulating: one shows the explosions, while the other appears to have "
    "been filmed by a second drone.\n"
    "The hotline, an official Ukrainian project, lets Russian servicemen arrange in advance to surrender once they "
    "are on Ukrainian territory, and says it receives thousands of calls a month.",
    [dict(type="desertion_or_surrender", place="Bakhmut", place_en="Bakhmut", admin1="Donetsk", country="UA",
          date_from=None, date_to="2023-05-10",
          sources_any=["Matvienko", "Vitaliy Matvienko", "I Want to Live", "92nd Mechanized Brigade", "Code 9.2",
                       "footage", "Insider"],
          evidence="A Russian soldier filmed giving himself up to a Ukrainian drone near Bakhmut"),
     dict(type="intra_force_killing", type_alt=["friendly_fire", "strike"], place="Bakhmut", place_en="Bakhmut",
          admin1="Donetsk", country="UA", date_from=None, date_to="2023-05-10",
          sources_any=["Ukrainian official", "official", "Insider", "footage"],
          evidence="was shot at by his own troops as he ran towards captivity")],
    [dict(content="The soldier comes from the Pskov region in western Russia and is being held safely as a prisoner of "
                  "war", kind="indirect", speaker_any=["Matvienko", "Vitaliy Matvienko"], chain_any=[])],
    ["lets Russian servicemen arrange in advance to surrender once they are on Ukrainian territory, and says it "
     "receives thousands of calls a month"])

rec("fresh13-en-06", "news",
    "https://menafn.com/1107612900/Russian-Forces-Shoot-Down-Own-Su-25-Warplane-Ukraines-Air-Force", "Ukrinform",
    "2023-12-17",
    "Russian air defense downed its own Su-25 over Mykolaiv region, Ukraine's Air Force commander says",
    "A Russian Su-25 ground-attack jet was brought down over the combat zone in Ukraine's Mykolaiv region on "
    "Sunday, apparently by Russia's own air defenses, the commander of Ukraine's Air Force said.\n"
    "Lieutenant General Mykola Oleshchuk broke the news on Telegram.\n"
    "\"I can say with confidence that it was not Ukrainian air defense that brought down the Russian Su-25 attack "
    "aircraft! This was the clear and coordinated work of Russian air defense units, and the Ukrainian people thank "
    "them warmly for it! Keep it up,\" Oleshchuk wrote.\n"
    "\"One more invader down, one more step closer to our victory. Another enemy Su-25 is gone. There will be "
    "more,\" he added.\n"
    "Earlier on Sunday, Russian media had reported that a \"Ukrainian Su-25\" was shot down over the Mykolaiv region "
    "by a Russian Buk-M3 surface-to-air missile. It later turned out that the aircraft belonged to Russia's own "
    "invasion force.",
    [dict(type="friendly_fire", type_alt=["strike"], place="Mykolaiv region", place_en="Mykolaiv Oblast",
          admin1="Mykolaiv", country="UA", date_from="2023-12-17", date_to="2023-12-17", sources_any=OLESHCHUK,
          evidence="A Russian Su-25 ground-attack jet was brought down over the combat zone in Ukraine's Mykolaiv "
                   "region on Sunday, apparently by Russia's own air defenses")],
    [dict(content="I can say with confidence that it was not Ukrainian air defense that brought down the Russian "
                  "Su-25 attack aircraft! This was the clear and coordinated work of Russian air defense units, and "
                  "the Ukrainian people thank them warmly for it! Keep it up,", kind="direct",
          speaker_any=["Oleshchuk", "Mykola Oleshchuk"], chain_any=[["Telegram"]]),
     dict(content="One more invader down, one more step closer to our victory. Another enemy Su-25 is gone. There "
                  "will be more,", kind="direct", speaker_any=["Oleshchuk", "Mykola Oleshchuk"],
          chain_any=[["Telegram"]])],
    [])

rec("fresh13-en-07", "news", "https://thelowdownblog.com/2023/06/russian-convict-unit-on-zaporizhzhia.html",
    "Newsweek", "2023-06-29",
    "'The wounded were not evacuated': Russian Storm unit says on video it will not go back to the front",
    "A video that appeared on social media on Thursday seems to show a group of Russian soldiers refusing to "
    "return to what one of them calls the \"meat grinder\" of the Zaporizhzhia front.\n"
    "The clip was first posted on Telegram and then shared on Twitter by WarTranslated, an independent project that "
    "translates material about the war in Ukraine into English. At the start, one soldier gives the date of "
    "recording as June 28 and names his unit as a \"Storm Company\".\n"
    "\"When we got to the special military operation zone there were 150 of us. After brutal fighting, this is all "
    "that is left,\" he says, according to WarTranslated's subtitles, as the camera pans across about 20 men "
    "standing around him.\n"
    "The soldier says the unit was kept on the \"zero line\", the very front, without food, water or enough "
    "ammunition. \"The wounded were not evacuated, and the dead are still lying there rotting. We have served three "
    "months and have never been paid,\" he says.\n"
    "\"Now they have simply come back and told us we have to go to the zero line at Priyutny, in the Zaporizhzhia "
    "region, into the meat grinder again,\" he adds.\n"
    "Ukrainian intelligence has described the Storm units, made up mostly of former convicts, as having \"extremely "
    "low combat effectiveness\", with alcoholism, looting and desertion widespread because of catastrophic losses.",
    [dict(type="refusal_to_fight", admin1="Zaporizhzhia", country="UA", date_from="2023-06-28",
          date_to="2023-06-29", sources_any=STORM,
          evidence="seems to show a group of Russian soldiers refusing to return to what one of them calls the "
                   "\"meat grinder\" of the Zaporizhzhia front"),
     dict(type="abandonment", type_alt=["other"], admin1="Zaporizhzhia", country="UA", date_from=None,
          date_to="2023-06-28", sources_any=STORM,
          evidence="The wounded were not evacuated, and the dead are still lying there rotting."),
     dict(type="armed_clash", country="UA", date_from=None, date_to="2023-06-28", sources_any=STORM, optional=True,
          evidence="After brutal fighting, this is all that is left")],
    [dict(content="When we got to the special military operation zone there were 150 of us. After brutal fighting, "
                  "this is all that is left,", kind="direct", speaker_any=["soldier"],
          chain_any=[["WarTranslated", "Telegram", "video"]]),
     dict(content="The wounded were not evacuated, and the dead are still lying there rotting. We have served three "
                  "months and have never been paid,", kind="direct", speaker_any=["soldier"],
          chain_any=[["WarTranslated", "Telegram", "video"]]),
     dict(content="Now they have simply come back and told us we have to go to the zero line at Priyutny, in the "
                  "Zaporizhzhia region, into the meat grinder again,", kind="direct", speaker_any=["soldier"],
          chain_any=[["WarTranslated", "Telegram", "video"]])],
    ["We have served three months and have never been paid",
     "with alcoholism, looting and desertion widespread because of catastrophic losses"])

rec("fresh13-en-08", "longform",
    "https://meduza.io/amp/en/feature/2025/12/06/a-russian-deserter-recounts-wounding-himself-and-his-own-men-to-escape-the-ukraine-war",
    "Meduza", "2025-12-06",
    "'I fired at my own men': a former Russian officer on how he got out of the war",
    "Yevgeny Korobov, a 30-year-old senior lieutenant once presented on Russian television as a war hero, says he "
    "deliberately wounded one of his own soldiers and then himself so that his group would not be sent on a mission "
    "he considered suicidal. He told his story for the first time to journalist Maria Borzunova, in a documentary "
    "released on Friday by the French-German broadcaster ARTE.\n"
    "Korobov, from Krasnoyarsk, is a military academy graduate who served in Syria. \"People join up with noble ideas about serving,\" he told Borzunova. \"What they get instead "  # noqa: E501
    "is idiocy, total incompetence and being treated like rubbish.\"\n"
    "His unit was moved to the Ukrainian border a few weeks before the February 2022 invasion. A visiting army "
    "commander assured the men there would be no war: \"By March 8 you'll be home already,\" Korobov remembers him "
    "saying. Instead he was sent towards Kyiv, escorting convoys. When his convoy was ambushed, he helped soldiers from his own column and from a second Russian convoy get away alive. A colonel "  # noqa: E501
    "later embellished the episode and state television turned it into a heroic stand.\n"
    "By the time the story aired, he had already been wounded. In May 2022, he says, he was ordered to recover a "
    "drone stuck in a tree "
    "close to Ukrainian positions, an order he believed would cost someone in his group their life. \"I pulled out "
    "my gun and fired at my own men. I hit one and missed the other, and then I shot myself in the leg,\" he said. "
    "He then told the evacuation team that they had come under enemy fire.\n"
    "Facing a return to the front after his treatment, Korobov fled to Kazakhstan in January 2023. He now works as "
    "a bartender in Astana.",
    [dict(type="intra_force_killing", type_alt=["other"], country="UA", date_from="2022-05-01",
          date_to="2022-05-31", killed=0, injured=2, sources_any=KOROBOV,
          evidence="I pulled out my gun and fired at my own men. I hit one and missed the other, and then I shot "
                   "myself in the leg"),
     dict(type="desertion_or_surrender", date_from="2023-01-01", date_to="2023-01-31", sources_any=KOROBOV,
          optional=True, evidence="Korobov fled to Kazakhstan in January 2023"),
     dict(type="armed_clash", country="UA", date_from=None, date_to=None, sources_any=KOROBOV, optional=True,
          evidence="When his convoy was ambushed, he helped soldiers from his own column and from a second Russian "
                   "convoy get away alive")],
    [dict(content="People join up with noble ideas about serving,", kind="direct",
          speaker_any=["Korobov", "Yevgeny Korobov"], chain_any=[["ARTE", "Borzunova", "Maria Borzunova"]]),
     dict(content="What they get instead is idiocy, total incompetence and being treated like rubbish.",
          kind="direct", speaker_any=["Korobov", "Yevgeny Korobov"],
          chain_any=[["ARTE", "Borzunova", "Maria Borzunova"]]),
     dict(content="By March 8 you'll be home already,", kind="direct", speaker_any=["commander", "army commander"],
          chain_any=[["Korobov", "Yevgeny Korobov"]]),
     dict(content="I pulled out my gun and fired at my own men. I hit one and missed the other, and then I shot "
                  "myself in the leg,", kind="direct", speaker_any=["Korobov", "Yevgeny Korobov"],
          chain_any=[["ARTE", "Borzunova", "Maria Borzunova"]])],
    ["A visiting army commander assured the men there would be no war",
     "He then told the evacuation team that they had come under enemy fire."])

rec("fresh13-en-09", "telegram", "https://menafn.com/1108749619/Russians-Drop-Explosives-On-Minibus-In-Kherson",
    "Roman Mrochko (Telegram)", "2024-10-05", None,
    "Once again the Russians have gone after a route 17 bus in Kherson with a drone. The occupiers are carrying on their "  # noqa: E501
    "attacks on public transport in our community.\n"
    "Shortly after 14:00, in the suburb, they dropped explosives from a drone right next to the bus. Up to 20 "
    "passengers were on board at that moment.\n"
    "Nobody was hurt. The bus's windows were damaged.\n"
    "Earlier today, a Russian drone attack on civilians in the Dniprovskyi district of Kherson left four people "
    "injured.\n"
    "Roman Mrochko, head of the Kherson City Military Administration",
    [dict(type="attack_on_civilians", type_alt=["strike"], place="Kherson", place_en="Kherson", admin1="Kherson",
          country="UA", date_from="2024-10-05", date_to="2024-10-05", killed=0, injured=0, sources_any=MROCHKO,
          evidence="they dropped explosives from a drone right next to the bus"),
     dict(type="attack_on_civilians", type_alt=["strike"], place="Dniprovskyi district", place_en="Kherson",
          admin1="Kherson", country="UA", date_from="2024-10-05", date_to="2024-10-05", injured=4,
          sources_any=MROCHKO,
          evidence="a Russian drone attack on civilians in the Dniprovskyi district of Kherson left four people "
                   "injured")],
    [],
    ["The occupiers are carrying on their attacks on public transport in our community."])

rec("fresh13-en-10", "headline",
    "https://united24media.com/latest-news/russian-suicide-drone-attack-on-bus-carrying-workers-kills-nine-injures-dozens-7803",
    "United24 Media", "2025-04-23",
    "Russian drone strike on bus carrying workers in Marhanets kills 9, injures 42, governor says", "",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Marhanets", place_en="Marhanets",
          admin1="Dnipropetrovsk", country="UA", date_from=None, date_to="2025-04-23", killed=9, injured=42,
          sources_any=["governor", "Lysak", "Serhiy Lysak"],
          evidence="Russian drone strike on bus carrying workers in Marhanets kills 9, injures 42, governor says")])

records.write()
