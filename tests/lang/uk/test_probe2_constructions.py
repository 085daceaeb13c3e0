"""Ukrainian constructions found with a second set of probe sentences (session 8, round 2; no report's text), written
for the slots: the teller (a captive, "Про загибель ... повідомив X", an outlet after "пише"), the toll (a death told
as "загибель" or "стратили", collective numerals past twelve, "є загиблий"), the place (Часів Яр in every case, a
town in -ів after "у" before a lowercase noun) and the type (a place won back or taken told place first, the General
Staff's count of assaults); and non-events that stay none."""

from __future__ import annotations

from datetime import date

import pytest
from tests.lang.uk.uk_run import run_uk

from warlog.lang.uk import morph
from warlog.models import Incident, Report

PUB = date(2025, 5, 10)
needs_morph = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")


def _report(text: str, outlet: str = "Тестовий канал") -> Report:
    return run_uk(text, PUB, outlet)


def _one(text: str) -> Incident:
    incidents = _report(text).incidents
    assert len(incidents) == 1, [i.type for i in incidents]
    return incidents[0]


def _killed(incident: Incident) -> int:
    return incident.fatalities.best if incident.fatalities and incident.fatalities.best else 0


def _injured(incident: Incident) -> int:
    return incident.injured.best if incident.injured and incident.injured.best else 0


# -- sources ----------------------------------------------------------------------------------------------------------

@needs_morph
def test_a_captive_who_tells_it_is_the_source() -> None:
    incident = _one("Під Гуляйполем росіяни кинули напризволяще пораненого товариша, розповів полонений.")
    assert incident.type == "abandonment"
    assert "полонений" in incident.sources


@needs_morph
def test_a_captive_named_with_his_nationality_is_the_captive() -> None:
    text = "Полонений росіянин розповів, що командир особисто розстріляв двох солдатів під Торецьком."
    incident = _one(text)
    assert incident.type == "intra_force_killing"
    assert "полонений" in incident.sources
    assert _killed(incident) == 2


@needs_morph
def test_about_the_deaths_told_by_an_official_names_him_and_counts_them() -> None:
    incident = _one("Про загибель трьох людей у Дніпрі внаслідок ракетного удару повідомив міський голова "
                    "Борис Філатов.")
    assert incident.type == "strike"
    assert any("Філатов" in s for s in incident.sources)
    assert _killed(incident) == 3


@needs_morph
def test_an_outlet_after_writes_is_the_source() -> None:
    incident = _one("Дев'ятеро військових у Курській області відмовилися виконувати наказ про наступ, пише «Верстка».")
    assert incident.type == "refusal_to_fight"
    assert "Верстка" in incident.sources


# -- killed and injured -----------------------------------------------------------------------------------------------

@needs_morph
def test_civilians_executed_are_counted_dead() -> None:
    incident = _one("Окупанти стратили двох цивільних у селі Вовче Покровського району Донеччини, повідомила "
                    "обласна прокуратура.")
    assert incident.type == "attack_on_civilians"
    assert _killed(incident) == 2


@needs_morph
def test_a_collective_numeral_past_twelve_is_a_count() -> None:
    incident = _one("Росіяни вдарили по Харкову трьома КАБами: одна людина загинула, дев'ятнадцятеро — поранені.")
    assert (_killed(incident), _injured(incident)) == (1, 19)


@needs_morph
def test_one_death_told_by_its_noun() -> None:
    incident = _one("Сьогодні вранці окупанти вдарили по Дружківці керованими авіабомбами; є загиблий і четверо "
                    "поранених.")
    assert (_killed(incident), _injured(incident)) == (1, 4)


@needs_morph
def test_a_strategy_is_no_death_word() -> None:
    incident = _one("Росіяни обстріляли Херсон, поранено двох людей, стратегічний об'єкт не постраждав.")
    assert _killed(incident) == 0


# -- places -----------------------------------------------------------------------------------------------------------

@needs_morph
@pytest.mark.parametrize("text", [
    "Рота мобілізованих зі Львівщини самовільно залишила позиції під Часовим Яром, повідомив військовий омбудсман.",
    "Біля Часового Яру російський дрон атакував автомобіль, загинув водій.",
    "Росіяни обстріляли Часів Яр.",
])
def test_chasiv_yar_in_every_case(text: str) -> None:
    incident = _one(text)
    assert incident.where is not None and incident.where.name == "Chasiv Yar"
    assert incident.where.admin1 == "Donetsk Oblast"


@needs_morph
@pytest.mark.parametrize(("text", "admin1"), [
    ("Як повідомив речник Повітряних сил Юрій Ігнат, у Миколаєві уламки ракети пошкодили будинок, поранено жінку.",
     "Mykolaiv Oblast"),
    ("Вчора в Чернігові дрон влучив у багатоповерхівку.", "Chernihiv Oblast"),
])
def test_a_town_in_iv_before_a_lowercase_noun_is_placed(text: str, admin1: str) -> None:
    incident = _one(text)
    assert incident.type == "strike"
    assert incident.where is not None and incident.where.admin1 == admin1


# -- types ------------------------------------------------------------------------------------------------------------

@needs_morph
@pytest.mark.parametrize("text", [
    "Село Торське на Лиманському напрямку окупанти захопили, визнали в угрупованні військ «Схід».",
    "Військові ЗСУ відбили село Іванівка на Харківщині, повідомили в Третій штурмовій.",
])
def test_a_place_taken_or_won_back(text: str) -> None:
    assert _one(text).type == "territory_change"


@needs_morph
def test_the_general_staffs_count_of_assaults_is_a_clash() -> None:
    assert _one("Біля Новопавлівки тривають бої: окупанти вісім разів атакували позиції ЗСУ, — Генштаб.").type == (
        "armed_clash")


@needs_morph
def test_attacks_on_a_region_counted_are_no_clash() -> None:
    types = [i.type for i in _report("За добу росіяни 28 разів атакували Чернігівську область.").incidents]
    assert "armed_clash" not in types


# -- non-events -------------------------------------------------------------------------------------------------------

@needs_morph
@pytest.mark.parametrize("text", [
    "Росія може найближчим часом завдати масованого удару по енергетиці, попереджає ГУР.",
    "З початку повномасштабної війни в Харківській області загинули понад 1500 цивільних.",
    "Генштаб закликав окупантів здаватися в полон через проєкт «Хочу жить».",
    "У ТЦК Одещини заперечили, що їхні працівники побили чоловіка на ринку.",
    "Верховна Рада ухвалила закон про посилення відповідальності за СЗЧ.",
    "Ворог планує наступ на Запоріжжя влітку, вважають аналітики ISW.",
    "Повідомлення про вибухи в Полтаві виявилися фейком, заявили в ОВА.",
    "Командир бригади закликав бійців, які пішли в СЗЧ, повернутися до частини без покарання.",
    "Про стратегію оборони Запоріжжя розповів речник Сил оборони.",
])
def test_no_event(text: str) -> None:
    assert [i.type for i in _report(text).incidents if not i.background] == []
