"""Stored reports as a whole, on either backend: which were analysed partially, and replacing one.

``reprocess`` (api.py) re-runs the pipeline over stored documents; ``replace_report`` swaps a document's report
and incidents in one transaction and takes the document out of the cross-report links (its incident links,
person mentions and citations; canonical incidents and people rebuilt from what is left), so the next
``link_pending`` links it again like a new document. Reviews and the audit log are never touched: a review of
an incident id that the new report keeps still applies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..linking.canonical import build
from ..linking.embed import from_bytes
from ..linking.grading import ReliabilityTable
from ..linking.linker import Cluster
from ..linking.people import name_key, rebuild
from ..models import Report, StageFailure
from .base import Store
from .common import INCIDENT_COLUMNS, incident_row
from .links import LinkStore
from .names_schema import person_rows
from .queue_schema import failed_stage_names


@dataclass(frozen=True)
class PartialDocument:
    doc_id: str
    source: str | None
    failed: list[StageFailure]


def partial_documents(store: Store) -> list[PartialDocument]:
    """Stored documents some stage failed on, in ingest order, with the failures."""
    links = LinkStore(store)
    rows = links.rows("SELECT id, source, report_json FROM documents WHERE failed_stages IS NOT NULL"
                      " ORDER BY ingested_at, id")
    found = []
    for row in rows:
        report = Report.model_validate_json(row["report_json"])
        if report.failed_stages:
            found.append(PartialDocument(row["id"], row["source"], report.failed_stages))
    return found


def document_ids(store: Store, *, failed: bool = False, since: date | None = None) -> list[str]:
    """Stored documents in ingest order: all, those some stage failed on, or those ingested on or after ``since``."""
    if failed:
        return [p.doc_id for p in partial_documents(store)]
    links = LinkStore(store)
    if since is None:
        rows = links.rows("SELECT id FROM documents ORDER BY ingested_at, id")
    else:
        # SQLite keeps ISO text, PostgreSQL a timestamp: the ISO date compares right with both.
        rows = links.rows("SELECT id FROM documents WHERE ingested_at >= ? ORDER BY ingested_at, id",
                          (since.isoformat(),))
    return [r["id"] for r in rows]


def replace_report(store: Store, report: Report, table: ReliabilityTable) -> None:
    """Store ``report`` as its document's report (the document must be stored) and unlink the document."""
    links = LinkStore(store)
    doc = report.document
    with links.write(f"replace the report of {doc.id}"):
        _unlink(links, doc.id, table)
        links._exec("DELETE FROM incidents WHERE doc_id = ?", (doc.id,))
        links._exec("DELETE FROM document_people WHERE doc_id = ?", (doc.id,))
        for row in person_rows(report):
            links._exec("INSERT INTO document_people(doc_id, name) VALUES (?, ?)", row)
        links._exec("UPDATE documents SET report_json = ?, failed_stages = ? WHERE id = ?",
                    (report.model_dump_json(), failed_stage_names(report), doc.id))
        marks = ",".join("?" * len(INCIDENT_COLUMNS.split(",")))
        for incident in report.incidents:
            links._exec(f"INSERT INTO incidents({INCIDENT_COLUMNS}) VALUES ({marks})", incident_row(incident, doc))


def _unlink(links: LinkStore, doc_id: str, table: ReliabilityTable) -> None:
    canonical_ids = sorted({r["canonical_id"] for r in links.rows(
        "SELECT canonical_id FROM incident_links WHERE doc_id = ?", (doc_id,))})
    person_ids = sorted({r["person_id"] for r in links.rows(
        "SELECT person_id FROM person_mentions WHERE doc_id = ?", (doc_id,))})
    for sql in ("DELETE FROM incident_links WHERE doc_id = ?", "DELETE FROM person_mentions WHERE doc_id = ?",
                "DELETE FROM citations WHERE doc_id = ?", "DELETE FROM linked_docs WHERE doc_id = ?"):
        links._exec(sql, (doc_id,))
    gone_people = {pid for pid in person_ids if _rebuild_person(links, pid)}
    for cid in canonical_ids:
        _rebuild_canonical(links, cid, table, gone_people)


def _rebuild_person(links: LinkStore, person_id: str) -> bool:
    """Recompute a person from their other mentions; delete them when none is left. True when deleted."""
    person = links.person(person_id)
    if person is None:
        return True
    every = links.mentions(person_id)
    if not every:
        links._exec("DELETE FROM people WHERE id = ?", (person_id,))
        return True
    lookup = {i: c for _, m in every for i in m.incident_ids if (c := links.canonical_of(i))}
    rebuilt = rebuild(person, every, lookup)
    links.save_person(rebuilt, name_key(rebuilt.name))
    return False


def _rebuild_canonical(links: LinkStore, canonical_id: str, table: ReliabilityTable, gone_people: set[str]) -> None:
    rows: list[Any] = links.rows("SELECT json, embedding FROM canonical_incidents WHERE id = ?", (canonical_id,))
    if not rows:
        return
    members = links.members(canonical_id)
    if not members:
        links._exec("DELETE FROM canonical_victims WHERE canonical_id = ?", (canonical_id,))
        links._exec("DELETE FROM canonical_incidents WHERE id = ?", (canonical_id,))
        return
    old = links.canonical(canonical_id)
    people = [p for p in (old.people if old else []) if p not in gone_people]
    canonical = build(canonical_id, members, table, people=people)
    blob = rows[0]["embedding"]
    cluster = Cluster(canonical_id, members, from_bytes(bytes(blob) if blob is not None else None), canonical)
    links.save(cluster, [])  # also rewrites the victims index from the rebuilt incident
