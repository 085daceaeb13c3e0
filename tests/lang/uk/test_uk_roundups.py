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


# --- the sixth batch ----------------------------------------------------------------------------------------------

@needs_morph
def test_people_in_a_car_are_no_toll_of_their_own() -> None:
    (inc,) = _incidents("Російський дрон атакував цивільну автівку в Білопільській громаді Сумського району. У машині "
                        "їхали двоє цивільних: 53-річний водій загинув на місці, пасажира поранено.")
    assert inc.fatalities is not None and inc.fatalities.best == 1


@needs_morph
def test_the_days_total_for_the_region_is_an_event_apart_from_the_towns() -> None:
    found = _incidents("У Херсоні вранці російський дрон поранив 36-річного чоловіка.\n"
                       "Загалом за минулу добу російська армія обстріляла 35 населених пунктів Херсонщини. Троє людей "
                       "загинули, повідомив начальник ОВА.")
    town = next(i for i in found if i.where is not None and i.where.precision != "region")
    region = next(i for i in found if i.where is not None and i.where.precision == "region")
    assert town.fatalities is None and town.injured is not None and town.injured.best == 1
    assert region.fatalities is not None and region.fatalities.best == 3


@needs_morph
def test_a_posts_first_line_holds_its_toll() -> None:
    (inc,) = _incidents("Одна людина загинула, сім - постраждали.\n"
                        "Щонайменше десять ударів завдали росіяни по Запоріжжю.")
    assert inc.fatalities is not None and inc.fatalities.best == 1
    assert inc.injured is not None and inc.injured.best == 7


@needs_morph
def test_a_cadet_who_opened_fire_on_his_instructors() -> None:
    found = _incidents("На Чернігівщині курсант навчального центру відкрив вогонь по інструкторах, двоє військових "
                       "загинули.")
    assert [i.type for i in found][:1] == ["intra_force_killing"]


@needs_morph
def test_the_village_again_in_the_quote_joins_the_headline_past_a_district_lead() -> None:
    found = _incidents("Росіяни вдарили дроном по Малокатеринівці, один поранений помер\n"
                       "Російські війська атакували Запорізький район, повідомив голова ОВА.\n"
                       "«Росіяни ударили FPV-дроном по Малокатеринівці. Поранені двоє чоловіків», – написав він.")
    villages = [i for i in found if i.where is not None and i.where.precision == "settlement"]
    assert len(villages) == 1


# --- the seventh batch ----------------------------------------------------------------------------------------

@needs_morph
def test_towns_joined_by_semicolons_in_one_sentence_are_told_apart() -> None:
    found = _incidents("За минулу добу росіяни обстріляли населені пункти Харківщини.\n"
                       "«У сел. Борова загинув 47-річний чоловік, поранено чоловіків 52 і 60 років; у сел. "
                       "Куп'янськ-Вузловий постраждав 72-річний чоловік; у с. Новомиколаївка Шевченківської громади "
                       "поранено чоловіків 37 і 35 років», — написав Синєгубов.")
    assert len(found) == 3  # the header sums the day up: no incident of its own
    assert sorted(i.injured.best for i in found if i.injured) == [1, 2, 2]
    borova = next(i for i in found if i.fatalities is not None and i.fatalities.best)
    assert borova.injured is not None and borova.injured.best == 2


@needs_morph
def test_a_regions_total_by_its_name_is_not_the_towns() -> None:
    found = _incidents("Упродовж доби російські війська поранили трьох мирних мешканців Сумщини, повідомили в ОВА.\n"
                       "У Миропільській громаді від удару ворожого FPV-дрона поранення дістав 31-річний чоловік. У "
                       "Середино-Будській громаді через атаку FPV-дронів постраждали 47-річна жінка і 47-річний "
                       "чоловік.")
    towns = sorted(i.injured.best for i in found if i.injured and i.where and i.where.precision != "region")
    assert towns == [1, 2]
