"""Issue #4's done-when: the exports load in pandas with ACLED's columns (both levels), GeoJSON too."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd

import warlog
from warlog.export import ACLED_COLUMNS

FIXTURES = Path(__file__).resolve().parents[1] / "linking" / "fixtures"


def test_exports_load_in_pandas_with_the_acled_columns(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "w.db")
    warlog.ingest(sorted(FIXTURES.glob("*.json")), db, settings=settings)
    with warlog.open(db) as database:
        for level in ("canonical", "report"):
            frame = pd.read_csv(io.StringIO("".join(database.export("acled-csv", level=level))))
            assert list(frame.columns[:31]) == ACLED_COLUMNS
            assert len(frame) >= 1 and frame["fatalities"].dtype.kind in "iu"
            assert pd.to_datetime(frame["event_date"].dropna(), format="%Y-%m-%d").notna().all()
        rows = pd.read_json(io.StringIO("".join(database.export("jsonl"))), lines=True)
        assert {"reports", "independent_sources", "admiralty", "contradictions"} <= set(rows.columns)
        geo = json.loads("".join(database.export("geojson")))
        assert geo["type"] == "FeatureCollection" and len(geo["features"]) == len(rows)
