"""Russian constructions read from batch 15 and fixed as classes: fire on one's own unit by mistake (and the fight
it goes on to tell), a street named after someone, a unit leaving the war zone, an indirect question about whom to
punish, a raiding group destroyed in a village, a death told by a found body or a soldier who died, a regional day's
total beside each village's toll, a roundup's lone victim and its damaged places, and who a quote belongs to.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _types(report: Any) -> list[str]:
    return [i.type for i in report.incidents]


# -- fire on one's own unit by mistake -----------------------------------------------------------------------------

def test_shooting_ones_own_platoon_by_mistake_is_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Авдеевке военные ВСУ по ошибке расстреляли свой взвод.\n"
                        "Сначала началась стрельба, потом завязался бой. Один убит, трое ранены.",
                        published="2024-02-10")
    assert _types(report) == ["friendly_fire"]
    assert (report.incidents[0].fatalities.best, report.incidents[0].injured.best) == (1, 3)


def test_an_assault_group_of_ones_own_shot_by_mistake_is_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Ночью под Часовым Яром десантники по ошибке расстреляли свою штурмовую группу, двое погибли.",
                        published="2024-02-10")
    assert _types(report) == ["friendly_fire"]


def test_the_firefight_after_a_friendly_fire_headline_is_the_same_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Бахмутом артиллеристы по ошибке обстреляли свою роту.\n"
                        "Всё случилось ночью. Завязалась перестрелка. Итог: двое погибли.", published="2024-02-10")
    assert _types(report) == ["friendly_fire"]
    assert report.incidents[0].fatalities.best == 2


# -- a street named after someone ----------------------------------------------------------------------------------

def test_a_street_name_is_no_place_of_its_own(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Вечером в Краматорске у дома на улице Мирошниченко взорвалась ракета, ранены двое.",
                        published="2024-02-10")
    assert _types(report) == ["strike"]
    assert report.incidents[0].where.admin1 == "Donetsk Oblast"
    assert not [e for e in report.entities if e.label == "PLACE" and "Мирошниченко" in e.text]


# -- a unit leaving the war zone or the front, or going home without leave -----------------------------------------

def test_a_squad_leaving_the_combat_zone_is_desertion(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Отделение контрактников уехало из зоны боевых действий в Запорожской области.",
                        published="2023-01-20")
    assert _types(report) == ["desertion_or_surrender"]


def test_a_company_gone_from_the_front_line_is_desertion(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Рота в полном составе ушла с передовой под Угледаром.", published="2023-01-20")
    assert _types(report) == ["desertion_or_surrender"]


def test_soldiers_gone_home_without_leave_desert(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Трое бойцов из Читы отправились домой из Луганской области без разрешения командования.",
                        published="2023-01-20")
    assert _types(report) == ["desertion_or_surrender"]


def test_a_deserters_range_told_after_it_stays_their_place(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Двое срочников без ведома командиров уехали с полигона в Белгородской области.",
                        published="2023-01-20")
    assert report.incidents[0].where.admin1 == "Belgorod Oblast"


def test_the_deserters_destination_is_not_where_they_deserted(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Солдаты без разрешения уехали из Херсонской области в Москву.", published="2023-01-20")
    assert _types(report) == ["desertion_or_surrender"]
    assert report.incidents[0].where.admin1 == "Kherson Oblast"


# -- an open question of whom to punish ----------------------------------------------------------------------------

def test_deciding_whom_to_punish_names_no_refusal(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Прокуратура Московской области выясняет, кого привлечь к ответственности: отказников или "
                        "офицеров.", published="2023-01-20")
    assert report.incidents == []


def test_a_court_to_decide_who_answers_names_no_refusal(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Суд в Курске определит, кому отвечать за случившееся — отказникам или командованию.",
                        published="2023-01-20")
    assert report.incidents == []


# -- a raiding group destroyed, a village cleared of it --------------------------------------------------------------

def test_a_raiding_group_destroyed_is_a_clash(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Купянском ВСУ уничтожили вражескую ДРГ, сообщили в бригаде.", published="2025-10-03")
    assert _types(report) == ["armed_clash"]


def test_a_raiding_group_liquidated_told_first_is_a_clash(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Украинская ДРГ была ликвидирована у села Тёткино Курской области, сообщило Минобороны.",
                        published="2025-10-03")
    assert _types(report) == ["armed_clash"]


def test_a_village_cleared_of_raiders_is_a_clash_apart_from_the_day_befores_capture(
        extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Работино остается под контролем ВСУ: силы обороны зачистили село от российских групп, "
                        "заявили в пятницу в бригаде.\n"
                        "По словам военных, подразделения бригады вошли в Работино и добили остатки противника.\n"
                        "Днем раньше, 2 октября, аналитики заявили, что армия РФ захватила два населенных пункта в "
                        "Днепропетровской области — Малиевку и Степовое.", published="2025-10-03")
    assert _types(report)[0] == "armed_clash"
    assert str(report.incidents[0].when.start) == "2025-10-03"


# -- a death told by a body found or by a soldier who died ------------------------------------------------------------

def _killed(report: Any) -> list[int | None]:
    return [i.fatalities.best if i.fatalities else None for i in report.incidents]


def test_a_soldier_found_hanged_is_one_death(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Контрактника из Омска нашли повешенным в части под Ростовом.", published="2023-05-02")
    assert _killed(report) == [1]


def test_a_conscript_found_dead_after_the_verb_is_one_death(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В казарме в Пскове обнаружили мёртвым 19-летнего срочника.", published="2023-05-02")
    assert _killed(report) == [1]


def test_two_found_dead_are_counted_by_their_number(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Кременной в блиндаже нашли мертвыми двух мобилизованных.", published="2023-05-02")
    assert _killed(report) == [2]


def test_a_mobilised_man_who_died_is_one_death(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Харькове умер 43-летний мобилизованный.", published="2023-05-02")
    assert _killed(report) == [1]


def test_a_mobilised_woman_who_died_is_one_death(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Одессе умерла мобилизованная, которую избили в ТЦК.", published="2023-05-02")
    assert _killed(report) == [1]


# -- a governor's roundup: the day's regional total, each village's own toll, the damaged places listed --------------

def _tolls(report: Any) -> list[tuple[str | None, int | None, int | None]]:
    return [(i.where.admin1 if i.where else None, i.fatalities.best if i.fatalities else None,
             i.injured.best if i.injured else None) for i in report.incidents]


def test_a_days_regional_total_is_no_villages_toll(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("За минувшие сутки российские обстрелы унесли жизни трех жителей Донецкой области, еще пятеро "
                        "ранены, сообщил Филашкин.\n"
                        "При обстреле Покровска погибли два человека, ранены трое. В Кураховом от удара дрона погиб "
                        "мужчина.", published="2024-03-12")
    assert (report.incidents[0].fatalities.best, report.incidents[0].injured.best) == (2, 3)


def test_a_lone_victim_after_another_villages_toll_keeps_her_own(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Губернатор Вячеслав Гладков сообщил о последствиях обстрелов.\n"
                        "По его словам, при обстреле села Новая Таволжанка погиб мужчина, там же ранены двое. В "
                        "Шебекино пострадала 70-летняя пенсионерка.", published="2024-03-12")
    assert _tolls(report) == [("Belgorod Oblast", 1, 2), ("Belgorod Oblast", None, 1)]


def test_places_damaged_by_the_days_shelling_are_a_strike_each(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В результате обстрелов повреждены линия электропередачи в Купянске и склад в Балаклее.",
                        published="2024-03-12")
    assert sorted(i.where.name for i in report.incidents) == ["Balakliya", "Kupyansk"]


def test_damage_listed_after_a_strike_is_not_that_strikes(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Ночью армия РФ сбросила авиабомбу на Изюм, пострадавших нет. Из-за обстрелов повреждены "
                        "частные дома в Балаклее и Купянске.", published="2024-03-12")
    assert sorted(i.where.name for i in report.incidents) == ["Balakliya", "Izyum", "Kupyansk"]
