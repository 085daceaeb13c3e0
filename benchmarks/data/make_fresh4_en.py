"""Writes fresh4_en.jsonl beside this file: the fourth batch of English war reports written by the project (session
6, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches 1-3),
annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing extraction rules has read them:
a check of how the rules carry to reports they were not written on (``python -m benchmarks.reports --lang en --data
benchmarks/data/fresh4_en.jsonl``). Never tune on them; when they have been read for rules, say so and write new
ones."""
from benchmarks.data.fresh import Records

records = Records("en", batch="fresh4")
rec = records.rec


rec("fresh4-en-01", "wire",
    "https://www.asia.anews.pk/2022/12/26/three-people-were-killed-by-falling-drone-debris-at-a-russian-military-station/",
    "Reuters", "2022-12-26",
    "Falling drone debris kills three Russian servicemen at Engels air base",
    "Debris from a Ukrainian drone that was shot down over a military facility in Russia's Saratov region killed "
    "three Russian servicemen early on Monday, according to Russian news agencies citing the defence ministry.\n"
    "The ministry said the drone was brought down at low altitude as it approached the Engels military airfield, "
    "and that the three men killed by the falling wreckage belonged to the base's technical staff.\n"
    "It was the second attack on the base this month. The airfield, some 730 km (450 miles) southeast of Moscow, "
    "was damaged on December 5, when Russia said Ukrainian drones had attacked two of its air bases.\n"
    "Kyiv has never publicly claimed responsibility for attacks inside Russia.\n"
    "The Russian defence ministry said no aircraft had been damaged, while unofficial Russian and Ukrainian "
    "social media accounts said several planes had been destroyed. Reuters could not independently verify the "
    "reports.\n"
    "Earlier on Monday the governor of the Saratov region, Roman Busargin, said no civilian infrastructure had "
    "been hit. \"Residents are in no danger,\" he said.",
    [dict(type="strike", place="Engels", place_en="Engels", admin1="Saratov", country="RU",
          date_from="2022-12-26", date_to="2022-12-26", killed=3,
          sources_any=["defence ministry", "ministry", "news agencies"],
          evidence="Debris from a Ukrainian drone that was shot down over a military facility in Russia's Saratov "
                   "region killed three Russian servicemen early on Monday"),
     dict(type="strike", place="Engels", place_en="Engels", admin1="Saratov", country="RU",
          date_from="2022-12-05", date_to="2022-12-05", sources_any=["Russia"], optional=True,
          evidence="was damaged on December 5, when Russia said Ukrainian drones had attacked two of its air bases")],
    [dict(content="the drone was brought down at low altitude as it approached the Engels military airfield",
          kind="indirect", speaker_any=["ministry", "defence ministry"], chain_any=[]),
     dict(content="Residents are in no danger", kind="direct", speaker_any=["Busargin", "governor"], chain_any=[])],
    ["Kyiv has never publicly claimed responsibility for attacks inside Russia.",
     "Reuters could not independently verify the reports."])

rec("fresh4-en-02", "wire",
    "https://www.dailymail.co.uk/wires/reuters/article-13597435/Russian-missile-strike-kills-one-Ukraines-Poltava-region.html",
    "Reuters", "2024-07-03",
    "Russian missile kills one, wounds three in Ukraine's Poltava region",
    "One person was killed and three others were wounded on Wednesday when a Russian missile hit Ukraine's Poltava "
    "region, the regional governor said.\n"
    "\"This is the third day running that the Russians have attacked the Poltava region,\" Governor Filip Pronin "
    "wrote on Telegram, adding that one of the wounded was in a serious condition.\n"
    "Ukraine's air force said it had shot down a Russian missile of the Kh-59/69 type over the region, but "
    "according to Pronin falling debris damaged a school and a kindergarten.",
    [dict(type="strike", admin1="Poltava", country="UA", date_from="2024-07-03", date_to="2024-07-03", killed=1,
          injured=3, sources_any=["Pronin", "governor"],
          evidence="One person was killed and three others were wounded on Wednesday when a Russian missile hit "
                   "Ukraine's Poltava region")],
    [dict(content="This is the third day running that the Russians have attacked the Poltava region",
          kind="direct", speaker_any=["Pronin", "Filip Pronin", "governor"], chain_any=[["Telegram"]])],
    [])

rec("fresh4-en-03", "news", "https://kyivindependent.com/ukrainian-serviceman-attacked-at-military-enlistment-office-in-kharkiv",
    "The Kyiv Independent", "2025-02-12",
    "Draft officer stabbed at Kharkiv enlistment office",
    "A serviceman of Ukraine's Armed Forces was hurt in an attack at a military enlistment office in Kharkiv on "
    "Feb. 12, the office said. The suspect has been detained.\n"
    "According to the enlistment office, the attacker sprayed tear gas and then stabbed the serviceman, who is in "
    "hospital; his life is not at risk.\n"
    "\"Attacking a serviceman on duty is a grave crime that has to be investigated without delay,\" the office "
    "said in a statement.\n"
    "The National Police said the officer was checking men's military registration data in the city's Saltivskyi "
    "district when he was attacked. The 35-year-old suspect tried to run from the scene but was caught.\n"
    "The case is being investigated as attempted murder and obstruction of the military, and the suspect could "
    "face up to 15 years or life in prison.\n"
    "The attack comes after a string of assaults on enlistment officers. On Jan. 31 a draft officer was shot dead "
    "in Poltava Oblast. An explosion at a draft office in Rivne on Feb. 1 injured eight service members and killed "
    "the suspected bomber, who the Security Service (SBU) said last week had been recruited by Russia. On Feb. 5 "
    "a blast near the enlistment office in Kamianets-Podilskyi, Khmelnytskyi Oblast, killed at least one person and "
    "injured four.",
    [dict(type="attack_on_civilians", type_alt=["other", "armed_clash"], place="Kharkiv", place_en="Kharkiv",
          admin1="Kharkiv", country="UA", date_from="2025-02-12", date_to="2025-02-12", injured=1,
          sources_any=["enlistment office", "office", "National Police", "police"],
          evidence="A serviceman of Ukraine's Armed Forces was hurt in an attack at a military enlistment office in "
                   "Kharkiv on Feb. 12"),
     dict(type="arrest_or_detention", place="Kharkiv", place_en="Kharkiv", admin1="Kharkiv", country="UA",
          date_from="2025-02-12", date_to="2025-02-12", sources_any=["National Police", "police", "office"],
          evidence="The 35-year-old suspect tried to run from the scene but was caught"),
     dict(type="attack_on_civilians", type_alt=["other"], admin1="Poltava", country="UA", date_from="2025-01-31",
          date_to="2025-01-31", killed=1, sources_any=["Kyiv Independent"], optional=True,
          evidence="On Jan. 31 a draft officer was shot dead in Poltava Oblast"),
     dict(type="strike", type_alt=["other", "attack_on_civilians"], place="Rivne", place_en="Rivne",
          admin1="Rivne", country="UA", date_from="2025-02-01", date_to="2025-02-01", killed=1, injured=8,
          sources_any=["SBU", "Security Service"], optional=True,
          evidence="An explosion at a draft office in Rivne on Feb. 1 injured eight service members and killed the "
                   "suspected bomber"),
     dict(type="strike", type_alt=["other", "attack_on_civilians"], place="Kamianets-Podilskyi",
          place_en="Kamianets-Podilskyi", admin1="Khmelnytskyi", country="UA", date_from="2025-02-05",
          date_to="2025-02-05", killed=1, injured=4, sources_any=["Kyiv Independent"], optional=True,
          evidence="a blast near the enlistment office in Kamianets-Podilskyi, Khmelnytskyi Oblast, killed at least "
                   "one person and injured four")],
    [dict(content="Attacking a serviceman on duty is a grave crime that has to be investigated without delay",
          kind="direct", speaker_any=["office", "enlistment office"], chain_any=[])],
    ["the suspect could face up to 15 years or life in prison"])

rec("fresh4-en-04", "news",
    "https://kyivindependent.com/armed-with-bats-and-metal-pipes-casualties-reported-after-civilians-allegedly-attack-recruitment-officer-in-mykolaiv-oblast/",
    "The Kyiv Independent", "2025-08-03",
    "Civilians with bats and pipes allegedly attack recruitment officer in Mykolaiv Oblast",
    "A group of civilians allegedly attacked a recruitment officer in the village of Buzke, Mykolaiv Oblast, on "
    "Aug. 3, the regional Territorial Recruitment Center said.\n"
    "According to the center, the attackers, \"armed with bats and metal pipes\", damaged a vehicle and injured a "
    "soldier while the officer was carrying out enlistment duties. A serviceman then fired a non-lethal weapon at "
    "the civilians, allegedly in self-defense.\n"
    "Officials said there were casualties among both servicemen and civilians but did not say how many, nor how "
    "badly they were hurt.\n"
    "The Kyiv Independent could not immediately verify the details of the incident.\n"
    "On Aug. 1, protesters in Vinnytsia demanding the release of men held by enlistment offices broke into a "
    "stadium where the men were being kept. Police detained some of the demonstrators.\n"
    "In June and July, Russian strikes hit enlistment offices in Kryvyi Rih, Poltava, Kremenchuk, Kharkiv and "
    "Zaporizhzhia.",
    [dict(type="attack_on_civilians", type_alt=["armed_clash", "protest", "other"], place="Buzke",
          place_en="Buzke", admin1="Mykolaiv", country="UA", date_from="2025-08-03", date_to="2025-08-03",
          sources_any=["Territorial Recruitment Center", "Recruitment Center", "center", "officials"],
          evidence="A group of civilians allegedly attacked a recruitment officer in the village of Buzke, Mykolaiv "
                   "Oblast, on Aug. 3"),
     dict(type="protest", place="Vinnytsia", place_en="Vinnytsia", admin1="Vinnytsia", country="UA",
          date_from="2025-08-01", date_to="2025-08-01", sources_any=["Kyiv Independent", "Police"], optional=True,
          evidence="protesters in Vinnytsia demanding the release of men held by enlistment offices broke into a "
                   "stadium"),
     dict(type="arrest_or_detention", place="Vinnytsia", place_en="Vinnytsia", admin1="Vinnytsia", country="UA",
          date_from="2025-08-01", date_to="2025-08-01", sources_any=["Police", "Kyiv Independent"], optional=True,
          evidence="Police detained some of the demonstrators")],
    [dict(content="armed with bats and metal pipes", kind="direct",
          speaker_any=["Territorial Recruitment Center", "center", "Recruitment Center"], chain_any=[])],
    ["The Kyiv Independent could not immediately verify the details of the incident.",
     "In June and July, Russian strikes hit enlistment offices in Kryvyi Rih, Poltava, Kremenchuk, Kharkiv and "
     "Zaporizhzhia."])

rec("fresh4-en-05", "longform", "https://www.spacemart.com/reports/Desertions_spark_panic_and_pardons_in_Ukraines_army_999.html",
    "AFP", "2025-01-01",
    "Desertions spark panic, and pardons, in Ukraine's army",
    "For six months Oleksandr watched Russian bombardments tear apart the men he served with on the front line in "
    "eastern Ukraine. When the survivors were ordered to counterattack, he deserted.\n"
    "The 45-year-old had been holding the line in the Lugansk region in the first months of the war. Even his "
    "commanding officer, he said, was reluctant to send his men back towards what looked like certain death.\n"
    "\"We wanted to live. None of us had fought before. We were simple working men from the villages,\" the "
    "quietly spoken soldier, who did not want his surname published, told AFP.\n"
    "His is one of many such cases in the Ukrainian military, which according to President Volodymyr Zelensky has "
    "lost at least 43,000 troops in nearly three years of fighting.\n"
    "The problem drew attention in September, when 24-year-old serviceman Sergiy Gnezdilov announced in a "
    "blistering social media post that he was leaving his unit in protest at service with no end date.\n"
    "\"As of today I am going AWOL, with five years of spotless service behind me, until clear terms of service "
    "are set or until I turn 25,\" he wrote.\n"
    "The state investigation service called his statement \"immoral\" and said it helped Russia. He was detained "
    "and faces up to 12 years in prison.\n"
    "According to figures from Ukraine's general prosecutor's office, more than 90,000 cases of soldiers going "
    "absent without leave or deserting have been opened since Russia invaded in 2022, with a sharp rise over the "
    "past year.",
    [dict(type="desertion_or_surrender", admin1="Luhansk", country="UA", date_from=None, date_to="2025-01-01",
          sources_any=["Oleksandr", "AFP"], optional=True,
          evidence="When the survivors were ordered to counterattack, he deserted"),
     dict(type="desertion_or_surrender", country="UA", date_from="2024-09-01", date_to="2024-09-30",
          sources_any=["Gnezdilov", "Sergiy Gnezdilov"],
          evidence="Sergiy Gnezdilov announced in a blistering social media post that he was leaving his unit in "
                   "protest at service with no end date"),
     dict(type="arrest_or_detention", country="UA", date_from=None, date_to="2025-01-01",
          sources_any=["state investigation service", "AFP"],
          evidence="He was detained and faces up to 12 years in prison")],
    [dict(content="We wanted to live. None of us had fought before. We were simple working men from the villages",
          kind="direct", speaker_any=["Oleksandr", "soldier"], chain_any=[]),
     dict(content="As of today I am going AWOL, with five years of spotless service behind me, until clear terms "
                  "of service are set or until I turn 25", kind="direct",
          speaker_any=["Gnezdilov", "Sergiy Gnezdilov"], chain_any=[])],
    ["which according to President Volodymyr Zelensky has lost at least 43,000 troops in nearly three years of "
     "fighting",
     "more than 90,000 cases of soldiers going absent without leave or deserting have been opened since Russia "
     "invaded in 2022"])

rec("fresh4-en-06", "headline", "https://kyivindependent.com./man-stabs-enlistment-official-in-dnipropetrovsk-oblast",
    "The Kyiv Independent", "2024-05-18",
    "Enlistment official stabbed by man in Dnipropetrovsk Oblast town of Synelnykove", "",
    [dict(type="attack_on_civilians", type_alt=["other"], place="Synelnykove", place_en="Synelnykove",
          admin1="Dnipropetrovsk", country="UA", date_from=None, date_to="2024-05-18",
          sources_any=["Kyiv Independent"],
          evidence="Enlistment official stabbed by man in Dnipropetrovsk Oblast town of Synelnykove")])

rec("fresh4-en-07", "news", "https://charter97.org/en/news/2023/8/7/558749/", "Charter97", "2023-08-07",
    "Russian troops near Melitopol hit by their own 'friendly fire'",
    "Russian forces in the Zaporizhzhia region struck their own soldiers by mistake, Unian reported, citing "
    "Russian Telegram channels.\n"
    "The incident is said to have happened near Robotyne. A group of Russian soldiers dressed in Ukrainian Armed "
    "Forces uniforms tried to slip into the rear of the Ukrainian lines, but a Russian drone spotted them, took "
    "them for Ukrainians and passed their coordinates to Russian artillery, which opened fire on the group.\n"
    "The botched operation left 32 people dead from \"friendly fire\". Ukrainian forces then located the Russian "
    "artillery positions and hit them with cluster munitions. \"Another 19 died, and there are many wounded, some "
    "of them badly,\" the Telegram channels write.\n"
    "The channels blame a commander who made his men put on Ukrainian uniforms without telling anyone. Once he "
    "saw what the artillery had done to his subordinates, he fled the positions, and he is now being searched "
    "for.",
    [dict(type="friendly_fire", place="Robotyne", place_en="Robotyne", admin1="Zaporizhzhia", country="UA",
          date_from=None, date_to="2023-08-07", killed=32,
          sources_any=["Telegram channels", "Unian", "channels"],
          evidence="Russian forces in the Zaporizhzhia region struck their own soldiers by mistake"),
     dict(type="strike", place="Robotyne", place_en="Robotyne", admin1="Zaporizhzhia", country="UA",
          date_from=None, date_to="2023-08-07", killed=19,
          sources_any=["Telegram channels", "Unian", "channels"],
          evidence="Ukrainian forces then located the Russian artillery positions and hit them with cluster "
                   "munitions"),
     dict(type="desertion_or_surrender", place="Robotyne", place_en="Robotyne", admin1="Zaporizhzhia",
          country="UA", date_from=None, date_to="2023-08-07",
          sources_any=["Telegram channels", "Unian", "channels"],
          evidence="he fled the positions, and he is now being searched for")],
    [dict(content="Another 19 died, and there are many wounded, some of them badly", kind="direct",
          speaker_any=["Telegram channels", "channels"], chain_any=[["Unian"]])],
    [])

rec("fresh4-en-08", "news", "https://www.rt.com/russia/557977-urkaine-friendly-fire-claims/", "RT", "2022-06-28",
    "Moscow says foreign fighters shot at allied Ukrainian troops",
    "At least two friendly-fire incidents involving Ukrainian forces, including foreign fighters recruited by Kyiv, "
    "have been blamed on poor competence, the Russian military claimed on Tuesday.\n"
    "In one of them, the Russian Defense Ministry said, recruits arriving at the position of the 97th battalion of "
    "Ukraine's 60th infantry brigade came under fire from the very troops they were sent to join.\n"
    "In the other, foreign mercenaries attacked a reconnaissance team of the 28th mechanized brigade, killing four "
    "soldiers and wounding three, the ministry said in its daily briefing.\n"
    "The briefing gave no further details of when or where the alleged incidents took place.\n"
    "Western volunteers have also described such incidents. A Rolling Stone story last week quoted Tristan "
    "Nettles, a member of an English-speaking squad: \"We had a two-hour firefight that later turned out to be "
    "against Ukrainian special forces.\"",
    [dict(type="friendly_fire", country="UA", date_from=None, date_to="2022-06-28",
          sources_any=["Defense Ministry", "ministry", "Russian military"],
          evidence="recruits arriving at the position of the 97th battalion of Ukraine's 60th infantry brigade came "
                   "under fire from the very troops they were sent to join"),
     dict(type="friendly_fire", country="UA", date_from=None, date_to="2022-06-28", killed=4, injured=3,
          sources_any=["Defense Ministry", "ministry", "Russian military"],
          evidence="foreign mercenaries attacked a reconnaissance team of the 28th mechanized brigade, killing four "
                   "soldiers and wounding three"),
     dict(type="friendly_fire", type_alt=["armed_clash"], country="UA", date_from=None, date_to="2022-06-28",
          sources_any=["Nettles", "Tristan Nettles", "Rolling Stone"], optional=True,
          evidence="We had a two-hour firefight that later turned out to be against Ukrainian special forces")],
    [dict(content="We had a two-hour firefight that later turned out to be against Ukrainian special forces",
          kind="direct", speaker_any=["Nettles", "Tristan Nettles"], chain_any=[["Rolling Stone"]])],
    ["The briefing gave no further details of when or where the alleged incidents took place."])

records.write()
