"""A Telegram export through the whole ingest: documents, forwards as provenance, links as citations, and a newer
export of the same channel adding only its new and edited posts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import warlog

FIXTURES = Path(__file__).parents[1] / "readers" / "fixtures" / "telegram"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory, settings):  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("tg") / "tg.db"
    first = warlog.ingest([FIXTURES / "frontline"], db, settings=settings, channel_username="frontline_notes")
    return db, first


def test_each_post_is_a_document_with_its_channel_and_link(ingested, settings) -> None:  # type: ignore[no-untyped-def]
    db, first = ingested
    assert not first.failed and len(first.new) == 6
    with warlog.open(db, settings=settings) as store:
        docs = {d.source_info.post_id: d for d in (store.report(i).document for i in first.new)}  # type: ignore[union-attr]
    post = docs["102"]
    assert post.outlet == "Frontline Notes" and str(post.published) == "2024-03-02"
    assert post.url == "https://t.me/frontline_notes/102"
    assert post.source_info is not None and post.source_info.url == post.url


def test_forward_names_the_origin_and_the_relay(ingested, settings) -> None:  # type: ignore[no-untyped-def]
    db, first = ingested
    with warlog.open(db, settings=settings) as store:
        graph = store.sources()
        reports = [store.report(i) for i in first.new]
    assert ("Frontline Notes", "Night Watch Channel", "forward", 1) in graph
    forward = next(r for r in reports if r and r.document.source_info and r.document.source_info.forwarded_from)
    assert [(c.cited, c.kind) for c in forward.citations][:1] == [("Night Watch Channel", "forward")]


def test_links_in_rich_text_become_citations(ingested, settings) -> None:  # type: ignore[no-untyped-def]
    db, first = ingested
    with warlog.open(db, settings=settings) as store:
        report = next(r for r in (store.report(i) for i in first.new)
                      if r and r.document.source_info and r.document.source_info.post_id == "103")
    cited = {c.cited for c in report.citations}
    assert {"Meduza", "@otherwatch"} <= cited
    meduza = next(c for c in report.citations if c.cited == "Meduza")
    assert meduza.span is not None and meduza.span.text == "Meduza"


def test_newer_export_adds_only_new_and_edited_posts(ingested, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, first = ingested
    copy = tmp_path / "copy.db"
    shutil.copy(db, copy)
    again = warlog.ingest([FIXTURES / "frontline_later"], copy, settings=settings)
    assert not again.failed
    assert len(again.unchanged) == 5  # 102-107 as they were
    assert [s.rsplit("#", 1)[1] for s in again.updated] == ["108"]
    assert len(again.new) == 2  # the edited 108 and the new 110
    with warlog.open(copy, settings=settings) as store:
        stored = [store.report(d.id) for d in store.documents()]
        texts = {r.document.source_info.post_id: r.document for r in stored if r and r.document.source_info}
        assert sorted(texts) == ["102", "103", "104", "105", "107", "108", "110"]
        assert texts["108"].text.endswith("restore it by evening.")
        assert store.stats()["documents"] == 7
        links = store.links
        assert not links.pending_documents()
        # nothing of the replaced version is left behind: incidents, links and canonical members all resolve
        orphans = links.rows("SELECT COUNT(*) AS n FROM incidents WHERE doc_id NOT IN (SELECT id FROM documents)")
        assert orphans[0]["n"] == 0
        stored_incidents = {r["id"] for r in links.rows("SELECT id FROM incidents")}
        for canonical in links.canonical_incidents():
            assert set(canonical.incident_ids) <= stored_incidents
    third = warlog.ingest([FIXTURES / "frontline_later", FIXTURES / "frontline"], copy, settings=settings)
    assert not third.new and not third.updated and len(third.unchanged) == 13  # an older export changes nothing


def test_old_and_new_export_in_one_run_store_each_post_once(settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    summary = warlog.ingest([FIXTURES / "frontline", FIXTURES / "frontline_later"], tmp_path / "one.db",
                            settings=settings)
    assert len(summary.new) == 7 and len(summary.updated) == 1 and len(summary.unchanged) == 5
    assert not summary.duplicates


def test_post_stored_without_its_version_row_is_adopted_not_seen_twice(ingested, settings,  # type: ignore[no-untyped-def]
                                                                       tmp_path: Path) -> None:
    db, _ = ingested
    copy = tmp_path / "cut.db"
    shutil.copy(db, copy)
    with warlog.open(copy, settings=settings) as store:  # as if every run had stopped between the two writes
        store.store.conn.execute("DELETE FROM post_versions")  # type: ignore[attr-defined]
    again = warlog.ingest([FIXTURES / "frontline"], copy, settings=settings)
    assert len(again.unchanged) == 6 and not again.duplicates and not again.new


def test_sources_command_shows_relay_and_origin(ingested) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from warlog.cli import main

    db, _ = ingested
    result = CliRunner().invoke(main, ["sources", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "citations (citing -> cited, kind, documents; a forward is relay -> origin):" in result.output
    assert "  Frontline Notes -> Night Watch Channel  forward  1" in result.output
    assert "  B  Meduza" in result.output


def test_post_report_validates_against_the_schema(ingested, settings) -> None:  # type: ignore[no-untyped-def]
    import json
    from importlib import resources

    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((resources.files("warlog") / "schema" / "report.schema.json").read_text())
    db, first = ingested
    with warlog.open(db, settings=settings) as store:
        for doc_id in first.new:
            report = store.report(doc_id)
            assert report is not None
            jsonschema.validate(report.to_json_dict(), schema)
