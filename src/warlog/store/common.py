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
