"""Ukrainian constructions read in the project's sixteenth batch of reports, each pinned on sentences written for
the test: sabotage by partisans and the resistance, an ambush walked into or laid, fire told in the soldiers' slang
("відпрацювали по позиції"), the enemy entering a post or a village, a withdrawal that defies the order told with
it, and a refusal of an order named by a pronoun or in the perfective."""

from __future__ import annotations

from datetime import date

import pytest
from tests.lang.uk.uk_run import run_uk

from warlog.lang.uk import morph
from warlog.lang.uk.incidents import incident_lexicon
from warlog.models import Report

PUB = date(2025, 11, 14)
needs_morph = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")


def _report(text: str, outlet: str = "Тестовий канал") -> Report:
    return run_uk(text, PUB, outlet)


def _types(text: str) -> list[str]:
    return [i.type for i in _report(text).incidents]


# -- sabotage by partisans -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Уночі партизани підпалили релейну шафу на залізниці біля Мелітополя.",
    "Партизани руху «Атеш» знищили трансформатор на підстанції в Херсонській області.",
    "У Криму підпільники вивели з ладу релейну шафу на залізниці.",
    "Агенти спротиву підірвали залізничну колію поблизу Джанкоя.",
])
def test_partisans_sabotage_is_an_event(text: str) -> None:
    assert _types(text) == ["other"]


# -- an ambush ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Біля Бахмута наші розвідники натрапили на російську засідку.",
    "На Луганщині група потрапила в засідку окупантів.",
    "Поблизу Куп'янська росіяни влаштували засідку на українських бійців.",
])
def test_an_ambush_is_a_clash(text: str) -> None:
    assert _types(text) == ["armed_clash"]


# -- fire in the soldiers' slang ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Біля Часового Яру по позиції відпрацювали FPV-дрони.",
    "Під Вовчанськом по бліндажу відпрацювала російська артилерія.",
    "На Херсонщині ворожі міномети відпрацювали по селу Білозерка.",
    "Біля Сіверська по нашому окопу почала працювати артилерія.",
])
def test_fire_told_as_work_on_a_target_is_a_strike(text: str) -> None:
    assert _types(text) == ["strike"]


def test_working_shifts_are_no_fire() -> None:
    assert "strike" not in _rule_types("У Запоріжжі рятувальники працювали по дванадцять годин на добу.")


# -- the enemy entering a post or a village ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Біля Покровська окупанти зайшли на командний пункт роти.",
    "У Гуляйполі ворог заходить на позиції бригади.",
    "Російські штурмовики увійшли до села Піщане на Харківщині.",
])
def test_the_enemy_entering_a_post_is_a_change_of_hands(text: str) -> None:
    assert _types(text) == ["territory_change"]


# -- a withdrawal against the order ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "На Донеччині командир роти мав наказ утримувати позиції, але ухвалив рішення відійти.",
    "Попри наказ триматися, командир батальйону вирішив вивести бійців із Курахового.",
    "Командир роти мав чіткий наказ тримати оборону в Бахмуті, однак прийняв рішення вивести людей.",
])
def test_a_withdrawal_against_the_order_is_a_desertion(text: str) -> None:
    assert _types(text) == ["desertion_or_surrender"]


def _rule_types(sentence: str) -> set[str]:
    return {name for name, _, pattern in incident_lexicon().triggers if pattern.search(sentence)}


def test_a_withdrawal_by_order_fires_no_rule() -> None:
    # (the order and the decision agree: no contrast, no defiance)
    assert _rule_types("Під Сіверськом командир отримав наказ і вирішив відійти на нові рубежі.") == set()


# -- an order refused, named by a pronoun or in the perfective --------------------------------------------------

@needs_morph
@pytest.mark.parametrize("text", [
    "Суд на Полтавщині засудив солдата за відмову виконати наказ командира.",
    "1 березня на шикуванні оголосили наказ про висування. Обвинувачений відкрито відмовився його виконувати.",
    "На Рівненщині мобілізований відмовився їх виконати й залишився в казармі.",
])
def test_an_order_refused_by_pronoun_or_perfective(text: str) -> None:
    assert _types(text) == ["refusal_to_fight"]


# -- call signs are people, not places -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "sign"), [
    ("Біля Бахмута боєць з позивним «Хміль» потрапив під обстріл. «Хміль» дістав поранення.", "Хміль"),
    ("Солдат Петро Коваль («Лиман») дістав поранення під час атаки дронів на Сумщині. «Лимана» евакуювали.",
     "Лиман"),
    ("Сапер на позивний «Ірпінь» підірвався на міні біля Куп'янська. «Ірпеня» доставили до шпиталю.", "Ірпінь"),
])
def test_a_call_sign_in_guillemets_is_no_place(text: str, sign: str) -> None:
    report = _report(text)
    quoted = [e for e in report.entities if e.text.startswith(sign[:4])]
    assert quoted and all(e.label == "PERSON" for e in quoted)
    assert all(i.where is not None and not i.where.name.startswith(sign[:3]) for i in report.incidents)


# -- a story told day by day ---------------------------------------------------------------------------------------

STORY = ("10 березня поблизу Торецька двоє бійців натрапили на засідку.\n"
         "11 березня по їхній позиції відпрацювали FPV-дрони.\n"
         "У ніч на 14 березня до позиції вирушила евакуаційна група. Групу помітили, і по ній ударила артилерія.")


def test_a_paragraph_opening_on_another_day_tells_another_strike() -> None:
    strikes = [i for i in _report(STORY).incidents if i.type == "strike"]
    assert [(i.when.start, i.when.end) for i in strikes] == [(date(2025, 3, 11), date(2025, 3, 11)),
                                                              (date(2025, 3, 13), date(2025, 3, 14))]


def test_events_of_a_one_place_story_happen_at_its_place() -> None:
    report = _report(STORY)
    assert len(report.incidents) == 3
    assert all(i.where is not None and i.where.admin1 == "Donetsk Oblast" for i in report.incidents)

