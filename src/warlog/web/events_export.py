"""Exports at either level of the level switch, in the views' order, duplicates left out.

Events: a canonical incident is written in ``warlog export``'s canonical format (reports, independent
sources, Admiralty code; reviewed values in force); an incident nobody linked is written as a one-report event
in the same columns. Reports: every extracted incident as before (``exports.reviewed_*``).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from fastapi import Request

from ..errors import AuthError
from ..export.canonical import as_record, canonical_json
from ..export.formats import ACLED_COLUMNS, UCDP_COLUMNS, WARLOG_COLUMNS, acled_row
from ..models import CanonicalIncident
from ..store.base import IncidentRecord
from ..store.events import sort_events
from ..store.review import Review
from ..store.review_queries import ReviewFilter
from .app import workbench
from .exports import WRITERS, _json
from .levels import _canonicals, event_queries, view_state

EVENT_COLUMNS = ACLED_COLUMNS + UCDP_COLUMNS + WARLOG_COLUMNS + ["reports", "independent_sources", "admiralty",
                                                                 "review"]
Item = tuple[CanonicalIncident | None, IncidentRecord | None, Review | None]


def export_reports(request: Request, fmt: str, flt: ReviewFilter) -> Iterator[str]:
    if fmt not in WRITERS:
        raise AuthError(f"unknown export format {fmt!r}; choose one of {', '.join(WRITERS)}", 400)
    state = view_state(request.query_params)
    events = sort_events(event_queries(request).events(flt, "reports", state.sort in ("published", "updated")),
                         state.sort, state.descending)
    queries = workbench(request).queries

    def items() -> Iterator[tuple[IncidentRecord, Review | None]]:
        for start in range(0, len(events), 500):
            yield from queries.records([e.key for e in events[start:start + 500]])

    return WRITERS[fmt](items())


def _items(request: Request, flt: ReviewFilter) -> Iterator[Item]:
    state = view_state(request.query_params)
    events = sort_events(event_queries(request).events(flt, "events", state.sort in ("published", "updated")),
                         state.sort, state.descending)
    queries = workbench(request).queries
    for start in range(0, len(events), 500):
        chunk = events[start:start + 500]
        canonicals = _canonicals(request, [e.key for e in chunk if e.canonical])
        singles = {r.incident.id: (r, review) for r, review in queries.records([e.key for e in chunk
                                                                                if not e.canonical])}
        for event in chunk:
            if event.key in canonicals:
                c, review = canonicals[event.key]
                if review is not None and review.status == "rejected" and flt.review not in ("rejected", "all"):
                    continue
                yield c, None, review
            elif event.key in singles:
                record, review = singles[event.key]
                yield None, record, review


def _event_json(c: CanonicalIncident | None, record: IncidentRecord | None, review: Review | None) -> dict[str, Any]:
    if c is not None:
        data = canonical_json(c)
        data["level"] = "event"
        data["review"] = review.as_dict() if review else None
        return data
    assert record is not None
    data = _json(record, review)
    data |= {"level": "report", "reports": [record.document.id], "independent_sources": 1}
    return data


def events_csv(items: Iterable[Item]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EVENT_COLUMNS)
    writer.writeheader()
    for c, record, review in items:
        if c is not None:
            row = acled_row(as_record(c))
            row["tags"] = (f"certainty={c.certainty}; admiralty={c.admiralty.code}; "
                           f"independent_sources={c.independent_sources}")
            row["source_scale"] = "Other" if c.independent_sources == 1 else "Other-Multiple"
            row["document_id"] = ";".join(c.reports)
            row |= {"reports": ";".join(c.reports), "independent_sources": c.independent_sources,
                    "admiralty": c.admiralty.code}
        else:
            assert record is not None
            row = acled_row(record)
            row |= {"reports": record.document.id, "independent_sources": 1, "admiralty": ""}
        if review is not None:
            row["tags"] = f"{row['tags']}; review={review.status or 'edited'}"
            row["review"] = review.status or "edited"
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def events_jsonl(items: Iterable[Item]) -> Iterator[str]:
    for item in items:
        yield json.dumps(_event_json(*item), ensure_ascii=False) + "\n"


def events_geojson(items: Iterable[Item]) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for c, record, review in items:
        where = c.where if c is not None else record.incident.where if record is not None else None
        geometry = None
        if where and where.lat is not None and where.lon is not None:
            geometry = {"type": "Point", "coordinates": [where.lon, where.lat]}
        key = c.id if c is not None else record.incident.id if record is not None else ""
        feature = {"type": "Feature", "id": key, "geometry": geometry, "properties": _event_json(c, record, review)}
        yield ("" if first else ",") + "\n" + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "\n]}\n"


EVENT_WRITERS = {"acled-csv": events_csv, "geojson": events_geojson, "jsonl": events_jsonl}


def export_events(request: Request, fmt: str, flt: ReviewFilter) -> Iterator[str]:
    if fmt not in EVENT_WRITERS:
        raise AuthError(f"unknown export format {fmt!r}; choose one of {', '.join(EVENT_WRITERS)}", 400)
    return EVENT_WRITERS[fmt](_items(request, flt))
