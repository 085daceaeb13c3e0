"""The unreviewed incidents' map markers, grouped without a probe per incident: ``point_groups(pages, flt, level)``.

Every incident the filter's machine values select is counted by point and type with its smallest id, latest
start day and smallest place names. When the filter uses only type, certainty and place they come from
``incident_points``, whose rows are keyed by the bits of the incidents counted elsewhere (reviewed, linked,
moved, duplicates; migration 8), so those are left out by a mask; a date range reads its whole months from
``incident_months`` the same way. Otherwise (outlet, grade, words, and a range's partial months) the incidents
are grouped and those counted elsewhere taken out one by one, read from the partial index that holds them; a
point whose smallest id or latest day, or a point and type whose smallest names, may have been one of those
is read again without them (a handful a request). Either way no incident is looked up in the overlay and
the links, which was most of the time of the markers (1.5 s of CPU at 1,000,000 on SQLite).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .elsewhere_schema import without
from .points_schema import COLUMNS as POINT_COLUMNS
from .review_queries import ReviewFilter
from .wide_schema import COLUMNS as WIDE_COLUMNS
from .wide_schema import KINDS

if TYPE_CHECKING:
    from .event_pages import EventPages

Extra = tuple[list[str], list[Any]]  # more SQL conditions and their parameters

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
    if from_summary(flt):  # the summary's rows of the incidents counted elsewhere are left out by their bits
        points = _grouped(pages, flt, level)
    elif (split := month_split(flt)) is not None:
        points = _from_months(pages, flt, level, split)
    else:
        points = _grouped_exactly(pages, flt, level, ([], []))
    markers = []
    for point in points.values():
        # by type (whatever order the summary's rows came in: a hash or a sort, as the plan chose)
        types = {}
        for kind, names in sorted(point.types.items()):
            n = sum(names.values()) if len(names) > 1 else next(iter(names.values()))
            if n > 0:
                types[kind] = n
        if not types:
            continue
        first = point.types[next(iter(types))]
        if len(first) == 1:  # one place and region (every point but those under several names)
            place, admin1 = next(iter(first))
        else:
            kept = [name for name, count in first.items() if count > 0]
            place = min((p for p, _ in kept if p), default="")
            admin1 = min((a for _, a in kept if a), default="")
        markers.append({"id": point.first_id, "href": f"/incidents/{point.first_id}", "lat": point.lat,
                        "lon": point.lon, "place": place, "admin1": admin1,
                        "type": max(zip(types.values(), types, strict=True))[1], "date": point.last_day, "killed": None,
                        "sources": 1, "grade": "", "precision": "unknown", "reports": 1, "canonical": False,
                        "n": sum(types.values()), "types": types})
    return markers


def _grouped(pages: EventPages, flt: ReviewFilter, level: str, extra: Extra = ([], []),
             table: str | None = "incident_points") -> dict[tuple[float, float], _Point]:
    """The points of the unreviewed half from a summary (``table``, with the conditions ``extra`` on it), else
    (``table`` None) grouped from the incidents (``extra``: more conditions on them)."""
    if table:
        conditions, params = pages.events.queries._conditions(flt, POINT_COLUMNS)
        kept, values = without(pages._mask(flt, level))
        where = " AND ".join(["s.n <> 0", kept, *extra[0], *conditions])
        # Without a type filter the rows with the types in columns (migration 10) serve: a tenth as many
        return _summary_points(pages, table if flt.types else table + WIDE, where, [*values, *extra[1], *params])
    # Grouped by point and type only (by names too it took 1.6x as long): a group with one place name and
    # one region keeps them whoever leaves it; one with several is marked and read again if any leaves.
    conditions, params = pages.machine_conditions(flt)
    conditions, params = [*conditions, *extra[0]], [*params, *extra[1]]
    # SQLite, a part of a date range: "+" keeps the point index (in group order) from being skip-scanned
    # across every point for a month's range; the date index reads the range (an empty edge: no time).
    p = "+" if extra[0] and not pages.dialect.postgres else ""
    sql = ("SELECT i.lat AS lat, i.lon AS lon, i.type AS type, MIN(COALESCE(i.place, '')) AS place,"
           " MIN(COALESCE(i.admin1, '')) AS admin1, MAX(COALESCE(i.place, '')) AS last_place,"
           " MAX(COALESCE(i.admin1, '')) AS last_admin1, COUNT(*) AS n, MIN(i.id) AS first_id,"
           " MAX(i.date_start) AS last_day FROM incidents i"
           f" WHERE {' AND '.join([f'{p}i.lat IS NOT NULL AND {p}i.lon IS NOT NULL', *conditions])}"
           f" GROUP BY {p}i.lat, {p}i.lon, i.type")
    points: dict[tuple[float, float], _Point] = {}
    # Grouped by point and type only: the names may be mixed
    for row in pages.reviews.tuples(sql, params):
        lat, lon, kind, place, admin1 = row[0], row[1], row[2], row[3] or "", row[4] or ""
        n, first_id, day = row[7], row[8], row[9]
        point = points.get((lat, lon))
        if point is None:
            point = points[(lat, lon)] = _Point(float(lat), float(lon))
        names = point.types.get(kind)
        if names is None:
            names = point.types[kind] = {}
        names[(place, admin1)] = names.get((place, admin1), 0) + int(n)
        if (row[5], row[6]) != (row[3], row[4]):
            point.mixed.add(kind)
        if first_id < point.first_id:
            point.first_id = first_id
        day = day[:10] if isinstance(day, str) else _day(day)
        if day > point.last_day:
            point.last_day = day
    return points


# The incident types (``KINDS``), each a column of the summaries' rows by point (``_summary_points``); a type outside
# them (none the models allow) sends its point to the rows by point and type.
WIDE = "_wide"  # a summary of migration 10: its table by type with the types in columns (``wide_schema.py``)


def _summary_points(pages: EventPages, table: str, where: str, params: list[Any]) -> dict[tuple[float, float], _Point]:
    """The points of a summary's rows ``where``: one row per point with its incidents by type in columns, the
    smallest id, the latest day, and the smallest and largest place and region over its rows. A point whose rows
    all have one place and one region (every point but those geocoded under several names) takes them for each
    of its types, as the rows by point and type with the smallest names of each would give; the others (and a
    point with a type outside ``KINDS``) are read again by point and type. 1,028 rows for the plain map instead
    of 10,300 by point and type. A table of migration 10 (``..._wide``) holds the types in columns already (a
    half-year's whole months: 6,700 rows to group instead of 57,200); its rows by type are the table it widens."""
    c = ' COLLATE "C"' if pages.dialect.postgres else ""  # smallest and largest as Python compares (code points)
    wide = table.endswith(WIDE)
    if wide:
        counts = ", ".join(f"CAST(SUM(s.{column}) AS BIGINT)" for column in WIDE_COLUMNS)
        total = "CAST(SUM(s.n) AS BIGINT)"
        table_by_type = table[:-len(WIDE)]
    else:
        counts = ", ".join(f"CAST(SUM(s.n) FILTER (WHERE s.type = '{kind}') AS BIGINT)" for kind in KINDS)
        listed = ",".join(f"'{kind}'" for kind in KINDS)
        total = f"CAST(SUM(s.n) FILTER (WHERE s.type NOT IN ({listed})) AS BIGINT)"
        table_by_type = table
    sql = (f"SELECT s.lat, s.lon, MIN(s.place{c}), MAX(s.place{c}), MIN(s.admin1{c}), MAX(s.admin1{c}),"
           f" MIN(s.first_id), MAX(s.last_day), {total}, {counts} FROM {table} s WHERE {where} GROUP BY s.lat, s.lon")
    points: dict[tuple[float, float], _Point] = {}
    again: list[tuple[float, float]] = []
    for row in pages.reviews.tuples(sql, params):
        here = points[(row[0], row[1])] = _Point(float(row[0]), float(row[1]))
        here.first_id = row[6]
        day = row[7]
        here.last_day = day[:10] if isinstance(day, str) else _day(day)
        other = (row[8] or 0) - sum(n or 0 for n in row[9:]) if wide else row[8]  # in no type's column
        if other or row[2] != row[3] or row[4] != row[5]:
            again.append((row[0], row[1]))
            continue
        names = (row[2], row[4])
        here.types = {kind: {names: n} for kind, n in zip(KINDS, row[9:], strict=True) if n}
    for start in range(0, len(again), 500):  # by point and type, with the smallest names of each
        chunk = again[start:start + 500]
        lats = sorted({lat for lat, _ in chunk})
        rows = pages.reviews.tuples(
            f"SELECT s.lat, s.lon, s.type, MIN(NULLIF(s.place, ''){c}), MIN(NULLIF(s.admin1, ''){c}),"
            f" CAST(SUM(s.n) AS BIGINT) FROM {table_by_type} s WHERE {where} AND s.lat IN ({','.join('?' * len(lats))})"
            " GROUP BY s.lat, s.lon, s.type", [*params, *lats])
        wanted = set(chunk)
        for lat, lon, kind, place, admin1, n in rows:
            if (lat, lon) in wanted and n:
                points[(lat, lon)].types[str(kind)] = {(place or "", admin1 or ""): int(n)}
    return points


def _take_out_elsewhere(pages: EventPages, flt: ReviewFilter, level: str,
                        points: dict[tuple[float, float], _Point], extra: Extra) -> None:
    """Take the incidents the unreviewed half leaves out out of ``points``; read a point's smallest id and
    latest day again when one of them may have held it."""
    elsewhere, more = pages._elsewhere(flt, level)
    plus = "" if pages.dialect.postgres else "+"
    conditions, params = pages.machine_conditions(flt, plus)
    conditions, params = [*conditions, *(plus + c for c in extra[0])], [*params, *extra[1]]
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
    conditions, params = [*conditions, *extra[0]], [*params, *extra[1]]
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


def _grouped_exactly(pages: EventPages, flt: ReviewFilter, level: str,
                     extra: Extra) -> dict[tuple[float, float], _Point]:
    """The points of the incidents the filter and ``extra`` select, grouped, the incidents counted elsewhere taken
    out."""
    points = _grouped(pages, flt, level, extra, table=None)
    _take_out_elsewhere(pages, flt, level, points, extra)
    return points


def _month(day: date) -> str:
    return day.isoformat()[:7]


def _first_of_next(day: date) -> date:
    return (day.replace(day=1) + timedelta(days=32)).replace(day=1)


Part = tuple[ReviewFilter, Extra]  # a part of a filter: a filter and more conditions


def month_split(flt: ReviewFilter) -> tuple[str | None, str | None, list[Part]] | None:
    """How the map of a date range reads ``incident_months``: (first, last whole month of the range, the
    conditions on the incidents of its partial months before and after them), or None when the filter uses
    columns the table lacks or the range holds no whole month.

    A whole month is one the range's start and end days hold entirely: every incident starting in it starts in
    the range; "ends on or after the start" is exact at the month's grain through the end month (an end month
    after the start's month, or the start's month itself when the range starts on its first day)."""
    if flt.outlet or flt.grade or (flt.text and flt.text.strip()) or not (flt.since or flt.until):
        return None
    first = last = None
    edges: list[Part] = []
    # One bound on the start each way: given a third, SQLite's planner took the wider of two (a half-year read
    # for an empty edge). Before the whole months the range's end is implied; after them its start is not
    # (an end may come before the start), so it stays as a condition without its bound on the start.
    if flt.since:
        begins = flt.since if flt.since.day == 1 else _first_of_next(flt.since)
        first = _month(begins)
        edges.append((replace(flt, until=None), (["i.date_start < ?"], [begins.isoformat()])))
    if flt.until:
        ends = _first_of_next(flt.until) - timedelta(days=1)
        ends = flt.until if ends == flt.until else flt.until.replace(day=1) - timedelta(days=1)
        last = _month(ends)
        edges.append((replace(flt, since=None), _since(flt, (["i.date_start > ?"], [ends.isoformat()]))))
    if first and last and first > last:
        return None
    return first, last, edges


def _since(flt: ReviewFilter, extra: Extra) -> Extra:
    """``extra`` and the filter's "ends on or after" (without the bound on the start it brings)."""
    if not flt.since:
        return extra
    return [*extra[0], "COALESCE(i.date_end, i.date_start) >= ?"], [*extra[1], flt.since.isoformat()]


def _from_months(pages: EventPages, flt: ReviewFilter, level: str,
                 split: tuple[str | None, str | None, list[Part]]) -> dict[tuple[float, float], _Point]:
    """The points of a date range: its whole months from ``incident_months``, the incidents of the partial
    months at either end grouped, and the few that start in a whole month yet end before the range's start
    month is over (an end before the start: only when the range starts after a month's first day)."""
    first, last, edges = split
    months: Extra = ([], [])
    for bound, value in ((">=", first), ("<=", last)):
        if value is not None:
            months[0].append(f"s.month {bound} ?")
            months[1].append(value)
    ends: Extra = (["s.end_month >= ?"], [first]) if flt.since else ([], [])
    whole = replace(flt, since=None, until=None)
    points = _grouped(pages, whole, level, (months[0] + ends[0], months[1] + ends[1]), table="incident_months")
    parts = list(edges)
    if flt.since and flt.since.day != 1:
        stray = ["s.n <> 0", "s.end_month = ?", *months[0]]
        if pages.reviews.rows(f"SELECT 1 AS x FROM incident_months s WHERE {' AND '.join(stray)} LIMIT 1",
                              [_month(flt.since), *months[1]]):
            parts.append((replace(flt, since=None, until=None), _since(flt, (
                ["i.date_start >= ?", "i.date_end < ?"] + (["i.date_start <= ?"] if last else []),
                [f"{first}-01", f"{first}-01"] + ([_last_day(last)] if last else [])))))
    if flt.since and not flt.until:  # undated starts with an end on or after the range's start
        parts.append((flt, (["i.date_start IS NULL"], [])))
    for part, extra in parts:
        _merge(points, _grouped_exactly(pages, part, level, extra))
    return points


def _last_day(month: str) -> str:
    return (_first_of_next(date.fromisoformat(f"{month}-01")) - timedelta(days=1)).isoformat()


def _merge(points: dict[tuple[float, float], _Point], more: dict[tuple[float, float], _Point]) -> None:
    for key, other in more.items():
        if not any(n > 0 for names in other.types.values() for n in names.values()):
            continue  # every incident of it taken out: its smallest id and latest day were not read again
        point = points.get(key)
        if point is None:
            points[key] = other
            continue
        for kind, names in other.types.items():
            mine = point.types.setdefault(kind, {})
            for name, n in names.items():
                mine[name] = mine.get(name, 0) + n
        point.first_id = min(point.first_id, other.first_id)
        point.last_day = max(point.last_day, other.last_day)
