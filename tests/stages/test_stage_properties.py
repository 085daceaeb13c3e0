"""Property tests (issue #13): every stage and ingest on hostile text never raise, keep offsets in the text and
give reports that validate against the schema. ``benchmarks/fuzz.py`` runs the same properties much longer."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from fuzzing import any_text, input_file, nested_html, report_problems
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hsettings

import warlog
from warlog.api import default_pipeline, make_document
from warlog.errors import InputError, StageError
from warlog.models import Report
from warlog.pipeline.runner import Pipeline
from warlog.stages.clean import load_rules
from warlog.stages.ingest import RawInput, iter_inputs

QUICK = hsettings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
FEW = hsettings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)


@pytest.fixture(scope="module")
def pipeline(settings) -> Pipeline:  # type: ignore[no-untyped-def]
    """Every default stage, sharing the loaded model and gazetteer; a stage error is kept, not raised."""
    errors: list[StageError] = []
    shared = Pipeline(settings=settings, resources=default_pipeline(settings).resources, on_error=errors.append)
    shared.errors = errors  # type: ignore[attr-defined]
    return shared


def _analyse(pipeline: Pipeline, text: str, fmt: str = "text") -> list[str]:
    try:
        document = make_document(RawInput("<fuzz>", text, fmt), load_rules(None))  # type: ignore[arg-type]
    except InputError:
        return []  # nothing left to analyse is a reported input error, not a crash
    pipeline.errors.clear()  # type: ignore[attr-defined]
    report = pipeline.run(Report(document=document))
    crashes = [str(e) for e in pipeline.errors]  # type: ignore[attr-defined]
    return crashes + (report_problems(report) if report is not None else ["no report"])


@QUICK
@given(text=any_text())
@example(text="Ivan Petrov and Oleg Petrov were sent to the front. Petrov said nobody came back.")
@example(text="“Unbalanced quote, said the governor. «Another » » “ ” ” said Petrov.")
@example(text="\u202eKharkiv\u202c was shelled\u200b on\u200d Monday, killing\u00ad 2, the governor said.")
@example(text="Artillery shelled Kharkiv, killing 99999999999999999999 people on 31 February 2024.")
@example(text="Drones hit Sumy. " * 1000)
@example(text="the road near the village " * 800)  # one line of 20,000 characters
@example(text="Харків обстріляли, Москва заявил, Kharkiv shelled, الخليل قصف, 2 killed.")
def test_every_stage_survives_hostile_text(pipeline: Pipeline, text: str) -> None:
    assert _analyse(pipeline, text) == []


@FEW
@given(page=nested_html())
def test_every_stage_survives_nested_html(pipeline: Pipeline, page: str) -> None:
    assert _analyse(pipeline, page, "html") == []


@QUICK
@given(file=input_file())
def test_reading_any_input_file_never_raises(file: tuple[str, bytes]) -> None:
    suffix, data = file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        rules = load_rules(None)
        for item in iter_inputs([path], 5_000_000):
            if isinstance(item, InputError):
                assert item.detail
                continue
            try:
                document = make_document(item, rules)
            except InputError as exc:
                assert exc.detail
                continue
            assert document.text.strip() and document.id.startswith("d")


@FEW
@given(file=input_file())
def test_ingest_of_any_input_file_stores_or_reports_it(settings, file: tuple[str, bytes]) -> None:  # type: ignore[no-untyped-def]
    suffix, data = file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        db = str(Path(folder) / "w.db")
        summary = warlog.ingest([path], db, settings=settings, link=False)
        assert all(f.reason for f in summary.failed)
        with warlog.open(db) as store:
            for doc_id in summary.new:
                report = store.report(doc_id)
                assert report is not None and report_problems(report) == []
