"""The foundation's promises, end to end through the API and the CLI."""

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import warlog
from warlog.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
SAMPLES = ROOT / "src" / "warlog" / "data" / "samples" / "reports"
SCHEMA = json.loads((resources.files("warlog") / "schema" / "report.schema.json").read_text())


def test_extract_output_validates_against_the_schema(istories_report, meduza_report):  # type: ignore[no-untyped-def]
    for report in (istories_report, meduza_report):
        jsonschema.validate(report.to_json_dict(), SCHEMA)


def test_schema_rejects_a_broken_report(istories_report):  # type: ignore[no-untyped-def]
    data = istories_report.to_json_dict()
    data["incidents"][0]["certainty"] = "probably"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_meduza_appeal_does_not_survive_cleaning(meduza_report):  # type: ignore[no-untyped-def]
    text = meduza_report.document.text
    assert "recurring donation" not in text and "Follow Meduza" not in text
    assert "Council of Wives and Mothers" in text


def test_reingesting_the_seeds_adds_nothing(tmp_path, settings):  # type: ignore[no-untyped-def]
    db = tmp_path / "w.db"
    first = warlog.ingest([SEEDS], db, settings=settings)
    assert len(first.new) == 2 and first.ok
    second = warlog.ingest([SEEDS], db, settings=settings)
    assert second.new == [] and len(second.duplicates) == 2
    with warlog.open(db) as store:
        assert store.stats()["documents"] == 2
        assert store.stats()["incidents"] == first.incidents > 0


def test_bad_inputs_are_reported_and_good_ones_stored(tmp_path, settings):  # type: ignore[no-untyped-def]
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a_good.txt").write_text(
        "Ukrainian drones struck an ammunition depot near Shebekino, in the Belgorod region, on Tuesday, "
        "killing two soldiers, the regional governor said.", encoding="utf-8")
    (batch / "b_binary.txt").write_bytes(bytes(range(256)) * 8)
    (batch / "c_empty.txt").write_bytes(b"")
    (batch / "d_russian.txt").write_bytes(
        "Во вторник беспилотники атаковали склад под Шебекино в Белгородской области.".encode("cp1251"))
    (batch / "e_notes.docx").write_bytes(b"PK\x03\x04 not supported")
    db = tmp_path / "w.db"
    # Something is already stored: a failing batch must leave it intact.
    warlog.ingest([SEEDS / sorted(p.name for p in SEEDS.glob("004*"))[0]], db, settings=settings)

    result = CliRunner().invoke(main, ["ingest", str(batch), "--db", str(db)])
    assert result.exit_code == 1  # something failed
    out = result.output
    assert "new: 2 documents" in out
    assert "b_binary.txt: binary file" in out
    assert "c_empty.txt: empty file" in out
    assert "e_notes.docx:" in out and "unsupported" in out
    with warlog.open(db) as store:
        docs = {d.source.rsplit("/", 1)[-1]: d for d in store.documents()}
    assert set(docs) == {"004_9e753e27b3df726d.txt", "a_good.txt", "d_russian.txt"}
    russian = docs["d_russian.txt"]
    assert russian.language == "ru"


def test_cli_extract_prints_schema_valid_json_and_touches_no_db(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    seed = sorted(SEEDS.glob("004*"))[0]
    result = CliRunner().invoke(main, ["extract", str(seed), "--outlet", "Meduza", "--published", "2022-11-24"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, SCHEMA)
    assert data["document"]["outlet"] == "Meduza" and data["document"]["published"] == "2022-11-24"
    assert list(tmp_path.iterdir()) == []


def test_cli_incidents_show_and_export(tmp_path, settings):  # type: ignore[no-untyped-def]
    import csv
    import io

    db = str(tmp_path / "w.db")
    warlog.ingest([SEEDS], db, settings=settings)
    runner = CliRunner()
    table = runner.invoke(main, ["incidents", "--db", db, "--type", "friendly_fire"])
    assert table.exit_code == 0 and "friendly_fire" in table.output and "refusal_to_fight" not in table.output
    listed = json.loads(runner.invoke(main, ["incidents", "--db", db, "--format", "json"]).output)
    one = listed[0]["id"]
    shown = json.loads(runner.invoke(main, ["show", one, "--db", db]).output)
    assert shown["id"] == one and shown["evidence"]
    exported = runner.invoke(main, ["export", "--db", db, "--format", "acled-csv", "--place", "Luhansk"]).output
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert rows and all(r["admin1"] == "Luhansk Oblast" for r in rows)
    missing = runner.invoke(main, ["show", "nope", "--db", db])
    assert missing.exit_code == 1 and "no incident, canonical incident or document" in missing.output


def test_demo_samples_are_marked_synthetic():
    for path in SAMPLES.iterdir():
        assert "synthetic" in path.read_text(encoding="utf-8"), path


def test_public_api_is_exactly_what_is_exported():
    import types

    public = {n for n, v in vars(warlog).items() if not n.startswith("_") and not isinstance(v, types.ModuleType)}
    assert set(warlog.__all__) == public
