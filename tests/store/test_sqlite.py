import sqlite3
from datetime import date

import pytest

from warlog.api import fingerprint
from warlog.errors import SchemaError, StoreError
from warlog.models import Count, Document, Incident, Report, When, Where
from warlog.store import IncidentFilter, open_store
from warlog.store.migrations import LATEST

TEXT_A = ("Artillery of the 58th Army shelled its own positions near Robotyne on Monday, killing four soldiers, "
          "relatives told a regional outlet. The families say the command ignored two warnings. " * 3)
TEXT_B = "Drones struck an oil depot in Novorossiysk overnight, the port authority said. Nobody was hurt. " * 3


def _report(doc_id: str, text: str, incidents: list[Incident] | None = None, **meta: object) -> Report:
    return Report(document=Document(id=doc_id, text=text, **meta), incidents=incidents or [])  # type: ignore[arg-type]


def _incident(doc_id: str, n: int, type_: str, day: date | None, place: str, killed: int | None) -> Incident:
    return Incident(
        id=f"{doc_id}-i{n}", type=type_, summary=f"{type_} at {place}",  # type: ignore[arg-type]
        when=When(start=day, end=day, precision="day" if day else "unknown"),
        where=Where(name=place, text=place, admin1="Zaporizhzhia Oblast", country="UA", precision="settlement"),
        fatalities=Count(best=killed, low=killed, high=killed, text=str(killed)) if killed is not None else None,
    )


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    with open_store(tmp_path / "w.db") as s:
        yield s


def test_add_and_read_back(store):  # type: ignore[no-untyped-def]
    inc = _incident("da", 1, "friendly_fire", date(2023, 7, 3), "Robotyne", 4)
    result = store.add(_report("da", TEXT_A, [inc], outlet="Steppe Monitor"), fingerprint(TEXT_A), 0.8)
    assert result.status == "new"
    assert store.report("da").incidents[0] == inc
    record = store.incident("da-i1")
    assert record.document.outlet == "Steppe Monitor"
    assert store.stats() == {"documents": 1, "incidents": 1, "duplicates_seen": 0}


def test_exact_and_near_duplicates_are_stored_once(store):  # type: ignore[no-untyped-def]
    store.add(_report("da", TEXT_A), fingerprint(TEXT_A), 0.8)
    again = store.add(_report("da", TEXT_A), fingerprint(TEXT_A), 0.8)
    assert again.status == "duplicate" and again.duplicate_of == "da"
    reprint = TEXT_A + "Follow the Ledger on Telegram for more."
    near = store.add(_report("db", reprint), fingerprint(reprint), 0.8)
    assert near.status == "near-duplicate" and near.duplicate_of == "da" and near.similarity >= 0.8
    other = store.add(_report("dc", TEXT_B), fingerprint(TEXT_B), 0.8)
    assert other.status == "new"
    assert store.stats()["documents"] == 2 and store.stats()["duplicates_seen"] == 2


def test_filters_and_full_text_search(store):  # type: ignore[no-untyped-def]
    store.add(_report("da", TEXT_A, [_incident("da", 1, "friendly_fire", date(2023, 7, 3), "Robotyne", 4)],
                      outlet="Steppe Monitor"), fingerprint(TEXT_A), 0.8)
    store.add(_report("db", TEXT_B, [_incident("db", 1, "strike", date(2023, 8, 1), "Novorossiysk", None),
                                     _incident("db", 2, "strike", None, "Kerch", None)], outlet="Eastern Wire"),
              fingerprint(TEXT_B), 0.8)
    ids = lambda f: [r.incident.id for r in store.incidents(f)]  # noqa: E731
    assert ids(IncidentFilter(types=["strike"])) == ["db-i1", "db-i2"]
    assert ids(IncidentFilter(since=date(2023, 7, 15))) == ["db-i1"]
    assert ids(IncidentFilter(until=date(2023, 7, 15))) == ["da-i1"]
    assert ids(IncidentFilter(place="robot")) == ["da-i1"]
    assert ids(IncidentFilter(outlet="Eastern")) == ["db-i1", "db-i2"]
    assert ids(IncidentFilter(text="oil depot")) == ["db-i1", "db-i2"]
    assert ids(IncidentFilter(text='depot" OR "x')) == []  # quotes cannot inject FTS syntax
    assert store.count_incidents(IncidentFilter(types=["strike"])) == 2
    assert ids(IncidentFilter(limit=1, offset=1)) == ["db-i1"]


def test_schema_is_versioned_and_newer_databases_are_refused(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "w.db"
    with open_store(path) as s:
        assert s.schema_version() == LATEST
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(LATEST + 1),))
    conn.commit()
    conn.close()
    with pytest.raises(SchemaError, match="newer than this warlog"):
        open_store(path)


def test_reopening_keeps_data_and_wal_mode(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "w.db"
    with open_store(path) as s:
        s.add(_report("da", TEXT_A), fingerprint(TEXT_A), 0.8)
    with open_store(f"sqlite:///{path}") as s:
        assert s.stats()["documents"] == 1
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_bad_database_urls_are_clear_errors(tmp_path):  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError, match="PostgreSQL backend"):
        open_store("postgresql://localhost/warlog")
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "missing" / "w.db")
    not_db = tmp_path / "notes.db"
    not_db.write_text("this is not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(not_db)
