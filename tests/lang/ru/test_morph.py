"""Inflected Russian names and places back to the dictionary form (issue #16)."""

from __future__ import annotations

import pytest

from warlog.lang.ru.morph import LemmaText, name_nominative, place_forms, place_lemma


@pytest.mark.parametrize(("name", "nominative"), [
    ("Романа Мельникова", "Роман Мельников"),
    ("Андреем Марчуком", "Андрей Марчук"),
    ("Екатерины Беловой", "Екатерина Белова"),
    ("Игорю Кобзеву", "Игорь Кобзев"),
    ("Анжелика Васильевна Самойлова", "Анжелика Васильевна Самойлова"),
    ("Сергея Петровича Иванова", "Сергей Петрович Иванов"),
])
def test_names_in_any_case_back_to_the_nominative(name: str, nominative: str) -> None:
    assert " ".join(name_nominative(name.split())) == nominative


def test_a_surname_alone_in_the_nominative_stays_as_written() -> None:
    assert name_nominative(["Белова"]) == ["Белова"]


@pytest.mark.parametrize(("mention", "form"), [
    ("Макеевкой", "Макеевка"),
    ("Кременной", "Кременная"),
    ("Белгородской области", "Белгородская область"),
    ("Краснодарского края", "Краснодарский край"),
    ("Сватовом", "Сватово"),
])
def test_inflected_places_to_the_dictionary_form(mention: str, form: str) -> None:
    assert place_forms(mention)[0] == form


def test_plural_town_keeps_its_surface_form_when_the_lemma_is_no_place() -> None:
    known = {"Крынки"}.__contains__
    assert place_forms("Крынки") == ["Крынка", "Крынки"]  # the lemmatiser's singular comes first...
    assert place_lemma("Крынки", known) is None  # ...but the gazetteer knows the town by its surface form
    assert place_lemma("Крынках", known) == "Крынки"


def test_lemma_text_maps_matches_back_to_the_surface() -> None:
    text = "Вечером ВСУ обстреляли село."
    lemmas = LemmaText.of(text)
    at = lemmas.text.index("обстрелять")
    span = lemmas.to_surface(at, at + len("обстрелять"))
    assert span is not None and text[span[0]:span[1]] == "обстреляли"
