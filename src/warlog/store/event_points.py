"""The unreviewed incidents' map markers, grouped without a probe per incident: ``point_groups(pages, flt, level)``.

Every incident the filter's machine values select is counted by point and type with its smallest id, latest
start day and smallest place names; the incidents drawn elsewhere (reviewed, linked, moved, duplicates: a
few thousand) are then taken out one by one. A point whose smallest id or latest day, or a point and type
whose smallest names, may have been one of those is read again without them (a handful a request). The
counts come from ``incident_points`` (migration 7) when the filter uses its columns only (type, certainty,
place), else from grouping the incidents themselves; either way no incident is looked up in the overlay and
the links, which was most of the time of the markers (1.5 s of CPU at 1,000,000 on SQLite).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .points_schema import COLUMNS as POINT_COLUMNS
from .review_queries import ReviewFilter

if TYPE_CHECKING:
    from .event_pages import EventPages

def from_summary(flt: ReviewFilter) -> bool:
    """Whether the filter uses ``incident_points``' columns only (type, certainty, place)."""
    return not (flt.since or flt.until or flt.outlet or flt.grade or (flt.text and flt.text.strip()))


def _day(value: Any) -> str:
    return "" if value is None else (value.isoformat() if hasattr(value, "isoformat") else str(value))[:10]


class _Point:
    """One point's unreviewed incidents: counts by type and names, smallest id, latest day."""

    __slots__ = ("lat", "lon", "types", "first_id", "last_day", "mixed")

    def __init__(self, lat: float, lon: float) -> None:
        self.lat, self.lon = lat, lon
        self.types: dict[str, dict[tuple[str, str], int]] = {}  # type -> (place, region) -> incidents
        self.first_id = "\uffff"
        self.last_day = ""
        self.mixed: set[str] = set()  # types grouped under several names: counted under the smallest


def point_groups(pages: EventPages, flt: ReviewFilter, level: str) -> list[dict[str, Any]]:
    """One marker per point of the unreviewed half: ``n`` and ``types`` (incidents by type), ``type`` the most
    frequent, id (smallest), place and admin1 (smallest of the point's first type), date (latest)."""
    points = _grouped(pages, flt, level)
    if not from_summary(flt):  # the summary's rows of the incidents counted elsewhere were left out already
        _take_out_elsewhere(pages, flt, level, points)
    markers = []
    for point in points.values():
        types = {kind: sum(names.values()) for kind, names in point.types.items()}
        types = {kind: n for kind, n in types.items() if n > 0}
        if not types:
            continue
        kept = [name for name, count in point.types[min(types)].items() if count > 0]
        markers.append({"id": point.first_id, "href": f"/incidents/{point.first_id}", "lat": point.lat,
                        "lon": point.lon, "place": min((p for p, _ in kept if p), default=""),
                        "admin1": min((a for _, a in kept if a), default=""),
                        "type": max(types, key=lambda t: (types[t], t)), "date": point.last_day, "killed": None,
                        "sources": 1, "grade": "", "precision": "unknown", "reports": 1, "canonical": False,
                        "n": sum(types.values()), "types": types})
    return markers


def _grouped(pages: EventPages, flt: ReviewFilter, level: str) -> dict[tuple[float, float], _Point]:
    if from_summary(flt):
        conditions, params = pages.events.queries._conditions(flt, POINT_COLUMNS)
        params = [pages._mask(flt, level), *params]
        sql = ("SELECT s.lat AS lat, s.lon AS lon, s.type AS type, s.place AS place, s.admin1 AS admin1, SUM(s.n) AS n,"
               " MIN(s.first_id) AS first_id, MAX(s.last_day) AS last_day FROM incident_points s"
               f" WHERE {' AND '.join(['s.n <> 0', '(s.elsewhere & ?) = 0', *conditions])}"
               " GROUP BY s.lat, s.lon, s.type, s.place, s.admin1")
    else:
        # Grouped by point and type only (by names too it took 1.6x as long): a group with one place name and
        # one region keeps them whoever leaves it; one with several is marked and read again if any leaves.
        conditions, params = pages.machine_conditions(flt)
        sql = ("SELECT i.lat AS lat, i.lon AS lon, i.type AS type, MIN(COALESCE(i.place, '')) AS place,"
               " MIN(COALESCE(i.admin1, '')) AS admin1, MAX(COALESCE(i.place, '')) AS last_place,"
               " MAX(COALESCE(i.admin1, '')) AS last_admin1, COUNT(*) AS n, MIN(i.id) AS first_id,"
               " MAX(i.date_start) AS last_day FROM incidents i"
               f" WHERE {' AND '.join(['i.lat IS NOT NULL AND i.lon IS NOT NULL', *conditions])}"
               " GROUP BY i.lat, i.lon, i.type")
    points: dict[tuple[float, float], _Point] = {}
    for r in pages.reviews.rows(sql, params):
        key = (r["lat"], r["lon"])
        point = points.get(key)
        if point is None:
            point = points[key] = _Point(float(key[0]), float(key[1]))
        names = point.types.setdefault(r["type"], {})
        name = (r["place"] or "", r["admin1"] or "")
        names[name] = names.get(name, 0) + int(r["n"])
        if "last_place" in r.keys() and (r["last_place"], r["last_admin1"]) != (r["place"], r["admin1"]):
            point.mixed.add(r["type"])
        if r["first_id"] < point.first_id:
            point.first_id = r["first_id"]
        day = _day(r["last_day"])
        if day > point.last_day:
            point.last_day = day
    return points


def _take_out_elsewhere(pages: EventPages, flt: ReviewFilter, level: str,
                        points: dict[tuple[float, float], _Point]) -> None:
    """Take the incidents the unreviewed half leaves out out of ``points``; read a point's smallest id and
    latest day again when one of them may have held it."""
    elsewhere, more = pages._elsewhere(flt, level)
    plus = "" if pages.dialect.postgres else "+"
    conditions, params = pages.machine_conditions(flt, plus)
    where = " AND ".join([elsewhere, f"{plus}i.lat IS NOT NULL", f"{plus}i.lon IS NOT NULL", *conditions])
    taken: dict[tuple[float, float], list[Any]] = {}
    for r in pages.reviews.rows(f"SELECT i.id AS id, i.lat AS lat, i.lon AS lon, i.type AS type, i.date_start AS day,"
                                f" i.place AS place, i.admin1 AS admin1 FROM incidents i WHERE {where}",
                                [*more, *params]):
        key = (r["lat"], r["lon"])
        point = points.get(key)
        names = point.types.get(str(r["type"])) if point is not None else None
        name = (r["place"] or "", r["admin1"] or "")
        if point is not None and names is not None and r["type"] in point.mixed:
            name = next(iter(names))
        if names is None or name not in names:
            continue
        names[name] -= 1
        taken.setdefault(key, []).append(r)
    conditions, params = pages.machine_conditions(flt)
    for key, rows in taken.items():
        point = points[key]
        ids = [str(r["id"]) for r in rows]
        for kind in point.mixed & {r["type"] for r in rows}:
            where = " AND ".join(["i.lat = ? AND i.lon = ? AND i.type = ?",
                                  f"i.id NOT IN ({','.join('?' * len(ids))})", *conditions])
            found = pages.reviews.rows(f"SELECT MIN(i.place) AS place, MIN(i.admin1) AS admin1, COUNT(*) AS n"
                                       f" FROM incidents i WHERE {where}", [point.lat, point.lon, kind, *ids, *params])
            point.types[kind] = {(found[0]["place"] or "", found[0]["admin1"] or ""): int(found[0]["n"])}
        if point.first_id not in ids and point.last_day not in {_day(r["day"]) for r in rows}:
            continue
        if not any(n > 0 for names in point.types.values() for n in names.values()):
            continue
        where = " AND ".join(["i.lat = ? AND i.lon = ?", f"i.id NOT IN ({','.join('?' * len(ids))})", *conditions])
        found = pages.reviews.rows(f"SELECT MIN(i.id) AS id, MAX(i.date_start) AS day FROM incidents i WHERE {where}",
                                   [point.lat, point.lon, *ids, *params])
        point.first_id, point.last_day = str(found[0]["id"]), _day(found[0]["day"])
