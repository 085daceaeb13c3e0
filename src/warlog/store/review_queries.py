"""Incident queries with the review overlay in force, for the workbench and its exports.

Filters and sorting act on the reviewed values (``COALESCE(overlay, machine)``), so an incident an analyst
moved to another type or place is found under its new one. Listing is two steps: the ids of one page (a scan
of the narrow ``incidents`` columns, no JSON), then the full records of that page only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..models import Incident
from .base import IncidentRecord
from .common import DOC_COLUMNS, document_from_row
from .overlay import apply_review
from .review import Review, ReviewStore, fts_words
from .view_cache import ViewCache

REVIEW_STATES = ("", "unreviewed", "confirmed", "rejected", "all")  # "": everything but rejected

# Each filterable column: its machine value, and its value once reviewed.
MACHINE = {name: f"i.{name}" for name in ("type", "date_start", "date_end", "place", "admin1", "lat", "lon",
                                          "certainty")}
EFFECTIVE = {
    "type": "COALESCE(r.type, i.type)",
    "date_start": "COALESCE(r.date_start, i.date_start)",
    "date_end": "COALESCE(r.date_end, r.date_start, i.date_end)",
    "place": "COALESCE(r.place, i.place)",
    "admin1": "COALESCE(r.admin1, i.admin1)",
    "lat": "COALESCE(r.lat, i.lat)",
    "lon": "COALESCE(r.lon, i.lon)",
    "certainty": "COALESCE(r.certainty, i.certainty)",
}


@dataclass(frozen=True)
class Branch:
    """One half of a query: incidents nobody reviewed (machine columns, indexes usable), or reviewed ones."""

    source: str
    where: str
    params: list[Any]
    col: dict[str, str]


@dataclass
class ReviewFilter:
    """What the workbench's filter bar selects; every field maps to one URL query parameter."""

    types: list[str] = field(default_factory=list)
    since: date | None = None
    until: date | None = None
    place: str | None = None
    outlet: str | None = None
    certainty: str | None = None
    text: str | None = None
    review: str = ""
    grade: str | None = None  # Admiralty reliability (A-F) of the canonical incident (after linking, issue #6)
    # Not in the URL: the views search at most this many matching documents, the most recently stored (0: all;
    # exports search all); ``scope`` is set on first use: (matching documents, whether the limit applied).
    search_limit: int = field(default=0, compare=False, repr=False)
    scope: tuple[int, bool] | None = field(default=None, compare=False, repr=False, init=False)
    newest: list[str] = field(default_factory=list, compare=False, repr=False, init=False)  # PostgreSQL: those ids


@dataclass(frozen=True)
class Marker:
    lat: float
    lon: float
    count: int
    place: str
    first_id: str


class ReviewQueries:
    def __init__(self, reviews: ReviewStore, cache: ViewCache | None = None) -> None:
        self.reviews = reviews
        self.dialect = reviews.dialect
        self.cache = cache  # a search's scope is kept under the ``documents`` change stamp (``view_cache.py``)

    def _conditions(self, flt: ReviewFilter, col: dict[str, str]) -> tuple[list[str], list[Any]]:
        """SQL conditions over the columns ``col`` and their parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if flt.types:
            clauses.append(f"{col['type']} IN ({','.join('?' * len(flt.types))})")
            params += flt.types
        if flt.since:
            clauses.append(f"COALESCE({col['date_end']}, {col['date_start']}) >= ?")
            params.append(flt.since.isoformat())
        if flt.until:
            clauses.append(f"{col['date_start']} <= ?")
            params.append(flt.until.isoformat())
        if flt.place:
            like, country = self.dialect.like, col.get("country", "i.country")
            clauses.append(f"({col['place']} {like} ? OR {col['admin1']} {like} ? OR {country} = ?)")
            params += [f"%{flt.place}%", f"%{flt.place}%", flt.place.upper()]
        if flt.outlet:
            clauses.append(f"i.outlet {self.dialect.like} ?")
            params.append(f"%{flt.outlet}%")
        if flt.certainty:
            clauses.append(f"{col['certainty']} = ?")
            params.append(flt.certainty)
        if flt.grade:
            # The reliability letter of the Admiralty code of the canonical incident it was merged into.
            clauses.append("i.id IN (SELECT l.incident_id FROM incident_links l JOIN canonical_incidents c"
                           " ON c.id = l.canonical_id WHERE c.admiralty LIKE ?)")
            params.append(f"{flt.grade}%")
        if flt.text and flt.text.strip():
            words = flt.text if self.dialect.postgres else fts_words(flt.text)
            limited = self.search_scope(flt)[1]
            if limited and self.dialect.postgres:
                clauses.append("i.doc_id = ANY(?)")
                params.append(flt.newest)
            else:
                clauses.append(self.dialect.fts(flt.search_limit if limited else 0))
                params.append(words)
        return clauses, params

    def search_scope(self, flt: ReviewFilter) -> tuple[int, bool]:
        """(documents the search words match, whether more match than ``flt.search_limit``), counted once per
        filter. Common words match most documents (a word of 43% of them: 219,092 at 1,000,000 incidents);
        listing, counting and placing every incident of those took seconds a request, so the views search
        the most recently stored ``search_limit`` of them and say so. SQLite counts every match (its full-text
        index counts 219,092 in 7 ms); PostgreSQL stops at one past the limit (its count visits each match's
        row: a second for 80,000), so there the number is "at least"."""
        if flt.scope is None:
            if not flt.search_limit or not (flt.text and flt.text.strip()):
                flt.scope = (0, False)
                return flt.scope
            text, limit = flt.text, flt.search_limit
            if self.cache is not None:
                stamp = self.cache.stamp("documents")
                flt.scope, newest = self.cache.get("documents", stamp, ("search scope", text, limit),
                                                   lambda: self._scope(text, limit))
            else:
                flt.scope, newest = self._scope(text, limit)
            flt.newest = list(newest)
        return flt.scope

    def _scope(self, text: str, limit: int) -> tuple[tuple[int, bool], tuple[str, ...]]:
        """(matching documents, more than ``limit``), and on PostgreSQL the ids of the newest ``limit`` of them.

        PostgreSQL: the newest documents are checked first, a page of ``3 * limit``; words in more than a third
        of them (a common word: 43% of the documents) need nothing more. Otherwise the matches are counted (up to
        one past the limit) and, when there are more than the limit, the walk goes on."""
        if self.dialect.postgres:
            found, after = self._newest_page(text, None, limit * 3)
            if len(found) > limit:
                return (limit + 1, True), tuple(found[:limit])
            if after is None:  # every document checked
                return (len(found), False), ()
            row = self.reviews.execute("SELECT COUNT(*) AS n FROM (SELECT 1 FROM documents WHERE tsv @@"
                                       " plainto_tsquery('simple', ?) LIMIT ?) AS m", [text, limit + 1]).fetchone()
            if int(row["n"]) <= limit:
                return (int(row["n"]), False), ()
            size = limit * 6
            while len(found) < limit and after is not None:
                more, after = self._newest_page(text, after, size)
                found, size = found + more, size * 2
            return (int(row["n"]), True), tuple(found[:limit])
        row = self.reviews.execute("SELECT COUNT(*) AS n FROM documents_fts WHERE documents_fts MATCH ?",
                                   [fts_words(text)]).fetchone()
        return (int(row["n"]), int(row["n"]) > limit), ()

    def _newest_page(self, text: str, after: tuple[Any, str] | None,
                     size: int) -> tuple[list[str], tuple[Any, str] | None]:
        """PostgreSQL: the ids of the documents the words match among the ``size`` most recently stored before
        ``after`` (ingest time and id; None: the newest), newest first, and where the page ended (None: no
        document is left). Read newest first through the ingest index: the planner, left to itself, may list
        every match from the full-text index and sort them (0.7 s for two common words whose matches it
        underestimated 6-fold); a page with LIMIT inside a subquery is always walked in index order, then
        checked."""
        more = "WHERE (ingested_at, id) < (?, ?)" if after else ""
        row = self.reviews.rows(
            "SELECT array_agg(id ORDER BY ingested_at DESC, id DESC) FILTER (WHERE hit) AS ids, COUNT(*) AS n,"
            " (array_agg(ingested_at ORDER BY ingested_at, id))[1] AS last_at,"
            " (array_agg(id ORDER BY ingested_at, id))[1] AS last_id FROM (SELECT id, ingested_at,"
            " tsv @@ plainto_tsquery('simple', ?) AS hit FROM (SELECT id, ingested_at, tsv FROM documents"
            f" {more} ORDER BY ingested_at DESC, id DESC LIMIT ?) AS page) AS checked",
            [text, *(after or ()), size])[0]
        return list(row["ids"] or []), ((row["last_at"], row["last_id"]) if int(row["n"]) == size else None)

    def _branches(self, flt: ReviewFilter) -> list[Branch]:
        """The unreviewed and the reviewed incidents the filter selects, as separate queries.

        Most incidents are never reviewed: their half filters and sorts on the machine columns, where the
        indexes work; the reviewed half (small) joins the overlay and uses the reviewed values.
        """
        branches = []
        if flt.review in ("", "all", "unreviewed"):
            clauses, params = self._conditions(flt, MACHINE)
            # NOT EXISTS: an anti-join on PostgreSQL, where NOT IN filtered a scan of every incident
            clauses.insert(0, "NOT EXISTS (SELECT 1 FROM review_overlay o WHERE o.target_id = i.id)")
            branches.append(Branch("incidents i", " AND ".join(clauses), params, MACHINE))
        if flt.review != "unreviewed":
            clauses, params = self._conditions(flt, EFFECTIVE)
            if flt.review in ("confirmed", "rejected"):
                clauses.append("r.status = ?")
                params.append(flt.review)
            elif flt.review != "all":
                clauses.append("(r.status IS NULL OR r.status <> 'rejected')")
            # Every reviewed incident has bits (``incidents.elsewhere``, migration 8): the partial index of those
            # holds them all with the columns the views read, so the join reads that small index and the overlay
            # instead of looking up each reviewed incident in the table (10-15 µs each on a busy PostgreSQL).
            # Not for PostgreSQL's full-text condition: it cannot know the reviewed incidents are those with bits,
            # so it took the 9,800 for a few dozen and checked each one's document (100-180 ms for a place name);
            # without the hint it lists the matching documents first and their incidents (20-70 ms).
            if not (self.dialect.postgres and flt.text and flt.text.strip() and not self.search_scope(flt)[1]):
                clauses.insert(0, "i.elsewhere > 0")
            branches.append(Branch("incidents i JOIN review_overlay r ON r.target_id = i.id", " AND ".join(clauses),
                                   params, EFFECTIVE))
        return branches

    def count(self, flt: ReviewFilter) -> int:
        total = 0
        for b in self._branches(flt):
            total += int(self.reviews.execute(f"SELECT COUNT(*) AS n FROM {b.source} WHERE {b.where}",
                                              b.params).fetchone()["n"])
        return total

    def page_ids(self, flt: ReviewFilter, limit: int | None, offset: int = 0) -> list[str]:
        """Incident ids in display order: latest first (by the reviewed date), undated last."""
        nulls = " NULLS LAST" if self.dialect.postgres else ""  # SQLite sorts NULL last in DESC already
        parts: list[str] = []
        params: list[Any] = []
        for b in self._branches(flt):
            part = (f"SELECT i.id AS id, {b.col['date_start']} AS sort_date FROM {b.source} WHERE {b.where}"
                    f" ORDER BY {b.col['date_start']} DESC{nulls}, i.id DESC")
            params += b.params
            if limit is not None:  # each half needs at most the rows up to the end of the page
                part += " LIMIT ?"
                params.append(offset + limit)
            parts.append(f"SELECT * FROM ({part}) AS b{len(parts)}")
        sql = " UNION ALL ".join(parts) + f" ORDER BY sort_date DESC{nulls}, id DESC"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [r["id"] for r in self.reviews.rows(sql, params)]

    def records(self, ids: list[str]) -> list[tuple[IncidentRecord, Review | None]]:
        """The incidents ``ids`` in that order, each with the overlay applied and its review."""
        if not ids:
            return []
        found: dict[str, IncidentRecord] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.reviews.rows(f"SELECT i.json AS incident_json, {DOC_COLUMNS} FROM incidents i JOIN documents d"
                                     f" ON d.id = i.doc_id WHERE i.id IN ({marks})", chunk)
            for r in rows:
                incident = Incident.model_validate_json(r["incident_json"])
                found[incident.id] = IncidentRecord(incident, document_from_row(r))
        reviews = {}
        for start in range(0, len(ids), 500):
            reviews.update(self.reviews.reviews(ids[start:start + 500]))
        return [(apply_review(found[i], reviews.get(i)), reviews.get(i)) for i in ids if i in found]

    def iter_all(self, flt: ReviewFilter, batch: int = 1000) -> Iterator[tuple[IncidentRecord, Review | None]]:
        """Every incident the filter selects, in display order, overlay applied (for exports)."""
        ids = self.page_ids(flt, None)
        for start in range(0, len(ids), batch):
            yield from self.records(ids[start:start + batch])

    def markers(self, flt: ReviewFilter, limit: int = 5000) -> list[Marker]:
        """One marker per distinct point, with its incident count (the map clusters these)."""
        merged: dict[tuple[float, float], Marker] = {}
        for b in self._branches(flt):
            lat, lon, place = b.col["lat"], b.col["lon"], b.col["place"]
            sql = (f"SELECT {lat} AS lat, {lon} AS lon, COUNT(*) AS n, MIN({place}) AS place, MIN(i.id) AS first_id"
                   f" FROM {b.source} WHERE {b.where} AND {lat} IS NOT NULL AND {lon} IS NOT NULL"
                   f" GROUP BY {lat}, {lon}")
            for r in self.reviews.rows(sql, b.params):
                key = (float(r["lat"]), float(r["lon"]))
                seen = merged.get(key)
                if seen is None:
                    merged[key] = Marker(key[0], key[1], int(r["n"]), r["place"] or "", r["first_id"])
                else:
                    merged[key] = Marker(key[0], key[1], seen.count + int(r["n"]), min(seen.place, r["place"] or ""),
                                         min(seen.first_id, r["first_id"]))
        return sorted(merged.values(), key=lambda m: (-m.count, m.first_id))[:limit]

    def timeline(self, flt: ReviewFilter) -> list[tuple[str, int]]:
        """(day, incidents) for the dated incidents the filter selects, in date order."""
        days: dict[str, int] = {}
        for b in self._branches(flt):
            start = b.col["date_start"]
            sql = (f"SELECT {self.dialect.day(start)} AS day, COUNT(*) AS n FROM {b.source} WHERE {b.where}"
                   f" AND {start} IS NOT NULL GROUP BY {start}")
            for r in self.reviews.rows(sql, b.params):
                days[str(r["day"])[:10]] = days.get(str(r["day"])[:10], 0) + int(r["n"])
        return sorted(days.items())

    def outlets(self) -> list[tuple[str, int, int]]:
        """(outlet, documents, incidents) for every outlet, most incidents first."""
        sql = ("SELECT d.outlet AS outlet, COUNT(DISTINCT d.id) AS docs, COUNT(i.id) AS n FROM documents d"
               " LEFT JOIN incidents i ON i.doc_id = d.id GROUP BY d.outlet ORDER BY n DESC, outlet")
        return [(r["outlet"] or "(unknown)", int(r["docs"]), int(r["n"])) for r in self.reviews.rows(sql)]

    def people(self, limit: int = 500) -> list[tuple[str, int]]:
        """(name, documents naming them) from the PERSON entities of the stored reports (``person_names``,
        migration 6: the counts kept as reports are written, not read from every report's JSON)."""
        sql = "SELECT name, documents AS n FROM person_names WHERE documents > 0 ORDER BY documents DESC, name LIMIT ?"
        return [(r["name"], int(r["n"])) for r in self.reviews.rows(sql, [limit])]
