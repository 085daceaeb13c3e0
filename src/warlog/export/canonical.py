"""Exports of canonical incidents (merged across reports, issue #6): the default level of ``warlog export``.

The same three formats as per-report incidents. JSONL carries everything (``reports``,
``independent_sources``, ``admiralty`` as a code such as "B2", ``contradictions`` with their sources and
the reconciled ``fatalities``); the CSV has ACLED's and UCDP's columns, one row per incident rather than per
report, with the independent sources in ``source`` and the grade and certainty in ``tags``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator

from ..incidents.lexicon import taxonomy
from ..models import CanonicalIncident, Document, Incident
from ..store.base import IncidentRecord
from .formats import ACLED_COLUMNS, UCDP_COLUMNS, WARLOG_COLUMNS, acled_row, to_geojson


def canonical_json(c: CanonicalIncident) -> dict[str, object]:
    data = c.model_dump(mode="json")
    data["admiralty"] = c.admiralty.code
    data["admiralty_reasons"] = c.admiralty.reasons
    data["type_label"] = taxonomy()[c.type].label
    return data


def as_record(c: CanonicalIncident) -> IncidentRecord:
    """A canonical incident in the shape the per-report exporters take (first report as its document)."""
    incident = Incident(id=c.id, type=c.type, acled=c.acled, summary=c.summary, when=c.when, where=c.where,
                        actors=c.actors, fatalities=c.fatalities, injured=c.injured, sources=c.sources,
                        certainty=c.certainty)
    document = Document(id=c.reports[0] if c.reports else c.id, outlet="; ".join(c.sources), text="")
    return IncidentRecord(incident, document)


def to_canonical_jsonl(items: Iterable[CanonicalIncident]) -> Iterator[str]:
    for c in items:
        yield json.dumps(canonical_json(c), ensure_ascii=False) + "\n"


def to_canonical_csv(items: Iterable[CanonicalIncident]) -> Iterator[str]:
    """ACLED + UCDP + warlog columns, then reports, independent_sources and admiralty."""
    columns = ACLED_COLUMNS + UCDP_COLUMNS + WARLOG_COLUMNS + ["reports", "independent_sources", "admiralty"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    for c in items:
        row = acled_row(as_record(c))
        row["tags"] = (f"certainty={c.certainty}; admiralty={c.admiralty.code}; "
                       f"independent_sources={c.independent_sources}")
        row["source_scale"] = "Other" if c.independent_sources == 1 else "Other-Multiple"
        row["document_id"] = ";".join(c.reports)
        row |= {"reports": ";".join(c.reports), "independent_sources": c.independent_sources,
                "admiralty": c.admiralty.code}
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def to_canonical_geojson(items: Iterable[CanonicalIncident]) -> Iterator[str]:
    return to_geojson(as_record(c) for c in items)


CANONICAL_EXPORTERS = {"acled-csv": to_canonical_csv, "geojson": to_canonical_geojson,
                       "jsonl": to_canonical_jsonl}
