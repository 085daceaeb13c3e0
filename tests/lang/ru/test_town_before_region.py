"""Places the tagger misses or invents (session 8's reading): a town after "в" with its region written right after
it ("в Антраците Луганской Народной Республики", "в Рыльске Курской области") is a place, and the republic is a
region; a sentence's first word that is an adjective before its noun ("Мирный житель погиб") is no place.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize(("text", "town", "region"), [
    ("Накануне стало известно о гибели водителя при ударе дрона по заправке в Антраците Луганской Народной "
     "Республики.", "Антраците", "Луганской Народной Республики"),
    ("Позже сообщили о пожаре на складе в Рыльске Курской области после атаки дрона.", "Рыльске",
     "Курской области"),
])
def test_a_town_before_its_region_is_a_place(extract_ru: Callable[..., Any], text: str, town: str,
                                             region: str) -> None:
    report = extract_ru(text)
    places = [e.text for e in report.entities if e.label == "PLACE"]
    assert town in places and region in places


@pytest.mark.parametrize("text", [
    "Мирный житель погиб при обстреле Васильевки 4 мая.",
    "Мирные жители пострадали при обстреле Васильевки 4 мая.",
])
def test_a_capitalised_adjective_opening_a_sentence_is_no_place(extract_ru: Callable[..., Any], text: str) -> None:
    report = extract_ru(text)
    assert not any(e.text.startswith("Мирн") for e in report.entities if e.label == "PLACE")
