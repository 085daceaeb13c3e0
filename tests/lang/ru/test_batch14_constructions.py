"""Russian constructions read from batch 14 (mostly events that are no strike) and fixed as classes: prisoners of
war killed by their captors, an event noun that "happened" on a day, the wounded left behind, protests with the
place first or named as an "акция", several cities listed for one kind of protest or detention, the weekend as a
date, refuseniks held (the held put first, a camp for those "who refused", handcuffs, "another camp"), labels of
the held people that tell no refusal, one side's weapon on its own soldiers named by side, a toll that names the
attack it follows, and a village put "под" a town.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _types(report: Any) -> list[str]:
    return [i.type for i in report.incidents]


# -- prisoners of war killed by their captors -----------------------------------------------------------------------

def test_prisoners_shot_by_captors_are_an_attack_not_an_own_side_killing(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Угледаром российские военные расстреляли двух пленных морпехов, сообщила прокуратура.",
                        published="2024-02-20")
    assert _types(report) == ["attack_on_civilians"]


def test_soldiers_killed_after_surrendering_are_an_attack(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("На записи видно, как под Покровском военные убивают бойца, который уже сдался в плен.",
                        published="2024-12-02")
    assert _types(report) == ["attack_on_civilians"]


def test_a_generic_line_on_killing_prisoners_is_no_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Убийство военнопленных — тяжкое военное преступление.", published="2024-12-02")
    assert report.incidents == []


def test_an_event_noun_that_happened_gives_the_events_day(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Херсонской области оккупанты казнили пленного бойца\n"
                        "Прокуратура начала расследование. По данным следствия, казнь произошла 3 марта у села "
                        "Крынки Херсонской области.", published="2024-03-09")
    assert _types(report) == ["attack_on_civilians"]
    assert str(report.incidents[0].when.start) == "2024-03-03"


# -- the wounded left behind ------------------------------------------------------------------------------------------

def test_a_commander_leaving_a_wounded_soldier_is_abandonment(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Командир взвода бросил раненого пулемётчика под Работино", published="2024-07-01")
    assert _types(report) == ["abandonment"]


def test_the_wounded_left_in_hospital_is_no_abandonment(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Раненого бойца оставили в госпитале в Ростове, остальных вывезли в тыл.",
                        published="2024-07-01")
    assert "abandonment" not in _types(report)


# -- protests: the place first, an "акция", several cities ---------------------------------------------------------

def test_the_square_before_the_verb_is_a_protest(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В субботу в Новосибирске на площадь вышли около сотни жён мобилизованных.",
                        published="2023-11-20")
    assert _types(report) == ["protest"]


def test_an_action_in_support_that_took_place_is_a_protest(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Одессе прошла акция в поддержку украинских пленных.", published="2024-06-03")
    assert _types(report) == ["protest"]


def test_cities_listed_for_a_protest_are_a_protest_each(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В воскресенье в Харькове, Днепре и Одессе прошли акции в поддержку военнопленных.",
                        published="2024-06-03")
    assert _types(report) == ["protest", "protest", "protest"]
    assert {i.where.admin1 for i in report.incidents} == {"Kharkiv Oblast", "Dnipropetrovsk Oblast", "Odesa Oblast"}


def test_the_weekend_dates_a_protest(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("На выходных в Днепре прошла акция в поддержку пленных защитников.",
                        published="2024-06-03")  # a Monday
    when = report.incidents[0].when
    assert (str(when.start), str(when.end)) == ("2024-06-01", "2024-06-02")


# -- refuseniks held -------------------------------------------------------------------------------------------------

def test_refuseniks_put_before_held_is_a_detention_only(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Луганском отказников из мотострелкового батальона держат в подвале, рассказали их жёны.",
                        published="2023-10-05")
    assert _types(report) == ["arrest_or_detention"]


def test_a_camp_for_those_who_refused_is_a_detention_only(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Белгородской области появился лагерь для мобилизованных, которые отказались возвращаться "
                        "на фронт или самовольно покинули часть.", published="2023-10-05")
    assert _types(report) == ["arrest_or_detention"]


def test_handcuffing_soldiers_is_a_detention(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В части под Ельней двух солдат приковали наручниками к батарее, рассказала мать одного из "
                        "них.", published="2023-10-05")
    assert _types(report) == ["arrest_or_detention"]


def test_another_camp_elsewhere_is_another_detention(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Луганской области отказников держат в подвале бывшей школы, рассказали родные.\n"
                        "Ещё один лагерь находится в Брянской области, под Клинцами.", published="2023-10-05")
    assert _types(report) == ["arrest_or_detention", "arrest_or_detention"]
    assert {i.where.admin1 for i in report.incidents} == {"Luhansk Oblast", "Bryansk Oblast"}


def test_another_camp_with_no_detention_told_is_nothing(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Ещё один лагерь появился в Брянской области.", published="2023-10-05")
    assert report.incidents == []


def test_labels_of_the_held_in_a_quote_tell_no_refusal(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Курской области отказников держат в ангаре, рассказали родственники.\n"
                        "«Там сидят СОЧ и отказники, человек двести», — говорит жена одного из них.",
                        published="2024-09-10")
    assert _types(report) == ["arrest_or_detention"]


# -- one side's weapon on its own soldiers, and the toll after it ------------------------------------------------------

def test_a_sides_drones_on_that_sides_soldiers_are_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Российские дроны атаковали позиции российских военных под Кременной, рассказал боец.",
                        published="2024-04-04")
    assert _types(report) == ["friendly_fire"]


def test_a_toll_naming_the_attack_counts_for_it_paragraphs_on(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Украинская артиллерия накрыла украинских пехотинцев под Купянском, сообщил источник.\n"
                        "По словам собеседника, связи с командованием у них не было несколько дней.\n"
                        "«Нас просто не предупредили», — приводит его слова агентство.\n"
                        "В результате удара погибли четверо военных.", published="2024-04-04")
    ff = next(i for i in report.incidents if i.type == "friendly_fire")
    assert ff.fatalities is not None and ff.fatalities.best == 4


# -- a village put near a town ---------------------------------------------------------------------------------------

def test_a_village_under_a_town_is_its_namesake_there(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Двадцать отказников из посёлка Сосновка под Тамбовом вывезли на полигон, рассказали "
                        "родственники.", published="2024-05-02")
    where = report.incidents[0].where
    assert where.admin1 == "Tambov Oblast" and where.name != "Тамбов"


def test_a_village_with_no_namesake_near_the_town_leaves_the_town(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Отказников из деревни Ивановка под Курском вывезли на полигон, рассказали родственники.",
                        published="2024-05-02")
    assert report.incidents[0].where.admin1 == "Kursk Oblast"


# -- a body "reminding" as its statement -----------------------------------------------------------------------------

def test_a_body_that_reminds_is_the_quotes_speaker(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("«Пытки пленных запрещены международным правом», — напомнили в военной прокуратуре.",
                        published="2024-05-02")
    assert [q.speaker.name for q in report.quotes if q.speaker] == ["военной прокуратуре"]
