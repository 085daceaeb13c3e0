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
