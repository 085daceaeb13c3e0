"""Ukrainian constructions read in the project's eighth batch of reports, each pinned on sentences written for
the test: a governor's day told district by district (a district "бив ... по", a hromada opening its sentence as
the object, a hromada heading its line), victims counted by a list of their ages, and towns told without an
attribution of their own taking the lead's source."""

from __future__ import annotations

from datetime import date

import pytest
from tests.lang.uk.uk_run import run_uk

from warlog.lang.uk import morph
from warlog.models import Report

PUB = date(2025, 6, 14)
needs_morph = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")


def _report(text: str) -> Report:
    return run_uk(text, PUB, "Тестовий канал")


def _incidents(text: str):  # type: ignore[no-untyped-def]
    return _report(text).incidents


@needs_morph
def test_a_district_that_the_enemy_bit_with_drones_is_a_strike() -> None:
    (inc,) = _incidents("Уночі по Бериславському району ворог бив з мінометів і дронами, пошкоджено дві хати.")
    assert inc.type == "strike"
    assert inc.where is not None and inc.where.admin1 == "Kherson Oblast"


@needs_morph
def test_a_beating_with_fists_is_still_no_strike() -> None:
    found = _incidents("У Полтаві п'яний чоловік бив перехожого кулаками біля зупинки.")
    assert all(i.type != "strike" for i in found)


@needs_morph
def test_a_hromada_opening_its_sentence_as_the_object_is_another_town() -> None:
    found = _incidents("Росіяни вдарили по Нікополю безпілотником, пошкоджено склад. Мирівську громаду ворог "
                       "обстріляв з артилерії, там вибито вікна в школі.")
    assert len(found) == 2
    assert len({i.where.name for i in found if i.where is not None}) == 2


@needs_morph
def test_a_regional_lead_then_towns_is_told_town_by_town() -> None:
    found = _incidents("Учора росіяни атакували Харківщину: загинули троє людей, ще п'ятеро поранені, повідомив "
                       "голова ОВА Олег Синєгубов у Telegram.\n"
                       "«Балаклійська громада – загинули чоловіки 44 і 58 років. Також поранено жінку», – написав "
                       "він.\n"
                       "У Чугуївській громаді від удару дрона загинула жінка, поранені чоловіки 25, 31 і 60 років.")
    assert len(found) == 2  # the lead sums the towns up: no incident of its own
    tolls = sorted((i.fatalities.best if i.fatalities else None, i.injured.best if i.injured else None)
                   for i in found)
    assert tolls == [(1, 3), (2, 1)]


@needs_morph
def test_a_town_told_later_without_attribution_takes_the_leads_source() -> None:
    found = _incidents("Уночі ворог атакував Дніпропетровщину, повідомив у телеграм-каналі голова ОВА Сергій "
                       "Лисак.\n"
                       "По Нікополю росіяни вдарили дроном, пошкоджено авто. Зеленодольську громаду обстріляли з "
                       "артилерії.\n"
                       "На Павлоградщині після атаки безпілотників загорівся склад.")
    assert len(found) == 3
    assert all(any("Лисак" in s for s in i.sources) for i in found)


@needs_morph
def test_a_hromada_in_the_quote_retells_the_district_the_lead_named() -> None:
    found = _incidents("Російський дрон атакував легковик у Шосткинському районі, повідомила прокуратура Сумщини.\n"
                       "«За даними слідства, 12 червня 2025 року близько 9:30 у Ямпільській громаді ворог атакував "
                       "дроном легковий автомобіль. Загинув 58-річний водій», — повідомили у відомстві.")
    assert len(found) == 1
    assert found[0].fatalities is not None and found[0].fatalities.best == 1


@needs_morph
def test_one_hurt_told_by_who_they_are_to_the_dead() -> None:
    (inc,) = _incidents("Уранці в Херсоні російський дрон скинув вибухівку на подвір'я: загинула 70-річна жінка, "
                        "поранено її 45-річного сина.")
    assert inc.injured is not None and inc.injured.best == 1


@needs_morph
def test_a_desertion_told_again_where_he_fled_is_one_desertion() -> None:
    found = _incidents("Патрульні затримали у Львові військового в СЗЧ, який самовільно залишив місце служби.\n"
                       "Правоохоронці встановили, що чоловік самовільно залишив частину на Житомирщині й жив у "
                       "родичів.")
    deserted = [i for i in found if i.type == "desertion_or_surrender"]
    assert len(deserted) == 1
    assert deserted[0].where is not None and deserted[0].where.admin1 == "Zhytomyr Oblast"
    assert any(i.type == "arrest_or_detention" for i in found)


@needs_morph
def test_a_desertion_told_only_in_the_arrest_is_kept() -> None:
    found = _incidents("У Полтаві поліцейські затримали військового, який самовільно залишив частину.")
    assert {i.type for i in found} == {"arrest_or_detention", "desertion_or_surrender"}


@needs_morph
def test_a_desertion_the_investigation_found_takes_no_neighbours_date() -> None:
    found = _incidents("Відео з погрозами з'явилося в мережі на початку травня 2025 року.\n"
                       "Слідство з'ясувало, що автор відео самовільно покинув частину на Сумщині.")
    (deserted,) = [i for i in found if i.type == "desertion_or_surrender"]
    assert deserted.when.start is None and deserted.when.end == PUB


# --- attribution --------------------------------------------------------------------------------------------------

def _quote(report: Report, words: str):  # type: ignore[no-untyped-def]
    return next(q for q in report.quotes if words in q.text)


@needs_morph
def test_a_pronoun_speaker_followed_by_the_channel_takes_the_person_named_before() -> None:
    report = _report("Уночі ворог атакував Одещину, повідомив голова ОВА Олег Кіпер.\n"
                     "«Пошкоджено склад і два приватні будинки, людей не поранено», - написав він у телеграмі.")
    quote = _quote(report, "Пошкоджено склад")
    assert quote.speaker is not None and "Кіпер" in quote.speaker.name
    assert any("Telegram" in link.name for link in quote.chain)


@needs_morph
def test_it_says_in_the_message_is_the_words_of_whoever_was_cited_before() -> None:
    report = _report("Уранці дрон поцілив у маршрутку в Херсоні, повідомила обласна прокуратура в "
                     "телеграм-каналі.\n"
                     "«Близько 8:10 окупанти атакували дроном пасажирський автобус. Поранено водія», - йдеться в "
                     "повідомленні.")
    quote = _quote(report, "Близько 8:10")
    assert quote.speaker is not None and "прокуратура" in quote.speaker.name
    assert any("Telegram" in link.name for link in quote.chain)


@needs_morph
def test_a_source_line_gives_the_channel_of_the_speakers_words() -> None:
    report = _report("Ворог атакував Суми: пошкоджено гуртожиток.\n"
                     "Джерело: міський голова Артем Кобзар у Telegram.\n"
                     "«Уламки дрона впали біля гуртожитку, вибито вікна», — написав Кобзар.")
    quote = _quote(report, "Уламки дрона")
    assert any("Telegram" in link.name for link in quote.chain)


# --- names --------------------------------------------------------------------------------------------------------

@needs_morph
def test_the_centre_of_a_town_is_the_town_not_an_organisation() -> None:
    report = _report("Поліція затримала чоловіка, який пошкодив пам'ятник у центрі Полтави.")
    labels = {e.text: e.label for e in report.entities}
    assert labels.get("Полтави") == "PLACE"
    assert not any(label == "ORG" and "центрі" in text for text, label in labels.items())
    (held,) = [i for i in report.incidents if i.type == "arrest_or_detention"]
    assert held.where is not None and held.where.admin1 == "Poltava Oblast"


# --- counts read again in earlier batches ------------------------------------------------------------------------

def test_an_aside_between_a_count_and_its_verb_is_skipped() -> None:
    from warlog.lang.uk.numbers import find_counts

    found = [(c.text, c.best) for c in find_counts("Двоє людей загинули, ще 9, серед них підліток, дістали травми.")]
    assert ("9", 9) in found


@needs_morph
def test_and_another_group_after_i_shche_is_the_hurt_not_the_dead() -> None:
    (inc,) = _incidents("За добу через обстріли на Запоріжжі одна людина загинула і ще троє дістали поранень, "
                        "повідомив голова ОВА.")
    assert inc.fatalities is not None and inc.fatalities.best == 1
    assert inc.injured is not None and inc.injured.best == 3


@needs_morph
def test_a_victim_the_other_verb_tells_is_not_added_to_the_count() -> None:
    (inc,) = _incidents("Удар по Ізюму: загинув чоловік, п'ятеро поранених.")
    assert inc.fatalities is not None and inc.fatalities.best == 1
    assert inc.injured is not None and inc.injured.best == 5
