"""Russian constructions read from batch 13 and fixed as classes: a drone told after its verb ("сдетонировал
беспилотник"), a death told as a life no one could save, a day's regional total beside each village's own victim, a
hamlet named before its district, a killing of civilians told by its noun, a force falling back to new lines, and a
lone soldier of a side who surrendered, with no place.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _types(report: Any) -> list[str]:
    return [i.type for i in report.incidents]


# -- a drone told after its verb -----------------------------------------------------------------------------------

def test_a_drone_that_detonated_told_after_its_verb_is_a_strike(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Вечером в Курске сдетонировал беспилотник, погиб мужчина.", published="2025-03-14")
    assert _types(report) == ["strike"]
    assert report.incidents[0].fatalities.best == 1


def test_a_kamikaze_drone_that_crashed_into_a_house_is_a_strike(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Днем в Старом Осколе в жилой дом врезался дрон-камикадзе, пострадали две женщины.",
                        published="2025-03-14")
    assert _types(report) == ["strike"]
    assert report.incidents[0].injured.best == 2


# -- a life no one could save --------------------------------------------------------------------------------------

def test_a_man_no_one_could_save_is_one_death(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Утром в Рыльске упал беспилотник. Мужчину спасти не удалось.", published="2025-03-14")
    assert _types(report) == ["strike"]
    assert report.incidents[0].fatalities.best == 1


def test_a_pensioner_the_doctors_could_not_save_is_one_death(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Шебекино снаряд попал в частный дом, пенсионерку спасти врачам не удалось.",
                        published="2025-03-14")
    assert report.incidents[0].fatalities.best == 1


def test_two_wounded_no_one_could_save_are_two_deaths(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Белгороде после обстрела двоих раненых спасти не удалось.", published="2025-03-14")
    assert report.incidents[0].fatalities.best == 2


# -- a day's regional total beside each village's own victim -------------------------------------------------------

def test_each_village_keeps_its_own_victim_not_the_days_total(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Сегодня вражеские атаки унесли жизни двух жителей нашей области.\n"
                        "В Шебекино вражеский беспилотник атаковал легковой автомобиль. Водитель погиб.\n"
                        "В Грайвороне сдетонировал дрон — еще одну женщину спасти не удалось.",
                        outlet="Губернатор (Telegram)", published="2025-03-14")
    assert [(i.type, i.fatalities.best if i.fatalities else None) for i in report.incidents] == [
        ("strike", 1), ("strike", 1)]


# -- a hamlet named before its district ----------------------------------------------------------------------------

def test_a_hamlet_named_before_its_district_is_a_place_of_its_own(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("За день обстрелы унесли жизни двух мирных жителей.\n"
                        "У хутора Масловка Шебекинского округа FPV-дрон ударил по трактору. Тракторист погиб.\n"
                        "В селе Головчино беспилотник атаковал легковушку, погиб водитель.",
                        outlet="Губернатор (Telegram)", published="2025-03-14")
    assert [e.text for e in report.entities if e.label == "PLACE" and e.text.startswith("Масловк")] == ["Масловка"]
    assert _types(report) == ["strike", "strike"]


# -- a killing of civilians told by its noun -----------------------------------------------------------------------

def test_the_killing_of_civilians_told_by_its_noun_is_an_attack_on_civilians(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Прокуратура расследует убийство российскими военными трех мирных жителей в Херсоне.",
                        published="2025-03-14")
    assert _types(report) == ["attack_on_civilians"]
    assert report.incidents[0].fatalities.best == 3


def test_the_killing_of_two_pensioners_by_occupiers_is_an_attack_on_civilians(
        extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Следователи выясняют обстоятельства убийства двух пенсионеров оккупантами в Бахмуте.",
                        published="2025-03-14")
    assert _types(report) == ["attack_on_civilians"]
    assert report.incidents[0].fatalities.best == 2


# -- a force falling back to new lines -----------------------------------------------------------------------------

def test_troops_falling_back_to_new_lines_west_of_a_village_is_a_territory_change(
        extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Российские войска отступили на новые рубежи западнее села Работино в Запорожской области.",
                        published="2025-03-14")
    assert _types(report) == ["territory_change"]
    assert report.incidents[0].where.admin1 == "Zaporizhzhia Oblast"


def test_units_moved_to_more_favourable_positions_is_a_territory_change(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Подразделения ВСУ отошли на более выгодные позиции восточнее Часова Яра.",
                        published="2025-03-14")
    assert _types(report) == ["territory_change"]


# -- a lone soldier of a side who surrendered ----------------------------------------------------------------------

def test_a_lone_soldier_who_surrendered_with_no_place_is_an_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Опубликовано видео: российский солдат сдался в плен, подняв руки перед дроном.",
                        published="2025-03-14")
    assert _types(report) == ["desertion_or_surrender"]


def test_a_ukrainian_marine_who_surrendered_with_no_place_is_an_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Украинский морпех сдался в плен, бросив оружие.", published="2025-03-14")
    assert _types(report) == ["desertion_or_surrender"]


# == second round on batch 13 ==========================================================================================

def _places(report: Any) -> list[str]:
    return sorted(i.where.text for i in report.incidents if i.where is not None)


# -- a front line moved past a list of villages: one territory change each ----------------------------------------

def test_a_retreat_west_of_three_listed_villages_is_one_territory_change_each(
        extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Подразделения отступили на новые рубежи западнее сел Бердычи, Семеновка и Новомихайловка "
                        "в Донецкой области, сообщил командующий.", published="2024-04-28")
    assert _types(report) == ["territory_change"] * 3
    assert _places(report) == ["Бердычи", "Новомихайловка", "Семеновка"]


def test_villages_listed_after_settlements_taken_are_one_territory_change_each(
        extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Российские войска освободили населенные пункты Ивановка и Петровка в Запорожской области, "
                        "сообщило Минобороны.", published="2024-04-28")
    assert _types(report) == ["territory_change"] * 2
    assert _places(report) == ["Ивановка", "Петровка"]


def test_a_withdrawal_from_listed_hamlets_is_one_territory_change_each(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("ВСУ отошли из поселков Красное, Луговое и Веселое Харьковской области, заявил генштаб.",
                        published="2024-04-28")
    assert _types(report) == ["territory_change"] * 3


# -- a date that is another thing's: a relative clause's, a placard's ----------------------------------------------

def test_an_old_date_in_a_relative_clause_does_not_part_the_lead_from_its_headline(
        extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Петербурге задержали отца мобилизованного\n"
                        "В субботу в Петербурге полиция задержала отца мобилизованного, которого призвали "
                        "25 сентября 2022 года.", published="2025-06-14")
    assert _types(report) == ["arrest_or_detention"]
    assert str(report.incidents[0].when.start) == "2025-06-14"


def test_a_relative_clause_told_years_ago_leaves_the_event_its_day(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Казани задержали жену мобилизованного\n"
                        "Вчера в Казани полицейские задержали жену военного, которого мобилизовали ровно два года "
                        "назад, 3 октября 2022 года.", published="2025-06-14")
    assert _types(report) == ["arrest_or_detention"]
    assert str(report.incidents[0].when.start) == "2025-06-13"


def test_the_dates_a_placard_reads_are_not_the_pickets_day(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Самаре задержали пикетчика\nВ четверг в Самаре задержали мужчину.\n"
                        "Он вышел в одиночный пикет с плакатом «Верните мужей домой 12.10.2022».",
                        published="2025-06-14")
    assert all(i.when.start is None or i.when.start.year == 2025 for i in report.incidents)


def test_a_banners_date_does_not_split_a_picket_from_its_headline(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Студентка вышла на пикет\nСтудентка вышла в одиночный пикет с транспарантом "
                        "«24.02.2022 — позор» у здания администрации Перми.", published="2025-06-14")
    assert _types(report) == ["protest"]


# -- Ukraine's soldier surrendering with no place: in Ukraine ------------------------------------------------------

def test_a_ukrainian_soldier_who_surrendered_with_no_place_is_placed_in_ukraine(
        extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Минобороны показало видео: украинский военный сдался в плен, помахав российскому дрону.",
                        published="2024-04-19")
    assert _types(report) == ["desertion_or_surrender"]
    assert report.incidents[0].where.country == "UA"


def test_two_ukrainian_soldiers_who_surrendered_are_placed_in_ukraine(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Опубликовано видео: двое украинских солдат сдались в плен, подняв руки перед "
                        "квадрокоптером.", published="2024-04-19")
    assert report.incidents[0].where.country == "UA"



# -- counts: "больше N" is more than N; "из N человек" is the whole, not its hurt ---------------------------------

def test_more_than_twenty_killed_in_digits_is_twenty_one(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Белгороде при обстреле погибли больше 20 человек.", published="2024-04-19")
    assert report.incidents[0].fatalities.best == 21


def test_more_than_ten_wounded_in_words_is_eleven(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("При атаке дронов на Курск ранены больше десяти человек.", published="2024-04-19")
    assert report.incidents[0].injured.best == 11


def test_the_whole_a_battalions_wounded_are_counted_out_of_is_not_its_wounded(
        extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Сватово обстрел накрыл батальон: из 570 человек невредимыми остались 29, еще 12 ранены.",
                        published="2024-04-19")
    assert report.incidents[0].injured.best == 12


def test_a_column_of_forty_of_whom_seven_were_wounded_has_seven_wounded(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("При ударе по колонне из сорока военных ранены семеро.", published="2024-04-19")
    assert report.incidents[0].injured.best == 7


# -- a civilian car shot up by soldiers' guns ----------------------------------------------------------------------

def test_soldiers_shooting_up_a_car_with_rifles_is_an_attack_on_civilians(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("На видео российские военные расстреливают из автоматов легковую машину, один человек "
                        "получил ранение.", published="2024-10-27")
    assert _types(report) == ["attack_on_civilians"]
    assert report.incidents[0].injured.best == 1


def test_occupiers_who_shot_up_a_passenger_car_attacked_civilians(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Херсоном оккупанты расстреляли легковой автомобиль, ранена женщина.",
                        published="2024-10-27")
    assert _types(report) == ["attack_on_civilians"]


def test_an_earlier_wounding_told_in_a_relative_clause_keeps_its_own_day(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("При атаке дрона на село Безымено ранены двое мужчин\n"
                        "Двое мужчин ранены при атаке беспилотника на село Безымено, сообщил губернатор.\n"
                        "Во вторник также стало известно, что в больнице умерла женщина, которую ранило, когда дрон "
                        "ударил по ее дому 3 марта.", published="2025-06-10")
    assert len(report.incidents) == 2
