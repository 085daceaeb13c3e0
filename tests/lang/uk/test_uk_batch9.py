"""Ukrainian constructions read in the project's ninth batch of reports, each pinned on sentences written for the
test: an ОВА roundup whose towns are told by their damage only (impersonal passives, a town whose verb is left out
after a dash), and the lead's worst-hit town retold in its turn in the list."""

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


def _towns(found) -> set[str]:  # type: ignore[no-untyped-def]
    return {i.where.name for i in found if i.where is not None}


_ROUNDUP = ("Учора росіяни обстріляли Харківщину, повідомив голова ОВА Олег Синєгубов.\n"
            "«У Балаклії поранено чоловіка. У Лозовій пошкоджено школу та два будинки. У Зачепилівці зруйновано "
            "склад. У Барвінковому пошкоджені автівки», – написав він.")


@needs_morph
def test_a_town_told_by_its_damage_alone_in_a_roundup_is_a_strike() -> None:
    found = _incidents(_ROUNDUP)
    assert len(found) == 4
    assert all(i.type == "strike" for i in found)


@needs_morph
def test_damage_without_any_attack_in_the_post_is_no_strike() -> None:
    found = _incidents("У Лозовій пошкоджено дорогу після зливи, комунальники вже латають ями.")
    assert not found


@needs_morph
def test_a_district_told_by_its_damage_sums_up_its_towns() -> None:
    found = _incidents("Учора росіяни вдарили по Балаклії дроном, поранено чоловіка. У Ізюмському районі "
                       "пошкоджено два будинки, у Чугуївському — школу.")
    assert len(found) == 1


@needs_morph
def test_a_town_whose_verb_is_left_out_after_a_dash_takes_the_previous_clause() -> None:
    found = _incidents("Вночі ворог атакував Сумщину дронами. «У Ромнах зруйновано гараж, у Конотопі – дві хати "
                       "і сарай», – написав голова ОВА.")
    assert len(found) == 2


@needs_morph
def test_the_leads_town_retold_in_its_turn_in_the_list_is_one_incident() -> None:
    found = _incidents("Унаслідок учорашнього удару по Ізюму загинули двоє людей, повідомив голова ОВА.\n"
                       "«У Балаклії пошкоджено будинок. У Лозовій поранено жінку. У Ізюмі загинули двоє чоловіків, "
                       "ще троє поранені, пошкоджено магазин», – написав він.")
    izium = [i for i in found if i.where is not None and i.where.name.startswith("Iz")]
    assert len(izium) == 1
    assert izium[0].fatalities is not None and izium[0].fatalities.best == 2
    assert izium[0].injured is not None and izium[0].injured.best == 3


@needs_morph
def test_a_lead_that_sums_up_two_towns_keeps_them_apart_past_a_third() -> None:
    found = _incidents("Окупанти поранили п'ятьох жителів області: трьох у Лозовій і двох у Балаклії.\n"
                       "Уночі ворог бив з артилерії по Ізюму — пошкоджено школу. По Лозовій вдарили ракетою — троє "
                       "поранених. У Балаклії поранено двох людей.")
    assert len(_towns(found)) == 3


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.geo.precision if e.geo else None) for e in _report(text).entities if e.label == "PLACE"]


@needs_morph
def test_a_town_named_like_a_man_is_the_place_when_it_is_attacked() -> None:
    assert ("Ізмаїл", "settlement") in _places("Уночі окупанти обстріляли Ізмаїл ракетами.")
    assert ("Ізмаїл", "settlement") in _places("Ізмаїл уранці атакували дрони.")


@needs_morph
def test_a_man_attacked_is_still_a_person() -> None:
    found = [e for e in _report("Грабіжник атакував Марину Коваль біля під'їзду.").entities if e.label == "PERSON"]
    assert found


@needs_morph
def test_a_town_attacked_by_name_gives_the_strike_its_place() -> None:
    (inc,) = _incidents("Сьогодні вранці ворог атакував Ізмаїл безпілотниками, пошкоджено склад.")
    assert inc.where is not None and inc.where.admin1 == "Odesa Oblast"


@needs_morph
def test_on_zaporizhzhia_is_the_oblast_and_in_it_the_city() -> None:
    assert ("Запоріжжі", "region") in _places("Дрон атакував автобус на Запоріжжі.")
    assert ("Запоріжжі", "settlement") in _places("Дрон атакував автобус у Запоріжжі.")


@needs_morph
def test_a_headline_on_the_oblast_joins_the_story_in_its_district() -> None:
    found = _incidents("Двоє людей поранені через удар дрона на Запоріжжі\n"
                       "Двоє людей дістали поранень, коли російський дрон атакував автомобіль у Василівському "
                       "районі, повідомив голова ОВА.")
    assert len(found) == 1


@needs_morph
@pytest.mark.parametrize("text,hurt", [
    ("Уночі дрон атакував Конотоп. Поранення дістали 52-річна жінка і семирічний хлопчик.", 2),
    ("Уночі дрон атакував Конотоп. Уламками скла поранено чоловіка, жінку та п'ятирічну дівчинку.", 3),
    ("Уночі дрон атакував Конотоп. Водій і пасажир отримали поранення.", 2),
])
def test_victims_listed_one_by_one_are_counted(text: str, hurt: int) -> None:
    (inc,) = _incidents(text)
    assert inc.injured is not None and inc.injured.best == hurt


@needs_morph
def test_the_dead_listed_before_their_verb_are_counted() -> None:
    (inc,) = _incidents("Увечері росіяни обстріляли Херсон з артилерії. Чоловік і жінка загинули на місці.")
    assert inc.fatalities is not None and inc.fatalities.best == 2


_CASE = ("Прокурори Харківської обласної прокуратури повідомили про підозру військовослужбовцю, повідомили 3 травня в "
         "Офісі генпрокурора.\n"
         "За даними слідства, сержант побив призовника, якого привезли до частини.\n"
         "Потерпілий дістав тілесні ушкодження середньої тяжкості.\n"
         "Суд узяв його під варту на два місяці.")


@needs_morph
def test_a_court_remand_told_with_the_verb_taking_is_an_arrest() -> None:
    assert any(i.type == "arrest_or_detention" for i in _incidents(_CASE))


@needs_morph
def test_the_unnamed_man_of_a_prosecutors_story_anchors_its_events() -> None:
    types = {i.type for i in _incidents(_CASE)}
    assert "attack_on_civilians" in types


@needs_morph
def test_a_story_with_no_place_takes_the_region_of_the_office_handling_it() -> None:
    for inc in _incidents(_CASE):
        assert inc.where is not None and inc.where.admin1 == "Kharkiv Oblast"


@needs_morph
def test_the_prosecutors_office_of_the_lead_is_a_source() -> None:
    for inc in _incidents(_CASE):
        assert any("прокуратури" in s for s in inc.sources)


@needs_morph
def test_bodily_harm_to_a_beaten_man_is_one_injured() -> None:
    beating = next(i for i in _incidents(_CASE) if i.type == "attack_on_civilians")
    assert beating.injured is not None and beating.injured.best == 1


@needs_morph
def test_a_pronoun_alone_anchors_no_strike() -> None:
    assert not _incidents("Він каже, що ворог атакує щоночі.")


@needs_morph
def test_surrender_to_the_forces_named_is_a_surrender() -> None:
    found = _incidents("Російський штурмовик вийшов з лісосмуги і здався українським прикордонникам на "
                       "Куп'янському напрямку.")
    assert [i.type for i in found] == ["desertion_or_surrender"]


@needs_morph
def test_a_front_direction_is_placed_in_its_towns_region() -> None:
    places = [e for e in _report("Бої тривають на Покровському напрямку.").entities if e.label == "PLACE"]
    assert places and places[0].geo is not None and places[0].geo.admin1 == "Donetsk Oblast"


@needs_morph
def test_drones_that_caused_destruction_struck() -> None:
    (inc,) = _incidents("Минулої ночі ударні дрони завдали руйнувань у Прилуках, загорівся склад.")
    assert inc.type == "strike"


@needs_morph
def test_a_quote_opening_on_a_quoted_name_runs_to_its_unpaired_closing_mark() -> None:
    report = _report("Вночі бригада відбила штурм на Лиманському напрямку.\n"
                     "«Азов» тримає ці позиції вже третій місяць, і ворог тут не пройде», — зазначили в бригаді.")
    (quote,) = [q for q in report.quotes if "тримає ці позиції" in q.text]
    assert quote.text.startswith("«Азов»") and quote.text.endswith("не пройде")
    assert quote.speaker is not None and quote.speaker.name == "бригада"


@needs_morph
def test_two_hromadas_under_one_head_noun_are_two_strikes() -> None:
    found = _incidents("Уночі через атаки FPV-дронів пошкоджено будинки в селах Краснопільської та "
                       "Миропільської громад.")
    assert len(found) == 2
    assert len(_towns(found)) == 2


@needs_morph
def test_hromadas_listed_under_their_district_stay_one_strike() -> None:
    found = _incidents("По Шосткинському району ворог бив дронами, потерпали райцентр, Середино-Будська й "
                       "Ямпільська громади. Поранено чоловіка.")
    assert len(found) == 1
