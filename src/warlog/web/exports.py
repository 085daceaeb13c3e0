"""Exports of exactly what the current filters show, with the review overlay applied.

The same formats as ``warlog export`` (``warlog.export.formats``): the ACLED/UCDP CSV columns, GeoJSON and
JSONL; each record also says how it was reviewed (CSV: the ``tags`` column; JSON: a ``review`` object).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from ..errors import AuthError
from ..export.formats import ACLED_COLUMNS, UCDP_COLUMNS, WARLOG_COLUMNS, acled_row, incident_json
from ..store import Store
from ..store.base import IncidentRecord
from ..store.overlay import reviewed_canonical
from ..store.review import Review
from ..store.review_queries import ReviewFilter, ReviewQueries
from .app import workbench
from .auth import require
from .filters import incident_filter, parse_filter

router = APIRouter()
Reviewed = tuple[IncidentRecord, Review | None]
MEDIA = {"acled-csv": ("text/csv; charset=utf-8", "csv"), "geojson": ("application/geo+json", "geojson"),
         "jsonl": ("application/x-ndjson", "jsonl")}


def _review_json(review: Review | None) -> dict[str, object] | None:
    return review.as_dict() if review else None


def reviewed_csv(items: Iterable[Reviewed]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ACLED_COLUMNS + UCDP_COLUMNS + WARLOG_COLUMNS)
    writer.writeheader()
    for record, review in items:
        row = acled_row(record)
        if review is not None:
            row["tags"] = f"{row['tags']}; review={review.status or 'edited'}"
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _json(record: IncidentRecord, review: Review | None) -> dict[str, object]:
    data = incident_json(record)
    data["review"] = _review_json(review)
    return data


def reviewed_jsonl(items: Iterable[Reviewed]) -> Iterator[str]:
    for record, review in items:
        yield json.dumps(_json(record, review), ensure_ascii=False) + "\n"


def reviewed_geojson(items: Iterable[Reviewed]) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for record, review in items:
        where = record.incident.where
        geometry = None
        if where and where.lat is not None and where.lon is not None:
            geometry = {"type": "Point", "coordinates": [where.lon, where.lat]}
        feature = {"type": "Feature", "id": record.incident.id, "geometry": geometry,
                   "properties": _json(record, review)}
        yield ("" if first else ",") + "\n" + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "\n]}\n"


WRITERS = {"acled-csv": reviewed_csv, "geojson": reviewed_geojson, "jsonl": reviewed_jsonl}


def export_reviewed(queries: ReviewQueries, fmt: str, flt: ReviewFilter) -> Iterator[str]:
    """The filtered incidents, overlay applied, as text chunks in ``fmt`` (acled-csv, geojson, jsonl)."""
    if fmt not in WRITERS:
        raise AuthError(f"unknown export format {fmt!r}; choose one of {', '.join(WRITERS)}", 400)
    return WRITERS[fmt](queries.iter_all(flt))


def export_canonical(store: Store, fmt: str, flt: ReviewFilter) -> Iterator[str]:
    """Canonical incidents (issue #6) under the filters, reviewed values in force, in ``warlog export``'s format."""
    from ..export.canonical import CANONICAL_EXPORTERS
    from ..store.links import LinkStore

    if fmt not in CANONICAL_EXPORTERS:
        raise AuthError(f"unknown export format {fmt!r}; choose one of {', '.join(CANONICAL_EXPORTERS)}", 400)
    found = LinkStore(store).canonical_incidents(incident_filter(flt))
    return CANONICAL_EXPORTERS[fmt](reviewed_canonical(store, found))


@router.get("/export/{fmt}")
async def export(request: Request, fmt: str) -> Response:
    """``level=events`` (the views' default): one record per event; ``reports`` (or no level, as before): one
    per extracted incident; ``canonical``: the linker's canonical incidents only."""
    from .events_export import export_events, export_reports

    bench = workbench(request)
    require(request, bench.reviews, "viewer")
    flt = parse_filter(request.query_params)
    level = request.query_params.get("level")
    if level == "canonical":
        chunks = list(export_canonical(bench.store, fmt, flt))
    elif level == "events":
        chunks = list(export_events(request, fmt, flt))
    else:  # read now: the store is used on this thread only
        chunks = list(export_reports(request, fmt, flt))
    media, suffix = MEDIA[fmt]
    return StreamingResponse(iter(chunks), media_type=media,
                             headers={"content-disposition": f'attachment; filename="warlog-incidents.{suffix}"'})
