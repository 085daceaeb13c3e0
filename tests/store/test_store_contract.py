"""The storage contract: every test here runs against each backend (SQLite file, PostgreSQL schema).

The PostgreSQL runs use the real server named by ``WARLOG_TEST_POSTGRES`` (default: the local test
database); each test gets a fresh schema, dropped afterwards. ``WARLOG_TEST_POSTGRES=off`` skips them,
visibly; an unreachable server fails them, so CI cannot pass without PostgreSQL by accident.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date

import psycopg
import pytest
from pgtest import PG_SERVER, postgres_schema

from warlog.api import fingerprint
from warlog.errors import SchemaError, StoreError
from warlog.models import Count, Document, Incident, Report, When, Where
from warlog.store import IncidentFilter, Store, open_store
from warlog.store.migrations import LATEST as SQLITE_LATEST
from warlog.store.pg_migrations import LATEST as PG_LATEST

BACKENDS = ["sqlite", "postgresql"]

TEXT_A = ("Artillery of the 58th Army shelled its own positions near Robotyne on Monday, killing four soldiers, "
          "relatives told a regional outlet. The families say the command ignored two warnings. " * 3)
TEXT_B = "Drones struck an oil depot in Novorossiysk overnight, the port authority said. Nobody was hurt. " * 3
TEXT_C = ("Обстріл Бахмута тривав усю ніч, повідомила обласна адміністрація. Загинули двоє цивільних, "
          "ще п'ятеро поранені. " * 3)


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'w.db'}"
    else:
        with postgres_schema() as url:
            yield url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as s:
        yield s


def _set_schema_version(url: str, version: int) -> None:
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url[len("sqlite:///"):]) as conn:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(version),))
        return
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE meta SET value = %s WHERE key = 'schema_version'", (str(version),))


def _report(doc_id: str, text: str, incidents: list[Incident] | None = None, **meta: object) -> Report:
    return Report(document=Document(id=doc_id, text=text, **meta), incidents=incidents or [])  # type: ignore[arg-type]


def _incident(doc_id: str, n: int, type_: str, day: date | None, place: str, killed: int | None,
              end: date | None = None, certainty: str = "reported", inc_id: str | None = None) -> Incident:
    return Incident(
        id=inc_id or f"{doc_id}-i{n}", type=type_, summary=f"{type_} at {place}",  # type: ignore[arg-type]
        when=When(start=day, end=end or day, precision="day" if day else "unknown"),
        where=Where(name=place, text=place, admin1="Zaporizhzhia Oblast", country="UA", precision="settlement"),
        fatalities=Count(best=killed, low=killed, high=killed, text=str(killed)) if killed is not None else None,
        certainty=certainty,  # type: ignore[arg-type]
    )


def _ids(store: Store, flt: IncidentFilter | None = None) -> list[str]:
    return [r.incident.id for r in store.incidents(flt)]


# -- writing ---------------------------------------------------------------------------------------


def test_add_and_read_back(store: Store) -> None:
    inc = _incident("da", 1, "friendly_fire", date(2023, 7, 3), "Robotyne", 4)
    result = store.add(_report("da", TEXT_A, [inc], outlet="Steppe Monitor", published="2023-07-04"),
                       fingerprint(TEXT_A), 0.8)
    assert result.status == "new"
    assert store.report("da").incidents[0] == inc  # type: ignore[union-attr]
    record = store.incident("da-i1")
    assert record is not None and record.incident == inc
    assert record.document.outlet == "Steppe Monitor" and record.document.published == date(2023, 7, 4)
    assert store.stats() == {"documents": 1, "incidents": 1, "duplicates_seen": 0}
    assert store.report("nope") is None and store.incident("nope") is None


def test_exact_and_near_duplicates_are_stored_once(store: Store) -> None:
    store.add(_report("da", TEXT_A), fingerprint(TEXT_A), 0.8)
    again = store.add(_report("da", TEXT_A), fingerprint(TEXT_A), 0.8)
    assert again.status == "duplicate" and again.duplicate_of == "da"
    reprint = TEXT_A + "Follow the Ledger on Telegram for more."
    near = store.add(_report("db", reprint), fingerprint(reprint), 0.8)
    assert near.status == "near-duplicate" and near.duplicate_of == "da" and near.similarity >= 0.8  # type: ignore
    other = store.add(_report("dc", TEXT_B), fingerprint(TEXT_B), 0.8)
    assert other.status == "new"
    assert store.stats()["documents"] == 2 and store.stats()["duplicates_seen"] == 2


def test_find_duplicate_writes_nothing(store: Store) -> None:
    assert store.find_duplicate(fingerprint(TEXT_A), 0.8) is None
    store.add(_report("da", TEXT_A), fingerprint(TEXT_A), 0.8)
    found = store.find_duplicate(fingerprint(TEXT_A.upper()), 0.8)  # same normalised text
    assert found is not None and found.status == "duplicate" and found.duplicate_of == "da"
    assert store.stats() == {"documents": 1, "incidents": 0, "duplicates_seen": 0}


def test_a_failed_add_leaves_nothing_behind(store: Store) -> None:
    twice = _incident("da", 1, "strike", date(2023, 7, 3), "Robotyne", None)
    with pytest.raises(StoreError, match="da"):
        store.add(_report("da", TEXT_A, [twice, twice]), fingerprint(TEXT_A), 0.8)  # duplicate incident id
    assert store.stats() == {"documents": 0, "incidents": 0, "duplicates_seen": 0}
    assert store.find_duplicate(fingerprint(TEXT_A), 0.8) is None  # no orphan bands or hash either
    assert store.add(_report("da", TEXT_A, [twice]), fingerprint(TEXT_A), 0.8).status == "new"


def test_documents_yields_every_document_with_its_text(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("warlog.store.postgres._BATCH", 2)  # several pages on PostgreSQL
    texts = {"da": TEXT_A, "db": TEXT_B, "dc": TEXT_C, "dd": "A short unrelated note about the weather in Odesa."}
    for doc_id, text in texts.items():
        store.add(_report(doc_id, text, title=f"title {doc_id}"), fingerprint(text), 0.8)
    docs = list(store.documents())
    assert sorted(d.id for d in docs) == sorted(texts)
    assert all(d.text == texts[d.id] and d.title == f"title {d.id}" for d in docs)


# -- reading ---------------------------------------------------------------------------------------


def _two_documents(store: Store) -> None:
    store.add(_report("da", TEXT_A, [_incident("da", 1, "friendly_fire", date(2023, 7, 3), "Robotyne", 4)],
                      outlet="Steppe Monitor"), fingerprint(TEXT_A), 0.8)
    store.add(_report("db", TEXT_B, [_incident("db", 1, "strike", date(2023, 8, 1), "Novorossiysk", None),
                                     _incident("db", 2, "strike", None, "Kerch", None)], outlet="Eastern Wire"),
              fingerprint(TEXT_B), 0.8)


def test_filters_and_full_text_search(store: Store) -> None:
    _two_documents(store)
    ids = lambda f: _ids(store, f)  # noqa: E731
    assert ids(IncidentFilter(types=["strike"])) == ["db-i1", "db-i2"]
    assert ids(IncidentFilter(types=["strike", "friendly_fire"])) == ["da-i1", "db-i1", "db-i2"]
    assert ids(IncidentFilter(since=date(2023, 7, 15))) == ["db-i1"]
    assert ids(IncidentFilter(until=date(2023, 7, 15))) == ["da-i1"]
    assert ids(IncidentFilter(place="robot")) == ["da-i1"]
    assert ids(IncidentFilter(outlet="Eastern")) == ["db-i1", "db-i2"]
    assert ids(IncidentFilter(text="oil depot")) == ["db-i1", "db-i2"]
    assert ids(IncidentFilter(text='depot" OR "x')) == []  # quotes cannot inject FTS syntax
    assert ids(IncidentFilter(text="depot | x & !oil")) == []  # nor tsquery operators
    assert store.count_incidents(IncidentFilter(types=["strike"])) == 2
    assert store.count_incidents(IncidentFilter(text="Robotyne")) == 1
    assert store.count_incidents() == 3
    assert ids(IncidentFilter(limit=1, offset=1)) == ["db-i1"]
    assert ids(IncidentFilter(limit=0)) == []


def test_filter_values_are_parameters_not_sql(store: Store) -> None:
    _two_documents(store)
    hostile = "x' OR '1'='1"
    assert _ids(store, IncidentFilter(place=hostile)) == []
    assert _ids(store, IncidentFilter(outlet=hostile, certainty=hostile)) == []
    assert _ids(store, IncidentFilter(types=[hostile])) == []
    assert store.stats()["incidents"] == 3


def test_place_matches_settlement_region_or_exact_country(store: Store) -> None:
    _two_documents(store)
    assert _ids(store, IncidentFilter(place="zaporizhzhia")) == ["da-i1", "db-i1", "db-i2"]
    assert _ids(store, IncidentFilter(place="ua")) == ["da-i1", "db-i1", "db-i2"]  # country code, any case
    assert _ids(store, IncidentFilter(place="u")) == []  # a country matches only exactly
    assert _ids(store, IncidentFilter(place="KERCH")) == ["db-i2"]


def test_date_filters_select_overlapping_periods(store: Store) -> None:
    week = _incident("da", 1, "strike", date(2023, 7, 1), "Robotyne", None, end=date(2023, 7, 7))
    day = _incident("da", 2, "strike", date(2023, 7, 10), "Robotyne", None)
    store.add(_report("da", TEXT_A, [week, day]), fingerprint(TEXT_A), 0.8)
    assert _ids(store, IncidentFilter(since=date(2023, 7, 5))) == ["da-i1", "da-i2"]  # the week is still running
    assert _ids(store, IncidentFilter(since=date(2023, 7, 8))) == ["da-i2"]
    assert _ids(store, IncidentFilter(until=date(2023, 7, 1))) == ["da-i1"]
    assert _ids(store, IncidentFilter(since=date(2023, 7, 5), until=date(2023, 7, 9))) == ["da-i1"]


def test_certainty_filter(store: Store) -> None:
    incs = [_incident("da", 1, "strike", date(2023, 7, 1), "Robotyne", None, certainty="confirmed"),
            _incident("da", 2, "strike", date(2023, 7, 2), "Robotyne", None, certainty="alleged")]
    store.add(_report("da", TEXT_A, incs), fingerprint(TEXT_A), 0.8)
    assert _ids(store, IncidentFilter(certainty="alleged")) == ["da-i2"]


def test_order_is_date_undated_last_then_id_by_code_point(store: Store) -> None:
    day = date(2023, 7, 3)
    incs = [_incident("da", 0, "strike", None, "Kerch", None, inc_id="a0"),
            _incident("da", 0, "strike", day, "Robotyne", None, inc_id="x1"),
            _incident("da", 0, "strike", day, "Robotyne", None, inc_id="x-2"),
            _incident("da", 0, "strike", day, "Robotyne", None, inc_id="X3"),
            _incident("da", 0, "strike", date(2023, 7, 2), "Robotyne", None, inc_id="z9")]
    store.add(_report("da", TEXT_A, incs), fingerprint(TEXT_A), 0.8)
    # Code-point order, as SQLite compares text: a locale collation would put "x1" before "x-2".
    assert _ids(store) == ["z9", "X3", "x-2", "x1", "a0"]
    assert _ids(store, IncidentFilter(limit=2, offset=3)) == ["x1", "a0"]


def test_full_text_search_ignores_case_and_covers_titles_and_cyrillic(store: Store) -> None:
    store.add(_report("da", TEXT_A, [_incident("da", 1, "strike", None, "Robotyne", None)], title="Shelling report"),
              fingerprint(TEXT_A), 0.8)
    store.add(_report("dc", TEXT_C, [_incident("dc", 1, "strike", None, "Bakhmut", None)]),
              fingerprint(TEXT_C), 0.8)
    assert _ids(store, IncidentFilter(text="ROBOTYNE artillery")) == ["da-i1"]
    assert _ids(store, IncidentFilter(text="shelling")) == ["da-i1"]  # in the title only
    assert _ids(store, IncidentFilter(text="бахмута")) == ["dc-i1"]
    assert _ids(store, IncidentFilter(text="ОБСТРІЛ")) == ["dc-i1"]
    assert _ids(store, IncidentFilter(text="Robotyne Бахмута")) == []  # every word must occur


# -- schema and opening ----------------------------------------------------------------------------


def test_schema_is_versioned_and_newer_databases_are_refused(store_url: str) -> None:
    latest = SQLITE_LATEST if store_url.startswith("sqlite") else PG_LATEST
    with open_store(store_url) as s:
        assert s.schema_version() == latest
    with open_store(store_url) as s:  # opening a migrated store again changes nothing
        assert s.schema_version() == latest
    _set_schema_version(store_url, latest + 1)
    with pytest.raises(SchemaError, match="newer than this warlog"):
        open_store(store_url)


def test_reopening_keeps_data(store_url: str) -> None:
    with open_store(store_url) as s:
        s.add(_report("da", TEXT_A, [_incident("da", 1, "strike", None, "Robotyne", None)]), fingerprint(TEXT_A), 0.8)
    with open_store(store_url) as s:
        assert s.stats() == {"documents": 1, "incidents": 1, "duplicates_seen": 0}
        assert s.add(_report("da", TEXT_A), fingerprint(TEXT_A), 0.8).status == "duplicate"


@pytest.mark.parametrize("url, reason", [
    ("postgresql://warlog:s3cret@127.0.0.1:1/test", "Connection refused"),
    ("postgres://postgres:s3cret@127.0.0.1:5432/warlog_no_such_db", "does not exist"),
    ("postgresql://warlog_no_such_role@127.0.0.1:5432/test?password=s3cret", "does not exist"),
    ("postgresql://postgres@127.0.0.1:5432/test?sslmode=bogus&password=s3cret", "sslmode"),
    ("postgresql://postgres@127.0.0.1:5432/test?options=-csearch_path%3Dwarlog_no_such_schema", "no schema"),
])
def test_postgres_open_errors_are_one_line_store_errors_without_the_password(url: str, reason: str) -> None:
    if PG_SERVER == "off":
        pytest.skip("PostgreSQL runs turned off by WARLOG_TEST_POSTGRES=off")
    with pytest.raises(StoreError) as caught:
        open_store(url)
    message = str(caught.value)
    assert reason in message and "\n" not in message
    assert "s3cret" not in message and message.startswith(url.replace("s3cret", "***"))
