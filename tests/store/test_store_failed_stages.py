"""Migration 4: ``documents.failed_stages`` names the stages that failed on a document, on both backends.

Pinned: the review queue's "a stage failed" list used to read every report's JSON; it now reads the column,
which the migration fills for documents stored before it and every write keeps up to date.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pgtest import postgres_schema
from rollback import back_to

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


def test_migration_fills_the_column_from_the_stored_reports(store_url: str) -> None:
    with open_store(store_url) as store:
        _add(store)
    back_to(store_url, 3)
    with open_store(store_url) as store:
        assert store.schema_version() >= 4
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


def test_people_page_names_come_from_the_kept_counts(store_url: str) -> None:
    """Pinned: the people page read every report's JSON for its PERSON names (5.8 s at 500,000 documents); it
    now reads ``person_names`` (migration 6), which must say what the reports say, after a report is replaced
    too."""
    from warlog.models import Entity
    from warlog.store.review_queries import ReviewQueries

    def named(doc_id: str, text: str, names: list[str]) -> Report:
        report = _report(doc_id, text, [])
        place = Entity(id="x", text="Kyiv", label="PLACE", start=0, end=4)
        report.entities = [Entity(id=f"e{n}", text=name, label="PERSON", start=0, end=len(name))
                           for n, name in enumerate(names)] + [place]
        return report

    with open_store(store_url) as store:
        for report in (named("d0000000000000011", "Olena Koval spoke to Petro Ivanenko on Monday.",
                             ["Olena Koval", "Petro Ivanenko", "Olena Koval"]),
                       named("d0000000000000012", "Olena Koval said the shelling went on all night.", ["Olena Koval"]),
                       named("d0000000000000013", "Nobody named spoke to us about the strike.", [])):
            store.add(report, fingerprint(report.document.text), 0.8)
        queries = ReviewQueries(ReviewStore(store))
        assert queries.people() == [("Olena Koval", 2), ("Petro Ivanenko", 1)]
        from warlog.linking.grading import reliability_table
        from warlog.store.reports import replace_report

        replace_report(store, named("d0000000000000011", "Olena Koval spoke to Petro Ivanenko on Monday.",
                                    ["Petro Ivanenko", "Ivan Sirko"]), reliability_table())
        assert queries.people() == [("Ivan Sirko", 1), ("Olena Koval", 1), ("Petro Ivanenko", 1)]


def test_migration_six_fills_the_names_from_the_stored_reports(store_url: str) -> None:
    from warlog.models import Entity
    from warlog.store.review_queries import ReviewQueries

    report = _report("d0000000000000021", "Olena Koval spoke on Monday.", [])
    report.entities = [Entity(id="e1", text="Olena Koval", label="PERSON", start=0, end=11)]
    with open_store(store_url) as store:
        store.add(report, fingerprint(report.document.text), 0.8)
    back_to(store_url, 5)
    with open_store(store_url) as store:
        assert ReviewQueries(ReviewStore(store)).people() == [("Olena Koval", 1)]
