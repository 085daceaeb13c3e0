"""City districts in Russian reports (session 8's reading): "Заводской район", "в Кировском районе города" are parts
of the city the story names, never a place the gazetteer should look for abroad; two districts told one after the
other are two sites; a dated earlier report ("10 мая глава города сообщал, что ...") is an event of its own; a
munition dropped from a drone told as a noun ("при сбросе гранаты с дрона") is a drone strike.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _where(incident: Any) -> tuple[Any, Any]:
    assert incident.where is not None
    return incident.where.country, incident.where.admin1


def test_a_hyphenated_district_keeps_its_whole_name_and_its_city(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Глава Горловки сообщил об обстреле 14 мая.\n"
                        "Центрально-Городской район обстреляли из РСЗО, ранен мужчина 1970 года рождения.",
                        published="2024-05-14")
    places = [e.text for e in report.entities if e.label == "PLACE"]
    assert "Центрально-Городской район" in places
    assert all(_where(i) == ("UA", "Donetsk Oblast") for i in report.incidents)


def test_a_district_of_the_city_is_in_the_city_even_if_a_raion_elsewhere_has_its_name(
        extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Горловке 14 мая беспилотник атаковал маршрутку.\n"
                        "Повреждено здание в Калининском районе города, пострадала женщина.",
                        published="2024-05-14")
    district = next(e for e in report.entities if e.text.startswith("Калининском"))
    assert district.geo is not None and district.geo.admin1 == "Donetsk Oblast"


def test_two_districts_told_one_after_the_other_are_two_events(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Горловке 14 мая при обстрелах пострадали два человека.\n"
                        "В Кировском районе снаряд попал в дом, ранена пенсионерка. "
                        "В Никитовском районе мужчина пострадал при сбросе гранаты с беспилотника.",
                        published="2024-05-14")
    assert len(report.incidents) == 2
    assert all(_where(i) == ("UA", "Donetsk Oblast") for i in report.incidents)


def test_a_dated_earlier_report_is_its_own_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Горловке при обстреле погиб мужчина\n"
                        "При обстреле Горловки 14 мая погиб мужчина, сообщил глава города.\n"
                        "11 мая глава города сообщал, что при атаке дрона на автобус в Горловке ранены трое.",
                        published="2024-05-14")
    assert [str(i.when.start) for i in report.incidents] == ["2024-05-14", "2024-05-11"]
