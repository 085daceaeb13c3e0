"""Ukrainian constructions read in the project's fifth batch of reports (issue #17 follow-up), each pinned on a
sentence written for the test: a roundup that heads each town's line with its name, a pair of victims named by
trade, a region's total beside a town's own figures, a knife attack and the attacker held after it."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.lang.uk import morph
from warlog.models import Document, Report
from warlog.pipeline.runner import Pipeline

PUB = date(2025, 5, 12)
needs_morph = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")
_PIPELINE: list[Pipeline] = []


def _incidents(text: str):  # type: ignore[no-untyped-def]
    if not _PIPELINE:
        _PIPELINE.append(Pipeline())
    report = Report(document=Document(id="r", text=text, language="uk", published=PUB, outlet="Тестовий канал"))
    return _PIPELINE[0].run(report).incidents


@needs_morph
def test_each_town_heading_its_line_is_a_strike_of_its_own() -> None:
    found = _incidents("11 травня росіяни вбили трьох жителів Донеччини, усіх у Костянтинівці. Ще 9 людей в "
                       "області за добу поранені.\n"
                       "Костянтинівка: 3 загиблі, 5 поранених; пошкоджено 7 будинків.\n"
                       "Слов'янськ: пошкоджено 2 будинки. Краматорськ: поранено людину.\n"
                       "Усього за добу окупанти 30 разів обстріляли населені пункти області.")
    by_town = {i.where.name: i for i in found if i.where is not None}
    assert {i.type for i in found} == {"strike"}
    town = next(i for name, i in by_town.items() if name.startswith("Kost"))
    assert town.fatalities is not None and town.fatalities.best == 3
    assert town.injured is not None and town.injured.best == 5  # the town's own, not the region's 9
    kramatorsk = by_town["Kramatorsk"]
    assert kramatorsk.injured is not None and kramatorsk.injured.best == 1


@needs_morph
def test_two_victims_named_by_their_trade_are_two_dead() -> None:
    (inc,) = _incidents("Уранці в селі Новослобідської громади на Сумщині мінометний снаряд влучив у вантажівку: "
                        "загинули водій та експедитор.")
    assert inc.fatalities is not None and inc.fatalities.best == 2


@needs_morph
def test_a_knife_attack_and_the_attacker_held_after_it() -> None:
    found = _incidents("У Харкові 40-річний чоловік напав із ножем на працівників ТЦК і поранив двох.\n"
                       "Нападника затримали оперативники поліції.")
    types = [i.type for i in found]
    assert types == ["attack_on_civilians", "arrest_or_detention"]
    assert all(i.where is not None and i.where.admin1 == "Kharkiv Oblast" for i in found)
