"""The workbench at two levels: events (canonical incidents, issue #6) or reports (extracted incidents).

An event is the canonical incident an extracted incident belongs to, after the analysts' moves and merges;
an incident nobody linked stands alone as its own event. The filters select incidents (``ReviewFilter``, on
the reviewed values); an event is selected when any of its incidents is. Counts, map markers and timeline bars
then count events, not reports (three reports of one strike are one strike).

``EventQueries.rows(flt)`` reads one narrow row per selected incident (no JSON); grouping, sorting and paging
happen here in Python, so both levels sort on any column the same way on SQLite and PostgreSQL. Incidents an
analyst marked as a duplicate of another incident of the same report (overlay field ``duplicate_of``) are
left out everywhere unless the review filter is "all": the twin they duplicate stands for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .review_queries import ReviewFilter, ReviewQueries

LEVELS = ("events", "reports")
SORTS = ("date", "type", "place", "killed", "injured", "grade", "sources", "outlet", "published", "updated", "id")
# (incident id, canonical id the linker gave it) -> (event key, is a canonical incident)
Resolver = Callable[[str, str | None], tuple[str, bool]]
# A branch's columns -> one more SQL condition over them and its parameters
Clause = Callable[[dict[str, str]], tuple[str, list[Any]]]


def _standalone(incident_id: str, canonical_id: str | None) -> tuple[str, bool]:
    return (canonical_id, True) if canonical_id else (incident_id, False)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


@dataclass
class IncidentRow:
    """The sortable and drawable columns of one extracted incident, reviewed values in force."""

    id: str
    doc_id: str
    canonical_id: str | None
    date_start: str | None
    date_end: str | None
    type: str
    place: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str | None
    killed: int | None
    injured: int | None
    outlet: str | None
    published: str | None
    updated: str | None
    grade: str | None
    certainty: str | None


@dataclass
class Event:
    """One row at either level: a canonical incident with its selected reports, or a single incident."""

    key: str
    canonical: bool
    members: list[IncidentRow] = field(default_factory=list)
    date_start: str | None = None
    date_end: str | None = None
    type: str = ""
    place: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None
    killed: int | None = None
    injured: int | None = None
    grade: str | None = None
    sources: int = 1
    reports: int = 1
    outlets: list[str] = field(default_factory=list)
    published: str | None = None
    updated: str | None = None
    certainty: str | None = None
    status: str | None = None  # the canonical incident's review status

    @property
    def href(self) -> str:
        return f"/canonical/{self.key}" if self.canonical else f"/incidents/{self.key}"


# The overlay's dates are DATE on PostgreSQL, the linker's TEXT: compared as ISO text on both backends.
_CANONICAL_SQL = (
    "SELECT c.id AS id, COALESCE(r.type, c.type) AS type,"
    " COALESCE(CAST(r.date_start AS TEXT), c.date_start) AS date_start,"
    " COALESCE(CAST(r.date_end AS TEXT), CAST(r.date_start AS TEXT), c.date_end) AS date_end,"
    " COALESCE(r.place, c.place) AS place,"
    " COALESCE(r.admin1, c.admin1) AS admin1, COALESCE(r.lat, c.lat) AS lat, COALESCE(r.lon, c.lon) AS lon,"
    " COALESCE(r.fatalities_best, c.fatalities_best) AS killed, c.admiralty AS grade,"
    " c.independent_sources AS sources, c.n_reports AS reports, c.updated_at AS updated, r.reviewed_at AS reviewed,"
    " COALESCE(r.certainty, c.certainty) AS certainty, r.status AS status"
    " FROM canonical_incidents c LEFT JOIN review_overlay r ON r.target_id = c.id WHERE c.id IN ({marks})")


class EventQueries:
    """Event- and report-level lists, counts, markers and timelines over ``ReviewQueries``' filters."""

    def __init__(self, queries: ReviewQueries, resolve: Resolver | None = None,
                 duplicates: Iterable[str] = ()) -> None:
        self.queries = queries
        self.reviews = queries.reviews
        self.resolve = resolve or _standalone
        self.duplicates = set(duplicates)

    # -- reading -------------------------------------------------------------------------------------------

    def rows(self, flt: ReviewFilter, with_documents: bool = False, extra: Clause | None = None,
             order: Callable[[dict[str, str]], str] | None = None, limit: int | None = None) -> list[IncidentRow]:
        """One narrow row per incident the filter selects (duplicates left out unless review is "all").

        ``with_documents``: also the publication and last-change times (a join with the wide documents table,
        needed only to sort by them; ``add_documents`` fills them for one page). ``extra(branch)``: one more
        SQL condition and its parameters; ``order(columns)``: an ORDER BY over the branch's columns, with ``limit``.
        """
        out: list[IncidentRow] = []
        for b in self.queries._branches(flt):
            col = b.col
            reviewed = "r." in col["type"]
            # A range without a best figure ("four to six") sorts by its low bound.
            killed = ("COALESCE(r.fatalities_best, i.fatalities_best, i.fatalities_low)" if reviewed
                      else "COALESCE(i.fatalities_best, i.fatalities_low)")
            if with_documents:
                docs = ("d.published", "COALESCE(r.reviewed_at, d.ingested_at)" if reviewed else "d.ingested_at",
                        " JOIN documents d ON d.id = i.doc_id")
            else:
                docs = ("NULL", "NULL", "")
            columns = ["i.id", "i.doc_id", "l.canonical_id", col["date_start"], col["date_end"], col["type"],
                       col["place"], col["admin1"], col["lat"], col["lon"], "i.geo_precision", killed, "i.injured_best",
                       "i.outlet", docs[0], docs[1], "c.admiralty", col["certainty"]]
            # Named c0..c17: PostgreSQL rows are dicts, read here in column order.
            where, params = b.where, list(b.params)
            if extra is not None:
                condition, more = extra(b.col)
                where, params = f"({where}) AND {condition}", params + more
            sql = (f"SELECT {', '.join(f'{c} AS c{n}' for n, c in enumerate(columns))}"
                   f" FROM {b.source}{docs[2]} LEFT JOIN incident_links l ON l.incident_id = i.id"
                   f" LEFT JOIN canonical_incidents c ON c.id = l.canonical_id WHERE {where}")
            if order is not None:
                sql += f" ORDER BY {order(dict(b.col, killed=killed, published=docs[0], updated=docs[1]))}"
            if limit is not None:
                sql += " LIMIT ?"
                params.append(limit)
            duplicates = self.duplicates if flt.review != "all" else set()
            for found in self.reviews.rows(sql, params):
                r = tuple(found.values()) if isinstance(found, dict) else found
                if r[0] in duplicates:
                    continue
                out.append(IncidentRow(
                    r[0], r[1], r[2], _text(r[3]), _text(r[4]), r[5], r[6], r[7],
                    float(r[8]) if r[8] is not None else None, float(r[9]) if r[9] is not None else None,
                    r[10], r[11], r[12], r[13], _text(r[14]), _text(r[15]), r[16], r[17]))
        return out

    def add_documents(self, events: list[Event]) -> None:
        """Publication and last-change times of the reports of ``events`` (one page), read for them only."""
        members = [row for e in events for row in e.members]
        if not members or all(row.published or row.updated for row in members):
            return
        docs: dict[str, tuple[str | None, str | None]] = {}
        doc_ids = sorted({row.doc_id for row in members})
        for start in range(0, len(doc_ids), 500):
            chunk = doc_ids[start:start + 500]
            for r in self.reviews.rows(f"SELECT id, published, ingested_at FROM documents WHERE id IN"
                                       f" ({','.join('?' * len(chunk))})", chunk):
                docs[r["id"]] = (_text(r["published"]), _text(r["ingested_at"]))
        reviewed = self.reviews.reviews([row.id for row in members])
        for row in members:
            published, ingested = docs.get(row.doc_id, (None, None))
            review = reviewed.get(row.id)
            row.published = published
            row.updated = max(filter(None, [ingested, review.reviewed_at if review else None]), default=None)
        for event in events:
            canonical_updated = event.updated if event.canonical else None
            event.published = min(filter(None, (r.published for r in event.members)), default=None)
            event.updated = max(filter(None, [canonical_updated, *(r.updated for r in event.members)]), default=None)

    def events(self, flt: ReviewFilter, level: str = "events", with_documents: bool = False,
               extra: Clause | None = None) -> list[Event]:
        """The rows of ``level``: every selected incident (reports), or the events they belong to."""
        rows = self.rows(flt, with_documents, extra)
        if level == "reports":
            return [_single(row) for row in rows]
        grouped: dict[str, Event] = {}
        for row in rows:
            key, canonical = self.resolve(row.id, row.canonical_id)
            event = grouped.get(key)
            if event is None:
                event = grouped[key] = Event(key, canonical)
            event.members.append(row)
        singles = [e for e in grouped.values() if not e.canonical]
        for event in singles:
            _fill_from(event, event.members)
        self._fill_canonical([e for e in grouped.values() if e.canonical])
        keep_rejected = flt.review in ("rejected", "all")
        return [e for e in grouped.values() if keep_rejected or e.status != "rejected"]

    def _fill_canonical(self, events: list[Event]) -> None:
        by_key = {e.key: e for e in events}
        keys = list(by_key)
        found: dict[str, Any] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            for r in self.reviews.rows(_CANONICAL_SQL.format(marks=",".join("?" * len(chunk))), chunk):
                found[r["id"]] = r
        for key, event in by_key.items():
            _fill_from(event, event.members)  # the reports' values first: what the linker left empty stays theirs
            r = found.get(key)
            if r is None:
                continue
            event.type = r["type"] or event.type
            event.date_start, event.date_end = _text(r["date_start"]), _text(r["date_end"])
            event.place, event.admin1 = r["place"], r["admin1"]
            if r["lat"] is not None and r["lon"] is not None:
                event.lat, event.lon = float(r["lat"]), float(r["lon"])
                event.precision = _precision_at(event.members, event.place) or event.precision
            event.killed = r["killed"]
            event.grade = r["grade"]
            event.sources = int(r["sources"] or 0)
            event.reports = max(int(r["reports"] or 0), len(event.members))
            event.certainty = r["certainty"]
            event.status = r["status"]
            event.updated = max(filter(None, [event.updated, _text(r["updated"]), _text(r["reviewed"])]),
                                default=None)


def sort_events(events: list[Event], sort: str, descending: bool) -> list[Event]:
    """Sorted by ``sort`` (one of ``SORTS``), unknown values last whichever the direction; ties by id."""
    sort = sort if sort in SORTS else "date"

    def value(e: Event) -> Any:
        return {"date": e.date_start, "type": e.type, "place": (e.place or "").lower() or None, "killed": e.killed,
                "injured": e.injured, "grade": e.grade, "sources": e.sources,
                "outlet": (e.outlets[0].lower() if e.outlets else None), "published": e.published,
                "updated": e.updated, "id": e.key}[sort]

    known = [e for e in events if value(e) is not None]
    unknown = [e for e in events if value(e) is None]
    known.sort(key=lambda e: (value(e), e.key), reverse=descending)
    unknown.sort(key=lambda e: e.key, reverse=descending)
    return known + unknown


def _float(value: Any) -> float | None:
    return float(value) if value is not None else None


def _single(row: IncidentRow) -> Event:
    event = Event(row.id, False, [row])
    _fill_from(event, [row])
    event.grade = row.grade
    return event


def _fill_from(event: Event, rows: list[IncidentRow]) -> None:
    """An event's values from its reports: the first report's fields, the earliest publication, the outlets."""
    first = rows[0]
    event.date_start, event.date_end, event.type = first.date_start, first.date_end, first.type
    event.place, event.admin1, event.lat, event.lon = first.place, first.admin1, first.lat, first.lon
    event.precision, event.killed, event.injured = first.precision, first.killed, first.injured
    event.certainty = first.certainty
    event.grade = first.grade
    event.reports = len(rows)
    event.sources = len({r.outlet for r in rows if r.outlet}) or 1
    event.outlets = sorted({r.outlet for r in rows if r.outlet})
    event.published = min(filter(None, (r.published for r in rows)), default=None)
    event.updated = max(filter(None, (r.updated for r in rows)), default=None)
    if event.injured is None:
        event.injured = next((r.injured for r in rows if r.injured is not None), None)


def _precision_at(rows: list[IncidentRow], place: str | None) -> str | None:
    """The geocoding precision of the report whose place the canonical incident took."""
    for row in rows:
        if row.place == place and row.precision:
            return row.precision
    return None


MARKER_KEYS = ("id", "href", "lat", "lon", "place", "admin1", "type", "date", "killed", "sources", "grade", "precision",
               "reports", "canonical", "n")


def marker_fields(event: Event) -> dict[str, Any]:
    """What the map draws of one event (or report): place, type, date, killed, sources, grade, precision."""
    return {"id": event.key, "href": event.href, "lat": event.lat, "lon": event.lon, "place": event.place or "",
            "admin1": event.admin1 or "", "type": event.type, "date": event.date_start or "",
            "killed": event.killed, "sources": event.sources, "grade": event.grade or "",
            "precision": event.precision or "unknown", "reports": event.reports, "canonical": event.canonical, "n": 1}
