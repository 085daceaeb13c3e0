"""Russian tolls told person by person (session 8's reading): groups of kinds of people joined in one list are one
count ("ранены подросток, двое мужчин и три женщины"), and the dead counted "из них" among the hurt are not more
hurt people ("пострадали трое, один из них погиб": two hurt, one dead).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from warlog.lang.ru.numbers import find_counts


@pytest.mark.parametrize(("text", "total"), [
    ("В автобусе ранены подросток, двое мужчин и три женщины.", 6),
    ("Пострадали четыре взрослых и ребенок.", 5),
    ("Погибли двое мужчин и женщина.", 3),
])
def test_kinds_of_people_in_one_list_are_summed(text: str, total: int) -> None:
    assert [c.best for c in find_counts(text)] == [total]


@pytest.mark.parametrize(("text", "counts"), [
    ("Погибли трое мужчин, подросток ранен.", [3]),  # two clauses, no "и" closing a list
    ("Известно о двух погибших и трех раненых.", [2, 3]),  # the dead and the hurt are two counts
])
def test_what_is_no_list_of_people_is_not_summed(text: str, counts: list[int]) -> None:
    assert [c.best for c in find_counts(text)] == counts


def test_a_list_of_the_hurt_is_the_incidents_toll(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Ясиноватой 4 мая дрон атаковал маршрутку, ранены подросток, двое мужчин и три женщины.")
    assert report.incidents[0].injured is not None and report.incidents[0].injured.best == 6


def test_the_dead_among_the_hurt_are_not_counted_twice(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("При обстреле Ясиноватой 4 мая пострадали три человека, один из них погиб.")
    incident = report.incidents[0]
    assert incident.fatalities is not None and incident.fatalities.best == 1
    assert incident.injured is not None and incident.injured.best == 2
