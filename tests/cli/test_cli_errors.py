"""CLI errors that say what to do (issue #13): one test per case a new user met."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import warlog
from warlog.cli import main

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "src" / "warlog" / "data" / "samples" / "reports"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory, settings) -> str:  # type: ignore[no-untyped-def]
    """The bundled synthetic reports, ingested and linked once for the reading commands."""
    db = str(tmp_path_factory.mktemp("cli") / "samples.db")
    warlog.ingest([SAMPLES], db, settings=settings)
    return db


@pytest.mark.parametrize("command", [["incidents"], ["show", "d0"], ["export", "--format", "jsonl"], ["people"],
                                     ["sources"], ["link"], ["check"], ["reprocess", "--all"], ["serve"]])
def test_reading_commands_never_create_a_database(tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "typo.db"
    result = CliRunner().invoke(main, [*command, "--db", str(typo)])
    assert result.exit_code != 0
    assert f"no database at {typo}" in result.stderr and "warlog ingest" in result.stderr
    assert not typo.exists() and "http://" not in result.output


def test_hyphen_and_underscore_name_the_same_incident_type(sample_db: str) -> None:
    runner = CliRunner()
    hyphen = runner.invoke(main, ["incidents", "--db", sample_db, "--type", "friendly-fire"])
    underscore = runner.invoke(main, ["incidents", "--db", sample_db, "--type", "friendly_fire"])
    assert hyphen.exit_code == 0 and hyphen.stdout == underscore.stdout
    assert "friendly_fire" in hyphen.stdout and not hyphen.stdout.strip().endswith(" 0 incidents")


def test_an_unknown_incident_type_lists_the_valid_ones(sample_db: str) -> None:
    result = CliRunner().invoke(main, ["incidents", "--db", sample_db, "--type", "shelling"])
    assert result.exit_code == 2
    assert "unknown incident type 'shelling'" in result.stderr and "friendly_fire, intra_force_killing" in result.stderr


def test_show_resolves_a_canonical_id_as_export_prints_it(sample_db: str) -> None:
    runner = CliRunner()
    exported = [json.loads(line) for line in runner.invoke(
        main, ["export", "--db", sample_db, "--format", "jsonl"]).stdout.splitlines()]
    canonical_id = exported[0]["id"]
    shown = runner.invoke(main, ["show", canonical_id, "--db", sample_db])
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    assert data["id"] == canonical_id and data["reports"] == exported[0]["reports"]


def test_a_url_that_cannot_be_reached_is_one_line(tmp_path: Path) -> None:
    # URLs are fetched now (issue #18); a host that does not resolve (offline, or .invalid) is one line
    result = CliRunner().invoke(main, ["ingest", "https://news.invalid/1", "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 1
    assert "https://news.invalid/1: cannot resolve host 'news.invalid' (offline, or no such host)" in result.stdout
    assert "no such file" not in result.stdout


def test_a_read_only_folder_is_named_as_the_cause(tmp_path: Path) -> None:
    # /proc takes no new files, even for root (permission bits would not stop root).
    text = tmp_path / "a.txt"
    text.write_text("Shelling hit Kharkiv on Monday, the governor said.", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(text), "--db", "/proc/warlog-test.db"])
    assert result.exit_code == 2
    assert "the folder /proc is read-only" in result.stderr and "writable location" in result.stderr


def test_serve_fails_before_printing_its_url(tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"not a database at all, just bytes " * 200)
    result = CliRunner().invoke(main, ["serve", "--db", str(broken), "--port", "8799"])
    assert result.exit_code == 2 and "cannot open as a warlog SQLite database" in result.stderr
    assert "http://" not in result.output


def test_ctrl_c_during_ingest_prints_the_summary_so_far(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from warlog.pipeline import ingest

    for n, place in enumerate(["Kharkiv", "Sumy", "Izium"]):
        (tmp_path / f"{n}.txt").write_text(f"Artillery shelled {place} on Monday, killing {n + 2} civilians, "
                                           f"the regional governor said.", encoding="utf-8")
    notify = ingest._Ingest._notify

    def interrupt_after_the_first(self, source, outcome):  # type: ignore[no-untyped-def]
        notify(self, source, outcome)
        if outcome == "new":
            raise KeyboardInterrupt  # the user presses Ctrl-C once a document is stored

    monkeypatch.setattr(ingest._Ingest, "_notify", interrupt_after_the_first)
    db = tmp_path / "w.db"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(db)])
    assert result.exit_code == 130
    assert "interrupted (Ctrl-C)" in result.stdout and "new: 1 documents" in result.stdout
    assert "Aborted" not in result.output
    with warlog.open(db) as store:
        assert store.stats()["documents"] == 1


def test_published_takes_a_written_date(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Shelling hit Kharkiv on Monday, the governor said.", encoding="utf-8")
    db = tmp_path / "w.db"
    result = CliRunner().invoke(main, ["ingest", str(text), "--db", str(db), "--published", "May 17, 2024"])
    assert result.exit_code == 0, result.output
    with warlog.open(db) as store:
        [doc] = list(store.documents())
    assert doc.published is not None and doc.published.isoformat() == "2024-05-17"


def test_published_echoes_what_it_could_not_read(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--db", str(tmp_path / "w.db"),
                                       "--published", "the 17th of Maytember"])
    assert result.exit_code == 2
    assert "could not read 'the 17th of Maytember' as a date" in result.stderr


@pytest.mark.parametrize("name", ["Kharkiv region", "Kharkivska oblast", "Харківська область"])
def test_place_finds_a_region_under_its_usual_names(sample_db: str, name: str) -> None:
    result = CliRunner().invoke(main, ["incidents", "--db", sample_db, "--place", name, "--format", "json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found and all(r["where"]["admin1"] == "Kharkiv Oblast" for r in found)


def test_size_limit_applies_per_record_in_jsonl_and_per_file_otherwise(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARLOG_MAX_FILE_BYTES", "2000")
    posts = tmp_path / "posts.jsonl"
    lines = [json.dumps({"text": f"Post {n}: drones were shot down over Sumy overnight, the army said."})
             for n in range(60)]  # some 5 kB in all, every post far under the limit
    lines.append(json.dumps({"text": "A very long post. " * 200}))  # one record over the limit
    posts.write_text("\n".join(lines) + "\n", encoding="utf-8")
    long_text = tmp_path / "long.txt"
    long_text.write_text("Artillery shelled Sumy again. " * 100, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(posts), str(long_text), "--db", str(tmp_path / "w.db")])
    assert "failed: 2" in result.stdout
    assert f"{posts}:61: record too large" in result.stdout
    assert f"{long_text}: file too large" in result.stdout
    assert f"{posts}:1:" not in result.stdout


def test_an_unsupported_language_is_counted_apart(tmp_path: Path) -> None:
    german = tmp_path / "bericht.txt"
    german.write_text("Am Montag wurde die Stadt erneut beschossen. Nach Angaben des Gouverneurs starben zwei "
                      "Menschen, drei weitere wurden verletzt. Die Behörden riefen die Bewohner auf, in den "
                      "Schutzräumen zu bleiben.", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(german), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 0, result.output
    assert "new: 1 documents" in result.stdout and "stored, not analysed: 1" in result.stdout
