"""Backend-independent pieces of the stores: rows in and out, and choosing a near-duplicate.

Only logic that is truly the same whatever the SQL dialect lives here; each backend keeps its own SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol

from ..models import Document, Incident, Report
from ..text.fingerprint import jaccard, shingles
from .base import AddResult, Fingerprint, IncidentFilter

DOC_COLUMNS = "d.id, d.title, d.outlet, d.url, d.published, d.language, d.source, d.content_hash"

INCIDENT_COLUMNS = ("id, doc_id, type, date_start, date_end, date_precision, place, admin1, country, lat, lon,"
                    " geo_precision, fatalities_best, fatalities_low, fatalities_high, injured_best, certainty,"
                    " outlet, json")


class Row(Protocol):
    """A database row addressable by column name (``sqlite3.Row``, a psycopg ``dict_row``)."""

    def __getitem__(self, key: str, /) -> Any: ...


def field_clauses(flt: IncidentFilter, alias: str, like: str = "LIKE") -> tuple[list[str], list[Any]]:
    """SQL conditions (``?`` placeholders) for the filter's type, date, place and certainty on a table ``alias``
    with the incident filter columns (``incidents`` or ``canonical_incidents``, dates stored as ISO text)."""
    clauses: list[str] = []
    params: list[Any] = []
    if flt.types:
        clauses.append(f"{alias}.type IN ({','.join('?' * len(flt.types))})")
        params += flt.types
    if flt.since:
        clauses.append(f"COALESCE({alias}.date_end, {alias}.date_start) >= ?")
        params.append(flt.since.isoformat())
    if flt.until:
        clauses.append(f"{alias}.date_start <= ?")
        params.append(flt.until.isoformat())
    if flt.place:
        clauses.append(f"({alias}.place {like} ? OR {alias}.admin1 {like} ? OR {alias}.country = ?)")
        params += [f"%{flt.place}%", f"%{flt.place}%", flt.place.upper()]
    if flt.certainty:
        clauses.append(f"{alias}.certainty = ?")
        params.append(flt.certainty)
    return clauses, params


def fts_query(text: str) -> str:
    """SQLite FTS5 query for plain words: every word quoted, so user input cannot inject FTS5 syntax."""
    words = [w.replace('"', "") for w in text.split()]
    return " ".join(f'"{w}"' for w in words if w)


def filter_sql(flt: IncidentFilter, alias: str, *, postgres: bool, canonical: bool = False) -> tuple[str, list[Any]]:
    """The whole filter as one SQL condition (``?`` placeholders), the same at both levels and on both backends.

    ``alias`` names the ``incidents`` table (joined with ``documents d``) or, with ``canonical``, the
    ``canonical_incidents`` table, whose outlet and text conditions hold when any linked report's document
    meets them. Text matching is case-insensitive on both backends (PostgreSQL's ILIKE, SQLite's LIKE).
    """
    like = "ILIKE" if postgres else "LIKE"
    clauses, params = field_clauses(flt, alias, like)
    doc_clauses: list[str] = []
    doc_params: list[Any] = []
    if flt.outlet:
        doc_clauses.append(f"d.outlet {like} ?")
        doc_params.append(f"%{flt.outlet}%")
    if flt.text:
        if postgres:
            doc_clauses.append("d.tsv @@ plainto_tsquery('simple', ?)")
            doc_params.append(flt.text)
        else:
            doc_clauses.append("d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
            doc_params.append(fts_query(flt.text))
    if flt.grade:
        grade = f"{flt.grade.upper()[:1]}%"
        if canonical:
            clauses.append(f"{alias}.admiralty LIKE ?")
        else:
            clauses.append("EXISTS (SELECT 1 FROM incident_links l JOIN canonical_incidents c ON c.id = l.canonical_id"
                           f" WHERE l.incident_id = {alias}.id AND c.admiralty LIKE ?)")
        params.append(grade)
    if doc_clauses and canonical:
        clauses.append("EXISTS (SELECT 1 FROM incident_links l JOIN documents d ON d.id = l.doc_id"
                       f" WHERE l.canonical_id = {alias}.id AND {' AND '.join(doc_clauses)})")
    else:
        clauses += doc_clauses
    return (" AND ".join(clauses) or "1=1"), [*params, *doc_params]


def nearest_duplicate(fingerprint: Fingerprint, threshold: float,
                      candidates: Iterable[tuple[str, str]]) -> AddResult | None:
    """The most similar of ``candidates`` (``(doc_id, text)`` sharing an LSH band) at or above ``threshold``.

    Ties go to the earliest candidate, so a backend that lists candidates in a fixed order answers the same
    every time.
    """
    best: tuple[float, str] | None = None
    mine = set(fingerprint.shingles)
    for doc_id, text in candidates:
        similarity = jaccard(mine, shingles(text))
        if similarity >= threshold and (best is None or similarity > best[0]):
            best = (similarity, doc_id)
    if best is None:
        return None
    return AddResult("near-duplicate", best[1], duplicate_of=best[1], similarity=round(best[0], 3))


def document_from_row(row: Row) -> Document:
    """A document's metadata from a row holding ``DOC_COLUMNS``; the text is left empty."""
    return Document(id=row["id"], title=row["title"], outlet=row["outlet"], url=row["url"],
                    published=row["published"], language=row["language"], source=row["source"],
                    content_hash=row["content_hash"], text="")


def incident_row(inc: Incident, doc: Document) -> tuple[Any, ...]:
    """The values for ``INCIDENT_COLUMNS``: the denormalised filter columns and the incident as JSON."""
    where = inc.where
    fat = inc.fatalities
    return (
        inc.id, doc.id, inc.type,
        inc.when.start.isoformat() if inc.when.start else None,
        inc.when.end.isoformat() if inc.when.end else None,
        inc.when.precision,
        where.name if where else None, where.admin1 if where else None, where.country if where else None,
        where.lat if where else None, where.lon if where else None, where.precision if where else None,
        fat.best if fat else None, fat.low if fat else None, fat.high if fat else None,
        inc.injured.best if inc.injured else None,
        inc.certainty, doc.outlet, inc.model_dump_json(),
    )


def batch_name(items: list[tuple[Report, Fingerprint]]) -> str:
    """How an error names a batch: the input itself when it is one document."""
    if len(items) == 1:
        return items[0][0].document.source or items[0][0].document.id
    return f"a batch of {len(items)} documents"
