"""The people tests' fixture: run the default pipeline on a sentence."""

import pytest

import warlog


@pytest.fixture(scope="module")
def extract(settings):  # type: ignore[no-untyped-def]
    def run(text: str, **meta: str):  # type: ignore[no-untyped-def]
        meta.setdefault("outlet", "Test Outlet")
        meta.setdefault("published", "2023-03-14")
        return warlog.extract(text, settings=settings, **meta)

    return run
