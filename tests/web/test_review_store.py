"""The review layer's storage on both backends: users, overlay, append-only audit log, reviewed filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pgtest import postgres_schema
from webdata import fill

from warlog.errors import StoreError
from warlog.store import Store, open_store
from warlog.store.review import ReviewStore
from warlog.store.review_queries import ReviewFilter, ReviewQueries


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        with open_store(tmp_path / "r.db") as s:
            yield s
    else:
        with postgres_schema() as url, open_store(url) as s:
            yield s


def test_users_are_unique_and_roles_checked(store: Store) -> None:
    reviews = ReviewStore(store)
    reviews.add_user("ana", "hash", "analyst")
    with pytest.raises(StoreError, match="exists"):
        reviews.add_user("ana", "hash", "viewer")
    with pytest.raises(StoreError, match="role"):
        reviews.add_user("bob", "hash", "superuser")
    assert [(u.name, u.role) for u in reviews.users()] == [("ana", "analyst")]


def test_the_audit_log_is_append_only(store: Store) -> None:
    reviews = ReviewStore(store)
    reviews.record("x-i1", "ana", "note", why="first")
    for statement in ("UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"):
        with pytest.raises(StoreError, match="append-only"):
            reviews.execute(statement)
    assert [e.actor for e in reviews.audit("x-i1")] == ["ana"]


def test_overlay_keeps_status_and_fields_across_actions(store: Store) -> None:
    reviews = ReviewStore(store)
    reviews.record("x-i1", "ana", "edit", changes={"type": "strike", "fatalities_best": None})
    reviews.record("x-i1", "bob", "confirm", status="confirmed")
    reviews.record("x-i1", "ana", "edit", changes={"place": "Bakhmut"})
    review = reviews.review("x-i1")
    assert review is not None and review.status == "confirmed" and review.reviewed_by == "ana"
    assert review.fields == {"type": "strike", "fatalities_best": None, "place": "Bakhmut"}
    entries = reviews.audit("x-i1")
    assert [e.action for e in entries] == ["edit", "confirm", "edit"]
    assert entries[1].before and entries[1].before["status"] is None
    assert entries[1].after and entries[1].after["status"] == "confirmed"
    with pytest.raises(StoreError, match="not editable"):
        reviews.record("x-i1", "ana", "edit", changes={"json": "{}"})


def test_filters_and_sorting_use_reviewed_values(store: Store) -> None:
    ids = fill(store)
    reviews = ReviewStore(store)
    queries = ReviewQueries(reviews)
    assert queries.count(ReviewFilter(types=["strike"])) == 2
    reviews.record(ids[0], "ana", "edit", changes={"type": "armed_clash", "date_start": "2025-01-01",
                                                   "date_end": "2025-01-01", "place": "Soledar"})
    assert queries.count(ReviewFilter(types=["strike"])) == 1
    assert queries.count(ReviewFilter(types=["armed_clash"], place="soledar")) == 1
    assert queries.count(ReviewFilter(since=date(2024, 12, 1))) == 1
    assert queries.page_ids(ReviewFilter(), 1) == [ids[0]]  # latest first, by the reviewed date
    (record, review), = queries.records([ids[0]])
    assert record.incident.type == "armed_clash" and record.incident.where is not None
    assert record.incident.where.name == "Soledar" and record.incident.acled is not None
    assert review is not None and store.incident(ids[0]).incident.type == "strike"  # type: ignore[union-attr]
    assert queries.count(ReviewFilter(text="witness Kreminna")) == 1
    assert sum(n for _, n in queries.timeline(ReviewFilter())) == 4
    assert {m.place for m in queries.markers(ReviewFilter())} >= {"Kreminna", "Kharkiv"}
    assert ("Steppe Monitor", 2, 2) in queries.outlets()
    assert ("Ivan Petrenko", 4) in queries.people()


def test_reviewed_records_for_exports_outside_the_workbench(store: Store) -> None:
    from warlog.store.overlay import reviewed

    ids = fill(store)
    reviews = ReviewStore(store)
    reviews.record(ids[0], "ana", "edit", changes={"fatalities_best": 11})
    reviews.record(ids[1], "ana", "reject", status="rejected")
    records = list(reviewed(store, store.incidents(), batch=2))
    assert sorted(r.incident.id for r in records) == sorted([ids[0], ids[2], ids[3]])
    edited = next(r for r in records if r.incident.id == ids[0])
    assert edited.incident.fatalities is not None and edited.incident.fatalities.best == 11
    assert len(list(reviewed(store, store.incidents(), drop_rejected=False))) == 4


def test_an_existing_database_gains_the_review_tables(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from warlog.store.migrations import MIGRATIONS, _statements

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for number, sql in MIGRATIONS:
        if number >= 3:
            break
        for statement in _statements(sql):
            conn.execute(statement)
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(number),))
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.schema_version() >= 3
        ids = fill(store)
        reviews = ReviewStore(store)
        reviews.record(ids[0], "ana", "confirm", status="confirmed")
        assert ReviewQueries(reviews).count(ReviewFilter(review="confirmed")) == 1
