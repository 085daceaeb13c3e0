"""Ukrainian constructions found with blind probe reports (a helper wrote them without reading the rules; no
report's text is here): each class is pinned with sentences of our own. Triggers (a drop told as a noun, a weapon
of a neighbouring unit, a hyphenated weapon, people shot told by who they were, going over to the other side, going
out to an assault refused, photos held up, a withdrawal from a named place, a train derailed by a blast), tolls (a
life taken, nobody among the people named, a victim told by whose she is, a victim's own clause before a count,
found dead, enemies destroyed, a couple), and non-events (a liberation told by a locative)."""

from __future__ import annotations

from datetime import date

import pytest
from tests.lang.uk.uk_run import run_uk

from warlog.lang.uk import morph
from warlog.models import Incident, Report

PUB = date(2025, 6, 20)  # a Friday
needs_morph = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")


def _report(text: str, outlet: str = "Тестовий канал") -> Report:
    return run_uk(text, PUB, outlet)


def _one(text: str) -> Incident:
    incidents = _report(text).incidents
    assert len(incidents) == 1, [(i.type, i.where.name if i.where else None) for i in incidents]
    return incidents[0]


def _killed(incident: Incident) -> int | None:
    return incident.fatalities.best if incident.fatalities else None


def _injured(incident: Incident) -> int | None:
    return incident.injured.best if incident.injured else None


# -- triggers -----------------------------------------------------------------------------------------------------


@needs_morph
def test_a_drop_told_as_a_noun_is_a_drone_strike() -> None:
    incident = _one("Увечері у селі Зеленівка внаслідок скиду боєприпасу з безпілотника постраждала жінка.")
    assert incident.type == "strike"
    assert _injured(incident) == 1


@needs_morph
def test_a_drone_of_a_neighbouring_unit_is_friendly_fire() -> None:
    text = "Слідчі встановили, що трьох піхотинців біля Торецька у середу накрив дрон сусідньої бригади."
    assert _one(text).type == "friendly_fire"


@needs_morph
def test_an_own_weapon_with_a_hyphenated_name_is_friendly_fire() -> None:
    text = "Полонений розповів, що їхній власний дрон-камікадзе вдарив по окопу біля Кремінної."
    assert _one(text).type == "friendly_fire"


@needs_morph
def test_a_couple_shot_is_an_attack_on_civilians_with_two_dead() -> None:
    incident = _one("Росіяни в неділю розстріляли подружжя, яке їхало на велосипедах біля Вовчанська.")
    assert incident.type == "attack_on_civilians"
    assert _killed(incident) == 2


@needs_morph
def test_going_over_to_the_other_side_is_desertion_or_surrender() -> None:
    incident = _one("Троє російських піхотинців у вівторок перейшли на бік України біля Курахового.")
    assert incident.type == "desertion_or_surrender"


@needs_morph
def test_refusing_to_go_out_to_an_attack_is_a_refusal() -> None:
    incident = _one("Стало відомо, що рота мобілізованих під Бахмутом у понеділок відмовилася виходити в атаку.")
    assert incident.type == "refusal_to_fight"


@needs_morph
def test_relatives_holding_up_portraits_are_a_protest() -> None:
    text = "Матері полонених морпіхів у суботу стояли біля ОВА в Житомирі, тримаючи портрети своїх синів."
    assert _one(text).type == "protest"


@needs_morph
def test_a_withdrawal_from_a_named_village_is_a_territory_change() -> None:
    incident = _one("Захисники відійшли з Новоселівки, щоб уникнути оточення, повідомили в бригаді.")
    assert incident.type == "territory_change"


@needs_morph
def test_a_train_derailed_after_a_blast_is_a_strike() -> None:
    incident = _one("Біля Брянська після підриву колії зійшли з рейок шість вагонів із боєприпасами.")
    assert incident.type == "strike"


@needs_morph
def test_a_liberation_followed_by_a_locative_is_no_territory_change() -> None:
    text = "Вісім місяців Херсонщина чекала, а після звільнення у селищі відкрили пункт незламності."
    incidents = _report(text).incidents
    assert not [i for i in incidents if i.type == "territory_change"]


# -- tolls --------------------------------------------------------------------------------------------------------


@needs_morph
def test_a_life_taken_is_a_death_toll() -> None:
    incident = _one("Учорашній обстріл Слов'янська забрав життя чотирьох людей.")
    assert _killed(incident) == 4


@needs_morph
def test_nobody_hurt_among_the_people_named_is_zero() -> None:
    incident = _one("Уночі ракета влучила у склад у Павлограді, постраждалих серед працівників немає.")
    assert _injured(incident) == 0


@needs_morph
def test_a_second_victim_told_by_whose_she_is_is_counted() -> None:
    incident = _one("У вівторок дрон атакував автівку біля Берислава: поранення отримали фермер та його пасажирка.")
    assert _injured(incident) == 2


@needs_morph
def test_a_victims_own_clause_before_a_count_leaves_the_count_to_the_next_verb() -> None:
    incident = _one("Увечері КАБ влучив у ринок у Куп'янську. Загинув водій, п'ятеро пасажирів отримали поранення.")
    assert (_killed(incident), _injured(incident)) == (1, 5)


@needs_morph
def test_found_dead_is_one_death() -> None:
    text = "На полігоні під Житомиром у понеділок знайшли мертвим молодого солдата; поліція розглядає самогубство."
    incident = _one(text)
    assert incident.type == "non_combat_death"
    assert _killed(incident) == 1


@needs_morph
def test_enemies_destroyed_in_a_fight_are_its_dead() -> None:
    incident = _one("Під Авдіївкою у неділю тривали бої, наші штурмовики знищили 14 окупантів.")
    assert incident.type == "armed_clash"
    assert _killed(incident) == 14


# -- dates --------------------------------------------------------------------------------------------------------


@needs_morph
def test_a_time_of_day_before_a_weekday_is_that_weekday() -> None:
    incident = _one("Ізмаїл знову під обстрілом. Зранку у вівторок ракета влучила в елеватор, постраждали двоє.")
    assert (incident.when.start, incident.when.end) == (date(2025, 6, 17), date(2025, 6, 17))


@needs_morph
def test_the_night_before_a_weekday_is_that_night() -> None:
    incident = _one("У ніч на середу дрони атакували Одесу, поранено двох людей.")
    assert (incident.when.start, incident.when.end) == (date(2025, 6, 17), date(2025, 6, 18))


@needs_morph
def test_a_night_attack_with_no_day_stated_is_last_night() -> None:
    incident = _one("Унаслідок нічного удару по Полтаві пошкоджено лінію електропередачі.")
    assert (incident.when.start, incident.when.end) == (date(2025, 6, 19), date(2025, 6, 20))


# -- places -------------------------------------------------------------------------------------------------------


@needs_morph
def test_a_two_word_town_before_a_verb_of_attack_is_a_place() -> None:
    incident = _one("Уранці Кривий Ріг обстріляли з артилерії, поранено жінку.")
    assert incident.where is not None and incident.where.name == "Kryvyy Rih"


@needs_morph
def test_a_town_under_attack_opening_the_sentence_is_a_place() -> None:
    incident = _one("Ізюм знову під обстрілом: уламки ракети пошкодили школу.")
    assert incident.where is not None and incident.where.name == "Izyum"


@needs_morph
def test_a_town_after_its_regions_adjective_is_a_place() -> None:
    incident = _one("Удар по київському Богуславу: уламки дрона пошкодили гараж.")
    assert incident.where is not None and incident.where.name == "Bohuslav"


# -- not events ---------------------------------------------------------------------------------------------------


@needs_morph
def test_a_weeks_tally_of_weapons_is_no_incident() -> None:
    text = "За минулий тиждень росіяни скинули на Херсонщину понад 400 авіабомб, повідомили в ОВА."
    assert not _report(text).incidents


# -- one event per town -------------------------------------------------------------------------------------------


def _towns(text: str) -> list[tuple[str | None, int | None, int | None]]:
    return [(i.where.name if i.where else None, _killed(i), _injured(i)) for i in _report(text).incidents]


@needs_morph
def test_listed_towns_told_one_by_one_after_a_comma_are_events_of_their_own() -> None:
    text = "Дрони вранці атакували Херсон і Білозерку. У Херсоні поранено жінку, у Білозерці загинув пенсіонер."
    assert _towns(text) == [("Kherson", None, 1), ("Bilozerka", 1, None)]


@needs_morph
def test_the_second_listed_town_after_a_comma_and_a_is_an_event_of_its_own() -> None:
    text = "Ворог обстріляв Куп'янськ та Ківшарівку: у місті постраждали троє людей, а в Ківшарівці загинула жінка."
    assert [name for name, _, _ in _towns(text)] == ["Kupyansk", "Kivsharivka"]


# Ordinary reporting the session's Ukrainian rules must leave alone (counter-examples found by the review).

@needs_morph
@pytest.mark.parametrize(("text", "not_kind"), [
    ("Сили оборони відбили в районі Покровська 30 атак, повідомив Генштаб у четвер.", "territory_change"),
    ("Медики лікарні в Сумах відпрацювали по 24 години без перерви.", "strike"),
    ("Бійці «Азову» знищили російський танк поблизу Торецька.", "other"),
    ("Дрон сусідньої бригади уразив російський танк біля Покровська.", "friendly_fire"),
])
def test_ordinary_reporting_keeps_its_reading(text: str, not_kind: str) -> None:
    assert not_kind not in [i.type for i in _report(text).incidents]


@needs_morph
def test_twice_in_a_week_is_no_weekly_tally() -> None:
    report = _report("Вдруге за тиждень: у понеділок ракета влучила в житловий будинок в Одесі, загинули двоє людей.")
    assert [(i.type, _killed(i)) for i in report.incidents] == [("strike", 2)]
