"""Schema migration 9, for both backends: change stamps of what the views keep between requests (issue #20).

``change_stamps`` holds counters that every committed write to what some kept value is read from moves:

- ``linked``: the views' linked events and link corrections, read from the overlay (reviews, moves, splits,
  merges, duplicate marks), the links, the canonical incidents, the incidents that are linked or moved (their
  bits of migration 8, before or after the write) and the documents' times (the sorts by publication and update
  time). An ingest of reports nobody linked moves nothing.
- ``documents``: a search's scope (how many documents its words match, the most recently stored of them), read
  from the documents alone; every document stored, changed or removed moves it.

A view that read a stamp before reading those may keep what it read under that stamp; a later request that
reads the same stamp knows none of it has changed since (``view_cache.py``).

SQLite bumps them in row triggers (writers hold the database lock, so no two bump at once). PostgreSQL bumps
each once per transaction at commit, in a deferred constraint trigger: a plain trigger would hold the stamp's
row lock from the transaction's first such write to its end, where a review (which takes no advisory lock) and
an ingest could each wait for a lock the other holds (the summaries' rows and the stamp); bumped last, a
transaction waits for the stamp only after its other writes and holds it for its commit alone. The stamp is
committed with the data, so a reader never sees a stamp whose data it cannot see.
"""

from __future__ import annotations

from typing import LiteralString, cast

from .elsewhere_schema import LINKED, MOVED

_BITS = LINKED | MOVED
STAMPS = ("linked", "documents")
# (stamp, table, operation, condition on the row or None)
_WHEN: list[tuple[str, str, str, str | None]] = [
    *(("linked", table, op, None) for table in ("review_overlay", "incident_links", "canonical_incidents")
      for op in ("INSERT", "UPDATE", "DELETE")),
    ("linked", "incidents", "INSERT", f"(NEW.elsewhere & {_BITS}) <> 0"),
    ("linked", "incidents", "UPDATE", f"(OLD.elsewhere & {_BITS}) <> 0 OR (NEW.elsewhere & {_BITS}) <> 0"),
    ("linked", "incidents", "DELETE", f"(OLD.elsewhere & {_BITS}) <> 0"),
    ("linked", "documents", "UPDATE", "OLD.published IS DISTINCT FROM NEW.published"
                                      " OR OLD.ingested_at IS DISTINCT FROM NEW.ingested_at"),
    *(("documents", "documents", op, None) for op in ("INSERT", "UPDATE", "DELETE")),
]


def _name(stamp: str, table: str, op: str) -> str:
    return f"{table}_stamped_{op.lower()}" if stamp == "linked" else f"{table}_{stamp}_stamped_{op.lower()}"


def _sqlite_trigger(stamp: str, table: str, op: str, when: str | None) -> str:
    condition = f" WHEN {when.replace('IS DISTINCT FROM', 'IS NOT')}" if when else ""
    return (f"CREATE TRIGGER {_name(stamp, table, op)} AFTER {op} ON {table}{condition}"
            f" BEGIN UPDATE change_stamps SET n = n + 1 WHERE name = '{stamp}'; END")


SQLITE_MIGRATION_9 = ";\n".join(
    ["CREATE TABLE change_stamps (name TEXT PRIMARY KEY, n INTEGER NOT NULL)",
     "INSERT INTO change_stamps(name, n) VALUES ('linked', 0), ('documents', 0)"]
    + [_sqlite_trigger(*spec) for spec in _WHEN])
SQLITE_TRIGGERS = [_name(stamp, table, op) for stamp, table, op, _ in _WHEN]

# Once a transaction and stamp: the transaction's id, kept in a setting local to it, says whether it has bumped
# that stamp already. The stamp's name is the trigger's argument.
_PG_FUNCTION: LiteralString = """
CREATE FUNCTION change_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    setting TEXT := 'warlog.stamped_' || TG_ARGV[0];
BEGIN
    IF current_setting(setting, true) IS DISTINCT FROM CAST(pg_current_xact_id() AS TEXT) THEN
        PERFORM set_config(setting, CAST(pg_current_xact_id() AS TEXT), true);
        UPDATE change_stamps SET n = n + 1 WHERE name = TG_ARGV[0];
    END IF;
    RETURN NULL;
END $$;
"""


def _pg_trigger(stamp: str, table: str, op: str, when: str | None) -> str:
    condition = f" WHEN ({when})" if when else ""
    return (f"CREATE CONSTRAINT TRIGGER {_name(stamp, table, op)} AFTER {op} ON {table} DEFERRABLE INITIALLY"
            f" DEFERRED FOR EACH ROW{condition} EXECUTE FUNCTION change_stamp('{stamp}');\n")


PG_MIGRATION_9: LiteralString = (
    """
CREATE TABLE change_stamps (name TEXT PRIMARY KEY, n BIGINT NOT NULL);
INSERT INTO change_stamps(name, n) VALUES ('linked', 0), ('documents', 0);
""" + _PG_FUNCTION + cast(LiteralString, "".join(_pg_trigger(*spec) for spec in _WHEN)))
