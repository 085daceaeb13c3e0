"""Ukrainian constructions found with probe sentences written for session 8 (no report's text): friendly fire told
with the own weapon as the subject, killings of one's own told "свого ж", refusals to take up positions or combat
tasks, surrender told captivity first or after raised hands, captives who laid down arms and were shot, desertion
from a training centre, the wounded left behind, a man forced into a van, soldiers held in a pit, a weapon's
"arrival", a named place taken, a single victim told by who he was, and denials that keep a sentence from being an
event."""

from __future__ import annotations

from datetime import date

import pytest
from tests.lang.uk.uk_run import run_uk

from warlog.lang.uk import morph
from warlog.models import Report

PUB = date(2025, 5, 10)
needs_morph = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")


def _report(text: str, outlet: str = "Тестовий канал") -> Report:
    return run_uk(text, PUB, outlet)


def _types(text: str) -> list[str]:
    return [i.type for i in _report(text).incidents]


def _killed(text: str) -> list[int | None]:
    return [i.fatalities.best if i.fatalities else None for i in _report(text).incidents]


# -- friendly fire: the own weapon as the subject ---------------------------------------------------------------------

@needs_morph
@pytest.mark.parametrize("text", [
    "Біля Гуляйполя власний безпілотник уразив окоп російських десантників, троє поранені.",
    "Позиції загарбників під Лиманом накрила їхня ж артилерія, повідомили в бригаді.",
    "Своя ж артилерія вдарила по бліндажу окупантів біля Сіверська.",
])
def test_the_own_weapon_as_subject_is_friendly_fire(text: str) -> None:
    assert _types(text) == ["friendly_fire"]


# -- killings of one's own --------------------------------------------------------------------------------------------

@needs_morph
def test_executing_ones_own_wounded_soldier() -> None:
    text = "Під Бахмутом окупанти добили свого ж пораненого бійця, розповів полонений."
    assert _types(text) == ["intra_force_killing"]
    assert _killed(text) == [1]


@needs_morph
@pytest.mark.parametrize("text", [
    "У Житомирі під час бійки в казармі солдата вбив співслужбовець, повідомила поліція.",
    "У Кропивницькому сержант після сварки зарізав підлеглого.",
])
def test_one_soldier_killed_told_by_who_he_was(text: str) -> None:
    assert _types(text) == ["intra_force_killing"]
    assert _killed(text) == [1]


@needs_morph
def test_one_captive_executed_counts_one_dead() -> None:
    text = "Біля Вугледара росіяни стратили полоненого українського морпіха, повідомив Лубінець."
    assert _types(text) == ["attack_on_civilians"]
    assert _killed(text) == [1]


# -- captives who laid down arms, then shot ---------------------------------------------------------------------------

@needs_morph
def test_captives_who_laid_down_arms_then_shot_are_executed_not_surrendering() -> None:
    text = "Двох українських бійців, які склали зброю, окупанти розстріляли біля Кринок."
    assert _types(text) == ["attack_on_civilians"]


# -- surrender -----------------------------------------------------------------------------------------------------

@needs_morph
@pytest.mark.parametrize("text", [
    "На Торецькому напрямку в полон здалися четверо російських піхотинців, повідомили в бригаді.",
    "Біля Малої Токмачки російський штурмовик вийшов до наших позицій із піднятими руками.",
])
def test_surrender_told_captivity_first_or_by_raised_hands(text: str) -> None:
    assert _types(text) == ["desertion_or_surrender"]


@needs_morph
def test_raised_hands_then_shot_is_no_surrender() -> None:
    text = "Під Покровськом українські бійці вийшли з піднятими руками, але окупанти відкрили по них вогонь."
    assert "desertion_or_surrender" not in _types(text)


# -- refusal --------------------------------------------------------------------------------------------------------

@needs_morph
@pytest.mark.parametrize("text", [
    "Під Сватовим рота мобілізованих відмовилася заходити на позиції без артилерії.",
    "На Луганщині екіпажі відмовилися виконувати бойові завдання через несправну техніку.",
])
def test_refusal_to_take_up_positions_or_combat_tasks(text: str) -> None:
    assert _types(text) == ["refusal_to_fight"]


# -- desertion, abandonment, detention of refusers ------------------------------------------------------------------

@needs_morph
def test_fleeing_a_training_centre_is_desertion() -> None:
    assert _types("Троє новобранців утекли з навчального центру на Волині.") == ["desertion_or_surrender"]


@needs_morph
def test_the_wounded_left_behind_is_abandonment() -> None:
    assert _types("Під Вугледаром окупанти покинули своїх поранених і відступили, повідомили в бригаді.") == [
        "abandonment"]


@needs_morph
def test_soldiers_held_in_a_cellar_are_detained() -> None:
    assert "arrest_or_detention" in _types("Дезертирів із бригади тримають у підвалі в окупованій Горлівці.")


# -- mobilization ---------------------------------------------------------------------------------------------------

@needs_morph
def test_a_man_forced_into_a_van_is_mobilization() -> None:
    assert _types("У Полтаві на ринку невідомі в камуфляжі затягнули чоловіка в мікроавтобус.") == ["mobilization"]


# -- strikes and territory ----------------------------------------------------------------------------------------

@needs_morph
def test_a_weapons_arrival_is_a_strike() -> None:
    assert _types("Уранці по Ізюму прилетіли дві ракети, поранено чотирьох людей.") == ["strike"]


@needs_morph
@pytest.mark.parametrize("text", [
    "Російські війська зайняли Великі Проходи, визнав речник угруповання.",
    "За даними DeepState, ворог просунувся біля Ямполя.",
])
def test_a_named_place_taken(text: str) -> None:
    assert _types(text) == ["territory_change"]


@needs_morph
def test_taking_positions_is_no_territory_change() -> None:
    assert "territory_change" not in _types("Під Ямполем бійці зайняли позиції на новому рубежі.")


# -- denials ----------------------------------------------------------------------------------------------------------

@needs_morph
@pytest.mark.parametrize("text", [
    "У бригаді спростували чутки, що під Курахове бійців обстріляла їхня ж артилерія.",
    "Командування заперечує, що з позицій біля Вовчанська самовільно пішли бійці.",
    "Повідомлення про розстріл полонених під Оріховом не підтвердилося.",
    "Анонсований мітинг у Сумах не відбувся.",
])
def test_a_denied_event_is_no_incident(text: str) -> None:
    assert _types(text) == []


# -- found on a second probe set, written after the fixes above ------------------------------------------------------

@needs_morph
def test_the_own_crew_as_subject_is_friendly_fire() -> None:
    assert _types("Під Сватовим їхній же танковий екіпаж обстріляв позиції окупантів.") == ["friendly_fire"]


@needs_morph
def test_refusal_to_drive_out_to_positions() -> None:
    assert _types("Під Куп'янськом водії відмовилися виїжджати на позиції вдень.") == ["refusal_to_fight"]


@needs_morph
def test_an_officer_killed_by_his_subordinate_told_victim_first() -> None:
    text = "У Конотопі командира роти застрелив його підлеглий."
    assert _types(text) == ["intra_force_killing"]
    assert _killed(text) == [1]
