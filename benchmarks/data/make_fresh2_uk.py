"""Writes fresh2_uk.jsonl beside this file: the second batch of Ukrainian war reports written by the project
(session 5, 2026-12-05) from real reports (``basis_url``; facts kept, wording ours), annotated in the format of
``../shared/corpus/reports`` (its README). Nobody writing extraction rules has read them: a check of how the rules
carry to reports they were not written on (``python -m benchmarks.reports --lang uk --data
benchmarks/data/fresh2_uk.jsonl``). Never tune on them; when they have been read for rules, say so and write new
ones."""
from benchmarks.data.fresh import Records

records = Records("uk", batch="fresh2")
rec = records.rec


rec("fresh2-uk-01", "news", "https://ipress.ua/news/rosiya_atakuvala_dronamy_ukrainu_ie_zagybli_381485.html",
    "iPress", "2026-01-28",
    "Нічна атака дронів на Київщину: загинули двоє людей",
    "У ніч проти 28 січня російські безпілотники атакували Білогородську громаду Київської області. Загинули "
    "чоловік і жінка, ще четверо людей звернулися до медиків.\n"
    "Про це в Telegram повідомив начальник Київської ОВА Микола Калашник.\n"
    "«У молодої жінки та двох дітей гостра реакція на стрес, чоловік отруївся продуктами горіння», — уточнив він. "
    "Усім постраждалим допомогу надали на місці.\n"
    "Через удар пошкоджено багатоповерхівку: горіли дах і верхній поверх, пожежу локалізували. У поліції області "
    "додали, що пошкоджено також два автомобілі та адмінбудівлю. Серед постраждалих — чотирирічна дитина загиблих.\n"
    "У Києві під час нічної атаки пошкоджено багатоповерховий будинок, люди не постраждали.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Білогородська громада", place_en="Bilohorodka",
          admin1="Kyiv", country="UA", date_from="2026-01-27", date_to="2026-01-28", killed=2, injured=4,
          sources_any=["Калашник", "Kalashnyk", "ОВА", "поліції"],
          evidence="російські безпілотники атакували Білогородську громаду Київської області"),
     dict(type="strike", place="Київ", place_en="Kyiv", admin1="Kyiv City", country="UA", date_from="2026-01-27",
          date_to="2026-01-28", killed=0, injured=0, sources_any=["iPress"], optional=True,
          evidence="У Києві під час нічної атаки пошкоджено багатоповерховий будинок, люди не постраждали")],
    [dict(content="У молодої жінки та двох дітей гостра реакція на стрес, чоловік отруївся продуктами горіння",
          kind="direct", speaker_any=["Калашник", "Микола Калашник"], chain_any=[])],
    [])

rec("fresh2-uk-02", "telegram",
    "https://ua.interfax.com.ua/news/election/%D0%BF%D1%96%D0%B4%D0%BA%D1%83%D0%BF/1109093.html",
    "Микола Калашник (Telegram)", "2025-10-02", None,
    "Цієї ночі ворог знову атакував Київщину безпілотниками.\n"
    "У Бучанському районі внаслідок атаки постраждав чоловік 50 років: уламкове поранення правої гомілки. Його "
    "госпіталізували до місцевої лікарні, надається вся необхідна допомога.\n"
    "Ворог цілеспрямовано б'є по мирних населених пунктах, намагаючись знищити саме життя.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Бучанський район", place_en="Bucha",
          admin1="Kyiv", country="UA", date_from="2025-10-01", date_to="2025-10-02", injured=1,
          sources_any=["Калашник", "Kalashnyk", "ОВА"],
          evidence="У Бучанському районі внаслідок атаки постраждав чоловік 50 років")],
    [],
    ["Ворог цілеспрямовано б'є по мирних населених пунктах, намагаючись знищити саме життя."])

rec("fresh2-uk-03", "news",
    "https://rubryka.com/2022/04/06/kilkist-zhertv-vnaslidok-obstrilu-vugledara-zrosla-do-4-osib/amp",
    "Рубрика", "2022-04-06",
    "Обстріл Вугледара: кількість загиблих зросла до чотирьох",
    "Кількість жертв ранкового обстрілу Вугледара зросла до чотирьох, ще четверо людей поранені. Про це повідомив "
    "голова Донецької ОВА Павло Кириленко.\n"
    "«Зранку ворог цинічно вдарив по мешканцях Вугледара, які прийшли по гуманітарну допомогу. Маємо 4 загиблих і "
    "4 поранених», — написав він.\n"
    "За словами Кириленка, Очеретинська громада двічі опинилася під обстрілом: одна людина загинула, пошкоджено "
    "щонайменше шість житлових будинків, дитсадок і нежитлове приміщення.\n"
    "У Мар'їнській громаді через обстріл поранено чотирьох цивільних, пошкоджено два будинки.\n"
    "Крім того, у середу російські війська відкривали вогонь у напрямку Гродівки та Новогродівки.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Вугледар", place_en="Vuhledar", admin1="Donetsk",
          country="UA", date_from="2022-04-06", date_to="2022-04-06", killed=4, injured=4,
          sources_any=["Кириленко", "Kyrylenko", "ОВА"],
          evidence="Кількість жертв ранкового обстрілу Вугледара зросла до чотирьох"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Очеретинська громада", place_en="Ocheretyne",
          admin1="Donetsk", country="UA", date_from=None, date_to="2022-04-06", killed=1,
          sources_any=["Кириленко", "Kyrylenko"],
          evidence="Очеретинська громада двічі опинилася під обстрілом: одна людина загинула"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Мар'їнська громада", place_en="Marinka",
          admin1="Donetsk", country="UA", date_from=None, date_to="2022-04-06", injured=4,
          sources_any=["Кириленко", "Kyrylenko"],
          evidence="У Мар'їнській громаді через обстріл поранено чотирьох цивільних"),
     dict(type="strike", place="Гродівка", place_en="Hrodivka", admin1="Donetsk", country="UA",
          date_from="2022-04-06", date_to="2022-04-06", sources_any=["Кириленко", "Kyrylenko"], optional=True,
          evidence="у середу російські війська відкривали вогонь у напрямку Гродівки та Новогродівки")],
    [dict(content="Зранку ворог цинічно вдарив по мешканцях Вугледара, які прийшли по гуманітарну допомогу. Маємо 4 "
                  "загиблих і 4 поранених", kind="direct",
          speaker_any=["Кириленко", "Павло Кириленко"], chain_any=[])],
    [])

rec("fresh2-uk-04", "telegram",
    "https://zn.ua/ukr/war/za-minulu-dobu-vid-obstriliv-rf-na-donechchini-poranennja-otrimali-pjatero-ljudej-holova-ova.html",
    "Павло Кириленко (Telegram)", "2022-04-02", None,
    "Росіяни й далі вбивають і калічать цивільних. 1 квітня окупанти поранили п'ятьох жителів Донеччини: трьох "
    "у Торецьку і двох у Бахмуті.\n"
    "Точну кількість жертв у Маріуполі та Волновасі досі встановити неможливо.\n"
    "Оперативна ситуація в області.\n"
    "Донецький напрямок: уночі ворог двічі бив з артилерії по Авдіївці — пошкоджено садове товариство та Будинок "
    "культури. Обстрілювали також Мар'їнку, Красногорівку і Новомихайлівку, там обійшлося без жертв.\n"
    "Горлівський напрямок: по Торецьку вдарили «Градами» — троє поранених, пошкоджено Будинок культури, школу, "
    "адмінбудівлю, ЦНАП і два житлові будинки. Ще двоє поранених у Бахмуті.",
    [dict(type="strike", type_alt=["attack_on_civilians"], place="Торецьк", place_en="Toretsk", admin1="Donetsk",
          country="UA", date_from="2022-04-01", date_to="2022-04-01", injured=3,
          sources_any=["Кириленко", "Kyrylenko", "ОВА"],
          evidence="по Торецьку вдарили «Градами» — троє поранених"),
     dict(type="strike", type_alt=["attack_on_civilians"], place="Бахмут", place_en="Bakhmut", admin1="Donetsk",
          country="UA", date_from="2022-04-01", date_to="2022-04-01", injured=2,
          sources_any=["Кириленко", "Kyrylenko", "ОВА"],
          evidence="Ще двоє поранених у Бахмуті"),
     dict(type="strike", place="Авдіївка", place_en="Avdiivka", admin1="Donetsk", country="UA",
          date_from="2022-04-01", date_to="2022-04-02", sources_any=["Кириленко", "Kyrylenko", "ОВА"],
          evidence="уночі ворог двічі бив з артилерії по Авдіївці"),
     dict(type="strike", place="Мар'їнка", place_en="Marinka", admin1="Donetsk", country="UA",
          date_from="2022-04-01", date_to="2022-04-02", killed=0, sources_any=["Кириленко", "Kyrylenko", "ОВА"],
          optional=True,
          evidence="Обстрілювали також Мар'їнку, Красногорівку і Новомихайлівку, там обійшлося без жертв"),
     dict(type="strike", place="Красногорівка", place_en="Krasnohorivka", admin1="Donetsk", country="UA",
          date_from="2022-04-01", date_to="2022-04-02", killed=0, sources_any=["Кириленко", "Kyrylenko", "ОВА"],
          optional=True,
          evidence="Обстрілювали також Мар'їнку, Красногорівку і Новомихайлівку, там обійшлося без жертв"),
     dict(type="strike", place="Новомихайлівка", place_en="Novomykhailivka", admin1="Donetsk", country="UA",
          date_from="2022-04-01", date_to="2022-04-02", killed=0, sources_any=["Кириленко", "Kyrylenko", "ОВА"],
          optional=True,
          evidence="Обстрілювали також Мар'їнку, Красногорівку і Новомихайлівку, там обійшлося без жертв")],
    [],
    ["Точну кількість жертв у Маріуполі та Волновасі досі встановити неможливо."])

rec("fresh2-uk-05", "news",
    "https://society.comments.ua/ua/news/warrussia/udar-rf-po-nagorodzhennyu-viyskovih-na-dnipropetrovschini-komu-ogolosili-pidozru-786154.html",
    "Коментарі", "2025-11-08",
    "Удар по нагородженню на Дніпропетровщині: ДБР повідомило про підозру комбату",
    "Державне бюро розслідувань оголосило підозру командирові одного з батальйонів, який, попри заборону "
    "Генштабу, зібрав сотню військовослужбовців на урочистості в Дніпропетровській області 1 листопада. Саме тоді "
    "туди вдарили росіяни.\n"
    "За даними слідства, під час нагородження російська армія атакувала область двома балістичними ракетами, "
    "ймовірно «Іскандер», і трьома ударними дронами «Герань».\n"
    "Унаслідок удару загинули 12 військових і 7 цивільних, ще 36 військовослужбовців поранені, уточнює ДБР.\n"
    "Комбату інкримінують недбале ставлення до військової служби в умовах воєнного стану (ч. 4 ст. 425 ККУ). "
    "Питання про взяття його під варту ще вирішується.\n"
    "«Підозра стосується лише рішення, яке призвело до трагічних наслідків», — наголошують у ДБР.",
    [dict(type="strike", admin1="Dnipropetrovsk", country="UA", date_from="2025-11-01", date_to="2025-11-01",
          killed=19, injured=36, sources_any=["ДБР", "DBR", "слідства", "Державне бюро розслідувань"],
          evidence="під час нагородження російська армія атакувала область двома балістичними ракетами")],
    [dict(content="Підозра стосується лише рішення, яке призвело до трагічних наслідків", kind="direct",
          speaker_any=["ДБР"], chain_any=[])],
    ["Питання про взяття його під варту ще вирішується."])

rec("fresh2-uk-06", "news", "https://24tv.ua/politsiyant-strilyav-viyskovih-zaporizhzhi-dbr-rozpovili-detali_n2959481",
    "24 Канал", "2025-11-25",
    "П'яний поліцейський стріляв по військових на Запоріжжі: ДБР повідомило про підозру",
    "Поліцейському, який відкрив вогонь по військових у Запорізькій області, 24 листопада повідомили про підозру в "
    "закінченому замаху на вбивство двох або більше осіб. Про це 24 Каналу стало відомо з повідомлення ДБР.\n"
    "За даними слідчих, 23 листопада в одному із селищ області нетверезий поліцейський у вільний від служби час "
    "посварився з військовими і зробив щонайменше 13 пострілів з табельної зброї.\n"
    "Спершу він кілька разів вистрілив з автомата в бік військових не цілячись. Військові його роззброїли, але він "
    "пішов додому, взяв табельну зброю, повернувся і почав стріляти вже прицільно.\n"
    "Трьох поранених військових доправили до лікарні.",
    [dict(type="other", type_alt=["intra_force_killing", "armed_clash"], admin1="Zaporizhzhia", country="UA",
          date_from="2025-11-23", date_to="2025-11-23", injured=3, sources_any=["ДБР", "DBR", "слідчих"],
          evidence="нетверезий поліцейський у вільний від служби час посварився з військовими і зробив щонайменше 13 "
                   "пострілів з табельної зброї")],
    [],
    [])

rec("fresh2-uk-07", "news", "https://censor.net/ua/news/3571185/dbr-zatrymalo-viyiskovyh-za-vidmovu-povertatysya-v-zsu-pislya-szch",
    "Цензор.НЕТ", "2025-08-29",
    "На Вінниччині ДБР затримало п'ятьох військових, які не захотіли повертатися зі СЗЧ",
    "Співробітники ДБР разом із Військовою службою правопорядку затримали п'ятьох військовослужбовців, які "
    "самовільно залишили частини на Вінниччині, і повідомили їм про підозру. Повертатися на службу добровільно ніхто "
    "з них не захотів.\n"
    "Про це повідомили в пресслужбі Бюро.\n"
    "«Більшість військових, які пішли в СЗЧ, повертаються добровільно і свідомо — до батальйонів резерву, а потім "
    "і до лав ЗСУ», — наголошують у ДБР.\n"
    "П'ятеро солдатів з різних частин у Вінницькій області втекли з місць дислокації в різний час.",
    [dict(type="arrest_or_detention", admin1="Vinnytsia", country="UA", date_from=None, date_to="2025-08-29",
          sources_any=["ДБР", "DBR", "Бюро"],
          evidence="затримали п'ятьох військовослужбовців, які самовільно залишили частини на Вінниччині"),
     dict(type="desertion_or_surrender", type_alt=["refusal_to_fight"], admin1="Vinnytsia", country="UA",
          date_from=None, date_to="2025-08-29", sources_any=["ДБР", "DBR", "Бюро"],
          evidence="П'ятеро солдатів з різних частин у Вінницькій області втекли з місць дислокації в різний час")],
    [dict(content="Більшість військових, які пішли в СЗЧ, повертаються добровільно і свідомо — до батальйонів "
                  "резерву, а потім і до лав ЗСУ", kind="direct", speaker_any=["ДБР"], chain_any=[])],
    ["Більшість військових, які пішли в СЗЧ, повертаються добровільно і свідомо"])

rec("fresh2-uk-08", "headline",
    "https://glavnoe.in.ua/news/na-zaporizhzhi-policziya-shopyla-rosijskoho-dezertyra-yakyj-namahavsya-distatysya-oblasnoho-czentru",
    "Главное", "2026-01-07",
    "В Оріхові патрульні затримали російського солдата, який утік з позицій і в цивільному йшов до Запоріжжя",
    "",
    [dict(type="arrest_or_detention", place="Оріхів", place_en="Orikhiv", admin1="Zaporizhzhia", country="UA",
          date_from=None, date_to="2026-01-07", sources_any=["патрульні", "поліція"],
          evidence="В Оріхові патрульні затримали російського солдата"),
     dict(type="desertion_or_surrender", date_from=None, date_to="2026-01-07", sources_any=["патрульні", "поліція"],
          evidence="який утік з позицій")],
    [],
    [])

records.write()
