"""Russian constructions read from batch 16 and fixed as classes: a recruiters' or soldiers' vehicle run into a
civilian, a death at a training camp or drill (a named man as its one victim), two wounded named without a number,
and a country's criminal code that names no place.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _types(report: Any) -> list[str]:
    return [i.type for i in report.incidents]


# -- a recruiters' or soldiers' vehicle run into a civilian --------------------------------------------------------

def test_an_enlistment_office_car_running_over_a_pensioner_is_an_attack(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Во Львове автомобиль ТЦК наехал на пенсионера у рынка.", published="2025-06-02")
    assert _types(report) == ["attack_on_civilians"]
    assert report.incidents[0].where.admin1 == "Lviv Oblast"


def test_a_van_with_soldiers_knocking_down_a_passer_by_is_an_attack(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Внедорожник с военными дважды сбил прохожего в Днепре.", published="2025-06-02")
    assert _types(report) == ["attack_on_civilians"]


def test_a_recruiters_bus_running_over_a_man_is_an_attack(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Харькове бус с работниками военкомата переехал мужчину на пешеходном переходе.",
                        published="2025-06-02")
    assert _types(report) == ["attack_on_civilians"]


# -- a death at a training camp, range or drill --------------------------------------------------------------------

def test_a_man_named_as_dying_at_a_range_is_one_non_combat_death(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("На полигоне в Бурятии скончался Андрей Смирнов.", published="2022-10-20")
    assert _types(report) == ["non_combat_death"]
    assert report.incidents[0].fatalities.best == 1


def test_a_death_during_drills_is_a_non_combat_death(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Стало известно, что на учениях в Мулино погиб Сергей Иванов.", published="2022-10-20")
    assert _types(report) == ["non_combat_death"]
    assert report.incidents[0].fatalities.best == 1


def test_a_death_in_a_training_centre_is_a_non_combat_death(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В учебном центре под Ростовом умер 35-летний Олег Васильев.", published="2022-10-20")
    assert _types(report) == ["non_combat_death"]


# -- two wounded named without a number ----------------------------------------------------------------------------

def test_wounded_driver_and_passenger_after_the_strike_are_two(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Утром дрон атаковал автомобиль в Херсоне. Ранены 30-летний водитель и пассажир.",
                        published="2025-06-02")
    assert _types(report) == ["strike"]
    assert report.incidents[0].injured.best == 2


def test_a_driver_and_passenger_who_were_hurt_are_two(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Белгороде беспилотник ударил по автобусу. Пострадали водитель и пассажирка.",
                        published="2025-06-02")
    assert report.incidents[0].injured.best == 2


def test_a_guard_and_his_partner_taken_to_hospital_are_two_wounded(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Вечером снаряд попал во двор дома в Горловке. Госпитализированы охранник и его напарница.",
                        published="2025-06-02")
    assert report.incidents[0].injured.best == 2


def test_a_watchman_and_a_driver_who_got_wounds_are_two(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Ночью дрон упал на крышу склада в Курске. Сторож и водитель получили ранения.",
                        published="2025-06-02")
    assert report.incidents[0].injured.best == 2


# -- a country's criminal code names no place ----------------------------------------------------------------------

def test_the_criminal_code_of_a_country_is_not_the_place(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Бойцу вменяют дезертирство по ч. 5 ст. 407 УК Украины.", published="2025-06-02")
    assert _types(report) == ["desertion_or_surrender"]
    assert report.incidents[0].where is None or report.incidents[0].where.name != "Ukraine"


# -- a regional branch's channel names the region of the town it posts about ---------------------------------------

def test_a_town_in_a_regional_police_post_is_the_namesake_in_that_region(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Кировске задержан мужчина, поджёгший военкомат.", outlet="ГУ МВД по Ленинградской области",
                        published="2023-05-02")
    assert report.incidents
    assert {i.where.admin1 for i in report.incidents} == {"Leningrad Oblast"}


def test_a_branch_named_by_a_short_region_name_places_the_town(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Заречном задержан мужчина, поджёгший военкомат.", outlet="УМВД по Пензенской области",
                        published="2023-05-02")
    assert {i.where.admin1 for i in report.incidents} == {"Penza Oblast"}
    report = extract_ru("В Кировске задержан мужчина, поджёгший военкомат.", outlet="Полиция по Ленобласти",
                        published="2023-05-02")
    assert {i.where.admin1 for i in report.incidents} == {"Leningrad Oblast"}
