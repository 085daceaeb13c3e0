"""Ukrainian constructions read in the project's fourteenth batch of reports (mostly events that are not strikes),
each pinned on sentences written for the test: rallies told by what the crowd did, commanders who left their men
told object first, friendly fire told as a mistaken target, killings by one's own side told killer first, desertion
told as a failure to come back, captives executed, call-ups told as the man taken, a remand in the courtroom, a
time of day after a date, outlets named in the text and attribution in longform and headlines."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from tests.lang.uk.uk_run import run_uk

from warlog.lang.uk import morph
from warlog.lang.uk.dates import find_time_expressions
from warlog.lang.uk.incidents import incident_lexicon
from warlog.models import Document, Report
from warlog.pipeline.runner import Pipeline
from warlog.settings import Settings

PUB = date(2025, 9, 3)
needs_morph = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")


def _report(text: str, outlet: str = "Тестовий канал") -> Report:
    return run_uk(text, PUB, outlet)


def _types(text: str) -> list[str]:
    return [i.type for i in _report(text).incidents]


# -- protests: the crowd's acts --------------------------------------------------------------------------------------

@needs_morph
def test_people_going_out_to_a_square_to_demand_is_a_protest() -> None:
    text = ("У суботу близько двохсот матерів і дружин полонених вийшли на площу перед облрадою у Львові, щоб "
            "вимагати обміну.")
    assert _types(text) == ["protest"]


@needs_morph
def test_a_similar_rally_in_another_city_is_a_protest_of_its_own() -> None:
    text = ("У неділю рідні зниклих безвісти вийшли на акцію в Одесі з плакатами.\n"
            "Того ж дня аналогічна акція відбулася в Ужгороді: біля ОДА стояли близько тридцяти людей.")
    report = _report(text)
    assert [i.type for i in report.incidents] == ["protest", "protest"]
    assert {i.where.name for i in report.incidents if i.where} >= {"Odesa", "Uzhhorod"}


@needs_morph
def test_a_road_blocked_while_demanding_is_a_protest() -> None:
    assert _types("Жителі села під Полтавою перекрили трасу, вимагаючи відремонтувати міст.") == ["protest"]


@needs_morph
def test_a_crowd_gathered_to_demand_is_a_protest() -> None:
    assert _types("Біля Рівненської ОДА зібралися, щоб вимагати звільнення полонених, близько сорока людей.") == [
        "protest"]


@needs_morph
def test_a_crowd_gathered_for_a_farewell_is_no_protest() -> None:
    assert "protest" not in _types("У Житомирі сотні людей зібралися, щоб попрощатися із загиблим захисником.")


# -- abandonment --------------------------------------------------------------------------------------------------

@needs_morph
def test_men_left_by_their_own_commanders_told_object_first() -> None:
    assert _types("Понад сотню бійців під Вовчанськом покинули власні командири.") == ["abandonment"]


@needs_morph
def test_a_company_left_without_its_commander() -> None:
    assert "abandonment" in _types("Під Торецьком рота залишилася без командира на три доби.")


@needs_morph
def test_a_man_leaving_his_commander_is_no_abandonment() -> None:
    assert "abandonment" not in _types("Під Торецьком боєць залишив командира пораненим.")


# -- friendly fire --------------------------------------------------------------------------------------------------

@needs_morph
def test_air_defence_shooting_down_its_own_jet_by_mistake() -> None:
    assert _types("Біля Бєлгорода російська ППО помилково збила штурмовик Су-25.") == ["friendly_fire"]


@needs_morph
def test_a_helicopter_mistaken_for_a_target() -> None:
    assert _types("Під Курськом зенітники сплутали гелікоптер Мі-8 із ворожим дроном.") == ["friendly_fire"]


@needs_morph
def test_fire_on_ones_own_positions() -> None:
    assert _types("Під Авдіївкою артилеристи вдарили по власних позиціях.") == ["friendly_fire"]


# -- killings by one's own side -------------------------------------------------------------------------------------

@needs_morph
def test_a_commander_shooting_his_subordinate_told_killer_first() -> None:
    assert "intra_force_killing" in _types("На Луганщині командир роти застрелив підлеглого біля Сватового.")


@needs_morph
def test_a_commander_shooting_an_enemy_is_no_own_side_killing() -> None:
    # the rules' triggers only: where they find nothing the learned proposals may still read the sentence
    sentence = "Командир взводу застрелив російського штурмовика біля Кліщіївки."
    assert not [name for name, _, regex in incident_lexicon().triggers
                if name == "intra_force_killing" and regex.search(sentence)]


@needs_morph
def test_the_slang_for_executing_ones_own_men() -> None:
    assert _types("Під Бахмутом російські командири обнулили двох відмовників.") == ["intra_force_killing"]


@needs_morph
def test_an_officer_shooting_a_captive_is_an_execution_not_an_own_side_killing() -> None:
    types = _types("Під Роботиним російський офіцер застрелив полоненого українського бійця.")
    assert types == ["attack_on_civilians"]


@needs_morph
def test_captives_executed_is_an_attack() -> None:
    assert _types("Біля Вугледара окупанти стратили трьох полонених морпіхів.") == ["attack_on_civilians"]


# -- desertion told as not coming back -----------------------------------------------------------------------------

@needs_morph
def test_not_back_from_leave_is_a_desertion() -> None:
    assert _types("У червні 2024 року солдат не повернувся до частини з відпустки.") == ["desertion_or_surrender"]


@needs_morph
def test_the_destination_first_then_not_back() -> None:
    # The rule's own reading: the learned classifier puts this sentence at its veto line (P(event) 0.0975 against
    # 0.1 here), so whether it stands beside the rule varies with the floating point of the machine.
    text = "У березні 2025 року після лікування в шпиталі до місця служби він так і не повернувся."
    rules_only = Pipeline(settings=dataclasses.replace(Settings.from_env(), mention_classifier=False))
    report = rules_only.run(Report(document=Document(id="r", text=text, language="uk", published=PUB,
                                                     outlet="Тестовий канал")))
    assert [i.type for i in report.incidents] == ["desertion_or_surrender"]


@needs_morph
def test_not_coming_home_is_no_desertion() -> None:
    assert not _types("У березні 2025 року він не повернувся додому з роботи.")


# -- call-ups ---------------------------------------------------------------------------------------------------------

@needs_morph
def test_a_father_called_up_is_a_mobilization() -> None:
    assert _types("На Одещині мобілізували батька чотирьох дітей.") == ["mobilization"]


@needs_morph
def test_held_for_his_registration_papers_is_a_mobilization() -> None:
    text = "У Дніпрі чоловіка затримали на вокзалі, бо в нього не було військово-облікового документа."
    assert _types(text) == ["mobilization"]


# -- a remand in the courtroom --------------------------------------------------------------------------------------

@needs_morph
def test_a_convict_taken_into_custody_in_the_courtroom_is_held_in_the_courts_city() -> None:
    text = ("Військовий відмовився їхати на позиції під Покровськом: суд дав чотири роки\n"
            "Шевченківський районний суд Києва визнав військового винним у непокорі.\n"
            "Засудженого взяли під варту в залі суду.")
    report = _report(text)
    held = [i for i in report.incidents if i.type == "arrest_or_detention"]
    assert len(held) == 1 and held[0].where is not None and held[0].where.name == "Kyiv"


# -- dates ----------------------------------------------------------------------------------------------------------

def test_a_time_of_day_after_a_date_is_that_days() -> None:
    found = find_time_expressions("3 травня 2024 року вранці він залишив позиції.", PUB)
    assert [(t.date_start, t.date_end) for t in found] == [(date(2024, 5, 3), date(2024, 5, 3))]


def test_a_time_of_day_alone_is_still_today() -> None:
    found = find_time_expressions("Вранці ворог обстріляв місто.", PUB)
    assert [(t.date_start, t.date_end) for t in found] == [(PUB, PUB)]


# -- counts ---------------------------------------------------------------------------------------------------------

@needs_morph
def test_a_hundred_as_a_noun_is_a_count() -> None:
    report = _report("Понад сотню бійців вивели з оточення під Вовчанськом.")
    assert any(e.label == "QUANTITY" and e.count is not None and e.count.best == 101 for e in report.entities)


# -- outlets ---------------------------------------------------------------------------------------------------------

@needs_morph
def test_a_numbered_outlet_is_no_place() -> None:
    report = _report("Про це пише 24 Канал з посиланням на джерела.")
    assert not [e for e in report.entities if e.label == "PLACE"]
    assert any(e.label == "OUTLET" and e.text == "24 Канал" for e in report.entities)


# -- units ----------------------------------------------------------------------------------------------------------

@needs_morph
def test_an_army_corps_by_number_and_abbreviation_is_a_unit() -> None:
    report = _report("Бійці 12 АК відбили штурм під Куп'янськом. Штурмом керував 20-й армійський корпус РФ.")
    units = {e.text for e in report.entities if e.label == "UNIT"}
    assert "12 АК" in units and any("армійський корпус" in u for u in units)


# -- attribution in longform and headlines ------------------------------------------------------------------------

def _quote(report: Report, words: str) -> object:
    return next(q for q in report.quotes if words in report.document.text[q.start:q.end])


@needs_morph
def test_a_retelling_verb_after_the_dash() -> None:
    report = _report("«Його забрали просто з роботи, нічого не пояснивши», — переказує Петренко.")
    quote = _quote(report, "забрали просто з роботи")
    assert quote.speaker is not None and quote.speaker.text == "Петренко"  # type: ignore[attr-defined]


@needs_morph
def test_a_woman_told_as_a_noun_is_the_woman_named_before() -> None:
    report = _report("Про сина нам розповіла Олена Коваль.\n"
                     "«Він пішов на фронт добровольцем у перший же день», — каже жінка.")
    quote = _quote(report, "пішов на фронт добровольцем")
    assert quote.speaker is not None and quote.speaker.name == "Олена Коваль"  # type: ignore[attr-defined]


@needs_morph
def test_a_woman_told_as_a_noun_with_no_one_named_is_the_noun() -> None:
    report = _report("«Він пішов на фронт добровольцем у перший же день», — каже жінка.")
    quote = _quote(report, "пішов на фронт добровольцем")
    assert quote.speaker is not None and quote.speaker.text == "жінка"  # type: ignore[attr-defined]


@needs_morph
def test_by_her_words_with_the_possessive_between() -> None:
    report = _report("Марія Бондар шукає сина вже пів року. За її словами, у частині їй нічого не пояснили.")
    quote = _quote(report, "у частині їй нічого не пояснили")
    assert quote.speaker is not None and quote.speaker.name == "Марія Бондар"  # type: ignore[attr-defined]


@needs_morph
def test_a_headline_naming_its_source_after_a_dash() -> None:
    report = _report("Двоє окупантів під Покровськом здалися в полон — 47 ОМБр\nПодробиць бригада не наводить.")
    quote = _quote(report, "здалися в полон")
    assert quote.speaker is not None and quote.speaker.text == "47 ОМБр"  # type: ignore[attr-defined]
    incident = next(i for i in report.incidents if i.type == "desertion_or_surrender")
    assert any("47" in s for s in incident.sources)
