"""``warlog backup`` and ``warlog check`` on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import warlog
from warlog.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from pgtest import postgres_schema  # noqa: E402

TEXT = "Artillery shelled Kupiansk on Monday, killing two civilians, the regional governor Oleh Syniehubov said."


def _ingest(tmp_path: Path, db: str, settings) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "report.txt"
    source.write_text(TEXT, encoding="utf-8")
    warlog.ingest([source], db, settings=settings)


def test_sqlite_backup_is_a_consistent_copy_and_check_passes(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "w.db")
    _ingest(tmp_path, db, settings)
    runner = CliRunner()
    out = tmp_path / "copy.db"
    done = runner.invoke(main, ["backup", str(out), "--db", db])
    assert done.exit_code == 0, done.output
    assert "SQLite online backup" in done.stdout
    with sqlite3.connect(out) as copy:
        assert copy.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
    again = runner.invoke(main, ["backup", str(out), "--db", db])
    assert again.exit_code == 2 and "never overwrites" in again.stderr
    checked = runner.invoke(main, ["check", "--db", str(out)])
    assert checked.exit_code == 0, checked.output
    assert "every migration applied" in checked.stdout and "check passed" in checked.stdout


def test_check_finds_orphans(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "w.db")
    _ingest(tmp_path, db, settings)
    with sqlite3.connect(db) as conn:  # a row left behind by a tool that bypassed warlog
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("INSERT INTO linked_docs(doc_id, linked_at) VALUES ('dmissing', '2026-01-01')")
    checked = CliRunner().invoke(main, ["check", "--db", db])
    assert checked.exit_code == 1
    assert "problem: 1 linked-document marks of no stored document" in checked.stdout


def test_postgres_backup_with_pg_dump_and_check(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    with postgres_schema() as url:
        _ingest(tmp_path, url, settings)
        runner = CliRunner()
        out = tmp_path / "pg.dump"
        done = runner.invoke(main, ["backup", str(out), "--db", url])
        if "pg_dump is not installed" in done.output:
            pytest.skip("no pg_dump on this machine")
        assert done.exit_code == 0, done.output
        assert out.stat().st_size > 0 and out.read_bytes().startswith(b"PGDMP")
        checked = runner.invoke(main, ["check", "--db", url])
        assert checked.exit_code == 0, checked.output
        assert "1 documents" in checked.stdout


def test_postgres_backup_without_pg_dump_says_what_to_do(tmp_path: Path, settings,  # type: ignore[no-untyped-def]
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    with postgres_schema() as url:
        _ingest(tmp_path, url, settings)
        monkeypatch.setattr(shutil, "which", lambda name: None)
        done = CliRunner().invoke(main, ["backup", str(tmp_path / "pg.dump"), "--db", url])
        assert done.exit_code == 2 and "pg_dump is not installed" in done.stderr and "postgresql-client" in done.stderr
