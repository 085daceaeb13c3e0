"""Writes fresh_ru.jsonl beside this file: Russian war reports written by the project (session 4, 2026-12-05)
from real reports (``basis_url``; facts kept, wording ours), annotated in the format of ``../shared/corpus/reports``
(its README). Nobody writing extraction rules has read them: a check of how the rules carry to reports they were
not written on (``python -m benchmarks.reports --data benchmarks/data/fresh_ru.jsonl --lang ru``). Never tune on
them; when they have been read for rules, say so and write new ones."""
from benchmarks.data.fresh import Records

records = Records("ru")
rec = records.rec


rec("fresh-ru-01", "news", "https://lenta.ru/news/2025/10/22/v-rossiyskom-regione-pri/", "Лента.ру", "2025-10-22",
    "В Брянской области при атаке дронов погиб мужчина",
    "Украинские дроны-камикадзе атаковали село в Брянской области: один человек погиб, еще один ранен. Об этом "
    "написал в своем Telegram-канале губернатор Александр Богомаз.\n"
    "«Раненый мужчина доставлен в больницу, ему оказывают всю необходимую помощь», — сообщил губернатор.\n"
    "Богомаз выразил соболезнования родным погибшего и пообещал семьям пострадавших материальную помощь.\n"
    "Ранее беспилотники пытались атаковать предприятие в Дагестане; по словам главы республики Сергея Меликова, "
    "никто не пострадал.",
    [dict(type="strike", type_alt=["attack_on_civilians"], admin1="Bryansk", country="RU", date_from=None,
          date_to="2025-10-22", killed=1, injured=1, sources_any=["Богомаз", "Bogomaz", "губернатор"],
          evidence="Украинские дроны-камикадзе атаковали село в Брянской области: один человек погиб, еще один ранен"),
     dict(type="strike", admin1="Dagestan", country="RU", date_from=None, date_to="2025-10-22", killed=0, injured=0,
          sources_any=["Меликов", "Melikov"], optional=True,
          evidence="беспилотники пытались атаковать предприятие в Дагестане")],
    [dict(content="Раненый мужчина доставлен в больницу, ему оказывают всю необходимую помощь", kind="direct",
          speaker_any=["Богомаз", "губернатор"], chain_any=[])],
    [])

rec("fresh-ru-02", "news", "https://tass.ru/proisshestviya/26266445", "ТАСС", "2026-01-27",
    "Под Брянском дрон-камикадзе ранил мирного жителя",
    "БРЯНСК, 27 января. /ТАСС/. ВСУ атаковали дронами-камикадзе деревню Горицы Погарского района Брянской области, "
    "ранен мирный житель. Об этом губернатор Александр Богомаз сообщил в Telegram-канале.\n"
    "По его словам, пострадавшего доставили в больницу. Также дрон частично повредил жилой дом, на месте работают "
    "экстренные службы.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Горицы", place_en="Goritsy", admin1="Bryansk",
          country="RU", date_from=None, date_to="2026-01-27", injured=1,
          sources_any=["Богомаз", "Bogomaz", "губернатор"],
          evidence="ВСУ атаковали дронами-камикадзе деревню Горицы Погарского района Брянской области")],
    [],
    [])

rec("fresh-ru-03", "news",
    "https://1395.topnews.com/ru/society/?article=5071570187416401970-b6761941bd7a0f8873&thread=1602627508255655199",
    "Известия", "2026-01-12",
    "В Брянской области FPV-дрон ударил по машине, погиб мирный житель",
    "В селе Страчово Суземского района Брянской области при ударе FPV-дрона по движущемуся гражданскому автомобилю "
    "погиб мирный житель, сообщил вечером в понедельник губернатор Александр Богомаз.\n"
    "«Удар был нанесен целенаправленно. К сожалению, человек погиб», — написал он в Telegram-канале.\n"
    "В тот же день в правительстве ЛНР сообщили, что в Кременском районе ранены двое газовиков.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Страчово", place_en="Strachovo", admin1="Bryansk",
          country="RU", date_from="2026-01-12", date_to="2026-01-12", killed=1,
          sources_any=["Богомаз", "Bogomaz", "губернатор"],
          evidence="при ударе FPV-дрона по движущемуся гражданскому автомобилю погиб мирный житель"),
     dict(type="strike", admin1="Luhansk", date_from="2026-01-12", date_to="2026-01-12", injured=2,
          sources_any=["ЛНР", "правительстве"], optional=True,
          evidence="в Кременском районе ранены двое газовиков")],
    [dict(content="Удар был нанесен целенаправленно. К сожалению, человек погиб", kind="direct",
          speaker_any=["Богомаз", "губернатор"], chain_any=[["Telegram"]])],
    [])

records.write()
