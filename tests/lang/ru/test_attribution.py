"""Russian quotes, speakers, chains and hedges (issue #16), on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _quote(report: Any, fragment: str) -> Any:
    found = [q for q in report.quotes if fragment in q.text]
    assert found, [q.text for q in report.quotes]
    return found[0]


def test_quote_then_dash_and_verb_names_the_speaker_after_it(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Глава поселка Иван Сорокин вышел к жителям.\n"
                        "«Снаряд попал в школу, дети не пострадали», — говорит он.")
    q = _quote(report, "Снаряд попал в школу")
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Иван Сорокин"


def test_dialogue_paragraph_with_dash_is_a_direct_quote(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Мы поговорили с Мариной Лебедевой.\n"
                        "— Нас просто бросили в поле без связи, — вспоминает Марина.")
    q = _quote(report, "Нас просто бросили в поле без связи")
    assert q.kind == "direct" and q.speaker is not None and "Марина" in q.speaker.name


def test_po_slovam_x_is_the_source_of_the_rest_of_the_sentence(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("По словам Олега Кравцова, роту отправили на штурм без артиллерии.")
    q = _quote(report, "роту отправили на штурм без артиллерии")
    assert q.kind == "indirect" and q.speaker is not None and q.speaker.name == "Олег Кравцов"


def test_po_dannym_and_kak_soobshchaet_name_the_outlet(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("По данным «Медиазоны», в части сменили командира.\n"
                        "Как сообщает ВЧК-ОГПУ, солдат перевели в другой полк.")
    first = _quote(report, "в части сменили командира")
    assert first.speaker is not None and first.speaker.name == "Медиазона"
    second = _quote(report, "солдат перевели в другой полк")
    assert second.speaker is not None and second.speaker.name == "ВЧК-ОГПУ"
    assert {c.cited for c in report.citations} >= {"Mediazona", "VChK-OGPU"}


def test_content_then_pishet_x(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Под Курском сбит беспилотник, пишет «Важные истории».")
    q = _quote(report, "Под Курском сбит беспилотник")
    assert q.speaker is not None and q.speaker.name == "Важные истории"


def test_telegram_channel_is_the_medium_of_what_the_governor_wrote(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Губернатор Андрей Зимин сообщил в своём телеграм-канале, что ранены четыре человека.")
    q = _quote(report, "ранены четыре человека")
    assert q.speaker is not None and q.speaker.name == "Андрей Зимин"
    assert [c.name for c in q.chain][:2] == ["Андрей Зимин", "Telegram post"]


def test_so_ssylkoy_na_puts_the_outlet_in_the_chain(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Об этом пишет «Вёрстка» со ссылкой на сослуживцев погибшего.\n"
                        "«Его застрелили свои же», — цитирует их издание.")
    q = _quote(report, "Его застрелили свои же")
    assert q.speaker is not None and "сослуживц" in q.speaker.name
    assert "Верстка" in [c.name for c in q.chain] or "Вёрстка" in [c.name for c in q.chain]


def test_told_mediazona_makes_mediazona_the_interviewer(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("Солдат Пётр Голубев рассказал «Медиазоне», что его роту бросили на позициях.")
    q = _quote(report, "его роту бросили на позициях")
    assert q.speaker is not None and q.speaker.name == "Пётр Голубев"
    assert any(c.role == "interviewer" and c.name == "Медиазона" for c in q.chain)


def test_yakoby_makes_a_quote_alleged(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("По словам волонтёров, командир якобы забрал у бойцов телефоны.")
    q = _quote(report, "командир якобы забрал")
    assert "якобы" in q.hedges and q.status == "alleged"


def test_could_not_verify_independently_is_a_hedge(extract_ru: Callable[..., Any]) -> None:
    report = extract_ru("По данным канала Astra, в Клинцах сбит вертолёт; эти сведения не удалось независимо "
                        "проверить.")
    q = _quote(report, "в Клинцах сбит вертолёт")
    assert q.status == "alleged"
