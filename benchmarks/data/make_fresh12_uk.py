"""Writes fresh12_uk.jsonl beside this file: the twelfth batch of Ukrainian war reports written by the project
(session 7, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours; new events, none of batches
1-11 or dev), annotated in the format of ``../shared/corpus/reports`` (its README). Nobody writing extraction rules
has read them (``python -m benchmarks.reports --lang uk --data benchmarks/data/fresh12_uk.jsonl``). Never tune on
them; when they have been read for rules, say so and write new ones."""
from benchmarks.data.fresh import Records

records = Records("uk", batch="fresh12")
rec = records.rec

FEDOROV = ["Федоров", "Іван Федоров", "ОВА"]
HRYHOROV = ["Григоров", "Олег Григоров", "ОВА"]
POLICE = ["Нацполіція", "поліція", "Главком"]


rec("fresh12-uk-01", "wire", "https://interfax.com.ua/news/general/1133713.html", "Інтерфакс-Україна", "2026-01-05",
    "У Запоріжжі дрон влучив в екскаватор: загинув водій",
    "Російський безпілотник ударив по одному з районів Запоріжжя, унаслідок чого спалахнув екскаватор, а його "
    "водій загинув, повідомив у понеділок голова обласної військової адміністрації Іван Федоров.\n"
    "\"Через ворожу атаку на Запоріжжя загинула одна людина. Російський дрон поцілив в один із районів міста, "
    "загорівся екскаватор. Водій загинув на місці\", — написав Федоров у телеграм-каналі.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Запоріжжя", place_en="Zaporizhzhia",
          admin1="Zaporizhzhia", country="UA", date_from="2026-01-05", date_to="2026-01-05", killed=1,
          sources_any=FEDOROV,
          evidence="Російський безпілотник ударив по одному з районів Запоріжжя, унаслідок чого спалахнув "
                   "екскаватор, а його водій загинув")],
    [dict(content="Через ворожу атаку на Запоріжжя загинула одна людина. Російський дрон поцілив в один із районів "
                  "міста, загорівся екскаватор. Водій загинув на місці", kind="direct",
          speaker_any=["Федоров", "Іван Федоров"], chain_any=[["телеграм-каналі", "Telegram"]])],
    [])

rec("fresh12-uk-02", "news", "https://unn.ua/news/voroh-prodovzhuie-byty-po-tsyvilnykh-na-sumshchyni-zahynula-zhinka-ta-poraneno-molodoho-cholovika-ova",
    "УНН", "2025-09-29",
    "На Сумщині дрони вбили жінку й тяжко поранили молодого мотоцикліста",
    "Російські безпілотники на Сумщині вбили 60-річну жінку та тяжко поранили 23-річного чоловіка, повідомив голова "
    "ОВА Олег Григоров.\n"
    "Удень у Шалигинській громаді дрон поцілив по мирних людях: 60-річна жінка дістала тяжкі поранення, її "
    "довезли до лікарні, але врятувати не змогли.\n"
    "Увечері ще один російський дрон атакував у Миропільській громаді 23-річного чоловіка, який їхав мотоциклом. "
    "Його госпіталізували у важкому стані.\n"
    "Напередодні, 28 вересня, в області зафіксували 167 обстрілів 50 населених пунктів: загинув 59-річний чоловік, "
    "троє цивільних поранені.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Шалигинська громада", place_en="Shalyhyne",
          admin1="Sumy", country="UA", date_from="2025-09-29", date_to="2025-09-29", killed=1,
          sources_any=HRYHOROV, evidence="Удень у Шалигинській громаді дрон поцілив по мирних людях"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Миропільська громада", place_en="Myropillia",
          admin1="Sumy", country="UA", date_from="2025-09-29", date_to="2025-09-29", injured=1,
          sources_any=HRYHOROV,
          evidence="Увечері ще один російський дрон атакував у Миропільській громаді 23-річного чоловіка"),
     dict(type="strike", admin1="Sumy", country="UA", date_from="2025-09-28", date_to="2025-09-28", killed=1,
          injured=3, sources_any=HRYHOROV + ["УНН"], optional=True,
          evidence="в області зафіксували 167 обстрілів 50 населених пунктів: загинув 59-річний чоловік, троє "
                   "цивільних поранені")],
    [],
    [])

rec("fresh12-uk-03", "news", "https://regionews.ua/ukr/news/sumshchina/1771317109-sumshchina-pid-obstrilami-rf-zaginula-zhinka-shche-shestero-lyudey-postrazhdali",
    "RegioNews", "2026-02-17",
    "Сумщина під обстрілами: у Кириківській громаді загинула жінка",
    "За добу на Сумщині зафіксовано понад 20 обстрілів 15 населених пунктів у 14 громадах, повідомив голова ОВА "
    "Олег Григоров.\n"
    "Унаслідок удару по Кириківській громаді загинула 68-річна жінка: її тіло вранці витягли з-під завалів "
    "житлового будинку. Також постраждали шестеро людей — чоловіки 54 і 42 років, 40-річна жінка, діти 15 і 7 "
    "років та 79-річна жінка.\n"
    "У Кириківській громаді знищено приватні будинки й господарські споруди. У Конотопській громаді пошкоджено "
    "об'єкт інфраструктури та нежитлові приміщення, у Шосткинській — інфраструктуру й легковик, у Недригайлівській "
    "— приватні будинки.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Кириківська громада", place_en="Kyrykivka",
          admin1="Sumy", country="UA", date_from="2026-02-16", date_to="2026-02-17", killed=1,
          sources_any=HRYHOROV, evidence="Унаслідок удару по Кириківській громаді загинула 68-річна жінка"),
     dict(type="strike", admin1="Sumy", country="UA", date_from="2026-02-16", date_to="2026-02-17", injured=6,
          sources_any=HRYHOROV, optional=True, evidence="Також постраждали шестеро людей"),
     dict(type="strike", place="Конотопська громада", place_en="Konotop", admin1="Sumy", country="UA",
          date_from="2026-02-16", date_to="2026-02-17", sources_any=HRYHOROV,
          evidence="У Конотопській громаді пошкоджено об'єкт інфраструктури та нежитлові приміщення"),
     dict(type="strike", place="Шосткинська громада", place_en="Shostka", admin1="Sumy", country="UA",
          date_from="2026-02-16", date_to="2026-02-17", sources_any=HRYHOROV,
          evidence="у Шосткинській — інфраструктуру й легковик"),
     dict(type="strike", place="Недригайлівська громада", place_en="Nedryhailiv", admin1="Sumy", country="UA",
          date_from="2026-02-16", date_to="2026-02-17", sources_any=HRYHOROV,
          evidence="у Недригайлівській — приватні будинки")],
    [],
    [])

rec("fresh12-uk-04", "news", "https://regionews.ua/ukr/news/sumshchina/1772003352-sumshchina-pid-obstrilom-poranena-zhinka-desyatki-poshkodzhenih-budinkiv",
    "RegioNews", "2026-02-25",
    "Сумщина під обстрілом: у Стецьківському старостаті поранена жінка",
    "За минулу добу на Сумщині зафіксовано понад 30 обстрілів 19 населених пунктів у 10 громадах, повідомив голова "
    "Сумської ОВА Олег Григоров.\n"
    "За його словами, у Стецьківському старостаті Сумської громади ворожий дрон влучив у житловий будинок, "
    "поранено 37-річну жінку. Медики допомогли їй на місці, госпіталізація не знадобилася.\n"
    "У Середино-Будській громаді знищено приватний будинок і пошкоджено об'єкт інфраструктури; у "
    "Великописарівській громаді пошкоджено приватний житловий будинок, у Шосткинській — приватні будинки та "
    "нежитлові приміщення.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Стецьківський старостат", place_en="Stetskivka",
          admin1="Sumy", country="UA", date_from="2026-02-24", date_to="2026-02-25", injured=1,
          sources_any=HRYHOROV,
          evidence="у Стецьківському старостаті Сумської громади ворожий дрон влучив у житловий будинок"),
     dict(type="strike", place="Середино-Будська громада", place_en="Seredyna-Buda", admin1="Sumy", country="UA",
          date_from="2026-02-24", date_to="2026-02-25", sources_any=HRYHOROV,
          evidence="У Середино-Будській громаді знищено приватний будинок"),
     dict(type="strike", place="Великописарівська громада", place_en="Velyka Pysarivka", admin1="Sumy",
          country="UA", date_from="2026-02-24", date_to="2026-02-25", sources_any=HRYHOROV,
          evidence="Великописарівській громаді пошкоджено приватний житловий будинок"),
     dict(type="strike", place="Шосткинська громада", place_en="Shostka", admin1="Sumy", country="UA",
          date_from="2026-02-24", date_to="2026-02-25", sources_any=HRYHOROV,
          evidence="у Шосткинській — приватні будинки та нежитлові приміщення")],
    [],
    ["госпіталізація не знадобилася"])

rec("fresh12-uk-05", "news", "https://glavcom.ua/country/incidents/obstril-sumshchini-je-chetvero-travmovanikh-poshkodzhena-infrastruktura-foto-1106025.html",
    "Главком", "2026-03-03",
    "Обстріл Сумщини: четверо травмованих, серед них дитина",
    "Минулої доби російські війська обстрілювали громади Сумського, Шосткинського та Охтирського районів Сумської "
    "області, повідомляє «Главком» із посиланням на Нацполіцію. Травмовано чотирьох мирних жителів, серед них "
    "дитину.\n"
    "У Сумській громаді постраждали 13-річна дитина та 60-річна жінка; пошкоджено багатоквартирний і три приватні "
    "будинки, готель, автомийку, два автомобілі й лінії електропередач.\n"
    "У Середино-Будській громаді травмовано 60-річного чоловіка та 47-річну жінку.\n"
    "У Тростянецькій громаді пошкоджено два приватні будинки, два магазини та автомобіль.\n"
    "Нагадаємо, 27 лютого на Сумщині російські удари вбили чотирьох людей, ще двоє дістали поранення.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Сумська громада", place_en="Sumy", admin1="Sumy",
          country="UA", date_from="2026-03-02", date_to="2026-03-03", injured=2, sources_any=POLICE,
          evidence="У Сумській громаді постраждали 13-річна дитина та 60-річна жінка"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Середино-Будська громада",
          place_en="Seredyna-Buda", admin1="Sumy", country="UA", date_from="2026-03-02", date_to="2026-03-03",
          injured=2, sources_any=POLICE,
          evidence="У Середино-Будській громаді травмовано 60-річного чоловіка та 47-річну жінку"),
     dict(type="strike", place="Тростянецька громада", place_en="Trostianets", admin1="Sumy", country="UA",
          date_from="2026-03-02", date_to="2026-03-03", sources_any=POLICE,
          evidence="У Тростянецькій громаді пошкоджено два приватні будинки, два магазини та автомобіль"),
     dict(type="strike", type_alt=["attack_on_civilians"], admin1="Sumy", country="UA", date_from="2026-02-27",
          date_to="2026-02-27", killed=4, injured=2, sources_any=POLICE + ["Главком"], optional=True,
          evidence="27 лютого на Сумщині російські удари вбили чотирьох людей, ще двоє дістали поранення")],
    [],
    [])

rec("fresh12-uk-06", "news", "https://novosti-n.org/ua/ukraine/Na-Zaporizhzhi-rosijskyj-dron-atakuvav-avtivku-zagynuv-vodij-troye-poranenyh-332208",
    "Новости-N", "2025-10-13",
    "На Запоріжжі дрон атакував автівку: загинув водій, троє поранених",
    "Увечері 12 жовтня російський FPV-дрон атакував цивільний автомобіль в Оріхівській громаді Запорізької "
    "області. Загинув 32-річний чоловік, ще троє людей поранені, повідомив у Telegram начальник обласної "
    "військової адміністрації Іван Федоров.\n"
    "«32-річний чоловік загинув через російський обстріл Оріхівської громади Пологівського району. Ворог атакував "
    "автівку безпілотником», — написав Федоров. Водій загинув на місці.\n"
    "Згодом очільник ОВА уточнив, що удар стався в селі Новопавлівка, а поранені — родичі загиблого: «Постраждав "
    "36-річний чоловік — брат загиблого. Поранені також дві сестри, 17 і 19 років».\n"
    "Оріхівську громаду регулярно обстрілюють FPV-дронами та артилерією.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Новопавлівка", place_en="Novopavlivka",
          admin1="Zaporizhzhia", country="UA", date_from="2025-10-12", date_to="2025-10-12", killed=1, injured=3,
          sources_any=FEDOROV,
          evidence="Увечері 12 жовтня російський FPV-дрон атакував цивільний автомобіль в Оріхівській громаді")],
    [dict(content="32-річний чоловік загинув через російський обстріл Оріхівської громади Пологівського району. "
                  "Ворог атакував автівку безпілотником", kind="direct", speaker_any=["Федоров", "Іван Федоров"],
          chain_any=[["Telegram"]]),
     dict(content="Постраждав 36-річний чоловік — брат загиблого. Поранені також дві сестри, 17 і 19 років",
          kind="direct", speaker_any=["Федоров", "Іван Федоров", "очільник ОВА"], chain_any=[])],
    ["Оріхівську громаду регулярно обстрілюють FPV-дронами та артилерією."])

rec("fresh12-uk-07", "news", "https://gorozhanin.com.ua/zaporozhe/u-zaporizkij-oblasti-vorozhij-dron-pociliv-po-traktoru-yakij-pracyuvav-v-poli-poraneno-traktorista",
    "Горожанин", "2025-10-15",
    "На Запоріжжі дрон поцілив у трактор у полі: поранено тракториста",
    "У Пологівському районі поблизу села Гуляйпільське російський FPV-дрон поцілив у трактор, що працював у полі, "
    "повідомив очільник Запорізької ОВА Іван Федоров.\n"
    "За його словами, поранено 49-річного чоловіка, трактор пошкоджено. Потерпілому надали медичну допомогу.\n"
    "Від початку осені атаки дронів в області забрали життя дев'яти людей, майже два десятки поранено.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Гуляйпільське", place_en="Huliaipilske",
          admin1="Zaporizhzhia", country="UA", date_from="2025-10-15", date_to="2025-10-15", injured=1,
          sources_any=FEDOROV,
          evidence="поблизу села Гуляйпільське російський FPV-дрон поцілив у трактор, що працював у полі")],
    [dict(content="поранено 49-річного чоловіка, трактор пошкоджено", kind="indirect",
          speaker_any=["Федоров", "Іван Федоров"], chain_any=[])],
    ["Від початку осені атаки дронів в області забрали життя дев'яти людей, майже два десятки поранено."])

records.write()
