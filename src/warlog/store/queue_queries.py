"""What needs an analyst: the review queue's queries, on either backend (``?`` placeholders, ``ReviewStore``).

Five lists, each of what nobody has confirmed, rejected or checked yet (a review status on the target):
documents new since a time, canonical incidents with contradictions, incidents with a low-confidence place or
type, documents that yielded no incident, and documents on which a pipeline stage failed
(``Report.failed_stages``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .names_schema import UNCERTAIN
from .review import ReviewStore

# A place is uncertain when it is missing, unresolved or only a country; a type when the extraction fell back
# on "other".
_DONE = "SELECT target_id FROM review_overlay WHERE status IS NOT NULL"


@dataclass
class QueueItem:
    kind: str  # "incident", "canonical" or "document"
    target: str
    title: str
    reason: str
    when: str | None = None
    details: list[str] = field(default_factory=list)

    @property
    def href(self) -> str:
        prefix = {"incident": "/incidents/", "canonical": "/canonical/", "document": "/documents/"}[self.kind]
        return prefix + self.target


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


class QueueQueries:
    def __init__(self, reviews: ReviewStore) -> None:
        self.reviews = reviews

    def mark(self) -> str:
        """Where the corpus ends now, for ``new_documents`` next time: SQLite's last rowid (documents are
        numbered as they are stored; comparing it reads no document), PostgreSQL's clock."""
        if self.reviews.dialect.postgres:
            return str(self.reviews.rows("SELECT clock_timestamp() AS now")[0]["now"].isoformat())
        row = self.reviews.rows("SELECT COALESCE(MAX(rowid), 0) AS n FROM documents")[0]
        return f"rowid:{int(row['n'])}"

    def new_documents(self, since: str | None, limit: int = 100) -> list[QueueItem]:
        """Documents stored after the ``mark`` ``since`` (None: none are new), newest first, with incident counts."""
        if not since:
            return []
        value: int | str
        if since.startswith("rowid:"):
            after, value = "d.rowid > ?", int(since[6:])
            newest = "d.rowid DESC"
        else:  # a time (PostgreSQL, or a mark written before rowids were used)
            after, value, newest = "d.ingested_at > ?", since, "d.ingested_at DESC, d.id"
        rows = self.reviews.rows(
            "SELECT d.id AS id, d.title AS title, d.outlet AS outlet, d.ingested_at AS ingested_at,"
            " (SELECT COUNT(*) FROM incidents i WHERE i.doc_id = d.id) AS n FROM documents d"
            f" WHERE {after} AND d.id NOT IN ({_DONE}) ORDER BY {newest} LIMIT ?", [value, limit])
        return [QueueItem("document", r["id"], r["title"] or r["id"], f"new: {int(r['n'])} incident(s)",
                          _text(r["ingested_at"]), [r["outlet"] or ""]) for r in rows]

    def contradictions(self, limit: int = 100) -> list[QueueItem]:
        """Canonical incidents whose reports disagree (fatalities, date, place, type...), not yet reviewed."""
        rows = self.reviews.rows(
            "SELECT c.id AS id, c.type AS type, c.place AS place, c.date_start AS date_start, c.json AS json"
            f" FROM canonical_incidents c WHERE c.json LIKE ? AND c.id NOT IN ({_DONE})"
            " ORDER BY c.date_start DESC, c.id LIMIT ?", ['%"contradictions":[{%', limit])
        out = []
        for r in rows:
            fields = sorted({c["field"] for c in json.loads(r["json"]).get("contradictions", [])})
            out.append(QueueItem("canonical", r["id"], f"{r['type']} at {r['place'] or 'unknown place'}",
                                 "contradiction: " + ", ".join(fields), _text(r["date_start"])))
        return out

    def low_confidence(self, limit: int = 100) -> list[QueueItem]:
        """Incidents with an uncertain place or type, not yet reviewed (an edit or a status counts)."""
        rows = self.reviews.rows(
            "SELECT i.id AS id, i.type AS type, i.place AS place, i.geo_precision AS precision, i.lat AS lat,"
            " i.date_start AS date_start FROM incidents i"
            f" WHERE ({UNCERTAIN}) AND NOT EXISTS (SELECT 1 FROM review_overlay o WHERE o.target_id = i.id)"
            " ORDER BY i.date_start DESC, i.id LIMIT ?", [limit])
        out = []
        for r in rows:
            reasons = []
            if r["type"] == "other":
                reasons.append("type unsure (other)")
            if r["place"] is None or r["lat"] is None or r["precision"] in ("unknown", "country"):
                reasons.append(f"place {'missing' if r['place'] is None else 'unresolved or vague'}"
                               f" ({r['precision'] or 'unknown'})")
            out.append(QueueItem("incident", r["id"], f"{r['type']} at {r['place'] or 'unknown place'}",
                                 "; ".join(reasons), _text(r["date_start"])))
        return out

    def empty_documents(self, limit: int = 100) -> list[QueueItem]:
        """Documents that yielded no incident (and no stage failed on them)."""
        # Their ids from documents_without_incidents (migration 7), then the details of those few.
        ids = [r["id"] for r in self.reviews.rows(
            f"SELECT w.doc_id AS id FROM documents_without_incidents w WHERE w.doc_id NOT IN ({_DONE})")]
        out: list[QueueItem] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self.reviews.rows(
                "SELECT id, title, outlet, published FROM documents"
                f" WHERE id IN ({','.join('?' * len(chunk))}) AND failed_stages IS NULL", chunk)
            out += [QueueItem("document", r["id"], r["title"] or r["id"], "no incident found", _text(r["published"]),
                              [r["outlet"] or ""]) for r in rows]
        out.sort(key=lambda item: (item.when or "", item.target), reverse=True)
        return out[:limit]

    def failed_documents(self, limit: int = 100) -> list[QueueItem]:
        """Documents on which a stage raised: which stage and why (``warlog reprocess --failed`` retries them)."""
        # The ids first, through the partial index of the failed_stages column (migration 4); then the
        # reports' JSON of those alone, for the errors.
        ids = [r["id"] for r in self.reviews.rows(
            f"SELECT d.id AS id FROM documents d WHERE d.failed_stages IS NOT NULL AND d.id NOT IN ({_DONE})"
            " ORDER BY d.published DESC, d.id LIMIT ?", [limit])]
        if not ids:
            return []
        found = {r["id"]: r for r in self.reviews.rows(
            "SELECT d.id AS id, d.title AS title, d.published AS published, d.report_json AS report_json"
            f" FROM documents d WHERE d.id IN ({','.join('?' * len(ids))})", ids)}
        out = []
        for r in (found[i] for i in ids if i in found):
            failures = json.loads(r["report_json"]).get("failed_stages", [])
            out.append(QueueItem("document", r["id"], r["title"] or r["id"],
                                 "failed: " + ", ".join(f["stage"] for f in failures), _text(r["published"]),
                                 [f"{f['stage']}: {f['error']}"[:300] for f in failures]))
        return out
