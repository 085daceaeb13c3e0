"""Ukrainian constructions read in the project's fifteenth batch of reports, each pinned on sentences written for
the test: two tolls coordinated count first ("п'ятеро загинули й шестеро дістали поранень"), one man killed told
by his post and a suicide as one death, a crowd stopping the recruiters' vehicle, a place won back from the enemy
named between, villages counted in the genitive plural, positions left in either aspect, and commanders who left
their men told in a relative clause."""

from __future__ import annotations

from datetime import date

import pytest
from tests.lang.uk.uk_run import run_uk

from warlog.lang.uk import morph
from warlog.models import Report

PUB = date(2025, 9, 3)
needs_morph = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")


def _report(text: str, outlet: str = "Тестовий канал") -> Report:
    return run_uk(text, PUB, outlet)


def _types(text: str) -> list[str]:
    return [i.type for i in _report(text).incidents]


def _tolls(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(i.type, i.fatalities.best if i.fatalities else None, i.injured.best if i.injured else None)
            for i in _report(text).incidents]


# -- tolls: two groups coordinated, each count before its own verb -----------------------------------------------

@needs_morph
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Щонайменше п'ятеро людей загинули й шестеро дістали поранень у Костянтинівці, куди росіяни вдарили ракетою.",
     5, 6),
    ("Троє цивільних загинули та 12 отримали поранення внаслідок обстрілу Херсона.", 3, 12),
    ("Унаслідок удару по Харкову двоє людей загинули і чотирнадцятеро були поранені.", 2, 14),
])
def test_a_count_after_and_belongs_to_the_next_verb(text: str, killed: int, injured: int) -> None:
    assert _tolls(text) == [("strike", killed, injured)]


    # (a count after "і" with no verb of its own still belongs to the verb before it)
    assert _tolls("У Запоріжжі під час атаки загинули й четверо людей.") == [("strike", 4, None)]


# -- one death told without a number ------------------------------------------------------------------------------

@needs_morph
@pytest.mark.parametrize("text", [
    "На Миколаївщині морський піхотинець застрелив заступника командира роти.",
    "У частині на Житомирщині солдат вбив свого інструктора.",
    "На Волині військовий застрелив начальника караулу.",
])
def test_one_man_killed_told_by_his_post(text: str) -> None:
    assert _tolls(text) == [("intra_force_killing", 1, None)]


@needs_morph
@pytest.mark.parametrize("text", [
    "На Полтавщині мобілізований наклав на себе руки в частині.",
    "На Київщині військовий скоїв самогубство на території частини.",
])
def test_a_suicide_is_one_death(text: str) -> None:
    assert _tolls(text) == [("non_combat_death", 1, None)]


# -- a crowd stopping the recruiters' vehicle -------------------------------------------------------------------

@needs_morph
@pytest.mark.parametrize("text", [
    "Понад двадцять людей оточили автомобіль ТЦК у Хмельницькому та не дали його вивезти.",
    "У Вінниці місцеві жителі заблокували бус ТЦК, у якому сиділи затримані чоловіки.",
    "Кілька десятків людей обступили машину ТЦК в Ужгороді й вимагали відпустити чоловіка.",
    "Натовп у Тернополі перекрив дорогу автомобілю ТЦК, викрутивши ніпелі з коліс.",
])
def test_a_crowd_stopping_the_recruiters_vehicle_is_a_protest(text: str) -> None:
    assert "protest" in _types(text)
    # (one driver blocking the recruiters' car is no protest)
    assert "protest" not in _types("Біля Рівного водій заблокував автомобіль ТЦК на парковці, бо поспішав.")


# -- territory: won back from the enemy named between, driven out, villages counted ------------------------------

@needs_morph
@pytest.mark.parametrize(("text", "admin1"), [
    ("Бійці 47-ї бригади відбили у російських військ село Новоселівка на Харківщині.", "Kharkiv Oblast"),
    ("Штурмовики відбили в окупантів селище Тернове Донецької області.", "Donetsk Oblast"),
    ("Морпіхи відвоювали в загарбників Кринки на Херсонщині.", "Kherson Oblast"),
    ("Десантники вибили ворога із села Андріївка на Донеччині.", "Donetsk Oblast"),
    ("Прикордонники витіснили росіян з Вовчанська, повідомили в ДПСУ.", "Kharkiv Oblast"),
])
def test_a_place_won_back_with_the_enemy_named_between(text: str, admin1: str) -> None:
    incidents = _report(text).incidents
    assert [i.type for i in incidents] == ["territory_change"]
    assert incidents[0].where is not None and incidents[0].where.admin1 == admin1


@needs_morph
@pytest.mark.parametrize("text", [
    "Навесні росіяни прорвалися на Сумщину, обстріляли Шостку й окупували шість прикордонних сіл.",
    "Минулого тижня ЗСУ відбили атаку під Куп'янськом і звільнили ще вісім сіл на Харківщині.",
])
def test_villages_counted_in_the_genitive_plural(text: str) -> None:
    assert "territory_change" in _types(text)


# -- desertion: positions left, in either aspect ----------------------------------------------------------------

@needs_morph
@pytest.mark.parametrize("text", [
    "Під Покровськом підрозділи ЗСУ залишали бойові позиції без наказу.",
    "За даними слідства, підрозділ залишив свої бойові позиції під Вовчанськом.",
    "Біля Часового Яру взвод покидав оборонні позиції, щойно починався обстріл.",
    "Слідчі встановили, що рота полишала займані позиції під Курахове.",
])
def test_positions_left_in_either_aspect_are_a_desertion(text: str) -> None:
    assert _types(text) == ["desertion_or_surrender"]


# -- abandonment: the commanders in a relative clause -----------------------------------------------------------

@needs_morph
@pytest.mark.parametrize("text", [
    "Полонені розповіли про офіцерів, що кинули їх у лісосмузі під Торецьком.",
    "Під Бахмутом штурмовики взяли в полон двох окупантів, яких командування, що покинуло їх, лишило без їжі.",
    "Під Сватовим солдати розповіли про командира, який залишив їх на позиції й утік.",
])
def test_commanders_who_left_their_men_in_a_relative_clause(text: str) -> None:
    assert "abandonment" in _types(text)


# -- attribution: a qualified "за ... інформацією X", an investigation's finding, a unit's post ------------------

def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    report = _report(text)
    return [(q.kind, text[q.start:q.end], q.speaker.name if q.speaker else None) for q in report.quotes]


@needs_morph
@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Того ж дня інцидент прокоментував Київський обласний ТЦК та СП. За попередньою інформацією центру, чоловік "
     "відмовився показати документи й утік.", "чоловік відмовився показати документи й утік", "ТЦК"),
    ("У Харкові затримали чоловіка. За уточненими даними поліції, він підпалив два автомобілі військових.",
     "він підпалив два автомобілі військових", "поліція"),
])
def test_according_to_with_a_qualifier_between(text: str, content: str, speaker: str) -> None:
    assert ("indirect", content, speaker) in _quotes(text)


@needs_morph
def test_an_investigations_finding_is_its_statement() -> None:
    text = "Слідство вважає, що командир батальйону не організував оборону села."
    assert _quotes(text) == [("indirect", "командир батальйону не організував оборону села", "слідство")]


@needs_morph
def test_a_units_quoted_name_is_a_unit_not_a_place() -> None:
    report = _report("Штурмовики «Сокола» звільнили село Нескучне на Донеччині.")
    assert [(e.label, e.text) for e in report.entities if e.text == "Сокола"] == [("UNIT", "Сокола")]


@needs_morph
def test_the_post_of_a_unit_named_after_the_message_noun_is_its_statement() -> None:
    text = "«Ми звільнили село від окупантів», — ідеться в дописі «Сокола»."
    assert [(kind, speaker) for kind, _, speaker in _quotes(text)] == [("direct", "Сокола")]
