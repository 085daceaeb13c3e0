"""Russian constructions found with a second round of probe sentences (session 8), written for the slots rather than
the types: the place, the date, the killed and injured, the source. Fixed as classes: a known town after an attack
word that the tagger read as a person or missed ("обстрела Торецка", "удара по Кривому Рогу", "атаке на Энергодар",
"в районе Часова Яра"); victims counted by their ages or listed with their kin ("мужчины 52 и 61 года", "мальчик,
его мать и бабушка"); one victim named by a common noun ("погибла медсестра"); "в ночь с субботы на воскресенье" and
"за минувшие сутки"; comrades shelled by their own side, attacks repelled, a death handling a grenade, a force
driven out of a village, an attack on a town with its weapon untold, people who went to hospital; a body credited
after a dash or before a colon ("— Сумская ОВА", "Офис генпрокурора:"). Non-events kept at none: a denial of
reports "о том, что", tallies "с начала года".

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _types(report: Any) -> list[str]:
    return sorted(i.type for i in report.incidents)


def _one(report: Any, kind: str) -> Any:
    found = [i for i in report.incidents if i.type == kind]
    assert found, _types(report)
    return found[0]


def _best(count: Any) -> int | None:
    return count.best if count is not None else None


# -- the place: a town after an attack word, whatever the tagger made of it -------------------------------------------

def test_a_town_in_the_genitive_after_shelling_is_the_place(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В результате обстрела Торецка погибли мужчины 52 и 61 года, ранена 70-летняя женщина.")
    incident = _one(report, "strike")
    assert incident.where is not None and incident.where.admin1 == "Donetsk Oblast"


def test_a_two_word_town_in_the_dative_after_a_strike_on_it(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Около десяти человек пострадали в результате ракетного удара по Кривому Рогу.")
    incident = _one(report, "strike")
    assert incident.where is not None and incident.where.admin1 == "Dnipropetrovsk Oblast"
    assert _best(incident.injured) == 10


def test_a_town_the_tagger_missed_after_an_attack_on_it(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("При атаке дронов на Энергодар ранения получили трое сотрудников станции.")
    incident = _one(report, "strike")
    assert incident.where is not None and incident.where.admin1 == "Zaporizhzhia Oblast"


def test_a_headline_shelling_of_a_town(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Обстрел Никополя: погибших нет, ранены два человека, повреждены дома.")
    incident = _one(report, "strike")
    assert incident.where is not None and incident.where.admin1 == "Dnipropetrovsk Oblast"
    assert _best(incident.fatalities) == 0 and _best(incident.injured) == 2


def test_a_two_word_town_in_the_genitive_after_in_the_area_of(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Бахмутом, в районе Часова Яра, продолжаются ожесточённые бои, сообщил спикер группировки.")
    incident = _one(report, "armed_clash")
    assert incident.where is not None and incident.where.admin1 == "Donetsk Oblast"
    assert incident.where.name == "Chasiv Yar"


def test_a_surname_after_by_words_stays_a_person(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("По словам Петрова, обстрел начался утром.")
    assert not any(e.label == "PLACE" and e.text == "Петрова" for e in report.entities)


# -- killed and injured: ages, kin, a common noun ---------------------------------------------------------------------

def test_victims_counted_by_their_ages(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В результате обстрела Торецка погибли мужчины 52 и 61 года, ранена 70-летняя женщина.")
    incident = _one(report, "strike")
    assert _best(incident.fatalities) == 2 and _best(incident.injured) == 1


def test_a_boy_his_mother_and_grandmother_are_three(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Удар по Купянску: ранены девятилетний мальчик, его мать и бабушка.")
    incident = _one(report, "strike")
    assert _best(incident.injured) == 3
    assert incident.where is not None and incident.where.admin1 == "Kharkiv Oblast"


def test_a_man_and_his_son_are_two(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Беспилотник атаковал частный дом в селе Козинка Грайворонского округа. Пострадали мужчина и "
                        "его сын.")
    incident = _one(report, "strike")
    assert _best(incident.injured) == 2
    assert incident.where is not None and incident.where.admin1 == "Belgorod Oblast"


def test_three_women_and_a_teenager_of_fifteen_are_four(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Курске дрон атаковал рынок: пострадали три женщины и 15-летний подросток.")
    assert _best(_one(report, "strike").injured) == 4


def test_a_man_killed_his_wife_and_son_hospitalised_are_one_and_two(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Обстреляли село Ракитное: погиб мужчина, его жена и сын госпитализированы.")
    incident = _one(report, "strike")
    assert _best(incident.fatalities) == 1 and _best(incident.injured) == 2


def test_one_victim_named_by_her_occupation(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Мэр Энергодара Дмитрий Марченко заявил, что в городе после удара дрона погибла медсестра.")
    assert _best(_one(report, "strike").fatalities) == 1


def test_people_who_went_to_hospital_after_an_attack_on_a_town(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("После атаки на Белгород в больницы обратились 11 человек.")
    incident = _one(report, "strike")
    assert _best(incident.injured) == 11
    assert incident.where is not None and incident.where.admin1 == "Belgorod Oblast"


# -- the date --------------------------------------------------------------------------------------------------------

def test_the_night_from_saturday_to_sunday(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В ночь с субботы на воскресенье ВСУ атаковали Белгородскую область, ранены двое.",
                        published="2024-05-08")
    incident = _one(report, "strike")
    assert (str(incident.when.start), str(incident.when.end)) == ("2024-05-04", "2024-05-05")


def test_the_past_day_of_a_regional_tally(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("За минувшие сутки в Херсонской области в результате обстрелов погиб один человек, ещё семеро "
                        "ранены, сообщил глава ОВА Александр Прокудин.", published="2024-05-08")
    incident = _one(report, "strike")
    assert (str(incident.when.start), str(incident.when.end)) == ("2024-05-07", "2024-05-08")
    assert _best(incident.fatalities) == 1 and _best(incident.injured) == 7


# -- types: own comrades shelled, attacks repelled, a grenade, driven out, ------------------------------------------

def test_comrades_shelled_by_their_own_side_are_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Как сообщает канал «Астра», в Белгородской области военные обстреляли своих же сослуживцев "
                        "из миномёта, трое ранены.")
    assert _types(report) == ["friendly_fire"]
    assert any("Астра" in s for s in report.incidents[0].sources)


def test_attacks_repelled_are_a_clash(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Генштаб ВСУ сообщил, что у Вербового за сутки отражены 12 атак противника.")
    assert _types(report) == ["armed_clash"]


def test_a_death_handling_a_grenade_is_non_combat(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Брянской области военнослужащий погиб при обращении с гранатой, сообщает SHOT.")
    assert _types(report) == ["non_combat_death"]


def test_a_force_driven_out_of_a_village_is_a_territory_change(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Курской области ВСУ выбиты из села Веселое, заявили в Минобороны России.")
    assert _types(report) == ["territory_change"]


# -- sources: a body after a dash or before a colon -----------------------------------------------------------------

def test_a_regional_administration_after_a_dash_is_the_source(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Российские войска атаковали Сумскую область 40 раз за сутки, ранен один человек, — Сумская "
                        "ОВА.")
    incident = _one(report, "strike")
    assert "Сумская ОВА" in incident.sources
    assert incident.where is not None and incident.where.admin1 == "Sumy Oblast"


def test_the_prosecutors_before_a_colon_are_the_source(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Офис генпрокурора: российские военные расстреляли трёх пленных бойцов ВСУ в Запорожской "
                        "области.")
    incident = _one(report, "attack_on_civilians")
    assert any("генпрокурор" in s for s in incident.sources)


def test_a_dash_before_the_victims_names_no_source(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Горловке погибли двое — Иван Петров.")
    assert all("Иван" not in s for i in report.incidents for s in i.sources)


# -- non-events ------------------------------------------------------------------------------------------------------

def test_a_denial_of_reports_that_is_no_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Минобороны опровергло сообщения о том, что российская армия обстреляла Курахово.")
    assert report.incidents == []


def test_a_tally_since_the_start_of_the_year_is_no_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("С начала года в Белгородской области в результате обстрелов погибли 120 мирных жителей, "
                        "подсчитал канал.")
    assert report.incidents == []


# -- one event told with the act that explains it ---------------------------------------------------------------------

def test_detained_for_going_awol_is_one_detention(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Шестерых мобилизованных из Тамбова задержали в Калининграде за самовольное оставление части.")
    assert _types(report) == ["arrest_or_detention"]


def test_soldiers_who_refused_shot_by_their_commander_is_one_killing(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("По словам пленного, его командир лично застрелил двоих солдат, отказавшихся идти на штурм.")
    assert _types(report) == ["intra_force_killing"]
    assert _best(report.incidents[0].fatalities) == 2


def test_refusers_held_in_a_basement_is_one_detention(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Пятерых мобилизованных, отказавшихся ехать на фронт, держат в подвале в Зайцеве, пишет "
                        "«Вёрстка».")
    assert _types(report) == ["arrest_or_detention"]


def test_a_man_detained_and_taken_to_the_office_is_mobilization(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("На прошлой неделе в Одессе сотрудники ТЦК задержали мужчину прямо в спортзале и увезли в "
                        "военкомат.", published="2024-05-08")
    assert _types(report) == ["mobilization"]
    assert str(report.incidents[0].when.start) == "2024-04-29"


def test_recruiters_detained_stay_a_detention(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Одессе полиция задержала сотрудников ТЦК, которые избили мужчину и отвезли его в военкомат.")
    assert "arrest_or_detention" in _types(report)


def test_a_refusal_told_on_its_own_stays_a_refusal(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Авдеевкой мобилизованные из Курска отказались идти на штурм.")
    assert _types(report) == ["refusal_to_fight"]


# -- a second set of probe sentences: the weapon, a bare blow, an adjective attack, kin, a modal after the noun -------

def test_drones_between_the_verb_and_the_target_are_a_strike(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Российские военные ударили дронами по Херсону: ранены трое прохожих.")
    incident = _one(report, "strike")
    assert _best(incident.injured) == 3
    assert incident.where is not None and incident.where.admin1 == "Kherson Oblast"


def test_killed_by_a_blow_and_one_more_hospitalised(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В селе Глушково Курской области от удара погибли две женщины, ещё одна госпитализирована.")
    incident = _one(report, "strike")
    assert _best(incident.fatalities) == 2 and _best(incident.injured) == 1


def test_an_electric_shock_is_no_strike(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Курске от удара током погиб электрик.")
    assert "strike" not in _types(report)


def test_the_toll_of_a_night_attack_on_a_city(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Двое погибших и девять раненых — итог ночной атаки на Днепр, сообщил глава ОВА Сергей Лысак.")
    incident = _one(report, "strike")
    assert _best(incident.fatalities) == 2 and _best(incident.injured) == 9
    assert incident.where is not None and incident.where.admin1 == "Dnipropetrovsk Oblast"


def test_a_son_and_daughter_in_law_killed_are_two(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Сын и невестка погибли при обстреле Горловки, рассказала местная жительница.")
    assert _best(_one(report, "strike").fatalities) == 2


def test_shelling_that_may_grow_is_no_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Гладков заявил, что обстрелы Шебекино могут усилиться в ближайшие дни.")
    assert report.incidents == []


# -- killed by their own side with a weapon: friendly fire, not a killing by one's own side ---------------------------

def test_killed_by_their_own_with_a_drone_is_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Бахмутом его убили свои же: дрон соседнего подразделения сбросил гранату на окоп.")
    assert _types(report) == ["friendly_fire"]


def test_shot_by_their_own_after_a_quarrel_stays_an_own_side_killing(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Бахмутом его застрелили свои же после ссоры.")
    assert _types(report) == ["intra_force_killing"]
