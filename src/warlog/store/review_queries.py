"""Incident queries with the review overlay in force, for the workbench and its exports.

Filters and sorting act on the reviewed values (``COALESCE(overlay, machine)``), so an incident an analyst
moved to another type or place is found under its new one. Listing is two steps: the ids of one page (a scan
of the narrow ``incidents`` columns, no JSON), then the full records of that page only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..models import Incident
from .base import IncidentRecord
from .common import DOC_COLUMNS, document_from_row
from .overlay import apply_review
from .review import Review, ReviewStore, fts_words

REVIEW_STATES = ("", "unreviewed", "confirmed", "rejected", "all")  # "": everything but rejected

# The reviewed value of each filterable column.
EFFECTIVE = {
    "type": "COALESCE(r.type, i.type)",
    "date_start": "COALESCE(r.date_start, i.date_start)",
    "date_end": "COALESCE(r.date_end, r.date_start, i.date_end)",
    "place": "COALESCE(r.place, i.place)",
    "admin1": "COALESCE(r.admin1, i.admin1)",
    "lat": "COALESCE(r.lat, i.lat)",
    "lon": "COALESCE(r.lon, i.lon)",
    "certainty": "COALESCE(r.certainty, i.certainty)",
}


@dataclass
class ReviewFilter:
    """What the workbench's filter bar selects; every field maps to one URL query parameter."""

    types: list[str] = field(default_factory=list)
    since: date | None = None
    until: date | None = None
    place: str | None = None
    outlet: str | None = None
    certainty: str | None = None
    text: str | None = None
    review: str = ""
    grade: str | None = None  # Admiralty grade: accepted, not applied until source reliability (issue #6)


@dataclass(frozen=True)
class Marker:
    lat: float
    lon: float
    count: int
    place: str
    first_id: str


class ReviewQueries:
    def __init__(self, reviews: ReviewStore) -> None:
        self.reviews = reviews
        self.dialect = reviews.dialect

    def _where(self, flt: ReviewFilter) -> tuple[str, list[Any], bool]:
        """SQL conditions, parameters, and whether the documents table is needed."""
        clauses: list[str] = []
        params: list[Any] = []
        needs_documents = False
        if flt.types:
            clauses.append(f"{EFFECTIVE['type']} IN ({','.join('?' * len(flt.types))})")
            params += flt.types
        if flt.since:
            clauses.append(f"COALESCE({EFFECTIVE['date_end']}, {EFFECTIVE['date_start']}) >= ?")
            params.append(flt.since.isoformat())
        if flt.until:
            clauses.append(f"{EFFECTIVE['date_start']} <= ?")
            params.append(flt.until.isoformat())
        if flt.place:
            like = self.dialect.like
            clauses.append(f"({EFFECTIVE['place']} {like} ? OR {EFFECTIVE['admin1']} {like} ? OR i.country = ?)")
            params += [f"%{flt.place}%", f"%{flt.place}%", flt.place.upper()]
        if flt.outlet:
            clauses.append(f"i.outlet {self.dialect.like} ?")
            params.append(f"%{flt.outlet}%")
        if flt.certainty:
            clauses.append(f"{EFFECTIVE['certainty']} = ?")
            params.append(flt.certainty)
        if flt.text and flt.text.strip():
            needs_documents = True
            clauses.append(self.dialect.fts())
            params.append(flt.text if self.dialect.postgres else fts_words(flt.text))
        if flt.review == "unreviewed":
            clauses.append("r.status IS NULL")
        elif flt.review in ("confirmed", "rejected"):
            clauses.append("r.status = ?")
            params.append(flt.review)
        elif flt.review != "all":
            clauses.append("(r.status IS NULL OR r.status <> 'rejected')")
        return (" AND ".join(clauses) or "1=1"), params, needs_documents

    def _from(self, needs_documents: bool) -> str:
        docs = " JOIN documents d ON d.id = i.doc_id" if needs_documents else ""
        return f"incidents i LEFT JOIN review_overlay r ON r.target_id = i.id{docs}"

    def count(self, flt: ReviewFilter) -> int:
        where, params, docs = self._where(flt)
        row = self.reviews.execute(f"SELECT COUNT(*) AS n FROM {self._from(docs)} WHERE {where}", params).fetchone()
        return int(row["n"])

    def page_ids(self, flt: ReviewFilter, limit: int | None, offset: int = 0) -> list[str]:
        """Incident ids in display order: latest first, undated last."""
        where, params, docs = self._where(flt)
        start = EFFECTIVE["date_start"]
        sql = (f"SELECT i.id FROM {self._from(docs)} WHERE {where}"
               f" ORDER BY {start} IS NULL, {start} DESC, i.id")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [r["id"] for r in self.reviews.rows(sql, params)]

    def records(self, ids: list[str]) -> list[tuple[IncidentRecord, Review | None]]:
        """The incidents ``ids`` in that order, each with the overlay applied and its review."""
        if not ids:
            return []
        found: dict[str, IncidentRecord] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.reviews.rows(f"SELECT i.json AS incident_json, {DOC_COLUMNS} FROM incidents i JOIN documents d"
                                     f" ON d.id = i.doc_id WHERE i.id IN ({marks})", chunk)
            for r in rows:
                incident = Incident.model_validate_json(r["incident_json"])
                found[incident.id] = IncidentRecord(incident, document_from_row(r))
        reviews = {}
        for start in range(0, len(ids), 500):
            reviews.update(self.reviews.reviews(ids[start:start + 500]))
        return [(apply_review(found[i], reviews.get(i)), reviews.get(i)) for i in ids if i in found]

    def iter_all(self, flt: ReviewFilter, batch: int = 1000) -> Iterator[tuple[IncidentRecord, Review | None]]:
        """Every incident the filter selects, in display order, overlay applied (for exports)."""
        ids = self.page_ids(flt, None)
        for start in range(0, len(ids), batch):
            yield from self.records(ids[start:start + batch])

    def markers(self, flt: ReviewFilter, limit: int = 5000) -> list[Marker]:
        """One marker per distinct point, with its incident count (the map clusters these)."""
        where, params, docs = self._where(flt)
        lat, lon = EFFECTIVE["lat"], EFFECTIVE["lon"]
        sql = (f"SELECT {lat} AS lat, {lon} AS lon, COUNT(*) AS n, MIN({EFFECTIVE['place']}) AS place,"
               f" MIN(i.id) AS first_id FROM {self._from(docs)} WHERE {where} AND {lat} IS NOT NULL"
               f" AND {lon} IS NOT NULL GROUP BY {lat}, {lon} ORDER BY n DESC LIMIT ?")
        return [Marker(float(r["lat"]), float(r["lon"]), int(r["n"]), r["place"] or "", r["first_id"])
                for r in self.reviews.rows(sql, [*params, limit])]

    def timeline(self, flt: ReviewFilter, unit: str) -> list[tuple[str, int]]:
        """(bucket start date, incidents) per day or week, dated incidents only, in date order."""
        where, params, docs = self._where(flt)
        start = EFFECTIVE["date_start"]
        bucket = self.dialect.week(start) if unit == "week" else self.dialect.day(start)
        sql = (f"SELECT {bucket} AS bucket, COUNT(*) AS n FROM {self._from(docs)} WHERE {where}"
               f" AND {start} IS NOT NULL GROUP BY bucket ORDER BY bucket")
        return [(str(r["bucket"]), int(r["n"])) for r in self.reviews.rows(sql, params)]

    def outlets(self) -> list[tuple[str, int, int]]:
        """(outlet, documents, incidents) for every outlet, most incidents first."""
        sql = ("SELECT d.outlet AS outlet, COUNT(DISTINCT d.id) AS docs, COUNT(i.id) AS n FROM documents d"
               " LEFT JOIN incidents i ON i.doc_id = d.id GROUP BY d.outlet ORDER BY n DESC, outlet")
        return [(r["outlet"] or "(unknown)", int(r["docs"]), int(r["n"])) for r in self.reviews.rows(sql)]

    def people(self, limit: int = 500) -> list[tuple[str, int]]:
        """(name, documents naming them) from the PERSON entities of the stored reports."""
        if self.dialect.postgres:
            sql = ("SELECT e->>'text' AS name, COUNT(DISTINCT d.id) AS n FROM documents d,"
                   " jsonb_array_elements(d.report_json::jsonb -> 'entities') AS e"
                   " WHERE e->>'label' = 'PERSON' GROUP BY name ORDER BY n DESC, name LIMIT ?")
        else:
            sql = ("SELECT json_extract(e.value, '$.text') AS name, COUNT(DISTINCT d.id) AS n FROM documents d,"
                   " json_each(d.report_json, '$.entities') AS e WHERE json_extract(e.value, '$.label') = 'PERSON'"
                   " GROUP BY name ORDER BY n DESC, name LIMIT ?")
        return [(r["name"], int(r["n"])) for r in self.reviews.rows(sql, [limit])]
