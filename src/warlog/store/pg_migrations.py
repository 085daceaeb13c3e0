"""Schema migrations for the PostgreSQL store, applied in order and recorded in ``meta``.

The same rules as the SQLite migrations: never edit a released migration, add a new one; a schema newer
than this warlog is refused. Tables go into the connection's current schema (the first existing schema on
``search_path``), so several warlog databases can share one PostgreSQL database, one per schema. Each
migration runs in one transaction under an advisory lock, so processes opening a fresh schema at the same
time migrate it once.

The full-text index covers the first 250,000 characters of title and text (some 40,000 words, far beyond a
news report): PostgreSQL refuses a tsvector over 1 MB, and without the cap a document of that many distinct
tokens (a pasted data dump) could not be stored at all.
"""

from __future__ import annotations

from typing import Any, LiteralString

import psycopg

from ..errors import SchemaError
from .counts_schema import PG_MIGRATION_5
from .elsewhere_schema import PG_MIGRATION_8
from .empty_schema import PG_EMPTY_DOCUMENTS
from .linking_schema import PG_MIGRATION_2
from .names_schema import PG_MIGRATION_6
from .points_schema import PG_MIGRATION_7
from .queue_schema import PG_MIGRATION_4
from .review_schema import PG_MIGRATION_3
from .stamps_schema import PG_MIGRATION_9
from .wide_schema import PG_MIGRATION_10

MIGRATIONS: list[tuple[int, LiteralString]] = [
    (1, """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT COLLATE "C" PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT, outlet TEXT, url TEXT, published DATE, language TEXT, source TEXT,
    text TEXT NOT NULL,
    report_json TEXT NOT NULL,
    ingested_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', left(coalesce(title, '') || ' ' || text, 250000))) STORED
);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_ingested ON documents(ingested_at, id);
CREATE INDEX documents_tsv ON documents USING GIN (tsv);
CREATE TABLE document_bands (band TEXT NOT NULL, doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id));
CREATE INDEX document_bands_band ON document_bands(band);
CREATE TABLE duplicates (
    source TEXT NOT NULL, doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL, similarity DOUBLE PRECISION, title TEXT, outlet TEXT, url TEXT,
    seen_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX duplicates_doc ON duplicates(doc_id);
CREATE TABLE incidents (
    id TEXT COLLATE "C" PRIMARY KEY,
    doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
    type TEXT NOT NULL,
    date_start DATE, date_end DATE, date_precision TEXT,
    place TEXT, admin1 TEXT, country TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, geo_precision TEXT,
    fatalities_best INTEGER, fatalities_low INTEGER, fatalities_high INTEGER, injured_best INTEGER,
    certainty TEXT NOT NULL,
    outlet TEXT,
    json TEXT NOT NULL
);
CREATE INDEX incidents_type ON incidents(type);
CREATE INDEX incidents_date ON incidents(date_start, id);
CREATE INDEX incidents_admin1 ON incidents(admin1);
CREATE INDEX incidents_doc ON incidents(doc_id);
"""),
    (2, PG_MIGRATION_2),  # canonical incidents, links, people, citations (issue #6, linking_schema.py)
    (3, PG_MIGRATION_3),  # users, review overlay, audit log (issue #7, review_schema.py)
    (4, PG_MIGRATION_4),  # documents.failed_stages for the review queue (issue #20, queue_schema.py)
    (5, PG_MIGRATION_5),  # incident_counts for counts and the timeline (issue #20, counts_schema.py)
    (6, PG_MIGRATION_6),  # people page names, uncertain incidents (issue #20, names_schema.py)
    # incident_points for the map's markers, the documents without incidents for the queue (issue #20,
    # points_schema.py, empty_schema.py)
    (7, PG_MIGRATION_7 + PG_EMPTY_DOCUMENTS),
    # incidents.elsewhere: the summaries leave out the incidents counted elsewhere as they are written (issue #20,
    # elsewhere_schema.py)
    (8, PG_MIGRATION_8),
    # change_stamps: what the views keep between requests is checked against it (issue #20, stamps_schema.py)
    (9, PG_MIGRATION_9),
    # incident_points_wide, incident_months_wide: the map's summaries with the types in columns (issue #20,
    # wide_schema.py)
    (10, PG_MIGRATION_10),
]

LATEST = MIGRATIONS[-1][0]

Connection = psycopg.Connection[dict[str, Any]]  # the store's connections return rows as dicts


def current_schema(conn: Connection, where: str) -> str:
    """The schema tables are created in; a clear error when ``search_path`` names none that exists."""
    row = conn.execute("SELECT current_schema() AS name").fetchone()
    if row is None or row["name"] is None:
        raise SchemaError(f"{where}: no schema on the search_path exists; create it or fix the search_path option")
    return str(row["name"])


def current_version(conn: Connection) -> int:
    row = conn.execute("SELECT to_regclass(format('%I.meta', current_schema())) IS NOT NULL AS found").fetchone()
    if row is None or not row["found"]:
        return 0
    value = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(value["value"]) if value else 0


def migrate(conn: Connection, where: str) -> int:
    """Bring the schema to LATEST; returns the version now in force. ``where`` names the database in errors."""
    current_schema(conn, where)
    version = current_version(conn)
    if version > LATEST:
        raise SchemaError(
            f"{where}: database schema version {version} is newer than this warlog supports ({LATEST}); "
            "upgrade warlog to open it"
        )
    for number, sql in MIGRATIONS:
        if number <= version:
            continue
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(hashtextextended('warlog.migrate.' || current_schema(), 0))")
                if current_version(conn) < number:  # else another process migrated while we waited for the lock
                    conn.execute(sql)
                    conn.execute("INSERT INTO meta(key, value) VALUES ('schema_version', %s)"
                                 " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (str(number),))
        except psycopg.Error as exc:
            raise SchemaError(f"{where}: migration {number} failed: {one_line(exc)}") from exc
        version = number
    return version


def one_line(exc: BaseException) -> str:
    """A driver error as one line (libpq messages span several)."""
    return " ".join(str(exc).split())
