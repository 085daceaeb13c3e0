"""Storage of linking across reports (issue #6) on either backend: canonical incidents, links, people, citations.

``LinkStore(store)`` works on the connection of an open ``SQLiteStore`` or ``PostgresStore``. The SQL is
written once with ``?`` placeholders. ``write()`` is one transaction under the store's write lock: the linker
reads candidates and writes its decisions for one document inside it, so concurrent linkers never lose an
update or link a document twice.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Any

import numpy as np

from ..errors import StoreError
from ..linking.embed import from_bytes, to_bytes
from ..linking.features import type_group
from ..linking.linker import Cluster, victims_of
from ..linking.member import Member
from ..models import CanonicalIncident, Person, PersonMention
from .base import IncidentFilter, Store
from .common import filter_sql

CANONICAL_COLUMNS = ("id, type, type_group, date_start, date_end, block_lo, block_hi, place, admin1, country, lat,"
                     " lon, fatalities_best, certainty, admiralty, independent_sources, n_reports, embedding, json,"
                     " updated_at")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# A cluster with no interval (undated reports without a publication date) is open at both ends, so the indexed
# window test finds it without a separate IS NULL query, which no index serves.
_OPEN_LO, _OPEN_HI = "0001-01-01", "9999-12-31"


def _is_driver_error(exc: BaseException) -> bool:
    """An error of either database driver (psycopg is imported only when a server is used)."""
    return type(exc).__module__.split(".")[0] in ("sqlite3", "psycopg")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


class LinkStore:
    def __init__(self, store: Store) -> None:
        self.store = store
        kind = type(store).__name__
        if kind not in ("SQLiteStore", "PostgresStore"):
            raise StoreError(f"{store.url}: linking supports the SQLite and PostgreSQL stores only")
        self.postgres = kind == "PostgresStore"
        self.conn: Any = store.conn  # type: ignore[attr-defined]
        self._lock: Any = getattr(store, "_lock", None) or threading.RLock()
        self._in_tx = False

    # -- low level ------------------------------------------------------------------------------------------

    def _sql(self, text: str) -> str:
        return text.replace("%", "%%").replace("?", "%s") if self.postgres else text

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            try:
                return list(self.conn.execute(self._sql(sql), tuple(params)).fetchall())
            except Exception as exc:
                if _is_driver_error(exc):
                    raise StoreError(f"{self.store.url}: cannot read linking data: {_one_line(exc)}") from exc
                raise

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.conn.execute(self._sql(sql), tuple(params))

    @contextmanager
    def write(self, action: str = "store links") -> Iterator[None]:
        """One write transaction under the store's write lock; nested calls join the outer one."""
        if self._in_tx:
            yield
            return
        with self._lock:
            try:
                if self.postgres:
                    with self.conn.transaction():
                        self._exec("SELECT pg_advisory_xact_lock(?)", (self.store._lock_key,))  # type: ignore[attr-defined]
                        self._in_tx = True
                        yield
                else:
                    self.conn.execute("BEGIN IMMEDIATE")
                    self._in_tx = True
                    try:
                        yield
                        self.conn.execute("COMMIT")
                    except BaseException:
                        self.conn.execute("ROLLBACK")
                        raise
            except StoreError:
                raise
            except Exception as exc:
                if _is_driver_error(exc):
                    raise StoreError(f"{self.store.url}: cannot {action}: {_one_line(exc)}") from exc
                raise
            finally:
                self._in_tx = False

    # -- incremental linking ------------------------------------------------------------------------------

    def pending_documents(self, limit: int | None = None) -> list[str]:
        """Stored documents the linker has not processed, oldest first."""
        sql = ("SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM linked_docs l WHERE l.doc_id = d.id)"
               " ORDER BY d.ingested_at, d.id")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r["id"] for r in self.rows(sql)]

    def is_linked(self, doc_id: str) -> bool:
        return bool(self.rows("SELECT 1 AS x FROM linked_docs WHERE doc_id = ?", (doc_id,)))

    def mark_linked(self, doc_id: str) -> None:
        self._exec("INSERT INTO linked_docs(doc_id, linked_at) VALUES (?, ?)", (doc_id, _now()))

    def candidates(self, groups: Sequence[str], lo: date | None, hi: date | None,
                   admin1: str | None) -> Iterable[Cluster]:
        # One equality query per (type group, region) so the index (type_group, admin1, block_hi) is used:
        # an OR over regions or a NULL test would make either planner scan the whole type group.
        columns = "SELECT id, embedding, json, block_lo, block_hi FROM canonical_incidents"
        window = " AND block_hi >= ? AND block_lo <= ?" if lo is not None and hi is not None else ""
        span = [lo.isoformat(), hi.isoformat()] if lo is not None and hi is not None else []
        queries: list[tuple[str, list[Any]]] = []
        for group in groups:
            if admin1 is None:
                queries.append((f"{columns} WHERE type_group = ?{window}", [group, *span]))
            else:
                queries.append((f"{columns} WHERE type_group = ? AND admin1 = ?{window}", [group, admin1, *span]))
                queries.append((f"{columns} WHERE type_group = ? AND admin1 IS NULL{window}", [group, *span]))
        seen: set[str] = set()
        for sql, params in queries:
            for row in self.rows(sql, params):
                if row["id"] not in seen:
                    seen.add(row["id"])
                    yield self._cluster(row)

    def _cluster(self, row: Any) -> Cluster:
        canonical = CanonicalIncident.model_validate_json(row["json"])
        blob = row["embedding"]
        lo, hi = row["block_lo"], row["block_hi"]
        span = (date.fromisoformat(lo) if lo and lo != _OPEN_LO else None,
                date.fromisoformat(hi) if hi and hi != _OPEN_HI else None)
        return Cluster(canonical.id, None, from_bytes(bytes(blob) if blob is not None else None), canonical,
                       span=span, load=self.members)

    def by_victim(self, names: set[str]) -> Iterable[Cluster]:
        if not names:
            return []
        rows = self.rows(f"SELECT c.id, c.embedding, c.json, c.block_lo, c.block_hi FROM canonical_incidents c"
                         f" WHERE c.id IN (SELECT canonical_id FROM canonical_victims WHERE name_key IN"
                         f" ({','.join('?' * len(names))})) ORDER BY c.id", sorted(names))
        return [self._cluster(r) for r in rows]

    def members(self, canonical_id: str) -> list[Member]:
        return [Member.model_validate_json(r["member_json"]) for r in self.rows(
            "SELECT member_json FROM incident_links WHERE canonical_id = ? ORDER BY linked_at, incident_id",
            (canonical_id,))]

    def save(self, cluster: Cluster, added: list[tuple[Member, float, np.ndarray | None]]) -> None:
        c = cluster.canonical
        lo, hi = cluster.interval()
        where = c.where
        values = (c.id, c.type, type_group(c.type), _iso(c.when.start), _iso(c.when.end or c.when.start),
                  _iso(lo) or _OPEN_LO, _iso(hi) or _OPEN_HI, where.name if where else None,
                  where.admin1 if where else None,
                  where.country if where else None, where.lat if where else None, where.lon if where else None,
                  c.fatalities.best if c.fatalities else None, c.certainty, c.admiralty.code,
                  c.independent_sources, len(c.reports),
                  to_bytes(cluster.embedding) if cluster.embedding is not None else None, c.model_dump_json(), _now())
        marks = ",".join("?" * len(values))
        sets = ", ".join(f"{col.strip()} = excluded.{col.strip()}" for col in CANONICAL_COLUMNS.split(",")[1:])
        with self.write("store a canonical incident"):
            self._exec(f"INSERT INTO canonical_incidents({CANONICAL_COLUMNS}) VALUES ({marks})"
                       f" ON CONFLICT (id) DO UPDATE SET {sets}", values)
            self._exec("DELETE FROM canonical_victims WHERE canonical_id = ?", (c.id,))
            for name in sorted(victims_of(c)):
                self._exec("INSERT INTO canonical_victims(name_key, canonical_id) VALUES (?, ?)", (name, c.id))
            for member, score, _vector in added:
                self._exec("INSERT INTO incident_links(incident_id, canonical_id, doc_id, score, member_json,"
                           " linked_at) VALUES (?,?,?,?,?,?)",
                           (member.incident.id, c.id, member.doc_id, float(score), member.model_dump_json(), _now()))

    def update_canonical(self, canonical: CanonicalIncident) -> None:
        """Rewrite a canonical incident's JSON and filter columns (people and their contradictions changed)."""
        with self.write("update a canonical incident"):
            self._exec("UPDATE canonical_incidents SET certainty = ?, admiralty = ?, json = ?, updated_at = ?"
                       " WHERE id = ?", (canonical.certainty, canonical.admiralty.code,
                                         canonical.model_dump_json(), _now(), canonical.id))

    def new_id(self) -> str:
        # Random ids: two linkers never pick the same one, and ids do not leak insertion order.
        return "k" + secrets.token_hex(8)

    # -- people ---------------------------------------------------------------------------------------------

    def people_by_key(self, key: str) -> list[Person]:
        return [Person.model_validate_json(r["json"])
                for r in self.rows("SELECT json FROM people WHERE name_key = ? ORDER BY id", (key,))]

    def save_person(self, person: Person, key: str) -> None:
        with self.write("store a person"):
            if self.rows("SELECT 1 AS x FROM people WHERE id = ?", (person.id,)):
                self._exec("UPDATE people SET name = ?, name_key = ?, json = ?, updated_at = ? WHERE id = ?",
                           (person.name, key, person.model_dump_json(), _now(), person.id))
            else:
                self._exec("INSERT INTO people(id, name, name_key, json, updated_at) VALUES (?,?,?,?,?)",
                           (person.id, person.name, key, person.model_dump_json(), _now()))

    def add_mention(self, doc_id: str, mention: PersonMention, person_id: str) -> None:
        with self.write("store a person mention"):
            self._exec("INSERT INTO person_mentions(doc_id, mention_id, person_id, json) VALUES (?,?,?,?)",
                       (doc_id, mention.id, person_id, mention.model_dump_json()))

    def mentions(self, person_id: str) -> list[tuple[str, PersonMention]]:
        return [(r["doc_id"], PersonMention.model_validate_json(r["json"])) for r in self.rows(
            "SELECT doc_id, json FROM person_mentions WHERE person_id = ? ORDER BY doc_id, mention_id",
            (person_id,))]

    def people(self, name: str | None = None) -> list[Person]:
        if name:
            rows = self.rows("SELECT json FROM people WHERE name LIKE ? ORDER BY name, id", (f"%{name}%",))
        else:
            rows = self.rows("SELECT json FROM people ORDER BY name, id")
        return [Person.model_validate_json(r["json"]) for r in rows]

    def person(self, person_id: str) -> Person | None:
        rows = self.rows("SELECT json FROM people WHERE id = ?", (person_id,))
        return Person.model_validate_json(rows[0]["json"]) if rows else None

    # -- citations ------------------------------------------------------------------------------------------

    def add_citation(self, doc_id: str, citing: str, cited: str, kind: str) -> None:
        with self.write("store a citation"):
            self._exec("INSERT INTO citations(doc_id, citing, cited, kind) VALUES (?,?,?,?)",
                       (doc_id, citing, cited, kind))

    def citation_graph(self) -> list[tuple[str, str, str, int]]:
        """(citing, cited, kind, number of documents), most cited first; kind is cites, forward or reprint."""
        # Reprints are not stored as documents: the duplicate sightings of a stored document say who reprinted it.
        rows = self.rows(
            "SELECT citing, cited, kind, COUNT(DISTINCT doc_id) AS n FROM ("
            " SELECT citing, cited, kind, doc_id FROM citations"
            " UNION ALL SELECT COALESCE(u.outlet, u.source), COALESCE(d.outlet, 'document ' || d.id), 'reprint',"
            " u.source FROM duplicates u JOIN documents d ON d.id = u.doc_id"
            " WHERE u.kind = 'near-duplicate' AND COALESCE(u.outlet, '') <> COALESCE(d.outlet, '')"
            ") g GROUP BY citing, cited, kind ORDER BY n DESC, citing, cited")
        return [(r["citing"], r["cited"], r["kind"], int(r["n"])) for r in rows]

    # -- reading canonical incidents ------------------------------------------------------------------------

    def _filter(self, flt: IncidentFilter) -> tuple[str, list[Any]]:
        return filter_sql(flt, "c", postgres=self.postgres, canonical=True)

    def canonical_incidents(self, flt: IncidentFilter | None = None) -> list[CanonicalIncident]:
        flt = flt or IncidentFilter()
        where, params = self._filter(flt)
        sql = (f"SELECT c.json FROM canonical_incidents c WHERE {where}"
               " ORDER BY c.date_start IS NULL, c.date_start, c.id")
        if flt.limit is not None:
            sql += f" LIMIT {int(flt.limit)} OFFSET {int(flt.offset)}"
        return [CanonicalIncident.model_validate_json(r["json"]) for r in self.rows(sql, params)]

    def count_canonical(self, flt: IncidentFilter | None = None) -> int:
        where, params = self._filter(flt or IncidentFilter())
        return int(self.rows(f"SELECT COUNT(*) AS n FROM canonical_incidents c WHERE {where}", params)[0]["n"])

    def canonical(self, canonical_id: str) -> CanonicalIncident | None:
        rows = self.rows("SELECT json FROM canonical_incidents WHERE id = ?", (canonical_id,))
        return CanonicalIncident.model_validate_json(rows[0]["json"]) if rows else None

    def canonical_of(self, incident_id: str) -> str | None:
        rows = self.rows("SELECT canonical_id FROM incident_links WHERE incident_id = ?", (incident_id,))
        return str(rows[0]["canonical_id"]) if rows else None

    def counts(self) -> dict[str, int]:
        def n(table: str) -> int:
            return int(self.rows(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"])
        return {"canonical_incidents": n("canonical_incidents"), "linked_documents": n("linked_docs"),
                "people": n("people"), "citations": n("citations")}
