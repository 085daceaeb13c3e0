"""The Russian demo reports link to their English counterparts (issue #16)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

REPORTS = Path(__file__).resolve().parents[3] / "src" / "warlog" / "data" / "samples" / "reports"


def test_russian_retellings_join_the_english_reports_of_the_same_events(tmp_path: Path, settings: Any) -> None:
    import warlog
    from warlog.store import open_store
    from warlog.store.links import LinkStore

    files = ["02_steppe-monitor_verbove-friendly-fire.txt", "11_okopnaya-pravda_verbove-friendly-fire.txt",
             "09_kyiv-dispatch_balakliia-strike.json", "13_volzhsky-vestnik_balakliia-strike.json"]
    db = tmp_path / "demo.db"
    summary = warlog.ingest([REPORTS / f for f in files], db, settings=settings)
    assert len(summary.new) == 4 and not summary.failed
    with open_store(db) as store:
        languages = {i: store.report(i).document.language for i in summary.new}  # type: ignore[union-attr]
        canonical = LinkStore(store).canonical_incidents()
    by_type = {c.type: c for c in canonical if len(c.reports) > 1}
    for kind in ("friendly_fire", "strike"):
        merged = by_type[kind]
        assert {languages[r] for r in merged.reports} == {"en", "ru"}, kind


def test_russian_demo_reports_are_analysed_as_russian_and_fit_the_schema(settings: Any) -> None:
    import json

    import jsonschema

    import warlog

    schema = json.loads((REPORTS.parents[2] / "schema" / "report.schema.json").read_text(encoding="utf-8"))

    for name in ("11_okopnaya-pravda_verbove-friendly-fire.txt", "12_volzhsky-vestnik_kreminna-refusal.md",
                 "13_volzhsky-vestnik_balakliia-strike.json"):
        [report] = list(warlog.extract_files([REPORTS / name], settings=settings))
        assert report.document.language == "ru" and report.incidents, name
        jsonschema.validate(report.to_json_dict(), schema)
