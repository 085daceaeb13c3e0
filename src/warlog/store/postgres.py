"""The shared PostgreSQL store: the SQLite store's tables and behaviour on a server many processes write to.

``PostgresStore("postgresql://user@host/db")`` connects with psycopg 3 and migrates the schema. Tables live
in the connection's current schema; pick another with libpq's options, e.g.
``postgresql://user@host/db?options=-csearch_path%3Dwarlog``. Full-text search uses a generated tsvector
column (``simple`` configuration: lower-cased words, no stemming, like SQLite's FTS5 default tokenizer but
keeping diacritics) with a GIN index, queried through ``plainto_tsquery`` so user input is words, never query
syntax. The index covers the first 250,000 characters of each document (see ``pg_migrations``).

Writers are serialised by a transaction-scoped advisory lock per schema: ``add`` checks for a duplicate and
inserts in one transaction holding it, so concurrent ingest processes never store a document twice and
never lose one. Readers take no lock.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row

from ..errors import StoreError
from ..models import Document, Incident, Report
from .base import AddResult, Fingerprint, IncidentFilter, IncidentRecord, Store
from .common import (
    DOC_COLUMNS,
    INCIDENT_COLUMNS,
    batch_name,
    document_from_row,
    filter_sql,
    incident_row,
    nearest_duplicate,
)
from .names_schema import person_rows
from .pg_migrations import Connection, migrate, one_line
from .queue_schema import failed_stage_names

_BATCH = 500  # rows per query when iterating over all documents
_PASSWORD_PARAM = re.compile(r"(?i)([?&]password=)[^&]*")
_INCIDENT_MARKS = ", ".join(["%s"] * len(INCIDENT_COLUMNS.split(",")))


def redact(url: str) -> str:
    """``url`` with its password, if any, replaced by ``***``: safe for messages and logs."""
    url = _PASSWORD_PARAM.sub(r"\1***", url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return "postgresql://(unparsable URL)"
    userinfo, at, hosts = parts.netloc.rpartition("@")
    if at and ":" in userinfo:
        return urlunsplit(parts._replace(netloc=f"{userinfo.split(':', 1)[0]}:***@{hosts}"))
    return url


class PostgresStore(Store):
    def __init__(self, url: str) -> None:
        self.url = redact(url)
        # One connection per store, in autocommit: reads see the latest commits, writes are explicit
        # transactions. The lock keeps a store shared between threads from interleaving a transaction.
        self._lock = threading.RLock()
        try:
            given = conninfo_to_dict(url)
            defaults: dict[str, Any] = {"connect_timeout": 10, "application_name": "warlog"}
            extra = {k: v for k, v in defaults.items() if k not in given}
            self.conn: Connection = psycopg.connect(url, autocommit=True, row_factory=dict_row,
                                                    client_encoding="utf8", **extra)
        except psycopg.Error as exc:
            raise StoreError(f"{self.url}: cannot connect to PostgreSQL: {one_line(exc)}") from exc
        try:
            with self._op("migrate the schema"):
                self._version = migrate(self.conn, self.url)
                # One advisory lock per schema: writers to different warlog schemas do not wait on each other.
                key = self.conn.execute("SELECT hashtextextended('warlog.add.' || current_schema(), 0) AS key")
                self._lock_key = int(next(iter(key))["key"])
        except BaseException:
            self.conn.close()
            raise

    @contextmanager
    def _op(self, action: str) -> Iterator[None]:
        """One operation on the connection: serialised between threads, driver errors as ``StoreError``."""
        with self._lock:
            try:
                yield
            except psycopg.Error as exc:
                raise StoreError(f"{self.url}: cannot {action}: {one_line(exc)}") from exc

    # -- writing -------------------------------------------------------------------------------

    def find_duplicate(self, fingerprint: Fingerprint, threshold: float) -> AddResult | None:
        with self._op("look up duplicates"):
            row = self.conn.execute("SELECT id FROM documents WHERE content_hash = %s",
                                    (fingerprint.content_hash,)).fetchone()
            if row is not None:
                return AddResult("duplicate", row["id"], duplicate_of=row["id"], similarity=1.0)
            if not fingerprint.bands:
                return None
            candidates = self.conn.execute(
                "SELECT id, text FROM documents WHERE id IN"
                " (SELECT doc_id FROM document_bands WHERE band = ANY(%s)) ORDER BY id",
                (list(fingerprint.bands),)).fetchall()
        return nearest_duplicate(fingerprint, threshold, ((r["id"], r["text"]) for r in candidates))

    def add_many(self, items: list[tuple[Report, Fingerprint]], threshold: float) -> list[AddResult]:
        """One transaction and one lock for the batch; a sighting is recorded once per source (see ``Store``)."""
        results: list[AddResult] = []
        if not items:
            return results
        with self._op(f"store {batch_name(items)}"), self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (self._lock_key,))
            for report, fp in items:
                doc = report.document
                duplicate = self.find_duplicate(fp, threshold)
                if duplicate is None:
                    self._insert(report, fp)
                    results.append(AddResult("new", doc.id))
                    continue
                source = doc.source or doc.id
                self.conn.execute(
                    "INSERT INTO duplicates(source, doc_id, kind, similarity, title, outlet, url)"
                    " SELECT %s, %s, %s, %s, %s, %s, %s"
                    " WHERE NOT EXISTS (SELECT 1 FROM documents WHERE id = %s AND source = %s)"
                    " AND NOT EXISTS (SELECT 1 FROM duplicates WHERE doc_id = %s AND source = %s)",
                    (source, duplicate.doc_id, duplicate.status, duplicate.similarity, doc.title, doc.outlet,
                     doc.url, duplicate.doc_id, source, duplicate.doc_id, source))
                results.append(duplicate)
        return results

    def _insert(self, report: Report, fingerprint: Fingerprint) -> None:
        doc = report.document
        self.conn.execute(
            "INSERT INTO documents(id, content_hash, title, outlet, url, published, language, source, text,"
            " report_json, failed_stages) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (doc.id, fingerprint.content_hash, doc.title, doc.outlet, doc.url, doc.published, doc.language,
             doc.source, doc.text, report.model_dump_json(), failed_stage_names(report)))
        self.conn.execute("INSERT INTO document_bands(band, doc_id) SELECT unnest(%s::text[]), %s",
                          (list(fingerprint.bands), doc.id))
        names = person_rows(report)
        if names:
            with self.conn.cursor() as cur:
                cur.executemany("INSERT INTO document_people(doc_id, name) VALUES (%s, %s)", names)
        if report.incidents:
            with self.conn.cursor() as cur:
                cur.executemany(f"INSERT INTO incidents({INCIDENT_COLUMNS}) VALUES ({_INCIDENT_MARKS})",
                                [incident_row(inc, doc) for inc in report.incidents])

    # -- reading -------------------------------------------------------------------------------

    def report(self, doc_id: str) -> Report | None:
        with self._op(f"read document {doc_id}"):
            row = self.conn.execute("SELECT report_json FROM documents WHERE id = %s", (doc_id,)).fetchone()
        return Report.model_validate_json(row["report_json"]) if row else None

    def incident(self, incident_id: str) -> IncidentRecord | None:
        rows = self._select("i.id = %s", [incident_id], "")
        return rows[0] if rows else None

    def _where(self, flt: IncidentFilter) -> tuple[str, list[Any]]:
        where, params = filter_sql(flt, "i", postgres=True)
        return where.replace("?", "%s"), params

    def _select(self, where: str, params: list[Any], tail: str) -> list[IncidentRecord]:
        sql = (f"SELECT i.json AS incident_json, {DOC_COLUMNS} FROM incidents i JOIN documents d"
               f" ON d.id = i.doc_id WHERE {where} {tail}")
        with self._op("read incidents"):
            rows = self.conn.execute(sql.encode(), params).fetchall()
        return [IncidentRecord(Incident.model_validate_json(r["incident_json"]), document_from_row(r)) for r in rows]

    def incidents(self, flt: IncidentFilter | None = None) -> list[IncidentRecord]:
        flt = flt or IncidentFilter()
        where, params = self._where(flt)
        tail = "ORDER BY i.date_start NULLS LAST, i.id"
        if flt.limit is not None:
            tail += " LIMIT %s"
            params.append(flt.limit)
        if flt.offset:
            tail += " OFFSET %s"
            params.append(flt.offset)
        return self._select(where, params, tail)

    def count_incidents(self, flt: IncidentFilter | None = None) -> int:
        where, params = self._where(flt or IncidentFilter())
        sql = f"SELECT COUNT(*) AS n FROM incidents i JOIN documents d ON d.id = i.doc_id WHERE {where}"
        with self._op("count incidents"):
            row = self.conn.execute(sql.encode(), params).fetchone()
        return int(row["n"]) if row else 0

    def documents(self) -> Iterator[Document]:
        # Keyset pagination in ingest order: no transaction or cursor stays open while the caller iterates.
        after: tuple[Any, ...] = ()
        while True:
            where = "WHERE (d.ingested_at, d.id) > (%s, %s)" if after else ""
            sql = (f"SELECT {DOC_COLUMNS}, d.text, d.ingested_at FROM documents d {where}"
                   f" ORDER BY d.ingested_at, d.id LIMIT {_BATCH}")
            with self._op("read documents"):
                rows = self.conn.execute(sql.encode(), after).fetchall()
            for row in rows:
                doc = document_from_row(row)
                doc.text = row["text"]
                yield doc
            if len(rows) < _BATCH:
                return
            after = (rows[-1]["ingested_at"], rows[-1]["id"])

    def stats(self) -> dict[str, int]:
        with self._op("count documents"):
            row = self.conn.execute(
                "SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM incidents) AS incidents,"
                " (SELECT COUNT(*) FROM duplicates) AS duplicates_seen").fetchone()
        return {key: int(value) for key, value in (row or {}).items()}

    def schema_version(self) -> int:
        return self._version

    def close(self) -> None:
        self.conn.close()

