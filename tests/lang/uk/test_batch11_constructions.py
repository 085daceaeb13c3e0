"""Ukrainian constructions read in the project's eleventh batch of reports, each pinned on sentences written for the
test: enemy soldiers taken prisoner or laying down arms told from the captors' side (a brigade's press service),
a comment as a statement, and footage a unit released as the source of what it shows."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.lang.uk import morph
from warlog.models import Document, Report
from warlog.pipeline.runner import Pipeline

PUB = date(2025, 9, 3)
needs_morph = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")
_PIPELINE: list[Pipeline] = []


def _report(text: str) -> Report:
    if not _PIPELINE:
        _PIPELINE.append(Pipeline())
    report = Report(document=Document(id="r", text=text, language="uk", published=PUB, outlet="Тестовий канал"))
    return _PIPELINE[0].run(report)


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
    assert not _types("Командування закликало російських солдатів скласти зброю.")


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
