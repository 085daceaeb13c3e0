"""Russian and Ukrainian place resolution: cases helpers found in session 9, on sentences of our own.

Each test reads the PLACE entities' ``geo`` of ``warlog.extract``."""

from __future__ import annotations

from typing import Any

import pytest

import warlog
from warlog.geo.resolve import Resolver


def _geo(settings: Any, text: str, name: str, language: str = "ru") -> Any:
    report = warlog.extract(text, settings=settings, published="2025-03-14", language=language)
    place = next(e for e in report.entities if e.label == "PLACE" and e.text == name)
    return place.geo


# 1. a region later in the sentence that belongs to someone else ("житель Курской области") does not take a town
#    across the war's front into it
@pytest.mark.parametrize("text", [
    "Под Луганском погиб житель Курской области Иван Петров.",
    "В боях под Луганском погиб военнослужащий из Курской области.",
    "Под Луганском погиб мобилизованный из Курска, сообщили в администрации Курской области.",
])
def test_a_town_across_the_front_keeps_its_own_region(settings, text):  # type: ignore[no-untyped-def]
    geo = _geo(settings, text, "Луганском")
    assert geo is not None and geo.name == "Luhansk" and geo.admin1 == "Luhansk Oblast"


# 2. "село X" in a report from the war is a village of the war's countries, not a city abroad that bore the name
@pytest.mark.parametrize("text", [
    "Российские войска обстреляли село Шевченко, погибла женщина.",
    "Украинские военные сообщили о боях за село Шевченко.",
])
def test_a_village_by_the_name_a_foreign_city_once_bore(settings, text):  # type: ignore[no-untyped-def]
    geo = _geo(settings, text, "Шевченко")
    assert geo is not None and geo.country == "UA"


# 3. a place the text also names by another of its names ("Артемовска (Бахмута)") is that place, not a namesake
#    near it
@pytest.mark.parametrize("text", [
    "Бойцы, выбравшиеся из-под Артемовска (Бахмута), отказались возвращаться в Артемовск.",
    "Военные ВСУ, вышедшие из Артемовска (Бахмута), записали обращение. Они не хотят снова ехать в Артемовск.",
])
def test_a_place_named_by_two_of_its_names(settings, text):  # type: ignore[no-untyped-def]
    report = warlog.extract(text, settings=settings, published="2025-03-14", language="ru")
    geos = [e.geo for e in report.entities if e.label == "PLACE" and e.text.startswith("Артемовск")]
    assert geos and all(g is not None and g.name == "Bakhmut" for g in geos)


# 4. a market, street or cemetery named by an adjective "of <city>" is that city, not a district of the adjective
@pytest.mark.parametrize(("text", "name"), [
    ("Полиция провела рейд на Хилокском рынке Новосибирска.", "Хилокском рынке"),
    ("Мигрантов с Хилокского рынка Новосибирска доставили в военкомат.", "Хилокского рынка"),
    ("Прощание с погибшим бойцом прошло на Заельцовском кладбище Новосибирска.", "Заельцовском кладбище"),
    ("Силовики провели рейд на Хилокский рынок Новосибирска.", "Хилокский"),
])
def test_an_urban_feature_of_a_city_is_the_city(settings, text, name):  # type: ignore[no-untyped-def]
    geo = _geo(settings, text, name)
    assert geo is not None and geo.name == "Novosibirsk"


# 5. a one-word name in an oblique adjectival case ("в Октябрьском") is looked up as the adjective too, so its
#    many namesakes show, and the one region the text states wins over a lone town of a similar name elsewhere
def test_an_adjectival_name_is_read_as_an_adjective(default_gazetteer):  # type: ignore[no-untyped-def]
    from warlog.geo.normalize import adjectival_forms

    assert "октябрьский" in adjectival_forms("в Октябрьском")
    assert "первомайське" in adjectival_forms("Первомайському")
    assert adjectival_forms("Луганск") == []
    names = {m.place.name for m in default_gazetteer.matches("Октябрьском")}
    assert "Oktyabr’sk" in names and "Oktyabrsky" in names


def test_an_adjectival_village_in_the_stated_region(default_gazetteer):  # type: ignore[no-untyped-def]
    from warlog.geo import PlaceMention

    text = "По данным полиции по Краснодарскому краю, в Октябрьском упали обломки дрона."
    spans = [("Краснодарскому краю", "region"), ("Октябрьском", "unknown")]
    mentions = [PlaceMention(text.index(s), text.index(s) + len(s), s, hint) for s, hint in spans]
    geo = Resolver(default_gazetteer).resolve(text, mentions, country_hint="RU")[1]
    assert geo is not None and geo.name == "Krasnodar Krai"


# 6. a village "на межі Дніпропетровської та Донецької областей" may lie in either region
@pytest.mark.parametrize(("text", "name"), [
    ("Бійці відбили село Філія на адміністративній межі Дніпропетровської та Донецької областей.", "Філія"),
    ("Російські війська атакували село Новопавлівка на межі Дніпропетровської та Донецької областей.",
     "Новопавлівка"),
])
def test_any_region_under_one_plural_head(settings, text, name):  # type: ignore[no-untyped-def]
    geo = _geo(settings, text, name, "uk")
    assert geo is not None and geo.precision != "region" and geo.admin1 == "Dnipropetrovsk Oblast"


def test_a_region_sharing_the_next_ones_head_is_a_region(settings):  # type: ignore[no-untyped-def]
    geo = _geo(settings, "Бої точаться біля села Андріївка на межі Харківської та Донецької областей.",
               "Харківської", "uk")
    assert geo is not None and geo.precision == "region" and geo.admin1 == "Kharkiv Oblast"


# Counter-examples from the review of the change.

def test_a_district_named_by_its_adjective_stays_the_district() -> None:
    import warlog
    report = warlog.extract("У Покровському районі Донецької області загинули двоє цивільних.", published="2025-03-14")
    districts = [e.geo.precision for e in report.entities if e.label == "PLACE" and e.text.startswith("Покровськ")]
    assert districts == ["district"]


def test_a_russian_city_in_the_locative_is_no_region_adjective() -> None:
    from warlog.geo.context import _REGION_ADJECTIVE
    assert not _REGION_ADJECTIVE.search("Донецке") and not _REGION_ADJECTIVE.search("Брянске")
    assert _REGION_ADJECTIVE.search("Дніпропетровської") and _REGION_ADJECTIVE.search("Луганской")
