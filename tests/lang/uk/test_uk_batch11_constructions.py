"""Ukrainian constructions read in the project's eleventh batch of reports, each pinned on sentences written for the
test: enemy soldiers taken prisoner or laying down arms told from the captors' side (a brigade's press service),
a comment as a statement, and footage a unit released as the source of what it shows."""

from __future__ import annotations

from datetime import date

import pytest
from tests.lang.uk.uk_run import run_uk

from warlog.lang.uk import morph
from warlog.models import Report

PUB = date(2025, 9, 3)
needs_morph = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")


def _report(text: str) -> Report:
    return run_uk(text, PUB, "Тестовий канал")


def _types(text: str) -> list[str]:
    return [i.type for i in _report(text).incidents]


# -- capture of enemy soldiers, told by the captors ----------------------------------------------------------------

@needs_morph
def test_a_unit_taking_a_group_of_enemy_soldiers_prisoner_is_a_surrender() -> None:
    types = _types("Розвідники 41-ї бригади взяли в полон чотирьох російських штурмовиків на Лиманському напрямку.")
    assert types == ["desertion_or_surrender"]


@needs_morph
def test_polonyly_with_the_occupiers_named_is_a_surrender() -> None:
    assert _types("Під Куп'янськом десантники полонили трьох окупантів.") == ["desertion_or_surrender"]


@needs_morph
def test_one_man_of_ours_taken_prisoner_is_no_surrender() -> None:
    # a pronoun, not a group of soldiers: the capture of one of our own (a detention), not a surrender
    assert "desertion_or_surrender" not in _types("Боєць заблукав у посадці, і там його взяли в полон.")


@needs_morph
def test_soldiers_persuaded_to_lay_down_arms_is_a_surrender() -> None:
    types = _types("Оператори дронів переконали двох ворожих піхотинців скласти зброю біля Вовчанська.")
    assert types == ["desertion_or_surrender"]


@needs_morph
def test_a_call_to_lay_down_arms_is_no_event() -> None:
    assert not _types("Командування закликало російських солдатів під Вовчанськом скласти зброю.")


@needs_morph
def test_surrendered_with_the_men_named_after_the_verb() -> None:
    assert _types("Після обстрілу з бліндажа вийшли і здалися ще двоє окупантів.") == ["desertion_or_surrender"]


# -- attribution --------------------------------------------------------------------------------------------------

@needs_morph
def test_a_short_comment_after_a_dash_is_a_quote_of_the_unit() -> None:
    report = _report("Бійці відбили штурм біля Часового Яру.\n«Чудова робота!» — стисло прокоментували в полку.")
    quote = next(q for q in report.quotes if "Чудова робота" in report.document.text[q.start:q.end])
    assert quote.speaker is not None and "полк" in quote.speaker.text


@needs_morph
def test_footage_released_by_a_press_service_sources_what_it_shows() -> None:
    report = _report("Оператори 92-ї бригади взяли в полон двох російських військових у Харківській області. "
                     "Відео опублікувала пресслужба бригади.")
    incident = next(i for i in report.incidents if i.type == "desertion_or_surrender")
    names = " ".join(incident.sources) + " " + " ".join(
        c.name for q in report.quotes for c in q.chain)
    assert "бригад" in names.lower()


# -- an ОВА roundup's districts, the second and third with their noun and verb left out ----------------------------

@needs_morph
def test_districts_gapped_after_a_district_strike_are_strikes_of_their_own() -> None:
    report = _report("Учора окупанти обстріляли Харківщину, повідомив голова ОВА.\n"
                     "За його словами, через обстріли в Ізюмському районі пошкоджено лінію електропередачі, "
                     "у Чугуївському — два гаражі, у Куп'янському — склад.")
    places = {i.where.name for i in report.incidents if i.where is not None and i.type == "strike"}
    assert len([p for p in places if "raion" in p.lower()]) == 3


@needs_morph
def test_a_gapped_district_does_not_join_a_village_of_it_told_earlier() -> None:
    # Куп'янська громада is in Куп'янський район: the gapped district after another district is a list item, not a
    # retelling of the village
    report = _report("«У селі Кіндрашівка Куп'янської громади поранено чоловіка», — написав голова ОВА.\n"
                     "Через обстріли в Чугуївському районі пошкоджено будинок, у Куп'янському — школу.")
    assert len(report.incidents) == 3


# -- prosecutors' copy: the execution of captives ------------------------------------------------------------------

@needs_morph
def test_an_execution_noun_with_its_agent_between_counts_the_victims() -> None:
    report = _report("Прокурори розслідують розстріл окупантами трьох полонених морпіхів біля Роботиного.")
    assert [i.type for i in report.incidents] == ["attack_on_civilians"]
    assert report.incidents[0].fatalities is not None and report.incidents[0].fatalities.best == 3


@needs_morph
def test_captives_shot_by_their_captor_joins_the_lead_and_takes_its_date_and_source() -> None:
    report = _report("Прокуратура розслідує розстріл двох полонених біля Родинського\n"
                     "Слідчі розпочали розслідування розстрілу російськими військовими двох полонених на "
                     "Покровському напрямку.\n"
                     "Як повідомила обласна прокуратура, 3 серпня окупанти взяли в полон двох бійців ЗСУ.\n"
                     "Коли беззбройні чоловіки стояли біля посадки, один із росіян відкрив по них вогонь і вбив їх.")
    shot = [i for i in report.incidents if i.type == "attack_on_civilians"]
    assert len(shot) == 1
    assert shot[0].when.start == date(2025, 8, 3)
    assert any("прокуратур" in s.lower() for s in shot[0].sources)


@needs_morph
def test_a_front_sector_holds_a_village_of_its_oblast() -> None:
    report = _report("Росіяни розстріляли трьох полонених біля Родинського\n"
                     "Окупанти розстріляли трьох полонених на Покровському напрямку, повідомили в прокуратурі.")
    assert len(report.incidents) == 1


@needs_morph
def test_a_general_statement_about_killing_captives_is_no_event() -> None:
    assert not _types("Вбивство полонених є тяжким воєнним злочином, нагадали в прокуратурі.")


# -- a toll's people listed town by town after a colon, each town's verb left out -----------------------------------

_LISTED = ("Минулої доби росіяни обстріляли шість населених пунктів Харківщини, повідомив голова ОВА.\n"
           "«Поранення дістали двоє людей: у селищі Слатине Дергачівської громади — 51-річний чоловік, у місті "
           "Балаклії — 38-річна жінка», — написав він.")


@needs_morph
def test_towns_listed_after_a_colon_are_strikes_of_their_own() -> None:
    found = [i for i in _report(_LISTED).incidents if i.type == "strike"]
    towns = {i.where.name for i in found if i.where is not None}
    assert towns == {"Slatyne", "Balakliya"}
    assert len(found) == 2


@needs_morph
def test_each_listed_town_counts_its_one_victim_of_the_verbs_kind() -> None:
    found = [i for i in _report(_LISTED).incidents if i.type == "strike"]
    assert all(i.injured is not None and i.injured.best == 1 for i in found)
    assert all(i.fatalities is None or i.fatalities.best == 0 for i in found)


@needs_morph
def test_a_dead_victim_listed_after_the_dash_is_a_death() -> None:
    report = _report("Унаслідок ударів загинули двоє людей: у селі Борова — 70-річний чоловік, у місті Ізюмі — "
                     "жінка.")
    found = [i for i in report.incidents if i.type == "strike"]
    assert len(found) == 2
    assert all(i.fatalities is not None and i.fatalities.best == 1 for i in found)


# -- an earlier attack on the same town, recalled at the story's end ------------------------------------------------

_RECALL = ("Росіяни обстріляли Куп'янськ, поранено чоловіка\n"
           "У вівторок, 2 вересня, окупанти вдарили по Куп'янську з артилерії. Поранено 40-річного чоловіка.\n"
           "Минулого разу ворог обстрілював місто 14 серпня, тоді загинули троє людей.")


@needs_morph
def test_the_previous_attack_recalled_keeps_its_own_date_and_toll() -> None:
    found = _report(_RECALL).incidents
    assert len(found) == 2
    news = [i for i in found if i.when.start == date(2025, 9, 2)]
    assert len(news) == 1
    assert news[0].fatalities is None or news[0].fatalities.best == 0
    assert news[0].injured is not None and news[0].injured.best == 1
    earlier = next(i for i in found if i is not news[0])
    assert earlier.when.start == date(2025, 8, 14)
    assert earlier.fatalities is not None and earlier.fatalities.best == 3


@needs_morph
def test_preliminarily_is_not_previously() -> None:
    # "попередньо" (preliminarily) tells how the strike was made, not an earlier one
    found = _report("Окупанти вдарили по Балаклії, поранено жінку\n"
                    "Уранці росіяни атакували Балаклію. Попередньо удар завдали ракетою.").incidents
    assert len(found) == 1


@needs_morph
def test_a_victim_told_by_the_care_given_to_her_is_one_hurt() -> None:
    found = _report("Окупанти вдарили по Балаклії з РСЗВ. На місці медики надають допомогу 58-річній жінці.").incidents
    assert len(found) == 1
    assert found[0].injured is not None and found[0].injured.best == 1
