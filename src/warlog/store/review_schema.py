"""Schema of the review layer (issue #7): users, the review overlay and the append-only audit log.

Migration 3 of both backends. Reviews are keyed by a generic ``target_id``: today an incident id
(``d…-iN``); canonical incidents from cross-report linking (issue #6) use the same tables with their own ids.
The machine output (``incidents``, ``documents``) is never written by a review: the overlay holds the
reviewed values, and every change is one row of ``audit_log``, which triggers keep append-only.

``review_overlay`` keeps each reviewed field twice: in ``fields`` (JSON, exact: a field cleared by the
analyst is there as null) and, for the fields filters and sorting use, in typed columns (null there means
"not reviewed", so a filter falls back on the machine value).
"""

from __future__ import annotations

from typing import LiteralString

SQLITE_MIGRATION_3 = """
CREATE TABLE users (
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    created_at TEXT NOT NULL
);
CREATE TABLE web_flags (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE review_overlay (
    target_id TEXT PRIMARY KEY,
    status TEXT CHECK (status IN ('confirmed', 'rejected')),
    type TEXT, date_start TEXT, date_end TEXT, date_precision TEXT,
    place TEXT, admin1 TEXT, lat REAL, lon REAL,
    fatalities_best INTEGER, certainty TEXT,
    fields TEXT NOT NULL DEFAULT '{}',
    reviewed_by TEXT NOT NULL,
    reviewed_at TEXT NOT NULL
);
CREATE INDEX review_overlay_status ON review_overlay(status);
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    target_id TEXT NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    why TEXT
);
CREATE INDEX audit_log_target ON audit_log(target_id, seq);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE INDEX incidents_outlet ON incidents(outlet);
CREATE INDEX incidents_doc_id ON incidents(doc_id, id);
CREATE INDEX incidents_type_id ON incidents(type, id);
-- Newest-first pages, the timeline and counts read this index alone (it holds every filterable column).
CREATE INDEX incidents_date_id ON incidents(date_start, id, type, date_end, place, admin1, country, certainty, outlet,
                                            doc_id, lat, lon);
-- Covers the map's markers query: group by point, filter on any column, never read the table.
CREATE INDEX incidents_point ON incidents(lat, lon, type, date_start, date_end, place, admin1, country, certainty,
                                          outlet, doc_id, id);
"""

PG_MIGRATION_3: LiteralString = """
CREATE TABLE users (
    name TEXT COLLATE "C" PRIMARY KEY,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE TABLE web_flags (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE review_overlay (
    target_id TEXT COLLATE "C" PRIMARY KEY,
    status TEXT CHECK (status IN ('confirmed', 'rejected')),
    type TEXT, date_start DATE, date_end DATE, date_precision TEXT,
    place TEXT, admin1 TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION,
    fatalities_best INTEGER, certainty TEXT,
    fields TEXT NOT NULL DEFAULT '{}',
    reviewed_by TEXT NOT NULL,
    reviewed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX review_overlay_status ON review_overlay(status);
CREATE TABLE audit_log (
    seq BIGSERIAL PRIMARY KEY,
    at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    actor TEXT NOT NULL,
    target_id TEXT COLLATE "C" NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    why TEXT
);
CREATE INDEX audit_log_target ON audit_log(target_id, seq);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE INDEX incidents_outlet ON incidents(outlet);
CREATE INDEX incidents_point ON incidents(lat, lon);
"""
