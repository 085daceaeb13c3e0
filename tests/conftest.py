"""Shared fixtures: the seed articles (read from ../shared, never copied), a warlog home
that keeps the built gazetteer between runs, and one full pipeline per session."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
SAMPLES = ROOT / "src" / "warlog" / "data" / "samples" / "reports"

# The default gazetteer is built once (about a minute) and kept inside the venv, so a
# test run never writes to the user's home and later runs reuse the index.
os.environ.setdefault("WARLOG_HOME", str(ROOT / ".venv" / "warlog-test-home"))


def seed(name: str) -> str:
    matches = sorted(SEEDS.glob(f"{name}*.txt"))
    assert matches, f"seed {name} not found under {SEEDS}"
    return matches[0].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def settings():  # type: ignore[no-untyped-def]
    from warlog.settings import Settings

    return Settings.from_env()


@pytest.fixture(scope="session")
def istories_report(settings):  # type: ignore[no-untyped-def]
    """Seed 000 (outlet unknown), processed by the full default pipeline."""
    import warlog

    return warlog.extract(seed("000"), settings=settings, published="2022-11-29")


@pytest.fixture(scope="session")
def meduza_report(settings):  # type: ignore[no-untyped-def]
    """Seed 004, from Meduza."""
    import warlog

    return warlog.extract(seed("004"), settings=settings, outlet="Meduza", published="2022-11-24")


@pytest.fixture
def published() -> date:
    return date(2022, 11, 24)
