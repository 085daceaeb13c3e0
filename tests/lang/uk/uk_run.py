"""One Ukrainian pipeline for the construction tests of this folder: loading its models is the cost, so every test
file runs its sentences through the same one."""

from __future__ import annotations

from datetime import date
from functools import cache

from warlog.models import Document, Report
from warlog.pipeline.runner import Pipeline


@cache
def _pipeline() -> Pipeline:
    return Pipeline()


def run_uk(text: str, published: date, outlet: str = "Тестовий канал") -> Report:
    """The report of a Ukrainian text, published on ``published`` by ``outlet``."""
    report = Report(document=Document(id="r", text=text, language="uk", published=published, outlet=outlet))
    return _pipeline().run(report)
