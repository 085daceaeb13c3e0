"""Exports: ACLED-compatible CSV, GeoJSON and JSONL.

The CSV has ACLED's 31 columns in ACLED's order, followed by UCDP GED's
date and count columns (date_start, date_end, date_prec, where_prec, best,
low, high) and warlog's own (warlog_id, warlog_type, certainty, document_id,
url), so it loads into tools that expect either dataset.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from ..incidents.lexicon import taxonomy
from ..store.base import IncidentRecord

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
UCDP_COLUMNS = ["date_start", "date_end", "date_prec", "where_prec", "best", "low", "high"]
WARLOG_COLUMNS = ["warlog_id", "warlog_type", "certainty", "document_id", "url"]

_COUNTRIES = {  # ISO alpha-2 -> (ISO numeric, ISO alpha-3, name, ACLED region)
    "UA": (804, "UKR", "Ukraine", "Europe"),
    "RU": (643, "RUS", "Russia", "Europe"),
    "BY": (112, "BLR", "Belarus", "Europe"),
    "MD": (498, "MDA", "Moldova", "Europe"),
    "GE": (268, "GEO", "Georgia", "Caucasus and Central Asia"),
}
_FORCES = {"Russia": "Military Forces of Russia (2000-)", "Ukraine": "Military Forces of Ukraine (2019-)"}
_DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
             "Violence against civilians": "Political violence", "Protests": "Demonstrations",
             "Riots": "Political violence; Demonstrations", "Strategic developments": "Strategic developments"}
# ACLED time_precision: 1 day, 2 a few days to a week, 3 a month or longer.
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "season": 3, "year": 3}
# ACLED geo_precision: 1 the place itself, 2 near it / a district, 3 a region.
_GEO_PRECISION = {"point": 1, "settlement": 1, "hromada": 2, "raion": 2, "district": 2, "region": 3, "country": 3}
# UCDP where_prec: 1 exact, 2 within 25 km, 3 second-order admin, 4 first-order admin, 6 country.
_UCDP_WHERE = {"point": 1, "settlement": 1, "hromada": 2, "raion": 3, "district": 3, "region": 4, "country": 6}
_UCDP_DATE = {"day": 1, "week": 2, "month": 3, "season": 4, "year": 5}


def acled_row(record: IncidentRecord) -> dict[str, object]:
    inc, doc = record.incident, record.document
    where = inc.where
    iso2 = where.country if where and where.country else None
    numeric, alpha3, country, region = _COUNTRIES.get(iso2 or "", (None, iso2 or "XXX", iso2 or "", ""))
    perpetrators = [a for a in inc.actors if a.role == "perpetrator"]
    victims = [a for a in inc.actors if a.role == "victim"]
    side1 = perpetrators[0].side if perpetrators else (inc.actors[0].side if inc.actors else None)
    side2 = victims[0].side if victims else None
    civilians = inc.type == "attack_on_civilians"
    actor2 = "Civilians" if civilians else _FORCES.get(side2 or "", side2 or "")
    start = inc.when.start
    fat = inc.fatalities
    return {
        "event_id_cnty": f"{alpha3}{inc.id}",
        "event_date": start.isoformat() if start else "",
        "year": start.year if start else "",
        "time_precision": _TIME_PRECISION.get(inc.when.precision, ""),
        "disorder_type": _DISORDER.get(inc.acled.event_type, "") if inc.acled else "",
        "event_type": inc.acled.event_type if inc.acled else "",
        "sub_event_type": inc.acled.sub_event_type if inc.acled else "",
        "actor1": _FORCES.get(side1 or "", side1 or ""),
        "assoc_actor_1": "; ".join(a.text for a in perpetrators),
        "inter1": 1 if side1 in _FORCES else "",
        "actor2": actor2,
        "assoc_actor_2": "; ".join(a.text for a in victims),
        "inter2": 7 if civilians else (1 if side2 in _FORCES else ""),
        "interaction": "",
        "civilian_targeting": "Civilian targeting" if civilians else "",
        "iso": numeric or "",
        "region": region,
        "country": country,
        "admin1": (where.admin1 or "") if where else "",
        "admin2": "",
        "admin3": "",
        "location": where.name if where else "",
        "latitude": where.lat if where and where.lat is not None else "",
        "longitude": where.lon if where and where.lon is not None else "",
        "geo_precision": _GEO_PRECISION.get(where.precision, "") if where else "",
        "source": "; ".join(inc.sources),
        "source_scale": "",
        "notes": inc.summary,
        "fatalities": fat.best if fat and fat.best is not None else 0,
        "tags": f"certainty={inc.certainty}",
        "timestamp": int(datetime.now(UTC).timestamp()),
        "date_start": start.isoformat() if start else "",
        "date_end": inc.when.end.isoformat() if inc.when.end else "",
        "date_prec": _UCDP_DATE.get(inc.when.precision, ""),
        "where_prec": _UCDP_WHERE.get(where.precision, "") if where else "",
        "best": fat.best if fat and fat.best is not None else "",
        "low": fat.low if fat and fat.low is not None else "",
        "high": fat.high if fat and fat.high is not None else "",
        "warlog_id": inc.id,
        "warlog_type": inc.type,
        "certainty": inc.certainty,
        "document_id": doc.id,
        "url": doc.url or "",
    }


def to_acled_csv(records: Iterable[IncidentRecord]) -> Iterator[str]:
    """CSV text, header first, one chunk per row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ACLED_COLUMNS + UCDP_COLUMNS + WARLOG_COLUMNS)
    writer.writeheader()
    for record in records:
        writer.writerow(acled_row(record))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def incident_json(record: IncidentRecord) -> dict[str, object]:
    doc = record.document
    data = record.incident.model_dump(mode="json")
    data["document"] = {"id": doc.id, "title": doc.title, "outlet": doc.outlet, "url": doc.url,
                        "published": doc.published.isoformat() if doc.published else None}
    data["type_label"] = taxonomy()[record.incident.type].label
    return data


def to_jsonl(records: Iterable[IncidentRecord]) -> Iterator[str]:
    for record in records:
        yield json.dumps(incident_json(record), ensure_ascii=False) + "\n"


def to_geojson(records: Iterable[IncidentRecord]) -> Iterator[str]:
    """A FeatureCollection; incidents without coordinates get a null geometry (valid GeoJSON)."""
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for record in records:
        where = record.incident.where
        geometry = None
        if where and where.lat is not None and where.lon is not None:
            geometry = {"type": "Point", "coordinates": [where.lon, where.lat]}
        feature = {"type": "Feature", "id": record.incident.id, "geometry": geometry,
                   "properties": incident_json(record)}
        yield ("" if first else ",") + "\n" + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "\n]}\n"


EXPORTERS = {"acled-csv": to_acled_csv, "geojson": to_geojson, "jsonl": to_jsonl}
