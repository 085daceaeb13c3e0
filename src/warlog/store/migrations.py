"""Schema migrations for the SQLite store, applied in order and recorded in ``meta``.

Never edit a released migration: add a new one. A database newer than this
warlog is refused rather than guessed at.
"""

from __future__ import annotations

import sqlite3

from ..errors import SchemaError
from .counts_schema import SQLITE_MIGRATION_5
from .elsewhere_schema import SQLITE_MIGRATION_8
from .empty_schema import SQLITE_EMPTY_DOCUMENTS
from .linking_schema import SQLITE_MIGRATION_2
from .names_schema import SQLITE_MIGRATION_6
from .points_schema import SQLITE_MIGRATION_7
from .queue_schema import SQLITE_MIGRATION_4
from .review_schema import SQLITE_MIGRATION_3
from .stamps_schema import SQLITE_MIGRATION_9
from .wide_schema import SQLITE_MIGRATION_10

MIGRATIONS: list[tuple[int, str]] = [
    (1, """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT, outlet TEXT, url TEXT, published TEXT, language TEXT, source TEXT,
    text TEXT NOT NULL,
    report_json TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_published ON documents(published);
CREATE TABLE document_bands (band TEXT NOT NULL, doc_id TEXT NOT NULL REFERENCES documents(id));
CREATE INDEX document_bands_band ON document_bands(band);
CREATE TABLE duplicates (
    source TEXT NOT NULL, doc_id TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL, similarity REAL, title TEXT, outlet TEXT, url TEXT, seen_at TEXT NOT NULL
);
CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id),
    type TEXT NOT NULL,
    date_start TEXT, date_end TEXT, date_precision TEXT,
    place TEXT, admin1 TEXT, country TEXT, lat REAL, lon REAL, geo_precision TEXT,
    fatalities_best INTEGER, fatalities_low INTEGER, fatalities_high INTEGER, injured_best INTEGER,
    certainty TEXT NOT NULL,
    outlet TEXT,
    json TEXT NOT NULL
);
CREATE INDEX incidents_type ON incidents(type);
CREATE INDEX incidents_date ON incidents(date_start);
CREATE INDEX incidents_admin1 ON incidents(admin1);
CREATE INDEX incidents_doc ON incidents(doc_id);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
"""),
    (2, SQLITE_MIGRATION_2),  # canonical incidents, links, people, citations (issue #6, linking_schema.py)
    (3, SQLITE_MIGRATION_3),  # users, review overlay, audit log (issue #7, review_schema.py)
    (4, SQLITE_MIGRATION_4),  # documents.failed_stages for the review queue (issue #20, queue_schema.py)
    (5, SQLITE_MIGRATION_5),  # incident_counts for counts and the timeline (issue #20, counts_schema.py)
    (6, SQLITE_MIGRATION_6),  # people page names, uncertain incidents (issue #20, names_schema.py)
    # incident_points for the map's markers, the documents without incidents for the queue (issue #20,
    # points_schema.py, empty_schema.py)
    (7, SQLITE_MIGRATION_7 + ";\n" + SQLITE_EMPTY_DOCUMENTS),
    # incidents.elsewhere: the summaries leave out the incidents counted elsewhere as they are written (issue #20,
    # elsewhere_schema.py)
    (8, SQLITE_MIGRATION_8),
    # change_stamps: what the views keep between requests is checked against it (issue #20, stamps_schema.py)
    (9, SQLITE_MIGRATION_9),
    # incident_points_wide, incident_months_wide: the map's summaries with the types in columns (issue #20,
    # wide_schema.py)
    (10, SQLITE_MIGRATION_10),
]

LATEST = MIGRATIONS[-1][0]


def current_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
    if row is None:
        return 0
    value = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(value[0]) if value else 0


def migrate(conn: sqlite3.Connection, path: str) -> int:
    """Bring the schema to LATEST; returns the version now in force."""
    version = current_version(conn)
    if version > LATEST:
        raise SchemaError(
            f"{path}: database schema version {version} is newer than this warlog supports ({LATEST}); "
            "upgrade warlog to open it"
        )
    for number, sql in MIGRATIONS:
        if number <= version:
            continue
        # The connection is in autocommit mode: each migration is one explicit transaction.
        conn.execute("BEGIN IMMEDIATE")
        if current_version(conn) >= number:  # another process migrated while we waited for the lock
            conn.execute("COMMIT")
            version = number
            continue
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(number),))
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise SchemaError(f"{path}: migration {number} failed: {exc}") from exc
        version = number
    return version


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";\n") if s.strip()]
