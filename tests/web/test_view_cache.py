"""What the views keep between requests (``ViewCache``, migration 9) is what they would read afresh, on both backends.

Pinned: the linked events were grouped in Python every request (3,003 linked incidents at 1,000,000 events:
45-70 ms of CPU, 20-25 ms of PostgreSQL), and the overlay read three times for the link corrections and the
duplicate marks. They are now kept under the change stamp. After every kind of write to what they are read
from (a review, a rejection, a duplicate mark, a move, a split, a merge, a link and an unlink, a canonical
incident changed, a document's times changed, an incident stored again), by another connection as a second
process would and by the app's own, each view answers as it does with nothing kept.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from pgtest import postgres_schema

from conftest import PASSWORD, login
from warlog.api import fingerprint
from warlog.models import Document, Report
from warlog.store import open_store
from warlog.store.review import ReviewStore
from warlog.store.view_cache import ViewCache

URLS = ["/api/markers", "/timeline?q=barracks", "/incidents?q=drone&level=reports", "/api/markers?type=strike",
        "/api/markers?since=2023-01-01&until=2023-06-30", "/api/markers?q=drone", "/timeline",
        "/timeline?place=Kharkiv", "/incidents", "/incidents?sort=published", "/incidents?sort=updated",
        "/incidents?sort=grade", "/incidents?sort=place&dir=asc", "/incidents?q=market", "/incidents?review=all",
        "/incidents?page=2&sort=killed", "/canonical"]


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path, monkeypatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    from benchmarks import web_data

    from warlog.web import add_user

    monkeypatch.setattr(web_data, "STORY_EVERY", 40)  # 20 events told by three linked reports

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'w.db'}"
        with open_store(url) as store:
            web_data.fill(store, 1600)
        add_user(url, "ana", PASSWORD, "analyst")
        yield url
    else:
        with postgres_schema() as url:
            with open_store(url) as store:
                web_data.fill(store, 1600)
            add_user(url, "ana", PASSWORD, "analyst")
            yield url


def _answers(client: Any) -> dict[str, str]:
    # The CSRF token is the session's, the same either way; nothing else on a page differs between two reads
    return {url: re.sub(r'name="csrf_token" value="[^"]+"', "", client.get(url).text) for url in URLS}


def _same_as_afresh(client: Any, bench: Any) -> None:
    kept = bench.cache
    cached = _answers(client)
    assert kept.hits > 0
    bench.cache = bench.queries.cache = None
    try:
        fresh = _answers(client)
        assert fresh == cached
    finally:
        bench.cache = bench.queries.cache = kept


def test_kept_views_follow_every_write(store_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from warlog.web import create_app, views

    monkeypatch.setattr(views, "SEARCH_LIMIT", 40)  # the searches read the newest 40 matches: their scope is kept

    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    app = create_app(store_url)
    bench = app.state.workbench
    assert isinstance(bench.cache, ViewCache)
    client = TestClient(app)
    assert login(client, "ana").status_code == 303  # type: ignore[attr-defined]
    mark = "%s" if store_url.startswith("postgresql") else "?"
    try:
        with open_store(store_url) as other:
            writer = ReviewStore(other)
            links = writer.rows("SELECT incident_id, canonical_id, doc_id FROM incident_links ORDER BY incident_id")
            canonicals = sorted({r["canonical_id"] for r in links})
            lone = writer.rows("SELECT i.id AS id, i.doc_id AS doc_id FROM incidents i WHERE i.elsewhere = 0"
                               " ORDER BY i.id LIMIT 3")
            _answers(client)  # kept
            stamp = bench.cache.stamp()
            _same_as_afresh(client, bench)
            assert bench.cache.stamp() == stamp  # reading moves nothing

            def wrote(action: Any) -> None:
                before = bench.cache.stamp()
                action()
                assert bench.cache.stamp() != before
                _same_as_afresh(client, bench)

            def unlinked_write(action: Any) -> None:
                before = bench.cache.stamps()
                action()
                after = bench.cache.stamps()
                assert after["linked"] == before["linked"] and after["documents"] != before["documents"]
                _same_as_afresh(client, bench)

            # A new report with the searched words, nobody linked: the searches see it, the linked events stay
            text = "A drone hit a market with a missile; soldiers deserted the barracks."
            unlinked_write(lambda: other.add(Report(document=Document(id="znew", text=text, source="test:znew")),
                                             fingerprint(text), 0.9))

            # An incident nobody linked, stored: nothing kept moves (the other views read it afresh)
            alone = writer.rows("SELECT * FROM incidents WHERE id = ?", [lone[2]["id"]])[0]
            columns = [name for name in alone.keys() if name != "elsewhere"]
            before = bench.cache.stamps()
            writer.conn.execute(f"INSERT INTO incidents({', '.join(columns)}) VALUES"
                                f" ({', '.join([mark] * len(columns))})",
                                [alone[name] if name != "id" else alone["id"] + "x" for name in columns])
            assert bench.cache.stamps() == before
            _same_as_afresh(client, bench)

            first, second = links[0]["incident_id"], links[3]["incident_id"]
            wrote(lambda: writer.record(first, "ana", "edit", changes={"type": "mobilization", "place": "Elsewhere",
                                                                        "fatalities_best": 99}))
            wrote(lambda: writer.record(second, "ana", "reject", status="rejected"))
            wrote(lambda: writer.record(links[1]["incident_id"], "ana", "duplicate",
                                        changes={"duplicate_of": links[2]["incident_id"]}))
            wrote(lambda: writer.record(lone[0]["id"], "ana", "move", changes={"canonical_id": canonicals[0]}))
            wrote(lambda: writer.record(links[4]["incident_id"], "ana", "split", changes={"canonical_id": None}))
            wrote(lambda: writer.record(canonicals[1], "ana", "merge", changes={"merged_into": canonicals[2]}))
            wrote(lambda: writer.record(canonicals[2], "ana", "edit", changes={"place": "Merged town"}))
            wrote(lambda: writer.conn.execute(
                "INSERT INTO incident_links(incident_id, canonical_id, doc_id, score, member_json, linked_at)"
                f" VALUES ({mark}, {mark}, {mark}, 0.5, '{{}}', 'now')",
                [lone[1]["id"], canonicals[3], lone[1]["doc_id"]]))
            wrote(lambda: writer.conn.execute(f"DELETE FROM incident_links WHERE incident_id = {mark}",
                                              [links[5]["incident_id"]]))
            wrote(lambda: writer.conn.execute(
                f"UPDATE canonical_incidents SET admiralty = 'F6', place = 'Renamed' WHERE id = {mark}",
                [canonicals[4]]))
            wrote(lambda: writer.conn.execute(
                f"UPDATE documents SET published = {mark} WHERE id = {mark}", ["2021-01-02", links[6]["doc_id"]]))
            row = writer.rows("SELECT * FROM incidents WHERE id = ?", [links[7]["incident_id"]])[0]
            names = [name for name in row.keys() if name != "elsewhere"]

            def stored_again() -> None:
                with other.conn.transaction() if store_url.startswith("postgresql") else _sqlite_tx(writer):
                    # as a re-ingest and the linker's next pass: the link, the incident, both written anew
                    writer.conn.execute(f"DELETE FROM incident_links WHERE incident_id = {mark}", [row["id"]])
                    writer.conn.execute(f"DELETE FROM incidents WHERE id = {mark}", [row["id"]])
                    writer.conn.execute(f"INSERT INTO incidents({', '.join(names)}) VALUES"
                                        f" ({', '.join([mark] * len(names))})",
                                        [row[name] if name != "type" else "desertion_or_surrender" for name in names])
                    writer.conn.execute(
                        "INSERT INTO incident_links(incident_id, canonical_id, doc_id, score, member_json, linked_at)"
                        f" VALUES ({mark}, {mark}, {mark}, 0.9, '{{}}', 'now')",
                        [row["id"], links[7]["canonical_id"], row["doc_id"]])

            wrote(stored_again)
        # the app's own connection
        wrote(lambda: bench.reviews.record(links[8]["incident_id"], "ana", "edit", changes={"type": "abandonment"}))
    finally:
        bench.store.close()


class _sqlite_tx:  # noqa: N801 - a context manager named for what it is
    def __init__(self, reviews: ReviewStore) -> None:
        self.conn = reviews.conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, *exc: object) -> None:
        self.conn.execute("COMMIT" if exc[0] is None else "ROLLBACK")


def test_nothing_is_kept_inside_a_transaction(store_url: str) -> None:
    """A connection in the middle of its own writes reads them, the stamp not moved yet: nothing is kept."""
    with open_store(store_url) as store:
        reviews = ReviewStore(store)
        cache = ViewCache(reviews)
        assert cache.stamp() is not None
        if store_url.startswith("postgresql"):
            with store.conn.transaction():  # type: ignore[attr-defined]
                reviews.conn.execute("UPDATE canonical_incidents SET place = 'x'")
                assert cache.stamp() is None
        else:
            with _sqlite_tx(reviews):
                assert cache.stamp() is None
        assert cache.get("linked", None, "k", lambda: 1) == 1 and cache.get("linked", None, "k", lambda: 2) == 2


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_migration_9_from_schema_8(backend: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A database at schema 8 gets the stamp and its triggers; a write after the migration moves it."""
    from rollback import back_to

    def check(url: str) -> None:
        with open_store(url) as store:
            web_data.fill(store, 200)
        back_to(url, 8)
        with open_store(url) as store:
            reviews = ReviewStore(store)
            assert store.schema_version() >= 9
            cache = ViewCache(reviews)
            stamp = cache.stamp()
            assert stamp == 0
            target = reviews.rows("SELECT id FROM incidents ORDER BY id LIMIT 1")[0]["id"]
            reviews.record(target, "ana", "reject", status="rejected")
            moved = cache.stamp()
            # PostgreSQL moves it once a transaction; SQLite once a row written (the overlay, the incident's bits)
            assert moved is not None and (moved == 1 if backend == "postgresql" else moved >= 1)
            reviews.record(target, "ana", "edit", changes={"type": "mobilization"})
            assert (cache.stamp() or 0) > moved

    from benchmarks import web_data

    if backend == "sqlite":
        check(f"sqlite:///{tmp_path / 'old.db'}")
    else:
        with postgres_schema() as url:
            check(url)
