"""Schema migration 10, for both backends: the map's summaries with the incident types in columns (issue #20).

``incident_points_wide`` and ``incident_months_wide`` are ``incident_points`` (migration 7, keyed by the bits of
migration 8) and ``incident_months`` (migration 8) without the type in their key: one row per point (and month,
and end month) and names, certainty and bits, with its incidents in all (``n``) and of each type of the models
in a column (``t_strike``, ...), the smallest id and the latest start of all of them. The map's markers of no
type filter read them: a half-year's whole months are 6,700 rows instead of 57,200 by type (SQLite grouped
those in 75 ms of a 106 ms request at 1,000,000 events, PostgreSQL in 50-100 ms under load), the plain map's
2,000 instead of 13,000. A type the models lack is in ``n`` and in no column: its point is read from the
tables by type.

They are kept from the tables they widen, in triggers on those (so the triggers on ``incidents`` of migration 8
stay as they are): an added row's incidents are added, an updated or removed row's taken away (and its new
values added); the smallest id and latest start are read again from the rows by type of that key when a row
is taken away (on SQLite only when that row held them). Counts move by differences, as the other summaries' do,
so two transactions changing rows of one key cannot lose each other's counts. What writes pay: the bulk loader
(40,000 incidents) 6.2-6.7 -> 7.4-7.5 s of CPU on SQLite.
"""

from __future__ import annotations

from typing import LiteralString, cast, get_args

from ..models import IncidentType

KINDS: tuple[str, ...] = get_args(IncidentType)
COLUMNS = tuple(f"t_{kind}" for kind in KINDS)  # the count of each type, in the order of KINDS
_POINT_KEY = ("lat", "lon", "place", "admin1", "country", "certainty", "elsewhere")
_MONTH_KEY = ("month", "lat", "lon", "place", "admin1", "country", "certainty", "elsewhere", "end_month")
# (wide table, the table it widens, its key)
TABLES = (("incident_points_wide", "incident_points", _POINT_KEY),
          ("incident_months_wide", "incident_months", _MONTH_KEY))


def _same(key: tuple[str, ...], left: str, right: str) -> str:
    return " AND ".join(f"{left}.{c} = {right}.{c}" for c in key)


# -- SQLite: row triggers ------------------------------------------------------------------------------------

def _sqlite_add(wide: str, key: tuple[str, ...], row: str) -> str:
    """Add the incidents of row ``row`` (NEW) of the table by type to its key's wide row."""
    kinds = ", ".join(f"CASE WHEN {row}.type = '{kind}' THEN {row}.n ELSE 0 END" for kind in KINDS)
    sums = ", ".join(f"{c} = {c} + excluded.{c}" for c in COLUMNS)
    # MIN(a, b) is NULL in SQLite when either is: a key whose incidents had all left has no first id
    return (f"INSERT INTO {wide}({', '.join(key)}, n, {', '.join(COLUMNS)}, first_id, last_day)"
            f" VALUES ({', '.join(f'{row}.{c}' for c in key)}, {row}.n, {kinds}, {row}.first_id, {row}.last_day)"
            f" ON CONFLICT({', '.join(key)}) DO UPDATE SET n = n + excluded.n, {sums},"
            " first_id = CASE WHEN excluded.first_id IS NOT NULL AND (first_id IS NULL OR excluded.first_id <"
            " first_id) THEN excluded.first_id ELSE first_id END, last_day = MAX(last_day, excluded.last_day);")


def _sqlite_remove(wide: str, table: str, key: tuple[str, ...], row: str) -> str:
    """Take the incidents of row ``row`` (OLD) away from its key's wide row; the smallest id and latest start
    read again from the table by type when that row held them (the table holds its new values already)."""
    kinds = ", ".join(f"{c} = {c} - CASE WHEN {row}.type = '{kind}' THEN {row}.n ELSE 0 END"
                      for c, kind in zip(COLUMNS, KINDS, strict=True))
    match = " AND ".join(f"m.{c} = {row}.{c}" for c in key)
    return (f"UPDATE {wide} SET n = n - {row}.n, {kinds},"
            f" first_id = CASE WHEN first_id = {row}.first_id THEN (SELECT MIN(m.first_id) FROM {table} m"
            f" WHERE {match}) ELSE first_id END,"
            f" last_day = CASE WHEN last_day = {row}.last_day THEN COALESCE((SELECT MAX(m.last_day) FROM {table} m"
            f" WHERE {match}), '') ELSE last_day END"
            f" WHERE {' AND '.join(f'{c} = {row}.{c}' for c in key)};")


def _fill(wide: str, table: str, key: tuple[str, ...], kinds: str) -> str:
    """The wide rows made once from the table by type (``kinds``: each type's count, in the dialect's words)."""
    return (f"INSERT INTO {wide}({', '.join(key)}, n, {', '.join(COLUMNS)}, first_id, last_day)"
            f" SELECT {', '.join(key)}, SUM(n), {kinds}, MIN(first_id), MAX(last_day) FROM {table}"
            f" GROUP BY {', '.join(key)};\n")


def _sqlite_table(wide: str, table: str, key: tuple[str, ...], types: dict[str, str]) -> str:
    columns = ", ".join(f"{c} {types.get(c, 'TEXT')} NOT NULL" for c in key)
    counts = ", ".join(f"{c} INTEGER NOT NULL" for c in COLUMNS)
    kinds = ", ".join(f"SUM(CASE WHEN type = '{kind}' THEN n ELSE 0 END)" for kind in KINDS)
    return (f"CREATE TABLE {wide} ({columns}, n INTEGER NOT NULL, {counts}, first_id TEXT, last_day TEXT NOT NULL,"
            f" PRIMARY KEY ({', '.join(key)})) WITHOUT ROWID;\n"
            + _fill(wide, table, key, kinds)
            + f"CREATE TRIGGER {table}_widened AFTER INSERT ON {table} BEGIN {_sqlite_add(wide, key, 'NEW')} END;\n"
            f"CREATE TRIGGER {table}_rewidened AFTER UPDATE ON {table}"
            f" BEGIN {_sqlite_remove(wide, table, key, 'OLD')} {_sqlite_add(wide, key, 'NEW')} END;\n"
            f"CREATE TRIGGER {table}_unwidened AFTER DELETE ON {table}"
            f" BEGIN {_sqlite_remove(wide, table, key, 'OLD')} END")


_SQLITE_TYPES = {"lat": "REAL", "lon": "REAL", "elsewhere": "INTEGER"}
SQLITE_MIGRATION_10 = ";\n".join(_sqlite_table(wide, table, key, _SQLITE_TYPES) for wide, table, key in TABLES)
SQLITE_TRIGGERS = [f"{table}_{suffix}" for _, table, _ in TABLES for suffix in ("widened", "rewidened", "unwidened")]


# -- PostgreSQL: statement triggers with transition tables ---------------------------------------------------

def _pg_add(wide: str, key: tuple[str, ...], rows: str) -> str:
    kinds = ", ".join(f"COALESCE(SUM(n) FILTER (WHERE type = '{kind}'), 0)" for kind in KINDS)
    sums = ", ".join(f"{c} = {wide}.{c} + EXCLUDED.{c}" for c in COLUMNS)
    return (f"\n    INSERT INTO {wide}({', '.join(key)}, n, {', '.join(COLUMNS)}, first_id, last_day)"
            f" SELECT {', '.join(key)}, SUM(n), {kinds}, MIN(first_id), MAX(last_day) FROM {rows}"
            f" GROUP BY {', '.join(key)}"
            f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET n = {wide}.n + EXCLUDED.n, {sums},"
            f" first_id = LEAST({wide}.first_id, EXCLUDED.first_id),"
            f" last_day = GREATEST({wide}.last_day, EXCLUDED.last_day);\n")


def _pg_remove(wide: str, table: str, key: tuple[str, ...], rows: str) -> str:
    """Take the incidents of the rows ``rows`` (removed) away; the smallest id and latest start read again from the
    table by type only where a removed row held them (the wide row's is the smallest of its rows', so it equals the
    removed rows' smallest exactly then)."""
    kinds = ", ".join(f"COALESCE(SUM(n) FILTER (WHERE type = '{kind}'), 0) AS {c}"
                      for c, kind in zip(COLUMNS, KINDS, strict=True))
    less = ", ".join(f"{c} = w.{c} - g.{c}" for c in COLUMNS)
    match = " AND ".join(f"m.{c} = w.{c}" for c in key)
    return (f"\n    UPDATE {wide} w SET n = w.n - g.n, {less},"
            f" first_id = CASE WHEN w.first_id = g.first_id THEN (SELECT MIN(m.first_id) FROM {table} m WHERE {match})"
            " ELSE w.first_id END,"
            f" last_day = CASE WHEN w.last_day = g.last_day THEN COALESCE((SELECT MAX(m.last_day) FROM {table} m"
            f" WHERE {match}), '') ELSE w.last_day END"
            f" FROM (SELECT {', '.join(key)}, SUM(n) AS n, {kinds}, MIN(first_id) AS first_id,"
            f" MAX(last_day) AS last_day FROM {rows} GROUP BY {', '.join(key)}) AS g"
            f" WHERE {_same(key, 'w', 'g')};\n")


def _pg_function(name: str, body: str) -> str:
    return (f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN{body}    RETURN NULL;\n"
            "END $$;\n")


def _pg_table(wide: str, table: str, key: tuple[str, ...], types: dict[str, str]) -> str:
    columns = ", ".join(f"{c} {types.get(c, 'TEXT')} NOT NULL" for c in key)
    counts = ", ".join(f"{c} BIGINT NOT NULL" for c in COLUMNS)
    kinds = ", ".join(f"COALESCE(SUM(n) FILTER (WHERE type = '{kind}'), 0)" for kind in KINDS)
    return (f"CREATE TABLE {wide} ({columns}, n BIGINT NOT NULL, {counts}, first_id TEXT COLLATE \"C\","
            f" last_day TEXT COLLATE \"C\" NOT NULL, PRIMARY KEY ({', '.join(key)}));\n"
            + _fill(wide, table, key, kinds)
            + _pg_function(f"{table}_widen", _pg_add(wide, key, "added"))
            + _pg_function(f"{table}_rewiden", _pg_remove(wide, table, key, "removed") + _pg_add(wide, key, "added"))
            + _pg_function(f"{table}_unwiden", _pg_remove(wide, table, key, "removed"))
            + f"CREATE TRIGGER {table}_widened AFTER INSERT ON {table} REFERENCING NEW TABLE AS added"
            f" FOR EACH STATEMENT EXECUTE FUNCTION {table}_widen();\n"
            f"CREATE TRIGGER {table}_rewidened AFTER UPDATE ON {table} REFERENCING OLD TABLE AS removed"
            f" NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION {table}_rewiden();\n"
            f"CREATE TRIGGER {table}_unwidened AFTER DELETE ON {table} REFERENCING OLD TABLE AS removed"
            f" FOR EACH STATEMENT EXECUTE FUNCTION {table}_unwiden();\n")


_PG_TYPES = {"lat": "DOUBLE PRECISION", "lon": "DOUBLE PRECISION", "elsewhere": "INTEGER",
             "month": 'TEXT COLLATE "C"', "end_month": 'TEXT COLLATE "C"'}
# Analysed at once when filled (the markers group their rows by point, which PostgreSQL plans from the tables'
# statistics); not when empty: statistics of empty tables made the triggers' statements of a bulk load that follows in
# the same session scan the growing tables (the bench's loader 3-4x as slow)
PG_MIGRATION_10: LiteralString = cast(LiteralString, "".join(_pg_table(w, t, k, _PG_TYPES) for w, t, k in TABLES)
                                      + "".join(f"DO $$ BEGIN IF EXISTS (SELECT 1 FROM {wide}) THEN ANALYZE {wide};"
                                                " END IF; END $$;\n" for wide, _, _ in TABLES))
PG_FUNCTIONS = [f"{table}_{verb}" for _, table, _ in TABLES for verb in ("widen", "rewiden", "unwiden")]
