"""Russian entities (units, forces, outlets with Latin names, places with lemmas) and people (issue #16)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def _entity(report: Any, text: str) -> Any:
    found = [e for e in report.entities if e.text == text]
    assert found, [(e.text, e.label) for e in report.entities]
    return found[0]


@pytest.mark.parametrize(("text", "label"), [
    ("в/ч 12345", "UNIT"), ("ЧВК «Вагнер»", "UNIT"), ("Шторм Z", "UNIT"), ("155-й бригады морской пехоты", "UNIT"),
    ("ВСУ", "ORG"), ("ВС РФ", "ORG"), ("Минобороны России", "ORG"),
])
def test_units_and_forces(extract_ru: Callable[..., Any], text: str, label: str) -> None:
    report = extract_ru("В сообщении ВС РФ и ВСУ упомянуты в/ч 12345, ЧВК «Вагнер», отряд Шторм Z и бойцы "
                        "155-й бригады морской пехоты; Минобороны России это не комментирует.")
    assert _entity(report, text).label == label


def test_outlets_in_any_case_and_script_fold_to_one_source(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Об этом рассказали «Медиазоне». По данным «Важных историй», полк расформировали; "
                        "позже новость подтвердила Mediazona.")
    outlets = {e.text: e.lemma for e in report.entities if e.label == "OUTLET"}
    assert outlets["Медиазоне"] == "Медиазона" and outlets["Важных историй"] == "Важные истории"
    assert {c.cited for c in report.citations} >= {"Mediazona", "iStories"}


def test_places_carry_their_dictionary_form(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Бои идут в Кременной и под Макеевкой, а в Белгородской области объявили тревогу.")
    assert _entity(report, "Кременной").lemma == "Кременная"
    assert _entity(report, "Макеевкой").lemma == "Макеевка"
    region = _entity(report, "Белгородской области")
    assert region.lemma == "Белгородская область"
    assert region.geo is not None and region.geo.country == "RU" and region.geo.precision == "region"


def test_front_adjective_names_its_town(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Полк перебросили на Авдеевский участок, а затем в Авдеевский укрепрайон.")
    place = _entity(report, "Авдеевский укрепрайон")
    assert place.label == "PLACE" and place.lemma == "Авдеевка"


def test_people_in_the_nominative_with_short_forms(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Мать Романа Мельникова рассказала, что Роман служил в Курской области. "
                        "«Он звонил нам каждый день», — говорит Ольга Мельникова.")
    names = {p.name: p for p in report.people}
    roman = names["Роман Мельников"]
    assert {s.text for s in roman.spans} >= {"Романа Мельникова", "Роман"}
    assert "relative" not in roman.roles  # "Мать Романа": his mother is the relative
    assert "Ольга Мельникова" in names


def test_diminutive_joins_the_full_name() -> None:
    from warlog.lang.ru.people import group_people
    from warlog.models import Entity

    entities = [Entity(id="e1", text="Алексея Арсютина", label="PERSON", start=0, end=16, lemma="Алексей Арсютин"),
                Entity(id="e2", text="Лёша", label="PERSON", start=30, end=34)]
    [person] = group_people(entities)
    assert person.name == "Алексей Арсютин" and len(person.mentions) == 2


def test_patronymic_kept_and_role_from_title(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Губернатор Вячеслав Владимирович Гладков сообщил о двух раненых.")
    [person] = report.people
    assert person.name == "Вячеслав Владимирович Гладков" and "official" in person.roles


def test_fates_rank_and_age(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Рядовой Андрей Волков, 23 года, погиб под Кременной. Сержант Илья Орлов был задержан.")
    people = {p.name: p for p in report.people}
    volkov = people["Андрей Волков"]
    assert {a.name: a.value for a in volkov.attributes}.items() >= {"rank": "private", "age": "23"}.items()
    assert [f.status for f in volkov.fates] == ["killed"]
    assert [f.status for f in people["Илья Орлов"].fates] == ["detained"]
