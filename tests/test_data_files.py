"""Every TOML data file the package ships parses (a merge once left two tables of one name in aliases.toml, which
the tests did not see because their gazetteer had been built before it)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import warlog

_FILES = sorted(Path(warlog.__file__).parent.rglob("*.toml"))


def test_the_package_ships_data_files() -> None:
    assert len(_FILES) > 10


@pytest.mark.parametrize("path", _FILES, ids=lambda p: str(p.relative_to(Path(warlog.__file__).parent)))
def test_each_data_file_parses(path: Path) -> None:
    with path.open("rb") as f:
        tomllib.load(f)
