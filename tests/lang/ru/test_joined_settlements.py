"""Settlements joined in one clause of a strike sentence (session 8's reading): "повреждены дома в селе Ивановка и
посёлке Лесной" tells a strike in each; a sentence with a toll is left whole (whose dead they were it does not
say); a list of many places sums the day up.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_two_joined_settlements_are_two_strikes(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Белгородской области 4 мая при обстреле повреждены дома в селе Ивановка и поселке Лесной.",
                        published="2024-05-04")
    assert sorted(i.where.text for i in report.incidents if i.where) == ["Ивановка", "Лесной"]


def test_a_toll_keeps_the_sentence_one_event(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("В Белгородской области 4 мая при обстреле в селе Ивановка и поселке Лесной погиб мужчина.",
                        published="2024-05-04")
    assert len(report.incidents) == 1


def test_a_settlement_joined_after_a_locative_is_a_locative_too() -> None:
    from warlog.lang.ru.incidents import _LOCATIVE_BEFORE

    assert _LOCATIVE_BEFORE.search("повреждены дома в селе Ивановка и поселке ")
    assert not _LOCATIVE_BEFORE.search("жители Ивановки и ")
