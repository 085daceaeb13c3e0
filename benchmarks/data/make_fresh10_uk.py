"""Writes fresh10_uk.jsonl beside this file: the tenth batch of Ukrainian war reports written by the project
(session 7, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches
1-9 or dev), annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing extraction rules
has read them (``python -m benchmarks.reports --lang uk --data benchmarks/data/fresh10_uk.jsonl``). Never tune on
them; when they have been read for rules, say so and write new ones."""
from benchmarks.data.fresh import Records

records = Records("uk", batch="fresh10")
rec = records.rec

SYNIEHUBOV = ["Синєгубов", "Олег Синєгубов", "ХОВА", "ОВА"]
FILASHKIN = ["Філашкін", "Вадим Філашкін", "ОВА", "ОДА"]
FEDOROV = ["Федоров", "Іван Федоров", "ОВА"]
PROKUDIN = ["Прокудін", "Олександр Прокудін", "ОВА"]
ZHYVYTSKYI = ["Живицький", "Дмитро Живицький", "ОВА"]


rec("fresh10-uk-01", "news",
    "https://www.objectiv.tv/uk/objectively/2026/02/21/sinyegubov-za-dobu-na-harkivshhini-p-yatero-postrazhdalih/",
    "Objectiv", "2026-02-21",
    "Синєгубов: за добу на Харківщині п'ятеро постраждалих, загинули двоє поліцейських",
    "Минулої доби росіяни обстріляли Харків і десять населених пунктів області, повідомив начальник ХОВА Олег "
    "Синєгубов.\n"
    "«У с. Безруки Дергачівської громади постраждала 70-річна жінка; у с. Середній Бурлук Великобурлуцької громади "
    "травмовані 65-річний і 70-річний чоловіки; у сел. Куп'янськ-Вузловий постраждали чоловіки 46 і 43 років», — "
    "написав він.\n"
    "Також у Середньому Бурлуці під час евакуації загинули двоє поліцейських підрозділу «Білі Янголи». У сел. "
    "Малинівка рятувальники дістали з-під завалів тіла трьох людей.\n"
    "За добу по області вдарили чотири «Герані-2», вісім FPV-дронів і ще чотири БпЛА невстановленого типу.\n"
    "У Харкові пошкоджено покрівлю та скління двох багатоповерхівок, на Богодухівщині під обстріл потрапив "
    "приватний будинок. У Куп'янському районі пошкоджено зерносховище в Новій Олександрівці та приватний будинок у "
    "с. Приколотне.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Безруки", place_en="Bezruky", admin1="Kharkiv",
          country="UA", date_from="2026-02-20", date_to="2026-02-21", injured=1, sources_any=SYNIEHUBOV,
          evidence="У с. Безруки Дергачівської громади постраждала 70-річна жінка"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Середній Бурлук", place_en="Serednii Burluk",
          admin1="Kharkiv", country="UA", date_from="2026-02-20", date_to="2026-02-21", injured=2,
          sources_any=SYNIEHUBOV,
          evidence="у с. Середній Бурлук Великобурлуцької громади травмовані 65-річний і 70-річний чоловіки"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Середній Бурлук", place_en="Serednii Burluk",
          admin1="Kharkiv", country="UA", date_from="2026-02-20", date_to="2026-02-21", killed=2,
          sources_any=SYNIEHUBOV,
          evidence="у Середньому Бурлуці під час евакуації загинули двоє поліцейських підрозділу «Білі Янголи»"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Куп'янськ-Вузловий", place_en="Kupiansk-Vuzlovyi",
          admin1="Kharkiv", country="UA", date_from="2026-02-20", date_to="2026-02-21", injured=2,
          sources_any=SYNIEHUBOV, evidence="у сел. Куп'янськ-Вузловий постраждали чоловіки 46 і 43 років"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Малинівка", place_en="Malynivka",
          admin1="Kharkiv", country="UA", date_from="2026-02-20", date_to="2026-02-21", killed=3,
          sources_any=SYNIEHUBOV + ["рятувальники"],
          evidence="У сел. Малинівка рятувальники дістали з-під завалів тіла трьох людей"),
     dict(type="strike", place="Харків", place_en="Kharkiv", admin1="Kharkiv", country="UA",
          date_from="2026-02-20", date_to="2026-02-21", sources_any=SYNIEHUBOV,
          evidence="У Харкові пошкоджено покрівлю та скління двох багатоповерхівок"),
     dict(type="strike", place="Богодухівщина", place_en="Bohodukhiv", admin1="Kharkiv", country="UA",
          date_from="2026-02-20", date_to="2026-02-21", sources_any=SYNIEHUBOV, optional=True,
          evidence="на Богодухівщині під обстріл потрапив приватний будинок"),
     dict(type="strike", place="Нова Олександрівка", place_en="Nova Oleksandrivka", admin1="Kharkiv", country="UA",
          date_from="2026-02-20", date_to="2026-02-21", sources_any=SYNIEHUBOV,
          evidence="пошкоджено зерносховище в Новій Олександрівці"),
     dict(type="strike", place="Приколотне", place_en="Prykolotne", admin1="Kharkiv", country="UA",
          date_from="2026-02-20", date_to="2026-02-21", sources_any=SYNIEHUBOV,
          evidence="приватний будинок у с. Приколотне")],
    [dict(content="У с. Безруки Дергачівської громади постраждала 70-річна жінка; у с. Середній Бурлук "
                  "Великобурлуцької громади травмовані 65-річний і 70-річний чоловіки; у сел. Куп'янськ-Вузловий "
                  "постраждали чоловіки 46 і 43 років", kind="direct",
          speaker_any=["Синєгубов", "Олег Синєгубов"], chain_any=[])],
    [])

rec("fresh10-uk-02", "wire", "https://interfax.com.ua/news/general/1102164.html", "Інтерфакс-Україна", "2025-09-05",
    "Росіяни вбили 5 жителів Донеччини за минулу добу",
    "Унаслідок російських обстрілів 4 вересня в Донецькій області загинули п'ятеро цивільних, повідомив голова "
    "обласної військової адміністрації Вадим Філашкін.\n"
    "«За 4 вересня росіяни вбили 5 жителів Донеччини: 3 у Костянтинівці і 2 в Іллінівці. Ще 2 людини в області за "
    "добу дістали поранення», — написав Філашкін у телеграм-каналі.\n"
    "Загалом від початку вторгнення на Донеччині, без урахування Маріуполя та Волновахи, загинули 3854 людини, "
    "8015 поранені.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Костянтинівка", place_en="Kostiantynivka",
          admin1="Donetsk", country="UA", date_from="2025-09-04", date_to="2025-09-04", killed=3,
          sources_any=FILASHKIN, evidence="3 у Костянтинівці"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Іллінівка", place_en="Illinivka",
          admin1="Donetsk", country="UA", date_from="2025-09-04", date_to="2025-09-04", killed=2,
          sources_any=FILASHKIN, evidence="2 в Іллінівці")],
    [dict(content="За 4 вересня росіяни вбили 5 жителів Донеччини: 3 у Костянтинівці і 2 в Іллінівці. Ще 2 людини в "
                  "області за добу дістали поранення", kind="direct", speaker_any=["Філашкін", "Вадим Філашкін"],
          chain_any=[["телеграм-каналі", "Telegram"]])],
    ["Загалом від початку вторгнення на Донеччині, без урахування Маріуполя та Волновахи, загинули 3854 людини"])

rec("fresh10-uk-03", "telegram", "https://interfax.com.ua/news/general/1107931.html", "Інтерфакс-Україна",
    "2025-09-27",
    None,
    "Вадим Філашкін, начальник Донецької ОВА: минулої доби, 26 вересня, росіяни вбили одного жителя Донеччини — у "
    "Костянтинівці. Ще 9 людей в області за добу дістали поранення.\n"
    "Загальна кількість жертв росіян на Донеччині (3 664 загиблих і 8 210 постраждалих) подана без урахування "
    "Маріуполя та Волновахи.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Костянтинівка", place_en="Kostiantynivka",
          admin1="Donetsk", country="UA", date_from="2025-09-26", date_to="2025-09-26", killed=1,
          sources_any=FILASHKIN,
          evidence="минулої доби, 26 вересня, росіяни вбили одного жителя Донеччини — у Костянтинівці"),
     dict(type="strike", type_alt=["attack_on_civilians"], admin1="Donetsk", country="UA", date_from="2025-09-26",
          date_to="2025-09-27", injured=9, sources_any=FILASHKIN, optional=True,
          evidence="Ще 9 людей в області за добу дістали поранення")],
    [],
    ["Загальна кількість жертв росіян на Донеччині (3 664 загиблих і 8 210 постраждалих)"])

rec("fresh10-uk-04", "wire", "https://interfax.com.ua/news/general/1067165-amp.html", "Інтерфакс-Україна",
    "2025-04-28",
    "Окупанти вбили п'ятьох людей на Донеччині, ще шестеро поранені - Філашкін",
    "Російські війська в неділю вбили п'ятьох жителів Донецької області і поранили ще шістьох, повідомив голова "
    "Донецької ОДА Вадим Філашкін.\n"
    "«За 27 квітня росіяни вбили 5 жителів Донеччини: 3 у Костянтинівці і 2 в Новоекономічному», — написав він у "
    "фейсбуці в понеділок уранці.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Костянтинівка", place_en="Kostiantynivka",
          admin1="Donetsk", country="UA", date_from="2025-04-27", date_to="2025-04-27", killed=3,
          sources_any=FILASHKIN, evidence="3 у Костянтинівці"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Новоекономічне", place_en="Novoekonomichne",
          admin1="Donetsk", country="UA", date_from="2025-04-27", date_to="2025-04-27", killed=2,
          sources_any=FILASHKIN, evidence="2 в Новоекономічному")],
    [dict(content="За 27 квітня росіяни вбили 5 жителів Донеччини: 3 у Костянтинівці і 2 в Новоекономічному",
          kind="direct", speaker_any=["Філашкін", "Вадим Філашкін"], chain_any=[["фейсбуці", "Facebook"]])],
    [])

rec("fresh10-uk-05", "news", "https://www.uzhgorodka.uz.ua/32459.html", "Ужгородка", "2022-10-13",
    "27 росіян на Луганщині склали зброю і відмовилися виконувати накази",
    "Двадцять сім російських військових покинули позиції поблизу Кремінної на Луганщині впродовж 11–12 жовтня, "
    "повідомив голова Луганської ОВА Сергій Гайдай.\n"
    "За його словами, солдати склали зброю і відмовилися виконувати накази командування. Ідеться про передові "
    "підрозділи 488-го мотострілецького полку (військова частина 12721, Клинці Брянської області) 144-ї "
    "мотострілецької дивізії, які тримають лінію окупації в районі Кремінної.\n"
    "«Щоправда, після співбесід з елементами пресингу 22 з них заарештували й кинули під варту, а п'ятеро "
    "повернулися на позиції, бо командуванню вдалося їх залякати», — повідомив Гайдай.",
    [dict(type="refusal_to_fight", type_alt=["desertion_or_surrender"], place="Кремінна", place_en="Kreminna",
          admin1="Luhansk", country="UA", date_from="2022-10-11", date_to="2022-10-12",
          sources_any=["Гайдай", "Сергій Гайдай", "ОВА"],
          evidence="солдати склали зброю і відмовилися виконувати накази командування"),
     dict(type="arrest_or_detention", place="Кремінна", place_en="Kreminna", admin1="Luhansk", country="UA",
          date_from="2022-10-11", date_to="2022-10-13", sources_any=["Гайдай", "Сергій Гайдай", "ОВА"],
          evidence="22 з них заарештували й кинули під варту")],
    [dict(content="Щоправда, після співбесід з елементами пресингу 22 з них заарештували й кинули під варту, а "
                  "п'ятеро повернулися на позиції, бо командуванню вдалося їх залякати", kind="direct",
          speaker_any=["Гайдай", "Сергій Гайдай"], chain_any=[])],
    [])

rec("fresh10-uk-06", "news", "https://regionews.ua/ukr/amp/1753422378-rosiyani-nakrili-stepnogirsk-z-artileriyi-vazhko-poranena-zhinka",
    "RegioNews", "2025-07-25",
    "Росіяни накрили Степногірськ з артилерії: важко поранена жінка",
    "Окупанти вдарили з артилерії по житловій забудові Степногірська на Запоріжжі, пошкоджено будинки, повідомив "
    "начальник Запорізької ОВА Іван Федоров.\n"
    "«64-річна жінка важко поранена внаслідок ворожої атаки на Степногірськ. Стан постраждалої медики оцінюють як "
    "тяжкий», — йдеться в повідомленні.\n"
    "Нагадаємо, минулої доби росіяни били по 17 населених пунктах Запорізької області; поранено 48-річну жінку.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Степногірськ", place_en="Stepnohirsk",
          admin1="Zaporizhzhia", country="UA", date_from="2025-07-24", date_to="2025-07-25", injured=1,
          sources_any=FEDOROV, evidence="Окупанти вдарили з артилерії по житловій забудові Степногірська"),
     dict(type="strike", type_alt=["attack_on_civilians"], admin1="Zaporizhzhia", country="UA",
          date_from="2025-07-24", date_to="2025-07-25", injured=1, sources_any=FEDOROV + ["RegioNews"],
          evidence="минулої доби росіяни били по 17 населених пунктах Запорізької області")],
    [dict(content="64-річна жінка важко поранена внаслідок ворожої атаки на Степногірськ. Стан постраждалої медики "
                  "оцінюють як тяжкий", kind="direct", speaker_any=["Федоров", "Іван Федоров"], chain_any=[])],
    [])

rec("fresh10-uk-07", "news", "https://lb.ua/society/2025/10/06/700085_cherez_obstrili_stepanivki.html", "LB.ua",
    "2025-10-06",
    "Через обстріл Степанівки загинула жінка, п'ятеро постраждалих",
    "Уранці росіяни обстріляли село Степанівку Херсонської області: загинула жінка, ще п'ятеро людей постраждали, "
    "повідомив очільник Херсонської ОВА Олександр Прокудін.\n"
    "Травми, несумісні з життям, 69-річна жителька дістала у власній оселі. Снаряд влучив і в будинок родини: у двох "
    "дівчат 12 і 16 років та їхньої 37-річної матері медики діагностували мінно-вибухові травми й контузії. До "
    "лікарні доставили також 47-річного чоловіка, а згодом — 51-річну жінку, яка під час атаки була вдома.\n"
    "Раніше стало відомо, що в Дніпровському районі Херсона через обстріл постраждав 64-річний чоловік.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Степанівка", place_en="Stepanivka",
          admin1="Kherson", country="UA", date_from="2025-10-06", date_to="2025-10-06", killed=1, injured=5,
          sources_any=PROKUDIN, evidence="Уранці росіяни обстріляли село Степанівку Херсонської області"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Дніпровський район", place_en="Kherson",
          admin1="Kherson", country="UA", date_from=None, date_to="2025-10-06", injured=1,
          sources_any=PROKUDIN + ["LB.ua"],
          evidence="в Дніпровському районі Херсона через обстріл постраждав 64-річний чоловік")],
    [],
    [])

rec("fresh10-uk-08", "news", "http://inform.sumy.ua/news1/index.php?id=2239520", "Сумські дебати", "2022-08-11",
    "Російські війська за день обстріляли п'ять громад Сумщини",
    "Війська РФ 10 серпня обстріляли п'ять громад Сумської області, повідомив голова ОВА Дмитро Живицький.\n"
    "«За день росіяни випустили приблизно 200 мін та снарядів по територіях наших громад: Білопільській, "
    "Краснопільській, Новослобідській, Сумській, Хотінській. Використовували також стрілецьку зброю», — написав "
    "він.\n"
    "Через обстріли без газу тимчасово лишалися жителі Сумської, Краснопільської та Хотінської громад.\n"
    "«У селі Радьківка Сумської громади пошкоджені приватні будинки мирних мешканців. У Славгороді, що на "
    "Краснопільщині, теж пошкоджені оселі цивільних людей», — уточнив голова ОВА.\n"
    "Постраждалих унаслідок обстрілів немає.",
    [dict(type="strike", place="Радьківка", place_en="Radkivka", admin1="Sumy", country="UA",
          date_from="2022-08-10", date_to="2022-08-10", killed=0, injured=0, sources_any=ZHYVYTSKYI,
          evidence="У селі Радьківка Сумської громади пошкоджені приватні будинки мирних мешканців"),
     dict(type="strike", place="Славгород", place_en="Slavhorod", admin1="Sumy", country="UA",
          date_from="2022-08-10", date_to="2022-08-10", killed=0, injured=0, sources_any=ZHYVYTSKYI,
          evidence="У Славгороді, що на Краснопільщині, теж пошкоджені оселі цивільних людей"),
     dict(type="strike", place="Білопільська громада", place_en="Bilopillia", admin1="Sumy", country="UA",
          date_from="2022-08-10", date_to="2022-08-10", killed=0, injured=0, sources_any=ZHYVYTSKYI,
          evidence="Білопільській"),
     dict(type="strike", place="Новослобідська громада", place_en="Nova Sloboda", admin1="Sumy", country="UA",
          date_from="2022-08-10", date_to="2022-08-10", killed=0, injured=0, sources_any=ZHYVYTSKYI,
          evidence="Новослобідській"),
     dict(type="strike", place="Хотінська громада", place_en="Khotin", admin1="Sumy", country="UA",
          date_from="2022-08-10", date_to="2022-08-10", killed=0, injured=0, sources_any=ZHYVYTSKYI,
          evidence="Хотінській")],
    [dict(content="За день росіяни випустили приблизно 200 мін та снарядів по територіях наших громад: "
                  "Білопільській, Краснопільській, Новослобідській, Сумській, Хотінській. Використовували також "
                  "стрілецьку зброю", kind="direct", speaker_any=["Живицький", "Дмитро Живицький"], chain_any=[])],
    ["Постраждалих унаслідок обстрілів немає."])

records.write()
