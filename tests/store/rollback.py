"""Take a database back to an earlier schema version (for the migration tests): drop what later ones added."""

from __future__ import annotations

import sqlite3

import psycopg

from warlog.store.stamps_schema import SQLITE_TRIGGERS
from warlog.store.wide_schema import PG_FUNCTIONS as WIDE_FUNCTIONS
from warlog.store.wide_schema import SQLITE_TRIGGERS as WIDE_TRIGGERS

# What each migration after 3 added, newest first; triggers on ``incidents`` go with their functions (PostgreSQL)
# or by name (SQLite).
ADDED: dict[int, list[str]] = {
    10: [*(f"SQLITE DROP TRIGGER IF EXISTS {name}" for name in WIDE_TRIGGERS),
         *(f"PG DROP FUNCTION IF EXISTS {name} CASCADE" for name in WIDE_FUNCTIONS),
         "DROP TABLE IF EXISTS incident_points_wide", "DROP TABLE IF EXISTS incident_months_wide"],
    9: [*(f"SQLITE DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS),
        "PG DROP FUNCTION IF EXISTS change_stamp CASCADE", "DROP TABLE IF EXISTS change_stamps"],
    # 8 re-keyed the summaries of 5 and 7: they are dropped here and made again as those migrations made them
    8: ["SQLITE DROP TRIGGER incidents_summed", "SQLITE DROP TRIGGER incidents_unsummed",
        "SQLITE DROP TRIGGER incidents_resummed", "SQLITE DROP TRIGGER overlay_screened",
        "SQLITE DROP TRIGGER overlay_rescreened", "SQLITE DROP TRIGGER overlay_unscreened",
        "SQLITE DROP TRIGGER links_screened", "SQLITE DROP TRIGGER links_rescreened",
        "SQLITE DROP TRIGGER links_unscreened",
        "PG DROP FUNCTION incident_counts_add, incident_counts_remove, incident_counts_change, incident_points_add,"
        " incident_points_remove, incident_points_change, incident_months_add, incident_months_remove,"
        " incident_months_change, incidents_screen, overlay_screen, links_screen CASCADE",
        "PG DROP FUNCTION incident_elsewhere", "DROP INDEX incidents_elsewhere",
        "DROP INDEX documents_published_id", "DROP INDEX documents_times", "PG DROP INDEX incidents_doc_id",
        "DROP TABLE incident_counts",
        "DROP TABLE incident_points", "DROP TABLE incident_months", "ALTER TABLE incidents DROP COLUMN elsewhere",
        "REMAKE 5", "REMAKE 7"],
    7: ["SQLITE DROP TRIGGER incidents_pointed", "SQLITE DROP TRIGGER incidents_unpointed",
        "SQLITE DROP TRIGGER incidents_repointed", "DROP TABLE incident_points",
        "PG DROP FUNCTION incident_points_add, incident_points_remove, incident_points_change CASCADE",
        "SQLITE DROP TRIGGER documents_empty", "SQLITE DROP TRIGGER documents_gone",
        "SQLITE DROP TRIGGER incidents_fill", "SQLITE DROP TRIGGER incidents_empty",
        "SQLITE DROP TRIGGER incidents_moved", "DROP TABLE documents_without_incidents",
        "PG DROP FUNCTION documents_empty_add, documents_empty_remove, incidents_fill, incidents_empty,"
        " incidents_moved CASCADE", "PG DROP INDEX incidents_type_id"],
    6: ["DROP INDEX incidents_low_confidence", "DROP TABLE document_people", "DROP TABLE person_names",
        "PG DROP FUNCTION person_names_add, person_names_remove CASCADE", "PG DROP INDEX incidents_point_cover",
        "PG DROP INDEX incidents_date_cover", "SQLITE DROP INDEX documents_ingested"],
    5: ["SQLITE DROP TRIGGER incidents_counted", "SQLITE DROP TRIGGER incidents_uncounted",
        "SQLITE DROP TRIGGER incidents_recounted", "DROP TABLE incident_counts",
        "PG DROP FUNCTION incident_counts_add, incident_counts_remove, incident_counts_change CASCADE",
        "DROP INDEX incidents_killed", "DROP INDEX incidents_injured", "DROP INDEX incidents_place_sort",
        "DROP INDEX incidents_outlet_sort"],
    4: ["DROP INDEX documents_failed", "ALTER TABLE documents DROP COLUMN failed_stages"],
}


def _remake(number: int, sqlite: bool) -> list[str]:
    """Migration ``number``'s summary table and triggers as it made them (its indexes are still there)."""
    from warlog.store.migrations import MIGRATIONS
    from warlog.store.pg_migrations import MIGRATIONS as PG_MIGRATIONS

    text = dict(MIGRATIONS if sqlite else PG_MIGRATIONS)[number].replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ")
    if number == 7:  # the documents without incidents of migration 7 stay
        text = text.split("CREATE TABLE documents_without_incidents")[0].rstrip().rstrip(";")
    return [s.strip() for s in text.split(";\n") if s.strip()] if sqlite else [text]


def back_to(url: str, version: int) -> None:
    sqlite = url.startswith("sqlite:///")
    statements = []
    for number in sorted(ADDED, reverse=True):
        if number <= version:
            continue
        for statement in ADDED[number]:
            backend, _, rest = statement.partition(" ")
            if backend == "REMAKE":
                statements += _remake(int(rest), sqlite)
            elif backend in ("PG", "SQLITE"):
                if (backend == "SQLITE") == sqlite:
                    statements.append(rest)
            else:
                statements.append(statement)
    statements.append(f"UPDATE meta SET value = '{version}' WHERE key = 'schema_version'")
    if sqlite:
        with sqlite3.connect(url[len("sqlite:///"):]) as conn:
            for statement in statements:
                conn.execute(statement)
        return
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement.encode())
