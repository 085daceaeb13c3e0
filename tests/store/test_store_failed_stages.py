"""Migration 4: ``documents.failed_stages`` names the stages that failed on a document, on both backends.

Pinned: the review queue's "a stage failed" list used to read every report's JSON; it now reads the column,
which the migration fills for documents stored before it and every write keeps up to date.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import psycopg
import pytest
from pgtest import postgres_schema

from warlog.api import fingerprint
from warlog.models import Document, Report, StageFailure
from warlog.store import Store, open_store
from warlog.store.queue_queries import QueueQueries
from warlog.store.reports import document_ids, partial_documents
from warlog.store.review import ReviewStore


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'w.db'}"
    else:
        with postgres_schema() as url:
            yield url


def _report(doc_id: str, text: str, failed: list[tuple[str, str]]) -> Report:
    return Report(document=Document(id=doc_id, text=text, title=f"title {doc_id}"),
                  failed_stages=[StageFailure(stage=s, error=e) for s, e in failed])


REPORTS = [
    _report("d0000000000000001", "Shelling hit the town on Monday, the mayor said.", []),
    _report("d0000000000000002", "A drone struck a depot overnight, officials said.",
            [("geocode", "ConnectionError: gazetteer unreachable")]),
    _report("d0000000000000003", "Two soldiers refused to advance, a relative said.",
            [("people", "ValueError: odd name"), ("citations", "KeyError: 'outlet'")]),
    # The words of a failure inside the text must not make a document look failed.
    _report("d0000000000000004", 'He wrote "failed_stages":[{ in his post, the channel said.', []),
]


def _add(store: Store) -> None:
    for report in REPORTS:
        store.add(report, fingerprint(report.document.text), 0.8)


def _column(store: Store) -> dict[str, str | None]:
    rows = ReviewStore(store).rows("SELECT id, failed_stages FROM documents ORDER BY id")
    return {r["id"]: r["failed_stages"] for r in rows}


EXPECTED = {"d0000000000000001": None, "d0000000000000002": "geocode", "d0000000000000003": "people,citations",
            "d0000000000000004": None}


def test_new_documents_get_their_failed_stages(store_url: str) -> None:
    with open_store(store_url) as store:
        _add(store)
        assert _column(store) == EXPECTED
        assert [p.doc_id for p in partial_documents(store)] == ["d0000000000000002", "d0000000000000003"]
        assert document_ids(store, failed=True) == ["d0000000000000002", "d0000000000000003"]


def _back_to_version_3(url: str) -> None:
    """The database as migration 3 left it: no column, no index, version 3."""
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url[len("sqlite:///"):]) as conn:
            conn.execute("DROP INDEX documents_failed")
            conn.execute("ALTER TABLE documents DROP COLUMN failed_stages")
            conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
        return
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ALTER TABLE documents DROP COLUMN failed_stages")  # drops its index too
        conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")


def test_migration_fills_the_column_from_the_stored_reports(store_url: str) -> None:
    with open_store(store_url) as store:
        _add(store)
    _back_to_version_3(store_url)
    with open_store(store_url) as store:
        assert store.schema_version() == 4
        assert _column(store) == EXPECTED


def test_queue_lists_failed_documents_from_the_column(store_url: str) -> None:
    with open_store(store_url) as store:
        _add(store)
        reviews = ReviewStore(store)
        queue = QueueQueries(reviews)
        failed = {item.target: item for item in queue.failed_documents()}
        assert sorted(failed) == ["d0000000000000002", "d0000000000000003"]
        assert failed["d0000000000000003"].reason == "failed: people, citations"
        assert failed["d0000000000000003"].details == ["people: ValueError: odd name", "citations: KeyError: 'outlet'"]
        # Documents without incidents: the failed ones are listed above, not here.
        assert sorted(item.target for item in queue.empty_documents()) == ["d0000000000000001", "d0000000000000004"]
        reviews.record("d0000000000000002", "ana", "checked", status="confirmed")
        assert [item.target for item in queue.failed_documents()] == ["d0000000000000003"]
