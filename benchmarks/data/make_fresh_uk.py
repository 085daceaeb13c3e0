"""Writes fresh_uk.jsonl beside this file: Ukrainian war reports written by the project (session 4, 2026-12-05)
from real reports (``basis_url``; facts kept, wording ours), annotated in the format of ``../shared/corpus/reports``
(its README). Nobody writing extraction rules has read them: a check of how the rules carry to reports they were
not written on (``python -m benchmarks.reports --data benchmarks/data/fresh_uk.jsonl --lang uk``). Never tune on
them; when they have been read for rules, say so and write new ones."""
from benchmarks.data.fresh import Records

records = Records("uk")
rec = records.rec


rec("fresh-uk-01", "news",
    "https://zn.ua/ukr/amp/UKRAINE/vijska-rf-obstriljali-z-artileriji-hromadu-v-sumskij-oblasti-je-zahibli-ta-poraneni.html",
    "Дзеркало тижня", "2022-10-18",
    "Росіяни обстріляли село на Сумщині: двоє загиблих, один поранений",
    "У вівторок, 18 жовтня, російські війська вдарили зі ствольної артилерії по одному з сіл Юнаківської громади "
    "Сумської області, повідомив голова ОВА Дмитро Живицький.\n"
    "«Росіяни цілили просто в центр села, біля магазинів, саме тоді, коли там було найбільше людей. Близько десяти "
    "прильотів», — написав Живицький у телеграмі.\n"
    "Двоє місцевих мешканців загинули на місці. Ще одного чоловіка, який їхав мотоциклом, поранило, його "
    "госпіталізували. Пошкоджено житлові будинки та амбулаторію.\n"
    "Напередодні, 17 жовтня, внаслідок ракетного удару по Роменському району загинули троє людей, ще дев'ятеро "
    "дістали поранень, нагадав голова ОВА.",
    [dict(type="strike", type_alt=["attack_on_civilians"], admin1="Sumy", country="UA", date_from="2022-10-18",
          date_to="2022-10-18", killed=2, injured=1, sources_any=["Живицький", "Zhyvytskyi", "ОВА"],
          evidence="російські війська вдарили зі ствольної артилерії по одному з сіл Юнаківської громади"),
     dict(type="strike", admin1="Sumy", country="UA", date_from="2022-10-17", date_to="2022-10-17", killed=3,
          injured=9, sources_any=["Живицький", "Zhyvytskyi", "ОВА"], optional=True,
          evidence="внаслідок ракетного удару по Роменському району загинули троє людей")],
    [dict(content="Росіяни цілили просто в центр села, біля магазинів, саме тоді, коли там було найбільше людей.",
          kind="direct", speaker_any=["Живицький", "Zhyvytskyi"], chain_any=[["телеграм", "Telegram"]])],
    [])

rec("fresh-uk-02", "news",
    "https://ukrinform.ua/rubric-ato/3647010-rosiani-obstrilali-gromadu-na-zaporizzi-dvoe-zagiblih-troe-poranenih.html",
    "Укрінформ", "2023-01-13",
    "Окупанти обстріляли Степногірську громаду на Запоріжжі: двоє загиблих, троє поранених",
    "У Степногірській громаді Запорізької області через російський обстріл загинули двоє людей, ще троє "
    "поранені.\n"
    "Про це на брифінгу в Медіацентрі Україна — Укрінформ розповів начальник Запорізької ОВА Олександр Старух.\n"
    "«Від пів на дев'яту ранку громаду довго обстрілювали. На жаль, новини погані: двоє загиблих, троє "
    "поранених», — сказав Старух.\n"
    "За його словами, серед постраждалих — працівники сільради, які розвозили людям дрова.\n"
    "Останнім часом, додав начальник ОВА, обстрілів області побільшало — до сотні на день.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Степногірськ", place_en="Stepnohirsk",
          admin1="Zaporizhzhia", country="UA", date_from="2023-01-13", date_to="2023-01-13", killed=2, injured=3,
          sources_any=["Старух", "Starukh", "ОВА"],
          evidence="У Степногірській громаді Запорізької області через російський обстріл загинули двоє людей")],
    [dict(content="Від пів на дев'яту ранку громаду довго обстрілювали.", kind="direct",
          speaker_any=["Старух", "Starukh"], chain_any=[])],
    ["Останнім часом, додав начальник ОВА, обстрілів області побільшало — до сотні на день."])

rec("fresh-uk-03", "news",
    "https://regionews.ua/ukr/news/donetchina/1756908314-rosiyani-atakuvali-druzhkivku-artilerieyu-seerd-postrazhdalih-17-richna-divchina",
    "RegioNews", "2025-09-03",
    "Росіяни вдарили по Дружківці артилерією: серед поранених 17-річна дівчина",
    "Російська армія обстріляла Дружківку на Донеччині, семеро людей поранені, повідомив начальник Донецької ОВА "
    "Вадим Філашкін.\n"
    "Серед потерпілих — 17-річна дівчина, у неї контузія. Інші постраждалі мають контузії та осколкові поранення, "
    "усім надають допомогу.\n"
    "Пошкоджено шість багатоквартирних будинків, заклади освіти та автомобілі.\n"
    "Минулої ночі росіяни також атакували Україну 150 ударними дронами типу Shahed та дронами-імітаторами.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Дружківка", place_en="Druzhkivka",
          admin1="Donetsk", country="UA", date_from=None, date_to="2025-09-03", injured=7,
          sources_any=["Філашкін", "Filashkin", "ОВА"],
          evidence="Російська армія обстріляла Дружківку на Донеччині, семеро людей поранені")],
    [],
    [])

rec("fresh-uk-04", "telegram",
    "https://regionews.ua/ukr/amp/1719407361-udar-po-gumanitarnomu-shtabi-v-hersoni-poranennya-otrimali-5-lyudey",
    "Херсонська ОВА", "2024-06-26", None,
    "Окупанти вдарили по гуманітарному штабу в Херсоні.\n"
    "За попередніми даними, пошкоджено приміщення штабу та три автомобілі.\n"
    "Під удар потрапили п'ятеро чоловіків віком від 22 до 58 років, у них контузії. Потерпілі самі звернулися до "
    "лікарні, їм надали допомогу.\n"
    "Минулої доби під ворожим вогнем і авіаударами опинилися 14 населених пунктів області.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Херсон", place_en="Kherson", admin1="Kherson",
          country="UA", date_from=None, date_to="2024-06-26", injured=5,
          sources_any=["Херсонська ОВА", "ОВА", "Kherson"],
          evidence="Окупанти вдарили по гуманітарному штабу в Херсоні")],
    [],
    ["Минулої доби під ворожим вогнем і авіаударами опинилися 14 населених пунктів області."])

records.write()
