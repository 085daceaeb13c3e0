"""Nothing lost (issue #13): a stage that fails on purpose keeps every document, stored with what the stages
before it found and the failure named; ``warlog reprocess --failed`` completes them once the fault is gone,
without duplicating anything. Local ingest and the Dask engine follow the same policy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import warlog
from warlog.api import default_pipeline
from warlog.cli import main
from warlog.pipeline.runner import Pipeline
from warlog.settings import Settings
from warlog.store.reports import partial_documents

REPORTS = {
    "kharkiv.txt": "Russian artillery shelled Kharkiv on Monday, killing two civilians, the regional governor said.",
    "sumy.txt": "A drone hit a bus near Sumy on Friday, killing three passengers, the military administration said.",
    "kherson.txt": "Shelling of Kherson wounded five people on Sunday, the city council told reporters.",
    "odesa.txt": "Missiles struck the port of Odesa overnight, killing one worker, the governor Oleh Kiper said.",
    "no_place.txt": "The commander said his unit had refused to advance after days without food or water.",
}


class UnreachableResolver:
    """A geocoder whose gazetteer server is down: every lookup raises."""

    def resolve(self, text: str, mentions: list[Any]) -> list[Any]:
        raise ConnectionError("gazetteer server unreachable")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "reports"
    root.mkdir()
    for name, text in REPORTS.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _counts(db: str) -> dict[str, int]:
    with warlog.open(db) as database:
        rows = database.links.rows
        return {"documents": database.stats()["documents"], "incidents": database.stats()["incidents"],
                "links": int(rows("SELECT COUNT(*) AS n FROM incident_links")[0]["n"]),
                "linked_docs": int(rows("SELECT COUNT(*) AS n FROM linked_docs")[0]["n"])}


def test_a_failing_stage_keeps_every_document_and_reprocess_completes_them(
        folder: Path, tmp_path: Path, settings: Settings) -> None:
    db = str(tmp_path / "w.db")
    broken = Pipeline(settings=settings, resources={**default_pipeline(settings).resources,
                                                    "resolver": UnreachableResolver()})
    summary = warlog.ingest([folder], db, settings=settings, pipeline=broken)
    assert len(summary.new) == len(REPORTS) and not summary.failed  # nothing lost
    partial = dict(summary.partial)
    assert len(partial) >= 2 and all(stages == ["geocode"] for stages in partial.values())
    assert str(folder / "no_place.txt") not in partial  # no place: the geocoder was never asked

    with warlog.open(db) as database:
        stored = partial_documents(database.store)
        report = database.report(stored[0].doc_id)
    assert report is not None and report.incidents and report.quotes is not None  # the stages before it kept
    assert [f.stage for f in report.failed_stages] == ["geocode"] and "unreachable" in report.failed_stages[0].error
    assert report.people == []  # people needs the places: skipped, not guessed

    runner = CliRunner()
    shown = runner.invoke(main, ["show", report.document.id, "--db", db])
    assert shown.exit_code == 0 and "these stages failed on the document: geocode" in shown.stderr
    exported = runner.invoke(main, ["export", "--db", db, "--format", "jsonl"])
    assert "analysed partly (failed stages: geocode)" in exported.stderr and "reprocess --failed" in exported.stderr
    before = _counts(db)

    done = runner.invoke(main, ["reprocess", "--failed", "--db", db])  # the fault is gone: default pipeline
    assert done.exit_code == 0, done.output
    assert f"reprocessed: {len(partial)} documents" in done.stdout
    with warlog.open(db) as database:
        assert partial_documents(database.store) == []
        fixed = database.report(report.document.id)
        assert fixed is not None and fixed.failed_stages == []
        assert any(i.where is not None and i.where.lat is not None for i in fixed.incidents)
    after = _counts(db)
    assert after["documents"] == before["documents"] == len(REPORTS)
    assert after["incidents"] == after["links"] and after["linked_docs"] == len(REPORTS)  # linked once each

    clean_db = str(tmp_path / "clean.db")
    warlog.ingest([folder], clean_db, settings=settings)
    assert _counts(clean_db) == after  # the same store as an ingest that never failed
    checked = runner.invoke(main, ["check", "--db", db])
    assert checked.exit_code == 0, checked.output


def test_reprocess_all_duplicates_nothing_and_keeps_reviews(folder: Path, tmp_path: Path, settings: Settings) -> None:
    from warlog.store.review import ReviewStore

    db = str(tmp_path / "w.db")
    warlog.ingest([folder], db, settings=settings)
    with warlog.open(db) as database:
        canonical = database.canonical()[0]
        incident_id = database.incidents()[0].incident.id
        ReviewStore(database.store).record(canonical.id, "ana", "note", why="checked against the governor's post")
        ReviewStore(database.store).record(incident_id, "ana", "confirm", status="confirmed", why="video")
    before = _counts(db)
    done = CliRunner().invoke(main, ["reprocess", "--all", "--db", db])
    assert done.exit_code == 0, done.output
    assert _counts(db) == before
    with warlog.open(db) as database:
        audit = database.links.rows("SELECT target_id, action FROM audit_log ORDER BY seq")
        assert [(r["target_id"], r["action"]) for r in audit] == [(canonical.id, "note"), (incident_id, "confirm")]
        assert database.incidents(reviewed=False)[0].incident.id == incident_id  # ids are stable across reruns
    assert CliRunner().invoke(main, ["check", "--db", db]).exit_code == 0


def test_reprocess_needs_to_be_told_which_documents(tmp_path: Path, folder: Path, settings: Settings) -> None:
    db = str(tmp_path / "w.db")
    warlog.ingest([folder / "no_place.txt"], db, settings=settings)
    result = CliRunner().invoke(main, ["reprocess", "--db", db])
    assert result.exit_code == 2 and "--failed, --since DATE or --all" in result.output
    since = CliRunner().invoke(main, ["reprocess", "--since", "January 1, 2020", "--db", db])
    assert since.exit_code == 0 and "reprocessed: 1 documents" in since.stdout


def test_dask_ingest_stores_partly_analysed_documents(folder: Path, tmp_path: Path) -> None:
    from warlog.engine import ingest_dask

    db = str(tmp_path / "w.db")
    missing_model = Settings.from_env(spacy_model="no_such_model_installed")  # every nlp stage fails
    summary = ingest_dask([folder], db, settings=missing_model, workers=1)
    assert len(summary.new) == len(REPORTS) and not summary.failed
    assert sorted(s for s, _ in summary.partial) == sorted(str(folder / n) for n in REPORTS)
    assert {tuple(stages) for _, stages in summary.partial} == {("nlp",)}
    with warlog.open(db) as database:
        data = json.loads(database.report(summary.new[0]).model_dump_json())  # type: ignore[union-attr]
    assert data["failed_stages"][0]["stage"] == "nlp" and data["document"]["text"]
    done = CliRunner().invoke(main, ["reprocess", "--failed", "--db", db])
    assert done.exit_code == 0 and f"reprocessed: {len(REPORTS)} documents" in done.stdout
