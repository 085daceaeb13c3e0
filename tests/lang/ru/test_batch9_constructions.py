"""Russian constructions read from batch 9 and fixed as classes: a year counted from the report's own ("прошлого
года"), "пока ... не" as "until", a killing told with the arrest it led to, a weapon as the killer in a headline,
one victim as a verb's object or a noun's genitive ("о гибели водителя"), "второй ранен", the teller of "X сообщил
о ...", a body named after "Об этом сообщила", a headline "Под <town>" over its lead's village, soldiers' words
for being abandoned, and two attributions in one sentence.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from warlog.lang.ru.dates import find_time_expressions


@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("3 февраля прошлого года", date(2024, 2, 3), date(2024, 2, 3)),
    ("в июле позапрошлого года", date(2023, 7, 1), date(2023, 7, 31)),
    ("в прошлом году", date(2024, 1, 1), date(2024, 12, 31)),
    ("12 января этого года", date(2025, 1, 12), date(2025, 1, 12)),
    ("к концу мая", date(2025, 5, 21), date(2025, 5, 31)),
])
def test_a_year_counted_from_the_report_s_own(phrase: str, start: date, end: date) -> None:
    found = find_time_expressions(f"Он сказал, что {phrase} всё и случилось.", date(2025, 9, 2))
    assert [(t.date_start, t.date_end) for t in found] == [(start, end)]


def test_until_with_an_expletive_not_is_an_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("По данным следствия, в мае рядовой сбежал из части под Тверью и полгода скрывался у "
                        "родственников, пока его не арестовали.", published="2025-03-10")
    assert "arrest_or_detention" in [i.type for i in report.incidents]


def test_not_yet_with_a_short_participle_stays_negated(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Стрелявший в Твери мужчина пока не задержан.", published="2025-03-10")
    assert "arrest_or_detention" not in [i.type for i in report.incidents]


def test_a_killing_told_with_the_arrest_it_led_to_is_its_own_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Харькове полиция задержала двух сотрудников военкомата, которые, по версии "
                        "прокуратуры, избили до смерти задержанного мужчину.", published="2025-03-10")
    types = [i.type for i in report.incidents]
    assert "arrest_or_detention" in types and "attack_on_civilians" in types
    killing = next(i for i in report.incidents if i.type == "attack_on_civilians")
    # the two held are the arrested, not the dead: one man died
    assert killing.fatalities is not None and killing.fatalities.best == 1


def test_a_weapon_as_the_killer_in_a_headline_is_the_lead_s_strike(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Рыльском беспилотник убил тракториста\n"
                        "Губернатор Курской области Пётр Орлов сообщил о гибели тракториста.\n"
                        "Утром дрон атаковал трактор у села Глушково, мужчина скончался на месте.",
                        published="2025-05-04")
    assert [i.type for i in report.incidents] == ["strike"]
    incident = report.incidents[0]
    assert incident.fatalities is not None and incident.fatalities.best == 1
    assert any("Орлов" in name for name in incident.sources)


@pytest.mark.parametrize("text", [
    "В Горловке 4 мая снаряд ранил пенсионерку, сообщили городские власти.",
    "В Горловке 4 мая FPV-дрон ранил водителя маршрутки, сообщили городские власти.",
])
def test_a_weapon_that_wounds_is_a_strike(extract_ru: Callable[..., Any], text: str) -> None:
    report = extract_ru(text, published="2025-05-04")
    assert [i.type for i in report.incidents] == ["strike"]


def test_a_death_told_as_a_noun_with_one_victim_counts_one(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Глава администрации Игорь Сомов сообщил о гибели местного жителя при обстреле посёлка "
                        "Климово 4 мая.", published="2025-05-04")
    assert report.incidents[0].fatalities is not None and report.incidents[0].fatalities.best == 1


def test_the_other_of_two_is_one_injured(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В части под Тверью 4 мая рядовой застрелил сослуживца из автомата.\n"
                        "Следователи выехали на место. Один военный погиб, второй получил ранение.",
                        published="2025-05-04")
    incident = report.incidents[0]
    assert incident.injured is not None and incident.injured.best == 1


def test_the_body_after_about_this_is_a_source(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Запорожье 4 мая задержали мужчину, который поджёг автомобиль военного.\n"
                        "Об этом сообщила пресс-служба городского управления полиции.", published="2025-05-04")
    assert any("пресс-служба" in name for name in report.incidents[0].sources)


def test_a_headline_near_a_town_joins_its_lead_s_village(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Брянском дрон ранил фермера\n"
                        "Беспилотник атаковал село Кокино Выгоничского района Брянской области, ранен фермер, "
                        "сообщил губернатор.\n"
                        "По его словам, дрон сбросил гранату на двор хозяйства в селе Кокино.",
                        published="2025-05-04")
    assert [i.type for i in report.incidents] == ["strike"]


@pytest.mark.parametrize("text", [
    "«Наш взвод бросили под Часовым Яром без воды и связи», — рассказал пленный.",
    "«Нас просто кинули на убой у Покровска», — рассказал пленный.",
])
def test_soldiers_words_for_being_abandoned(extract_ru: Callable[..., Any], text: str) -> None:
    report = extract_ru(text, published="2025-05-04")
    assert "abandonment" in [i.type for i in report.incidents]


def test_sent_into_an_attack_is_no_abandonment(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("«Нашу роту бросили в атаку под Часовым Яром», — рассказал пленный.", published="2025-05-04")
    assert "abandonment" not in [i.type for i in report.incidents]


def test_a_claim_before_an_opening_according_to_has_its_own_speaker(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Рядовой Олег Петров уверял, что ротный не дал ему отпуск после ранения: по словам "
                        "защитника, приказ был незаконным.", published="2025-05-04")
    quote = next((q for q in report.quotes if q.text.startswith("ротный")), None)
    assert quote is not None and quote.speaker is not None and "Петров" in quote.speaker.name
    assert "по словам" not in quote.text


def test_a_body_s_platform_carries_to_its_later_statement(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Сумах 4 мая задержали двух мужчин, которые подожгли машину военного.\n"
                        "Об этом сообщила пресс-служба областной прокуратуры в Facebook.\n"
                        "Свидетели описали нападавших следователям.\n"
                        "«Подозреваемые задержаны, им грозит до восьми лет лишения свободы», — говорится в "
                        "сообщении прокуратуры.", published="2025-05-04")
    quote = next(q for q in report.quotes if q.text.startswith("Подозреваемые"))
    assert "Facebook post" in [link.name for link in quote.chain]


def test_a_guard_post_is_no_publication(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("«Часовой на посту уснул, и в этот момент прилетел дрон», — говорится в сообщении "
                        "командования округа.", published="2025-05-04")
    quote = report.quotes[0]
    assert [link.name for link in quote.chain if link.role == "medium"] == []
