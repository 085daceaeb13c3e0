"""The workbench's document page names the stages that failed on a document, and a document not analysed."""

from __future__ import annotations

from warlog.api import fingerprint
from warlog.models import Document, Report, StageFailure
from warlog.store import open_store


def test_document_page_names_failed_stages_and_unanalysed_language(client_for, db) -> None:  # type: ignore
    partial = Report(document=Document(id="d00000000000000aa", text="Shelling hit the town on Monday.", language="en"),
                     failed_stages=[StageFailure(stage="geocode", error="ConnectionError: gazetteer unreachable")])
    german = Report(document=Document(id="d00000000000000bb", text="Die Stadt wurde am Montag beschossen.",
                                      language="de"), analysed=False)
    with open_store(db[0]) as store:
        for report in (partial, german):
            store.add(report, fingerprint(report.document.text), 0.8)
    client = client_for("viewer")
    page = client.get("/documents/d00000000000000aa").text
    assert 'data-testid="failed-stages"' in page and "<strong>geocode</strong>" in page
    assert "gazetteer unreachable" in page and "reprocess --failed" in page
    other = client.get("/documents/d00000000000000bb").text
    assert 'data-testid="not-analysed"' in other and "no language pack reads de" in other
    assert 'data-testid="failed-stages"' not in other
