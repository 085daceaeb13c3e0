"""Russian constructions found with probe sentences written for this session (the common ways Russian war
reporting tells each incident type) and fixed as classes: the past plural of -йти verbs ("нашли", "перешли") and
"населённый пункт" read right, their own crews firing on a unit, going over to the other side, executions told by
their noun or of those who had surrendered, notices handed out and men taken to the enlistment office, the kin of
soldiers or prisoners gathering or appealing, a heavy weapon between the verb and its target, counts that name
their own kind, a toll that "унёс жизни" or "возросло до", a force taking a named place or raising its flag, Ukrainian
outlets in Russian spelling, an outlet's finding told after the event, and the place before "военные" after a
locative. Non-events kept at none: intent inside the trigger, calls to defect, events of a year before the war,
positions taken, prisoners freed in an exchange, a request sent to an enlistment office, one man's own notice.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _types(report: Any) -> list[str]:
    return sorted(i.type for i in report.incidents)


# -- morphology: "нашли", "перешли", "населённого пункта" ------------------------------------------------------------

def test_found_hanged_in_the_past_plural_is_a_non_combat_death(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В части под Нижним Новгородом нашли повешенным 19-летнего срочника.")
    assert _types(report) == ["non_combat_death"]
    assert report.incidents[0].where.admin1 == "Nizhny Novgorod Oblast"


def test_the_taking_of_a_populated_place_is_a_territory_change(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Минобороны РФ заявило о взятии населённого пункта Красногоровка.")
    assert _types(report) == ["territory_change"]


# -- friendly fire: their own crews --------------------------------------------------------------------------------

def test_own_tank_crews_after_the_verb_are_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("По словам бойца, под Торецком его взвод обстреляли свои же танкисты, приняв за противника.")
    assert _types(report) == ["friendly_fire"]


def test_own_drone_operators_before_the_verb_are_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Торецком свои же операторы дронов атаковали блиндаж соседней роты, ранены четверо.")
    assert _types(report) == ["friendly_fire"]
    assert report.incidents[0].injured is not None and report.incidents[0].injured.best == 4


# -- going over to the other side -----------------------------------------------------------------------------------

def test_going_over_to_the_other_side_after_a_project_name_is_desertion(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Через проект «Хочу жить» на сторону Украины перешли ещё шестеро российских солдат.")
    assert _types(report) == ["desertion_or_surrender"]


def test_a_crew_that_went_over_is_desertion(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Купянском на сторону ВСУ перешёл экипаж российского БТР.")
    assert _types(report) == ["desertion_or_surrender"]
    assert report.incidents[0].where.admin1 == "Kharkiv Oblast"


def test_a_call_to_go_over_is_no_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Президент призвал российских солдат под Купянском перейти на сторону Украины.")
    assert report.incidents == []


# -- executions told by their noun, of those who had surrendered ---------------------------------------------------

def test_the_execution_of_surrendered_soldiers_is_an_attack(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Офис генпрокурора начал расследование расстрела шести сдавшихся в плен бойцов ВСУ в "
                        "Донецкой области.")
    assert _types(report) == ["attack_on_civilians"]


def test_a_case_over_the_execution_of_prisoners_gives_its_toll(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Запорожской области возбуждено дело о казни трёх пленных бойцов ВСУ.")
    assert _types(report) == ["attack_on_civilians"]
    assert report.incidents[0].fatalities is not None and report.incidents[0].fatalities.best == 3


# -- mobilization: notices handed out, men taken to the office -----------------------------------------------------

def test_notices_handed_out_at_the_gate_are_mobilization(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Работникам завода в Екатеринбурге вручили повестки прямо на проходной.")
    assert _types(report) == ["mobilization"]


def test_a_man_seized_and_taken_to_the_office_is_mobilization(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Ростове мужчину схватили на улице и силой доставили в военкомат, рассказала его мать.")
    assert _types(report) == ["mobilization"]


def test_men_pushed_into_a_van_and_driven_to_the_office_are_mobilization(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Киеве сотрудники ТЦК вчера затолкали в бус двоих мужчин и отвезли их в военкомат.",
                        published="2024-05-11")
    assert _types(report) == ["mobilization"]
    assert str(report.incidents[0].when.start) == "2024-05-10"


def test_a_request_sent_to_the_office_is_no_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Мать бойца из Ростова отправила запрос в военкомат о судьбе сына.")
    assert "mobilization" not in _types(report)


# -- protests by the kin of soldiers and prisoners ---------------------------------------------------------------

def test_mothers_of_conscripts_recording_an_appeal_is_a_protest(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Краснодаре матери срочников записали видеообращение к Путину с требованием вернуть "
                        "сыновей.")
    assert _types(report) == ["protest"]


def test_wives_of_soldiers_blocking_a_road_is_a_protest(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Жёны военных перекрыли трассу под Полтавой, требуя демобилизации.")
    assert _types(report) == ["protest"]
    assert report.incidents[0].where.admin1 == "Poltava Oblast"


def test_a_protest_the_wives_are_going_to_hold_is_no_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Жёны мобилизованных собираются провести митинг в Москве в следующую субботу.")
    assert report.incidents == []


# -- strikes: the weapon between the verb and its target; tolls ---------------------------------------------------

def test_missiles_between_the_verb_and_the_target_are_a_strike(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Вчера войска РФ ударили ракетами по Харькову, погибли семь человек, 28 ранены.",
                        published="2024-05-26")
    assert _types(report) == ["strike"]
    incident = report.incidents[0]
    assert incident.fatalities is not None and incident.fatalities.best == 7
    assert incident.injured is not None and incident.injured.best == 28


def test_counts_that_name_their_own_kind(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Своя же арта отработала по нашему окопу под Кременной: двое убитых, пятеро раненых, "
                        "пишет военкор.")
    incident = report.incidents[0]
    assert incident.fatalities is not None and incident.fatalities.best == 2
    assert incident.injured is not None and incident.injured.best == 5


def test_a_strike_that_took_lives(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Запорожьем ракетный удар унёс жизни четырёх человек.")
    assert report.incidents[0].fatalities is not None and report.incidents[0].fatalities.best == 4


def test_a_toll_that_rose_to_a_bare_number(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Число погибших в результате удара по Одессе возросло до двенадцати.")
    assert report.incidents[0].fatalities is not None and report.incidents[0].fatalities.best == 12


def test_a_wife_hospitalised_is_one_injured(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Обстреляли село Ракитное Белгородского района: погиб мужчина, его жена госпитализирована.")
    incident = report.incidents[0]
    assert incident.fatalities is not None and incident.fatalities.best == 1
    assert incident.injured is not None and incident.injured.best == 1


# -- territory: a force took a named place, a flag raised ---------------------------------------------------------

def test_a_force_freeing_a_named_village_is_a_territory_change(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("ВСУ освободили Работино, заявили в Генштабе.")
    assert _types(report) == ["territory_change"]


def test_a_flag_raised_over_a_village_is_a_territory_change(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Над Новомихайловкой подняли российский флаг, утверждают в Минобороны.")
    assert _types(report) == ["territory_change"]


def test_defences_taken_up_are_no_territory_change(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Российские войска заняли оборону на новых рубежах под Купянском.")
    assert "territory_change" not in _types(report)


def test_prisoners_freed_in_an_exchange_are_no_territory_change(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("ВСУ освободили из плена 75 военнослужащих в ходе обмена.")
    assert "territory_change" not in _types(report)


def test_a_battle_of_1943_is_no_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В 1943 году здесь шли тяжёлые бои за Харьков.")
    assert report.incidents == []


# -- sources and places ---------------------------------------------------------------------------------------------

def test_an_outlets_finding_after_the_event_is_its_source(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Рядового Иванова забил до смерти сержант его же части в Донецке, выяснила «Медиазона».")
    assert any("Медиазон" in name or "Mediazona" in name for name in report.incidents[0].sources)


def test_a_ukrainian_outlet_in_russian_spelling_is_a_source(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Днепре после удара по жилому дому погибли трое, — пишет «Суспильне».")
    assert any("Суспильне" in name or "Suspilne" in name for name in report.incidents[0].sources)


def test_a_town_after_a_locative_before_military_men_is_the_place(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Харькове военные ТЦК избили мужчину при попытке вручить ему повестку.")
    assert report.incidents[0].where is not None and report.incidents[0].where.admin1 == "Kharkiv Oblast"
