"""The views' queries at either level, fast where most incidents are: ``EventPages``.

An incident nobody linked to a canonical incident (and no analyst moved) is an event on its own; at the
report level every incident is. Those are counted, paged, bucketed and placed in SQL, as the report-level
queries always were: a page sorted by any column asks each half of the filter (unreviewed, reviewed) for its
first ``offset + limit`` rows only, the count is ``COUNT(*)``, the timeline and the map group in SQL. Linked
incidents (and moved ones) are grouped into their canonical incidents in Python (``EventQueries``), the
analysts' corrections in force; their number is that of the linked incidents the filter selects.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from operator import itemgetter
from typing import Any

from .counts_schema import COLUMNS as COUNT_COLUMNS
from .elsewhere_schema import DUPLICATE, LINKED, MOVED, having, mask, without
from .elsewhere_schema import MOVING_REVIEW as _MOVING
from .event_points import KINDS, point_groups
from .events import MARKER_KEYS, Clause, Event, EventQueries, IncidentRow, _single, _text, marker_fields, sort_events
from .points_schema import COLUMNS as POINT_COLUMNS
from .review_queries import MACHINE, ReviewFilter
from .view_cache import Shared

MARKER_LIMIT = 20000
COUNT_CAP = 10000  # a count that needs reading incidents one by one stops past this many
# A point's first type and its smallest name in one string: below any character of a type, above any name
_SEP, _NONE = "\x01", "\U0010ffff"
# Linked or moved by an analyst, by the bits of migration 8: the partial index of the incidents with bits holds
# every column the linked events read, so they are read from it (PostgreSQL looked each up by id: 30 ms).
_LINKED = "i.elsewhere > 0 AND " + having(LINKED | MOVED)[0]
# NOT EXISTS rather than NOT IN: the same rows (the ids are primary keys, never NULL), but PostgreSQL can plan
# it as an anti-join; NOT IN made it scan every incident to filter them (10,000 reviewed ones: 770 -> 140 ms).
_UNLINKED = "NOT EXISTS (SELECT 1 FROM incident_links x WHERE x.incident_id = i.id)"


def _sort_expr(sort: str, col: dict[str, str]) -> str:
    return {"date": col["date_start"], "type": col["type"], "place": f"NULLIF(LOWER({col['place']}), '')",
            "killed": col["killed"], "injured": "i.injured_best", "grade": "c.admiralty",
            "outlet": "NULLIF(LOWER(i.outlet), '')", "published": col.get("published", "NULL"),
            "updated": col.get("updated", "NULL"), "id": "i.id", "sources": "NULL"}[sort]


def _stand_in(sort: str, value: Any, incident_id: str) -> Event:
    """An event holding only its sort value: enough to merge the halves' first rows with the linked events."""
    event = Event(incident_id, False)
    value = _text(value) if sort in ("date", "published", "updated") else value
    if sort == "outlet":
        event.outlets = [value] if value else []
    elif sort not in ("id", "sources"):
        setattr(event, {"date": "date_start"}.get(sort, sort), value)
    return event


_EVENT_FIELDS = [f.name for f in fields(Event) if f.name not in ("members", "outlets")]
Frozen = tuple[Any, ...]


def _freeze(events: list[Event]) -> Frozen:
    """Events as nested tuples of plain values, as they are kept between requests: the garbage collector stops
    tracking such tuples, where thousands of kept objects made each of its full passes traverse them all (a
    request that allocates much, the map's, paid ~30 ms more with the linked events of 24 filters kept)."""
    return tuple((tuple(getattr(e, name) for name in _EVENT_FIELDS), tuple(astuple_row(r) for r in e.members),
                  tuple(e.outlets)) for e in events)


def astuple_row(row: IncidentRow) -> tuple[Any, ...]:
    return tuple(getattr(row, name) for name in _ROW_FIELDS)


_ROW_FIELDS = [f.name for f in fields(IncidentRow)]


def _thaw(frozen: Frozen) -> list[Event]:
    """The events of ``_freeze``, new objects for this request (a page may fill them in: ``add_documents``)."""
    out = []
    for values, rows, outlets in frozen:
        event = Event(**dict(zip(_EVENT_FIELDS, values, strict=True)))
        event.members = [IncidentRow(*row) for row in rows]
        event.outlets = list(outlets)
        out.append(event)
    return out


class EventPages:
    def __init__(self, events: EventQueries, moved: Iterable[str] = (), shared: Shared | None = None) -> None:
        self.events = events
        # What requests at the same change stamp read alike (migration 9): the linked events
        self.shared = shared or Shared(None)
        self.reviews = events.reviews
        self.dialect = events.queries.dialect
        self.moved = sorted(set(moved))  # incidents an analyst moved or split out: resolved in Python
        self._linked_cache: dict[tuple[str, bool], list[Event]] = {}
        self._any_links: bool | None = None
        self._any_unplaced: bool | None = None
        self._any_undated: bool | None = None
        self._bounds: dict[str, str] = {}
        self._latitudes: dict[str, list[float] | None] = {}
        self.capped = False  # the last count stopped at COUNT_CAP

    # -- the two parts ---------------------------------------------------------------------------------------

    def _standalone(self, flt: ReviewFilter, level: str) -> Clause:
        """The condition for incidents that are events by themselves at ``level`` (and are not duplicates)."""
        duplicates = sorted(self.events.duplicates) if flt.review != "all" else []

        def clause(col: dict[str, str]) -> tuple[str, list[Any]]:
            if col is not MACHINE:
                # The reviewed half is read from the partial index of the incidents with bits (migration 8):
                # the bits say linked, moved and duplicate without a probe of the links per incident.
                bits = (DUPLICATE if flt.review != "all" else 0) | (
                    LINKED | MOVED if level == "events" and self._has_links() else 0)
                return without(bits, "i.elsewhere")
            parts, params = ["1=1"], []
            if duplicates:
                parts.append(f"i.id NOT IN ({','.join('?' * len(duplicates))})")
                params += duplicates
            if level == "events" and self._has_links():
                parts.append(_UNLINKED)
                if self.moved:
                    parts.append(f"i.id NOT IN ({','.join('?' * len(self.moved))})")
                    params += self.moved
            return " AND ".join(parts), params

        return clause

    def _has_links(self) -> bool:
        if self._any_links is None:
            self._any_links = self.shared.get("any links", lambda: bool(self.reviews.rows(
                "SELECT 1 AS x FROM incident_links LIMIT 1")))
        return self._any_links

    def _linked(self, _col: dict[str, str]) -> tuple[str, list[Any]]:
        return _LINKED, having(LINKED | MOVED)[1]

    def linked_events(self, flt: ReviewFilter, with_documents: bool = False) -> list[Event]:
        """The events of the linked (or moved) incidents the filter selects, grouped in Python (once a request)."""
        if not self._has_links() and not self.moved:
            return []
        key = (repr(flt), with_documents)
        if key not in self._linked_cache:
            def read() -> list[Event]:
                return self.events.events(flt, "events", with_documents, extra=self._linked)

            kept = self._kept_key(flt)
            self._linked_cache[key] = _thaw(self.shared.get(("linked", *key, *kept), lambda: _freeze(read()))
                                            ) if kept is not None else read()
        return self._linked_cache[key]

    def _kept_key(self, flt: ReviewFilter) -> tuple[Any, ...] | None:
        """How what is derived from the linked events of ``flt`` is kept between requests (``ViewCache``), or None
        when it cannot be: under the ``linked`` stamp, a search's under the documents' stamp too (its matches change
        with every document stored, which the linked events' stamp does not follow)."""
        searched = bool(flt.text and flt.text.strip())
        documents = self.shared.stamps.get("documents") if searched else 0
        if documents is None or self.shared.stamps.get("linked") is None:
            return None
        return flt.search_limit, documents

    def linked_markers(self, flt: ReviewFilter) -> list[dict[str, Any]]:
        """The markers of the linked events with coordinates (``marker_fields``). Kept between requests as tuples of
        plain values (as the linked events are), so a request makes 1,001 dicts instead of thawing the events and
        their 3,003 reports into objects first (1,000,000 events in the bench: ~25 ms of CPU a request)."""
        if not self._has_links() and not self.moved:
            return []

        def build() -> tuple[tuple[Any, ...], ...]:
            return tuple(tuple(marker_fields(e).values()) for e in self.linked_events(flt)
                         if e.lat is not None and e.lon is not None)

        kept = self._kept_key(flt)
        rows = self.shared.get(("linked markers", repr(flt), *kept), build) if kept is not None else build()
        return [dict(zip(MARKER_KEYS, row, strict=True)) for row in rows]

    def _branch_sql(self, flt: ReviewFilter, level: str, select: str, tail: str = "",
                    where_more: str = "", counted: bool = False, positional: bool = False) -> list[Any]:
        """Run ``SELECT select FROM branch WHERE ... tail`` on both halves of the filter; all rows.

        ``counted``: the unreviewed half is left out (``_counted`` stands for it, counting the reviews that
        change nothing it filters or groups on as unreviewed, ``_moving``). ``positional``: rows addressed by
        position only (``ReviewStore.tuples``)."""
        rows: list[Any] = []
        clause = self._standalone(flt, level)
        for b in self.events.queries._branches(flt):
            if counted and b.col is MACHINE:
                continue
            condition, more = clause(b.col)
            if counted and self._moving(flt):
                condition = f"{condition} AND {_MOVING}"
            sql = (f"SELECT {select.format(**b.col)} FROM {b.source} WHERE ({b.where}) AND {condition}"
                   f"{where_more.format(**b.col)} {tail.format(**b.col)}")
            rows += (self.reviews.tuples if positional else self.reviews.rows)(sql, [*b.params, *more])
        return rows

    # -- counts without a probe per incident -------------------------------------------------------------

    def _countable(self, flt: ReviewFilter) -> bool:
        """Whether the unreviewed half's counts can come from ``incident_counts`` (migration 5): the filter
        uses its columns only (type, dates, certainty) and the filter has an unreviewed half."""
        return self._subtracting(flt) and not (flt.place or flt.outlet or flt.grade)

    def _subtracting(self, flt: ReviewFilter) -> bool:
        """Whether the unreviewed half is counted as every incident the filter's machine values select less
        those counted elsewhere (``_counted``), instead of probing the overlay and the links once per incident
        (97% of the time of a count: 61 against 1.5 ms for 100,000 incidents on SQLite). Needs that half; a
        search selects few incidents (at most the ``search_limit`` newest documents' in the views), which the
        probes serve better than looking up the incidents counted elsewhere."""
        return flt.review in ("", "all", "unreviewed") and not (flt.text and flt.text.strip())

    def _moving(self, flt: ReviewFilter) -> bool:
        """Whether the reviews that change no value a view filters or groups on (a confirmation, an edit of
        the killed) stay with the unreviewed half when it is counted: they count the same in either half,
        unless the filter leaves every reviewed incident out ("unreviewed")."""
        return flt.review in ("", "all")

    def _elsewhere(self, flt: ReviewFilter, level: str) -> tuple[str, list[Any]]:
        """The condition on incidents ``i`` the unreviewed half leaves out (the complement of ``_standalone`` and
        of "not reviewed"): reviewed ones, linked and moved ones at the event level, duplicates. Their bits
        (``incidents.elsewhere``, migration 8) say so; the partial index of those with bits holds them all, a few
        thousand, so a query on this condition walks that index alone."""
        condition, values = having(self._mask(flt, level))
        return f"i.elsewhere > 0 AND {condition}", values

    def _mask(self, flt: ReviewFilter, level: str) -> int:
        return mask(flt.review, level == "events" and self._has_links())

    def machine_conditions(self, flt: ReviewFilter, plus: str = "") -> tuple[list[str], list[Any]]:
        """The filter over the incidents' machine columns (``plus``: SQLite's "+" that keeps a column from
        choosing an index); a place filter also narrows them to the latitudes of the points whose names match
        (``incident_points``, migration 7), so an index on the point finds them instead of a scan of all."""
        conditions, params = self.events.queries._conditions(flt, {k: plus + v for k, v in MACHINE.items()})
        if flt.since and not plus:
            # "Ends on or after" cannot use the date index; the earliest start of an incident that does (read
            # from incident_counts) is a bound it can: a half-year reads its rows, not every later incident's. An
            # incident with an end but no start ('' in the summary, the smallest) leaves no bound: it would miss it.
            bound = self._start_bound(flt.since.isoformat())
            if bound:
                conditions.append("i.date_start >= ?")
                params.append(bound)
        if flt.place and not plus:
            lats = self.place_latitudes(flt)
            if lats is not None:
                marks = ",".join("?" * len(lats))
                # The incidents without a point can match by name too; when there are none (a probe of the point
                # index) the condition is the latitudes alone, which PostgreSQL reads from its covering point
                # index (with the OR it read 28,000 rows from the table for a region: 280 ms).
                unplaced = "i.lat IS NULL" if self._unplaced() else None
                either = " OR ".join(filter(None, [f"i.lat IN ({marks})" if lats else None, unplaced]))
                conditions.append(f"({either or '1=0'})")
                params += lats
        return conditions, params

    def _start_bound(self, since: str) -> str:
        """The earliest start of an incident that ends on or after ``since`` ('' for none or an undated start;
        read once a request: the views ask for it several times)."""
        if since not in self._bounds:
            found = self.reviews.rows("SELECT MIN(s.day) AS day FROM incident_counts s WHERE s.n <> 0"
                                      " AND COALESCE(NULLIF(s.day_end, ''), s.day) >= ?", [since])
            self._bounds[since] = str(found[0]["day"] or "")[:10] if found else ""
        return self._bounds[since]

    def _undated(self) -> bool:
        """Whether any incident has no start day (once a request, from ``incident_counts``)."""
        if self._any_undated is None:
            self._any_undated = bool(self.reviews.rows("SELECT 1 AS x FROM incident_counts WHERE day = '' AND n <> 0"
                                                       " LIMIT 1"))
        return self._any_undated

    def _unplaced(self) -> bool:
        """Whether any incident has no point (once a request)."""
        if self._any_unplaced is None:
            self._any_unplaced = bool(self.reviews.rows("SELECT 1 AS x FROM incidents WHERE lat IS NULL LIMIT 1"))
        return self._any_unplaced

    def place_latitudes(self, flt: ReviewFilter) -> list[float] | None:
        """The latitudes of the points whose place, region or country the place filter matches (None: too
        many to list, the filter scans instead)."""
        place = flt.place or ""
        if place not in self._latitudes:  # once a request: the views' queries ask for them several times
            conditions, params = self.events.queries._conditions(ReviewFilter(place=place), POINT_COLUMNS)
            rows = self.reviews.rows(f"SELECT DISTINCT s.lat AS lat FROM incident_points s WHERE {conditions[0]}"
                                     " AND s.n <> 0", params)
            self._latitudes[place] = [float(r["lat"]) for r in rows] if len(rows) <= 2000 else None
        return self._latitudes[place]

    def _counted(self, flt: ReviewFilter, level: str, by_day: bool, cap: int | None = None
                 ) -> list[tuple[str, str, int]]:
        """(day, type, incidents) of the unreviewed half, grouped by day and type (``by_day``) or in one row
        ("", "", n): the summary's counts of the rows whose bits miss the view's mask (migration 8), or those of
        every incident the machine values select less those of the incidents counted elsewhere. ``cap`` (one
        row only, the latter): count at most that many more than the incidents counted elsewhere; the total is
        then "more than ``cap``" when it reaches it."""
        queries = self.events.queries
        out: dict[tuple[str, str], int] = {}
        day = self.dialect.day("i.date_start")
        if self._countable(flt):
            # The summary leaves out the incidents counted elsewhere by their bits: nothing to take away.
            conditions, params = queries._conditions(flt, COUNT_COLUMNS)
            kept, values = without(self._mask(flt, level))
            where = " AND ".join(["s.n <> 0", kept, *conditions] + (["s.day <> ''"] if by_day else []))
            params = [*values, *params]
            group = ("s.day AS day, s.type AS type,", " GROUP BY s.day, s.type") if by_day else ("", "")
            sql = f"SELECT {group[0]} SUM(s.n) AS n FROM incident_counts s WHERE {where}{group[1]}"
        else:
            elsewhere, more = self._elsewhere(flt, level)
            # SQLite: "+" keeps the filter's columns from choosing an index, so the partial index of the incidents
            # counted elsewhere serves the query (with a type filter the date index was skip-scanned instead)
            plus = "" if self.dialect.postgres else "+"
            conditions, params = self.machine_conditions(flt, plus)
            where = " AND ".join([elsewhere, *conditions] + ([f"{plus}i.date_start IS NOT NULL"] if by_day else []))
            group = (f"{day} AS day, i.type AS type,", " GROUP BY i.date_start, i.type") if by_day else ("", "")
            for r in self.reviews.tuples(f"SELECT {group[0]} COUNT(*) AS n FROM incidents i WHERE {where}{group[1]}",
                                         [*more, *params]):
                key = (str(r[0])[:10], str(r[1])) if by_day else ("", "")
                out[key] = out.get(key, 0) - int(r[-1])
            conditions, params = self.machine_conditions(flt)
            where = " AND ".join(conditions + (["i.date_start IS NOT NULL"] if by_day else [])) or "1=1"
            group = (f"{day} AS day, i.type AS type,", " GROUP BY i.date_start, i.type") if by_day else ("", "")
            sql = f"SELECT {group[0]} COUNT(*) AS n FROM incidents i WHERE {where}{group[1]}"
            if cap is not None and not by_day:
                params = [*params, cap - out.get(("", ""), 0) + 1]
                sql = f"SELECT COUNT(*) AS n FROM (SELECT 1 AS x FROM incidents i WHERE {where} LIMIT ?) AS m"
        for r in self.reviews.tuples(sql, params):  # by day and type: 10,000 rows for all (no dict each)
            key = (str(r[0])[:10], str(r[1])) if by_day else ("", "")
            out[key] = out.get(key, 0) + int(r[-1] or 0)
        return [(day, kind, n) for (day, kind), n in out.items() if n]

    # -- what the views draw ---------------------------------------------------------------------------------

    def count(self, flt: ReviewFilter, level: str) -> int:
        """The rows at ``level``; beyond ``COUNT_CAP`` it may stop counting (``capped`` says so), as the pages
        and the views need no more than "over 10,000"."""
        counted = self._subtracting(flt)
        self.capped = False
        alone = sum(int(r["n"]) for r in self._branch_sql(flt, level, "COUNT(*) AS n", counted=counted))
        if counted:
            found = sum(n for _, _, n in self._counted(flt, level, by_day=False, cap=COUNT_CAP))
            if not self._countable(flt) and found > COUNT_CAP:
                self.capped, found = True, COUNT_CAP
            alone += found
        return alone + (len(self.linked_events(flt)) if level == "events" else 0)

    def page(self, flt: ReviewFilter, level: str, sort: str, descending: bool, limit: int,
             offset: int) -> list[Event]:
        """One page of rows at ``level`` sorted by ``sort``; only the first ``offset + limit`` standalone rows of
        each half are read."""
        linked = self.linked_events(flt, sort in ("published", "updated")) if level == "events" else []
        # First the sort values and ids only (an index can serve them), then the rows of the page alone.
        stand_ins: list[Event] = []
        for v, incident_id in self._sort_values(flt, level, sort, descending, offset + limit):
            stand_ins.append(_stand_in(sort, v, incident_id))
        chosen = sort_events(stand_ins + linked, sort, descending)[offset:offset + limit]
        ids = [e.key for e in chosen if not e.canonical and not e.members]
        full = {}
        if ids:
            # By id alone: these rows were selected already (a full-text condition need not run twice).
            every = ReviewFilter(review="all")
            rows = self.events.rows(every, False, extra=lambda _col: (f"i.id IN ({','.join('?' * len(ids))})", ids))
            full = {row.id: _single(row) for row in rows}
        return [full.get(e.key, e) if not e.members else e for e in chosen]

    def _sort_values(self, flt: ReviewFilter, level: str, sort: str, descending: bool,
                     limit: int) -> list[tuple[Any, str]]:
        """(sort value, id) of the first ``limit`` standalone rows of each half, in two parts: those with a
        value, in order, and those without, by id (how ``sort_events`` puts unknown values last). Each part
        walks an index on (value, id) (migrations 3 and 5) and stops after ``limit`` rows, on both backends:
        a single ``ORDER BY value NULLS LAST`` could use no index for an ascending sort on SQLite or a
        descending one on PostgreSQL, and sorted every match instead."""
        way = "DESC" if descending else "ASC"
        killed = "COALESCE(i.fatalities_best, i.fatalities_low)"
        clause = self._standalone(flt, level)
        unlinked_only = level == "events" and self._has_links()
        out: list[tuple[Any, str]] = []
        for b in self.events.queries._branches(flt):
            reviewed = "r." in b.col["type"]
            col = dict(b.col, killed="COALESCE(r.fatalities_best, i.fatalities_best, i.fatalities_low)" if reviewed
                       else killed, published="d.published",
                       updated="COALESCE(r.reviewed_at, d.ingested_at)" if reviewed else "d.ingested_at")
            # The documents' times: the documents walked in their index's order, each one's incidents joined
            # (PostgreSQL sorted every incident joined to its document instead: 1.2 s at 1,000,000)
            source = (f"{b.source} JOIN documents d ON d.id = i.doc_id" if sort in ("published", "updated")
                      else b.source)
            condition, more = clause(b.col)
            expr = _sort_expr(sort, col)
            where = f"({b.where}) AND {condition}"
            if sort in ("id", "sources"):  # no value: the id order alone
                parts = [(f"SELECT NULL AS v, i.id AS id FROM {b.source} WHERE {where}", "")]
            elif sort == "grade":  # the linked incidents' canonical grade; every other incident has none
                parts = [] if unlinked_only else [(
                    f"SELECT c.admiralty AS v, i.id AS id FROM {b.source} JOIN incident_links l ON l.incident_id"
                    f" = i.id JOIN canonical_incidents c ON c.id = l.canonical_id WHERE {where}", "c.admiralty")]
                parts.append((f"SELECT NULL AS v, i.id AS id FROM {b.source} WHERE {where}"
                              + ("" if unlinked_only else f" AND {_UNLINKED}"), ""))
            else:
                parts = [(f"SELECT {expr} AS v, i.id AS id FROM {source} WHERE {where} AND {expr} IS NOT NULL",
                          expr)]
                # Every document has an ingest time, and a reviewed date falls back on the machine's: when no
                # incident lacks a start day (the summary says), no row lacks either (PostgreSQL: 15-34 ms each)
                if sort != "updated" and (sort != "date" or self._undated()):
                    parts.append((f"SELECT NULL AS v, i.id AS id FROM {source} WHERE {where} AND {expr} IS NULL", ""))
            for sql, value in parts:
                order = f"{value} {way}, i.id {way}" if value else f"i.id {way}"
                out += [(r["v"], r["id"]) for r in self.reviews.rows(f"{sql} ORDER BY {order} LIMIT ?",
                                                                      [*b.params, *more, limit])]
        return out

    def timeline(self, flt: ReviewFilter, level: str) -> dict[str, dict[str, int]]:
        """day -> type -> events (or reports) dated that day."""
        days: dict[str, dict[str, int]] = {}
        day = self.dialect.day("{date_start}")
        counted = self._subtracting(flt)
        rows = [(str(when)[:10], str(kind), int(n)) for when, kind, n in self._branch_sql(
            flt, level, f"{day} AS day, {{type}} AS type, COUNT(*) AS n", "GROUP BY {date_start}, {type}",
            " AND {date_start} IS NOT NULL", counted=counted, positional=True)]
        if counted:
            rows += self._counted(flt, level, by_day=True)
        for when, kind, n in rows:
            per_type = days.setdefault(when, {})
            per_type[kind] = per_type.get(kind, 0) + n
        if level == "events":
            for event in self.linked_events(flt):
                if event.date_start:
                    per_type = days.setdefault(event.date_start[:10], {})
                    per_type[event.type] = per_type.get(event.type, 0) + 1
        return dict(sorted(days.items()))

    def _add_details(self, markers: list[dict[str, Any]]) -> None:
        """Killed and geocoding precision of each group's first incident (read by id: the point index that
        groups the markers holds neither)."""
        for m in markers:  # several events at one point: the place names say whether it is a region
            if m["n"] > 1:
                m["precision"] = "region" if m["place"] and m["place"] == m["admin1"] else "settlement"
        by_id = {m["id"]: m for m in markers if m["n"] == 1}
        ids = list(by_id)
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for r in self.reviews.rows("SELECT id, COALESCE(fatalities_best, fatalities_low) AS killed,"
                                       f" geo_precision FROM incidents WHERE id IN ({','.join('?' * len(chunk))})",
                                       chunk):
                by_id[r["id"]]["killed"] = r["killed"]
                by_id[r["id"]]["precision"] = r["geo_precision"] or "unknown"

    def markers(self, flt: ReviewFilter, level: str, limit: int = MARKER_LIMIT) -> tuple[int, list[dict[str, Any]]]:
        """(events with coordinates, markers): one per linked event; standalone ones grouped by point (``n``, with
        ``types`` broken down, coloured by the most frequent)."""
        groups: dict[tuple[float, float], dict[str, Any]] = {}
        counted = self._subtracting(flt)
        if counted:
            groups = {(m["lat"], m["lon"]): m for m in point_groups(self, flt, level)}
        mixed: set[tuple[float, float]] = set()  # points whose types were added to: their colour set once at the end
        for lat, lon, types, first, place, admin1, day in self._standalone_points(flt, level, counted):
            key = (float(lat), float(lon))
            day = _text(day) or ""
            seen = groups.get(key)
            if seen is None:
                kind = next(iter(types))
                groups[key] = {"id": first, "href": f"/incidents/{first}", "lat": key[0], "lon": key[1],
                               "place": place or "", "admin1": admin1 or "", "type": kind, "date": day,
                               "killed": None, "sources": 1, "grade": "", "precision": "unknown", "reports": 1,
                               "canonical": False, "n": sum(types.values()), "types": types}
                if len(types) > 1:
                    mixed.add(key)
                continue
            seen["n"] += sum(types.values())
            for kind, n in types.items():
                seen["types"][kind] = seen["types"].get(kind, 0) + n
            mixed.add(key)
            if day > seen["date"]:
                seen["date"] = day
            if first < seen["id"]:
                seen["id"], seen["href"] = first, f"/incidents/{first}"
        for key in mixed:  # the colour: the most frequent type; types listed by type (the rows' order is the plan's)
            types = groups[key]["types"] = dict(sorted(groups[key]["types"].items()))
            groups[key]["type"] = max(zip(types.values(), types, strict=True))[1]  # by count, then by name
        markers = list(groups.values())
        self._add_details(markers)
        if level == "events":
            markers += self.linked_markers(flt)
        located = sum(m["n"] for m in markers)
        markers.sort(key=itemgetter("date", "id"), reverse=True)
        return located, markers[:limit]

    def _standalone_points(self, flt: ReviewFilter, level: str, counted: bool
                           ) -> list[tuple[Any, Any, dict[str, int], str, Any, Any, Any]]:
        """(lat, lon, incidents by type, smallest id, place and region, latest start) of the standalone incidents
        ``_branch_sql`` selects (the reviewed half alone when ``counted``), a row per point of each half with the
        types in columns (the reviewed half of the plain map: ~1,000 rows instead of 4,600 by point and type). The
        names are the smallest of the point's first type, as the rows by point and type gave them: the smallest of
        "type, separator, name" (a missing name after every other). A type outside the models' (no column) sends
        the request to rows by point and type."""
        where = " AND {lat} IS NOT NULL AND {lon} IS NOT NULL"
        by_type = ", ".join(f"COUNT(*) FILTER (WHERE {{type}} = '{kind}')" for kind in KINDS)
        c = ' COLLATE "C"' if self.dialect.postgres else ""  # as Python compares (code points)
        first = [f"MIN(({{type}} || '{_SEP}' || COALESCE({{{name}}}, '{_NONE}')){c})" for name in ("place", "admin1")]
        rows = self._branch_sql(flt, level, "{lat} AS lat, {lon} AS lon, COUNT(*) AS n, MIN(i.id) AS id,"
                                f" MAX({{date_start}}) AS date, {first[0]}, {first[1]}, {by_type}",
                                "GROUP BY {lat}, {lon}", where, counted=counted, positional=True)
        out = []
        for row in rows:
            types = {kind: int(n) for kind, n in zip(KINDS, row[7:], strict=True) if n}
            if sum(types.values()) != int(row[2]):
                break
            place, admin1 = (str(value).split(_SEP, 1)[1] for value in row[5:7])
            out.append((row[0], row[1], types, row[3], None if place == _NONE else place,
                        None if admin1 == _NONE else admin1, row[4]))
        else:
            return out
        rows = self._branch_sql(flt, level, "{lat} AS lat, {lon} AS lon, {type} AS type, COUNT(*) AS n, MIN(i.id)"
                                " AS id, MIN({place}) AS place, MIN({admin1}) AS admin1, MAX({date_start}) AS date",
                                "GROUP BY {lat}, {lon}, {type}", where, counted=counted, positional=True)
        return [(lat, lon, {str(kind): int(n)}, first_id, place, admin1, day)
                for lat, lon, kind, n, first_id, place, admin1, day in rows]
