"""Russian, Ukrainian and English told apart on short posts (issue #16), written for these tests."""

from __future__ import annotations

import pytest

from warlog.stages.clean import detect_language


@pytest.mark.parametrize(("text", "expected"), [
    # Russian: ы э ё, or Russian-only function words when the post has none of them.
    ("Село под огнем.", "ru"),
    ("Взрыв в центре города, есть пострадавшие.", "ru"),
    ("Это был дрон.", "ru"),
    ("Враг атаковал ночью.", "ru"),
    ("Мы в подвале, света нет уже третий день, связь пропадает", "ru"),
    # Ukrainian: і ї є ґ, or Ukrainian-only function words.
    ("Село під обстрілом.", "uk"),
    ("Вибух у центрі міста.", "uk"),
    ("Він був на позиції.", "uk"),
    ("Ворог атакував вночі, є загиблі", "uk"),
    ("Ґрунтова дорога зруйнована", "uk"),
    # English, long enough for the statistical detector.
    ("Two soldiers were killed near the village overnight, officials said.", "en"),
    ("Two killed as shells hit the market", "en"),
])
def test_short_posts_in_three_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_russian_post_quoting_a_ukrainian_place_stays_russian() -> None:
    assert detect_language("Обстрел Харькова (укр. Харків): погибли двое, ранены пятеро мирных жителей.") == "ru"


def test_cyrillic_post_with_no_telling_letter_or_word_is_left_undecided() -> None:
    assert detect_language("Москва") is None


def test_an_ordinal_ending_after_a_hyphen_is_no_ukrainian_word() -> None:
    # "76-й" ends like the Ukrainian "й" ("and"); a Russian sentence without ы, э or ё stays Russian
    from warlog.stages.clean import detect_language
    assert detect_language("В Пскове погиб военнослужащий 76-й дивизии, сообщили в штабе.") == "ru"
