"""Where a governor's post puts its villages (session 8's reading): a village ("села Каменка") lies in the region
the post names, not in a big namesake elsewhere; a strike's victim, "житель села X", was hit in X; one district
written short and long ("Бердянского округа", "Бердянского муниципального округа") is one place; an earlier report
of a strike elsewhere ("Незадолго до этого ... сообщил, что в селе ...") is another event; "при ударе противника"
is a strike.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_a_strike_named_by_who_made_it_is_a_strike(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В селе Ивановка Белгородской области 4 мая при ударе противника ранена женщина.")
    assert [i.type for i in report.incidents] == ["strike"]


def test_a_resident_of_a_village_was_hit_in_the_village(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Белгородской области 4 мая при ударе противника погиб житель села Ивановка.")
    where = report.incidents[0].where
    assert where is not None and where.text == "Ивановка"


def test_one_district_written_short_and_long_is_one_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Губернатор: при обстреле Бердянского округа ранена женщина\n"
                        "В Запорожской области 4 мая при обстреле ранена местная жительница, сообщил губернатор.\n"
                        "«В результате обстрела Бердянского муниципального округа повреждены два дома», — написал он.",
                        published="2024-05-04")
    assert len(report.incidents) == 1


def test_an_earlier_report_of_another_village_is_another_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Запорожской области 4 мая при обстреле Бердянского округа ранена женщина.\n"
                        "Незадолго до этого губернатор сообщил, что при ударе противника погиб житель села Ивановка.",
                        published="2024-05-04")
    assert len(report.incidents) == 2


def test_a_village_takes_its_namesake_in_the_region_the_story_names(extract_ru: Callable[..., Any]) -> None:
    # the city of Каменское (Dnipropetrovsk Oblast, 230,000 people) is no "село"
    report = extract_ru("В Запорожской области 4 мая при ударе противника погиб житель села Каменское.")
    village = next(e for e in report.entities if e.text == "Каменское")
    assert village.geo is not None and village.geo.admin1 == "Zaporizhzhia Oblast"


def test_a_town_named_without_a_village_word_keeps_its_resolution(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Запорожской области 4 мая ранена женщина. В Каменском 4 мая упал беспилотник.")
    town = next(e for e in report.entities if e.text == "Каменском")
    assert town.geo is None or town.geo.admin1 != "Zaporizhzhia Oblast"
