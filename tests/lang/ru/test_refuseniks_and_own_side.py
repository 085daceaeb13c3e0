"""Russian constructions from session 8's reading: a munition let fall on one's own side by mistake, refuseniks
held somewhere (a detention, not a refusal), a witness's account going on "По его словам" in the next paragraph,
a man "из <country>" who is not where the event was, and "от боёв" (kept out of fighting, no clash).

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.mark.parametrize("text", [
    "Российские военные по ошибке сбросили с квадрокоптера гранату на собственные окопы под Ровеньками 3 марта.",
    "Под Ровеньками 3 марта оператор случайно уронил мину на своих товарищей.",
])
def test_a_munition_dropped_on_ones_own_side_is_friendly_fire(extract_ru: Callable[..., Any], text: str) -> None:
    report = extract_ru(text)
    assert [i.type for i in report.incidents] == ["friendly_fire"]


def test_a_bomb_on_ones_own_house_is_no_friendly_fire(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Ровеньками 3 марта дрон сбросил боеприпас на свой дом, рассказал местный житель.")
    assert "friendly_fire" not in [i.type for i in report.incidents]


@pytest.mark.parametrize("text", [
    "В подвале школы в Сватово 5 июня удерживают контрактников, которые отказались идти на штурм.",
    "Родные показали видео из части в Сватово, где 5 июня заперли отказников.",
    "Лагерь для отказников в Сватово открылся 5 июня.",
])
def test_refuseniks_held_somewhere_are_detained(extract_ru: Callable[..., Any], text: str) -> None:
    report = extract_ru(text)
    assert [i.type for i in report.incidents] == ["arrest_or_detention"]


def test_a_refusal_alone_stays_a_refusal(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Сватово 5 июня десять мобилизованных отказались идти на штурм.")
    assert [i.type for i in report.incidents] == ["refusal_to_fight"]


def test_the_witness_account_in_the_next_paragraph_anchors_the_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Солдаты по ошибке сбросили с дрона гранату на свои позиции, рассказал бывший сапёр.\n"
                        "По его словам, двое бойцов тогда получили ранения.")
    assert [i.type for i in report.incidents] == ["friendly_fire"]


def test_a_mercenary_from_a_country_is_not_placed_there(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("10 мая наемники ВСУ из Бразилии по ошибке вступили в бой со своими у села Липцы.")
    where = report.incidents[0].where
    assert where is not None and where.name == "Липцы"


def test_kept_out_of_fighting_is_no_clash(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Липцах 10 мая раненых отстранили от боев и отправили в тыл.")
    assert "armed_clash" not in [i.type for i in report.incidents]


def test_a_dated_placed_event_after_an_unplaced_one_is_its_own(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Бойцы по ошибке обстреляли собственные позиции, рассказал бывший сапёр.\n"
                        "По его словам, двое бойцов тогда погибли.\n"
                        "10 мая в силовых структурах сообщили, что военные по ошибке обстреляли своих у села Липцы.",
                        published="2024-05-20")
    assert [i.type for i in report.incidents] == ["friendly_fire", "friendly_fire"]


def test_the_leads_day_does_not_split_the_headlines_event(extract_ru: Callable[..., Any]) -> None:
    # the headline's place may go unrecognised; the lead gives the place and the day of the same event
    report = extract_ru("Под Работиным свои минометы накрыли взвод\n\n"
                        "Во вторник под селом Работино в Запорожской области российские минометчики ударили по своим, "
                        "погибли трое бойцов.", published="2024-05-17")
    assert [i.type for i in report.incidents] == ["friendly_fire"]
