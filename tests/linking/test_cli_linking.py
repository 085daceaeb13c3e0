"""The linking commands: ingest without linking, export warns, link, then people, sources and export."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import warlog
from warlog.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def test_link_people_sources_and_canonical_export(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "w.db")
    warlog.ingest([FIXTURES / "rereport_istories.json", FIXTURES / "regional_obituary.json"], db,
                  settings=settings, link=False)
    runner = CliRunner()
    early = runner.invoke(main, ["export", "--db", db, "--format", "jsonl"])
    assert early.exit_code == 0 and "not linked across reports yet" in early.stderr and early.stdout == ""

    linked = runner.invoke(main, ["link", "--db", db])
    assert linked.exit_code == 0, linked.output
    assert linked.stdout.startswith("linked 2 documents")
    assert runner.invoke(main, ["link", "--db", db]).stdout.startswith("linked 0 documents")

    people = runner.invoke(main, ["people", "--db", db, "--name", "Moiseyev"])
    assert "Roman Moiseyev" in people.stdout and "DISPUTED" in people.stdout

    sources = runner.invoke(main, ["sources", "--db", db])
    assert "Eastern Wire -> iStories" in sources.stdout and "B  iStories" in sources.stdout

    rows = [json.loads(line) for line in runner.invoke(
        main, ["export", "--db", db, "--format", "jsonl"]).stdout.splitlines()]
    assert rows and all({"reports", "independent_sources", "admiralty", "contradictions"} <= set(r) for r in rows)
    csv_text = runner.invoke(main, ["export", "--db", db, "--format", "acled-csv"]).stdout
    assert csv_text.splitlines()[0].endswith("reports,independent_sources,admiralty")


def test_exports_and_listings_carry_the_analysts_review(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    from warlog.store import open_store
    from warlog.store.links import LinkStore
    from warlog.store.review import ReviewStore

    db = str(tmp_path / "w.db")
    warlog.ingest([FIXTURES / "rereport_istories.json"], db, settings=settings)
    with open_store(db) as store:
        [canonical] = LinkStore(store).canonical_incidents()
        incident_id = canonical.incident_ids[0]
        ReviewStore(store).record(canonical.id, "ana", "edit", changes={"fatalities_best": 2}, why="obituary")
        ReviewStore(store).record(incident_id, "ana", "reject", status="rejected", why="duplicate")
    runner = CliRunner()
    rows = [json.loads(line) for line in runner.invoke(
        main, ["export", "--db", db, "--format", "jsonl"]).stdout.splitlines()]
    assert rows[0]["fatalities"]["best"] == 2
    per_report = runner.invoke(main, ["export", "--db", db, "--format", "jsonl", "--level", "report"]).stdout
    assert per_report == ""  # the only incident was rejected
    assert runner.invoke(main, ["incidents", "--db", db]).stdout.strip().endswith("0 incidents")
