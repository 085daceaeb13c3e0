"""Russian incident triggers for every type, negation and modality, and the slots (issue #16).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def _types(report: Any) -> list[str]:
    return [i.type for i in report.incidents]


@pytest.mark.parametrize(("text", "expected"), [
    ("Вечером 3 марта ВСУ обстреляли Горловку, повреждены два дома.", "strike"),
    ("Ночью по Белгороду был нанесён ракетный удар, пострадали трое.", "strike"),
    ("Атака беспилотников на нефтебазу в Брянской области вызвала пожар 12 марта.", "strike"),
    ("Под Кременной позиции роты попали под дружественный огонь 10 марта.", "friendly_fire"),
    ("По словам бойца, 5 марта артиллеристы открыли огонь по своим под Авдеевкой.", "friendly_fire"),
    ("Рядовой Олег Смирнов застрелил сослуживца в части под Курском.", "intra_force_killing"),
    ("На военного из Самары завели дело о СОЧ после того, как он уехал из Клинцов 2 марта.",
     "desertion_or_surrender"),
    ("Суд в Новосибирске рассмотрел дело о самовольном оставлении части рядовым Ивановым.",
     "desertion_or_surrender"),
    ("Мобилизованные из 5-й бригады отказались идти на штурм в Луганской области.", "refusal_to_fight"),
    # (refuseniks held somewhere are their detention: "Отказников ... держат в подвале", batch 14)
    ("Отказников из 5-й бригады держат в подвале в Луганской области.", "arrest_or_detention"),
    ("Мобилизованных под Сватово бросили командиры, рассказали их жёны 7 марта.", "abandonment"),
    ("В субботу в Москве прошёл пикет жён мобилизованных.", "protest"),
    ("В Петербурге 4 марта прошла облава на мигрантов у метро.", "mobilization"),
    ("В Курской области задержан военнослужащий из в/ч 12345.", "arrest_or_detention"),
    ("Российские военные заняли село Тоненькое 26 февраля.", "territory_change"),
    ("ВСУ освободили село Работино под Запорожьем 28 августа.", "territory_change"),
])
def test_each_type_has_its_russian_triggers(extract_ru: Callable[..., Any], text: str, expected: str) -> None:
    assert expected in _types(extract_ru(text))


@pytest.mark.parametrize("text", [
    "Командир заявил, что в роте под Кременной никто не отказывается воевать.",
    "Мобилизованных из Курска могут отправить штурмовать Работино.",
    "Если ВСУ обстреляют Белгород, жителей эвакуируют.",
    "Жёны боятся, что их мужей бросят командиры под Сватово.",
])
def test_negated_and_hypothetical_events_are_not_incidents(extract_ru: Callable[..., Any], text: str) -> None:
    assert _types(extract_ru(text)) == []


def test_strike_slots_place_date_counts_and_perpetrator(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В ночь на 14 марта ВСУ обстреляли Горловку. Погибли двое мирных жителей, ещё пятеро "
                        "ранены.", published="2024-03-15")
    [incident] = report.incidents
    assert incident.type == "strike"
    assert incident.where is not None and incident.where.admin1 and "Donetsk" in incident.where.admin1
    assert (incident.when.start.isoformat(), incident.when.end.isoformat()) == ("2024-03-13", "2024-03-14")
    assert incident.fatalities is not None and incident.fatalities.best == 2
    assert incident.injured is not None and incident.injured.best == 5
    assert any(a.text == "ВСУ" and a.role == "perpetrator" for a in incident.actors)
    assert incident.evidence and "Горловку" in incident.evidence[0].text


def test_inflected_village_is_resolved_under_its_region(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Макеевкой 2 марта артиллерия ударила по своим позициям.")
    [incident] = report.incidents
    assert incident.where is not None
    assert incident.where.country == "UA" and incident.where.admin1 and "Donetsk" in incident.where.admin1
    assert incident.where.precision == "settlement"


def test_alleged_when_the_source_says_yakoby(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("По словам солдат, 3 марта под Кременной командир якобы застрелил сослуживца.")
    [incident] = report.incidents
    assert incident.type == "intra_force_killing"
    assert incident.certainty == "alleged"
    assert incident.fatalities is not None and incident.fatalities.best == 1


def test_headline_and_lead_of_one_strike_are_one_incident(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Обстрел Белгорода: ранены шесть человек\n\n"
                        "В пятницу вечером Белгород попал под обстрел. Ранены шесть человек, сообщил губернатор "
                        "Андрей Зимин.\n\n«Работают все службы», — написал Зимин.")
    assert _types(report) == ["strike"]
    incident = report.incidents[0]
    assert incident.injured is not None and incident.injured.best == 6
    assert incident.when.start is not None and incident.when.start.isoformat() == "2024-03-15"
