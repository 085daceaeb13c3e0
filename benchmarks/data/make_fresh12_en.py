"""Writes fresh12_en.jsonl beside this file: the twelfth batch of English war reports written by the project (session
7, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-11 or dev),
annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing extraction rules has read them:
a check of how the rules carry to reports they were not written on (``python -m benchmarks.reports --lang en --data
benchmarks/data/fresh12_en.jsonl``). Never tune on them; when they have been read for rules, say so and write new
ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh12")
rec = records.rec

SYNIEHUBOV = ["Syniehubov", "Synehubov", "Oleh Syniehubov", "Oleh Synehubov", "governor", "military administration"]
FEDOROV = ["Fedorov", "Ivan Fedorov", "military administration"]


rec("fresh12-en-01", "wire",
    "https://english.alarabiya.net/News/world/2023/08/12/One-killed-in-Russian-shelling-of-Kharkiv-region-Ukraine",
    "Al Arabiya", "2023-08-12",
    "Elderly woman killed as Russian shells hit village near Kupiansk",
    "A 73-year-old woman was killed early on Saturday when Russian troops shelled a village in Ukraine's eastern "
    "Kharkiv region, the regional governor said.\n"
    "\"At about 5:10 this morning the enemy opened fire on the village of Kupiansk-Vuzlovyi in the Kupiansk "
    "district. A house was damaged and a 73-year-old woman was killed,\" Governor Oleh Synehubov wrote on "
    "Telegram.\n"
    "Reuters was unable to verify the report independently.\n"
    "The eastern part of the region borders the front line, and Ukrainian forces say Russian attacks there have "
    "grown in recent weeks. Earlier this month the regional authorities ordered civilians to leave the settlements "
    "of the Kupiansk district nearest to the front.\n"
    "Russia denies that it targets civilians on purpose.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Kupiansk-Vuzlovyi", place_en="Kupiansk-Vuzlovyi",
          admin1="Kharkiv", country="UA", date_from="2023-08-12", date_to="2023-08-12", killed=1,
          sources_any=SYNIEHUBOV,
          evidence="A 73-year-old woman was killed early on Saturday when Russian troops shelled a village in "
                   "Ukraine's eastern Kharkiv region")],
    [dict(content="At about 5:10 this morning the enemy opened fire on the village of Kupiansk-Vuzlovyi in the "
                  "Kupiansk district. A house was damaged and a 73-year-old woman was killed,", kind="direct",
          speaker_any=["Synehubov", "Oleh Synehubov"], chain_any=[["Telegram"]])],
    ["Russia denies that it targets civilians on purpose."])

rec("fresh12-en-02", "wire", "https://en.interfax.com.ua/news/general/929311.html", "Interfax-Ukraine",
    "2023-08-17",
    "Woman killed as Russian forces shell Zaoskillia in Kharkiv region",
    "Russian forces shelled the village of Zaoskillia in the Kupiansk district of the Kharkiv region at around "
    "10:00 on Thursday, killing a woman, regional military administration head Oleh Synehubov said.\n"
    "\"Sadly, a woman born in 1962 was killed. Another woman, born in 1963, was hit by shrapnel and treated by "
    "medics at the scene,\" Synehubov wrote on Telegram.\n"
    "The shelling damaged a private house and set an outbuilding on fire, he said.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Zaoskillia", place_en="Zaoskillia",
          admin1="Kharkiv", country="UA", date_from="2023-08-17", date_to="2023-08-17", killed=1, injured=1,
          sources_any=SYNIEHUBOV,
          evidence="Russian forces shelled the village of Zaoskillia in the Kupiansk district of the Kharkiv region "
                   "at around 10:00 on Thursday, killing a woman")],
    [dict(content="Sadly, a woman born in 1962 was killed. Another woman, born in 1963, was hit by shrapnel and "
                  "treated by medics at the scene,", kind="direct", speaker_any=["Synehubov", "Oleh Synehubov"],
          chain_any=[["Telegram"]])],
    [])

rec("fresh12-en-03", "news", "https://menafn.com/1107211950/Enemy-Shells-15-Settlements-In-Kharkiv-Region-Over-Last-Day",
    "Ukrinform", "2023-10-09",
    "Russian troops shell 15 settlements in Kharkiv region; woman killed in Vovchansk",
    "Russian forces shelled 15 settlements in the Kharkiv region on Sunday, October 8, regional military "
    "administration head Oleh Syniehubov said on Facebook.\n"
    "\"Yesterday the occupiers fired artillery, mortars and other weapons at civilian infrastructure and civilians in "
    "the Chuhuiv and Kupiansk districts,\" he wrote.\n"
    "After 6 p.m., artillery fire on Vovchansk in the Chuhuiv district killed a 65-year-old woman and badly damaged "
    "two private houses, Syniehubov said. In all, at least five houses in the town were damaged during the day.\n"
    "The village of Zemlianky came under fire after 6:30 p.m.; no one was hurt there and there was no serious "
    "damage. Kamianka, Dvorichna, Kyslivka, Kozacha Lopan and Okhrimivka were also among the places shelled.\n"
    "On the Kupiansk front, Ukrainian forces repelled three Russian attacks near Synkivka and Ivanivka, according "
    "to Syniehubov.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Vovchansk", place_en="Vovchansk",
          admin1="Kharkiv", country="UA", date_from="2023-10-08", date_to="2023-10-08", killed=1,
          sources_any=SYNIEHUBOV,
          evidence="artillery fire on Vovchansk in the Chuhuiv district killed a 65-year-old woman"),
     dict(type="strike", place="Zemlianky", place_en="Zemlianky", admin1="Kharkiv", country="UA",
          date_from="2023-10-08", date_to="2023-10-08", killed=0, injured=0, sources_any=SYNIEHUBOV,
          evidence="The village of Zemlianky came under fire after 6:30 p.m."),
     dict(type="strike", place="Kamianka", place_en="Kamianka", admin1="Kharkiv", country="UA",
          date_from="2023-10-08", date_to="2023-10-08", sources_any=SYNIEHUBOV, optional=True,
          evidence="Kamianka, Dvorichna, Kyslivka, Kozacha Lopan and Okhrimivka were also among the places shelled"),
     dict(type="strike", place="Dvorichna", place_en="Dvorichna", admin1="Kharkiv", country="UA",
          date_from="2023-10-08", date_to="2023-10-08", sources_any=SYNIEHUBOV, optional=True,
          evidence="Kamianka, Dvorichna, Kyslivka, Kozacha Lopan and Okhrimivka were also among the places shelled"),
     dict(type="strike", place="Kyslivka", place_en="Kyslivka", admin1="Kharkiv", country="UA",
          date_from="2023-10-08", date_to="2023-10-08", sources_any=SYNIEHUBOV, optional=True,
          evidence="Kamianka, Dvorichna, Kyslivka, Kozacha Lopan and Okhrimivka were also among the places shelled"),
     dict(type="strike", place="Kozacha Lopan", place_en="Kozacha Lopan", admin1="Kharkiv", country="UA",
          date_from="2023-10-08", date_to="2023-10-08", sources_any=SYNIEHUBOV, optional=True,
          evidence="Kamianka, Dvorichna, Kyslivka, Kozacha Lopan and Okhrimivka were also among the places shelled"),
     dict(type="strike", place="Okhrimivka", place_en="Okhrimivka", admin1="Kharkiv", country="UA",
          date_from="2023-10-08", date_to="2023-10-08", sources_any=SYNIEHUBOV, optional=True,
          evidence="Kamianka, Dvorichna, Kyslivka, Kozacha Lopan and Okhrimivka were also among the places shelled"),
     dict(type="armed_clash", place="Synkivka", place_en="Synkivka", admin1="Kharkiv", country="UA",
          date_from="2023-10-08", date_to="2023-10-09", sources_any=SYNIEHUBOV,
          evidence="Ukrainian forces repelled three Russian attacks near Synkivka and Ivanivka")],
    [dict(content="Yesterday the occupiers fired artillery, mortars and other weapons at civilian infrastructure and "
                  "civilians in the Chuhuiv and Kupiansk districts,", kind="direct",
          speaker_any=["Syniehubov", "Oleh Syniehubov"], chain_any=[["Facebook"]])],
    ["no one was hurt there and there was no serious damage"])

rec("fresh12-en-04", "news", "https://pravda.com.ua/eng/news/2024/08/27/7472064", "Ukrainska Pravda", "2024-08-27",
    "Two killed, four wounded in overnight Shahed attack on Zaporizhzhia",
    "A Russian attack with Shahed drones on the city of Zaporizhzhia overnight killed two people and wounded four, "
    "local officials said on Tuesday, 27 August.\n"
    "Ivan Fedorov, head of the Zaporizhzhia Oblast Military Administration, first reported one man killed and a man "
    "and a woman injured. \"Private houses were damaged by the blast wave and debris, and dry grass caught fire on "
    "open ground,\" he wrote on Telegram. According to early reports, the Russians carried out seven drone strikes "
    "on the city and the Zaporizhzhia district.\n"
    "Rehina Kharchenko, acting mayor and secretary of the city council, later said the toll had risen to two dead "
    "and four wounded.\n"
    "Over the previous day, Fedorov said, Russian attacks on the city and district had killed three people and "
    "injured five.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Zaporizhzhia", place_en="Zaporizhzhia",
          admin1="Zaporizhzhia", country="UA", date_from="2024-08-26", date_to="2024-08-27", killed=2, injured=4,
          sources_any=FEDOROV + ["Kharchenko", "Rehina Kharchenko", "city council"],
          evidence="A Russian attack with Shahed drones on the city of Zaporizhzhia overnight killed two people and "
                   "wounded four"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Zaporizhzhia", place_en="Zaporizhzhia",
          admin1="Zaporizhzhia", country="UA", date_from="2024-08-26", date_to="2024-08-27", killed=3, injured=5,
          sources_any=FEDOROV, optional=True,
          evidence="Russian attacks on the city and district had killed three people and injured five")],
    [dict(content="Private houses were damaged by the blast wave and debris, and dry grass caught fire on open "
                  "ground,", kind="direct", speaker_any=["Fedorov", "Ivan Fedorov"], chain_any=[["Telegram"]])],
    [])

rec("fresh12-en-05", "news", "https://kyivindependent.com/news-feed/governor-russian-forces-shell-of-kharkiv-oblast-1-person-killed",
    "Kyiv Independent", "2022-09-08",
    "Governor: Russian shelling kills 1 person in Kharkiv Oblast",
    "Russian forces shelled the Saltivskyi district of Kharkiv and the Chuhuiv district, killing one woman in the "
    "Chuhuiv district, Kharkiv Oblast Governor Oleh Syniehubov said.\n"
    "Kharkiv's Kyivskyi district also came under fire, according to Mayor Ihor Terekhov. Nobody was hurt there, he "
    "said, but several houses were partly damaged.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Chuhuiv district", place_en="Chuhuiv",
          admin1="Kharkiv", country="UA", date_from=None, date_to="2022-09-08", killed=1, sources_any=SYNIEHUBOV,
          evidence="killing one woman in the Chuhuiv district"),
     dict(type="strike", place="Saltivskyi district", place_en="Kharkiv", admin1="Kharkiv", country="UA",
          date_from=None, date_to="2022-09-08", sources_any=SYNIEHUBOV,
          evidence="Russian forces shelled the Saltivskyi district of Kharkiv"),
     dict(type="strike", place="Kyivskyi district", place_en="Kharkiv", admin1="Kharkiv", country="UA",
          date_from=None, date_to="2022-09-08", killed=0, injured=0,
          sources_any=["Terekhov", "Ihor Terekhov", "mayor"],
          evidence="Kharkiv's Kyivskyi district also came under fire")],
    [dict(content="Nobody was hurt there, he said, but several houses were partly damaged", kind="indirect",
          speaker_any=["Terekhov", "Ihor Terekhov"], chain_any=[])],
    [])

rec("fresh12-en-06", "news", "https://kyivindependent.com/news-feed/governor-russian-shelling-kills-1-injures-1-in-kharkiv-oblast",
    "Kyiv Independent", "2022-09-12",
    "Governor: Russian shelling kills 1, injures 1 in Kharkiv Oblast",
    "A Russian attack on critical infrastructure in Kharkiv killed a man, and rescuers are still searching the site "
    "for others, Kharkiv Oblast Governor Oleh Syniehubov said.\n"
    "In the Chuhuiv district, medics took a 35-year-old man with blast injuries to hospital, the governor added.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Kharkiv", place_en="Kharkiv", admin1="Kharkiv",
          country="UA", date_from="2022-09-11", date_to="2022-09-12", killed=1, sources_any=SYNIEHUBOV,
          evidence="A Russian attack on critical infrastructure in Kharkiv killed a man"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Chuhuiv district", place_en="Chuhuiv",
          admin1="Kharkiv", country="UA", date_from="2022-09-11", date_to="2022-09-12", injured=1,
          sources_any=SYNIEHUBOV,
          evidence="In the Chuhuiv district, medics took a 35-year-old man with blast injuries to hospital")],
    [],
    [])

rec("fresh12-en-07", "news",
    "https://d33gy59ovltp76.cloudfront.net/news/russian-commander-fighting-in-ukraine-shot-dead-by-his-own-troops-according-to-intercepted-phone-call",
    "Evening Standard", "2024-07-19",
    "Russian commander shot dead by his own side, soldier says in intercepted call",
    "A Russian unit commander fighting in Ukraine was shot dead by his own side, according to a phone call "
    "intercepted by Ukraine's military intelligence agency, HUR.\n"
    "In the recording, which HUR posted on Telegram, a Russian soldier tells his father: \"Our commander was "
    "killed, a good commander, he felt sorry for everyone. Eleven bullet wounds.\"\n"
    "Asked who had done it, the soldier answered: \"The officers said they shot him, and that was that. No "
    "questions.\"\n"
    "\"They don't spare anyone there,\" the father replied, urging his son not to fight.\n"
    "In other calls released by HUR, soldiers talk about ways to leave the army, and one says part of his battalion "
    "had defied orders and was sitting \"idle in the forest, not engaged in combat.\" Another suggests: \"Soon "
    "we'll gather a crowd and head towards Russia.\"\n"
    "The recordings could not be independently verified.",
    [dict(type="intra_force_killing", country="UA", date_from=None, date_to="2024-07-19", killed=1,
          sources_any=["HUR", "military intelligence", "soldier", "intercepted"],
          evidence="A Russian unit commander fighting in Ukraine was shot dead by his own side"),
     dict(type="refusal_to_fight", country="UA", date_from=None, date_to="2024-07-19",
          sources_any=["HUR", "military intelligence", "soldier", "intercepted"], optional=True,
          evidence="part of his battalion had defied orders and was sitting \"idle in the forest, not engaged in "
                   "combat.\"")],
    [dict(content="Our commander was killed, a good commander, he felt sorry for everyone. Eleven bullet wounds.",
          kind="direct", speaker_any=["soldier", "Russian soldier"], chain_any=[["HUR", "Telegram"]]),
     dict(content="The officers said they shot him, and that was that. No questions.", kind="direct",
          speaker_any=["soldier", "Russian soldier"], chain_any=[["HUR", "Telegram"]])],
    ["Soon we'll gather a crowd and head towards Russia.", "The recordings could not be independently verified."])

records.write()
