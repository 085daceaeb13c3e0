"""``warlog.open(db)``: one object for both levels, people, sources and exports (issue #12's public facade)."""

from __future__ import annotations

import json
from pathlib import Path

import warlog
from warlog import IncidentFilter

FIXTURES = Path(__file__).resolve().parent / "linking" / "fixtures"


def test_the_database_answers_at_both_levels_under_one_filter(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "w.db")
    warlog.ingest(sorted(FIXTURES.glob("*.json")), db, settings=settings)
    with warlog.open(db) as database:
        reports, events = database.incidents(), database.canonical()
        assert reports and events and len(events) <= len(reports)
        assert database.count(level="report") == len(reports) and database.count() == len(events)
        kind = reports[0].incident.type
        flt = IncidentFilter(types=[kind])
        assert {r.incident.type for r in database.incidents(flt)} == {kind}
        assert {c.type for c in database.canonical(flt)} == {kind}
        assert database.canonical_incident(events[0].id) == events[0]
        assert database.incident(reports[0].incident.id) is not None
        rows = [json.loads(line) for line in "".join(database.export("jsonl", flt)).splitlines()]
        assert {r["id"] for r in rows} == {c.id for c in database.canonical(flt)}
        assert database.pending() == 0
        assert isinstance(database.people(), list) and isinstance(database.sources(), list)
