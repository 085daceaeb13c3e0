"""SQLite-only behaviour; what every backend must do is in test_store_contract.py."""

import pytest

from warlog.api import fingerprint
from warlog.errors import StoreError
from warlog.models import Document, Report
from warlog.store import open_store

TEXT_A = ("Artillery of the 58th Army shelled its own positions near Robotyne on Monday, killing four soldiers, "
          "relatives told a regional outlet. The families say the command ignored two warnings. " * 3)


def test_reopening_keeps_data_and_wal_mode(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "w.db"
    with open_store(path) as s:
        s.add(Report(document=Document(id="da", text=TEXT_A)), fingerprint(TEXT_A), 0.8)
    with open_store(f"sqlite:///{path}") as s:
        assert s.stats()["documents"] == 1
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_bad_database_urls_are_clear_errors(tmp_path):  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError, match="unknown database URL scheme"):
        open_store("mysql://localhost/warlog")
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "missing" / "w.db")
    not_db = tmp_path / "notes.db"
    not_db.write_text("this is not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(not_db)
