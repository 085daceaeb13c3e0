"""A Russian report through the whole pipeline (natasha and the gazetteer loaded once per session)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

pytest.importorskip("natasha")
pytest.importorskip("pymorphy3")


@pytest.fixture(scope="session")
def extract_ru(settings: Any) -> Callable[..., Any]:
    import warlog

    def run(text: str, outlet: str = "Волжский вестник", published: str = "2024-03-15") -> Any:
        report = warlog.extract(text, outlet=outlet, published=published, settings=settings)
        assert report.document.language == "ru"
        assert not report.failed_stages, report.failed_stages
        return report

    return run
