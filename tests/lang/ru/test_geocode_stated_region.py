"""A Russian village with its district and region written beside it stays in that region (issue #19).

A village the offline gazetteer lacks ("Горицы" is not in cities500) once went abroad: its lemma "Горица" is
also a foreign spelling of an Albanian town. A Cyrillic name whose region the sentence states resolves inside
that region, or to the stated area itself, never to a foreign transliteration match.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def _place(report: Any, surface: str) -> Any:
    found = [e for e in report.entities if e.label == "PLACE" and e.text == surface]
    assert found, [e.text for e in report.entities if e.label == "PLACE"]
    return found[0].geo


@pytest.mark.parametrize("text", [
    # the genitive chain: village, then its district, then its region, no commas
    "Ночью в деревне Горицы Переславского района Ярославской области сгорел жилой дом.",
    # the region after a comma
    "Сгорел жилой дом: Горицы, Ярославская область.",
    # other words between the village and its region, in one sentence
    "В деревне Горицы, как сообщили пожарные Ярославской области, сгорел жилой дом.",
])
def test_unknown_village_with_a_stated_russian_region_is_that_region(extract_ru: Callable[..., Any],
                                                                       text: str) -> None:
    geo = _place(extract_ru(text), "Горицы")
    assert geo is not None
    assert geo.country == "RU" and geo.admin1 == "Yaroslavl Oblast"
    assert geo.precision in ("region", "district")


def test_unknown_village_with_only_its_district_is_that_district(extract_ru: Callable[..., Any]) -> None:
    geo = _place(extract_ru("Ночью в деревне Горицы Переславского района сгорел жилой дом."), "Горицы")
    assert geo is not None and geo.country == "RU" and geo.precision == "district"
    assert geo.admin1 == "Yaroslavl Oblast"


def test_known_village_with_its_district_and_region_keeps_its_own_point(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Беспилотник упал в деревне Выползово Бологовского района Тверской области.")
    geo = _place(report, "Выползово")
    assert geo is not None and geo.precision == "settlement" and geo.admin1 == "Tver Oblast"


def test_a_city_listed_beside_another_region_keeps_its_own_place(extract_ru: Callable[..., Any]) -> None:
    geo = _place(extract_ru("Беспилотники атаковали Москву и Курскую область."), "Москву")
    assert geo is not None and geo.name == "Moscow" and geo.precision == "settlement"
