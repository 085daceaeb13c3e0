"""Ukrainian constructions read in the project's fifteenth batch of reports, each pinned on sentences written for
the test: two tolls coordinated count first ("п'ятеро загинули й шестеро дістали поранень"), one man killed told
by his post and a suicide as one death."""

from __future__ import annotations

from datetime import date

import pytest

from warlog.lang.uk import morph
from warlog.models import Document, Report
from warlog.pipeline.runner import Pipeline

PUB = date(2025, 9, 3)
needs_morph = pytest.mark.skipif(not morph.available(), reason="pymorphy3-dicts-uk not installed")
_PIPELINE: list[Pipeline] = []


def _report(text: str, outlet: str = "Тестовий канал") -> Report:
    if not _PIPELINE:
        _PIPELINE.append(Pipeline())
    report = Report(document=Document(id="r", text=text, language="uk", published=PUB, outlet=outlet))
    return _PIPELINE[0].run(report)


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
