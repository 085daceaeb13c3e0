"""Ukrainian constructions read in the project's seventeenth batch of reports, each pinned on sentences written for
the test: a surrendering soldier shot, told with the surrender after the killing; a body found with the marks of a
killing; sabotage named as such; soldiers' fire and its toll in one breath; the other of two men held after a
semicolon; a border's far country; crews and other role nouns counted; a group's part as its toll; people taken for
places (a plural of people opening a sentence, a first name after a quote's speech verb or beside another name); a
front named at a sentence's start; the army's operational commands; an outlet's Latin brand; an official told by his
post after a quote; a unit left without leave, and left again."""

from __future__ import annotations

from datetime import date

import pytest
from tests.lang.uk.uk_run import run_uk

from warlog.lang.uk import morph
from warlog.models import Report

PUB = date(2025, 12, 10)
needs_morph = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")


def _report(text: str, outlet: str = "Тестовий канал") -> Report:
    return run_uk(text, PUB, outlet)


def _types(text: str) -> list[str]:
    return [i.type for i in _report(text).incidents]


def _entity(report: Report, text: str) -> str | None:
    return next((e.label for e in report.entities if e.text == text), None)


# -- a surrendering soldier shot: the surrender told after the killing ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Під Торецьком окупант застрелив українського захисника, який виходив здаватися в полон.",
    "Біля Вовчанська російські штурмовики розстріляли трьох наших бійців, що вже склали зброю.",
    "На Запорізькому напрямку росіянин убив пораненого воїна, коли той намагався здатися.",
    "Біля Курахового окупанти вбили двох наших піхотинців, які потрапили у полон.",
    "Під Ямполем російський солдат відкрив вогонь по обеззброєних військовополонених.",
])
def test_a_surrendering_soldier_shot_is_an_attack_on_him(text: str) -> None:
    assert _types(text) == ["attack_on_civilians"]


# -- a body found with the marks of a killing --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Біля села Степове на Миколаївщині знайшли тіло чоловіка з вогнепальним пораненням голови.",
    "У лісі поблизу Ізюма виявили тіла двох людей зі слідами катувань.",
    "У підвалі в Бородянці знайшли тіла трьох розстріляних окупантами чоловіків.",
    "У будинку в Оріхові рятувальники знайшли тіло жінки з колото-різаними ранами.",
])
def test_a_body_found_with_a_killings_marks_is_an_attack(text: str) -> None:
    assert _types(text) == ["attack_on_civilians"]


def test_a_wound_incompatible_with_life_counts_one_dead_in_any_case() -> None:
    report = _report("На Херсонщині знайшли тіло водія з кульовим пораненням, несумісним із життям.")
    assert [i.type for i in report.incidents] == ["attack_on_civilians"]
    assert report.incidents[0].fatalities is not None and report.incidents[0].fatalities.best == 1


# -- sabotage named as such ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Агенти спротиву здійснили диверсію на підстанції в Бєлгороді.",
    "Диверсія на залізниці під Курськом: невідомі пошкодили колію.",
    "У Брянську підпалом виведено з ладу тепловоз, який возив пальне для армії.",
    "Підпільники повідомили про проведення диверсії на залізничному мосту біля Мелітополя.",
])
def test_sabotage_named_as_such_is_an_event(text: str) -> None:
    assert _types(text) == ["other"]


# -- soldiers' fire and its toll in one breath ---------------------------------------------------------------------

def test_fire_and_its_toll_is_a_clash() -> None:
    report = _report("Біля Куп'янська наші піхотинці відкрили вогонь і знищили трьох окупантів.")
    assert [i.type for i in report.incidents] == ["armed_clash"]
    assert report.incidents[0].fatalities is not None and report.incidents[0].fatalities.best == 3


# -- the other of two men held after a semicolon ------------------------------------------------------------------

def test_the_other_man_held_after_a_semicolon_is_a_detention_of_its_own() -> None:
    report = _report("Патруль у Чернівецькій області помітив двох порушників біля кордону. Згодом знайшли тіло "
                     "одного з них із вогнепальним пораненням; іншого порушника затримали на місці.")
    assert sorted(i.type for i in report.incidents) == ["arrest_or_detention", "attack_on_civilians"]


# -- a border's far country ---------------------------------------------------------------------------------------

def test_the_country_across_a_border_is_not_where_it_happened() -> None:
    report = _report("Чоловік намагався перейти кордон у Закарпатській області.\n"
                     "На кордоні з Румунією знайшли тіло чоловіка з вогнепальним пораненням.")
    assert report.incidents and report.incidents[0].where is not None
    assert report.incidents[0].where.country == "UA"


# -- crews and other people counted by their role ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "dead"), [
    ("Під Курськом російська ППО збила свій же гелікоптер: двоє членів екіпажу загинули.", 2),
    ("Під Бєлгородом власна ППО збила російський гелікоптер, троє пілотів загинули на місці.", 3),
])
def test_people_counted_by_their_role(text: str, dead: int) -> None:
    report = _report(text)
    assert report.incidents and report.incidents[0].fatalities is not None
    assert report.incidents[0].fatalities.best == dead


# -- a group's part as its toll ----------------------------------------------------------------------------------

def test_the_part_of_a_group_is_the_toll() -> None:
    report = _report("Росіяни обстріляли Нікополь. Рятувальники вивезли п'ятьох людей, двоє з яких поранені.")
    assert report.incidents[0].injured is not None and report.incidents[0].injured.best == 2


def test_a_group_told_as_hurt_keeps_its_count() -> None:
    report = _report("Росіяни обстріляли Нікополь. Постраждали шестеро людей, двоє з них загинули.")
    incident = report.incidents[0]
    assert incident.injured is not None and incident.injured.best == 6
    assert incident.fatalities is not None and incident.fatalities.best == 2


# -- people taken for places --------------------------------------------------------------------------------------

@needs_morph
def test_a_plural_of_people_opening_a_sentence_is_no_place() -> None:
    report = _report("Дві групи зійшлися біля Покровська. Українці першими відкрили вогонь по противнику.")
    assert _entity(report, "Українці") != "PLACE"


@needs_morph
@pytest.mark.parametrize(("text", "name"), [
    ("«Ми вже звикли до вибухів», — зізнається Богдан, який третій рік служить у бригаді.", "Богдан"),
    ("Богдан і Петро тримали позицію тиждень.", "Богдан"),
])
def test_a_first_name_that_is_also_a_village_is_a_person_in_speech_and_pairs(text: str, name: str) -> None:
    assert _entity(_report(text), name) == "PERSON"


# -- a front named at a sentence's start -------------------------------------------------------------------------

def test_a_front_at_a_sentence_start_is_its_town() -> None:
    report = _report("На Сіверському напрямку окупанти розстріляли двох наших бійців, які здавалися в полон.")
    assert report.incidents and report.incidents[0].where is not None
    assert report.incidents[0].where.admin1 == "Donetsk Oblast"


# -- the army's operational commands ------------------------------------------------------------------------------

def test_an_operational_command_is_a_speaker_and_a_source() -> None:
    report = _report("У Рівному чоловік напав із ножем на військового ТЦК.\nЯк повідомили в Оперативному "
                     "командуванні «Північ», потерпілого доставили до лікарні. «Нападника вже шукає поліція», — "
                     "зазначили в ОК «Північ».")
    assert any(q.speaker is not None and q.speaker.name == "ОК «Північ»" for q in report.quotes)
    assert "ОК «Північ»" in report.incidents[0].sources


# -- an outlet's Latin brand -------------------------------------------------------------------------------------

def test_an_outlet_written_in_latin_keeps_its_latin_name() -> None:
    report = _report("Під Воронежем власна ППО збила російський гелікоптер: двоє пілотів загинули — ASTRA")
    assert report.incidents and "Astra" in report.incidents[0].sources


# -- an official told by his post after a quote ------------------------------------------------------------------

def test_an_official_told_by_his_post_is_the_person_last_named() -> None:
    report = _report("Росіяни обстріляли Херсон, повідомив голова ОВА Олександр Прокудін. «Людей вдалося "
                     "вивезти», — додав очільник області.")
    quote = next(q for q in report.quotes if q.text.startswith("Людей"))
    assert quote.speaker is not None and quote.speaker.name == "Прокудін"


# -- desertion told as leaving without leave, and again ----------------------------------------------------------

def test_leaving_the_unit_without_leave_is_desertion() -> None:
    report = _report("У Житомирі військовий пішов із частини без дозволу командира в березні 2024 року.")
    assert [i.type for i in report.incidents] == ["desertion_or_surrender"]
    assert report.incidents[0].when.start == date(2024, 3, 1)


def test_the_same_man_deserting_again_is_another_episode() -> None:
    report = _report("Солдат із Житомирщини самовільно залишив військову частину в березні 2024 року.\n"
                     "Після повернення до служби у травні 2024 року він знову самовільно залишив розташування "
                     "бригади в Житомирі.")
    assert [i.type for i in report.incidents] == ["desertion_or_surrender"] * 2

